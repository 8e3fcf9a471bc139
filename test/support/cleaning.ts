/**
 * Cleaning one article as the CLI does (analyse, then drop the noise), and the
 * lines of a text with their line breaks, for the cleaning properties.
 */
import { Corpus } from '../../server/src/core/corpus/corpus';
import { isNoiseCode } from '../../server/src/core/noise/categories';
import { cleanArticle } from '../../server/src/core/noise/clean';
import { LineIndex } from '../../server/src/core/text/lineIndex';

export interface TextLine {
  readonly index: number;
  readonly content: string;
  readonly withBreak: string;
}

export function linesWithBreaks(text: string): TextLine[] {
  const index = new LineIndex(text);
  const lines: TextLine[] = [];
  for (let i = 0; i < index.lineCount; i++) {
    const start = index.lineStart(i);
    const next = i + 1 < index.lineCount ? index.lineStart(i + 1) : text.length;
    lines.push({ index: i, content: text.slice(start, index.lineContentEnd(i)), withBreak: text.slice(start, next) });
  }
  return lines;
}

function analyse(text: string) {
  const corpus = new Corpus();
  const key = 'file:///clean/article.txt';
  corpus.setText(key, text);
  const entry = corpus.get(key);
  if (entry?.kind !== 'article') throw new Error('the text was not analysed');
  return { entry, noise: entry.findings.filter((f) => isNoiseCode(f.code)) };
}

export function cleanOnce(text: string): string {
  const { entry, noise } = analyse(text);
  return cleanArticle(entry.article, noise);
}

/** The cleaned text and the non-blank lines of the original that no noise finding touches. */
export function keptLinesOf(text: string): { kept: TextLine[]; cleaned: string } {
  const { entry, noise } = analyse(text);
  const cleaned = cleanArticle(entry.article, noise);
  const all = linesWithBreaks(text);
  const kept = entry.article.lines
    .filter((line) => !line.blank && !noise.some((f) =>
      (f.span.start < line.span.end && f.span.end > line.span.start) || (f.span.start === f.span.end && f.span.start >= line.span.start && f.span.start <= line.span.end)))
    .map((line) => all[line.index]!);
  return { kept, cleaned };
}
