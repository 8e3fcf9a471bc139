/**
 * Word-level differences between two versions of a quotation, ignoring
 * quotation marks, case and punctuation (the tokens are normalised words).
 */
import { diffArrays } from 'diff';
import type { Span } from '../text/span';
import type { QuoteToken } from './normalize';

export type DiffOp = 'equal' | 'changed' | 'onlyHere' | 'onlyThere';

export interface WordDiffPart {
  readonly op: DiffOp;
  /** The words of this version (as written, joined by spaces); empty for onlyThere. */
  readonly here: string;
  /** The words of the other version; empty for onlyHere. */
  readonly there: string;
  /** Where `here` stands in this article's text (absent when empty). */
  readonly hereSpan?: Span;
  /** Where `there` stands in the other article's text (absent when empty). */
  readonly thereSpan?: Span;
  /**
   * True when the difference is not a change of wording: words outside the
   * stretch a partial quotation covers, or words one version leaves out with
   * an ellipsis.
   */
  readonly omission?: boolean;
}

function words(text: string, tokens: readonly QuoteToken[], from: number, to: number): { text: string; span?: Span } {
  if (to <= from) return { text: '' };
  return {
    text: tokens.slice(from, to).map((t) => text.slice(t.start, t.end)).join(' '),
    span: { start: tokens[from].start, end: tokens[to - 1].end },
  };
}

export function wordDiff(
  hereText: string,
  here: readonly QuoteToken[],
  thereText: string,
  there: readonly QuoteToken[],
): WordDiffPart[] {
  const changes = diffArrays(
    here.map((t) => t.norm),
    there.map((t) => t.norm),
  );
  const parts: WordDiffPart[] = [];
  let i = 0;
  let j = 0;
  for (let c = 0; c < changes.length; c++) {
    const change = changes[c];
    const count = change.count ?? change.value.length;
    if (!change.added && !change.removed) {
      const h = words(hereText, here, i, i + count);
      const t = words(thereText, there, j, j + count);
      parts.push({ op: 'equal', here: h.text, there: t.text, hereSpan: h.span, thereSpan: t.span });
      i += count;
      j += count;
      continue;
    }
    let removed = 0;
    let added = 0;
    if (change.removed) {
      removed = count;
      const next = changes[c + 1];
      if (next?.added) {
        added = next.count ?? next.value.length;
        c++;
      }
    } else added = count;
    // A change at the edge of a partial quotation: the longer side's extra words are outside the quoted stretch.
    if (removed && added && removed !== added && (i === 0 || j === 0 || i + removed === here.length || j + added === there.length)) {
      const atHead = i === 0 || j === 0;
      const extra = Math.abs(removed - added);
      const hereLonger = removed > added;
      const split = (fromHere: boolean) => (fromHere ? [i, i + removed] : [j, j + added]);
      const [hs, he] = split(true);
      const [ts, te] = split(false);
      const outsideHere = hereLonger ? (atHead ? [hs, hs + extra] : [he - extra, he]) : [hs, hs];
      const outsideThere = !hereLonger ? (atHead ? [ts, ts + extra] : [te - extra, te]) : [ts, ts];
      const pushOutside = () => {
        const ho = words(hereText, here, outsideHere[0], outsideHere[1]);
        const to = words(thereText, there, outsideThere[0], outsideThere[1]);
        parts.push({ op: hereLonger ? 'onlyHere' : 'onlyThere', here: ho.text, there: to.text, hereSpan: ho.span, thereSpan: to.span, omission: true });
      };
      const n = Math.min(removed, added);
      const hc = hereLonger ? (atHead ? [hs + extra, he] : [hs, hs + n]) : [hs, he];
      const tc = !hereLonger ? (atHead ? [ts + extra, te] : [ts, ts + n]) : [ts, te];
      if (atHead) pushOutside();
      const hw = words(hereText, here, hc[0], hc[1]);
      const tw = words(thereText, there, tc[0], tc[1]);
      parts.push({ op: 'changed', here: hw.text, there: tw.text, hereSpan: hw.span, thereSpan: tw.span });
      if (!atHead) pushOutside();
      i += removed;
      j += added;
      continue;
    }
    const h = words(hereText, here, i, i + removed);
    const t = words(thereText, there, j, j + added);
    const op: DiffOp = removed && added ? 'changed' : removed ? 'onlyHere' : 'onlyThere';
    const atStart = i === 0 || j === 0;
    const atEnd = i + removed === here.length || j + added === there.length;
    // An ellipsis in the version that lacks the words, right where they are missing.
    const gapHere = op === 'onlyThere' && (here[i]?.gapBefore || (i === here.length && i > 0 && (atEnd)));
    const gapThere = op === 'onlyHere' && (there[j]?.gapBefore || (j === there.length && j > 0 && atEnd));
    const outside = op !== 'changed' && (atStart || atEnd);
    parts.push({ op, here: h.text, there: t.text, hereSpan: h.span, thereSpan: t.span, omission: Boolean(gapHere || gapThere || outside) || undefined });
    i += removed;
    j += added;
  }
  return parts;
}

/** The parts that are real changes of wording. */
export function wordingChanges(parts: readonly WordDiffPart[]): WordDiffPart[] {
  return parts.filter((p) => p.op !== 'equal' && !p.omission);
}
