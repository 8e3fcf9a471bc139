/**
 * Every article of the workspace with its analysis, kept up to date one
 * document at a time. Callers name documents by a key of their choice (the
 * server uses canonical file URIs, the CLI uses paths).
 */
import { analyzeArticleFully, type AnalysisOptions } from '../analysis/analyzeArticle';
import type { ClaimAnalysis } from '../claims/assess';
import { buildArticle } from '../article/buildArticle';
import type { Article } from '../article/types';
import { DIAGNOSTIC_CODES } from '../diagnostics/codes';
import type { Finding } from '../diagnostics/finding';
import { EntityIndex } from '../entities/entityIndex';
import { NoiseLineIndex, noiseIndexEntry } from '../noise/corpusIndex';
import { compileNoiseOptions, type NoiseOptions } from '../noise/options';
import type { SkipReason } from '../text/decode';

export interface AnalysedEntry {
  readonly kind: 'article';
  readonly key: string;
  readonly article: Article;
  readonly findings: readonly Finding[];
  /** Claim signals, attributions and the speaker of every quotation. */
  readonly claims: ClaimAnalysis;
}

export interface SkippedEntry {
  readonly kind: 'skipped';
  readonly key: string;
  readonly reason: SkipReason;
  readonly findings: readonly Finding[];
}

export type CorpusEntry = AnalysedEntry | SkippedEntry;

export interface CorpusOptions {
  readonly noise?: NoiseOptions;
  /** Review keys of sentences marked as checked: their claim findings are dropped. */
  readonly reviewed?: ReadonlySet<string>;
}

export class Corpus {
  private readonly entries = new Map<string, CorpusEntry>();
  private options: CorpusOptions;
  /** Which short lines several unrelated articles share: corpus evidence for scrape noise. */
  private readonly noiseIndex: NoiseLineIndex;
  /** People, places and organisations of every article, with surnames resolved across the corpus. */
  readonly entities = new EntityIndex();

  constructor(options: CorpusOptions = {}) {
    this.options = options;
    this.noiseIndex = new NoiseLineIndex(compileNoiseOptions(options.noise).corpusThreshold);
  }

  /** Applies new settings, re-analyses every article and returns the keys whose findings changed. */
  configure(options: CorpusOptions): string[] {
    this.options = options;
    this.noiseIndex.setThreshold(compileNoiseOptions(options.noise).corpusThreshold);
    return [...this.entries.keys()].filter((key) => this.reanalyse(key));
  }

  get size(): number {
    return this.entries.size;
  }

  keys(): IterableIterator<string> {
    return this.entries.keys();
  }

  values(): IterableIterator<CorpusEntry> {
    return this.entries.values();
  }

  get(key: string): CorpusEntry | undefined {
    return this.entries.get(key);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /**
   * Analyses the text and returns the keys whose findings may have changed:
   * this one, and the other articles whose noise findings changed because a
   * line they share with this one crossed the boilerplate threshold.
   */
  setText(key: string, text: string): string[] {
    const article = buildArticle(key, text);
    const others = this.noiseIndex.update(key, noiseIndexEntry(article));
    this.entities.set(key, article);
    this.entries.set(key, { kind: 'article', key, article, ...analyzeArticleFully(article, this.analysisOptions()) });
    return [key, ...others.filter((other) => this.reanalyse(other))];
  }

  setSkipped(key: string, reason: SkipReason): string[] {
    const finding: Finding = {
      code: reason.code,
      severity: DIAGNOSTIC_CODES[reason.code].severity,
      message: reason.message,
      span: { start: 0, end: 0 },
    };
    const others = this.noiseIndex.update(key, undefined);
    this.entities.delete(key);
    this.entries.set(key, { kind: 'skipped', key, reason, findings: [finding] });
    return [key, ...others.filter((other) => this.reanalyse(other))];
  }

  delete(key: string): string[] {
    const others = this.noiseIndex.update(key, undefined);
    this.entities.delete(key);
    const changed = others.filter((other) => this.reanalyse(other));
    return this.entries.delete(key) ? [key, ...changed] : changed;
  }

  findings(key: string): readonly Finding[] {
    return this.entries.get(key)?.findings ?? [];
  }

  private analysisOptions(): AnalysisOptions {
    return { noise: this.options.noise, noiseContext: { corpus: this.noiseIndex }, reviewed: this.options.reviewed };
  }

  /** Re-runs the analysis of an article; true if its findings changed. */
  private reanalyse(key: string): boolean {
    const entry = this.entries.get(key);
    if (entry?.kind !== 'article') return false;
    const analysis = analyzeArticleFully(entry.article, this.analysisOptions());
    if (sameFindings(analysis.findings, entry.findings)) return false;
    this.entries.set(key, { ...entry, ...analysis });
    return true;
  }
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) =>
    f.code === b[i].code && f.severity === b[i].severity && f.message === b[i].message && f.span.start === b[i].span.start && f.span.end === b[i].span.end);
}
