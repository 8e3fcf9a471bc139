/**
 * Every article of the workspace with its analysis, kept up to date one
 * document at a time. Callers name documents by a key of their choice (the
 * server uses canonical file URIs, the CLI uses paths).
 */
import { analyzeArticleFully, type AnalysisOptions } from '../analysis/analyzeArticle';
import type { ClaimAnalysis, SentenceAssessment } from '../claims/assess';
import type { MoodReading } from '../speakers/mood';
import { buildArticle } from '../article/buildArticle';
import { compactAssessment, compactEntities, compactFindings, compactQuotations, type FlaggedAssessment } from './compact';
import { recognizeEntities } from '../entities/recognize';
import type { Article } from '../article/types';
import { DIAGNOSTIC_CODES } from '../diagnostics/codes';
import type { Finding } from '../diagnostics/finding';
import { EntityIndex } from '../entities/entityIndex';
import { NoiseLineIndex, noiseIndexEntry } from '../noise/corpusIndex';
import { QuoteIndex } from '../quoteMatching/quoteIndex';
import { variantFindings } from '../quoteMatching/variants';
import { compileNoiseOptions, type NoiseOptions } from '../noise/options';
import type { FileNotice, SkipReason } from '../text/decode';

export interface AnalysedEntry {
  readonly kind: 'article';
  readonly key: string;
  readonly article: Article;
  /** Everything reported on the article: its own analysis plus what the corpus adds (quote.variant). */
  readonly findings: readonly Finding[];
  /** What the article's own analysis found, before corpus-wide findings are added. */
  readonly ownFindings: readonly Finding[];
  /** Claim signals, attributions and the speaker of every quotation (the discourse behind them: Corpus.claimAnalysis). */
  readonly claims: ClaimSummary;
  /** What reading the file had to tell (such as the encoding it was decoded in), reported at its start. */
  readonly notices: readonly FileNotice[];
}

/**
 * What the features read of every article's claim analysis. The discourse
 * behind it (every word of every sentence) is not kept: it cost about as much
 * memory as all the rest of an entry.
 */
export interface ClaimSummary {
  /** Where each sentence is, its review key and its verdict; the reasons are in the full analysis. */
  readonly sentences: readonly SentenceSummary[];
  /** The sentences with a claim finding, with their reasons and mood, for the claim hover. */
  readonly flagged: readonly FlaggedSentence[];
  readonly quotations: ClaimAnalysis['quotations'];
}

export interface FlaggedSentence {
  readonly assessment: FlaggedAssessment;
  readonly mood?: MoodReading;
}


export type SentenceSummary = Pick<SentenceAssessment, 'sentence' | 'span' | 'key' | 'verdict'>;

/** Full claim analyses kept for the articles last asked about (a hover re-reads the same article). */
const FULL_CLAIMS_KEPT = 8;

export interface SkippedEntry {
  readonly kind: 'skipped';
  readonly key: string;
  readonly reason: SkipReason;
  readonly findings: readonly Finding[];
}

export type CorpusEntry = AnalysedEntry | SkippedEntry;

export interface CorpusOptions {
  readonly noise?: NoiseOptions;
}

/** Refreshes put off until the end of a batch. */
interface PendingRefreshes {
  /** Articles to analyse again: a line they share crossed the boilerplate threshold. */
  readonly reanalyse: Set<string>;
  /** Articles whose corpus findings (quote.variant) may have changed. */
  readonly refresh: Set<string>;
}

export class Corpus {
  private readonly entries = new Map<string, CorpusEntry>();
  private options: CorpusOptions;
  /** Review keys of sentences marked as checked (reviews.json): their claim findings are dropped. */
  private readonly reviewed = new Set<string>();
  private pending: PendingRefreshes | undefined;
  /** Recently requested full claim analyses, oldest first. */
  private readonly fullClaims = new Map<string, ClaimAnalysis>();
  /** Which short lines several unrelated articles share: corpus evidence for scrape noise. */
  private readonly noiseIndex: NoiseLineIndex;
  /** People, places and organisations of every article, with surnames resolved across the corpus. */
  readonly entities = new EntityIndex();
  /** The same statement quoted in several articles. */
  readonly quotes = new QuoteIndex();

  constructor(options: CorpusOptions = {}) {
    this.options = options;
    this.noiseIndex = new NoiseLineIndex(compileNoiseOptions(options.noise).corpusThreshold);
  }

