/**
 * Decides whether two quotation units render the same statement, and how:
 * the same words, a variant wording, a part of it, or a translation.
 * Precision over recall: a link needs most of the content words of both
 * sides (of the shorter one and of the stretch of the longer one it covers),
 * agreement on negation and numbers, and, for a translation, enough words the
 * bilingual lexicon knows. The speaker is evidence, not a requirement.
 */
import type { QuoteToken, QuoteUnit } from './normalize';

export type MatchKind = 'same' | 'variant' | 'partial' | 'translation';

export interface Verdict {
  readonly kind: MatchKind;
  /** 0..1; translations are capped lower than same-language matches. */
  readonly score: number;
}

const WEIGHT = { content: 1, stop: 0.3, negation: 1, number: 1.5 } as const;
const MAX_ALIGN = 160;

/** Thresholds, exported for tests that probe them. */
export const THRESHOLDS = {
  sameLanguageScore: 0.74,
  contentCoverShort: 0.76,
  contentCoverLong: 0.62,
  minMatchedWeight: 2.5,
  translationShared: 3,
  translationCover: 0.55,
  translationCoverNoSpeaker: 0.7,
} as const;

function tokensEqual(a: QuoteToken, b: QuoteToken): boolean {
  if (a.stem === b.stem) return true;
  if (a.cls === 'number' || b.cls === 'number') return false;
  return a.stem.length >= 6 && b.stem.length >= 6 && withinOneEdit(a.stem, b.stem);
}

export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Longest common subsequence of the two token lists: pairs (i, j), in order. */
export function align(a: readonly QuoteToken[], b: readonly QuoteToken[]): [number, number][] {
  const n = Math.min(a.length, MAX_ALIGN);
  const m = Math.min(b.length, MAX_ALIGN);
  const width = m + 1;
  const table = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] = tokensEqual(a[i], b[j])
        ? table[(i + 1) * width + j + 1] + 1
        : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (tokensEqual(a[i], b[j]) && table[i * width + j] === table[(i + 1) * width + j + 1] + 1) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) i++;
    else j++;
  }
  return pairs;
}

interface SideState {
  readonly matched: Uint8Array;
  /** Tokens excused because the other side has an ellipsis where they stand. */
  readonly excused: Uint8Array;
}

interface SideCover {
  readonly weight: number;
  readonly content: number;
  readonly matchedWeight: number;
  readonly unmatchedNegation: boolean;
  readonly unmatchedNumber: boolean;
}

function cover(tokens: readonly QuoteToken[], state: SideState, from: number, to: number): SideCover {
  let total = 0;
  let got = 0;
  let contentTotal = 0;
  let contentGot = 0;
  let unmatchedNegation = false;
  let unmatchedNumber = false;
  for (let i = from; i < to; i++) {
    if (state.excused[i]) continue;
    const t = tokens[i];
    const w = WEIGHT[t.cls];
    total += w;
    if (t.cls !== 'stop') contentTotal++;
    if (state.matched[i]) {
      got += w;
      if (t.cls !== 'stop') contentGot++;
    } else if (t.cls === 'negation') unmatchedNegation = true;
    else if (t.cls === 'number') unmatchedNumber = true;
  }
  return {
    weight: total === 0 ? 0 : got / total,
    content: contentTotal === 0 ? 1 : contentGot / contentTotal,
    matchedWeight: got,
    unmatchedNegation,
    unmatchedNumber,
  };
}

function hasGapIn(tokens: readonly QuoteToken[], from: number, to: number): boolean {
  for (let i = from; i <= to && i < tokens.length; i++) if (tokens[i]?.gapBefore) return true;
  return false;
}

