/**
 * A stable key for a sentence: a hash of its normalised text, so a review
 * mark survives edits elsewhere in the file, re-wrapping, other quotation
 * marks and changes of case or spacing, but not a change of the words.
 */

/** Version prefix; bump it if the normalisation ever changes. */
export const SENTENCE_KEY_PREFIX = 's1-';

const DOUBLE_QUOTES = /[„“”‟"«»〝〞＂]/g;
const SINGLE_QUOTES = /[‚‘’‛'‹›`´]/g;
const DASHES = /[‐‑‒–—―−]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** The text a sentence key is computed from: NFKC, lower case, one kind of quotation mark, dash and space. */
export function normaliseSentence(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, '-')
    .replace(/…/g, '...')
    .toLowerCase()
    .replace(SPACE, ' ')
    .trim();
}

/** "s1-" and 16 hex digits: FNV-1a (64 bit) of the normalised text's UTF-8 bytes. */
export function sentenceKey(text: string): string {
  return SENTENCE_KEY_PREFIX + fnv1a64(normaliseSentence(text));
}

const encoder = new TextEncoder();

/** FNV-1a, 64 bit, in four 16-bit limbs (plain numbers stay exact and fast). */
export function fnv1a64(text: string): string {
  const bytes = encoder.encode(text);
  // Offset basis 0xcbf29ce484222325, least significant limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of bytes) {
    h0 ^= byte;
    // Multiply by the prime 0x100000001b3 = 2^40 + 0x1b3.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3;
    const t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    const c1 = t1 + (t0 >>> 16);
    const c2 = t2 + (c1 >>> 16);
    h0 = t0 & 0xffff;
    h1 = c1 & 0xffff;
    h2 = c2 & 0xffff;
    h3 = (t3 + (c2 >>> 16)) & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}
