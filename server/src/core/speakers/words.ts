/**
 * A sentence as the attribution and claim rules see it: its word and number
 * tokens, each with the punctuation before it and whether it lies inside a
 * quotation (the quoted words are someone else's, not the journalist's).
 */
import type { Article, Quotation, Sentence } from '../article/types';
import type { Span } from '../text/span';

export interface Word {
  readonly index: number;
  readonly text: string;
  readonly lower: string;
  readonly span: Span;
  readonly number: boolean;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Inside the content of a top-level quotation. */
  readonly quoted: boolean;
  /** Index of the top-level quotation the word is in. */
  readonly quotation?: number;
  /** The text between the previous word (or the sentence start) and this one. */
  readonly gap: string;
  /** The gap holds clause punctuation (, ; : ( ) – —). */
  readonly boundary: boolean;
  /** The gap holds a comma. */
  readonly comma: boolean;
}

/** Quotation marks alone are no boundary: a partial quotation sits inside its clause. */
const CLAUSE_PUNCTUATION = /[,;:()[\]–—]|\s-\s|^-\s/;
const UPPER = /^\p{Lu}/u;

/** The index of the first word that ends after `offset` (words.length if none). */
export function firstWordEndingAfter(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]!.span.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Top-level quotations whose span overlaps `span`, by start. */
export function quotationsIn(quotations: readonly Quotation[], span: Span): Quotation[] {
  const found: Quotation[] = [];
  // Quotations are sorted by start; a top-level one ends before the next top-level one starts.
  let low = 0;
  let high = quotations.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (quotations[middle]!.span.end <= span.start && quotations[middle]!.depth === 0) low = middle + 1;
    else high = middle;
  }
  for (let k = Math.max(0, low - 1); k < quotations.length; k++) {
    const quotation = quotations[k]!;
    if (quotation.span.start >= span.end) break;
    if (quotation.depth === 0 && quotation.span.end > span.start) found.push(quotation);
  }
  return found;
}

export function wordsOf(article: Article, sentence: Sentence, quotations: readonly Quotation[]): Word[] {
  const words: Word[] = [];
  let previousEnd = sentence.span.start;
  let q = 0;
  for (const token of sentence.tokens) {
    while (q < quotations.length && quotations[q]!.content.end <= token.span.start) q++;
    const inside = q < quotations.length && quotations[q]!.content.start <= token.span.start;
    const gap = article.text.slice(previousEnd, token.span.start);
    // Most gaps are one space: no punctuation to look for.
    const plain = gap === ' ' || gap === '';
    words.push({
      index: words.length,
      text: token.text,
      lower: token.text.toLowerCase(),
      span: token.span,
      number: token.kind === 'number',
      cap: UPPER.test(token.text),
      quoted: inside,
      // Always present (undefined outside quotations), so every word has the same shape.
      quotation: inside ? quotations[q]!.index : undefined,
      gap,
      boundary: !plain && CLAUSE_PUNCTUATION.test(gap),
      comma: !plain && gap.includes(','),
    });
    previousEnd = token.span.end;
  }
  return words;
}

/**
 * Clauses are read at most this many words either side of a word: longer
 * runs without punctuation are scrape leftovers (lists, tag clouds), and
 * reading them whole for every word would cost the square of their length.
 */
const MAX_CLAUSE_REACH = 40;

/** Index of the first word of the clause that holds word `i`. */
export function clauseStart(words: readonly Word[], i: number): number {
  let start = i;
  const limit = Math.max(0, i - MAX_CLAUSE_REACH);
  while (start > limit && !words[start]!.boundary) start--;
  return start;
}

/** Index just past the last word of the clause that holds word `i`. */
export function clauseEnd(words: readonly Word[], i: number): number {
  let end = i + 1;
  const limit = Math.min(words.length, i + 1 + MAX_CLAUSE_REACH);
  while (end < limit && !words[end]!.boundary) end++;
  return end;
}

/** Does the word sequence `phrase` start at word `i` (unquoted words only)? */
export function phraseAt(words: readonly Word[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const word = words[i + k];
    if (!word || word.quoted || word.lower !== phrase[k]) return false;
    if (k > 0 && word.boundary) return false;
  }
  return true;
}