/** Same-language comparison. */
function compareSameLanguage(a: QuoteUnit, b: QuoteUnit): Verdict | undefined {
  const at = a.tokens;
  const bt = b.tokens;
  const pairs = align(at, bt);
  // A lone function word aligned far from the rest ("die … die Last") is not part of the shared stretch.
  while (pairs.length > 2 && at[pairs[0][0]].cls === 'stop' && (pairs[1][0] - pairs[0][0] > 1 || pairs[1][1] - pairs[0][1] > 1)) pairs.shift();
  while (pairs.length > 2) {
    const [i2, j2] = pairs[pairs.length - 1];
    const [i1, j1] = pairs[pairs.length - 2];
    if (at[i2].cls !== 'stop' || (i2 - i1 <= 1 && j2 - j1 <= 1)) break;
    pairs.pop();
  }
  if (pairs.length < 2) return undefined;
  const sa: SideState = { matched: new Uint8Array(at.length), excused: new Uint8Array(at.length) };
  const sb: SideState = { matched: new Uint8Array(bt.length), excused: new Uint8Array(bt.length) };
  for (const [i, j] of pairs) {
    sa.matched[i] = 1;
    sb.matched[j] = 1;
  }
  // Words left out by an ellipsis on one side are excused on the other.
  for (let k = 1; k < pairs.length; k++) {
    const [i1, j1] = pairs[k - 1];
    const [i2, j2] = pairs[k];
    if (hasGapIn(at, i1 + 1, i2)) for (let j = j1 + 1; j < j2; j++) sb.excused[j] = 1;
    if (hasGapIn(bt, j1 + 1, j2)) for (let i = i1 + 1; i < i2; i++) sa.excused[i] = 1;
  }
  // Words that moved (word-order change) still count, outside the common subsequence.
  const free = new Map<string, number[]>();
  bt.forEach((t, j) => {
    if (sb.matched[j] || t.cls === 'stop') return;
    const list = free.get(t.stem);
    if (list) list.push(j);
    else free.set(t.stem, [j]);
  });
  let moved = 0;
  at.forEach((t, i) => {
    if (sa.matched[i] || t.cls === 'stop') return;
    const j = free.get(t.stem)?.pop();
    if (j === undefined) return;
    sa.matched[i] = 1;
    sb.matched[j] = 1;
    moved++;
  });

  const firstA = pairs[0][0];
  const lastA = pairs[pairs.length - 1][0];
  const firstB = pairs[0][1];
  const lastB = pairs[pairs.length - 1][1];
  const fullA = cover(at, sa, 0, at.length);
  const fullB = cover(bt, sb, 0, bt.length);
  const innerA = cover(at, sa, firstA, lastA + 1);
  const innerB = cover(bt, sb, firstB, lastB + 1);

  // Which side is the (possibly) contained one: the one better covered as a whole.
  const aShort = fullA.weight >= fullB.weight;
  const short = aShort ? fullA : fullB;
  const longFull = aShort ? fullB : fullA;
  const longInner = aShort ? innerB : innerA;

  if (short.matchedWeight < THRESHOLDS.minMatchedWeight) return undefined;
  if (short.content < THRESHOLDS.contentCoverShort || longInner.content < THRESHOLDS.contentCoverLong) return undefined;
  // A negation or a number present on one side only, inside the shared stretch: a different statement.
  if (innerA.unmatchedNegation || innerB.unmatchedNegation) return undefined;
  if ((innerA.unmatchedNumber && innerB.unmatchedNumber) || (short.unmatchedNumber && longInner.unmatchedNumber)) return undefined;

  // Different endings (or beginnings): the shorter side's edge word is replaced by more words on the other side.
  const edge = (tokens: readonly QuoteToken[], state: SideState, from: number, to: number) => {
    let n = 0;
    for (let i = from; i < to; i++) if (!state.matched[i] && tokens[i].cls !== 'stop') n++;
    return n;
  };
  const shortTokens = aShort ? at : bt;
  const shortState = aShort ? sa : sb;
  const longTokens = aShort ? bt : at;
  const longState = aShort ? sb : sa;
  const [sFirst, sLast, lFirst, lLast] = aShort ? [firstA, lastA, firstB, lastB] : [firstB, lastB, firstA, lastA];
  if (edge(shortTokens, shortState, sLast + 1, shortTokens.length) >= 1 && edge(longTokens, longState, lLast + 1, longTokens.length) >= 2) return undefined;
  if (edge(shortTokens, shortState, 0, sFirst) >= 1 && edge(longTokens, longState, 0, lFirst) >= 2) return undefined;

  let score = (short.weight + longInner.weight) / 2 - moved * 0.02;
  score += speakerAdjustment(a, b);
  if (score < THRESHOLDS.sameLanguageScore) return undefined;

  const abridged = sa.excused.some((x) => x === 1) || sb.excused.some((x) => x === 1);
  const longOutside = edge(longTokens, longState, 0, lFirst) + edge(longTokens, longState, lLast + 1, longTokens.length);
  const contained = abridged || longOutside >= 2 || longFull.weight < 0.75 || longFull.content < 0.7;
  let kind: MatchKind;
  if (contained) kind = 'partial';
  else if (
    at.length === bt.length &&
    moved === 0 &&
    pairs.length === at.length &&
    at.every((t, i) => t.norm === bt[i].norm)
  )
    kind = 'same';
  else kind = 'variant';
  return { kind, score: Math.max(0, Math.min(1, score)) };
}

