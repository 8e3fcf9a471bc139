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
import { ANTONYM_AXES } from '../languages/quotes/antonyms';
import { BILINGUAL_LEXICON } from '../languages/quotes/bilingualLexicon';
import { GERMAN_LINKING_ENDINGS, GERMAN_NON_MODIFIERS } from '../languages/quotes/compoundParts';
import { NEGATIONS } from '../languages/quotes/negations';
import { NUMBER_WORDS } from '../languages/quotes/numberWords';
import { foldSpelling } from './spelling';

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
      // Spelling variants fold to one key first ("muß"/"muss", "prioritise"/"prioritize").
      const base = foldSpelling(language === 'en' ? word.replace(/'s$/, '') : word, language);
      stem = language === 'de' ? stemDe(base) : stemEn(base);
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

interface LanguageTables {
  /** Concept ids by stem: a stem on several lexicon lines carries several (senses). */
  readonly concepts: Map<string, number[]>;
  /** Signed polarity axes by stem (+axis for one pole, -axis for the other). */
  readonly axes: Map<string, number[]>;
}

/**
 * Concepts whose German or English head form is no stop word ("klar" for
 * "clear", which the English stop list holds): content, whatever the class
 * of the word that carries them. Pronouns and auxiliaries stay function words.
 */
const contentConcepts = new Set<number>();

export function isContentConcept(concept: number): boolean {
  return contentConcepts.has(concept);
}

let languageTables: Record<LanguageCode, LanguageTables> | undefined;

function addTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** The lexicon and the polarity axes, stemmed; loaded once, on first use. */
function tables(): Record<LanguageCode, LanguageTables> {
  if (languageTables) return languageTables;
  const result: Record<LanguageCode, LanguageTables> = { de: { concepts: new Map(), axes: new Map() }, en: { concepts: new Map(), axes: new Map() } };
  let id = 0;
  for (const text of BILINGUAL_LEXICON) {
    for (const line of text.split('\n')) {
      const [de, en] = line.split('=');
      if (!de || !en || line.startsWith('#')) continue;
      for (const [language, forms] of [['de', de], ['en', en]] as const) {
        const words = forms.trim().split(/\s+/).map((word) => word.toLowerCase());
        for (const word of words) addTo(result[language].concepts, stemWord(word, language), id);
        // Judged by the head form of the line: the stop lists miss many inflected forms of function words.
        if (!STOPWORDS[language].has(words[0])) contentConcepts.add(id);
      }
      id++;
    }
  }
  let axis = 0;
  for (const line of ANTONYM_AXES.split('\n')) {
    const poles = line.split('<>');
    if (poles.length !== 2) continue;
    axis++;
    poles.forEach((pole, p) => {
      const [de, en] = pole.split('|');
      const sign = p === 0 ? 1 : -1;
      for (const word of (de ?? '').trim().split(/\s+/).filter(Boolean)) addTo(result.de.axes, stemWord(word.toLowerCase(), 'de'), sign * axis);
      for (const word of (en ?? '').trim().split(/\s+/).filter(Boolean)) addTo(result.en.axes, stemWord(word.toLowerCase(), 'en'), sign * axis);
    });
  }
  languageTables = result;
  return result;
}

/** Concept slots of a word: one slot per meaning-bearing part, each with its alternative concepts. */
export type ConceptSlots = readonly (readonly number[])[];
const NO_SLOTS: ConceptSlots = [];
const NO_AXES: readonly number[] = [];

/**
 * A German compound that the lexicon does not hold: the concepts of its head
 * (the longest known word it ends with, "Grenzkontrollen" → "Kontrollen")
 * and, when known, of its modifier ("Grenz"), as two slots.
 */
function compoundSlots(norm: string, language: LanguageCode, table: Map<string, number[]>): ConceptSlots {
  if (language !== 'de' || norm.length < 8) return NO_SLOTS;
  for (let k = 3; k <= norm.length - 4; k++) {
    const head = table.get(stemWord(norm.slice(k), 'de'));
    if (head === undefined) continue;
    const modifier = norm.slice(0, k);
    let modifierConcepts: number[] | undefined = table.get(stemWord(modifier, 'de'));
    for (const ending of GERMAN_LINKING_ENDINGS) {
      if (modifierConcepts || !modifier.endsWith(ending) || modifier.length - ending.length < 3) continue;
      modifierConcepts = table.get(stemWord(modifier.slice(0, -ending.length), 'de'));
    }
    if (modifierConcepts) return [modifierConcepts, head];
    // An unknown modifier: a compound only when it is no verbal prefix ("Verantwortung" is no "Antwort").
    if (modifier.length >= 4 && !GERMAN_NON_MODIFIERS.has(modifier)) return [head];
    return NO_SLOTS;
  }
  return NO_SLOTS;
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
  /** Bilingual concept id (the first of the first slot), or -1. */
  readonly concept: number[] = [];
  /** Bilingual concepts, per meaning-bearing part of the word (see ConceptSlots). */
  readonly slots: ConceptSlots[] = [];
  /** Signed polarity axes of the word (languages/quotes/antonyms.ts). */
  readonly polarity: (readonly number[])[] = [];
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
    // A number written as a word ("drei", "three") is that number to the matcher.
    const numberValue = isNumber ? norm : NUMBER_WORDS[this.language].get(norm);
    const stem = numberValue ?? stemWord(norm, this.language);
    let stemId = this.stemIds.get(stem);
    if (stemId === undefined) {
      stemId = this.stemText.length;
      this.stemIds.set(stem, stemId);
      this.stemText.push(stem);
    }
    const negations = NEGATIONS[this.language];
    const cls = numberValue !== undefined ? NUMBER : negations.has(norm) || norm.endsWith("n't") ? NEGATION : STOPWORDS[this.language].has(norm) ? STOP : CONTENT;
    const { concepts, axes } = tables()[this.language];
    const direct = numberValue === undefined ? concepts.get(stem) : undefined;
    const slots = numberValue !== undefined ? NO_SLOTS : direct ? [direct] : compoundSlots(norm, this.language, concepts);
    this.norm.push(norm);
    this.stem.push(stemId);
    this.cls.push(cls);
    this.slots.push(slots);
    this.concept.push(slots.length > 0 ? slots[slots.length - 1][0] : -1);
    this.polarity.push((numberValue === undefined ? axes.get(stem) : undefined) ?? NO_AXES);
    this.crossKey.push(numberValue !== undefined ? crossKey('#' + numberValue) : cls === CONTENT && norm.length >= 4 ? crossKey('n' + norm.replace(/w/g, 'v').replace(/y/g, 'j')) : -1);
    return id;
  }
}

/**
 * Surface form → word id, open addressing over typed arrays, looked up by a
 * range of a text and its hash (no substring). The characters of the known
 * forms are copied into one buffer: keeping substrings would keep the whole
 * article texts they were cut from alive. A cache: cleared when large.
 *
 * A slot holds its entry and the entry's hash side by side, and an entry its
 * start, length and id: a lookup reads one cache line of each (this runs for
 * every word of every quotation), not one per column.
 */
class SurfaceTable {
  /** Per slot: entry (-1 when empty), hash. */
  private slots = SurfaceTable.emptySlots(1 << 14);
  private count = 0;
  /** Per entry: start in `chars`, length, word id. */
  private entries = new Int32Array(3 << 13);
  private chars = new Uint16Array(1 << 16);
  private used = 0;

  private static emptySlots(count: number): Int32Array {
    const slots = new Int32Array(count * 2);
    for (let slot = 0; slot < slots.length; slot += 2) slots[slot] = -1;
    return slots;
  }

  find(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = slots.length / 2 - 1;
    const length = end - start;
    const signed = hash | 0;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot * 2];
      if (entry < 0) return -1;
      if (slots[slot * 2 + 1] !== signed || this.entries[entry * 3 + 1] !== length) continue;
      const from = this.entries[entry * 3];
      let k = 0;
      while (k < length && this.chars[from + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return this.entries[entry * 3 + 2];
    }
  }

  add(text: string, start: number, end: number, hash: number, id: number): void {
    const length = end - start;
    if (this.count >= 500_000 || this.used + length > 1 << 24) this.clear();
    if ((this.count + 1) * 2 > this.slots.length / 2) this.growSlots();
    if (this.count * 3 === this.entries.length) {
      const bigger = new Int32Array(this.entries.length * 2);
      bigger.set(this.entries);
      this.entries = bigger;
    }
    while (this.used + length > this.chars.length) {
      const bigger = new Uint16Array(this.chars.length * 2);
      bigger.set(this.chars);
      this.chars = bigger;
    }
    for (let k = 0; k < length; k++) this.chars[this.used + k] = text.charCodeAt(start + k);
    const entry = this.count++;
    this.entries[entry * 3] = this.used;
    this.entries[entry * 3 + 1] = length;
    this.entries[entry * 3 + 2] = id;
    this.used += length;
    this.place(entry, hash | 0);
  }

  private place(entry: number, hash: number): void {
    const mask = this.slots.length / 2 - 1;
    let slot = hash & mask;
    while (this.slots[slot * 2] >= 0) slot = (slot + 1) & mask;
    this.slots[slot * 2] = entry;
    this.slots[slot * 2 + 1] = hash;
  }

  private growSlots(): void {
    const old = this.slots;
    this.slots = SurfaceTable.emptySlots(old.length);
    for (let slot = 0; slot < old.length; slot += 2) if (old[slot] >= 0) this.place(old[slot], old[slot + 1]);
  }

  private clear(): void {
    this.slots = SurfaceTable.emptySlots(1 << 14);
    this.count = 0;
    this.used = 0;
  }
}

export const VOCABULARIES: Record<LanguageCode, Vocabulary> = { de: new Vocabulary('de'), en: new Vocabulary('en') };

/** Number of concepts in the lexicon and of stems that carry them, per language. */
export function lexiconSize(): { concepts: number; de: number; en: number } {
  const { de, en } = tables();
  let max = -1;
  for (const ids of de.concepts.values()) for (const id of ids) max = Math.max(max, id);
  return { concepts: max + 1, de: de.concepts.size, en: en.concepts.size };
}
