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
import type { Article, LanguageCode } from '../article/types';
import type { QuotationAttribution } from '../speakers/discourse';
import type { Span } from '../text/span';
import { compareUnits, type MatchKind } from './compare';
import { CAPITAL, WORD_SHIFT, quoteUnits, unitTokens, type QuoteUnit } from './normalize';
import { MAX_UNITS, PostingIndex, hashPair } from './postings';
import { CONTENT, NEGATION, NUMBER, STOP, VOCABULARIES, isContentConcept } from './vocabulary';
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

const LANGUAGE_CODES: Record<LanguageCode, number> = { de: 1, en: 2 };

const LINK_KINDS_ORDER: Record<MatchKind, number> = { same: 0, variant: 1, partial: 2, translation: 3 };

export class QuoteIndex {
  private readonly postings: PostingIndex;
  private readonly units: (StoredUnit | undefined)[] = [];
  private readonly links = new Map<number, Link[]>();
  private readonly keys = new Map<string, KeyEntry>();
  private readonly free: number[] = [];
  private pendingFree: number[] = [];
  /**
   * Per unit id, side by side (read together for every unit a search touches):
   * the word pairs it shares with the statement being searched (scratch,
   * zeroed after each search) and its number of word-pair features.
   */
  private pairStats = new Uint16Array(0);
  // Scratch of candidate search, indexed by unit id (zeroed after each search).
  private conceptHits = new Uint16Array(0);
  private touched = new Int32Array(0);
  private touchedConcepts = new Int32Array(0);
  private ranked = new Float64Array(256);
  /** Language of each unit id (LANGUAGE_CODES), beside the units: read for every unit a concept search touches. */
  private languages = new Uint8Array(0);

