/**
 * SARIF 2.1.0 for code-scanning tools. Columns are 1-based UTF-16 code units,
 * which the run declares with `columnKind`.
 */
import { DIAGNOSTIC_CODES, type Severity } from '../../core/diagnostics/codes';
import { locateFindings } from '../../core/diagnostics/located';
import type { CheckedFile } from '../checkedFile';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(files: readonly CheckedFile[], toolVersion: string, rootUri: string): string {
  const rules = Object.values(DIAGNOSTIC_CODES).map((info) => ({
    id: info.code,
    shortDescription: { text: info.summary },
    defaultConfiguration: { level: LEVEL[info.severity] },
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = files.flatMap((file) =>
    locateFindings(file.entry).map(({ finding, range }) => ({
      ruleId: finding.code,
      ruleIndex: ruleIndex.get(finding.code),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: encodeURI(file.displayPath.split('\\').join('/')), uriBaseId: 'SRCROOT' },
          region: {
            startLine: range.start.line + 1,
            startColumn: range.start.character + 1,
            endLine: range.end.line + 1,
            endColumn: range.end.character + 1,
          },
        },
      }],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Source Lens', version: toolVersion, rules } },
      originalUriBaseIds: { SRCROOT: { uri: rootUri.endsWith('/') ? rootUri : `${rootUri}/` } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
