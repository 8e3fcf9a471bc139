/**
 * Evidence from the corpus: a short line that several unrelated articles
 * share is boilerplate of the site (see corpusIndex.ts).
 */
import { isProse } from './features';
import type { LineState, NoiseLine } from './lineState';
import * as l10n from '../messages/l10n';

/** What the corpus knows about a line: in how many unrelated articles it appears. */
export interface NoiseCorpusEvidence {
  /** The number of unrelated articles (this one included) that contain the line with this key. */
  articlesWithLine(key: number): number;
}

/** A complete sentence of this many words that several articles share is shared reporting, not boilerplate. */
export const SHARED_PROSE_MIN_WORDS = 10;

/** Whether a line takes part in the corpus evidence: short page text, not a sentence of reporting, a quotation, credit or headline. */
export function corpusEligible(line: NoiseLine): boolean {
  return line.provenance === undefined && !line.quoted && !line.headline && !line.headerLine
    && line.text.length >= 8 && line.text.length <= 200 && line.features.words >= 2
    && !isSharedProse(line);
}

export function isSharedProse(line: NoiseLine): boolean {
  return line.features.words >= SHARED_PROSE_MIN_WORDS && isProse(line.features);
}

export function corpusEvidence(lines: LineState[], corpus: NoiseCorpusEvidence, threshold: number): void {
  for (const line of lines) {
    if (line.verdict !== undefined || !corpusEligible(line)) continue;
    const count = corpus.articlesWithLine(line.key);
    if (count < threshold) continue;
    line.verdict = {
      category: line.hint && line.hint !== 'any' ? line.hint : 'other',
      span: { start: line.start, end: line.end },
      kind: 'corpus',
      why: l10n.t('the same line appears in at least {count} unrelated articles of the corpus, so it is boilerplate of the site', { count }),
    };
  }
}
