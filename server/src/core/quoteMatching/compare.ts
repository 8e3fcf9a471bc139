/**
 * Decides whether two quotation units render the same statement, and how:
 * the same words, a variant wording, a part of it, or a translation.
 * Precision over recall: a link needs most of the content words of both
 * sides (of the shorter one and of the stretch of the longer one it covers),
 * agreement on negation and numbers, and, for a translation, enough words the
 * bilingual lexicon knows. The speaker is evidence, not a requirement.
 */
import { GAP_BEFORE, WORD_SHIFT, CAPITAL, type QuoteUnit } from './normalize';
import { NEGATING_PREFIXES } from '../languages/quotes/antonyms';
import { CONTENT, NEGATION, NUMBER, STOP, VOCABULARIES, isContentConcept, stemWord, type ConceptSlots } from './vocabulary';

export type MatchKind = 'same' | 'variant' | 'partial' | 'translation';

export interface Verdict {
  readonly kind: MatchKind;
  /** 0..1; translations are capped lower than same-language matches. */
  readonly score: number;
}

/** Weight of a word by class (CONTENT, STOP, NEGATION, NUMBER). */
const WEIGHT = [1, 0.3, 1, 1.5] as const;
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
  translationKeptWithSubstitution: 0.75,
} as const;

/** One substitution, insertion or deletion apart (compares characters in place: this runs inside the alignment). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === b.length) return true;
  // Same length: skip the differing character on both sides; a is longer: skip it in a only.
  const skipB = a.length === b.length ? 1 : 0;
  for (let k = i + 1; k < a.length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k - 1 + skipB)) return false;
  return true;
}

/**
 * One side of a comparison, unpacked into columns. Two of them are reused for
 * every comparison, so verifying a candidate allocates almost nothing.
 */
class Side {
  n = 0;
  word = new Int32Array(64);
  stem = new Int32Array(64);
  /** The stem this word aligns with: its own, or a stem of the other side one edit away. */
  matchStem = new Int32Array(64);
  cls = new Uint8Array(64);
  gap = new Uint8Array(64);
  capital = new Uint8Array(64);
  matched = new Uint8Array(64);
  /** Tokens excused because the other side has an ellipsis where they stand. */
  excused = new Uint8Array(64);

  load(unit: QuoteUnit): this {
    const n = unit.words.length / 3;
    if (n > this.word.length) this.grow(n);
    const vocabulary = VOCABULARIES[unit.language];
    this.n = n;
    for (let i = 0; i < n; i++) {
      const packed = unit.words[i * 3 + 2];
      const id = packed >>> WORD_SHIFT;
      this.word[i] = id;
      this.stem[i] = vocabulary.stem[id];
      this.matchStem[i] = this.stem[i];
      this.cls[i] = vocabulary.cls[id];
      this.gap[i] = packed & GAP_BEFORE;
      this.capital[i] = packed & CAPITAL ? 1 : 0;
      this.matched[i] = 0;
      this.excused[i] = 0;
    }
    return this;
  }

  private grow(n: number): void {
    const size = Math.max(n, this.word.length * 2);
    this.word = new Int32Array(size);
    this.stem = new Int32Array(size);
    this.matchStem = new Int32Array(size);
    this.cls = new Uint8Array(size);
    this.gap = new Uint8Array(size);
    this.capital = new Uint8Array(size);
    this.matched = new Uint8Array(size);
    this.excused = new Uint8Array(size);
  }
}

const SIDE_A = new Side();
const SIDE_B = new Side();
let table = new Uint16Array((MAX_ALIGN + 1) * (MAX_ALIGN + 1));

/**
 * Lets a long word of `a` align with a word of `b` one edit away
 * ("Türe"/"Tür" after stemming): its matchStem becomes that word's stem.
 */
function linkNearStems(a: Side, b: Side, stemText: readonly string[]): void {
  for (let i = 0; i < a.n; i++) {
    if (a.cls[i] === NUMBER) continue;
    const stem = a.stem[i];
    let exact = false;
    for (let j = 0; j < b.n && !exact; j++) exact = b.stem[j] === stem;
    if (exact) continue;
    const text = stemText[stem];
    if (text.length < 6) continue;
    for (let j = 0; j < b.n; j++) {
      if (b.cls[j] === NUMBER) continue;
      const other = stemText[b.stem[j]];
      if (other.length >= 6 && withinOneEdit(text, other)) {
        a.matchStem[i] = b.stem[j];
        break;
      }
    }
  }
}

