/**
 * quote.variant findings: a quotation whose versions in other articles (or
 * elsewhere in the same article) differ in wording, beyond quotation marks,
 * case, punctuation, ellipses and the stretch a partial quotation leaves out.
 * Variants depend on other articles: after QuoteIndex.set/delete, recompute
 * the findings of the returned keys too.
 */
import type { Finding } from '../diagnostics/finding';
import type { QuoteIndex, QuoteMatch } from './quoteIndex';
import { wordingChanges, type WordDiffPart } from './wordDiff';
import * as l10n from '../messages/l10n';

export interface VariantOptions {
  /** A short name for an article in messages (default: the key's file name without extension). */
  readonly label?: (key: string) => string;
  /** At most this many other versions are named in one message. */
  readonly maxVersions?: number;
}

export interface QuotationVariants {
  readonly quotationIndex: number;
  readonly versions: readonly { readonly match: QuoteMatch; readonly changes: readonly WordDiffPart[] }[];
}

export function defaultLabel(key: string): string {
  const base = key.split(/[\\/]/).pop() ?? key;
  return decodeURIComponent(base).replace(/\.[^.]+$/, '');
}

/** The quotations of an article that have differently worded versions, with the word changes (for hovers and the compare view). */
export function quotationVariants(index: QuoteIndex, key: string): QuotationVariants[] {
  const result: QuotationVariants[] = [];
  for (const quotations of index.statementsOf(key)) {
    const versions = index
      .matchesOf(key, quotations[0])
      .filter((m) => m.kind === 'variant' || m.kind === 'partial')
      .map((match) => ({ match, changes: wordingChanges(match.wordDiff) }))
      .filter((v) => v.changes.length > 0);
    if (versions.length > 0) result.push({ quotationIndex: quotations[0], versions });
  }
  return result;
}

function quote(text: string): string {
  return text ? `'${text}'` : '—';
}

/** One information finding per quotation with differently worded versions, on the quotation's span. */
/** A change with one word of context on each side, so that "—" never stands alone. */
function withContext(parts: readonly WordDiffPart[], k: number): { here: string; there: string } {
  const before = parts[k - 1]?.op === 'equal' ? parts[k - 1] : undefined;
  const after = parts[k + 1]?.op === 'equal' ? parts[k + 1] : undefined;
  const last = (s: string | undefined) => (s ? s.split(' ').pop() ?? '' : '');
  const first = (s: string | undefined) => (s ? s.split(' ')[0] : '');
  const join = (...xs: string[]) => xs.filter((x) => x).join(' ');
  return {
    here: join(last(before?.here), parts[k].here, first(after?.here)),
    there: join(last(before?.there), parts[k].there, first(after?.there)),
  };
}

/** One information finding per quotation with differently worded versions, on the quotation's span. */
export function variantFindings(index: QuoteIndex, key: string, spanOf: (quotationIndex: number) => { start: number; end: number }, options: VariantOptions = {}): Finding[] {
  const label = options.label ?? defaultLabel;
  const max = options.maxVersions ?? 2;
  return quotationVariants(index, key).map(({ quotationIndex, versions }) => {
    const described = versions.slice(0, max).map(({ match }) => {
      const parts = match.wordDiff;
      const changed = parts.map((p, k) => ({ p, k })).filter(({ p }) => p.op !== 'equal' && !p.omission);
      const shown = changed.slice(0, 3).map(({ k }) => withContext(parts, k));
      const here = shown.map((c) => quote(c.here)).join(', ');
      const there = shown.map((c) => quote(c.there)).join(', ');
      return l10n.t('here: {here} — {article}: {there}', { here, article: label(match.key), there: `${there}${changed.length > shown.length ? ' …' : ''}` });
    });
    const more = versions.length > max ? l10n.t(' (+{count} more)', { count: versions.length - max }) : '';
    return {
      code: 'quote.variant' as const,
      severity: 'information' as const,
      message: l10n.t('Quoted with different wording elsewhere; {versions}{more}', { versions: described.join('; '), more }),
      span: spanOf(quotationIndex),
    };
  });
}
