/**
 * A half-open range [start, end) of UTF-16 code unit offsets into an article's text.
 * Offsets are JavaScript string indices, so they are UTF-16 already; only
 * lineIndex.ts turns them into line/character positions.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

export function spanText(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

export function containsOffset(s: Span, offset: number): boolean {
  return offset >= s.start && offset < s.end;
}

export function containsSpan(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
