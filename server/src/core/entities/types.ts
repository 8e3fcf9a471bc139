/**
 * The entity model: people, places and organisations named in an article,
 * each mention located by a UTF-16 span into the article's text.
 */
import type { LanguageCode } from '../article/types';
import type { PlaceKind } from '../languages/entities/gazetteer';
import type { Span } from '../text/span';

export type { PlaceKind } from '../languages/entities/gazetteer';

export type EntityType = 'person' | 'place' | 'organisation';

/**
 * How a mention names its entity: the full name ("Henrike Vollmer"), a part of
 * it (a surname, "Vollmer", "Vollmers"), or another name of the same entity
 * (an exonym, acronym or inflected form: "Moskaus", "Nato").
 */
export type MentionForm = 'full' | 'surname' | 'alias';

/**
 * Why the recogniser took the words for a person: kept so that the hover and
 * tests can explain a decision.
 */
export type PersonCue =
  | 'title' // Frau, Dr., Ms.
  | 'role' // Bundeskanzler Olaf Scholz, die Sprecherin des Ministeriums, Anna Beispiel,
  | 'apposition' // Irina Belowa, Sprecherin des …
  | 'verb' // sagte Vollmer, Orlov said, Stoltenberg zufolge
  | 'given-name' // a frequent given name starts the name
  | 'byline' // Von Martin Oberländer, Reporting by …
  | 'credit' // Foto: Lena Brandt / dpa
  | 'context' // (SPD), (45), surname shape
  | 'known' // the same name found with a cue elsewhere in the article
  | 'corpus'; // a surname whose full name another article gives

export interface Mention {
  readonly span: Span;
  /** Corpus-wide id of the entity ("person:henrike vollmer", "place:moscow", "org:nato"). */
  readonly entityId: string;
  readonly type: EntityType;
  /** The text of the span, as written ("Vollmers", "Moskaus"). */
  readonly surface: string;
  /** The name without inflection ("Vollmer", "Moskau"). */
  readonly name: string;
  readonly form: MentionForm;
  /** How the article describes the person here ("NATO-Generalsekretär", "Sprecherin des russischen Außenministeriums"). */
  readonly role?: string;
  /** A form of address or title before the name ("Frau", "Dr.", "Ms."). */
  readonly title?: string;
  readonly cue?: PersonCue;
}

export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  /** The name to show, in the article's language where the entity has several. */
  readonly name: string;
  /** Other names the article (or the gazetteer) uses for it. */
  readonly aliases: readonly string[];
  /** Names by language, for places and organisations from the lexicon. */
  readonly names?: { readonly de: string; readonly en: string };
  readonly placeKind?: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country a place lies in. */
  readonly country?: string;
  /**
   * Keys under which a partial entity in another article can find this one:
   * "person:vollmer" for Henrike Vollmer, "org:wsp" for an organisation
   * introduced as "Wiener Sicherheitspakt (WSP)".
   */
  readonly linkKeys?: readonly string[];
  /**
   * True when the article never gives the full name: a surname alone
   * ("Vollmer") or an acronym alone ("WSP"). The corpus index resolves it by
   * `linkKey` to a full entity of another article when exactly one matches.
   */
  readonly partial?: boolean;
  readonly linkKey?: string;
}

/**
 * A capitalised word the recogniser could not place: if the corpus knows a
 * person with this surname, the index makes it a mention.
 */
export interface SurnameCandidate {
  readonly span: Span;
  readonly surface: string;
  /** Name keys to look up, the plain form first ("vollmers", "vollmer"). */
  readonly keys: readonly string[];
  /** The surname as it would be shown, per key. */
  readonly names: readonly string[];
}

export interface ArticleEntities {
  readonly uri: string;
  readonly language: LanguageCode;
  /** Sorted by span start; spans never overlap. */
  readonly mentions: readonly Mention[];
  /** One per distinct entityId among the mentions. */
  readonly entities: readonly Entity[];
  readonly candidates: readonly SurnameCandidate[];
}
