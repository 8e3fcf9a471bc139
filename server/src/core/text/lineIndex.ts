/**
 * The one place where UTF-16 offsets become line/character positions and back.
 * LSP positions count UTF-16 code units, which is what JavaScript string indices
 * are, so the character is an index difference; what needs care is the line
 * breaks (LF, CRLF and lone CR all end a line, as in VS Code) and never landing
 * between the two halves of a surrogate pair or of a CRLF.
 */
import type { Span } from './span';

export interface Position {
  /** 0-based line. */
  readonly line: number;
  /** 0-based UTF-16 code unit within the line. */
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export class LineIndex {
  /** Offset of the first character of every line. */
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 /* CR */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (code === 10 /* LF */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** Offset just past the line's content, before its line break. */
  lineContentEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1];
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return Math.max(end, this.lineStarts[line]);
  }

  positionAt(offset: number): Position {
    const clamped = this.snap(Math.max(0, Math.min(offset, this.text.length)));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  /** Out-of-range positions are clamped to the line, then to the document, as VS Code does. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const end = this.lineContentEnd(position.line);
    return this.snap(Math.max(start, Math.min(start + Math.max(0, position.character), end)));
  }

  rangeOf(s: Span): Range {
    return { start: this.positionAt(s.start), end: this.positionAt(s.end) };
  }

  spanOf(range: Range): Span {
    return { start: this.offsetAt(range.start), end: this.offsetAt(range.end) };
  }

  /** Moves an offset that falls inside a surrogate pair or a CRLF back to its start. */
  private snap(offset: number): number {
    if (offset <= 0 || offset >= this.text.length) return offset;
    const before = this.text.charCodeAt(offset - 1);
    const at = this.text.charCodeAt(offset);
    if (before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff) return offset - 1;
    if (before === 13 && at === 10) return offset - 1;
    return offset;
  }
}
