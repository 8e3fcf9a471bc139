/**
 * The entity language data turned into sets and a phrase table for
 * constant-time lookups, built once per language and cached.
 */
import germanStopWords from 'stopwords-de/stopwords-de.json';
import englishStopWords from 'stopwords-en/stopwords-en.json';
import type { LanguageCode } from '../article/types';
import { profileFor } from '../languages';
import { CLUB_NICKNAMES, CLUB_PREFIXES, CLUB_SUFFIXES, entityDataFor, gazetteer, GIVEN_NAMES, LEGAL_SUFFIXES, NOT_ACRONYMS, organisations, SURNAME_ENDINGS } from '../languages/entities';
import type { EntityLanguageData, GazetteerEntry, OrganisationEntry } from '../languages/entities';
import { tokenize } from '../segmentation/tokens';

/** A place or organisation name from the lexicon, as a sequence of tokens. */
export interface Phrase {
  /** Tokens as written. */
  readonly tokens: readonly string[];
  /** The text between consecutive tokens, whitespace collapsed to one space. */
  readonly gaps: readonly string[];
  readonly target: PhraseTarget;
  /** Counts only after a place preposition. */
  readonly ambiguous: boolean;
  /** Punctuation that closes the name after its last token: the ")" of "Frankfurt (Oder)". */
  readonly trailing: string;
}

export type PhraseTarget =
  | { readonly type: 'place'; readonly entry: GazetteerEntry }
  | { readonly type: 'organisation'; readonly entry: OrganisationEntry };

export interface EntityLexicon {
  readonly code: LanguageCode;
  readonly data: EntityLanguageData;
  readonly titles: ReadonlySet<string>;
  readonly roleHeads: ReadonlySet<string>;
  readonly personNouns: ReadonlySet<string>;
  readonly roleModifiers: ReadonlySet<string>;
  readonly speakerVerbs: ReadonlySet<string>;
  readonly objectVerbs: ReadonlySet<string>;
  readonly auxiliaries: ReadonlySet<string>;
  readonly attributionAfter: ReadonlySet<string>;
  readonly attributionBefore: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  readonly nounSuffixes: readonly string[];
  /** Common words, weekdays and months, lower-case. */
  readonly commonWords: ReadonlySet<string>;
  readonly stopWords: ReadonlySet<string>;
  readonly givenNames: ReadonlySet<string>;
  readonly surnameEndings: readonly string[];
  readonly bylineWords: ReadonlySet<string>;
  readonly creditWords: ReadonlySet<string>;
  readonly organisationHeads: readonly string[];
  readonly bodyCompoundHeads: ReadonlySet<string>;
  readonly mediaNouns: ReadonlySet<string>;
  readonly placePrepositions: ReadonlySet<string>;
  readonly notAcronyms: ReadonlySet<string>;
  readonly placeCuePrepositions: ReadonlySet<string>;
  readonly placeNouns: ReadonlySet<string>;
  readonly placeStopNouns: ReadonlySet<string>;
  readonly mediaHeads: ReadonlySet<string>;
  /** Club abbreviations as written ("FC", "VfB", "Borussia"). */
  readonly clubPrefixes: ReadonlySet<string>;
  readonly clubSuffixes: ReadonlySet<string>;
  readonly clubNicknames: ReadonlySet<string>;
  /** Phrases keyed by their first token, lower-case. */
  readonly phrases: ReadonlyMap<string, readonly Phrase[]>;
  /** Organisations by credit form ("dpa", "rtr"), lower-case. */
  readonly credits: ReadonlyMap<string, OrganisationEntry>;
  /** Single-token place names, lower-case, to recognise adjectives such as "Genfer". */
  readonly placeWords: ReadonlySet<string>;
  readonly roleWords: ReadonlySet<string>;
  readonly nameIntroducers: ReadonlySet<string>;
  readonly personRelatives: ReadonlySet<string>;
  readonly coordinators: ReadonlySet<string>;
  readonly placeNounsAfter: ReadonlySet<string>;
  readonly organisationDescriptors: ReadonlySet<string>;
  readonly seatHeads: ReadonlySet<string>;
  readonly organisationRoles: ReadonlySet<string>;
  readonly organisationPrepositions: ReadonlySet<string>;
  readonly organisationVerbs: ReadonlySet<string>;
  /** Legal forms as written ("GmbH", "Ltd"). */
  readonly legalSuffixes: ReadonlySet<string>;
}

const cache = new Map<LanguageCode, EntityLexicon>();