/** Longest common subsequence of the two sides: pairs (i, j), in order. */
function align(a: Side, b: Side): [number, number][] {
  const n = Math.min(a.n, MAX_ALIGN);
  const m = Math.min(b.n, MAX_ALIGN);
  const width = m + 1;
  if (table.length < (n + 1) * width) table = new Uint16Array((n + 1) * width);
  for (let j = 0; j <= m; j++) table[n * width + j] = 0;
  for (let i = n - 1; i >= 0; i--) {
    const row = i * width;
    table[row + m] = 0;
    const s = a.matchStem[i];
    for (let j = m - 1; j >= 0; j--) {
      table[row + j] = s === b.stem[j] ? table[row + width + j + 1] + 1 : Math.max(table[row + width + j], table[row + j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a.matchStem[i] === b.stem[j] && table[i * width + j] === table[(i + 1) * width + j + 1] + 1) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) i++;
    else j++;
  }
  return pairs;
}

interface SideCover {
  readonly weight: number;
  readonly content: number;
  readonly matchedWeight: number;
  readonly unmatchedNegation: boolean;
  readonly unmatchedNumber: boolean;
}

function cover(side: Side, from: number, to: number): SideCover {
  let total = 0;
  let got = 0;
  let contentTotal = 0;
  let contentGot = 0;
  let unmatchedNegation = false;
  let unmatchedNumber = false;
  for (let i = from; i < to; i++) {
    if (side.excused[i]) continue;
    const cls = side.cls[i];
    const w = WEIGHT[cls];
    total += w;
    if (cls !== STOP) contentTotal++;
    if (side.matched[i]) {
      got += w;
      if (cls !== STOP) contentGot++;
    } else if (cls === NEGATION) unmatchedNegation = true;
    else if (cls === NUMBER) unmatchedNumber = true;
  }
  return {
    weight: total === 0 ? 0 : got / total,
    content: contentTotal === 0 ? 1 : contentGot / contentTotal,
    matchedWeight: got,
    unmatchedNegation,
    unmatchedNumber,
  };
}

function hasGapIn(side: Side, from: number, to: number): boolean {
  for (let i = from; i <= to && i < side.n; i++) if (side.gap[i]) return true;
  return false;
}

/** Unmatched non-stop words in [from, to). */
function edge(side: Side, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!side.matched[i] && side.cls[i] !== STOP) n++;
  return n;
}

function anyExcused(side: Side): boolean {
  for (let i = 0; i < side.n; i++) if (side.excused[i]) return true;
  return false;
}

