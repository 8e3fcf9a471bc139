/**
 * A language profile turned into sets for constant-time lookups, built once per
 * profile and cached.
 */
import type { LanguageProfile } from './profile';

export interface Lexicon {
  /** Every abbreviation, lower-case, without spaces: "z.b", "dr", "u.s". */
  readonly abbreviations: ReadonlySet<string>;
  /** The abbreviations with inner periods, split into their parts: ["z", "b"]. */
  readonly multiPartAbbreviations: readonly (readonly string[])[];
  readonly numberAbbreviations: ReadonlySet<string>;
  readonly sentenceFinalAbbreviations: ReadonlySet<string>;
  readonly months: ReadonlySet<string>;
  readonly ordinalNouns: ReadonlySet<string>;
  readonly ordinalLeadWords: ReadonlySet<string>;
  /** Reporting verbs and attribution words such as "so" and "zufolge". */
  readonly attributionWords: ReadonlySet<string>;
}

const cache = new WeakMap<LanguageProfile, Lexicon>();

export function lexiconFor(profile: LanguageProfile): Lexicon {
  let lexicon = cache.get(profile);
  if (!lexicon) {
    lexicon = buildLexicon(profile);
    cache.set(profile, lexicon);
  }
  return lexicon;
}

export function normalizeAbbreviation(abbreviation: string): string {
  return abbreviation.replace(/\s+/g, '').toLowerCase();
}

function buildLexicon(profile: LanguageProfile): Lexicon {
  const abbreviations = new Set(profile.abbreviations.map(normalizeAbbreviation));
  const lower = (words: readonly string[] | undefined) => new Set((words ?? []).map((w) => w.toLowerCase()));
  return {
    abbreviations,
    multiPartAbbreviations: [...abbreviations].filter((a) => a.includes('.')).map((a) => a.split('.')),
    numberAbbreviations: new Set((profile.numberAbbreviations ?? []).map(normalizeAbbreviation)),
    sentenceFinalAbbreviations: new Set((profile.sentenceFinalAbbreviations ?? []).map(normalizeAbbreviation)),
    months: lower(profile.months),
    ordinalNouns: lower(profile.ordinalNouns),
    ordinalLeadWords: lower(profile.ordinalLeadWords),
    attributionWords: lower([...profile.reportingVerbs, ...(profile.attributionWords ?? [])]),
  };
}
