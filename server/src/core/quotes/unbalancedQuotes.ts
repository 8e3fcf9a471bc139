import type { Article } from '../article/types';
import { DIAGNOSTIC_CODES } from '../diagnostics/codes';
import type { Finding } from '../diagnostics/finding';
import * as l10n from '../messages/l10n';

/** `quote.unbalanced`, reported on the opening mark so the reader sees where the quotation starts. */
export function unbalancedQuoteFindings(article: Article): Finding[] {
  return article.unbalancedQuotes.map((quote) => ({
    code: 'quote.unbalanced',
    severity: DIAGNOSTIC_CODES['quote.unbalanced'].severity,
    message: l10n.t('Quotation mark {mark} is never closed in this paragraph.', { mark: quote.mark }),
    span: { start: quote.offset, end: quote.offset + quote.mark.length },
  }));
}