/** Same-language comparison. */
function compareSameLanguage(a: QuoteUnit, b: QuoteUnit): Verdict | undefined {
  const sa = SIDE_A.load(a);
  const sb = SIDE_B.load(b);
  linkNearStems(sa, sb, VOCABULARIES[a.language].stemText);
  const pairs = align(sa, sb);
  // A lone function word aligned far from the rest ("die … die Last") is not part of the shared stretch.
  while (pairs.length > 2 && sa.cls[pairs[0][0]] === STOP && (pairs[1][0] - pairs[0][0] > 1 || pairs[1][1] - pairs[0][1] > 1)) pairs.shift();
  while (pairs.length > 2) {
    const [i2, j2] = pairs[pairs.length - 1];
    const [i1, j1] = pairs[pairs.length - 2];
    if (sa.cls[i2] !== STOP || (i2 - i1 <= 1 && j2 - j1 <= 1)) break;
    pairs.pop();
  }
  if (pairs.length < 2) return undefined;
  for (const [i, j] of pairs) {
    sa.matched[i] = 1;
    sb.matched[j] = 1;
  }
  // Words left out by an ellipsis on one side are excused on the other.
  for (let k = 1; k < pairs.length; k++) {
    const [i1, j1] = pairs[k - 1];
    const [i2, j2] = pairs[k];
    if (hasGapIn(sa, i1 + 1, i2)) for (let j = j1 + 1; j < j2; j++) sb.excused[j] = 1;
    if (hasGapIn(sb, j1 + 1, j2)) for (let i = i1 + 1; i < i2; i++) sa.excused[i] = 1;
  }
  // Words that moved (word-order change) still count, outside the common subsequence: the last free occurrence of the same stem.
  let moved = 0;
  for (let i = 0; i < sa.n; i++) {
    if (sa.matched[i] || sa.cls[i] === STOP) continue;
    for (let j = sb.n - 1; j >= 0; j--) {
      if (sb.matched[j] || sb.cls[j] === STOP || sb.stem[j] !== sa.stem[i]) continue;
      sa.matched[i] = 1;
      sb.matched[j] = 1;
      moved++;
      break;
    }
  }

  // A known word put for another known word at the same place ("carers"/"teachers", "Kohle"/"Atom"): a different statement;
  // two words of one lexicon concept ("completely"/"totally") are a synonym and count as matched.
  if (substitutedWords(sa, sb, pairs, VOCABULARIES[a.language])) return undefined;

  const firstA = pairs[0][0];
  const lastA = pairs[pairs.length - 1][0];
  const firstB = pairs[0][1];
  const lastB = pairs[pairs.length - 1][1];
  const fullA = cover(sa, 0, sa.n);
  const fullB = cover(sb, 0, sb.n);
  const innerA = cover(sa, firstA, lastA + 1);
  const innerB = cover(sb, firstB, lastB + 1);

  // Which side is the (possibly) contained one: the one better covered as a whole.
  const aShort = fullA.weight >= fullB.weight;
  const short = aShort ? fullA : fullB;
  const longFull = aShort ? fullB : fullA;
  const longInner = aShort ? innerB : innerA;

  if (short.matchedWeight < THRESHOLDS.minMatchedWeight) return undefined;
  if (short.content < THRESHOLDS.contentCoverShort || longInner.content < THRESHOLDS.contentCoverLong) return undefined;
  // A negation or a number present on one side only, inside the shared stretch: a different statement.
  if (innerA.unmatchedNegation || innerB.unmatchedNegation) return undefined;
  // Opposite poles ("steigen"/"sinken", "more"/"fewer") or a negating prefix ("möglich"/"unmöglich"): the opposite statement.
  if (polarityConflict(a, b) || negatedByPrefix(sa, sb, VOCABULARIES[a.language])) return undefined;
  if (fullA.unmatchedNumber && fullB.unmatchedNumber) return undefined;

  // Different endings (or beginnings): the shorter side's edge word is replaced by more words on the other side.
  const shortSide = aShort ? sa : sb;
  const longSide = aShort ? sb : sa;
  const [sFirst, sLast, lFirst, lLast] = aShort ? [firstA, lastA, firstB, lastB] : [firstB, lastB, firstA, lastA];
  if (edge(shortSide, sLast + 1, shortSide.n) >= 1 && edge(longSide, lLast + 1, longSide.n) >= 2) return undefined;
  if (edge(shortSide, 0, sFirst) >= 1 && edge(longSide, 0, lFirst) >= 2) return undefined;

  let score = (short.weight + longInner.weight) / 2 - moved * 0.02;
  score += speakerAdjustment(a, b);
  if (score < THRESHOLDS.sameLanguageScore) return undefined;

  const abridged = anyExcused(sa) || anyExcused(sb);
  const longOutside = edge(longSide, 0, lFirst) + edge(longSide, lLast + 1, longSide.n);
  const contained = abridged || longOutside >= 2 || longFull.weight < 0.75 || longFull.content < 0.7;
  let kind: MatchKind;
  if (contained) kind = 'partial';
  else if (sa.n === sb.n && moved === 0 && pairs.length === sa.n && sameWords(sa, sb)) kind = 'same';
  else kind = 'variant';
  return { kind, score: Math.max(0, Math.min(1, score)) };
}

/** Unmatched content words of a side in [from, to), the nearest `limit` of them (from the start, or from the end when `fromEnd`). */
function leftovers(side: Side, from: number, to: number, limit: number, fromEnd: boolean): number[] {
  const found: number[] = [];
  for (let k = 0; k < to - from && found.length < limit; k++) {
    const i = fromEnd ? to - 1 - k : from + k;
    if (!side.matched[i] && !side.excused[i] && side.cls[i] === CONTENT) found.push(i);
  }
  return found;
}

