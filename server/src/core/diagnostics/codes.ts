/**
 * The diagnostic codes are a public interface: users filter on them, settings
 * name them and the README documents them. Add codes; never rename one.
 */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface DiagnosticCodeInfo {
  readonly code: string;
  readonly severity: Severity;
  readonly summary: string;
}

export const DIAGNOSTIC_CODES = {
  'quote.unbalanced': {
    code: 'quote.unbalanced',
    severity: 'warning',
    summary: 'A quotation mark opens a quotation that is never closed in its paragraph.',
  },
  'quote.no-speaker': {
    code: 'quote.no-speaker',
    severity: 'information',
    summary: 'A direct quotation whose speaker cannot be identified from the text around it.',
  },
  'quote.variant': {
    code: 'quote.variant',
    severity: 'information',
    summary: 'The same statement is quoted elsewhere in the corpus with different wording (not just different quotation marks or punctuation).',
  },
  'claim.unattributed': {
    code: 'claim.unattributed',
    severity: 'warning',
    summary: 'A check-worthy claim in the journalist\'s own voice (a number, cause, assessment, prediction, allegation or background fact) with no source.',
  },
  'claim.vague-source': {
    code: 'claim.vague-source',
    severity: 'information',
    summary: 'A claim attributed only to an unnamed or vague source ("Beobachter meinen", "officials say"), or marked as hearsay ("soll … haben", "reportedly").',
  },
  'noise.advertising': {
    code: 'noise.advertising',
    severity: 'warning',
    summary: 'Scrape noise: an advertisement, contest or subscription offer ("Anzeige", "Jetzt … gratis testen").',
  },
  'noise.comment-form': {
    code: 'noise.comment-form',
    severity: 'warning',
    summary: 'Scrape noise: the page\'s comment form or comment counter ("Schreibe einen Kommentar", "Leave a Reply").',
  },
  'noise.related-links': {
    code: 'noise.related-links',
    severity: 'warning',
    summary: 'Scrape noise: a teaser for another article ("Mehr zum Thema – …", "Lesen Sie auch", "Read more").',
  },
  'noise.image-credit': {
    code: 'noise.image-credit',
    severity: 'warning',
    summary: 'Scrape noise: a picture caption or credit ("Foto: … / dpa", "… / Getty Images", "Photo: …").',
  },
  'noise.media-widget': {
    code: 'noise.media-widget',
    severity: 'warning',
    summary: 'Scrape noise: residue of a video or audio player (its title, a bare duration such as "10:37", "Video abspielen").',
  },
  'noise.social-share': {
    code: 'noise.social-share',
    severity: 'warning',
    summary: 'Scrape noise: share buttons ("Teilen", "Twittern", "Per E-Mail senden", "Share on Facebook").',
  },
  'noise.paywall': {
    code: 'noise.paywall',
    severity: 'warning',
    summary: 'Scrape noise: a paywall notice ("Sie haben 3 von 5 kostenlosen Artikeln gelesen", "Subscribe to continue reading").',
  },
  'noise.cookie-consent': {
    code: 'noise.cookie-consent',
    severity: 'warning',
    summary: 'Scrape noise: a cookie or privacy consent banner ("Wir verwenden Cookies …", "Accept all").',
  },
  'noise.newsletter': {
    code: 'noise.newsletter',
    severity: 'warning',
    summary: 'Scrape noise: a newsletter sign-up box ("Newsletter: Jetzt kostenlos abonnieren").',
  },
  'noise.navigation': {
    code: 'noise.navigation',
    severity: 'warning',
    summary: 'Scrape noise: site navigation, breadcrumbs or menus ("Startseite > Politik > Sachsen", "Zur Startseite").',
  },
  'noise.duplicate-line': {
    code: 'noise.duplicate-line',
    severity: 'information',
    summary: 'Scrape noise: a line that repeats an earlier line verbatim, such as a headline scraped twice (the later copy is flagged).',
  },
  'noise.other': {
    code: 'noise.other',
    severity: 'information',
    summary: 'Scrape noise: page text that is clearly not part of the article (copyright footer, reading time, boilerplate shared by several articles).',
  },
  'file.not-text': {
    code: 'file.not-text',
    severity: 'information',
    summary: 'The file contains NUL bytes, so it is binary, not an article; it is skipped.',
  },
  'file.invalid-encoding': {
    code: 'file.invalid-encoding',
    severity: 'information',
    summary: 'The file is not valid UTF-8 (or UTF-16 with a byte order mark) and does not read as Windows-1252 either; it is skipped.',
  },
  'file.decoded-windows-1252': {
    code: 'file.decoded-windows-1252',
    severity: 'information',
    summary: 'The file is not valid UTF-8 but reads as Windows-1252 (Latin-1), common in scraped archives; it was decoded as that and analysed.',
  },
  'file.too-large': {
    code: 'file.too-large',
    severity: 'information',
    summary: 'The file is larger than the sourceLens.maxFileSize setting; it is skipped.',
  },
  'file.unreadable': {
    code: 'file.unreadable',
    severity: 'information',
    summary: 'The file could not be read (for example, permission denied); it is skipped.',
  },
} as const satisfies Record<string, DiagnosticCodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
