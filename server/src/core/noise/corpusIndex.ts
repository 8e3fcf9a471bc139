/**
 * Corpus-level evidence for scrape noise: which short lines appear verbatim
 * in several unrelated articles. Such a line ("Alle Zeiten in MEZ.", a
 * site's slogan) is boilerplate even when no lexicon knows it.
 *
 * "Unrelated" matters: the same agency story printed by three outlets shares
 * its subheads too, and those are article text. Two articles that share a
 * line of prose (a complete sentence of ten or more words) count as one.
 *
 * Memory: lines are stored as 53-bit hashes; per article two sorted
 * Float64Arrays (its candidate lines and its prose lines); per candidate line
 * the ids of the articles that contain it (a number while there is only one).
 */
import type { Article } from '../article/types';
import { noiseLines } from './collectLines';
import { corpusEligible, isSharedProse, type NoiseCorpusEvidence } from './corpusEvidence';

export interface NoiseIndexEntry {
  /** Hashes of the lines that may be boilerplate, sorted, unique. */
  readonly candidates: Float64Array;
  /** Hashes of the article's prose lines, sorted, unique: shared prose means related articles. */
  readonly prose: Float64Array;
}

export function noiseIndexEntry(article: Article): NoiseIndexEntry {
  const candidates: number[] = [];
  const prose: number[] = [];
  for (const line of noiseLines(article)) {
    if (isSharedProse(line)) prose.push(line.key);
    else if (corpusEligible(line)) candidates.push(line.key);
  }
  return { candidates: sortedUnique(candidates), prose: sortedUnique(prose) };
}

/** How many of the articles that contain a line are looked at to find unrelated ones. */
const MAX_SCANNED_ARTICLES = 256;

export class NoiseLineIndex implements NoiseCorpusEvidence {
  private readonly ids = new Map<string, number>();
  private readonly keys: (string | undefined)[] = [];
  private readonly entries: (NoiseIndexEntry | undefined)[] = [];
  private readonly postings = new Map<number, number | number[]>();
  private readonly freeIds: number[] = [];

  /** @param threshold how many unrelated articles make a line boilerplate (0: never). */
  constructor(private threshold: number) {}

  setThreshold(threshold: number): void {
    this.threshold = threshold;
  }

  /**
   * Replaces (or with `undefined` removes) an article's lines and returns the
   * keys of the other articles that contain a line whose boilerplate status
   * changed: their noise findings may change.
   */
  update(key: string, entry: NoiseIndexEntry | undefined): string[] {
    let id = this.ids.get(key);
    const old = id === undefined ? undefined : this.entries[id];
    const affected = new Set<number>([...(old?.candidates ?? []), ...(entry?.candidates ?? [])]);
    const before = new Map<number, boolean>();
    for (const hash of affected) before.set(hash, this.isBoilerplate(hash));

    if (id !== undefined && old) for (const hash of old.candidates) this.removePosting(hash, id);
    if (entry) {
      if (id === undefined) {
        id = this.freeIds.pop() ?? this.keys.length;
        this.ids.set(key, id);
        this.keys[id] = key;
      }
      this.entries[id] = entry;
      for (const hash of entry.candidates) this.addPosting(hash, id);
    } else if (id !== undefined) {
      this.ids.delete(key);
      this.keys[id] = undefined;
      this.entries[id] = undefined;
      this.freeIds.push(id);
    }

    const others = new Set<string>();
    for (const hash of affected) {
      if (before.get(hash) === this.isBoilerplate(hash)) continue;
      for (const other of this.articleIds(hash)) {
        const otherKey = this.keys[other];
        if (otherKey !== undefined && otherKey !== key) others.add(otherKey);
      }
    }
    return [...others];
  }

  /** Unrelated articles containing the line, counted up to the threshold (enough to decide). */
  articlesWithLine(hash: number): number {
    return this.threshold <= 0 ? 0 : this.independentCount(hash, this.threshold);
  }

  get size(): number {
    return this.ids.size;
  }

  private isBoilerplate(hash: number): boolean {
    return this.threshold > 0 && this.independentCount(hash, this.threshold) >= this.threshold;
  }

  private independentCount(hash: number, cap: number): number {
    const ids = this.articleIds(hash);
    return ids.length === 0 ? 0 : this.countUnrelated(hash, ids, cap);
  }

  private countUnrelated(hash: number, ids: readonly number[], cap: number): number {
    const seenProse = new Set<number>();
    let count = 0;
    let scanned = 0;
    for (const id of ids) {
      if (++scanned > MAX_SCANNED_ARTICLES) break; // a huge cluster of related copies: stop looking
      const prose = this.entries[id]?.prose;
      if (!prose) continue;
      let related = false;
      for (const line of prose) {
        if (line !== hash && seenProse.has(line)) {
          related = true;
          break;
        }
      }
      if (related) continue;
      count++;
      if (count >= cap) return count;
      for (const line of prose) seenProse.add(line);
    }
    return count;
  }

  private articleIds(hash: number): readonly number[] {
    const posting = this.postings.get(hash);
    return posting === undefined ? [] : typeof posting === 'number' ? [posting] : posting;
  }

  private addPosting(hash: number, id: number): void {
    const posting = this.postings.get(hash);
    if (posting === undefined) this.postings.set(hash, id);
    else if (typeof posting === 'number') this.postings.set(hash, [posting, id]);
    else posting.push(id);
  }

  private removePosting(hash: number, id: number): void {
    const posting = this.postings.get(hash);
    if (posting === undefined) return;
    if (typeof posting === 'number') {
      if (posting === id) this.postings.delete(hash);
      return;
    }
    const at = posting.indexOf(id);
    if (at >= 0) posting.splice(at, 1);
    if (posting.length === 1) this.postings.set(hash, posting[0]);
  }
}

function sortedUnique(values: number[]): Float64Array {
  return Float64Array.from(new Set(values)).sort();
}
