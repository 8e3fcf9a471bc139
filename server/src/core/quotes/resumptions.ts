/**
 * Links a quotation to the one it resumes: after a short reporting clause
 * („…“, sagte sie, „…“ / "…," she said, "…") or in the next paragraph, when a
 * quotation runs over several paragraphs.
 */
import type { Quotation } from '../article/types';
import type { Lexicon } from '../languages/lexicon';

export interface FoundQuotation extends Omit<Quotation, 'continues'> {
  readonly paragraph: number;
  /** Left open at its paragraph's end because the next paragraph opens with the same mark. */
  readonly continuesIntoNextParagraph: boolean;
}

/** Longer gaps are not a reporting clause; the bound also keeps the check O(1) per pair. */
const MAX_CLAUSE_CHARS = 160;
const MAX_CLAUSE_WORDS = 8;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** A clause with these is a sentence or a quotation of its own, not an aside. */
const NOT_AN_ASIDE = /[.!?;:"„“”«»‚‘]/;

/** Maps a quotation's index to the index of the quotation it resumes. */
export function linkResumedQuotations(
  text: string,
  quotations: readonly FoundQuotation[],
  lexicon: Lexicon,
): Map<number, number> {
  const resumes = new Map<number, number>();
  let previous: FoundQuotation | undefined;
  for (const quotation of quotations) {
    if (quotation.depth !== 0) continue;
    if (previous && resumesAfter(text, previous, quotation, lexicon)) resumes.set(quotation.index, previous.index);
    previous = quotation;
  }
  return resumes;
}

function resumesAfter(text: string, previous: FoundQuotation, next: FoundQuotation, lexicon: Lexicon): boolean {
  if (previous.continuesIntoNextParagraph) {
    return next.paragraph === previous.paragraph + 1 && isBlank(text, previous.span.end, next.span.start);
  }
  return next.paragraph === previous.paragraph && isReportingClause(text, previous, next, lexicon);
}

function isReportingClause(text: string, previous: FoundQuotation, next: FoundQuotation, lexicon: Lexicon): boolean {
  if (next.span.start - previous.span.end > MAX_CLAUSE_CHARS) return false;
  let clause = text.slice(previous.span.end, next.span.start).trim();
  // German puts the comma after the closing mark, English inside it.
  const commaInside = /[,?!]\s*$/.test(text.slice(previous.content.start, previous.content.end));
  if (clause.startsWith(',')) clause = clause.slice(1);
  else if (!commaInside) return false;
  if (!clause.endsWith(',')) return false;
  clause = clause.slice(0, -1);
  if (NOT_AN_ASIDE.test(clause)) return false;
  const words = clause.match(WORD) ?? [];
  if (words.length === 0 || words.length > MAX_CLAUSE_WORDS) return false;
  return words.some((word) => lexicon.attributionWords.has(word.toLowerCase()));
}

function isBlank(text: string, start: number, end: number): boolean {
  return /^\s*$/.test(text.slice(start, end));
}