function speakerAdjustment(a: QuoteUnit, b: QuoteUnit): number {
  if (!a.speaker || !b.speaker) return 0;
  return a.speaker === b.speaker ? 0.05 : -0.15;
}

/** Concept weights of a unit: lexicon concepts, numbers and name-like words. */
const UNKNOWN_WEIGHT = 0.3;

function conceptBag(unit: QuoteUnit): { bag: Map<string, number>; knownContent: number; content: number; negated: boolean; unknown: number } {
  const bag = new Map<string, number>();
  let knownContent = 0;
  let content = 0;
  let negated = false;
  let unknown = 0;
  for (const t of unit.tokens) {
    if (t.cls === 'negation') negated = true;
    if (t.cls !== 'stop') content++;
    let key: string | undefined;
    let weight = 1;
    if (t.cls === 'number') {
      key = '#' + t.norm;
      weight = 2;
    } else if (t.concept >= 0) {
      key = 'c' + t.concept;
      weight = t.cls === 'stop' ? 0.5 : 1;
    } else if (t.capital && t.cls === 'content' && t.norm.length >= 4) {
      key = 'n' + t.norm.replace(/w/g, 'v').replace(/y/g, 'j');
      weight = 1.5;
    }
    if (key === undefined) {
      if (t.cls === 'content') unknown += UNKNOWN_WEIGHT;
      continue;
    }
    if (t.cls !== 'stop') knownContent++;
    bag.set(key, Math.max(bag.get(key) ?? 0, weight));
  }
  return { bag, knownContent, content, negated, unknown };
}

/** Cross-language comparison through the bilingual lexicon, numbers and names. */
function compareTranslation(a: QuoteUnit, b: QuoteUnit): Verdict | undefined {
  const speakers = speakerAdjustment(a, b);
  if (speakers < 0) return undefined;
  const ca = conceptBag(a);
  const cb = conceptBag(b);
  if (ca.negated !== cb.negated) return undefined;
  if (ca.content === 0 || cb.content === 0) return undefined;
  const ratio = ca.content / cb.content;
  if (ratio < 0.4 || ratio > 2.5) return undefined;
  if (ca.knownContent / ca.content < 0.4 || cb.knownContent / cb.content < 0.4) return undefined;
  let shared = 0;
  let sharedCount = 0;
  let sharedContent = 0;
  let totalA = ca.unknown;
  let totalB = cb.unknown;
  for (const w of ca.bag.values()) totalA += w;
  for (const w of cb.bag.values()) totalB += w;
  for (const [key, w] of ca.bag) {
    const other = cb.bag.get(key);
    if (other === undefined) continue;
    shared += Math.min(w, other);
    sharedCount++;
    if (Math.min(w, other) >= 1) sharedContent++;
  }
  // A number on one side that the other does not have: a different statement.
  for (const key of ca.bag.keys()) if (key.startsWith('#') && !cb.bag.has(key) && [...cb.bag.keys()].some((k) => k.startsWith('#'))) return undefined;
  if (sharedCount < THRESHOLDS.translationShared || sharedContent < 2) return undefined;
  const coverA = shared / totalA;
  const coverB = shared / totalB;
  const low = Math.min(coverA, coverB);
  const needed = speakers > 0 ? THRESHOLDS.translationCover : THRESHOLDS.translationCoverNoSpeaker;
  if (low < needed || Math.max(coverA, coverB) < 0.6) return undefined;
  const score = Math.min(0.85, 0.3 + 0.5 * low + (speakers > 0 ? 0.1 : 0));
  return { kind: 'translation', score };
}

export function compareUnits(a: QuoteUnit, b: QuoteUnit): Verdict | undefined {
  return a.language === b.language ? compareSameLanguage(a, b) : compareTranslation(a, b);
}
