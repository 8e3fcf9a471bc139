/**
 * Entity language data: per-language word lists, the place gazetteer and the
 * organisation lexicon.
 */
import type { LanguageCode } from '../../article/types';
import { germanEntities } from './de';
import { englishEntities } from './en';
import type { EntityLanguageData } from './types';

export type { EntityLanguageData } from './types';
export { germanEntities } from './de';
export { englishEntities } from './en';
export { countryName, gazetteer } from './gazetteer';
export type { GazetteerEntry, PlaceKind } from './gazetteer';
export { organisations, CLUB_NICKNAMES, CLUB_PREFIXES, CLUB_SUFFIXES, LEGAL_SUFFIXES, NOT_ACRONYMS, REGIONAL_DIVISION_WORDS, ROMANCE_LOWER_WORD, ROMANCE_NAME_JOINTS, ROMANCE_ORGANISATION_HEADS, ROMANCE_WEAK_HEADS } from './organisations';
export type { OrganisationEntry } from './organisations';
export { FAMILY_NAME_FIRST_MARKERS, GIVEN_NAMES, SURNAME_ENDINGS, SURNAME_PREFIXES } from './names';

export function entityDataFor(code: LanguageCode): EntityLanguageData {
  return code === 'de' ? germanEntities : englishEntities;
}
