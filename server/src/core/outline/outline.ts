/**
 * The outline of an article, as the editor's Outline view shows it: the
 * headline, then the quotations in reading order. Features add their items
 * (people, places) through the same shape.
 */
import type { Article } from '../article/types';
import type { Span } from '../text/span';

export type OutlineKind = 'headline' | 'quotation' | 'person' | 'place' | 'organisation';

export interface OutlineItem {
  readonly name: string;
  readonly kind: OutlineKind;
  /** The whole extent of the item. */
  readonly span: Span;
  /** The part to select when the item is chosen. */
  readonly selectionSpan: Span;
  readonly detail?: string;
  readonly children?: readonly OutlineItem[];
}

const QUOTATION_NAME_LENGTH = 60;

export function outlineOf(article: Article): OutlineItem[] {
  const items: OutlineItem[] = [];
  if (article.headline) {
    items.push({ name: article.text.slice(article.headline.start, article.headline.end), kind: 'headline', span: article.headline, selectionSpan: article.headline });
  }
  for (const quotation of article.quotations) {
    if (quotation.depth > 0) continue;
    items.push({
      name: shorten(article.text.slice(quotation.content.start, quotation.content.end)),
      kind: 'quotation',
      span: quotation.span,
      selectionSpan: quotation.content.end > quotation.content.start ? quotation.content : quotation.span,
      detail: quotation.continues === undefined ? undefined : 'continued',
    });
  }
  return items;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= QUOTATION_NAME_LENGTH) return oneLine || '…';
  const cut = oneLine.lastIndexOf(' ', QUOTATION_NAME_LENGTH);
  return `${oneLine.slice(0, cut > 20 ? cut : QUOTATION_NAME_LENGTH)} …`;
}
