/**
 * Publication stamps set out as a row ("Werrastadt | 10.06.2026 | Redaktion: Name",
 * "27.08.2026 | 14:20 Uhr | Radio Seewelle", "18.07.2026 – 23:41") and the issuer
 * named right under a stamp ("Kreisfeuerwehrverband Lindental"). A critical reader
 * needs both: they say when and by whom the text was issued. A menu row has no date.
 */
import { hasAgeMark, isDateLine, wordsOf } from './features';

const STAMP_SEPARATOR = /\s[|·•–—]\s/u;
const CLOCK_PIECE = /^\d{1,2}[:.]\d{2}(?:\s?uhr|\s?[ap]\.?m\.?)?$/iu;
const ENTRY_CLOCK = /^\d{1,2}[:.]\d{2}\s?(?:uhr|[ap]\.?m\.?)$/iu;
const PAGE_NUMBER = /^\d{1,3}$/u;
const STAMP_MAX_LENGTH = 120;
const STAMP_PIECE_MAX_WORDS = 4;
const ISSUER_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.&-]*|von|van|de|der|die|des|den|du|und|and|of|für|&)$/u;
const ISSUER_MAX_WORDS = 5;

/** A piece of a stamp that tells the time of publication. */
function isTimePiece(piece: string): boolean {
  // A teaser's age ("vor 4 Stunden", "gestern") dates another article, not this one.
  return (isDateLine(piece) && !hasAgeMark(piece)) || CLOCK_PIECE.test(piece);
}

/** A row of two to five short pieces, one of them a date or a time, none of them a sentence. */
export function isStampRow(text: string): boolean {
  if (text.length > STAMP_MAX_LENGTH || /[.!?]$/u.test(text)) return false;
  const pieces = text.split(STAMP_SEPARATOR).map((p) => p.trim());
  if (pieces.length < 2 || pieces.length > 5) return false;
  // A bare number is the page of an e-paper's running head ("14 | LOKALES | DONNERSTAG, 5. MÄRZ 2026"), not a stamp.
  if (!pieces.some(isTimePiece) || pieces.some((p) => PAGE_NUMBER.test(p))) return false;
  return pieces.every((p) => p.length > 0 && wordsOf(p).length <= STAMP_PIECE_MAX_WORDS);
}

/** A stamp that carries a date (a bare "3:21" is rather a player's duration). */
export function isDatedStamp(text: string): boolean {
  return isDateLine(text) || (isStampRow(text) && text.split(STAMP_SEPARATOR).some((p) => isDateLine(p.trim()) && !hasAgeMark(p.trim())));
}

/**
 * The stamp that opens a live-blog entry ("21:46 Uhr", "9.15 a.m.", "03.02.2026, 18:02"). A bare "3:21"
 * is left out: a player shows its duration the same way.
 */
export function isEntryStamp(text: string): boolean {
  return isClockStamp(text) || isDatedStamp(text);
}

/** "21:46 Uhr", "9.15 a.m.": a time of day alone, as a live blog heads each entry (a comment's stamp carries a date). */
export function isClockStamp(text: string): boolean {
  return ENTRY_CLOCK.test(text);
}

/** "Kreisfeuerwehrverband Lindental", "Stadtwerke Halbergen GmbH": a name of two to five words, no digits, no sentence. */
export function isIssuerName(text: string): boolean {
  if (/\d|[.!?:;,]$/u.test(text)) return false;
  const words = text.split(/\s+/u);
  return words.length >= 2 && words.length <= ISSUER_MAX_WORDS && /^\p{Lu}/u.test(words[0]) && words.every((w) => ISSUER_WORD.test(w));
}
