/**
 * The diagnostics cache file: the diagnostics last published for each article
 * file, with the size and modification time the file had when it was read, so
 * that a restart on an unchanged corpus can show them at once instead of after
 * minutes of analysis. A header names what the diagnostics depend on besides
 * the file itself (the analyser build, the settings, the display language); a
 * cache with another header is ignored as a whole.
 *
 * The file is JSON lines: the header, one line per article file, and a last
 * line with the table of strings (codes, sources, messages repeat across
 * thousands of diagnostics, so each is written once). A file without that last
 * line was cut short and is ignored too.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { FileStamp } from './readArticleFile';

/** Bump when the layout of the file changes. */
export const CACHE_FORMAT = 1;
export const CACHE_FILE_NAME = 'diagnostics-cache.jsonl';

export interface CacheHeader {
  readonly format: number;
  /** The analyser's build: another build may find other things in the same text. */
  readonly analyser: string;
  /** Hash of the settings and review marks that change findings (see settingsKey). */
  readonly settings: string;
  /** Messages are in the display language. */
  readonly language: string;
}

export interface CachedFile extends FileStamp {
  readonly path: string;
  readonly diagnostics: readonly Diagnostic[];
}

export type CacheLoad =
  | { readonly ok: true; readonly files: ReadonlyMap<string, CachedFile>; readonly digest: string }
  | { readonly ok: false; readonly reason: string };

/** A stable hash of a JSON-like value: object keys are sorted, so the order settings arrive in does not matter. */
export function settingsKey(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 32);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function contentDigest(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** [startLine, startCharacter, endLine, endCharacter, severity, code, source, message, other fields] with strings as table indexes (-1: none). */
type EncodedDiagnostic = [number, number, number, number, number, number, number, number, Record<string, unknown>?];
type EncodedFile = [string, number, number, EncodedDiagnostic[]];

export function encodeCache(header: CacheHeader, files: Iterable<CachedFile>): string {
  const strings: string[] = [];
  const indexes = new Map<string, number>();
  const intern = (text: unknown): number => {
    if (typeof text !== 'string') return -1;
    let index = indexes.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      indexes.set(text, index);
    }
    return index;
  };
  const lines = [JSON.stringify(header)];
  for (const file of files) {
    const encoded: EncodedFile = [file.path, file.size, file.mtimeMs, file.diagnostics.map((diagnostic) => {
      const { range, severity, code, source, message, ...rest } = diagnostic;
      if (code !== undefined && typeof code !== 'string') (rest as Record<string, unknown>).code = code;
      const row: EncodedDiagnostic = [range.start.line, range.start.character, range.end.line, range.end.character, severity ?? 0, intern(code), intern(source), intern(message)];
      if (Object.keys(rest).length > 0) row.push(rest);
      return row;
    })];
    lines.push(JSON.stringify(encoded));
  }
  lines.push(JSON.stringify(strings));
  return `${lines.join('\n')}\n`;
}

export function decodeCache(content: string, expected: CacheHeader): CacheLoad {
  try {
    const lines = content.split('\n');
    if (lines.at(-1) === '') lines.pop();
    if (lines.length < 2) return { ok: false, reason: 'the file is incomplete' };
    const header = JSON.parse(lines[0]!) as Partial<CacheHeader>;
    for (const field of ['format', 'analyser', 'settings', 'language'] as const) {
      if (header[field] !== expected[field]) return { ok: false, reason: `it was written for another ${field === 'format' ? 'cache format' : field === 'analyser' ? 'analyser build' : field === 'settings' ? 'set of settings' : 'display language'}` };
    }
    const strings: unknown = JSON.parse(lines.at(-1)!);
    if (!Array.isArray(strings) || !strings.every((item) => typeof item === 'string')) return { ok: false, reason: 'the file is incomplete' };
    const text = (index: number) => {
      if (index === -1) return undefined;
      const value = (strings as string[])[index];
      if (value === undefined) throw new Error(`no string ${index}`);
      return value;
    };
    const files = new Map<string, CachedFile>();
    for (let i = 1; i < lines.length - 1; i++) {
      const [path, size, mtimeMs, rows] = JSON.parse(lines[i]!) as EncodedFile;
      if (typeof path !== 'string' || typeof size !== 'number' || typeof mtimeMs !== 'number' || !Array.isArray(rows)) throw new Error(`line ${i + 1} is malformed`);
      files.set(path, { path, size, mtimeMs, diagnostics: rows.map((row) => decodeDiagnostic(row, text)) });
    }
    return { ok: true, files, digest: contentDigest(content) };
  } catch (error) {
    return { ok: false, reason: `it cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

function decodeDiagnostic(row: EncodedDiagnostic, text: (index: number) => string | undefined): Diagnostic {
  const [startLine, startCharacter, endLine, endCharacter, severity, code, source, message, rest] = row;
  const diagnostic: Record<string, unknown> = {
    range: { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } },
  };
  if (severity !== 0) diagnostic.severity = severity;
  if (code !== -1) diagnostic.code = text(code);
  if (source !== -1) diagnostic.source = text(source);
  diagnostic.message = text(message) ?? '';
  if (rest) Object.assign(diagnostic, rest);
  return diagnostic as unknown as Diagnostic;
}

/** A missing, foreign or damaged cache is no error: the caller analyses as if there were none. */
export async function readDiagnosticsCache(path: string, expected: CacheHeader): Promise<CacheLoad> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    const missing = error && typeof error === 'object' && (error as { code?: unknown }).code === 'ENOENT';
    return { ok: false, reason: missing ? 'there is none yet' : `it cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
  return decodeCache(content, expected);
}
