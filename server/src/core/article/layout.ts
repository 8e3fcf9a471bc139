/**
 * Physical layout of an article: its lines, the paragraphs (runs of non-blank
 * lines) and which first paragraph is a headline.
 */
import type { LineIndex } from '../text/lineIndex';
import type { Span } from '../text/span';
import type { Line, Paragraph } from './types';
import { isBlankCode as isSpace, isBlankRange } from '../text/blank';

const HEADLINE_MAX_WORDS = 30;
const HEADLINE_MAX_LENGTH = 300;

export function linesOf(text: string, lineIndex: LineIndex): Line[] {
  const lines: Line[] = [];
  for (let index = 0; index < lineIndex.lineCount; index++) {
    const span = { start: lineIndex.lineStart(index), end: lineIndex.lineContentEnd(index) };
    lines.push({ index, span, blank: isBlank(text, span) });
  }
  return lines;
}

/** Paragraphs of the body: runs of non-blank lines that start at or after `bodyStart`. */
export function paragraphsOf(text: string, lines: readonly Line[], bodyStart: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let first = -1;
  const close = (last: number) => {
    const start = skipSpace(text, Math.max(lines[first].span.start, bodyStart), lines[last].span.end);
    const end = trimEnd(text, start, lines[last].span.end);
    if (end > start) {
      paragraphs.push({ index: paragraphs.length, kind: 'body', span: { start, end }, firstLine: first, lastLine: last });
    }
    first = -1;
  };
  for (const line of lines) {
    const blank = line.blank || line.span.end <= bodyStart || isBlank(text, { start: Math.max(line.span.start, bodyStart), end: line.span.end });
    if (blank) {
      if (first >= 0) close(line.index - 1);
    } else if (first < 0) {
      first = line.index;
    }
  }
  if (first >= 0) close(lines.length - 1);
  return paragraphs;
}

/**
 * A scraped article's first paragraph is its headline when it is one short line
 * that does not end like a sentence of running text.
 */
export function looksLikeHeadline(text: string, paragraph: Paragraph): boolean {
  if (paragraph.firstLine !== paragraph.lastLine) return false;
  return readsLikeHeadline(text.slice(paragraph.span.start, paragraph.span.end));
}

/** The content of a one-line first paragraph that makes it the headline. */
export function readsLikeHeadline(content: string): boolean {
  if (content.length > HEADLINE_MAX_LENGTH) return false;
  if (/[.:;,]$/.test(content)) return false;
  return content.split(/\s+/).length <= HEADLINE_MAX_WORDS;
}

export function markHeadline(paragraphs: Paragraph[], text: string): Span | undefined {
  const first = paragraphs[0];
  if (!first || !looksLikeHeadline(text, first)) return undefined;
  paragraphs[0] = { ...first, kind: 'headline' };
  return first.span;
}

function isBlank(text: string, span: Span): boolean {
  return isBlankRange(text, span.start, span.end);
}

function skipSpace(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

