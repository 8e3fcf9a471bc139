/**
 * The corpus keeps every analysed article in memory (findings across articles
 * need them all), so the server and the CLI analyse at most a set number of
 * article files: the first in path order, so the choice is the same on every
 * run. The files beyond are named, never read.
 */

/** Article files found beyond the limit. */
export interface LeftOut {
  readonly count: number;
  readonly found: number;
  readonly limit: number;
  /** The first file left out, in path order (every later one is too). */
  readonly first: string;
}

export interface LimitedArticles {
  /** The files to analyse, in path order. */
  readonly files: string[];
  readonly leftOut?: LeftOut;
}

export function limitArticles(paths: readonly string[], limit: number): LimitedArticles {
  const files = [...paths].sort();
  if (files.length <= limit) return { files };
  const leftOut = { count: files.length - limit, found: files.length, limit, first: files[limit]! };
  files.length = limit;
  return { files, leftOut };
}
