/**
 * `source-lens check`: analyses files and folders with the same core as the
 * language server and prints the findings.
 */
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { limitArticles } from '../core/corpus/articleLimit';
import { Corpus } from '../core/corpus/corpus';
import { DEFAULT_SETTINGS, maxFileBytes } from '../core/settings';
import { readArticleFile } from '../node/readArticleFile';
import type { CheckArguments } from './args';
import type { CheckedFile } from './checkedFile';
import { leftOutMessage } from './articleLimit';
import { collectFiles } from './collectFiles';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatText } from './formatters/text';
import { ProgressLine } from './progressLine';
import { loadReviewMarks } from './reviewMarks';

export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stderrIsTerminal: boolean;
  readonly cwd: string;
  readonly version: string;
}

export async function runCheck(args: CheckArguments, io: CommandIo): Promise<number> {
  const marks = await loadReviewMarks(args, io.cwd);
  if (marks.kind === 'failed') {
    io.stderr(`source-lens: ${marks.path}: cannot read the review marks: ${marks.error} (--ignore-reviews checks without them)\n`);
    return 2;
  }
  const collected = await collectFiles(args.paths);
  for (const error of collected.errors) io.stderr(`source-lens: ${error}\n`);
  const limited = limitArticles(collected.files, args.maxArticles ?? DEFAULT_SETTINGS.maxArticles);
  const leftOut = leftOutMessage(limited.leftOut, (path) => relative(io.cwd, path) || path);
  if (leftOut) io.stderr(leftOut);
  let ioFailure = collected.errors.length > 0;

  const maxBytes = maxFileBytes({ ...DEFAULT_SETTINGS, maxFileSize: args.maxFileSize ?? DEFAULT_SETTINGS.maxFileSize });
  const corpus = new Corpus();
  if (marks.kind === 'loaded' && marks.keys.size > 0) {
    io.stderr(`source-lens: ${marks.path}: ${marks.keys.size} sentence${marks.keys.size === 1 ? '' : 's'} marked as checked ${marks.keys.size === 1 ? 'is' : 'are'} not reported\n`);
    corpus.setReviewed(marks.keys);
  }
  const progress = new ProgressLine(io, limited.files.length);
  const checked: CheckedFile[] = [];
  corpus.beginBatch();
  for (const path of limited.files) {
    const displayPath = relative(io.cwd, path) || path;
    const result = await readArticleFile(path, maxBytes);
    if (result.kind === 'missing') {
      io.stderr(`source-lens: ${displayPath}: no such file\n`);
      ioFailure = true;
    } else if (result.kind === 'skipped') {
      io.stderr(`source-lens: ${displayPath}: ${result.reason.message}\n`);
      if (result.reason.code === 'file.unreadable') ioFailure = true;
      corpus.setSkipped(path, result.reason);
    } else {
      for (const notice of result.notices) io.stderr(`source-lens: ${displayPath}: ${notice.message}\n`);
      corpus.setText(path, result.text, result.notices);
    }
    const entry = corpus.get(path);
    if (entry) checked.push({ path, displayPath, entry });
    progress.advance();
  }
  corpus.endBatch();
  // Entries are replaced when later files change their findings (shared quotations and boilerplate lines).
  const settled = checked.map((file) => ({ ...file, entry: corpus.get(file.path) ?? file.entry }));
  progress.clear();

  switch (args.format) {
    case 'json':
      io.stdout(formatJson(settled));
      break;
    case 'sarif':
      io.stdout(formatSarif(settled, io.version, pathToFileURL(io.cwd).href));
      break;
    default:
      io.stdout(formatText(settled));
  }
  if (ioFailure) return 2;
  return settled.some((file) => file.entry.findings.length > 0) ? 1 : 0;
}
