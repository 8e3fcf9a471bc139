/**
 * Per-sentence scoring of the claim check against labelled articles, shared by
 * the development and the held-out quality tests so both count the same way.
 */
import { buildArticle } from '../../server/src/core/article/buildArticle';
import { assessClaims, claimFindings } from '../../server/src/core/claims';
import type { Finding } from '../../server/src/core/diagnostics/finding';
import type { QuotationAttribution } from '../../server/src/core/speakers';
import type { LabelledArticle, LabelledSentence } from '../fixtures/claims/labelled';

export type Predicted = 'unattributed' | 'vague' | 'no-speaker' | 'none';

export interface ClaimOutcome {
  readonly article: LabelledArticle;
  readonly sentence: LabelledSentence;
  readonly predicted: Predicted;
  readonly flagged: boolean;
  /** For Q: the speakers found for the quotations that start in the sentence. */
  readonly speakers: readonly string[];
  readonly speakerCorrect?: boolean;
  readonly message?: string;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function speakerMatches(found: string, expected: string): boolean {
  const f = found.toLowerCase();
  const e = expected.toLowerCase();
  return f.includes(e) || f.split(/\s+/).at(-1) === e.split(/\s+/).at(-1);
}

export function evaluateClaims(article: LabelledArticle, uriPrefix = 'fixture'): ClaimOutcome[] {
  const built = buildArticle(`${uriPrefix}:${article.file}`, article.text, { language: article.language });
  const findings: Finding[] = claimFindings(built);
  const { quotations } = assessClaims(built);
  return article.sentences.map((sentence) => {
    const here = findings.filter((f) => overlaps(f.span, sentence) && (f.code !== 'quote.no-speaker' || (f.span.start >= sentence.start && f.span.start < sentence.end)));
    const claim = here.find((f) => f.code === 'claim.unattributed' || f.code === 'claim.vague-source');
    const noSpeaker = here.find((f) => f.code === 'quote.no-speaker');
    const predicted: Predicted = claim?.code === 'claim.unattributed' ? 'unattributed' : claim ? 'vague' : noSpeaker ? 'no-speaker' : 'none';
    const starting = quotations.filter((q: QuotationAttribution) => {
      const span = built.quotations[q.quotation]!.span;
      return span.start >= sentence.start && span.start < sentence.end;
    });
    const speakers = starting.flatMap((q) => (q.speaker ? [q.speaker.fullName ?? q.speaker.name] : []));
    const speakerCorrect = sentence.label === 'Q'
      ? speakers.length > 0 && speakers.every((s) => speakerMatches(s, sentence.speaker!))
      : undefined;
    const message = (claim ?? noSpeaker)?.message;
    return { article, sentence, predicted, flagged: predicted !== 'none', speakers, ...(speakerCorrect !== undefined && { speakerCorrect }), ...(message !== undefined && { message }) };
  });
}
