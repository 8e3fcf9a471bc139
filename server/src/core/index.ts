/**
 * Source Lens core: pure analysis of scraped news articles, with no editor or
 * protocol dependency. The language server and the CLI are both built on it.
 */
export { buildArticle } from './article/buildArticle';
export type * from './article/types';
export { analyzeArticle } from './analysis/analyzeArticle';
export { Corpus } from './corpus/corpus';
export type { AnalysedEntry, CorpusEntry, SkippedEntry } from './corpus/corpus';
export { DIAGNOSTIC_CODES } from './diagnostics/codes';
export type { DiagnosticCode, DiagnosticCodeInfo, Severity } from './diagnostics/codes';
export type { Finding } from './diagnostics/finding';
export { LineIndex } from './text/lineIndex';
export type { Position, Range } from './text/lineIndex';
export type { Span } from './text/span';
export { decodeArticleBytes } from './text/decode';
export type { SkipReason } from './text/decode';
export { DEFAULT_SETTINGS, withDefaults } from './settings';
export type { SourceLensSettings } from './settings';