export function entityLexiconFor(code: LanguageCode): EntityLexicon {
  let lexicon = cache.get(code);
  if (!lexicon) {
    lexicon = build(code);
    cache.set(code, lexicon);
  }
  return lexicon;
}

const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));

function build(code: LanguageCode): EntityLexicon {
  const data = entityDataFor(code);
  const profile = profileFor(code);
  const stop = (code === 'de' ? germanStopWords : englishStopWords) as string[];
  const phrases = new Map<string, Phrase[]>();
  const placeWords = new Set<string>();
  const add = (form: string, target: PhraseTarget, ambiguous: boolean) => {
    const tokens = tokenize(form, { start: 0, end: form.length });
    if (tokens.length === 0) return;
    const gaps: string[] = [];
    for (let i = 1; i < tokens.length; i++) gaps.push(normalizeGap(form.slice(tokens[i - 1]!.span.end, tokens[i]!.span.start)));
    const key = tokens[0]!.text.toLowerCase();
    const list = phrases.get(key) ?? [];
    list.push({ tokens: tokens.map((t) => t.text), gaps, target, ambiguous, trailing: form.slice(tokens[tokens.length - 1]!.span.end).trim() });
    phrases.set(key, list);
    if (target.type === 'place' && tokens.length === 1) placeWords.add(key);
  };
  for (const entry of gazetteer()) {
    const ambiguous = new Set(entry.ambiguous ?? []);
    for (const form of code === 'de' ? entry.de : entry.en) add(form, { type: 'place', entry }, ambiguous.has(form));
  }
  const credits = new Map<string, OrganisationEntry>();
  for (const entry of organisations()) {
    for (const form of code === 'de' ? entry.de : entry.en) add(form, { type: 'organisation', entry }, false);
    for (const form of entry.credit ?? []) credits.set(form.toLowerCase(), entry);
  }
  // Longest phrases first, so the first match at a position is the longest.
  for (const list of phrases.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

  return {
    code,
    data,
    titles: lower(data.titles),
    roleHeads: lower(data.roleHeads),
    personNouns: lower(data.personNouns),
    roleModifiers: lower(data.roleModifiers),
    speakerVerbs: lower(data.speakerVerbs),
    objectVerbs: lower(data.objectVerbs),
    auxiliaries: lower(data.auxiliaries),
    attributionAfter: lower(data.attributionAfter),
    attributionBefore: lower(data.attributionBefore),
    determiners: lower(data.determiners),
    particles: lower(data.nameParticles),
    nounSuffixes: [...data.nounSuffixes].sort((a, b) => b.length - a.length),
    commonWords: lower([...data.commonWords, ...profile.months]),
    stopWords: lower(stop),
    givenNames: lower(GIVEN_NAMES),
    surnameEndings: SURNAME_ENDINGS,
    bylineWords: lower(data.bylineWords),
    creditWords: lower(data.creditWords),
    organisationHeads: data.organisationHeads,
    bodyCompoundHeads: lower(data.bodyCompoundHeads),
    mediaNouns: lower(data.mediaNouns),
    placePrepositions: lower(data.placePrepositions),
    notAcronyms: new Set(NOT_ACRONYMS),
    placeCuePrepositions: lower(data.placeCuePrepositions ?? []),
    placeNouns: lower(data.placeNouns ?? []),
    placeStopNouns: lower(data.placeStopNouns ?? []),
    mediaHeads: lower(data.mediaHeads ?? []),
    clubPrefixes: new Set(CLUB_PREFIXES),
    clubSuffixes: new Set(CLUB_SUFFIXES),
    clubNicknames: new Set(CLUB_NICKNAMES),
    phrases,
    credits,
    placeWords,
    roleWords: lower(data.roleWords ?? []),
    nameIntroducers: lower(data.nameIntroducers ?? []),
    personRelatives: lower(data.personRelatives ?? []),
    coordinators: lower(data.coordinators ?? []),
    placeNounsAfter: lower(data.placeNounsAfter ?? []),
    organisationDescriptors: lower(data.organisationDescriptors ?? []),
    seatHeads: lower(data.seatHeads ?? []),
    organisationRoles: lower(data.organisationRoles ?? []),
    organisationPrepositions: lower(data.organisationPrepositions ?? []),
    organisationVerbs: lower(data.organisationVerbs ?? []),
    legalSuffixes: new Set(LEGAL_SUFFIXES),
  };
}

export function normalizeGap(gap: string): string {
  return gap.replace(/\s+/gu, ' ');
}
