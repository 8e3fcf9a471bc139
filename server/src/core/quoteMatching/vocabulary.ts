/**
 * Words interned to integer ids, so that an indexed quotation costs a few
 * integers per word instead of an object with strings (100,000 quoted
 * statements of ~13 words were ~200 MB as objects). Everything the matcher
 * needs to know about a word that does not depend on where it stands — its
 * stem, class, bilingual concept, name key — is computed once per distinct
 * word and kept in arrays indexed by the word id.
 *
 * Ids only grow (a word seen once keeps its id), so the tables are bounded by
 * the number of distinct words ever read, not by the corpus size.
 */
import { stemmer as stemDe } from '@orama/stemmers/german';
import { stemmer as stemEn } from '@orama/stemmers/english';
import stopwordsDe from 'stopwords-de/stopwords-de.json';
import stopwordsEn from 'stopwords-en/stopwords-en.json';
import type { LanguageCode } from '../article/types';
import { BILINGUAL_LEXICON } from '../languages/quotes/bilingualLexicon';
import { NEGATIONS } from '../languages/quotes/negations';

export type TokenClass = 'content' | 'stop' | 'negation' | 'number';

/** Token classes as small integers, in the order of CLASS_NAMES. */
export const CONTENT = 0;
export const STOP = 1;
export const NEGATION = 2;
export const NUMBER = 3;
export const CLASS_NAMES: readonly TokenClass[] = ['content', 'stop', 'negation', 'number'];

