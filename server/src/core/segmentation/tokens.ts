/**
 * Words and numbers with exact spans, found in one linear regex scan
 * (Intl.Segmenter's word mode is far too slow, see pitfalls.md).
 */
import type { Token } from '../article/types';
import type { Span } from '../text/span';

/**
 * Either dotted letters ("U.S", "z.B"), or alphanumeric runs joined by hyphens,
 * apostrophes or underscores ("NATO-Russland-Rat", "don’t"), where digits may
 * also be joined by . , : / ("100.000", "3,5", "10:37", "12.01.2022").
 * Every connector must be followed by another run, so a token never ends in one.
 */
const TOKEN =
  /\p{L}\p{M}*(?:\.\p{L}\p{M}*)+(?![\p{L}\p{M}])|[\p{L}\p{M}\p{N}]+(?:(?:[-\u2010\u2011'\u2019_]|(?<=\p{N})[.,:/](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

const STARTS_WITH_NUMBER = /^\p{N}/u;

export function tokenize(text: string, within: Span): Token[] {
  const slice = text.slice(within.start, within.end);
  const tokens: Token[] = [];
  for (const match of slice.matchAll(TOKEN)) {
    const start = within.start + match.index;
    const word = match[0];
    tokens.push({
      span: { start, end: start + word.length },
      kind: STARTS_WITH_NUMBER.test(word) ? 'number' : 'word',
      text: word,
    });
  }
  return tokens;
}
