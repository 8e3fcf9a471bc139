/**
 * A language profile turned into sets for constant-time lookups, built once per
 * profile and cached.
 */
import type { LanguageProfile } from './profile';

export interface Lexicon {
  /** Every abbreviation, lower-case, without spaces: "z.b", "dr", "u.s". */
  readonly abbreviations: ReadonlySet<string>;
  /**
   * For abbreviations with inner periods, every split at an inner period, keyed
   * by the part just before it: "i.d.r" gives "i" → i | d.r and "d" → i.d | r.
   */
  readonly abbreviationSplits: ReadonlyMap<string, readonly AbbreviationSplit[]>;
  readonly numberAbbreviations: ReadonlySet<string>;
  readonly sentenceFinalAbbreviations: ReadonlySet<string>;
  readonly months: ReadonlySet<string>;
  readonly ordinalNouns: ReadonlySet<string>;
  readonly ordinalLeadWords: ReadonlySet<string>;
  /** Reporting verbs and attribution words such as "so" and "zufolge". */
  readonly attributionWords: ReadonlySet<string>;
}

export interface AbbreviationSplit {
  readonly head: string;
  readonly tail: string;
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
    abbreviationSplits: splitsOf(abbreviations),
    numberAbbreviations: new Set((profile.numberAbbreviations ?? []).map(normalizeAbbreviation)),
    sentenceFinalAbbreviations: new Set((profile.sentenceFinalAbbreviations ?? []).map(normalizeAbbreviation)),
    months: lower(profile.months),
    ordinalNouns: lower(profile.ordinalNouns),
    ordinalLeadWords: lower(profile.ordinalLeadWords),
    attributionWords: lower([...profile.reportingVerbs, ...(profile.attributionWords ?? [])]),
  };
}

function splitsOf(abbreviations: ReadonlySet<string>): Map<string, AbbreviationSplit[]> {
  const splits = new Map<string, AbbreviationSplit[]>();
  for (const abbreviation of abbreviations) {
    const parts = abbreviation.split('.');
    for (let at = 1; at < parts.length; at++) {
      const key = parts[at - 1]!;
      if (!splits.has(key)) splits.set(key, []);
      splits.get(key)!.push({ head: parts.slice(0, at).join('.'), tail: parts.slice(at).join('.') });
    }
  }
  return splits;
}
