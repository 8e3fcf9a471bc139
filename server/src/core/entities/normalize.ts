/**
 * Name keys: one spelling for the German and English transliterations of the
 * same name ("Belowa"/"Belova", "Andrij Kowal"/"Andriy Koval",
 * "Müller"/"Mueller"), so the corpus index can link them.
 */
import { englishEntities, germanEntities, SURNAME_PREFIXES } from '../languages/entities';

const DIACRITICS = /\p{M}/gu;
const PARTICLES = new Set([...germanEntities.nameParticles, ...englishEntities.nameParticles, ...SURNAME_PREFIXES]);

/**
 * Whether a person's name is a full name (given name and surname) rather than
 * a surname, also one with particles ("De Vries", "van der Hoeven").
 */
export function isFullPersonName(name: string): boolean {
  const space = name.search(/\s/u);
  return space > 0 && !PARTICLES.has(name.slice(0, space).toLowerCase());
}

const KEY_CACHE_LIMIT = 50_000;
const keyCache = new Map<string, string>();

/** Folds case, diacritics and the usual German/English transliteration differences. */
export function nameKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    key = computeNameKey(name);
    keyCache.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  let key = name
    .toLowerCase()
    .replace(/[’'`´]/g, "'")
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .replace(/ł/g, 'l');
  key = key
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/kh/g, 'ch')
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/zh/g, 'sh')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/y\b/g, 'i')
    .replace(/ii\b/g, 'i')
    .replace(/\s+/g, ' ')
    .trim();
  return key;
}

/** Removes an English possessive ("Vollmer’s" → "Vollmer", "Harris’" → "Harris"). */
export function stripPossessive(word: string): string {
  if (/['’]s$/u.test(word)) return word.slice(0, -2);
  if (/s['’]$/u.test(word)) return word.slice(0, -1);
  return word;
}

/** The German genitive forms a name may take: "Vollmers" → "Vollmer", "Moskaus" → "Moskau". */
export function genitiveBases(word: string): string[] {
  const bases: string[] = [];
  if (word.length > 3 && word.endsWith('s')) bases.push(word.slice(0, -1));
  if (word.length > 4 && word.endsWith('es')) bases.push(word.slice(0, -2));
  return bases;
}

/** Case- and accent-insensitive form for matching user queries. */
export function foldForSearch(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(DIACRITICS, '').replace(/ß/g, 'ss');
}
