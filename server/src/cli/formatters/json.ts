/**
 * Machine-readable output: each file with its diagnostics in LSP shape
 * (0-based lines, UTF-16 characters, numeric severity, code, message).
 */
import { locateFindings, SEVERITY_NUMBER } from '../../core/diagnostics/located';
import type { CheckedFile } from '../checkedFile';
import { pathToFileURL } from 'node:url';

export function formatJson(files: readonly CheckedFile[]): string {
  const report = files.map((file) => ({
    file: file.displayPath,
    uri: pathToFileURL(file.path).href,
    ...(file.entry.kind === 'article' ? { language: file.entry.article.language } : { skipped: file.entry.reason.code }),
    diagnostics: locateFindings(file.entry).map(({ finding, range }) => ({
      range,
      severity: SEVERITY_NUMBER[finding.severity],
      code: finding.code,
      source: 'Source Lens',
      message: finding.message,
    })),
  }));
  return `${JSON.stringify(report, null, 2)}\n`;
}
