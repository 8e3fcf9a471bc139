/**
 * Reads one article file from disk and decides whether it can be analysed.
 */
import { readFile, stat } from 'node:fs/promises';
import { decodeArticleBytes, tooLarge, type SkipReason } from '../core/text/decode';
import { describe } from './findArticleFiles';

export type ReadResult =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'skipped'; readonly reason: SkipReason }
  | { readonly kind: 'missing' };

export async function readArticleFile(path: string, maxBytes: number): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { kind: 'missing' };
    if (info.size > maxBytes) return { kind: 'skipped', reason: tooLarge(info.size, maxBytes) };
    const decoded = decodeArticleBytes(await readFile(path), maxBytes);
    return decoded.ok ? { kind: 'text', text: decoded.text } : { kind: 'skipped', reason: decoded.reason };
  } catch (error) {
    if (error && typeof error === 'object' && (error as { code?: unknown }).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'skipped', reason: { code: 'file.unreadable', message: `Skipped: the file cannot be read (${describe(error)}).` } };
  }
}
