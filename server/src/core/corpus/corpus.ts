/**
 * Every article of the workspace with its analysis, kept up to date one
 * document at a time. Callers name documents by a key of their choice (the
 * server uses canonical file URIs, the CLI uses paths).
 */
import { analyzeArticle } from '../analysis/analyzeArticle';
import { buildArticle } from '../article/buildArticle';
import type { Article } from '../article/types';
import { DIAGNOSTIC_CODES } from '../diagnostics/codes';
import type { Finding } from '../diagnostics/finding';
import type { SkipReason } from '../text/decode';

export interface AnalysedEntry {
  readonly kind: 'article';
  readonly key: string;
  readonly article: Article;
  readonly findings: readonly Finding[];
}

export interface SkippedEntry {
  readonly kind: 'skipped';
  readonly key: string;
  readonly reason: SkipReason;
  readonly findings: readonly Finding[];
}

export type CorpusEntry = AnalysedEntry | SkippedEntry;

export class Corpus {
  private readonly entries = new Map<string, CorpusEntry>();

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

  /** Analyses the text and returns the keys whose findings may have changed. */
  setText(key: string, text: string): string[] {
    const article = buildArticle(key, text);
    this.entries.set(key, { kind: 'article', key, article, findings: analyzeArticle(article) });
    return [key];
  }

  setSkipped(key: string, reason: SkipReason): string[] {
    const finding: Finding = {
      code: reason.code,
      severity: DIAGNOSTIC_CODES[reason.code].severity,
      message: reason.message,
      span: { start: 0, end: 0 },
    };
    this.entries.set(key, { kind: 'skipped', key, reason, findings: [finding] });
    return [key];
  }

  delete(key: string): string[] {
    return this.entries.delete(key) ? [key] : [];
  }

  findings(key: string): readonly Finding[] {
    return this.entries.get(key)?.findings ?? [];
  }
}
