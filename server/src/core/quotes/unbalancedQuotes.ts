import type { Article } from '../article/types';
import { DIAGNOSTIC_CODES } from '../diagnostics/codes';
import type { Finding } from '../diagnostics/finding';

/** `quote.unbalanced`, reported on the opening mark so the reader sees where the quotation starts. */
export function unbalancedQuoteFindings(article: Article): Finding[] {
  return article.unbalancedQuotes.map((quote) => ({
    code: 'quote.unbalanced',
    severity: DIAGNOSTIC_CODES['quote.unbalanced'].severity,
    message: `Quotation mark ${quote.mark} is never closed in this paragraph.`,
    span: { start: quote.offset, end: quote.offset + quote.mark.length },
  }));
}
