/**
 * Reads one article file from disk and decides whether it can be analysed.
 */
import { readFile, stat } from 'node:fs/promises';
import { decodeArticleBytes, tooLarge, type SkipReason } from '../core/text/decode';
import { describe } from './findArticleFiles';

/** Size and modification time of a file, as read: enough to tell that it changed since. */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
}

export type ReadResult =
  | { readonly kind: 'text'; readonly text: string; readonly stamp?: FileStamp }
  | { readonly kind: 'skipped'; readonly reason: SkipReason; readonly stamp?: FileStamp }
  | { readonly kind: 'missing' };

export async function readArticleFile(path: string, maxBytes: number): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { kind: 'missing' };
    // Taken before the read: a change during the read leaves a stamp older than the text, never newer.
    const stamp: FileStamp = { size: info.size, mtimeMs: info.mtimeMs };
    if (info.size > maxBytes) return { kind: 'skipped', reason: tooLarge(info.size, maxBytes), stamp };
    const decoded = decodeArticleBytes(await readFile(path), maxBytes);
    return decoded.ok ? { kind: 'text', text: decoded.text, stamp } : { kind: 'skipped', reason: decoded.reason, stamp };
  } catch (error) {
    if (error && typeof error === 'object' && (error as { code?: unknown }).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'skipped', reason: { code: 'file.unreadable', message: `Skipped: the file cannot be read (${describe(error)}).` } };
  }
}