  constructor(options: QuoteIndexOptions = {}) {
    this.postings = new PostingIndex(options.maxPostings ?? 400);
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
    const features: Features[] = [];
    for (const unit of quoteUnits(article, attributions)) {
      const id = this.allocate();
      const unitFeatures = featureSets(unit);
      this.units[id] = { id, key, unit };
      this.setPairCount(id, unitFeatures.pairs.length);
      this.languages[id] = LANGUAGE_CODES[unit.language];
      this.postings.add(id, unitFeatures.pairs);
      this.postings.add(id, unitFeatures.concepts);
      ids.push(id);
      features.push(unitFeatures);
    }
    this.keys.set(key, { article, units: ids });
    ids.forEach((id, k) => this.link(id, features[k]));
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
      // Diffed on first read: refreshing quote.variant findings reads only the variant and partial matches.
      let diff: readonly WordDiffPart[] | undefined;
      return {
        key: other.key,
        quotationIndex: first,
        quotations: other.unit.quotations,
        span: there.quotations[first].span,
        score: link.score,
        kind: link.kind,
        get wordDiff(): readonly WordDiffPart[] {
          diff ??= link.kind === 'translation' ? [] : wordDiff(here.text, unitTokens(stored.unit), there.text, unitTokens(other.unit));
          return diff;
        },
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
    const dead = new Set(this.pendingFree);
    this.postings.compact(dead.size === 0 ? () => true : (unit) => !dead.has(unit));
    this.free.push(...this.pendingFree);
    this.pendingFree = [];
  }

  /** The candidate search and verification alone, without stored links (for benchmarks). */
  findMatches(key: string, quotationIndex: number): { id: number; score: number; kind: MatchKind }[] {
    const stored = this.unitOf(key, quotationIndex);
    if (!stored) return [];
    const result: { id: number; score: number; kind: MatchKind }[] = [];
    for (const candidate of this.candidates(stored, featureSets(stored.unit))) {
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

  private candidates(stored: StoredUnit, features: Features): number[] {
    const capacity = this.units.length;
    if (this.conceptHits.length < capacity) {
      const size = Math.max(capacity, this.conceptHits.length * 2, 1024);
      this.conceptHits = new Uint16Array(size);
      this.touched = new Int32Array(size);
      this.touchedConcepts = new Int32Array(size);
    }
    const { pairs, concepts } = features;
    let touched = 0;
    let touchedConcepts = 0;
    const stats = this.pairStats;
    for (const f of pairs) touched = this.postings.countInto(f, stats, 2, this.touched, touched);
    for (const f of concepts) touchedConcepts = this.postings.countInto(f, this.conceptHits, 1, this.touchedConcepts, touchedConcepts);
    // Shorter statements share fewer pairs; ask for two shared pairs when there are enough to share.
    // Ranked as packed numbers (fewer shared features sort later, then higher ids): no pair object per candidate.
    if (this.ranked.length < touched + touchedConcepts) this.ranked = new Float64Array(Math.max(touched + touchedConcepts, this.ranked.length * 2));
    const ranked = this.ranked;
    let r = 0;
    for (let t = 0; t < touched; t++) {
      const unit = this.touched[t];
      const n = stats[2 * unit];
      stats[2 * unit] = 0;
      // Most units touched share one pair by chance: decide from typed arrays before touching the unit's object.
      const otherPairs = stats[2 * unit + 1];
      const needed = pairs.length >= 4 && otherPairs >= 4 ? 2 : 1;
      // A true version shares about half of the shorter statement's pairs or more (fixtures: 0.55 at least); a third keeps a margin.
      if (n < needed || n * 3 < Math.min(pairs.length, otherPairs) || unit === stored.id || this.units[unit] === undefined) continue;
      ranked[r++] = (0xffff - n) * MAX_UNITS + unit;
    }
    // Concepts (lexicon, numbers, names) are shared by many statements of the same language too: decided from typed arrays first.
    const language = LANGUAGE_CODES[stored.unit.language];
    for (let t = 0; t < touchedConcepts; t++) {
      const unit = this.touchedConcepts[t];
      const n = this.conceptHits[unit];
      this.conceptHits[unit] = 0;
      if (n < 3 || this.languages[unit] === language || unit === stored.id || this.units[unit] === undefined) continue;
      ranked[r++] = (0xffff - n) * MAX_UNITS + unit;
    }
    if (r === 0) return [];
    const order = ranked.subarray(0, r).sort();
    const result: number[] = [];
    for (let k = 0; k < r && result.length < MAX_CANDIDATES; k++) {
      const unit = order[k] % MAX_UNITS;
      // A unit may be ranked twice (by word pairs and by concepts): counted once.
      if (!result.includes(unit)) result.push(unit);
    }
    return result;
  }

  private setPairCount(id: number, count: number): void {
    if (this.pairStats.length <= 2 * id + 1) {
      const bigger = new Uint16Array(2 * Math.max(id + 1, this.pairStats.length, 1024));
      bigger.set(this.pairStats);
      this.pairStats = bigger;
    }
    this.pairStats[2 * id + 1] = Math.min(count, 0xffff);
    if (this.languages.length <= id) {
      const bigger = new Uint8Array(this.pairStats.length / 2);
      bigger.set(this.languages);
      this.languages = bigger;
    }
  }

  private link(id: number, features: Features): void {
    const stored = this.units[id]!;
    // Links made while linking this article's earlier statements (to this one) are not made twice.
    const existing = this.links.get(id);
    for (const candidate of this.candidates(stored, features)) {
      if (existing !== undefined && existing.some((l) => l.to === candidate)) continue;
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

interface Features {
  readonly pairs: readonly number[];
  readonly concepts: readonly number[];
}

const LANGUAGE_SEED = { de: 0x811c9dc5, en: 0x01000193 } as const;
const CONCEPT_SEED = 0x2545f491;
const CROSS_SEED = 0x6c8e9cf5;

let contentScratch = new Int32Array(256);

let sortScratch = new Uint32Array(256);

/**
 * Sorted, without repeats (a feature repeated in one statement counts once).
 * Sorted as a typed array: a plain array's sort calls a comparator per step.
 */
function distinct(values: number[]): number[] {
  if (sortScratch.length < values.length) sortScratch = new Uint32Array(Math.max(values.length, sortScratch.length * 2));
  const sorted = sortScratch.subarray(0, values.length);
  for (let k = 0; k < values.length; k++) sorted[k] = values[k];
  sorted.sort();
  let n = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) values[n++] = sorted[k];
  values.length = n;
  return values;
}

/**
 * Stemmed content-word pairs, order-insensitive, with one skip (same
 * language), and concept features: lexicon concepts, numbers and
 * capitalised words that may be names (cross language).
 */
function featureSets(unit: QuoteUnit): Features {
  const vocabulary = VOCABULARIES[unit.language];
  const seed = LANGUAGE_SEED[unit.language];
  if (contentScratch.length < unit.words.length) contentScratch = new Int32Array(unit.words.length);
  const content = contentScratch;
  let n = 0;
  const concepts: number[] = [];
  for (let p = 2; p < unit.words.length; p += 3) {
    const packed = unit.words[p];
    const id = packed >>> WORD_SHIFT;
    const cls = vocabulary.cls[id];
    if (cls === STOP) {
      // A stop word may still carry a content concept ("clear", "sent"): a translation feature.
      for (const slot of vocabulary.slots[id]) for (const concept of slot) if (isContentConcept(concept)) concepts.push(hashPair(concept, 0, CONCEPT_SEED));
      continue;
    }
    content[n++] = vocabulary.stem[id];
    if (cls === NUMBER) concepts.push(hashPair(vocabulary.crossKey[id], 1, CROSS_SEED));
    // Negations are one concept across languages ("keine" and "not" both deny).
    else if (cls === NEGATION) concepts.push(hashPair(0, 3, CROSS_SEED));
    else if (vocabulary.slots[id].length > 0) {
      for (const slot of vocabulary.slots[id]) for (const concept of slot) concepts.push(hashPair(concept, 0, CONCEPT_SEED));
    }
    else if (packed & CAPITAL && cls === CONTENT && vocabulary.crossKey[id] >= 0) concepts.push(hashPair(vocabulary.crossKey[id], 2, CROSS_SEED));
  }
  const pairs: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let d = 1; d <= 2 && i + d < n; d++) {
      const x = Math.min(content[i], content[i + d]);
      const y = Math.max(content[i], content[i + d]);
      pairs.push(hashPair(x, y, seed));
    }
  }
  return { pairs: distinct(pairs), concepts: distinct(concepts) };
}
