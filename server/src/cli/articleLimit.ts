/**
 * The CLI keeps every analysed article in memory (corpus-wide findings need
 * them all), so like the server it analyses at most a set number of files,
 * the first in path order, and says which ones it left out.
 */
import { DEFAULT_SETTINGS } from '../core/settings';

export const DEFAULT_MAX_ARTICLES = DEFAULT_SETTINGS.maxArticles;

export interface LimitedFiles {
  readonly files: string[];
  /** Files found but not analysed, in path order. */
  readonly leftOut: readonly string[];
}

export function limitArticles(files: readonly string[], maxArticles: number = DEFAULT_MAX_ARTICLES): LimitedFiles {
  if (files.length <= maxArticles) return { files: [...files], leftOut: [] };
  const ordered = [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files: ordered.slice(0, maxArticles), leftOut: ordered.slice(maxArticles) };
}

export function leftOutMessage(limited: LimitedFiles, describePath: (path: string) => string): string | undefined {
  if (limited.leftOut.length === 0) return undefined;
  const found = limited.files.length + limited.leftOut.length;
  return `source-lens: ${found} article files found; only the first ${limited.files.length} (in path order) are analysed. `
    + `${limited.leftOut.length} files from ${describePath(limited.leftOut[0]!)} on are left out (--max-articles raises the limit; memory grows by about 100 KB per article).\n`;
}
