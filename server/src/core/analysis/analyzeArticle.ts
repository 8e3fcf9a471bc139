/**
 * Runs every per-article check over one article model. Features add their
 * check here; corpus-wide evidence comes in through the options.
 */
import type { Article } from '../article/types';
import { assessClaims, type ClaimAnalysis, type ClaimOptions } from '../claims/assess';
import { claimFindings } from '../claims/findings';
import type { Finding } from '../diagnostics/finding';
import type { Mention } from '../entities';
import { detectNoise, type NoiseContext } from '../noise/detectNoise';
import type { NoiseOptions } from '../noise/options';
import { unbalancedQuoteFindings } from '../quotes/unbalancedQuotes';

/** Settings and corpus knowledge the checks may use; every field is optional. */
export interface AnalysisOptions {
  /** Scrape-noise settings (categories, severities, user patterns). */
  readonly noise?: NoiseOptions;
  /** Corpus evidence for scrape noise (the Corpus passes its line index). */
  readonly noiseContext?: NoiseContext;
  /** Review keys of sentences a reader marked as checked. */
  readonly reviewed?: ReadonlySet<string>;
  /** The article's entity mentions from the corpus index; the speaker finder resolves people through them. */
  readonly entities?: readonly Mention[];
}

export interface ArticleAnalysis {
  readonly findings: Finding[];
  /** Per sentence and quotation: claim signals, attributions and speakers. */
  readonly claims: ClaimAnalysis;
}

/** Noise runs first: claims are not looked for in lines that are page leftovers. */
export function analyzeArticleFully(article: Article, options: AnalysisOptions = {}): ArticleAnalysis {
  const noise = detectNoise(article, options.noise, options.noiseContext);
  const claimOptions: ClaimOptions = { noise: noise.map((finding) => finding.span), reviewed: options.reviewed, ...(options.entities && { people: options.entities }) };
  const claims = assessClaims(article, claimOptions);
  const findings = [...unbalancedQuoteFindings(article), ...noise, ...claimFindings(article, claimOptions)];
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { findings, claims };
}

export function analyzeArticle(article: Article, options: AnalysisOptions = {}): Finding[] {
  return analyzeArticleFully(article, options).findings;
}
