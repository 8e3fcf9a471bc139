/**
 * Windows-1252 (the superset of Latin-1 that the web's "ISO-8859-1" really
 * means) is common in scraped archives. A file that is not valid UTF-8 is read
 * as Windows-1252 only when that is plausible: every byte above 0x7F is one
 * Windows-1252 defines and decodes to a letter or to typographic punctuation
 * (umlauts, ß, „“, –, €), there are hardly any control characters, and the
 * bytes do not hold more well-formed UTF-8 sequences than stray high bytes
 * (that would be UTF-8 with a few damaged bytes, which Windows-1252 would turn
 * into mojibake).
 */

/** Bytes Windows-1252 leaves undefined; TextDecoder maps them to C1 control characters. */
const UNDEFINED_BYTES: ReadonlySet<number> = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/** Non-letters that text in Windows-1252 plausibly holds above 0x7F. */
const PLAUSIBLE_PUNCTUATION = /[\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿×÷€‚„…†‡ˆ‰‹‘’“”•–—˜™›]/;
/** Share of the high bytes that must decode to letters or such punctuation. */
const MIN_PLAUSIBLE_SHARE = 0.9;
/** At most this share of all bytes may be above 0x7F (German text has a few percent). */
const MAX_HIGH_BYTE_SHARE = 0.3;

/**
 * Windows-1252 is Latin-1 except for 0x80–0x9F, which hold these characters
 * (WHATWG Encoding Standard; undefined bytes keep their C1 code point). Not
 * TextDecoder('windows-1252'): since Node 20.18.3 it decodes this block as
 * Latin-1 C1 controls (nodejs/node#60888, #56542).
 */
const BLOCK_0X80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) => (byte >= 0x80 && byte < 0xa0 ? BLOCK_0X80.charCodeAt(byte - 0x80) : byte));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** The text, if the bytes read plausibly as Windows-1252; undefined if not. */
export function decodeWindows1252IfPlausible(bytes: Uint8Array): string | undefined {
  let high = 0;
  let controls = 0;
  for (const byte of bytes) {
    if (byte >= 0x80) {
      if (UNDEFINED_BYTES.has(byte)) return undefined;
      high++;
    } else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) {
      controls++;
    }
  }
  if (high === 0 || high > bytes.length * MAX_HIGH_BYTE_SHARE || controls * 1000 > bytes.length) return undefined;
  if (wellFormedUtf8Sequences(bytes) * 2 >= high) return undefined;
  const text = decodeWindows1252(bytes);
  let plausible = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue;
    if (/\p{L}/u.test(char) || PLAUSIBLE_PUNCTUATION.test(char)) plausible++;
  }
  return plausible >= high * MIN_PLAUSIBLE_SHARE ? text : undefined;
}

/** How many multi-byte UTF-8 sequences are well formed (each counts its bytes). */
function wellFormedUtf8Sequences(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) continue;
    let valid = true;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) valid = false;
    if (valid) {
      count += length;
      i += length - 1;
    }
  }
  return count;
}

let encoderTable: Map<number, number> | undefined;

/**
 * Encodes text back to Windows-1252, for writing a cleaned copy in the
 * encoding it was read in. Characters Windows-1252 lacks (which cleaning,
 * only removing text, never brings in) become '?'.
 */
export function encodeWindows1252(text: string): Uint8Array {
  if (!encoderTable) {
    encoderTable = new Map();
    for (let byte = 0; byte < 256; byte++) encoderTable.set(decodeWindows1252(new Uint8Array([byte])).charCodeAt(0), byte);
  }
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = encoderTable.get(text.charCodeAt(i)) ?? 0x3f;
  return bytes;
}
