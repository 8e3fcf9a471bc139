/**
 * The claim check: claim.unattributed, claim.vague-source and quote.no-speaker
 * findings for one article.
 */
import type { Article } from '../article/types';
import { DIAGNOSTIC_CODES } from '../diagnostics/codes';
import type { Finding } from '../diagnostics/finding';
import { assessClaims, type ClaimOptions } from './assess';
import { noSpeakerMessage } from './messages';

export function claimFindings(article: Article, options: ClaimOptions = {}): Finding[] {
  const analysis = assessClaims(article, options);
  const findings: Finding[] = [];
  for (const sentence of analysis.sentences) {
    if (!sentence.message || options.reviewed?.has(sentence.key)) continue;
    const info = sentence.verdict === 'unattributed' ? DIAGNOSTIC_CODES['claim.unattributed'] : sentence.verdict === 'vague' ? DIAGNOSTIC_CODES['claim.vague-source'] : undefined;
    if (info) findings.push({ code: info.code, severity: info.severity, message: sentence.message, span: sentence.span });
  }
  const skippedSentences = new Set(analysis.sentences.filter((s) => s.verdict === 'skipped').map((s) => s.sentence));
  const info = DIAGNOSTIC_CODES['quote.no-speaker'];
  for (const quotation of analysis.quotations) {
    if (quotation.kind !== 'speech' || quotation.speaker || quotation.vagueSource || skippedSentences.has(quotation.sentence)) continue;
    const q = article.quotations[quotation.quotation]!;
    findings.push({ code: info.code, severity: info.severity, message: noSpeakerMessage(article.text.slice(q.content.start, q.content.end)), span: q.span });
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** A check with fixed options, for the analysis pipeline. */
export function claimCheck(options: ClaimOptions): (article: Article) => Finding[] {
  return (article) => claimFindings(article, options);
}
