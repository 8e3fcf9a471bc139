/**
 * What the detector knows about each line while it works: the line's text and
 * features, and the verdict the evidence has reached so far.
 */
import type { Span } from '../text/span';
import type { NoiseCategory } from './categories';
import type { LineFeatures } from './features';

/** Which kind of evidence reached a verdict (the message and some later passes depend on it). */
export type VerdictKind = 'line' | 'credit' | 'caption' | 'glued' | 'context' | 'duplicate' | 'corpus' | 'user';

export interface Verdict {
  readonly category: NoiseCategory;
  /** Absolute offsets. */
  readonly span: Span;
  readonly kind: VerdictKind;
  readonly why: string;
  /** Overrides the category's label in the message ("Image caption", "Video title"). */
  readonly label?: string;
  /** Overrides the category's description in the message. */
  readonly what?: string;
}

/** A line that is noise only next to other noise: its likely category, or 'any' for a call to action. */
export type Hint = NoiseCategory | 'any';

/** One non-blank line of the article's body, with what the detector learns about it. */
export interface NoiseLine {
  readonly index: number;
  /** Absolute offsets of the trimmed content (after a date-line header prefix). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The line carries the ` date …` header prefix. */
  readonly headerLine: boolean;
  /** The line belongs to the headline paragraph. */
  readonly headline: boolean;
  readonly paragraph: number;
  readonly features: LineFeatures;
  /** The line contains or overlaps a quotation. */
  readonly quoted: boolean;
  /** The quotations that overlap the line, merged into disjoint spans sorted by start. */
  readonly quotations: readonly Span[];
  /** Why the line is provenance that is never noise (agency credit, dateline, author line). */
  readonly provenance?: string;
  /** lineKey of the text: the same for lines that differ only in spacing. */
  readonly key: number;
}

export interface LineState extends NoiseLine {
  verdict?: Verdict;
  /** Noise glued to the line (used only when the whole line has no verdict). */
  glued: Verdict[];
  hint?: Hint;
  /** The line reads like the heading of a teaser list ("Weitere Rückrufe"); teaserBlocks.ts decides. */
  listHeading?: boolean;
  bareTime: boolean;
}

/** Gives the whole line a verdict. */
export function flagLine(line: LineState, category: NoiseCategory, kind: VerdictKind, why: string, extra: { label?: string; what?: string } = {}): void {
  line.verdict = { category, span: { start: line.start, end: line.end }, kind, why, ...extra };
}

/** The line has no verdict and is not provenance, header or headline: context may still make it noise. */
export function isFree(line: LineState): boolean {
  return line.verdict === undefined && line.provenance === undefined && !line.headerLine && !line.headline;
}

/** The line was flagged as a whole (a duplicate does not make its neighbours noise). */
export function isFlagged(line: LineState | undefined): boolean {
  return line?.verdict !== undefined && line.verdict.kind !== 'duplicate';
}

const EXCERPT_LENGTH = 60;

/** A short quotable excerpt of a line for messages: whitespace flattened, the middle elided. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= length) return flat;
  const half = Math.floor((length - 3) / 2);
  return `${flat.slice(0, half).trimEnd()} … ${flat.slice(flat.length - half).trimStart()}`;
}
