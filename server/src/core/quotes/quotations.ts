/**
 * Finds quotations paragraph by paragraph in one pass: a stack of open marks,
 * with the mark's position deciding whether an ambiguous mark opens or closes.
 */
import type { Quotation, QuoteStyle, UnbalancedQuote } from '../article/types';
import type { LanguageProfile } from '../languages/profile';
import { lexiconFor } from '../languages/lexicon';
import type { Span } from '../text/span';
import { isClosingPosition, isOpeningPosition, quoteMarkAt } from './quoteMarks';
import { linkResumedQuotations, type FoundQuotation } from './resumptions';

export interface QuotationScan {
  readonly quotations: Quotation[];
  readonly unbalanced: UnbalancedQuote[];
}

interface OpenQuotation {
  readonly start: number;
  readonly style: QuoteStyle;
  readonly paragraph: number;
  /** Position in `opened`, the list of every quotation in order of opening. */
  readonly id: number;
  /** Id of the open quotation this one was opened inside. */
  readonly enclosing?: number;
  end?: number;
  contentEnd?: number;
  continuesIntoNextParagraph?: boolean;
}

export function findQuotations(text: string, paragraphs: readonly Span[], profile: LanguageProfile): QuotationScan {
  const opened: OpenQuotation[] = [];
  const unbalanced: UnbalancedQuote[] = [];
  paragraphs.forEach((paragraph, index) => {
    scanParagraph(text, paragraph, index, paragraphs[index + 1], opened, unbalanced);
  });
  unbalanced.sort((a, b) => a.offset - b.offset);
  return { quotations: toQuotations(text, opened, profile), unbalanced };
}

function scanParagraph(
  text: string,
  paragraph: Span,
  paragraphIndex: number,
  nextParagraph: Span | undefined,
  opened: OpenQuotation[],
  unbalanced: UnbalancedQuote[],
): void {
  const stack: OpenQuotation[] = [];
  // Per style, the stack positions of its open quotations, so finding the
  // nearest closable one is O(1) and the whole scan stays linear.
  const positionsByStyle = new Map<QuoteStyle, number[]>();
  const positionsOf = (style: QuoteStyle) => {
    let positions = positionsByStyle.get(style);
    if (!positions) positionsByStyle.set(style, (positions = []));
    return positions;
  };
  const popTo = (depth: number) => {
    while (stack.length > depth) {
      const top = stack.pop()!;
      positionsOf(top.style).pop();
      if (top.end === undefined) unbalanced.push({ offset: top.start, mark: text[top.start]! });
    }
  };

  for (let offset = paragraph.start; offset < paragraph.end; offset++) {
    const mark = quoteMarkAt(text, offset);
    if (!mark) continue;
    if (isClosingPosition(text, offset, paragraph.start, paragraph.end)) {
      let nearest = -1;
      for (const style of mark.closes) nearest = Math.max(nearest, positionsOf(style).at(-1) ?? -1);
      if (nearest >= 0) {
        const closed = stack[nearest]!;
        closed.end = offset + 1;
        closed.contentEnd = offset;
        popTo(nearest + 1);
        stack.pop();
        positionsOf(closed.style).pop();
        continue;
      }
    }
    if (mark.opens && isOpeningPosition(text, offset, paragraph.start, paragraph.end)) {
      const quotation: OpenQuotation = {
        start: offset,
        style: mark.opens,
        paragraph: paragraphIndex,
        id: opened.length,
        enclosing: stack.at(-1)?.id,
      };
      opened.push(quotation);
      positionsOf(quotation.style).push(stack.length);
      stack.push(quotation);
    }
  }

  const outermost = stack[0];
  if (outermost && nextParagraph && continuesInParagraph(text, outermost, nextParagraph)) {
    // The convention for a quotation over several paragraphs: every paragraph
    // opens with the mark again and only the last one closes it.
    outermost.end = trimmedEnd(text, paragraph);
    outermost.contentEnd = outermost.end;
    outermost.continuesIntoNextParagraph = true;
  }
  popTo(0);
}

function continuesInParagraph(text: string, open: OpenQuotation, next: Span): boolean {
  let first = next.start;
  while (first < next.end && /\s/.test(text[first]!)) first++;
  return text[first] === text[open.start];
}

function trimmedEnd(text: string, paragraph: Span): number {
  let end = paragraph.end;
  while (end > paragraph.start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function toQuotations(text: string, opened: readonly OpenQuotation[], profile: LanguageProfile): Quotation[] {
  const indexById = new Map<number, number>();
  opened.filter((q) => q.end !== undefined).forEach((q, index) => indexById.set(q.id, index));
  // An enclosing quotation that was never closed is not a quotation, so parent
  // and depth skip it. Ancestors open first, so one pass in opening order finds
  // every quotation's nearest closed ancestor.
  const closedAncestorById: (number | undefined)[] = [];
  const found: FoundQuotation[] = [];
  for (const q of opened) {
    const enclosing = q.enclosing;
    const parentId =
      enclosing === undefined ? undefined : indexById.has(enclosing) ? enclosing : closedAncestorById[enclosing];
    closedAncestorById.push(parentId);
    const index = indexById.get(q.id);
    if (index === undefined) continue;
    const parent = parentId === undefined ? undefined : indexById.get(parentId)!;
    found.push({
      index,
      style: q.style,
      span: { start: q.start, end: q.end! },
      content: { start: q.start + 1, end: q.contentEnd! },
      depth: parent === undefined ? 0 : found[parent]!.depth + 1,
      parent,
      paragraph: q.paragraph,
      continuesIntoNextParagraph: q.continuesIntoNextParagraph === true,
    });
  }
  const continues = linkResumedQuotations(text, found, lexiconFor(profile));
  return found.map(({ index, style, span, content, depth, parent }) => {
    const quotation: Quotation = { index, style, span, content, depth };
    return {
      ...quotation,
      ...(parent !== undefined && { parent }),
      ...(continues.has(index) && { continues: continues.get(index) }),
    };
  });
}
