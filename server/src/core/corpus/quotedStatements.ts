/**
 * What a person is quoted as saying across the corpus: the quotations whose
 * speaker's name (or, for "sagte sie", the name the pronoun stands for) is a
 * mention of that person.
 */
import type { Span } from '../text/span';
import type { Corpus } from './corpus';

export interface QuotedStatement {
  readonly key: string;
  /** The quotation with its marks. */
  readonly span: Span;
  /** The quoted words. */
  readonly text: string;
}

export function statementsOf(corpus: Corpus, entityId: string, keys: readonly string[]): QuotedStatement[] {
  const statements: QuotedStatement[] = [];
  for (const key of keys) {
    const entry = corpus.get(key);
    if (entry?.kind !== 'article') continue;
    for (const attribution of entry.claims.quotations) {
      const speaker = attribution.speaker;
      if (!speaker || attribution.kind === 'term' || attribution.kind === 'nested') continue;
      if (corpus.entities.mentionAt(key, speaker.nameSpan.start)?.entityId !== entityId) continue;
      const quotation = entry.article.quotations[attribution.quotation];
      statements.push({ key, span: quotation.span, text: entry.article.text.slice(quotation.content.start, quotation.content.end) });
    }
  }
  return statements;
}
