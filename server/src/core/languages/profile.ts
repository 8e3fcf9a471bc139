/**
 * What the language-independent algorithms need to know about one language.
 * Each language fills it in its own data module (de.ts, en.ts); algorithms
 * never hard-code words.
 */
export interface LanguageProfile {
  readonly code: 'de' | 'en';
  /** Abbreviations that end with a period but do not end a sentence, without the final period ("Dr", "z. B", "bzw"). */
  readonly abbreviations: readonly string[];
  /** Month names and their abbreviations, lower-case. */
  readonly months: readonly string[];
  /** Nouns that follow an ordinal number ("Jahrhundert", "Mal"), lower-case. */
  readonly ordinalNouns: readonly string[];
  /** Words that precede an ordinal number ("am", "im", "zum"), lower-case. */
  readonly ordinalLeadWords: readonly string[];
  /** Inflected reporting verbs ("sagte", "erklärte", "said"), lower-case. */
  readonly reportingVerbs: readonly string[];
  /** Personal pronouns that can stand for a speaker ("sie", "er", "she"), lower-case. */
  readonly speakerPronouns: readonly string[];
  /**
   * Abbreviations from `abbreviations` that are also ordinary words ("Art", "No"),
   * so they continue the sentence only when a number follows ("Art. 5", "No. 10").
   */
  readonly numberAbbreviations?: readonly string[];
  /**
   * Abbreviations from `abbreviations` that often end a sentence ("etc", "usw", "Inc"),
   * so a capitalised word after them starts a new one.
   */
  readonly sentenceFinalAbbreviations?: readonly string[];
  /** Words other than verbs that attribute a quotation ("so", "zufolge", "according"), lower-case. */
  readonly attributionWords?: readonly string[];
}
