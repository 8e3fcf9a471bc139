/**
 * Rows of links recognised by their shape alone: a menu whose items are set
 * apart by wide spaces ("Nachrichten   Sport   Kultur"), and the links to the
 * previous and next post with their arrows ("← Older post title").
 */
import { isProse } from './features';
import { flagLine, isFree, type LineState } from './lineState';
import * as l10n from '../messages/l10n';

const WIDE_GAP = /\s{2,}|\t+/u;
/** A menu item: one to three words that start with a letter, no digits, no closing punctuation. */
const MENU_ITEM = /^[\p{L}][\p{L}&'’.-]*(?: [\p{L}&'’-]+){0,2}$/u;
const MENU_MIN_ITEMS = 3;
const MENU_MAX_LENGTH = 160;
/** An arrow that points to the previous or next post, at the start or the end of its title. */
const POST_LINK = /^(?:←|‹|⟵|◀|⇐|<{1,2}) ?\S|\S ?(?:→|›|⟶|▶|⇒|>{1,2})$/u;
const POST_LINK_MAX_WORDS = 16;

/** "Ausgabe wählen: Oderland   Barnim   Uckermark": a menu behind its label. */
const MENU_LABEL = /^[\p{L}][\p{L} -]{1,30}:\s+/u;

function isWideSpacedMenu(text: string): boolean {
  if (text.length > MENU_MAX_LENGTH || /\d/u.test(text)) return false;
  const label = MENU_LABEL.exec(text);
  if (label && WIDE_GAP.test(text.slice(label[0].length)) && isWideSpacedMenu(text.slice(label[0].length))) return true;
  const items = text.split(WIDE_GAP);
  return items.length >= MENU_MIN_ITEMS && items.every((item) => MENU_ITEM.test(item) && !/[.!?:]$/u.test(item)) && items.filter((i) => /^\p{Lu}/u.test(i)).length >= 2;
}

/** A row of a table under a header of the same shape ("Platz  Verein  Punkte" over "1  Wendau  28"). */
function isTableHeader(line: LineState, next: LineState | undefined): boolean {
  return next !== undefined && next.paragraph === line.paragraph && /\d/u.test(next.text) && next.text.split(WIDE_GAP).length >= 2;
}

export function menuRows(lines: LineState[]): void {
  for (let p = 0; p < lines.length; p++) {
    const line = lines[p];
    if (line.verdict !== undefined || line.provenance !== undefined || line.headerLine || line.quoted) continue;
    const { text, features } = line;
    // A menu can stand where the headline is expected (right under the front matter); a headline has no wide gaps.
    if (isWideSpacedMenu(text) && !isTableHeader(line, lines[p + 1])) {
      flagLine(line, 'navigation', 'line', l10n.t('the line is a menu of links set apart by wide spaces'));
    } else if (isFree(line) && features.words <= POST_LINK_MAX_WORDS && !isProse(features) && POST_LINK.test(text)) {
      flagLine(line, 'navigation', 'line', l10n.t('a link to the previous or next post, with its arrow'));
    }
  }
}
