/**
 * Several rules read a line's neighbours (a bare duration under a video title, a short line above
 * the prose, a box of noise), and cleaning changes the neighbours: a second cleaning would find
 * more if those rules had seen only the uncleaned article. So the rules that read neighbours run
 * again on the lines as cleaning leaves them (flagged lines gone, glued noise cut off, the headline
 * taken from the new first paragraph), until nothing new turns up. The evidence of each line by
 * itself (lexicons, features) is computed once: it does not depend on the neighbours.
 */
import type { Span } from '../text/span';
import { readsLikeHeadline } from '../article/layout';
import { isBlankCode } from '../text/blank';
import { classifyLine } from './classifyLine';
import { lineState } from './collectLines';
import type { CompiledLexicon } from './compiledLexicon';
import type { LineState, Verdict } from './lineState';
import type { CompiledNoiseOptions } from './options';

/** Runs of the neighbour rules in all: on the article, then on the article as cleaning leaves it. */
const MAX_RUNS = 3;

/** A copy of the line as line-level evidence left it, before any neighbour rule. */
export function copyState(line: LineState): LineState {
  // Spelled out: a literal of known shape is much cheaper than a spread, and every line is copied on every run.
  return {
    index: line.index,
    start: line.start,
    end: line.end,
    text: line.text,
    headerLine: line.headerLine,
    headline: line.headline,
    paragraph: line.paragraph,
    features: line.features,
    quoted: line.quoted,
    quotations: line.quotations,
    provenance: line.provenance,
    key: line.key,
    verdict: line.verdict,
    glued: line.glued.length === 0 ? [] : [...line.glued],
    hint: line.hint,
    listHeading: line.listHeading,
    bareTime: line.bareTime,
  };
}

export interface Settling {
  /** The lines after the first run of the neighbour rules. */
  readonly lines: readonly LineState[];
  /** The same lines (same order) as line-level evidence left them. */
  readonly classified: readonly LineState[];
  /** Verdicts that are not a line's own (user patterns inside a line). */
  readonly extra: readonly Verdict[];
  readonly options: CompiledNoiseOptions;
  readonly lexicon: CompiledLexicon;
  /** The neighbour rules. */
  readonly rules: (lines: LineState[]) => void;
}

/** The verdicts of later runs on lines the earlier runs left alone (offsets are the original article's). */
export function settle({ lines, classified, extra, options, lexicon, rules }: Settling): LineState[] {
  const removed = new Map<number, Span[]>();
  const remember = (index: number, span: Span) => removed.set(index, [...(removed.get(index) ?? []), span]);
  const record = (line: LineState) => {
    for (const verdict of line.verdict ? [line.verdict] : line.glued) {
      if (options.enabled.has(verdict.category)) remember(line.index, verdict.span);
    }
  };
  lines.forEach(record);
  for (const verdict of extra) {
    const line = lines.find((l) => l.start <= verdict.span.start && verdict.span.start <= l.end);
    if (line && options.enabled.has(verdict.category)) remember(line.index, verdict.span);
  }

  const added: LineState[] = [];
  const cutLines = new Set<number>();
  let active: readonly LineState[] = classified;
  for (let run = 1; run < MAX_RUNS && removed.size > 0; run++) {
    const next: LineState[] = [];
    for (const line of active) {
      const spans = removed.get(line.index);
      if (spans === undefined || cutLines.has(line.index)) next.push(copyState(line));
      else if (line.headerLine || !spans.some((s) => s.start <= line.start && s.end >= line.end)) {
        cutLines.add(line.index);
        next.push(cut(line, spans, lexicon));
      }
    }
    renewHeadline(next, lexicon);
    active = next.map(copyState);
    rules(next);
    const fresh = next.filter((line) => !removed.has(line.index) && (line.verdict ?? line.glued[0]) !== undefined);
    const before = removed.size;
    fresh.forEach(record);
    if (removed.size === before) break;
    added.push(...fresh.filter((line) => removed.has(line.index)));
  }
  return added;
}

/** The line without the spans cleaning cuts out of it (with the blanks before each), classified again. */
function cut(base: LineState, spans: readonly Span[], lexicon: CompiledLexicon): LineState {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let text = '';
  let at = base.start;
  for (const span of sorted) {
    let start = Math.max(span.start, at);
    while (start > at && isBlankCode(textCode(base, start - 1))) start--;
    text += base.text.slice(at - base.start, start - base.start);
    at = Math.max(at, Math.min(span.end, base.end));
  }
  text = (text + base.text.slice(at - base.start)).trim();
  if (text === '') return { ...copyState(base), verdict: undefined, glued: [] };
  const quotations = base.quotations.filter((q) => !sorted.some((s) => s.start < q.end && q.start < s.end));
  const line = lineState(base, text, quotations, lexicon);
  if (line.provenance === undefined) classifyLine(line, lexicon);
  return line;
}

function textCode(line: LineState, offset: number): number {
  return line.text.charCodeAt(offset - line.start);
}

/** After cleaning, the headline is the first paragraph if it is one line that reads like one. */
function renewHeadline(lines: LineState[], lexicon: CompiledLexicon): void {
  const first = lines[0];
  if (!first) return;
  const single = lines.length < 2 || lines[1].paragraph !== first.paragraph;
  for (let p = 0; p < lines.length; p++) {
    const line = lines[p];
    const headline = p === 0 && single && readsLikeHeadline(line.text);
    if (line.headline === headline) continue;
    const renewed: LineState = { ...line, headline, verdict: undefined, glued: [], hint: undefined, listHeading: undefined };
    if (renewed.provenance === undefined) classifyLine(renewed, lexicon);
    lines[p] = renewed;
  }
}
