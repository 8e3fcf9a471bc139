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
 * line was cut short and is ignored too; so is a line that cannot be decoded.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
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

/**
 * The name of a server build, as its caches are stamped: the package version
 * alone would keep a cache across development builds whose rules differ, so the
 * bundle's own bytes count too.
 */
export function bundleBuild(bundlePath: string, version: string): string {
  let digest = 'unknown';
  try {
    digest = createHash('sha256').update(readFileSync(bundlePath)).digest('hex').slice(0, 16);
  } catch {
    // Running from somewhere without a readable bundle: the version must do.
  }
  return `${version}+${digest}`;
}

export function contentDigest(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** [startLine, startCharacter, endLine, endCharacter, severity, code, source, message, other fields] with strings as table indexes (-1: none). */
type EncodedDiagnostic = [number, number, number, number, number, number, number, number, Record<string, unknown>?];

/**
 * Builds the file one article at a time, so the server can yield to its event
 * loop in between. An article's line is its path and stamp, a tab (which JSON
 * never leaves unescaped), and its diagnostics: a reader can look at the
 * stamps without decoding any diagnostics.
 */
export class CacheEncoder {
  private readonly strings: string[] = [];
  private readonly indexes = new Map<string, number>();
  private readonly lines: string[];

  constructor(header: CacheHeader) {
    this.lines = [JSON.stringify(header)];
  }

  add(file: CachedFile): void {
    const rows = file.diagnostics.map((diagnostic) => {
      const { range, severity, code, source, message, ...rest } = diagnostic;
      if (code !== undefined && typeof code !== 'string') (rest as Record<string, unknown>).code = code;
      const row: EncodedDiagnostic = [range.start.line, range.start.character, range.end.line, range.end.character, severity ?? 0, this.intern(code), this.intern(source), this.intern(message)];
      if (Object.keys(rest).length > 0) row.push(rest);
      return row;
    });
    this.lines.push(`${JSON.stringify([file.path, file.size, file.mtimeMs])}\t${JSON.stringify(rows)}`);
  }

  finish(): string {
    return `${this.lines.join('\n')}\n${JSON.stringify(this.strings)}\n`;
  }

  private intern(text: unknown): number {
    if (typeof text !== 'string') return -1;
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.strings.length;
      this.strings.push(text);
      this.indexes.set(text, index);
    }
    return index;
  }
}

export function encodeCache(header: CacheHeader, files: Iterable<CachedFile>): string {
  const encoder = new CacheEncoder(header);
  for (const file of files) encoder.add(file);
  return encoder.finish();
}

export interface CachedStamp extends FileStamp {
  readonly path: string;
}

/** A cache that matched its header. Diagnostics are decoded when asked for, a file at a time. */
export class LoadedCache {
  constructor(
    readonly files: ReadonlyMap<string, CachedStamp>,
    private readonly rows: ReadonlyMap<string, string>,
    private readonly strings: readonly string[],
  ) {}

  /** Undefined for a file not in the cache or whose line is damaged. */
  diagnostics(path: string): Diagnostic[] | undefined {
    const encoded = this.rows.get(path);
    if (encoded === undefined) return undefined;
    try {
      const rows = JSON.parse(encoded) as unknown;
      if (!Array.isArray(rows)) return undefined;
      return rows.map((row) => this.decode(row as EncodedDiagnostic));
    } catch {
      return undefined;
    }
  }

  private decode(row: EncodedDiagnostic): Diagnostic {
    if (!Array.isArray(row)) throw new Error('malformed diagnostic');
    for (let i = 0; i < 8; i++) if (typeof row[i] !== 'number') throw new Error('malformed diagnostic');
    const [startLine, startCharacter, endLine, endCharacter, severity, code, source, message, rest] = row;
    const range = { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
    // What the analysis publishes, built in one piece: a cache of 10,000 articles holds hundreds of thousands.
    if (severity !== 0 && code !== -1 && source !== -1 && rest === undefined) {
      return { range, severity: severity as DiagnosticSeverity, code: this.text(code), source: this.text(source), message: this.text(message) };
    }
    const diagnostic: Record<string, unknown> = { range };
    if (severity !== 0) diagnostic.severity = severity;
    if (code !== -1) diagnostic.code = this.text(code);
    if (source !== -1) diagnostic.source = this.text(source);
    diagnostic.message = this.text(message);
    if (rest && typeof rest === 'object') Object.assign(diagnostic, rest);
    return diagnostic as unknown as Diagnostic;
  }

  private text(index: number): string {
    const value = this.strings[index];
    if (value === undefined) throw new Error(`no string ${index}`);
    return value;
  }
}

export type CacheLoad =
  | { readonly ok: true; readonly cache: LoadedCache; readonly digest: string }
  | { readonly ok: false; readonly reason: string };

const FIELD_NAMES: Readonly<Record<keyof CacheHeader, string>> = {
  format: 'cache format',
  analyser: 'analyser build',
  settings: 'set of settings',
  language: 'display language',
};

export function decodeCache(content: string, expected: CacheHeader): CacheLoad {
  try {
    const lines = content.split('\n');
    if (lines.at(-1) === '') lines.pop();
    if (lines.length < 2) return { ok: false, reason: 'the file is incomplete' };
    const header = JSON.parse(lines[0]!) as Partial<CacheHeader>;
    for (const field of Object.keys(FIELD_NAMES) as (keyof CacheHeader)[]) {
      if (header[field] !== expected[field]) return { ok: false, reason: `it was written for another ${FIELD_NAMES[field]}` };
    }
    const strings: unknown = JSON.parse(lines.at(-1)!);
    if (!Array.isArray(strings) || !strings.every((item) => typeof item === 'string')) return { ok: false, reason: 'the file is incomplete' };
    const files = new Map<string, CachedStamp>();
    const rows = new Map<string, string>();
    for (let i = 1; i < lines.length - 1; i++) {
      const line = lines[i]!;
      const tab = line.indexOf('\t');
      const [path, size, mtimeMs] = JSON.parse(tab < 0 ? line : line.slice(0, tab)) as unknown[];
      if (tab < 0 || typeof path !== 'string' || typeof size !== 'number' || typeof mtimeMs !== 'number') throw new Error(`line ${i + 1} is malformed`);
      files.set(path, { path, size, mtimeMs });
      rows.set(path, line.slice(tab + 1));
    }
    return { ok: true, cache: new LoadedCache(files, rows, strings as string[]), digest: contentDigest(content) };
  } catch (error) {
    return { ok: false, reason: `it cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * A missing, foreign or damaged cache is no error: the caller analyses as if there were none.
 * @param reading the file's content, when the caller began reading it earlier.
 */
export async function readDiagnosticsCache(path: string, expected: CacheHeader, reading?: Promise<string>): Promise<CacheLoad> {
  let content: string;
  try {
    content = await (reading ?? readFile(path, 'utf8'));
  } catch (error) {
    const missing = error && typeof error === 'object' && (error as { code?: unknown }).code === 'ENOENT';
    return { ok: false, reason: missing ? 'there is none yet' : `it cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
  return decodeCache(content, expected);
}