/** One concept part for part: synonyms ("completely"/"totally"); "Grundsteuer" and "Gewerbesteuer" share only their head. */
function sameConcepts(x: ConceptSlots, y: ConceptSlots): boolean {
  if (x.length !== y.length) return false;
  return x.every((slot, k) => slot.some((concept) => y[k].includes(concept)));
}

/**
 * Looks at the words left over between the same aligned neighbours on both
 * sides (and just outside the shared stretch): a pair of known words of
 * different concepts is a substitution; a pair of one concept is matched.
 */
function substitutedWords(a: Side, b: Side, pairs: readonly (readonly [number, number])[], vocabulary: (typeof VOCABULARIES)[keyof typeof VOCABULARIES]): boolean {
  const slots = vocabulary.slots;
  const region = (xs: number[], ys: number[]): boolean => {
    for (const i of xs) {
      const si = slots[a.word[i]];
      if (si.length === 0 || a.matched[i]) continue;
      for (const j of ys) {
        const sj = slots[b.word[j]];
        if (sj.length === 0 || b.matched[j]) continue;
        if (!sameConcepts(si, sj)) return true;
        a.matched[i] = 1;
        b.matched[j] = 1;
        break;
      }
    }
    return false;
  };
  const [firstI, firstJ] = pairs[0];
  const [lastI, lastJ] = pairs[pairs.length - 1];
  if (region(leftovers(a, 0, firstI, 2, true), leftovers(b, 0, firstJ, 2, true))) return true;
  for (let k = 1; k < pairs.length; k++) {
    const [i1, j1] = pairs[k - 1];
    const [i2, j2] = pairs[k];
    if (i2 - i1 > 1 && j2 - j1 > 1 && region(leftovers(a, i1 + 1, i2, 8, false), leftovers(b, j1 + 1, j2, 8, false))) return true;
  }
  return region(leftovers(a, lastI + 1, a.n, 2, false), leftovers(b, lastJ + 1, b.n, 2, false));
}

function sameWords(a: Side, b: Side): boolean {
  for (let i = 0; i < a.n; i++) if (a.word[i] !== b.word[i]) return false;
  return true;
}

function speakerAdjustment(a: QuoteUnit, b: QuoteUnit): number {
  if (!a.speaker || !b.speaker) return 0;
  return a.speaker === b.speaker ? 0.05 : -0.15;
}

/**
 * True when one side holds a pole of a polarity axis and the other only its
 * opposite pole: "mehr"/"weniger", "rise"/"fall", "erhöhen"/"cut" (axes are
 * bilingual, so this holds for translations too). A side that names both
 * poles ("mehr oder weniger") decides nothing.
 */
export function polarityConflict(a: QuoteUnit, b: QuoteUnit): boolean {
  const poles = (unit: QuoteUnit): Set<number> => {
    const polarity = VOCABULARIES[unit.language].polarity;
    const set = new Set<number>();
    for (let p = 2; p < unit.words.length; p += 3) for (const axis of polarity[unit.words[p] >>> WORD_SHIFT]) set.add(axis);
    return set;
  };
  const pa = poles(a);
  if (pa.size === 0) return false;
  const pb = poles(b);
  for (const axis of pa) if (pb.has(-axis) && !pa.has(-axis) && !pb.has(axis)) return true;
  return false;
}

/** An unmatched word on one side is an unmatched word of the other with a negating prefix ("likely"/"unlikely"). */
function negatedByPrefix(a: Side, b: Side, vocabulary: (typeof VOCABULARIES)[keyof typeof VOCABULARIES]): boolean {
  const prefixes = NEGATING_PREFIXES[vocabulary.language];
  const check = (x: Side, y: Side): boolean => {
    for (let i = 0; i < x.n; i++) {
      if (x.matched[i] || x.cls[i] === NUMBER || x.cls[i] === NEGATION) continue;
      const norm = vocabulary.norm[x.word[i]];
      for (const prefix of prefixes) {
        if (norm.length < prefix.length + 4 || !norm.startsWith(prefix)) continue;
        const rest = stemWord(norm.slice(prefix.length), vocabulary.language);
        for (let j = 0; j < y.n; j++) if (!y.matched[j] && vocabulary.stemText[y.stem[j]] === rest) return true;
      }
    }
    return false;
  };
  return check(a, b) || check(b, a);
}

