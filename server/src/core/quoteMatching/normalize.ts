/**
 * Turns the quotations of an article into matchable units: one unit per
 * statement (a quotation together with the parts that resume it after
 * "sagte sie"), as a sequence of normalised, stemmed tokens. Quotation
 * marks, case and punctuation disappear; ellipses ("...", "…", "[...]",
 * "(...)") become gaps; editorial insertions in square brackets
 * ("[der Minister]") are dropped; nested quotations are masked out of their
 * parent (they are someone else's words, and units of their own).
 */
import type { Article, LanguageCode, Quotation } from '../article/types';
import type { QuotationAttribution } from '../speakers/discourse';
import type { Span } from '../text/span';
import { END, GAP, QuoteScanner, WORD } from './scanner';
import { CLASS_NAMES, STOP, VOCABULARIES, type TokenClass } from './vocabulary';

export type { TokenClass } from './vocabulary';

/** A word of a quotation, as an object: for word diffs and tests (the index keeps words packed, see QuoteUnit). */
export interface QuoteToken {
  /** Offset range of the word in the article's text. */
  readonly start: number;
  readonly end: number;
  /** Lower-cased surface form (apostrophes unified, hyphens and number separators removed). */
  readonly norm: string;
  readonly stem: string;
  readonly cls: TokenClass;
  /** Written with a capital letter (names in English; nouns and names in German). */
  readonly capital: boolean;
  /** An ellipsis or a masked nested quotation precedes the token: words were left out here. */
  readonly gapBefore: boolean;
  /** Bilingual concept id, or -1. */
  readonly concept: number;
}

/** Bits of a packed word: the word id is shifted past them. */
export const GAP_BEFORE = 1;
export const CAPITAL = 2;
export const WORD_SHIFT = 2;

export interface QuoteUnit {
  /** The quotations of the statement, first the one that opens it, then those that resume it. */
  readonly quotations: readonly number[];
  readonly language: LanguageCode;
  /**
   * Three integers per word: start offset, end offset, and the word id of
   * VOCABULARIES[language] shifted by WORD_SHIFT, or-ed with CAPITAL and
   * GAP_BEFORE.
   */
  readonly words: readonly number[];
  /** Speaker surname, transliteration-folded ("belowa" and "belova" both give "belova"), when known. */
  readonly speaker?: string;
  /** The quotation's discourse kind (speech, partial, nested), when known. */
  readonly kind?: string;
  /** The last token is followed by a gap (the quotation ends with an ellipsis). */
  readonly gapAfter: boolean;
}

export function wordCount(unit: QuoteUnit): number {
  return unit.words.length / 3;
}

/** The words of a unit as objects. */
export function unitTokens(unit: QuoteUnit): QuoteToken[] {
  const vocabulary = VOCABULARIES[unit.language];
  const tokens: QuoteToken[] = [];
  for (let p = 0; p < unit.words.length; p += 3) {
    const packed = unit.words[p + 2];
    const id = packed >>> WORD_SHIFT;
    tokens.push({
      start: unit.words[p],
      end: unit.words[p + 1],
      norm: vocabulary.norm[id],
      stem: vocabulary.stemText[vocabulary.stem[id]],
      cls: CLASS_NAMES[vocabulary.cls[id]],
      capital: (packed & CAPITAL) !== 0,
      gapBefore: (packed & GAP_BEFORE) !== 0,
      concept: vocabulary.concept[id],
    });
  }
  return tokens;
}

/** Folds a name across German/English transliteration: Belowa/Belova, Orlow/Orlov, Kowal/Koval. */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/w/g, 'v')
    .replace(/y/g, 'j')
    .replace(/ck/g, 'k')
    .replace(/[^a-z]/g, '');
}

/** Scratch buffer for the packed words of one statement. */
let scratch = new Int32Array(3 * 256);
const scanner = new QuoteScanner();

function isCapital(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  if (c < 128) return c >= 65 && c <= 90;
  const char = text[offset];
  return char !== char.toLowerCase();
}

