/**
 * Recognises the breaks Intl.Segmenter puts where no sentence ends
 * (pitfalls.md, 2): after abbreviations ("z. B.", "Dr.", "Art. 5"), initials
 * ("J. R. Muster"), ordinals ("am 12. Januar", "Zum 2. Mal"), and before a word
 * in lower case ("„Was nun?“ fragte sie").
 */
import type { Lexicon } from '../languages/lexicon';
import type { Span } from '../text/span';

/** How far back an abbreviation with its inner periods and spaces can reach ("i. d. R"). */
const MAX_ABBREVIATION_CHARS = 24;
const MAX_NUMBER_CHARS = 12;
const MAX_WORD_CHARS = 40;

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\p{Nd}/u;
const WHITESPACE = /\s/;
/** A sentence does not start with these: the text before goes on. */
const CONTINUATION_START = /[\p{Ll},;)\]}]/u;

/**
 * Whether the break at `breakOffset` (where Intl.Segmenter would start the
 * next sentence) is false, so the sentences around it are one.
 */
export function isFalseBreak(text: string, breakOffset: number, paragraph: Span, lexicon: Lexicon): boolean {
  const next = skipSpaceForward(text, breakOffset, paragraph.end);
  if (next >= paragraph.end) return true;
  if (CONTINUATION_START.test(text[next]!)) return true;
  const previousEnd = skipSpaceBackward(text, breakOffset, paragraph.start);
  const period = previousEnd - 1;
  if (period < paragraph.start || text[period] !== '.') return false;
  return (
    endsWithAbbreviation(text, period, next, paragraph, lexicon) ||
    isOrdinal(text, period, next, paragraph, lexicon)
  );
}

/** The abbreviation, initial or part of a multi-part abbreviation before `period`. */
function endsWithAbbreviation(text: string, period: number, next: number, paragraph: Span, lexicon: Lexicon): boolean {
  const { compact, complete } = compactBefore(text, period, paragraph.start);
  if (compact === '') return false;
  const lower = compact.toLowerCase();
  // Every suffix that starts a part, longest first: "u.s" before "s".
  const cuts = complete ? [0] : [];
  for (let i = 0; i < lower.length; i++) if (lower[i] === '.') cuts.push(i + 1);
  for (const cut of cuts) {
    const candidate = lower.slice(cut);
    if (!lexicon.abbreviations.has(candidate)) continue;
    if (lexicon.sentenceFinalAbbreviations.has(candidate)) return false;
    if (lexicon.numberAbbreviations.has(candidate)) return DIGIT.test(text[next]!);
    return true;
  }
  if (isInitial(compact)) return true;
  return continuesMultiPartAbbreviation(lower, text, next, paragraph, lexicon);
}

/** "J" in "J. R. Muster": one capital letter standing alone. */
function isInitial(compact: string): boolean {
  const lastPart = compact.slice(compact.lastIndexOf('.') + 1);
  return lastPart.length === 1 && UPPER.test(lastPart);
}

/** The break falls on an inner period: "z." | "B.", "i. d." | "R.". */
function continuesMultiPartAbbreviation(
  before: string,
  text: string,
  next: number,
  paragraph: Span,
  lexicon: Lexicon,
): boolean {
  const splits = lexicon.abbreviationSplits.get(before.slice(before.lastIndexOf('.') + 1));
  if (!splits) return false;
  const after = compactAfter(text, next, paragraph.end).toLowerCase();
  return splits.some(
    ({ head, tail }) =>
      before.endsWith(head) &&
      (before.length === head.length || before[before.length - head.length - 1] === '.') &&
      after.startsWith(tail) &&
      !LETTER.test(after[tail.length] ?? ''),
  );
}

/**
 * A number before the period is an ordinal when a month or an ordinal noun
 * follows ("12. Januar", "2. Mal"), or when a lead word precedes a number
 * below 1000 ("am 12.", "der 3."). A year before a capitalised word ends the
 * sentence: "endete 2019. Danach".
 */
function isOrdinal(text: string, period: number, next: number, paragraph: Span, lexicon: Lexicon): boolean {
  let start = period;
  while (
    start > paragraph.start &&
    period - start < MAX_NUMBER_CHARS &&
    (DIGIT.test(text[start - 1]!) || (text[start - 1] === '.' && DIGIT.test(text[start - 2] ?? '')))
  ) {
    start--;
  }
  if (start === period || (start > paragraph.start && !isWordBoundary(text[start - 1]!))) return false;
  const nextWord = wordAt(text, next, paragraph.end).toLowerCase();
  if (lexicon.months.has(nextWord) || lexicon.ordinalNouns.has(nextWord)) return true;
  const digits = text.slice(start, period);
  if (!/^\d{1,3}$/.test(digits)) return false;
  return lexicon.ordinalLeadWords.has(wordBefore(text, start, paragraph.start).toLowerCase());
}

function isWordBoundary(char: string): boolean {
  return WHITESPACE.test(char) || /[(\[{\-\u2013\u2014/„“"»«]/.test(char);
}

/**
 * The letters and periods just before `period`, with the spaces after inner
 * periods removed: "u. a" → "u.a". Incomplete when it stopped at the length
 * limit inside a word.
 */
function compactBefore(text: string, period: number, floor: number): { compact: string; complete: boolean } {
  let compact = '';
  let i = period - 1;
  for (; i >= floor && period - i <= MAX_ABBREVIATION_CHARS; i--) {
    const char = text[i]!;
    if (LETTER.test(char) || (char === '.' && i + 1 < period && text[i + 1] !== '.')) compact = char + compact;
    else if (char === ' ' && text[i - 1] === '.' && i > floor) continue;
    else break;
  }
  const complete = i < floor || !LETTER.test(text[i]!);
  return { compact: compact.startsWith('.') ? compact.slice(1) : compact, complete };
}

/** The letters and periods from `offset` on, with spaces after periods removed: "B. gut" → "B.gut". */
function compactAfter(text: string, offset: number, ceiling: number): string {
  let compact = '';
  for (let i = offset; i < ceiling && i - offset < MAX_ABBREVIATION_CHARS; i++) {
    const char = text[i]!;
    if (LETTER.test(char) || char === '.') compact += char;
    else if (char === ' ' && text[i - 1] === '.') continue;
    else break;
  }
  return compact;
}

function wordAt(text: string, offset: number, ceiling: number): string {
  let end = offset;
  while (end < ceiling && end - offset < MAX_WORD_CHARS && LETTER.test(text[end]!)) end++;
  return text.slice(offset, end);
}

function wordBefore(text: string, offset: number, floor: number): string {
  const end = skipSpaceBackward(text, offset, floor);
  let start = end;
  while (start > floor && end - start < MAX_WORD_CHARS && LETTER.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

export function skipSpaceForward(text: string, offset: number, ceiling: number): number {
  while (offset < ceiling && WHITESPACE.test(text[offset]!)) offset++;
  return offset;
}

export function skipSpaceBackward(text: string, offset: number, floor: number): number {
  while (offset > floor && WHITESPACE.test(text[offset - 1]!)) offset--;
  return offset;
}
