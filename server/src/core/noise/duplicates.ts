/**
 * A line repeated verbatim (typically the headline scraped twice): the later
 * copy is flagged. A paragraph counts without the noise glued to its end, so
 * the teaser scraped once with "Weiterlesen mit …" and once without is the
 * same paragraph; the headline of a ` date …` header scraped below a banner counts as a line.
 */
import { lineKey } from './lineKey';
import type { LineState } from './lineState';
import * as l10n from '../messages/l10n';

const DUPLICATE_MIN_LENGTH = 20;

interface Original {
  readonly text: string;
  /** 0-based line, and whether it is the headline. */
  readonly index: number;
  readonly headline: boolean;
}

const HEADER_PREFIX = /^date \S+\s+/u;

export function duplicates(lines: LineState[]): void {
  const seen = new Map<number, Original>();
  const remember = (key: number, original: Original) => {
    if (!seen.has(key)) seen.set(key, original);
  };
  for (const line of lines) {
    if (line.provenance === 'header') {
      const title = line.text.replace(HEADER_PREFIX, '');
      remember(lineKey(title), { text: title, index: line.index, headline: true });
      continue;
    }
    if (line.provenance !== undefined || line.text.length < DUPLICATE_MIN_LENGTH || line.features.words < 3) continue;
    const first = seen.get(line.key);
    if (first && sameText(first.text, line.text)) {
      if (line.verdict === undefined) {
        line.verdict = {
          category: 'duplicate-line',
          span: { start: line.start, end: line.end },
          kind: 'duplicate',
          why: first.headline ? l10n.t('a verbatim copy of line {line} (the headline)', { line: first.index + 1 }) : l10n.t('a verbatim copy of line {line}', { line: first.index + 1 }),
        };
      }
      continue;
    }
    const original = { text: line.text, index: line.index, headline: line.headline };
    remember(line.key, original);
    const glued = line.glued[0];
    if (glued) {
      const content = line.text.slice(0, glued.span.start - line.start).trimEnd();
      if (content.length >= DUPLICATE_MIN_LENGTH) remember(lineKey(content), { ...original, text: content });
    }
  }
}

function sameText(a: string, b: string): boolean {
  return a === b || a.replace(/\s+/gu, ' ') === b.replace(/\s+/gu, ' ');
}
