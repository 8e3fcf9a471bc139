/**
 * Human-readable output in the style of eslint and vale: a block per file with
 * `line:column  severity  code  message`, then a summary.
 */
import { locateFindings } from '../../core/diagnostics/located';
import type { Severity } from '../../core/diagnostics/codes';
import type { CheckedFile } from '../checkedFile';

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

export function formatText(files: readonly CheckedFile[]): string {
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let filesWithFindings = 0;
  for (const file of files) {
    const located = locateFindings(file.entry);
    if (located.length === 0) continue;
    filesWithFindings++;
    out.push(file.displayPath);
    const rows = located.map(({ finding, range }) => {
      counts[finding.severity]++;
      return [`${range.start.line + 1}:${range.start.character + 1}`, LABEL[finding.severity], finding.code, finding.message];
    });
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
    for (const row of rows) out.push(`  ${row.slice(0, 3).map((cell, i) => cell.padEnd(widths[i])).join('  ')}  ${row[3]}`);
    out.push('');
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  out.push(total === 0
    ? `✔ No problems in ${plural(files.length, 'file')}.`
    : `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.information} info, ${plural(counts.hint, 'hint')}) in ${filesWithFindings} of ${plural(files.length, 'file')}.`);
  return `${out.join('\n')}\n`;
}