/** Keys of translation items: lexicon concept, number, name or negation, told apart by the low two bits. */
const CONCEPT_KEY = 0;
const NUMBER_KEY = 1;
const NAME_KEY = 2;
const NEGATION_KEY = 3;
/** Weight of a content word that neither the lexicon nor the name and number keys know. */
const UNKNOWN_WEIGHT = 0.3;

/** A meaning-bearing part of a quotation for translation matching: any of its keys matches. */
interface Item {
  readonly keys: readonly number[];
  readonly weight: number;
  /** A content word (not a stop word, or a stop word with a content concept). */
  readonly content: boolean;
  /** Known to the lexicon (not a number, name or negation). */
  readonly concept: boolean;
  /** A word outside the stop list: when left over on both sides, one word was put for another. */
  readonly strong?: boolean;
  /** The first part of a German compound ("Kohle" in "Kohlekraftwerk"): what tells it from its siblings. */
  readonly modifier?: boolean;
}

interface ItemBag {
  readonly items: Item[];
  /** Content words, known or not. */
  readonly content: number;
  /** Content words the lexicon, a number or a name key knows. */
  readonly knownContent: number;
  /** Summed weight of unknown content words. */
  readonly unknown: number;
  readonly negated: boolean;
  readonly numbers: ReadonlySet<number>;
}

function itemsOf(unit: QuoteUnit): ItemBag {
  const vocabulary = VOCABULARIES[unit.language];
  const items: Item[] = [];
  const numbers = new Set<number>();
  let content = 0;
  let knownContent = 0;
  let unknown = 0;
  let negated = false;
  for (let p = 2; p < unit.words.length; p += 3) {
    const packed = unit.words[p];
    const id = packed >>> WORD_SHIFT;
    const cls = vocabulary.cls[id];
    const isContent = cls !== STOP;
    if (isContent) content++;
    if (cls === NEGATION) {
      negated = true;
      items.push({ keys: [NEGATION_KEY], weight: 1, content: true, concept: false });
      knownContent++;
      continue;
    }
    if (cls === NUMBER) {
      const key = vocabulary.crossKey[id] * 4 + NUMBER_KEY;
      numbers.add(key);
      items.push({ keys: [key], weight: 2, content: true, concept: false });
      knownContent++;
      continue;
    }
    const slots = vocabulary.slots[id];
    if (slots.length > 0) {
      // A word the stop list holds may still carry a content concept ("clear", "sent").
      const meaningful = isContent || slots.some((slot) => slot.some(isContentConcept));
      // The word itself too, for a cognate the other language writes alike but the lexicon lacks ("Limit", "limit").
      const cognate = vocabulary.crossKey[id] >= 0 ? [vocabulary.crossKey[id] * 4 + NAME_KEY] : [];
      slots.forEach((slot, k) => {
        const keys = [...slot.map((c) => c * 4 + CONCEPT_KEY), ...(slots.length === 1 ? cognate : [])];
        items.push({ keys, weight: meaningful ? 1 : 0.5, content: meaningful, concept: true, strong: isContent, modifier: k < slots.length - 1 });
      });
      if (meaningful) knownContent++;
      if (meaningful && !isContent) content++;
    } else if (packed & CAPITAL && cls === CONTENT && vocabulary.crossKey[id] >= 0) {
      items.push({ keys: [vocabulary.crossKey[id] * 4 + NAME_KEY], weight: 1.5, content: true, concept: false });
      knownContent++;
    } else if (cls === CONTENT) unknown += UNKNOWN_WEIGHT;
  }
  return { items, content, knownContent, unknown, negated, numbers };
}

/**
 * Greedy one-to-one matching of items sharing a key; returns the matched
 * flags of both sides. An item left over that repeats a concept matched on
 * its own side counts as matched: one word may be rendered by two ("Rohstoffe",
 * "raw materials").
 */
