/**
 * Builds a small article from lines set between a header and two paragraphs of
 * ordinary prose, and reports what the noise detector flags in it: the shared
 * frame of the noise tests that probe single lines and blocks.
 */
import { buildArticle } from '../../server/src/core/article/buildArticle';
import { detectNoise } from '../../server/src/core/noise/detectNoise';

export const INTRO = 'Der Gemeinderat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr beschlossen.';
export const OUTRO = 'Die nächste Sitzung des Rates ist für den 14. Oktober geplant, teilte die Verwaltung mit.';

/** The flagged spans of an article made of the given lines (blank lines kept), as [category, text] pairs. */
export function flagged(lines: readonly string[], name = 'lines.txt'): [string, string][] {
  const text = ` date 2025-09 Haushalt beschlossen\n\n${lines.join('\n')}\n`;
  const article = buildArticle(name, text);
  return detectNoise(article).map((f) => [f.code.slice('noise.'.length), text.slice(f.span.start, f.span.end)]);
}

export function flaggedTexts(lines: readonly string[]): string[] {
  return flagged(lines).map(([, text]) => text);
}
