/**
 * What the entity recogniser needs to know about one language, as data. The
 * algorithms in core/entities never hard-code words; each language fills this
 * in (de.ts, en.ts). None of these lists names a person: people are found
 * from context (roles, titles, reporting verbs, apposition, given names).
 */
export interface EntityLanguageData {
  readonly code: 'de' | 'en';
  /**
   * Forms of address and academic titles that precede a name ("Frau", "Dr",
   * "Ms"), as written but without the period.
   */
  readonly titles: readonly string[];
  /**
   * Heads of role nouns that can introduce a name, lower-case. German heads
   * also match at the end of compounds and with inflection endings
   * ("minister" matches "Bundesaußenministerin", "Ministers"); English heads
   * match whole words, with a plural -s.
   */
  readonly roleHeads: readonly string[];
  /** Endings a German role head may carry ("in", "innen", "en", "s"), longest first. */
  readonly roleEndings: readonly string[];
  /**
   * Nouns for groups of people that are never names ("Teilnehmer",
   * "Diplomaten", "officials"), matched like role heads.
   */
  readonly personNouns: readonly string[];
  /** Words that stand before a role head as part of the role ("stellvertretende", "former", "deputy"). */
  readonly roleModifiers: readonly string[];
  /**
   * Reporting verbs that mark the name next to them as the speaker, in the
   * singular only, so that "Teilnehmer berichten" does not make a person.
   */
  readonly speakerVerbs: readonly string[];
  /**
   * Speaker verbs that also take a bare noun as object or subject
   * ("kündigte Proteste an", "Rekordgewinne schreibt"): next to a single
   * capitalised word they prove nothing.
   */
  readonly objectVerbs: readonly string[];
  /** Words allowed between a name and its reporting verb ("has" in "Koval has warned"). */
  readonly auxiliaries: readonly string[];
  /** Attribution words that follow a name ("zufolge") or precede it ("laut", "according to" is two tokens: give "according"). */
  readonly attributionAfter: readonly string[];
  readonly attributionBefore: readonly string[];
  /** Determiners and article contractions: a capitalised word right after one is a common noun, not a person's name. */
  readonly determiners: readonly string[];
  /** Lower-case particles inside names ("von", "van", "de", "bin"). */
  readonly nameParticles: readonly string[];
  /** Endings of common nouns ("ung", "heit", "schaft"), lower-case, matched at the end of a word. */
  readonly nounSuffixes: readonly string[];
  /**
   * Frequent capitalised words that are not names: German common nouns of
   * news text, headline and page-furniture words, weekdays. Lower-case.
   */
  readonly commonWords: readonly string[];
  /** Words that start a byline ("Von", "By") or a credit ("Foto", "Photo", "Reporting by"). */
  readonly bylineWords: readonly string[];
  readonly creditWords: readonly string[];
  /** Heads of organisation names ("Pakt", "Institut", "Council"), lower-case, matched at the end of the last word. */
  readonly organisationHeads: readonly string[];
  /** Heads of compounds that name a body ("Rat" in "NATO-Russland-Rat"), lower-case. */
  readonly bodyCompoundHeads: readonly string[];
  /** Nouns for media that precede a title ("Zeitung", "newspaper"), lower-case. */
  readonly mediaNouns: readonly string[];
  /** Prepositions that make an ambiguous place name a place ("in", "nach", "from"). */
  readonly placePrepositions: readonly string[];
  /**
   * Prepositions after which a capitalised word that is no common noun, no
   * person and no organisation names a place missing from the gazetteer
   * ("in Verl", "from Tillamook"), lower-case.
   */
  readonly placeCuePrepositions?: readonly string[];
  /**
   * Nouns for kinds of places that a place name follows ("Landkreis X",
   * "Insel X") or, in English, precede with "of" ("the town of X"), lower-case.
   */
  readonly placeNouns?: readonly string[];
  /**
   * Capitalised nouns that follow a place preposition in ordinary text ("in
   * Zukunft", "nach Angaben", "aus Sicht"), lower-case: never a place.
   */
  readonly placeStopNouns?: readonly string[];
  /** Heads of newspaper titles after a place ("Verler Echo", "Tillamook Gazette"), lower-case. */
  readonly mediaHeads?: readonly string[];
  /** Capitalised adjectives derived from places end like this ("Genfer", "Wiener"); such words are not names. */
  readonly placeAdjectiveSuffix?: string;
  /**
   * Nouns for relatives and companions that introduce a name ("ihr Mann Bodo
   * X", "his widow, Edith X"), lower-case, matched as whole words only: as
   * compound heads they would match surnames ("Hartmann").
   */
  readonly roleWords?: readonly string[];
  /** Words right before a name that say it is one ("heißt", "namens", "named"), lower-case. */
  readonly nameIntroducers?: readonly string[];
  /** Relative pronouns that, after a name and a comma, mark it as a person's ("…, who", "…, die"), lower-case. */
  readonly personRelatives?: readonly string[];
  /** An age right before a name ("der 46-jährige", "the 46-year-old"), matched against the text that ends where the name starts. */
  readonly agePattern?: RegExp;
  /** Words that join the items of a list ("und", "oder", "and"), lower-case. */
  readonly coordinators?: readonly string[];
  /** English nouns that follow a place's name in lower case ("the Eastgate ward", "the Hollowell city council"). */
  readonly placeNounsAfter?: readonly string[];
  /**
   * Nouns that introduce an organisation's name without being part of it
   * ("der Fahrgastverband Pro Bahn", "the start-up Voltwise"), lower-case.
   * German ones also match at the end of compounds ("Energiekonzern").
   */
  readonly organisationDescriptors?: readonly string[];
  /**
   * Heads of bodies named after their seat or patron ("Landgericht X",
   * "Hochschule X", "Handelskammer X"), lower-case, matched at the end of
   * compounds: the capitalised word after one belongs to the name.
   */
  readonly seatHeads?: readonly string[];
  /**
   * Roles held at an organisation ("analyst", "partner", "Chef"): a
   * capitalised name after one and an organisation preposition ("at", "of",
   * "bei") names the organisation, lower-case.
   */
  readonly organisationRoles?: readonly string[];
  /** Prepositions that link such a role to its organisation ("at", "of", "bei"), lower-case. */
  readonly organisationPrepositions?: readonly string[];
  /**
   * Words right after a name that only an organisation takes: "Voltwise
   * shares", "Voltwise employs", "beschäftigt", lower-case.
   */
  readonly organisationVerbs?: readonly string[];
  /**
   * Gender that titles and roles show ("Frau", "Mrs", "Chefin", "wife"), lower-case,
   * so that "Frau X" picks the woman of two people named X. `femaleEnding` matches
   * feminine role nouns ("Sprecherin").
   */
  readonly gender?: { readonly female: readonly string[]; readonly male: readonly string[]; readonly femaleEnding?: RegExp };
  /** Trade nouns that close a company's name after a family or brand name ("Kessing Reisen", "Marlow Logistics"), lower-case. */
  readonly tradeNouns?: readonly string[];
  /** Stems of adjectives that describe rather than name ("neues", "geplante"): a body's head after one is a description, lower-case. */
  readonly descriptiveAdjectives?: readonly string[];
  /** Capitalised language and nationality words after which no name goes on ("Elsässisch", "Französisch"), as a word ending. */
  readonly languageNounEnding?: RegExp;
}
