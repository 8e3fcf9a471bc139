/**
 * Runs every per-article check over one article model. Features add their
 * check here; corpus-wide checks live with the corpus.
 */
import type { Article } from '../article/types';
import type { Finding } from '../diagnostics/finding';
import { unbalancedQuoteFindings } from '../quotes/unbalancedQuotes';

type ArticleCheck = (article: Article) => Finding[];

const CHECKS: readonly ArticleCheck[] = [unbalancedQuoteFindings];

export function analyzeArticle(article: Article): Finding[] {
  const findings = CHECKS.flatMap((check) => check(article));
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
