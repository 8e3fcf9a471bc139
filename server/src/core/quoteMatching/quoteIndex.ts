/**
 * "The same statement in other articles": an incremental index of every
 * quoted statement of the corpus, linking each to its versions elsewhere
 * (and in the same article) — the same words, a variant wording, a part of
 * it, or a translation.
 *
 * Candidates come from an inverted index (sorted typed arrays) of stemmed
 * content-word pairs (order-insensitive, with one skip, so inflection and
 * small word-order changes still share features) and of bilingual concepts,
 * numbers and names (for translations); features shared by very many units
 * are ignored. Every candidate is then verified by compareUnits. Links are
 * computed when an article is set, so lookups are cheap.
 */
import type { Article } from '../article/types';
import type { QuotationAttribution } from '../speakers/discourse';
import type { Span } from '../text/span';
import { compareUnits, type MatchKind } from './compare';
import { quoteUnits, type QuoteUnit } from './normalize';
import { MAX_UNITS, PostingIndex, hashString } from './postings';
import { wordDiff, type WordDiffPart } from './wordDiff';

export type { MatchKind } from './compare';

export interface QuoteMatch {
  readonly key: string;
  /** The first quotation of the matched statement (a statement resumed after "sagte sie" has several). */
  readonly quotationIndex: number;
  readonly quotations: readonly number[];
  /** The matched quotation's span with its marks, in the other article. */
  readonly span: Span;
  readonly score: number;
  readonly kind: MatchKind;
  /** Word-level differences from this version to the other (empty for translations). */
  readonly wordDiff: readonly WordDiffPart[];
}

export interface StatementVersion {
  readonly key: string;
  readonly quotationIndex: number;
  readonly quotations: readonly number[];
  readonly span: Span;
  readonly language: string;
  readonly speaker?: string;
  /** The quoted words, parts joined with " … ". */
  readonly text: string;
}

export interface QuoteIndexOptions {
  /** Features with more postings than this are ignored in candidate search. */
  readonly maxPostings?: number;
}

interface StoredUnit {
  readonly id: number;
  readonly key: string;
  readonly unit: QuoteUnit;
  readonly features: { readonly pairs: Uint32Array; readonly concepts: Uint32Array };
}

interface Link {
  readonly to: number;
  readonly score: number;
  readonly kind: MatchKind;
}

interface KeyEntry {
  readonly article: Article;
  readonly units: readonly number[];
}

/** At most this many candidates (those sharing the most features) are verified per statement. */
const MAX_CANDIDATES = 64;

const LINK_KINDS_ORDER: Record<MatchKind, number> = { same: 0, variant: 1, partial: 2, translation: 3 };

export class QuoteIndex {
  private readonly postings = new PostingIndex();
  private readonly units: (StoredUnit | undefined)[] = [];
  private readonly links = new Map<number, Link[]>();
  private readonly keys = new Map<string, KeyEntry>();
  private readonly free: number[] = [];
  private pendingFree: number[] = [];
  private readonly maxPostings: number;

  constructor(options: QuoteIndexOptions = {}) {
    this.maxPostings = options.maxPostings ?? 400;
  }

  /**
   * Indexes (or re-indexes) an article's quotations. Returns the keys of the
   * OTHER articles whose match lists changed (their code lens counts and
   * quote.variant findings need refreshing); the article itself always does.
   */
  set(key: string, article: Article, attributions?: readonly QuotationAttribution[]): string[] {
    const before = this.signatures(key);
    this.remove(key);
    const ids: number[] = [];
    for (const unit of quoteUnits(article, attributions)) {
      const id = this.allocate();
      const stored: StoredUnit = { id, key, unit, features: featureSets(unit) };
      this.units[id] = stored;
      this.postings.add(id, stored.features.pairs);
      this.postings.add(id, stored.features.concepts);
      ids.push(id);
    }
    this.keys.set(key, { article, units: ids });
    for (const id of ids) this.link(id);
    if (this.postings.wantsCompaction) this.compact();
    return changedKeys(before, this.signatures(key));
  }

