/**
 * `source-lens clean`: removes scrape noise from article files with the same
 * core as the language server (so corpus evidence across the given files
 * counts too).
 *
 * --out DIR writes cleaned copies under DIR, mirroring the files' paths
 * relative to the working folder (or, for files outside it, to the folder
 * given on the command line), and never touches the originals. --in-place
 * rewrites only the files that change and first keeps the original as
 * `<file>.orig` (an existing `.orig` is left alone: it holds an older
 * original). Every write goes to a temporary file that is then renamed, so a
 * crash never leaves a half-written article. The encoding (UTF-8 with or
 * without byte order mark, UTF-16, Windows-1252) and the line endings are kept.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Article } from '../core/article/types';
import { limitArticles } from '../core/corpus/articleLimit';
import { Corpus } from '../core/corpus/corpus';
import type { Finding } from '../core/diagnostics/finding';
import { isNoiseCode } from '../core/noise/categories';
import { cleanArticle, noiseEdits } from '../core/noise/clean';
import { DEFAULT_SETTINGS, maxFileBytes } from '../core/settings';
import { decodeArticleBytes, type TextEncoding } from '../core/text/decode';
import { encodeWindows1252 } from '../core/text/windows1252';
import { describe } from '../node/findArticleFiles';
import type { CommandIo } from './checkCommand';
import type { CleanArguments } from './cleanArgs';
import { leftOutMessage } from './articleLimit';
import { collectFiles } from './collectFiles';
import { pathExists as exists, writeAtomically } from '../node/writeAtomically';

interface InputFile {
  readonly path: string;
  readonly displayPath: string;
  readonly encoding: TextEncoding;
  readonly text: string;
  readonly bytes: Uint8Array;
}

export async function runClean(args: CleanArguments, io: CommandIo): Promise<number> {
  const outDir = args.outDir === undefined ? undefined : resolve(io.cwd, args.outDir);
  const roots = await argumentRoots(args.paths, io.cwd);
  const collected = await collectFiles(args.paths.map((p) => resolve(io.cwd, p)));
  for (const error of collected.errors) io.stderr(`source-lens: ${error}\n`);
  let ioFailure = collected.errors.length > 0;
  // An earlier run's output is not input.
  const candidates = collected.files.filter((path) => !(outDir && isInside(path, outDir)));
  const limited = limitArticles(candidates, args.maxArticles ?? DEFAULT_SETTINGS.maxArticles);
  const leftOut = leftOutMessage(limited.leftOut, (path) => relative(io.cwd, path) || path);
  if (leftOut) io.stderr(leftOut);

  const maxBytes = maxFileBytes({ ...DEFAULT_SETTINGS, maxFileSize: args.maxFileSize ?? DEFAULT_SETTINGS.maxFileSize });
  const inputs: InputFile[] = [];
  const corpus = new Corpus();
  for (const path of limited.files) {
    const displayPath = relative(io.cwd, path) || path;
    try {
      const bytes = await readFile(path);
      const decoded = decodeArticleBytes(bytes, maxBytes);
      if (!decoded.ok) {
        io.stderr(`source-lens: ${displayPath}: ${decoded.reason.message}\n`);
        continue;
      }
      if (decoded.notice) io.stderr(`source-lens: ${displayPath}: ${decoded.notice.message}\n`);
      inputs.push({ path, displayPath, encoding: decoded.encoding, text: decoded.text, bytes });
      corpus.setText(path, decoded.text);
    } catch (error) {
      io.stderr(`source-lens: ${displayPath}: ${describe(error)}\n`);
      ioFailure = true;
    }
  }

  let cleanedFiles = 0;
  let removedLines = 0;
  for (const input of inputs) {
    const entry = corpus.get(input.path);
    if (entry?.kind !== 'article') continue;
    const findings = entry.findings.filter((f) => isNoiseCode(f.code));
    const cleaned = cleanArticle(entry.article, findings);
    const changed = cleaned !== input.text;
    const lines = changed ? removedLineCount(entry.article, findings) : 0;
    try {
      if (outDir) {
        const target = join(outDir, mirrorPath(input.path, io.cwd, roots));
        if (resolve(target) === input.path) throw new Error('the output would overwrite the original; choose another --out folder');
        await mkdir(dirname(target), { recursive: true });
        await writeAtomically(target, encode(cleaned, input.encoding));
        if (changed) io.stdout(`${input.displayPath}: removed ${describeRemoval(lines, findings.length)} → ${relative(io.cwd, target) || target}\n`);
      } else if (changed) {
        const original = `${input.path}.orig`;
        if (!(await exists(original))) await writeAtomically(original, input.bytes);
        await writeAtomically(input.path, encode(cleaned, input.encoding));
        io.stdout(`${input.displayPath}: removed ${describeRemoval(lines, findings.length)} (original kept as ${basename(original)})\n`);
      }
    } catch (error) {
      io.stderr(`source-lens: ${input.displayPath}: ${describe(error)}\n`);
      ioFailure = true;
      continue;
    }
    if (changed) {
      cleanedFiles++;
      removedLines += lines;
    }
  }

  const files = `${inputs.length} ${inputs.length === 1 ? 'file' : 'files'}`;
  const where = outDir ? relative(io.cwd, outDir) || '.' : undefined;
  io.stdout(cleanedFiles > 0
    ? `✔ Cleaned ${cleanedFiles} of ${files}${where ? ` into ${where}` : ''}: ${removedLines} ${removedLines === 1 ? 'line' : 'lines'} of scrape noise removed.\n`
    : `✔ Nothing to clean in ${files}${where ? `; copies written into ${where}` : ''}.\n`);
  if (ioFailure) return 2;
  return cleanedFiles > 0 ? 1 : 0;
}

/** Lines that the cleaning removes entirely (not counting blank lines). */
function removedLineCount(article: Article, findings: readonly Finding[]): number {
  const edits = noiseEdits(article, findings);
  let count = 0;
  for (const line of article.lines) {
    if (line.blank) continue;
    if (edits.some((e) => e.span.start <= line.span.start && e.span.end >= line.span.end && line.span.end > line.span.start)) count++;
  }
  return count;
}

function describeRemoval(lines: number, findings: number): string {
  return `${lines} ${lines === 1 ? 'line' : 'lines'} (${findings} ${findings === 1 ? 'finding' : 'findings'})`;
}

/** Folders the paths on the command line stand for: a folder itself, or a file's folder. */
async function argumentRoots(paths: readonly string[], cwd: string): Promise<string[]> {
  const roots: string[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    try {
      roots.push((await stat(path)).isDirectory() ? path : dirname(path));
    } catch {
      // Reported when the files are collected.
    }
  }
  return roots.sort((a, b) => b.length - a.length);
}

/** Where a file goes under --out: its path relative to the working folder, or else to the folder given for it. */
function mirrorPath(path: string, cwd: string, roots: readonly string[]): string {
  const fromCwd = relative(cwd, path);
  if (fromCwd && !fromCwd.startsWith('..') && !isAbsolute(fromCwd)) return fromCwd;
  const root = roots.find((r) => isInside(path, r));
  return root ? join(basename(root), relative(root, path)) : basename(path);
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

function encode(text: string, encoding: TextEncoding): Buffer | Uint8Array {
  switch (encoding) {
    case 'windows-1252':
      return encodeWindows1252(text);
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be': {
      const body = Buffer.from(text, 'utf16le');
      body.swap16();
      return Buffer.concat([Buffer.from([0xfe, 0xff]), body]);
    }
    default:
      return Buffer.from(text, 'utf8');
  }
}


