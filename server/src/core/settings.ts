/**
 * The settings the analysis honours, with the defaults a user gets with no
 * configuration. Shared by the language server and the CLI.
 */
import type { NoiseOptions } from './noise/options';

export interface SourceLensSettings {
  /** Globs (relative to a workspace folder) of plain-text files that are articles; `.article` files always are. */
  readonly articleFiles: readonly string[];
  /** Files larger than this many megabytes are skipped. */
  readonly maxFileSize: number;
  /**
   * At most this many article files of the workspace are analysed (the first in path order);
   * memory and indexing time grow with every article. Documents open in an editor always are.
   */
  readonly maxArticles: number;
  /** Scrape-noise categories, severities, user patterns and corpus evidence. */
  readonly noise: NoiseOptions;
  /** Globs (relative to a workspace folder) of files and folders left out: the editor's `files.exclude`. */
  readonly excludeFiles: readonly string[];
}

export const ARTICLE_EXTENSION_GLOB = '**/*.article';

export const DEFAULT_SETTINGS: SourceLensSettings = {
  articleFiles: ['**/*.txt'],
  maxFileSize: 5,
  maxArticles: 10_000,
  noise: {},
  excludeFiles: [],
};

export function withDefaults(partial: unknown): SourceLensSettings {
  const value = (partial && typeof partial === 'object' ? partial : {}) as Record<string, unknown>;
  const articleFiles = Array.isArray(value.articleFiles) && value.articleFiles.every((g) => typeof g === 'string')
    ? (value.articleFiles as string[])
    : DEFAULT_SETTINGS.articleFiles;
  const maxFileSize = typeof value.maxFileSize === 'number' && value.maxFileSize > 0 ? value.maxFileSize : DEFAULT_SETTINGS.maxFileSize;
  const maxArticles = typeof value.maxArticles === 'number' && value.maxArticles >= 1 ? Math.floor(value.maxArticles) : DEFAULT_SETTINGS.maxArticles;
  const noise = value.noise && typeof value.noise === 'object' ? (value.noise as NoiseOptions) : DEFAULT_SETTINGS.noise;
  const excludeFiles = Array.isArray(value.excludeFiles) && value.excludeFiles.every((g) => typeof g === 'string')
    ? (value.excludeFiles as string[])
    : DEFAULT_SETTINGS.excludeFiles;
  return { articleFiles, maxFileSize, maxArticles, noise, excludeFiles };
}

export function articleGlobs(settings: SourceLensSettings): string[] {
  return [...new Set([...settings.articleFiles, ARTICLE_EXTENSION_GLOB])];
}

export function maxFileBytes(settings: SourceLensSettings): number {
  return Math.round(settings.maxFileSize * 1024 * 1024);
}
