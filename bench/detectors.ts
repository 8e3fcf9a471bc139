/**
 * Per-detector figures on the core alone (no protocol, no server): the
 * milliseconds each part of the analysis spends per 10 KB of article text.
 * The detectors run in the order the corpus runs them, each timed on its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticle } from '../server/src/core/article/buildArticle';
import type { Article } from '../server/src/core/article/types';
import { assessClaims } from '../server/src/core/claims/assess';
import { claimFindings } from '../server/src/core/claims/findings';
import { recognizeEntities } from '../server/src/core/entities/recognize';
import { detectNoise } from '../server/src/core/noise/detectNoise';
import { QuoteIndex } from '../server/src/core/quoteMatching/quoteIndex';

export const DETECTORS = ['article model', 'noise', 'entities', 'claims', 'quotes'] as const;
export type DetectorName = (typeof DETECTORS)[number];

export interface DetectorFigures {
  readonly articles: number;
  /** Milliseconds per 10 KB (10,240 UTF-16 code units) of text. */
  readonly msPer10KB: Record<DetectorName, number>;
}

const WARM_UP = 50;

export function measureDetectors(root: string, paths: readonly string[]): DetectorFigures {
  const texts = paths.map((path) => readFileSync(join(root, path), 'utf8'));
  runAll(texts.slice(0, WARM_UP), new QuoteIndex());
  const measured = texts.slice(WARM_UP);
  const totals = runAll(measured, new QuoteIndex());
  const characters = measured.reduce((sum, text) => sum + text.length, 0);
  const per10KB = Object.fromEntries(DETECTORS.map((name) => [name, (totals[name] / characters) * 10_240])) as Record<DetectorName, number>;
  return { articles: measured.length, msPer10KB: per10KB };
}

function runAll(texts: readonly string[], quotes: QuoteIndex): Record<DetectorName, number> {
  const totals: Record<DetectorName, number> = { 'article model': 0, noise: 0, entities: 0, claims: 0, quotes: 0 };
  const timed = <T>(name: DetectorName, work: () => T): T => {
    const start = performance.now();
    const result = work();
    totals[name] += performance.now() - start;
    return result;
  };
  texts.forEach((text, i) => {
    const article: Article = timed('article model', () => buildArticle(`bench:${i}`, text));
    const noise = timed('noise', () => detectNoise(article));
    timed('entities', () => recognizeEntities(article));
    const claimOptions = { noise: noise.map((finding) => finding.span) };
    const claims = timed('claims', () => {
      const analysis = assessClaims(article, claimOptions);
      claimFindings(article, claimOptions);
      return analysis;
    });
    timed('quotes', () => quotes.set(article.uri, article, claims.quotations));
  });
  return totals;
}
