/**
 * Turns core findings into LSP diagnostics.
 */
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import type { CorpusEntry } from '../core/corpus/corpus';
import { locateFindings, SEVERITY_NUMBER } from '../core/diagnostics/located';

export const DIAGNOSTIC_SOURCE = 'Source Lens';

export function diagnosticsOf(entry: CorpusEntry | undefined): Diagnostic[] {
  if (!entry) return [];
  return locateFindings(entry).map(({ finding, range }) => ({
    range,
    severity: SEVERITY_NUMBER[finding.severity] as DiagnosticSeverity,
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  }));
}
