/**
 * What each quotation mark can do, and whether its neighbours put it in an
 * opening or a closing position. Several marks are ambiguous: “ closes „ but
 * opens English quotes, » opens German guillemets but closes French ones, ’ is
 * also the apostrophe, and " both opens and closes. The position decides.
 */
import type { QuoteStyle } from '../article/types';

export interface QuoteMark {
  /** The style this mark opens, if it can open one. */
  readonly opens?: QuoteStyle;
  /** The styles this mark can close, preferred first. */
  readonly closes: readonly QuoteStyle[];
}

const MARKS: ReadonlyMap<string, QuoteMark> = new Map<string, QuoteMark>([
  ['\u201E', { opens: 'german', closes: [] }], // „
  // “ also closes English quotes: scraped text often has “…“.
  ['\u201C', { opens: 'english', closes: ['german', 'english'] }], // “
  // ” also closes „: Polish-style „…” is common in scraped German.
  ['\u201D', { closes: ['english', 'german'] }], // ”
  ['"', { opens: 'straight', closes: ['straight'] }],
  ['\u00BB', { opens: 'german-guillemets', closes: ['french-guillemets'] }], // »
  ['\u00AB', { opens: 'french-guillemets', closes: ['german-guillemets'] }], // «
  ['\u201A', { opens: 'german-single', closes: [] }], // ‚
  ['\u2018', { opens: 'english-single', closes: ['german-single'] }], // ‘
  ['\u2019', { closes: ['english-single'] }], // ’
]);

export function quoteMarkAt(text: string, offset: number): QuoteMark | undefined {
  return MARKS.get(text[offset] ?? '');
}

export function isQuoteMarkChar(char: string | undefined): boolean {
  return char !== undefined && MARKS.has(char);
}

const WHITESPACE = /\s/;
/** Characters after which a quotation can open: "(„", "–„", ":„". */
const OPENING_CONTEXT = new Set(['(', '[', '{', '<', '-', '\u2010', '\u2011', '\u2013', '\u2014', '/', ':']);
/** Characters before which a quotation can close: "“,", "“.", "“)". */
const CLOSING_CONTEXT = new Set([
  '.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '\u2026', '-', '\u2010', '\u2011', '\u2013', '\u2014', '/',
]);
/** French guillemets are set with a (narrow) no-break space inside: « Oui ». */
const GUILLEMET_PADDING = new Set(['\u00A0', '\u202F']);

function isSpace(char: string | undefined): boolean {
  return char === undefined || WHITESPACE.test(char);
}

/** Within [floor, ceiling): the mark is preceded by start/space/bracket/dash/quote and followed by a non-space. */
export function isOpeningPosition(text: string, offset: number, floor: number, ceiling: number): boolean {
  let nextOffset = offset + 1;
  if (isGuillemet(text[offset]) && GUILLEMET_PADDING.has(text[nextOffset] ?? '')) nextOffset++;
  const next = nextOffset < ceiling ? text[nextOffset] : undefined;
  if (isSpace(next)) return false;
  const previous = offset > floor ? text[offset - 1] : undefined;
  return isSpace(previous) || OPENING_CONTEXT.has(previous!) || isQuoteMarkChar(previous);
}

/** Within [floor, ceiling): the mark follows a non-space and precedes end/space/punctuation/quote. */
export function isClosingPosition(text: string, offset: number, floor: number, ceiling: number): boolean {
  let previousOffset = offset - 1;
  if (isGuillemet(text[offset]) && GUILLEMET_PADDING.has(text[previousOffset] ?? '')) previousOffset--;
  const previous = previousOffset >= floor ? text[previousOffset] : undefined;
  if (isSpace(previous)) return false;
  const next = offset + 1 < ceiling ? text[offset + 1] : undefined;
  return isSpace(next) || CLOSING_CONTEXT.has(next!) || isQuoteMarkChar(next);
}

function isGuillemet(char: string | undefined): boolean {
  return char === '\u00AB' || char === '\u00BB';
}