function matchItems(a: readonly Item[], b: readonly Item[]): { matchedA: Uint8Array; matchedB: Uint8Array } {
  const matchedA = new Uint8Array(a.length);
  const matchedB = new Uint8Array(b.length);
  const byKey = new Map<number, number[]>();
  b.forEach((item, j) => {
    for (const key of item.keys) {
      const list = byKey.get(key);
      if (list) list.push(j);
      else byKey.set(key, [j]);
    }
  });
  const usedKeys = new Set<number>();
  // Items with a single sense first: they have no other way to match.
  const order = a.map((_, i) => i).sort((x, y) => a[x].keys.length - a[y].keys.length || x - y);
  for (const i of order) {
    let found = -1;
    let via = -1;
    for (const key of a[i].keys) {
      for (const j of byKey.get(key) ?? []) {
        if (!matchedB[j] && (found < 0 || b[j].keys.length < b[found].keys.length)) {
          found = j;
          via = key;
        }
      }
    }
    if (found >= 0) {
      matchedA[i] = 1;
      matchedB[found] = 1;
      usedKeys.add(via);
    }
  }
  const repeats = (items: readonly Item[], matched: Uint8Array) => {
    items.forEach((item, i) => {
      if (!matched[i] && item.concept && item.keys.some((key) => (key & 3) === CONCEPT_KEY && usedKeys.has(key))) matched[i] = 1;
    });
  };
  repeats(a, matchedA);
  repeats(b, matchedB);
  return { matchedA, matchedB };
}

/** Cross-language comparison through the bilingual lexicon, numbers and names. */
function compareTranslation(a: QuoteUnit, b: QuoteUnit): Verdict | undefined {
  const speakers = speakerAdjustment(a, b);
  if (speakers < 0) return undefined;
  const ca = itemsOf(a);
  const cb = itemsOf(b);
  if (ca.negated !== cb.negated) return undefined;
  if (ca.content === 0 || cb.content === 0) return undefined;
  const ratio = ca.content / cb.content;
  if (ratio < 0.4 || ratio > 2.5) return undefined;
  if (ca.knownContent / ca.content < 0.4 || cb.knownContent / cb.content < 0.4) return undefined;
  // A number on one side that the other does not have, when the other names a number: a different statement.
  if (cb.numbers.size > 0 && ca.numbers.size > 0) {
    for (const key of ca.numbers) if (!cb.numbers.has(key)) return undefined;
    for (const key of cb.numbers) if (!ca.numbers.has(key)) return undefined;
  }
  if (polarityConflict(a, b)) return undefined;
  const { matchedA, matchedB } = matchItems(ca.items, cb.items);
  const side = (bag: ItemBag, matched: Uint8Array) => {
    let total = bag.unknown;
    let got = 0;
    let count = 0;
    let contentCount = 0;
    let strongCount = 0;
    let substituted = 0;
    let modifierLeft = false;
    bag.items.forEach((item, i) => {
      total += item.weight;
      if (!matched[i]) {
        if (item.strong) substituted++;
        if (item.modifier) modifierLeft = true;
        return;
      }
      got += item.weight;
      count++;
      if (item.content) contentCount++;
      if (item.strong) strongCount++;
    });
    return { cover: total === 0 ? 0 : got / total, count, contentCount, substituted, kept: strongCount / Math.max(1, strongCount + substituted), modifierLeft };
  };
  const sa = side(ca, matchedA);
  const sb = side(cb, matchedB);
  if (Math.min(sa.count, sb.count) < THRESHOLDS.translationShared || Math.min(sa.contentCount, sb.contentCount) < 2) return undefined;
  // Known words left over on both sides: one was put for the other ("Schulen" for "hospitals"), unless they are few among many;
  // a compound whose head matched but whose first part did not names a sibling ("Kohlekraftwerk", "nuclear power plant").
  if (sa.substituted > 0 && sb.substituted > 0) {
    if (Math.min(sa.kept, sb.kept) < THRESHOLDS.translationKeptWithSubstitution || sa.modifierLeft || sb.modifierLeft) return undefined;
  }
  const low = Math.min(sa.cover, sb.cover);
  const needed = speakers > 0 ? THRESHOLDS.translationCover : THRESHOLDS.translationCoverNoSpeaker;
  if (low < needed || Math.max(sa.cover, sb.cover) < 0.6) return undefined;
  const score = Math.min(0.85, 0.3 + 0.5 * low + (speakers > 0 ? 0.1 : 0));
  return { kind: 'translation', score };
}

export function compareUnits(a: QuoteUnit, b: QuoteUnit): Verdict | undefined {
  return a.language === b.language ? compareSameLanguage(a, b) : compareTranslation(a, b);
}
