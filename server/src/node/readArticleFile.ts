/**
 * Reads one article file from disk and decides whether it can be analysed.
 *
 * The file is opened without blocking and checked through its handle: a FIFO
 * named like an article would otherwise block the read forever (and with it
 * one of libuv's four file-system threads), and a check by path before the
 * read could be outrun by a swap of the file.
 */
import { open } from 'node:fs/promises';
import { decodeArticleBytes, tooLarge, type FileNotice, type SkipReason } from '../core/text/decode';
import { describe } from './findArticleFiles';
import { NON_BLOCKING_READ } from './readRegularFile';
import * as l10n from '../core/messages/l10n';

/** Size and modification time of a file, as read: enough to tell that it changed since. */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
}

export type ReadResult =
  | { readonly kind: 'text'; readonly text: string; readonly notices: readonly FileNotice[]; readonly stamp?: FileStamp }
  | { readonly kind: 'skipped'; readonly reason: SkipReason; readonly stamp?: FileStamp }
  | { readonly kind: 'missing' };

export async function readArticleFile(path: string, maxBytes: number): Promise<ReadResult> {
  try {
    const handle = await open(path, NON_BLOCKING_READ);
    try {
      const info = await handle.stat();
      if (info.isDirectory()) return { kind: 'missing' };
      if (!info.isFile()) return unreadable(l10n.t('it is not a regular file but a pipe, socket or device'));
      // Taken before the read: a change during the read leaves a stamp older than the text, never newer.
      const stamp: FileStamp = { size: info.size, mtimeMs: info.mtimeMs };
      if (info.size > maxBytes) return { kind: 'skipped', reason: tooLarge(info.size, maxBytes), stamp };
      const decoded = decodeArticleBytes(await handle.readFile(), maxBytes);
      if (!decoded.ok) return { kind: 'skipped', reason: decoded.reason, stamp };
      return { kind: 'text', text: decoded.text, notices: decoded.notice ? [decoded.notice] : [], stamp };
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
    if (code === 'ENOENT' || code === 'EISDIR') return { kind: 'missing' };
    return unreadable(describe(error));
  }
}

function unreadable(why: string): ReadResult {
  return { kind: 'skipped', reason: { code: 'file.unreadable', message: l10n.t('Skipped: the file cannot be read ({reason}).', { reason: why }) } };
}
