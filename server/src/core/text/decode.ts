/**
 * Decides whether a file's bytes are an article we can read, and decodes them
 * the way VS Code does (a UTF-8 byte order mark is dropped, UTF-16 with a byte
 * order mark is honoured), so offsets agree with the editor's copy. Text that
 * is not valid UTF-8 but reads plausibly as Windows-1252 (Latin-1) is decoded
 * as that, with a notice.
 */
import * as l10n from '../messages/l10n';
import { decodeWindows1252IfPlausible } from './windows1252';

export type SkipCode = 'file.not-text' | 'file.invalid-encoding' | 'file.too-large' | 'file.unreadable';

export interface SkipReason {
  readonly code: SkipCode;
  readonly message: string;
}

/** Something worth telling about a file that was read all the same. */
export interface FileNotice {
  readonly code: 'file.decoded-windows-1252';
  readonly message: string;
}

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding; readonly notice?: FileNotice }
  | { readonly ok: false; readonly reason: SkipReason };

export function windows1252Notice(): FileNotice {
  return {
    code: 'file.decoded-windows-1252',
    message: l10n.t('The file is not valid UTF-8; it was decoded as Windows-1252 (Latin-1). If VS Code shows replacement characters, reopen it with that encoding (Reopen with Encoding) so positions match.'),
  };
}

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
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const decoded = decodeWith(hasBom ? 'utf-8-bom' : 'utf-8', hasBom ? bytes.subarray(3) : bytes);
  if (decoded.ok || hasBom) return decoded;
  const text = decodeWindows1252IfPlausible(bytes);
  if (text !== undefined) return { ok: true, text, encoding: 'windows-1252', notice: windows1252Notice() };
  return {
    ok: false,
    reason: { code: 'file.invalid-encoding', message: l10n.t('Skipped: the file is not valid UTF-8 text, nor text in Windows-1252 (Latin-1).') },
  };
}

function decodeWith(encoding: Exclude<TextEncoding, 'windows-1252'>, bytes: Uint8Array): DecodeResult {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  try {
    const text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
    if (label !== 'utf-8' && text.includes('\0')) {
      return { ok: false, reason: { code: 'file.not-text', message: l10n.t('Skipped: the file contains NUL characters, so it is not a text article.') } };
    }
    return { ok: true, text, encoding };
  } catch {
    return {
      ok: false,
      reason: { code: 'file.invalid-encoding', message: l10n.t('Skipped: the file is not valid {encoding} text.', { encoding: label.toUpperCase() }) },
    };
  }
}

export function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1)} MB`;
  if (size >= 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${size} bytes`;
}
