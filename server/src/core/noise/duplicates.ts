/**
 * A line repeated verbatim (typically the headline scraped twice): the later
 * copy is flagged.
 */
import { lineKey } from './lineKey';
import type { LineState } from './lineState';
import * as l10n from '../messages/l10n';

const DUPLICATE_MIN_LENGTH = 20;

export function duplicates(lines: LineState[]): void {
  const seen = new Map<number, LineState>();
  for (const line of lines) {
    if (line.provenance !== undefined || line.text.length < DUPLICATE_MIN_LENGTH || line.features.words < 3) continue;
    const key = lineKey(line.text);
    const first = seen.get(key);
    if (!first || !sameText(first.text, line.text)) {
      if (!first) seen.set(key, line);
      continue;
    }
    if (line.verdict !== undefined) continue;
    line.verdict = {
      category: 'duplicate-line',
      span: { start: line.start, end: line.end },
      kind: 'duplicate',
      why: first.headline ? l10n.t('a verbatim copy of line {line} (the headline)', { line: first.index + 1 }) : l10n.t('a verbatim copy of line {line}', { line: first.index + 1 }),
    };
  }
}

function sameText(a: string, b: string): boolean {
  return a === b || a.replace(/\s+/gu, ' ') === b.replace(/\s+/gu, ' ');
}
