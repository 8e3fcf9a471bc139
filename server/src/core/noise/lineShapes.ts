/**
 * Lines recognised by their shape rather than by a phrase: share-button bars,
 * breadcrumb trails and menus, the title of a newsletter box.
 */
import type { CompiledLexicon } from './compiledLexicon';
import { wordsOf, type LineFeatures } from './features';

const BREADCRUMB_ARROW = /\s*[>›»→▸▶►]\s*/u;
/** Arrows that only breadcrumb trails use: two items are enough ("Business › Retail"). */
const TRAIL_ARROW = /[›▸▶►]/u;
const MENU_SEPARATOR = /\s+[|/·•]\s+/u;
const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;
const NEWSLETTER_TITLE_MAX_WORDS = 5;

/** "👍 Teilen 💬 Kommentieren", "Facebook Twitter E-Mail": only share-button words, at least one of them a strong one. */
export function isShareBar(text: string, lexicon: CompiledLexicon): boolean {
  if (text.length > 120 || /[.?*]$/.test(text)) return false;
  // NFKC folds styled letters ("𝕏") into plain ones.
  const words = wordsOf(text.normalize('NFKC').replace(EMOJI, ' ')).map((w) => w.toLowerCase());
  if (words.length === 0 || words.length > 12) return false;
  let strong = 0;
  for (const word of words) {
    if (lexicon.shareStrong.has(word)) strong++;
    else if (!lexicon.shareFiller.has(word)) return false;
  }
  return strong > 0;
}

/** "Der Morgen-Newsletter", "Unser Newsletter:", "The Weekend Newsletter": a short line that ends with the word. */
export function isNewsletterTitle(text: string, features: LineFeatures): boolean {
  if (features.words > NEWSLETTER_TITLE_MAX_WORDS || text.length > 60) return false;
  const tail = text.slice(-12).toLowerCase().replace(/\s*:$/u, '');
  return tail.endsWith('newsletter');
}

/** "Startseite > Politik > Sachsen", "Home | News | Sport | Kultur", "Startseite Politik Ausland". */
export function isBreadcrumb(text: string, lexicon: CompiledLexicon): boolean {
  if (text.length > 160 || /[.!?:]$/.test(text)) return false;
  const arrows = text.split(BREADCRUMB_ARROW);
  const pieces = arrows.length >= 2 ? arrows : text.split(MENU_SEPARATOR);
  const minimum = arrows.length >= 2 ? (lexicon.navigationRoots.has(arrows[0].trim().toLowerCase()) || TRAIL_ARROW.test(text) ? 2 : 3) : 3;
  if (pieces.length >= minimum && pieces.every((p) => isMenuItem(p))) return true;
  // "Startseite Politik Ausland": a root word followed by capitalised section names.
  const words = text.split(/\s+/u);
  return words.length >= 2 && words.length <= 5 && lexicon.navigationRoots.has(words[0].toLowerCase()) && words.every((w) => /^\p{Lu}[\p{L}-]*$/u.test(w));
}

function isMenuItem(piece: string): boolean {
  const trimmed = piece.trim();
  if (trimmed.length === 0 || trimmed.length > 40) return false;
  const words = wordsOf(trimmed);
  return words.length >= 1 && words.length <= 4 && !/[.!?]$/.test(trimmed);
}

/** Any lexicon phrase anywhere in the text. */
export function hasPhrase(text: string, lexicon: CompiledLexicon): boolean {
  lexicon.phrases.lastIndex = 0;
  const found = lexicon.phrases.test(text);
  lexicon.phrases.lastIndex = 0;
  return found;
}