const STOPWORDS: Record<LanguageCode, ReadonlySet<string>> = {
  de: new Set(stopwordsDe as string[]),
  en: new Set(stopwordsEn as string[]),
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

/**
 * Keys shared by both languages (numbers, folded names): a number or a name
 * is the same feature in a German and an English article.
 */
const crossKeys = new Map<string, number>();

function crossKey(text: string): number {
  let id = crossKeys.get(text);
  if (id === undefined) {
    id = crossKeys.size;
    crossKeys.set(text, id);
  }
  return id;
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

/** German compounds: the concept of the head noun at the end ("Klimaziele" → "Ziele"). */
function compoundConcept(norm: string, language: LanguageCode, table: Map<string, number>): number {
  if (language !== 'de' || norm.length < 8) return -1;
  for (let k = 3; k <= norm.length - 4; k++) {
    const concept = table.get(stemDe(norm.slice(k)).replace(/ß/g, 'ss'));
    if (concept !== undefined) return concept;
  }
  return -1;
}

function normalizeNumber(raw: string): string {
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(raw)) return raw.replace(/[.,]/g, '');
  return raw.replace(',', '.');
}

/**
 * A copy of a string that does not point into the text it was cut from
 * (V8 keeps longer substrings as slices of their parent: a vocabulary entry
 * would keep a whole article alive).
 */
function detached(text: string): string {
  return text.split('').join('');
}

/** The words of one language. */
export class Vocabulary {
  /** Word id by surface form as written (a cache: ids are owned by `byNorm`). */
  private readonly surfaces = new SurfaceTable();
  private readonly byNorm = new Map<string, number>();
  private readonly stemIds = new Map<string, number>();
  /** Lower-cased form (apostrophes unified, hyphens and number separators removed). */
  readonly norm: string[] = [];
  readonly stem: number[] = [];
  readonly stemText: string[] = [];
  readonly cls: number[] = [];
  /** Bilingual concept id, or -1. */
  readonly concept: number[] = [];
  /** Cross-language key of a number, or of a word long enough to be a name when capitalised; -1 otherwise. */
  readonly crossKey: number[] = [];

  constructor(readonly language: LanguageCode) {}

  /** The id of a word as written; `isNumber` for digits ("1.200", "3,5"). */
  idOf(surface: string, isNumber: boolean): number {
    const norm = isNumber ? normalizeNumber(surface) : surface.toLowerCase().replace(/’/g, "'").replace(/[-‐]/g, '');
    return this.byNorm.get(norm) ?? this.add(detached(norm), isNumber);
  }

  /**
   * The id of the word text[start, end), whose hash the scanner computed:
   * found without making a substring when the surface form was seen before.
   */
  idAt(text: string, start: number, end: number, hash: number, isNumber: boolean): number {
    const found = this.surfaces.find(text, start, end, hash);
    if (found >= 0) return found;
    const id = this.idOf(text.slice(start, end), isNumber);
    this.surfaces.add(text, start, end, hash, id);
    return id;
  }

  private add(norm: string, isNumber: boolean): number {
    const id = this.norm.length;
    this.byNorm.set(norm, id);
    const stem = isNumber ? norm : stemWord(norm, this.language);
    let stemId = this.stemIds.get(stem);
    if (stemId === undefined) {
      stemId = this.stemText.length;
      this.stemIds.set(stem, stemId);
      this.stemText.push(stem);
    }
    const negations = NEGATIONS[this.language];
    const cls = isNumber ? NUMBER : negations.has(norm) || norm.endsWith("n't") ? NEGATION : STOPWORDS[this.language].has(norm) ? STOP : CONTENT;
    const table = concepts()[this.language];
    this.norm.push(norm);
    this.stem.push(stemId);
    this.cls.push(cls);
    this.concept.push(isNumber ? -1 : (table.get(stem) ?? compoundConcept(norm, this.language, table)));
    this.crossKey.push(isNumber ? crossKey('#' + norm) : cls === CONTENT && norm.length >= 4 ? crossKey('n' + norm.replace(/w/g, 'v').replace(/y/g, 'j')) : -1);
    return id;
  }
}

/**
 * Surface form → word id, open addressing over typed arrays, looked up by a
 * range of a text and its hash (no substring). The characters of the known
 * forms are copied into one buffer: keeping substrings would keep the whole
 * article texts they were cut from alive. A cache: cleared when large.
 */
class SurfaceTable {
  private slots = new Int32Array(1 << 14).fill(-1);
  private count = 0;
  private hashes = new Int32Array(1 << 13);
  private starts = new Int32Array(1 << 13);
  private lengths = new Int32Array(1 << 13);
  private ids = new Int32Array(1 << 13);
  private chars = new Uint16Array(1 << 16);
  private used = 0;

  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    const signed = hash | 0;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry < 0) return -1;
      if (this.hashes[entry] !== signed || this.lengths[entry] !== length) continue;
      const from = this.starts[entry];
      let k = 0;
      while (k < length && this.chars[from + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return this.ids[entry];
    }
  }

  add(text: string, start: number, end: number, hash: number, id: number): void {
    const length = end - start;
    if (this.count >= 500_000 || this.used + length > 1 << 24) this.clear();
    if ((this.count + 1) * 2 > this.slots.length) this.growSlots();
    if (this.count === this.ids.length) this.growEntries();
    while (this.used + length > this.chars.length) {
      const bigger = new Uint16Array(this.chars.length * 2);
      bigger.set(this.chars);
      this.chars = bigger;
    }
    for (let k = 0; k < length; k++) this.chars[this.used + k] = text.charCodeAt(start + k);
    const entry = this.count++;
    this.hashes[entry] = hash | 0;
    this.starts[entry] = this.used;
    this.lengths[entry] = length;
    this.ids[entry] = id;
    this.used += length;
    this.place(entry);
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[entry] & mask;
    while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private growSlots(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let entry = 0; entry < this.count; entry++) this.place(entry);
  }

  private growEntries(): void {
    const grow = (array: Int32Array) => {
      const bigger = new Int32Array(array.length * 2);
      bigger.set(array);
      return bigger;
    };
    this.hashes = grow(this.hashes);
    this.starts = grow(this.starts);
    this.lengths = grow(this.lengths);
    this.ids = grow(this.ids);
  }

  private clear(): void {
    this.slots = new Int32Array(1 << 14).fill(-1);
    this.count = 0;
    this.used = 0;
  }
}

export const VOCABULARIES: Record<LanguageCode, Vocabulary> = { de: new Vocabulary('de'), en: new Vocabulary('en') };

/** Number of concepts in the lexicon. */
export function lexiconSize(): number {
  let max = -1;
  for (const id of concepts().de.values()) max = Math.max(max, id);
  return max + 1;
}
