/**
 * Splits one paragraph into sentences: Intl.Segmenter's breaks, minus the
 * false ones (abbreviations, ordinals, initials) and minus every break inside
 * a quotation, so a quoted passage of several sentences stays one sentence.
 */
import type { Quotation } from '../article/types';
import type { LanguageProfile } from '../languages/profile';
import { lexiconFor } from '../languages/lexicon';
import type { Span } from '../text/span';
import { isFalseBreak, skipSpaceBackward, skipSpaceForward } from './falseBreaks';
import { sentenceBreaks } from './sentenceBreaks';

export function splitSentences(
  text: string,
  paragraph: Span,
  profile: LanguageProfile,
  quotations: readonly Quotation[],
): Span[] {
  const lexicon = lexiconFor(profile);
  const quotes = topLevelQuotationsWithin(quotations, paragraph);
  const kept: number[] = [];
  let quote = 0;
  for (const breakOffset of sentenceBreaks(text, paragraph, profile.code)) {
    while (quote < quotes.length && quotes[quote]!.span.end <= breakOffset) quote++;
    const insideQuotation = quote < quotes.length && quotes[quote]!.span.start < breakOffset;
    if (!insideQuotation && !isFalseBreak(text, breakOffset, paragraph, lexicon)) kept.push(breakOffset);
  }
  return trimmedSpansBetween(text, paragraph, kept);
}

/** The top-level quotations inside `paragraph`, by start; they do not overlap. */
function topLevelQuotationsWithin(quotations: readonly Quotation[], paragraph: Span): Quotation[] {
  let low = 0;
  let high = quotations.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (quotations[middle]!.span.start < paragraph.start) low = middle + 1;
    else high = middle;
  }
  const within: Quotation[] = [];
  for (let i = low; i < quotations.length && quotations[i]!.span.start < paragraph.end; i++) {
    if (quotations[i]!.depth === 0) within.push(quotations[i]!);
  }
  return within;
}

function trimmedSpansBetween(text: string, paragraph: Span, breaks: readonly number[]): Span[] {
  const spans: Span[] = [];
  const bounds = [paragraph.start, ...breaks, paragraph.end];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = skipSpaceForward(text, bounds[i]!, bounds[i + 1]!);
    const end = skipSpaceBackward(text, bounds[i + 1]!, start);
    if (end > start) spans.push({ start, end });
  }
  return spans;
}
