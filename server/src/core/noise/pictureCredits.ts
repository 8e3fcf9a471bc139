/**
 * Picture credits: "Foto: Max Muster / dpa" at the start or the end of a line,
 * bare agency credits ("Sergej Fadejew / Getty Images"), and the test that
 * tells a credit from a sentence that happens to start with "Fotos:".
 */
import type { CompiledLexicon } from './compiledLexicon';
import { segmentsOf, wordsOf, type LineFeatures } from './features';
import * as l10n from '../messages/l10n';

/** Words of a picture credit that are lower-case: "Foto: privat", "Bild: Max Muster via Getty". */
const CREDIT_LOWER_WORDS: ReadonlySet<string> = new Set(['von', 'und', 'via', 'über', 'für', 'by', 'for', 'and', 'of', 'courtesy', 'privat', 'private', 'archiv', 'archive', 'picture', 'alliance', 'pool', 'mit', 'freundlicher', 'genehmigung', 'with', 'permission', 'the', 'der', 'die', 'des', 'dem', 'handout', 'photo', 'foto']);
const CREDIT_MAX_WORDS = 14;

/** What a finding calls a caption whose picture is gone. */
export const captionWhat = () => l10n.t('the caption of a picture that was not scraped');

/**
 * Whether what follows a credit label ("Fotos: …") is a sentence rather than a credit: a credit is short,
 * names people or agencies (capitalised), and often has "/", "|" or "©"; a sentence has several lower-case words.
 */
export function readsLikeSentence(segment: string, lexicon: CompiledLexicon): boolean {
  const colon = segment.indexOf(':');
  const body = colon >= 0 ? segment.slice(colon + 1) : segment;
  if (/[/|©]/u.test(body)) return false;
  const words = wordsOf(body);
  if (words.length > CREDIT_MAX_WORDS) return true;
  if (lexicon.pictureAgency.test(body)) return false;
  // "und 41 weitere Fotografinnen": a counted quantity belongs to a sentence; credits name, they do not count.
  if (/(?<![\d.,:/])\d{1,4}\s\p{Ll}/u.test(body)) return true;
  let lower = 0;
  for (const word of words) if (/^\p{Ll}/u.test(word) && !CREDIT_LOWER_WORDS.has(word)) lower++;
  return words.length >= 6 && lower >= 3;
}

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/u;
const COPYRIGHT_SIGN = /^(?:©|\(c\)|copyright\b)/iu;

/** "© 2025 Muster Medien GmbH", "© Vitalpost Verlag. Alle Rechte vorbehalten": the site's footer, not a photo credit ("© dpa", "© Max Muster"). */
export function isCopyrightNotice(text: string, features: LineFeatures, lexicon: CompiledLexicon): boolean {
  if (text.length > 200 || features.words > 25 || !COPYRIGHT_SIGN.test(text)) return false;
  return lexicon.copyrightNotice.test(text) || (YEAR.test(text) && !lexicon.pictureAgency.test(text));
}

/** "NATO / POOL / Anadolu Agency über Getty Images", "Sergej Fadejew / Getty Images", "AP Photo/Max Muster". */
export function isBareCredit(text: string, features: LineFeatures, lexicon: CompiledLexicon): boolean {
  if (text.length > 120 || features.words > 12 || /[.!?]$/.test(text)) return false;
  const agency = lexicon.pictureAgency.exec(text);
  if (!agency) return false;
  if (agency[0].length === text.length && features.words >= 2) return true; // "Getty Images", "picture alliance"
  return /[/|]|\s(?:über|via|for|für)\s/u.test(text) || /^(?:©|\(c\))/iu.test(text);
}

/** Where a picture credit ("Foto: … / dpa") at the end of the line starts, if there is one. */
export function creditTailOf(text: string, lexicon: CompiledLexicon): number | undefined {
  const from = Math.max(0, text.length - 140);
  const match = lexicon.creditTail.exec(from === 0 ? text : text.slice(from));
  if (!match) return undefined;
  const start = from + match.index + (match[0].length - match[1].length);
  const credit = match[1];
  if (!/^\p{Lu}/u.test(credit)) return undefined;
  const body = credit.slice(credit.indexOf(':') + 1).trim();
  const words = wordsOf(body);
  if (words.length === 0 || words.length > 14) return undefined;
  if (segmentsOf(body).length > 1) return undefined;
  if (/[.!?]$/.test(body) && !lexicon.pictureAgency.test(body)) return undefined;
  const looksLikeCredit = /[/|]/.test(body) || lexicon.pictureAgency.test(body) || (words.length <= 5 && words.every((w) => /^[\p{Lu}\d]/u.test(w)));
  return looksLikeCredit ? start : undefined;
}

/** The label of a credit, colon included: "Foto:". */
export function creditLabelOf(credit: string): string {
  return credit.slice(0, credit.indexOf(':') + 1);
}
