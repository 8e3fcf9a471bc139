/**
 * Turns the quotations of an article into matchable units: one unit per
 * statement (a quotation together with the parts that resume it after
 * "sagte sie"), as a sequence of normalised, stemmed tokens. Quotation
 * marks, case and punctuation disappear; ellipses ("...", "…", "[...]",
 * "(...)") become gaps; editorial insertions in square brackets
 * ("[der Minister]") are dropped; nested quotations are masked out of their
 * parent (they are someone else's words, and units of their own).
 */
import { stemmer as stemDe } from '@orama/stemmers/german';
import { stemmer as stemEn } from '@orama/stemmers/english';
import stopwordsDe from 'stopwords-de/stopwords-de.json';
import stopwordsEn from 'stopwords-en/stopwords-en.json';
import type { Article, LanguageCode, Quotation } from '../article/types';
import { BILINGUAL_LEXICON } from '../languages/quotes/bilingualLexicon';
import type { QuotationAttribution } from '../speakers/discourse';
import type { Span } from '../text/span';

export type TokenClass = 'content' | 'stop' | 'negation' | 'number';

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

export interface QuoteUnit {
  /** The quotations of the statement, first the one that opens it, then those that resume it. */
  readonly quotations: readonly number[];
  readonly language: LanguageCode;
  readonly tokens: readonly QuoteToken[];
  /** Speaker surname, transliteration-folded ("belowa" and "belova" both give "belova"), when known. */
  readonly speaker?: string;
  /** The quotation's discourse kind (speech, partial, nested), when known. */
  readonly kind?: string;
  /** The last token is followed by a gap (the quotation ends with an ellipsis). */
  readonly gapAfter: boolean;
}

const STOPWORDS: Record<LanguageCode, ReadonlySet<string>> = {
  de: new Set(stopwordsDe as string[]),
  en: new Set(stopwordsEn as string[]),
};

const NEGATIONS: Record<LanguageCode, ReadonlySet<string>> = {
  de: new Set(['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'niemand', 'niemanden', 'niemandem', 'weder', 'noch']),
  en: new Set(['not', "n't", 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', "don't", "doesn't", "didn't", "won't", "can't", 'cannot', "isn't", "aren't", "wasn't", "weren't", "shouldn't", "wouldn't"]),
};

const stemCache: Record<LanguageCode, Map<string, string>> = { de: new Map(), en: new Map() };

export function stemWord(word: string, language: LanguageCode): string {
  const cache = stemCache[language];
  let stem = cache.get(word);
  if (stem === undefined) {
    if (/^\d/.test(word)) stem = word;
    else {
      const base = language === 'en' ? word.replace(/'s$/, '') : word;
      stem = language === 'de' ? stemDe(base) : stemEn(base);
      // Snowball German folds umlauts; fold ß too so "saßen"/"sassen" agree.
      stem = stem.replace(/ß/g, 'ss');
    }
    if (cache.size > 200_000) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}

let conceptTables: Record<LanguageCode, Map<string, number>> | undefined;

/** Concept ids of the bilingual lexicon, keyed by stem. */
function concepts(): Record<LanguageCode, Map<string, number>> {
  if (conceptTables) return conceptTables;
  const tables: Record<LanguageCode, Map<string, number>> = { de: new Map(), en: new Map() };
  let id = 0;
  for (const line of BILINGUAL_LEXICON.split('\n')) {
    const [de, en] = line.split('=');
    if (!de || !en) continue;
    for (const word of de.trim().split(/\s+/)) tables.de.set(stemWord(word.toLowerCase(), 'de'), id);
    for (const word of en.trim().split(/\s+/)) tables.en.set(stemWord(word.toLowerCase(), 'en'), id);
    id++;
  }
  conceptTables = tables;
  return tables;
}

/** Number of concepts in the lexicon; numbers and names get ids above it. */
export function lexiconSize(): number {
  let max = -1;
  for (const id of concepts().de.values()) max = Math.max(max, id);
  return max + 1;
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

/**
 * Ellipsis (4 forms), bracketed insertion, number, word. Words keep inner
 * apostrophes and hyphens ("Russia's", "E-Mail").
 */
const SCAN = /(\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\)|\.\.\.|…)|(\[[^\]\n]{0,80}\])|(\p{N}+(?:[.,]\p{N}+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)/gu;

function normalizeNumber(raw: string): string {
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(raw)) return raw.replace(/[.,]/g, '');
  return raw.replace(',', '.');
}

/** Tokens of the given ranges of text; a gap separates ranges. */
export function tokenize(text: string, ranges: readonly (Span & { readonly gapBefore?: boolean })[], language: LanguageCode): { tokens: QuoteToken[]; gapAfter: boolean } {
  const tokens: QuoteToken[] = [];
  const stop = STOPWORDS[language];
  const negations = NEGATIONS[language];
  const table = concepts()[language];
  let gap = false;
  for (let r = 0; r < ranges.length; r++) {
    const range = ranges[r];
    if (r > 0 && range.gapBefore) gap = true;
    const slice = text.slice(range.start, range.end);
    SCAN.lastIndex = 0;
    for (let m = SCAN.exec(slice); m; m = SCAN.exec(slice)) {
      if (m[1]) {
        gap = true;
        continue;
      }
      if (m[2]) continue; // editorial insertion
      const start = range.start + m.index;
      const end = start + m[0].length;
      if (m[3]) {
        const norm = normalizeNumber(m[3]);
        tokens.push({ start, end, norm, stem: norm, cls: 'number', capital: false, gapBefore: gap, concept: -1 });
      } else {
        const surface = m[4];
        const norm = surface.toLowerCase().replace(/’/g, "'").replace(/[-‐]/g, '');
        const stem = stemWord(norm, language);
        const cls: TokenClass = negations.has(norm) || norm.endsWith("n't") ? 'negation' : stop.has(norm) ? 'stop' : 'content';
        const capital = surface[0] !== surface[0].toLowerCase();
        tokens.push({ start, end, norm, stem, cls, capital, gapBefore: gap, concept: table.get(stem) ?? compoundConcept(norm, language, table) });
      }
      gap = false;
    }
  }
  return { tokens, gapAfter: gap };
}

/** German compounds: the concept of the head noun at the end ("Klimaziele" → "Ziele"). */
const compoundCache = new Map<string, number>();

function compoundConcept(norm: string, language: LanguageCode, table: Map<string, number>): number {
  if (language !== 'de' || norm.length < 8) return -1;
  let concept = compoundCache.get(norm);
  if (concept !== undefined) return concept;
  concept = -1;
  for (let k = 3; k <= norm.length - 4 && concept < 0; k++) concept = table.get(stemDe(norm.slice(k)).replace(/ß/g, 'ss')) ?? -1;
  if (compoundCache.size > 100_000) compoundCache.clear();
  compoundCache.set(norm, concept);
  return concept;
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
    const { tokens, gapAfter } = tokenize(article.text, ranges, article.language);
    const weight = tokens.reduce((sum, t) => sum + (t.cls === 'stop' ? 0 : 1), 0);
    if (tokens.length < 3 || weight < 2) continue;
    const speakerInfo = chain.map((i) => byQuotation.get(i)?.speaker).find((s) => s !== undefined);
    const name = speakerInfo?.resolved ? (speakerInfo.fullName ?? speakerInfo.name) : undefined;
    const surname = name?.trim().split(/\s+/).pop();
    const speaker = surname && /^\p{Lu}/u.test(surname) ? foldName(surname) : undefined;
    units.push({ quotations: chain, language: article.language, tokens, speaker, kind: root?.kind, gapAfter });
  }
  return units;
}