/** Packed words of the given ranges of text (see QuoteUnit.words); a gap separates ranges. */
export function tokenize(text: string, ranges: readonly (Span & { readonly gapBefore?: boolean })[], language: LanguageCode): { words: readonly number[]; gapAfter: boolean } {
  const vocabulary = VOCABULARIES[language];
  let n = 0;
  let gap = false;
  for (let r = 0; r < ranges.length; r++) {
    const range = ranges[r];
    if (r > 0 && range.gapBefore) gap = true;
    scanner.reset(text, range.start, range.end);
    for (let kind = scanner.next(); kind !== END; kind = scanner.next()) {
      if (kind === GAP) {
        gap = true;
        continue;
      }
      const { start, end } = scanner;
      const isWord = kind === WORD;
      const id = vocabulary.idAt(text, start, end, scanner.hash, !isWord);
      if (n + 3 > scratch.length) {
        const bigger = new Int32Array(scratch.length * 2);
        bigger.set(scratch);
        scratch = bigger;
      }
      scratch[n++] = start;
      scratch[n++] = end;
      scratch[n++] = (id << WORD_SHIFT) | (isWord && isCapital(text, start) ? CAPITAL : 0) | (gap ? GAP_BEFORE : 0);
      gap = false;
    }
  }
  // A plain array: a typed array per statement costs a backing store each, slower to make than the words themselves.
  const words = new Array<number>(n);
  for (let k = 0; k < n; k++) words[k] = scratch[k];
  return { words, gapAfter: gap };
}

interface Range extends Span {
  readonly gapBefore?: boolean;
}

/** Content ranges of a quotation without the nested quotations inside it. */
function ownRanges(quotation: Quotation, children: readonly Quotation[]): Range[] {
  const ranges: Range[] = [];
  let start = quotation.content.start;
  let gapBefore = false;
  for (const child of children) {
    if (child.span.start > start) ranges.push({ start, end: child.span.start, gapBefore });
    start = Math.max(start, child.span.end);
    gapBefore = true;
  }
  if (quotation.content.end > start) ranges.push({ start, end: quotation.content.end, gapBefore });
  return ranges;
}

/** The statements quoted in an article, as units (terms and very short quotations are left out). */
export function quoteUnits(article: Article, attributions?: readonly QuotationAttribution[]): QuoteUnit[] {
  const byQuotation = new Map<number, QuotationAttribution>();
  for (const a of attributions ?? []) byQuotation.set(a.quotation, a);
  const rootOf = (q: Quotation): number => {
    let current = q;
    for (let guard = 0; current.continues !== undefined && guard < 50; guard++) {
      const previous = article.quotations[current.continues];
      if (!previous) break;
      current = previous;
    }
    return current.index;
  };
  // Children grouped once: filtering every quotation's children from all quotations is quadratic.
  const childrenOf = new Map<number, Quotation[]>();
  for (const q of article.quotations) {
    if (q.parent === undefined) continue;
    const siblings = childrenOf.get(q.parent);
    if (siblings) siblings.push(q);
    else childrenOf.set(q.parent, [q]);
  }
  for (const siblings of childrenOf.values()) siblings.sort((a, b) => a.span.start - b.span.start);
  const chains = new Map<number, number[]>();
  for (const q of article.quotations) {
    const root = rootOf(q);
    const chain = chains.get(root);
    if (chain) chain.push(q.index);
    else chains.set(root, [q.index]);
  }
  const units: QuoteUnit[] = [];
  for (const chain of chains.values()) {
    chain.sort((a, b) => a - b);
    const root = byQuotation.get(chain[0]);
    if (root?.kind === 'term') continue;
    const ranges: Range[] = [];
    chain.forEach((index, i) => {
      const own = ownRanges(article.quotations[index], childrenOf.get(index) ?? []);
      if (own.length > 0 && i > 0) own[0] = { ...own[0], gapBefore: false };
      ranges.push(...own);
    });
    const { words, gapAfter } = tokenize(article.text, ranges, article.language);
    const classes = VOCABULARIES[article.language].cls;
    let weight = 0;
    for (let p = 2; p < words.length; p += 3) if (classes[words[p] >>> WORD_SHIFT] !== STOP) weight++;
    if (words.length < 9 || weight < 2) continue;
    const speakerInfo = chain.map((i) => byQuotation.get(i)?.speaker).find((s) => s !== undefined);
    const name = speakerInfo?.resolved ? (speakerInfo.fullName ?? speakerInfo.name) : undefined;
    const surname = name?.trim().split(/\s+/).pop();
    const speaker = surname && /^\p{Lu}/u.test(surname) ? foldName(surname) : undefined;
    units.push({ quotations: chain, language: article.language, words, speaker, kind: root?.kind, gapAfter });
  }
  return units;
}
