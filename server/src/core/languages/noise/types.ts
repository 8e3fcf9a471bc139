/**
 * The shape of one language's scrape-noise knowledge. The lexicons are data:
 * phrases and small regular-expression sources written by us (never by users),
 * kept apart from the algorithm (server/src/core/noise).
 *
 * Conventions for regex sources: they are compiled case-insensitively with the
 * `u` flag; an entry that starts with `=` is compiled case-sensitively (the `=`
 * is dropped); a single space stands for any run of whitespace.
 */
import type { NoiseCategory } from '../../noise/categories';

export type CategoryLists = Readonly<Partial<Record<NoiseCategory, readonly string[]>>>;

export interface NoiseLexicon {
  readonly language: 'de' | 'en';
  /**
   * Whole lines that are noise wherever they stand. Compared lower-case, with
   * runs of spaces collapsed, emoji and bullets dropped, and a trailing `.`, `:`
   * or `!` ignored.
   */
  readonly lines: CategoryLists;
  /** Whole lines that are noise only next to other noise: form field labels, "E-Mail", "Video". */
  readonly weakLines: CategoryLists;
  /** Regex sources that mark a segment (a sentence-like part of a line) that starts with them. */
  readonly starts: CategoryLists;
  /** Regex sources that mark a segment wherever in it they occur; each must start with an ASCII letter or digit. */
  readonly phrases: CategoryLists;
  /**
   * Words of share-button bars: a short line made only of these words, with at
   * least one `strong` word, is a share bar ("👍 Teilen 💬 Kommentieren").
   */
  readonly shareWords: { readonly strong: readonly string[]; readonly filler: readonly string[] };
  /**
   * Words that end the name of a newsletter ("Wernau kompakt", "The Morning Briefing"): a short
   * capitalised line ending in one of them is a newsletter box's title when other newsletter noise is next to it.
   */
  readonly newsletterNames: readonly string[];
  /** Words that start a breadcrumb trail ("Startseite", "Home"). */
  readonly navigationRoots: readonly string[];
  /** Labels that open a picture credit, capitalised as on the page ("Foto", "Bild", "Photo"). */
  readonly creditLabels: readonly string[];
  /**
   * Words that name a publisher in a copyright notice ("GmbH", "Verlag", "Ltd"): "© 2025 Muster Medien GmbH"
   * is the site's footer, while "© Max Muster" credits a photo.
   */
  readonly publisherWords: readonly string[];
  /**
   * Regex sources of short lines that are noise only next to other noise, with their category: "Zum Spielplan"
   * (a link), "Abpfiff – der Fußball-Podcast" (a player's title). Each must match the whole line.
   */
  readonly weakPatterns: CategoryLists;
  /**
   * Regex sources of the heading of a teaser list that names no fixed phrase ("Weitere Rückrufe", "More Sport"):
   * a heading only when teaser-like lines follow it.
   */
  readonly listHeadings: readonly string[];
  /** Regex sources of calls to action ("jetzt anmelden", "subscribe"). */
  readonly callsToAction: readonly string[];
  /** Words that open an author line ("Von", "By"); the author line is kept. */
  /** The head of a reader comment ("Anna Muster sagt:"), whole-line regexes. */
  readonly commentHeads: readonly string[];
  readonly bylineWords: readonly string[];
  /** Regex sources of credit and provenance lines a critical reader keeps ("Mit Material von dpa"). */
  readonly provenance: readonly string[];
}
