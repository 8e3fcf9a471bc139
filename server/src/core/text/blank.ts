/**
 * What counts as blank in a line of an article: spaces and tabs, no-break
 * and typographic spaces, and the invisible byte order mark and zero-width
 * space that scraped pages leave behind. The layout, the noise detector and
 * the cleaner must agree on it, or cleaning a cleaned article could still
 * change it (a line of only a zero-width space is blank to all of them).
 */
export function isBlankCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0xfeff || code === 0x200b || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

/** Whether text[start, end) holds nothing but blank characters. */
export function isBlankRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isBlankCode(text.charCodeAt(i))) return false;
  return true;
}
