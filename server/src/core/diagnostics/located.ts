/**
 * Findings with line/character ranges, computed once through the article's
 * LineIndex so the server and the CLI report the same positions.
 */
import type { CorpusEntry } from '../corpus/corpus';
import type { Range } from '../text/lineIndex';
import type { Severity } from './codes';
import type { Finding } from './finding';

export interface LocatedFinding {
  readonly finding: Finding;
  /** 0-based lines, UTF-16 characters: the LSP convention. */
  readonly range: Range;
}

/** The numbers the Language Server Protocol uses for severities, also used by the CLI's JSON output. */
export const SEVERITY_NUMBER: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };

const FILE_START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function locateFindings(entry: CorpusEntry): LocatedFinding[] {
  const lineIndex = entry.kind === 'article' ? entry.article.lineIndex : undefined;
  return entry.findings.map((finding) => ({ finding, range: lineIndex ? lineIndex.rangeOf(finding.span) : FILE_START }));
}