  /** Removes an article; returns the keys of the other articles whose match lists changed. */
  delete(key: string): string[] {
    const before = this.signatures(key);
    this.remove(key);
    this.keys.delete(key);
    return changedKeys(before, new Map());
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  /** Matches of the statement a quotation belongs to, best first. Empty for a term, a very short quotation or an unknown key. */
  matchesOf(key: string, quotationIndex: number): QuoteMatch[] {
    const stored = this.unitOf(key, quotationIndex);
    if (!stored) return [];
    const here = this.keys.get(key)!.article;
    const list = [...(this.links.get(stored.id) ?? [])].sort(
      (a, b) => b.score - a.score || LINK_KINDS_ORDER[a.kind] - LINK_KINDS_ORDER[b.kind] || a.to - b.to,
    );
    return list.map((link) => {
      const other = this.units[link.to]!;
      const there = this.keys.get(other.key)!.article;
      const first = other.unit.quotations[0];
      return {
        key: other.key,
        quotationIndex: first,
        quotations: other.unit.quotations,
        span: there.quotations[first].span,
        score: link.score,
        kind: link.kind,
        wordDiff: link.kind === 'translation' ? [] : wordDiff(here.text, stored.unit.tokens, there.text, other.unit.tokens),
      };
    });
  }

  /** Number of matches (for a code lens), without computing diffs. */
  matchCount(key: string, quotationIndex: number): number {
    const stored = this.unitOf(key, quotationIndex);
    return stored ? (this.links.get(stored.id)?.length ?? 0) : 0;
  }

  /** The innermost quotation whose span (marks included) contains the offset. */
  quotationAt(key: string, offset: number): number | undefined {
    const article = this.keys.get(key)?.article;
    if (!article) return undefined;
    let best: number | undefined;
    let bestDepth = -1;
    for (const q of article.quotations) {
      if (offset >= q.span.start && offset < q.span.end && q.depth > bestDepth) {
        best = q.index;
        bestDepth = q.depth;
      }
    }
    return best;
  }

  /** This version and its directly matched versions, for a "compare versions" view. */
  versionsOf(key: string, quotationIndex: number): StatementVersion[] {
    const stored = this.unitOf(key, quotationIndex);
    if (!stored) return [];
    return [stored.id, ...(this.links.get(stored.id) ?? []).map((l) => l.to)].map((id) => this.version(this.units[id]!));
  }

  /**
   * All statements quoted in more than one place: connected components of the
   * match graph. Note that components can chain (A part of B, B a variant of
   * C); use versionsOf for the direct matches of one quotation.
   */
  groups(): StatementVersion[][] {
    const seen = new Set<number>();
    const groups: StatementVersion[][] = [];
    for (const [id, links] of this.links) {
      if (seen.has(id) || links.length === 0) continue;
      const component: number[] = [];
      const stack = [id];
      seen.add(id);
      while (stack.length > 0) {
        const current = stack.pop()!;
        component.push(current);
        for (const link of this.links.get(current) ?? []) {
          if (!seen.has(link.to)) {
            seen.add(link.to);
            stack.push(link.to);
          }
        }
      }
      groups.push(component.sort((a, b) => a - b).map((u) => this.version(this.units[u]!)));
    }
    return groups;
  }

  /** Quotation indexes of an article that start a statement known to the index. */
  statementsOf(key: string): number[][] {
    return (this.keys.get(key)?.units ?? []).map((id) => [...this.units[id]!.unit.quotations]);
  }

  get size(): { articles: number; statements: number; links: number; postingBytes: number } {
    let links = 0;
    for (const list of this.links.values()) links += list.length;
    return { articles: this.keys.size, statements: this.units.length - this.free.length - this.pendingFree.length, links: links / 2, postingBytes: this.postings.bytes };
  }

  /** Merges pending postings into the typed arrays (call after a bulk load). */
  compact(): void {
    this.postings.compact((unit) => this.units[unit] !== undefined);
    this.free.push(...this.pendingFree);
    this.pendingFree = [];
  }

  /** The candidate search and verification alone, without stored links (for benchmarks). */
  findMatches(key: string, quotationIndex: number): { id: number; score: number; kind: MatchKind }[] {
    const stored = this.unitOf(key, quotationIndex);
    if (!stored) return [];
    const result: { id: number; score: number; kind: MatchKind }[] = [];
    for (const candidate of this.candidates(stored)) {
      const verdict = compareUnits(stored.unit, this.units[candidate]!.unit);
      if (verdict) result.push({ id: candidate, ...verdict });
    }
    return result;
  }

  // ---- internals ----

  private unitOf(key: string, quotationIndex: number): StoredUnit | undefined {
    for (const id of this.keys.get(key)?.units ?? []) {
      const stored = this.units[id]!;
      if (stored.unit.quotations.includes(quotationIndex)) return stored;
    }
    return undefined;
  }

  private version(stored: StoredUnit): StatementVersion {
    const article = this.keys.get(stored.key)!.article;
    const first = stored.unit.quotations[0];
    const q = article.quotations[first];
    return {
      key: stored.key,
      quotationIndex: first,
      quotations: stored.unit.quotations,
      span: q.span,
      language: stored.unit.language,
      speaker: stored.unit.speaker,
      text: stored.unit.quotations.map((i) => article.text.slice(article.quotations[i].content.start, article.quotations[i].content.end)).join(' … '),
    };
  }

  private allocate(): number {
    const id = this.free.pop() ?? this.units.length;
    if (id >= MAX_UNITS) throw new Error('QuoteIndex: too many quoted statements');
    return id;
  }

  private remove(key: string): void {
    const entry = this.keys.get(key);
    if (!entry) return;
    for (const id of entry.units) {
      for (const link of this.links.get(id) ?? []) {
        const back = this.links.get(link.to);
        if (!back) continue;
        const kept = back.filter((l) => l.to !== id);
        if (kept.length > 0) this.links.set(link.to, kept);
        else this.links.delete(link.to);
      }
      this.links.delete(id);
      this.units[id] = undefined;
      this.pendingFree.push(id);
    }
    this.keys.delete(key);
  }

  private candidates(stored: StoredUnit): number[] {
    const pairHits = new Map<number, number>();
    const conceptHits = new Map<number, number>();
    const { pairs, concepts } = stored.features;
    const visit = (hits: Map<number, number>) => (unit: number) => {
      if (unit !== stored.id && this.units[unit] !== undefined) hits.set(unit, (hits.get(unit) ?? 0) + 1);
    };
    for (const f of pairs) if (this.postings.count(f) <= this.maxPostings) this.postings.forEach(f, visit(pairHits));
    for (const f of concepts) if (this.postings.count(f) <= this.maxPostings) this.postings.forEach(f, visit(conceptHits));
    // Shorter statements share fewer pairs; ask for two shared pairs when there are enough to share.
    const ranked: [number, number][] = [];
    for (const [unit, n] of pairHits) {
      const needed = pairs.length >= 4 && this.units[unit]!.features.pairs.length >= 4 ? 2 : 1;
      if (n >= needed) ranked.push([unit, n]);
    }
    for (const [unit, n] of conceptHits) if (n >= 3 && this.units[unit]!.unit.language !== stored.unit.language) ranked.push([unit, n]);
    ranked.sort((a, b) => b[1] - a[1]);
    const result = new Set<number>();
    for (const [unit] of ranked) {
      result.add(unit);
      if (result.size >= MAX_CANDIDATES) break;
    }
    return [...result];
  }

  private link(id: number): void {
    const stored = this.units[id]!;
    const existing = new Set((this.links.get(id) ?? []).map((l) => l.to));
    for (const candidate of this.candidates(stored)) {
      if (existing.has(candidate)) continue;
      const verdict = compareUnits(stored.unit, this.units[candidate]!.unit);
      if (!verdict) continue;
      this.addLink(id, { to: candidate, ...verdict });
      this.addLink(candidate, { to: id, ...verdict });
    }
  }

  private addLink(from: number, link: Link): void {
    const list = this.links.get(from);
    if (list) list.push(link);
    else this.links.set(from, [link]);
  }

  /** Per other key: a signature of the links between it and this key. */
  private signatures(key: string): Map<string, string[]> {
    const result = new Map<string, string[]>();
    for (const id of this.keys.get(key)?.units ?? []) {
      const mine = this.units[id]!.unit.quotations[0];
      for (const link of this.links.get(id) ?? []) {
        const other = this.units[link.to]!;
        if (other.key === key) continue;
        const signature = `${other.unit.quotations.join(',')}|${mine}|${link.kind}|${link.score.toFixed(3)}`;
        const list = result.get(other.key);
        if (list) list.push(signature);
        else result.set(other.key, [signature]);
      }
    }
    return result;
  }
}

function changedKeys(before: Map<string, string[]>, after: Map<string, string[]>): string[] {
  const changed: string[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = (before.get(key) ?? []).sort().join(';');
    const b = (after.get(key) ?? []).sort().join(';');
    if (a !== b) changed.push(key);
  }
  return changed.sort();
}

/** Stemmed content-word pairs (same language) and concept features (cross language). */
function featureSets(unit: QuoteUnit): { pairs: Uint32Array; concepts: Uint32Array } {
  const seed = unit.language === 'de' ? 0x811c9dc5 : 0x01000193;
  const content = unit.tokens.filter((t) => t.cls !== 'stop').map((t) => hashString(t.stem, seed));
  const pairs = new Set<number>();
  for (let i = 0; i < content.length; i++) {
    for (let d = 1; d <= 2 && i + d < content.length; d++) {
      const x = Math.min(content[i], content[i + d]);
      const y = Math.max(content[i], content[i + d]);
      pairs.add((Math.imul(x ^ (x >>> 16), 0x85ebca6b) ^ Math.imul(y, 0xc2b2ae35) ^ 0x9e3779b9) >>> 0);
    }
  }
  const concepts = new Set<number>();
  for (const t of unit.tokens) {
    if (t.cls === 'number') concepts.add(hashString('#' + t.norm));
    else if (t.cls !== 'stop' && t.concept >= 0) concepts.add(hashString('c' + t.concept));
    else if (t.capital && t.cls === 'content' && t.norm.length >= 4) concepts.add(hashString('n' + t.norm.replace(/w/g, 'v').replace(/y/g, 'j')));
  }
  return { pairs: Uint32Array.from(pairs), concepts: Uint32Array.from(concepts) };
}
