/**
 * The user's own patterns (settings), run on a linear-time regex engine: a
 * match that covers the line flags the line, otherwise just its span.
 */
import type { CompiledNoiseOptions } from './options';
import { excerpt, type LineState, type Verdict } from './lineState';
import * as l10n from '../messages/l10n';

/** Flags whole lines in place; returns the verdicts on parts of lines. */
export function userPatterns(lines: LineState[], options: CompiledNoiseOptions): Verdict[] {
  const verdicts: Verdict[] = [];
  if (options.userPatterns.length === 0) return verdicts;
  for (const line of lines) {
    if (line.verdict) continue;
    for (const pattern of options.userPatterns) {
      const matcher = pattern.regex.matcher(line.text);
      if (!matcher.find()) continue;
      let start = matcher.start();
      let end = matcher.end();
      if (end <= start) continue;
      if (line.text.slice(end).trim() === '') end = line.text.length;
      if (line.text.slice(0, start).trim() === '') start = 0;
      const why = l10n.t('matches user pattern #{number} `{pattern}`', { number: pattern.index + 1, pattern: excerpt(pattern.source, 40) });
      if (start === 0 && end === line.text.length) {
        line.verdict = { category: pattern.category, span: { start: line.start, end: line.end }, kind: 'user', why };
      } else {
        verdicts.push({ category: pattern.category, span: { start: line.start + start, end: line.start + end }, kind: 'user', why });
      }
      break;
    }
  }
  return verdicts;
}