  /**
   * Starts a bulk load (initial indexing): until endBatch, setText, setSkipped
   * and delete analyse only the article they are given and put off what
   * depends on other articles (re-analyses for shared boilerplate lines,
   * quote.variant findings). One pass at the end keeps loading linear:
   * refreshing after every file re-diffs every version of a statement quoted
   * in many articles once per article. Until then, findings lack quote.variant.
   */
  beginBatch(): void {
    this.pending ??= { reanalyse: new Set(), refresh: new Set() };
  }

  /** Ends a bulk load; returns the keys whose findings changed since setText/setSkipped/delete returned them. */
  endBatch(): string[] {
    const changed: string[] = [];
    for (const key of this.settleBatch()) if (key !== undefined) changed.push(key);
    return changed;
  }

  /**
   * Ends a bulk load one article at a time, for callers that must stay
   * responsive: each step yields the key whose findings it changed, or
   * undefined. Updates made between steps are complete on their own.
   */
  *settleBatch(): Generator<string | undefined, void> {
    const pending = this.pending;
    this.pending = undefined;
    if (!pending) return;
    for (const key of pending.reanalyse) yield this.reanalyse(key) ? key : undefined;
    for (const key of pending.refresh) {
      if (!pending.reanalyse.has(key)) yield this.refreshCorpusFindings(key) ? key : undefined;
    }
  }

  /** Applies new settings, re-analyses every article and returns the keys whose findings changed. */
  configure(options: CorpusOptions): string[] {
    this.options = options;
    this.noiseIndex.setThreshold(compileNoiseOptions(options.noise).corpusThreshold);
    return [...this.entries.keys()].filter((key) => this.reanalyse(key));
  }

  get reviewedKeys(): ReadonlySet<string> {
    return this.reviewed;
  }

