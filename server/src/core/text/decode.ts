/**
 * Decides whether a file's bytes are an article we can read, and decodes them
 * the way VS Code does (a UTF-8 byte order mark is dropped, UTF-16 with a byte
 * order mark is honoured), so offsets agree with the editor's copy.
 */
import * as l10n from '../messages/l10n';

export type SkipCode = 'file.not-text' | 'file.invalid-encoding' | 'file.too-large' | 'file.unreadable';

export interface SkipReason {
  readonly code: SkipCode;
  readonly message: string;
}

export type DecodeResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: SkipReason };

export function tooLarge(size: number, maxBytes: number): SkipReason {
  return {
    code: 'file.too-large',
    message: l10n.t('Skipped: the file has {size}, more than the limit of {limit} (setting sourceLens.maxFileSize).', { size: formatBytes(size), limit: formatBytes(maxBytes) }),
  };
}

export function decodeArticleBytes(bytes: Uint8Array, maxBytes: number): DecodeResult {
  if (bytes.length > maxBytes) return { ok: false, reason: tooLarge(bytes.length, maxBytes) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  if (bytes.indexOf(0) !== -1) {
    return { ok: false, reason: { code: 'file.not-text', message: l10n.t('Skipped: the file contains NUL bytes, so it is not a text article.') } };
  }
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  return decodeWith('utf-8', withoutBom);
}

function decodeWith(encoding: string, bytes: Uint8Array): DecodeResult {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    if (encoding !== 'utf-8' && text.includes('\0')) {
      return { ok: false, reason: { code: 'file.not-text', message: l10n.t('Skipped: the file contains NUL characters, so it is not a text article.') } };
    }
    return { ok: true, text };
  } catch {
    return {
      ok: false,
      reason: { code: 'file.invalid-encoding', message: l10n.t('Skipped: the file is not valid {encoding} text.', { encoding: encoding.toUpperCase() }) },
    };
  }
}

export function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1)} MB`;
  if (size >= 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${size} bytes`;
}
