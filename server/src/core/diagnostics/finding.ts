import type { Span } from '../text/span';
import type { DiagnosticCode, Severity } from './codes';

/** One problem the analysis found, located in the article's text. */
export interface Finding {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
}
