/**
 * Widgets recognised as blocks of lines rather than line by line:
 * - a short label repeated within one article ("Eintrag teilen" under every
 *   live-blog entry) is the text of a button, not of the article;
 * - a box set off by blank lines that opens with a short title and closes
 *   with a call to action ("Podcast" … "Jetzt anhören", "Tabellenrechner" …
 *   "Zum Tabellenrechner") is a promotion of the site, whatever it says in between.
 */
import type { NoiseCategory } from './categories';
import { normalizeLine, type CompiledLexicon } from './compiledLexicon';
import { isDateLine, wordsOf } from './features';
import { flagLine, isFlagged, isFree, type LineState } from './lineState';
import { isEntryStamp } from './stampRows';
import * as l10n from '../messages/l10n';

const REPEATED_MAX_WORDS = 5;
const REPEATED_MAX_LENGTH = 40;
const BOX_MIN_LINES = 2;
const BOX_MAX_LINES = 6;
const BOX_TITLE_MAX_WORDS = 4;
const BOX_ACTION_MAX_WORDS = 6;
const BOX_LINE_MAX_LENGTH = 250;
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

export function widgetBlocks(lines: LineState[], lexicon: CompiledLexicon): void {
  repeatedLabels(lines, lexicon);
  promotionBoxes(lines);
}

function repeatable(line: LineState): boolean {
  const { text, features } = line;
  // The later copies may already count as duplicates: a repeated button label is the button's, all copies alike.
  const free = isFree(line) || (line.verdict?.kind === 'duplicate' && line.provenance === undefined && !line.headline && !line.headerLine);
  if (!free || line.quoted || features.endsSentence || features.words === 0) return false;
  if (features.words > REPEATED_MAX_WORDS || text.length > REPEATED_MAX_LENGTH || /\d|:$/u.test(text) || isDateLine(text)) return false;
  // "Anna Muster" twice is a speaker in an interview, not a button.
  const words = text.split(/\s+/u);
  return !(words.length >= 2 && words.every((w) => NAME_WORD.test(w)));
}

function repeatedLabels(lines: LineState[], lexicon: CompiledLexicon): void {
  const groups = new Map<string, LineState[]>();
  for (const line of lines) {
    if (!repeatable(line)) continue;
    const key = normalizeLine(line.text);
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const category = labelCategory(key, group[0], lexicon);
    for (const line of group) flagLine(line, category, 'context', l10n.t('a label repeated {count} times in the article, as a button shows it', { count: group.length }));
  }
}

function labelCategory(key: string, line: LineState, lexicon: CompiledLexicon): NoiseCategory {
  if (line.hint && line.hint !== 'any') return line.hint;
  const weak = lexicon.weakLines.get(key);
  if (weak) return weak;
  if (wordsOf(key).some((w) => lexicon.shareStrong.has(w))) return 'social-share';
  return 'other';
}

/** A call to action: a button label ("Jetzt anhören", "Zum Tabellenrechner", "Mehr erfahren"). */
function isAction(line: LineState): boolean {
  if (line.features.words > BOX_ACTION_MAX_WORDS || /\d|[.:]$/u.test(line.text)) return false;
  return isFlagged(line) || (isFree(line) && line.hint !== undefined);
}

function isTitle(line: LineState): boolean {
  const { text, features } = line;
  // A live blog's time stamp ("21:46 Uhr") heads an entry, not a promotion box.
  if (isEntryStamp(text)) return false;
  return (isFree(line) || isFlagged(line)) && !line.quoted && features.words >= 1 && features.words <= BOX_TITLE_MAX_WORDS && text.length <= 40 && !/[.!?:,;]$/u.test(text);
}

function promotionBoxes(lines: LineState[]): void {
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (end + 1 < lines.length && lines[end + 1].paragraph === lines[start].paragraph) end++;
    const block = lines.slice(start, end + 1);
    start = end + 1;
    if (block.length < BOX_MIN_LINES || block.length > BOX_MAX_LINES) continue;
    if (!block.some(isFree) || !isTitle(block[0]) || !isAction(block[block.length - 1])) continue;
    if (block.some((l) => l.provenance !== undefined || l.headline || l.headerLine || l.quoted || l.text.length > BOX_LINE_MAX_LENGTH)) continue;
    const flagged = block.find(isFlagged);
    const title = block[0];
    const category: NoiseCategory = flagged?.verdict!.category ?? (title.hint && title.hint !== 'any' ? title.hint : 'other');
    for (const line of block) {
      if (isFree(line)) flagLine(line, category, 'context', l10n.t("part of a box with the title '{title}' and a call to action", { title: title.text }));
    }
  }
}
