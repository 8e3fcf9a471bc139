/**
 * Every version of the statement a quotation belongs to, for "Compare Quote
 * Versions": the version under the cursor first, then its matches in this
 * and other articles, best first, each with its speaker and its word-level
 * differences from the version under the cursor.
 */
import type { MatchKind } from '../quoteMatching/compare';
import type { StatementVersion } from '../quoteMatching/quoteIndex';
import type { WordDiffPart } from '../quoteMatching/wordDiff';
import type { Corpus } from './corpus';

export interface QuoteVersion extends StatementVersion {
  /** True for the version the comparison starts from. */
  readonly current: boolean;
  /** How this version matches the current one (absent for the current version). */
  readonly kind?: MatchKind;
  readonly score?: number;
  /** The speaker as the article names them, when known. */
  readonly speakerName?: string;
  /** Differences from the current version to this one (empty for the current version and for translations). */
  readonly wordDiff: readonly WordDiffPart[];
}

/** Undefined when the offset is in no quotation known to the index; one version when it has no matches. */
export function quoteVersions(corpus: Corpus, key: string, offset: number): QuoteVersion[] | undefined {
  const quotation = corpus.quotes.quotationAt(key, offset);
  if (quotation === undefined) return undefined;
  const versions = corpus.quotes.versionsOf(key, quotation);
  if (versions.length === 0) return undefined;
  const byPlace = new Map(versions.map((v) => [`${v.key}\u0000${v.quotationIndex}`, v]));
  const current: QuoteVersion = { ...versions[0], current: true, speakerName: speakerName(corpus, versions[0]), wordDiff: [] };
  const others = corpus.quotes.matchesOf(key, quotation).flatMap((match): QuoteVersion[] => {
    const version = byPlace.get(`${match.key}\u0000${match.quotationIndex}`);
    if (!version) return [];
    return [{ ...version, current: false, kind: match.kind, score: match.score, speakerName: speakerName(corpus, version), wordDiff: match.wordDiff }];
  });
  return [current, ...others];
}

function speakerName(corpus: Corpus, version: StatementVersion): string | undefined {
  const entry = corpus.get(version.key);
  if (entry?.kind !== 'article') return undefined;
  for (const index of version.quotations) {
    const speaker = entry.claims.quotations.find((a) => a.quotation === index)?.speaker;
    if (speaker) return speaker.fullName ?? speaker.name;
  }
  return undefined;
}
