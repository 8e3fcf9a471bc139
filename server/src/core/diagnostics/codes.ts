/**
 * The diagnostic codes are a public interface: users filter on them, settings
 * name them and the README documents them. Add codes; never rename one.
 */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface DiagnosticCodeInfo {
  readonly code: string;
  readonly severity: Severity;
  readonly summary: string;
}

export const DIAGNOSTIC_CODES = {
  'quote.unbalanced': {
    code: 'quote.unbalanced',
    severity: 'warning',
    summary: 'A quotation mark opens a quotation that is never closed in its paragraph.',
  },
  'file.not-text': {
    code: 'file.not-text',
    severity: 'information',
    summary: 'The file contains NUL bytes, so it is binary, not an article; it is skipped.',
  },
  'file.invalid-encoding': {
    code: 'file.invalid-encoding',
    severity: 'information',
    summary: 'The file is not valid UTF-8 (or UTF-16 with a byte order mark); it is skipped.',
  },
  'file.too-large': {
    code: 'file.too-large',
    severity: 'information',
    summary: 'The file is larger than the sourceLens.maxFileSize setting; it is skipped.',
  },
  'file.unreadable': {
    code: 'file.unreadable',
    severity: 'information',
    summary: 'The file could not be read (for example, permission denied); it is skipped.',
  },
} as const satisfies Record<string, DiagnosticCodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
