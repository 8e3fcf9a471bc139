/**
 * Cleaning: the edits that remove scrape noise from an article, as plain
 * data so the language server can turn them into a WorkspaceEdit and the CLI
 * can apply them.
 *
 * Guarantees of `noiseEdits` / `cleanArticle`:
 * - only lines (or glued spans) that a noise finding flags are removed, and
 *   blank lines; every other line is kept byte for byte, line break included
 *   (except that a lone CR becomes LF where keeping it would merge with the
 *   LF after a removed line, see keepingLineBreaksApart);
 * - paragraphs end up separated by exactly one blank line, with no blank lines
 *   at the start or end (a final line break is kept as it was);
 * - cleaning a cleaned article changes nothing.
 */
import type { Article } from '../article/types';
import type { Finding } from '../diagnostics/finding';
import type { Span } from '../text/span';
import { isNoiseCode } from './categories';
import { isBlankCode as isBlankChar, isBlankRange } from '../text/blank';

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/** The edit behind a "Remove this line" quick fix: the flagged line with its line break, or the glued span with the space before it. */
export function removalEdit(article: Article, finding: Finding): TextEdit {
  const line = article.lineIndex.positionAt(finding.span.start).line;
  if (coversLine(article, line, finding.span)) return { span: keepingLineBreaksApart(article.text, lineWithBreak(article, line)), newText: '' };
  return { span: gluedSpan(article, finding.span), newText: '' };
}

/** Every edit that "Remove all scrape noise in this file" makes, sorted, not overlapping. */
export function noiseEdits(article: Article, findings: readonly Finding[]): TextEdit[] {
  const { text, lines } = article;
  const { removedLines, glued } = removalsOf(article, findings);

  const removals: Span[] = [];
  for (const span of glued) {
    const line = article.lineIndex.positionAt(span.start).line;
    if (!removedLines.has(line)) removals.push(span);
  }

  const kept = keptLinesOf(lines, removedLines);
  const keptSet = new Set(kept);
  const firstKept = kept[0] ?? lines.length;
  const lastKept = kept[kept.length - 1] ?? -1;
  let keptBlankInGap = false;
  for (const line of lines) {
    const i = line.index;
    if (keptSet.has(i)) {
      keptBlankInGap = false;
      continue;
    }
    const blank = line.blank;
    const remove = !blank || i < firstKept || i > lastKept || keptBlankInGap;
    if (!remove) {
      keptBlankInGap = true;
      continue;
    }
    removals.push(lineWithBreakForward(article, i));
  }
  // Without kept lines after it, the last kept line keeps its line break only if the text ended with one.
  if (lastKept >= 0 && lastKept < lines.length - 1) {
    const endedWithBreak = lines[lines.length - 1].blank && lines[lines.length - 1].span.start === text.length;
    if (!endedWithBreak) removals.push({ start: lines[lastKept].span.end, end: article.lineIndex.lineStart(lastKept + 1) });
  }
  return merge(removals).map((span) => ({ span: keepingLineBreaksApart(text, span), newText: '' }));
}

/**
 * A removal between a line ending in a lone CR and a line break LF would join
 * the two into one CRLF, swallowing a line break (and with it a paragraph
 * break). Such a removal takes the CR before it instead of its own final LF,
 * so the line before ends in LF and the number of line breaks is kept.
 */
function keepingLineBreaksApart(text: string, span: Span): Span {
  const joinsCrLf = span.start > 0 && text.charCodeAt(span.start - 1) === 13 && text.charCodeAt(span.end) === 10;
  if (joinsCrLf && text.charCodeAt(span.end - 1) === 10) return { start: span.start - 1, end: span.end - 1 };
  return span;
}

/** The non-blank lines that cleaning keeps (every one byte for byte, except for glued spans), in order. */
export function keptLines(article: Article, findings: readonly Finding[]): number[] {
  return keptLinesOf(article.lines, removalsOf(article, findings).removedLines);
}

function keptLinesOf(lines: Article['lines'], removedLines: ReadonlySet<number>): number[] {
  return lines.filter((l) => !l.blank && !removedLines.has(l.index)).map((l) => l.index);
}

function removalsOf(article: Article, findings: readonly Finding[]): { removedLines: Set<number>; glued: Span[] } {
  const removedLines = new Set<number>();
  const glued: Span[] = [];
  for (const finding of findings) {
    if (!isNoiseCode(finding.code)) continue;
    const line = article.lineIndex.positionAt(finding.span.start).line;
    if (coversLine(article, line, finding.span)) removedLines.add(line);
    else glued.push(gluedSpan(article, finding.span));
  }
  return { removedLines, glued };
}

/** The article without its scrape noise. */
export function cleanArticle(article: Article, findings: readonly Finding[]): string {
  return applyEdits(article.text, noiseEdits(article, findings));
}

/** Applies sorted, non-overlapping edits. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    parts.push(text.slice(at, edit.span.start), edit.newText);
    at = edit.span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Whether a span covers all of a line's content (after a date-line header, which always stays). */
function coversLine(article: Article, line: number, span: Span): boolean {
  const { text } = article;
  const { start, end } = article.lines[line].span;
  if (article.metadata.form === 'date-line' && line === 0) return false;
  return isBlankRange(text, start, span.start) && isBlankRange(text, span.end, end);
}

/** The line and its line break; the last line (without one) takes the break before it. */
function lineWithBreak(article: Article, line: number): Span {
  const { lines, lineIndex, text } = article;
  if (line + 1 < lines.length) return { start: lines[line].span.start, end: lineIndex.lineStart(line + 1) };
  if (line === 0) return { start: 0, end: text.length };
  return { start: lines[line - 1].span.end, end: text.length };
}

/** The line and its line break, or for the last line just its content (the break before it belongs to the previous line). */
function lineWithBreakForward(article: Article, line: number): Span {
  const { lines, lineIndex, text } = article;
  return { start: lines[line].span.start, end: line + 1 < lines.length ? lineIndex.lineStart(line + 1) : text.length };
}

/** A glued span with the spaces before it (or, at the start of a line, after it). */
function gluedSpan(article: Article, span: Span): Span {
  const { text } = article;
  const line = article.lineIndex.positionAt(span.start).line;
  const { start: lineStart, end: lineEnd } = article.lines[line].span;
  let start = span.start;
  let end = span.end;
  while (start > lineStart && isBlankChar(text.charCodeAt(start - 1))) start--;
  const atLineStart = isBlankRange(text, lineStart, start) && !(article.metadata.form === 'date-line' && line === 0);
  if (atLineStart) {
    start = span.start;
    while (end < lineEnd && isBlankChar(text.charCodeAt(end))) end++;
  }
  return { start, end };
}

function merge(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}