  /**
   * Applies new review marks; returns the keys of the articles whose findings
   * changed. A mark only drops the claim finding of sentences with its key, so
   * only articles holding such a sentence are analysed again: configure would
   * re-analyse every article, seconds per click in a corpus of hundreds.
   */
  setReviewed(keys: Iterable<string>): string[] {
    const next = new Set(keys);
    const changed = new Set([...next].filter((key) => !this.reviewed.has(key)));
    for (const key of this.reviewed) if (!next.has(key)) changed.add(key);
    if (changed.size === 0) return [];
    this.reviewed.clear();
    for (const key of next) this.reviewed.add(key);
    const affected = [...this.entries.values()].filter((entry) =>
      entry.kind === 'article' && entry.claims.sentences.some((sentence) => changed.has(sentence.key)));
    return affected.map((entry) => entry.key).filter((key) => this.reanalyse(key));
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
   * this one, and the other articles whose findings changed with it (a line
   * they share crossed the boilerplate threshold, or a quotation they share
   * was linked, unlinked or reworded).
   */
  setText(key: string, text: string, notices: readonly FileNotice[] = []): string[] {
    const article = buildArticle(key, text);
    const noiseOthers = this.noiseIndex.update(key, noiseIndexEntry(article));
    this.entities.set(key, compactEntities(recognizeEntities(article)));
    const analysis = analyzeArticleFully(article, { ...this.analysisOptions(), entities: this.entities.mentionsOf(key) });
    const quoteOthers = this.quotes.set(key, article, analysis.claims.quotations);
    this.fullClaims.delete(key);
    const ownFindings = withNotices(notices, compactFindings(analysis.findings));
    this.entries.set(key, { kind: 'article', key, article, claims: summaryOf(analysis.claims), notices, ownFindings, findings: ownFindings });
    if (this.pending) this.pending.refresh.add(key);
    else this.refreshCorpusFindings(key);
    return [key, ...this.updateOthers(key, noiseOthers, quoteOthers)];
  }

  setSkipped(key: string, reason: SkipReason): string[] {
    const finding: Finding = {
      code: reason.code,
      severity: DIAGNOSTIC_CODES[reason.code].severity,
      message: reason.message,
      span: { start: 0, end: 0 },
    };
    const noiseOthers = this.noiseIndex.update(key, undefined);
    this.entities.delete(key);
    const quoteOthers = this.quotes.delete(key);
    this.fullClaims.delete(key);
    this.entries.set(key, { kind: 'skipped', key, reason, findings: [finding] });
    return [key, ...this.updateOthers(key, noiseOthers, quoteOthers)];
  }

  delete(key: string): string[] {
    const noiseOthers = this.noiseIndex.update(key, undefined);
    this.entities.delete(key);
    const quoteOthers = this.quotes.delete(key);
    this.fullClaims.delete(key);
    const existed = this.entries.delete(key);
    const changed = this.updateOthers(key, noiseOthers, quoteOthers);
    return existed ? [key, ...changed] : changed;
  }

  /** The article's full claim analysis, discourse included; recomputed on request, and kept for the last few articles. */
  claimAnalysis(key: string): ClaimAnalysis | undefined {
    const entry = this.entries.get(key);
    if (entry?.kind !== 'article') return undefined;
    const kept = this.fullClaims.get(key);
    this.fullClaims.delete(key);
    const analysis = kept ?? analyzeArticleFully(entry.article, { ...this.analysisOptions(), entities: this.entities.mentionsOf(key) }).claims;
    this.fullClaims.set(key, analysis);
    if (this.fullClaims.size > FULL_CLAIMS_KEPT) this.fullClaims.delete(this.fullClaims.keys().next().value!);
    return analysis;
  }

  findings(key: string): readonly Finding[] {
    return this.entries.get(key)?.findings ?? [];
  }

  private analysisOptions(): AnalysisOptions {
    return { noise: this.options.noise, noiseContext: { corpus: this.noiseIndex }, reviewed: this.reviewed };
  }

  private updateOthers(key: string, noiseOthers: readonly string[], quoteOthers: readonly string[]): string[] {
    if (this.pending) {
      for (const other of noiseOthers) if (other !== key) this.pending.reanalyse.add(other);
      for (const other of quoteOthers) if (other !== key) this.pending.refresh.add(other);
      return [];
    }
    const changed = new Set<string>();
    for (const other of noiseOthers) if (other !== key && this.reanalyse(other)) changed.add(other);
    for (const other of quoteOthers) if (other !== key && this.refreshCorpusFindings(other)) changed.add(other);
    return [...changed];
  }

  /** Re-runs the analysis of an article; true if its findings changed. */
  private reanalyse(key: string): boolean {
    const entry = this.entries.get(key);
    if (entry?.kind !== 'article') return false;
    const analysis = analyzeArticleFully(entry.article, { ...this.analysisOptions(), entities: this.entities.mentionsOf(key) });
    this.fullClaims.delete(key);
    this.entries.set(key, { ...entry, claims: summaryOf(analysis.claims), ownFindings: withNotices(entry.notices, compactFindings(analysis.findings)) });
    return this.refreshCorpusFindings(key, entry.findings);
  }

  /** Adds the findings that depend on other articles to the article's own; true if the result changed. */
  private refreshCorpusFindings(key: string, before?: readonly Finding[]): boolean {
    const entry = this.entries.get(key);
    if (entry?.kind !== 'article') return false;
    const previous = before ?? entry.findings;
    const variants = variantFindings(this.quotes, key, (index) => entry.article.quotations[index].span);
    const findings = variants.length === 0
      ? entry.ownFindings
      : [...entry.ownFindings, ...variants].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    this.entries.set(key, { ...entry, findings });
    return !sameFindings(findings, previous);
  }
}

/** File notices come first, at the start of the file, before what the analysis found. */
function withNotices(notices: readonly FileNotice[], findings: Finding[]): Finding[] {
  if (notices.length === 0) return findings;
  const fileFindings = notices.map((notice): Finding => ({
    code: notice.code,
    severity: DIAGNOSTIC_CODES[notice.code].severity,
    message: notice.message,
    span: { start: 0, end: 0 },
  }));
  return [...fileFindings, ...findings];
}

/** Kept for every article of a corpus, so only what the features read (see compact.ts). */
function summaryOf(claims: ClaimAnalysis): ClaimSummary {
  return {
    sentences: claims.sentences.map(({ sentence, span, key, verdict }) => ({ sentence, span, key, verdict })),
    flagged: claims.sentences
      .filter((s) => s.verdict === 'unattributed' || s.verdict === 'vague')
      .map((assessment) => ({ assessment: compactAssessment(assessment), mood: claims.discourse.sentences[assessment.sentence]?.mood })),
    quotations: compactQuotations(claims.quotations),
  };
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) =>
    f.code === b[i].code && f.severity === b[i].severity && f.message === b[i].message && f.span.start === b[i].span.start && f.span.end === b[i].span.end);
}
