/**
 * Shapes of words and gaps that several recognition rules share, and the
 * three strengths of evidence that a word is a name.
 */

export const PLAIN_GAP = /^[ \t\u00a0\u202f]+$/u;
export const TITLE_GAP = /^\.?[ \t\u00a0\u202f]+$/u;
export const NAME_SHAPE = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
export const HAS_LOWER = /\p{Ll}/u;
export const ALL_CAPS = /^[\p{Lu}\p{N}]+$/u;
export const ACRONYM = /^\p{Lu}{2,6}$/u;
export const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/u;
/** German feminine nouns for people: "Buchhalterin", "Virologin", "Polizistin", "Präsidentin". */
export const FEMININE_PERSON_NOUN = /\p{Ll}(?:erin|ologin|istin|eurin|orin|ärztin|ätin|onomin|ektin|ärin|kantin|dentin|stentin|zentin|andin)(?:nen)?$/u;
export const ADJECTIVE_LIKE = /^\p{Lu}\p{Ll}+(?:e|en|er|es|isch|ische|ischen)$/u;

/** Prepositions and articles allowed inside a role phrase ("Sprecherin des russischen Außenministeriums"). */
export const ROLE_COMPLEMENT = new Set([
  'des', 'der', 'den', 'dem', 'bei', 'beim', 'im', 'in', 'am', 'an', 'aus', 'von', 'vom', 'für', 'zu', 'zum', 'zur',
  'of', 'at', 'for', 'in', 'on', 'the', 'a', 'an', 'to', 'and', 'und', 'with',
]);
/** Words that may open an apposition before its role noun ("Gruschko, ehemals russischer Botschafter"). */

/** Evidence that a capitalised word is (part of) a name: none, only after a title or role, or enough. */
export const NONE = 0;
export const WEAK = 1;
export const STRONG = 2;
