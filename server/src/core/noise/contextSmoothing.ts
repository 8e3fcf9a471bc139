/**
 * Evidence from the neighbours: weak lines (form field labels, "E-Mail",
 * calls to action) are noise next to noise; a run of weak lines of one kind is
 * noise by itself; a line of moderate length between two noise lines of one
 * category, in the same block of lines, is noise too.
 */
import type { NoiseCategory } from './categories';
import { normalizeLine, type CompiledLexicon } from './compiledLexicon';
import { isProse } from './features';
import { flagLine, isFlagged, isFree, type LineState } from './lineState';
import { isClockStamp } from './stampRows';
import * as l10n from '../messages/l10n';

/** A line inside a block of noise (no blank line around it) is noise up to this length. */
const SANDWICH_MAX_LENGTH = 160;
/** A short label (a link, a button) has at most this many words. */
const LABEL_MAX_WORDS = 8;
/** A line inside a box of noise is noise up to this length. */
const BOX_LINE_MAX_LENGTH = 250;

export function contextSmoothing(lines: LineState[], lexicon: CompiledLexicon): void {
  // A weak line of several kinds ("Anmelden", "Email") takes its neighbour's kind when it is one of them.
  const weakCategory = (line: LineState, neighbour: LineState): NoiseCategory => {
    const category = neighbour.verdict!.category;
    if (!line.hint || line.hint === 'any') return category;
    return lexicon.weakCategories.get(normalizeLine(line.text))?.has(category) ? category : line.hint;
  };

  // Runs of two or more weak lines of one category in one paragraph ("Facebook / Twitter / E-Mail").
  for (let start = 0; start < lines.length; ) {
    let end = start;
    const hint = lines[start].hint;
    while (end + 1 < lines.length && hint && hint !== 'any' && lines[end + 1].hint === hint && lines[end + 1].paragraph === lines[start].paragraph) end++;
    if (end > start && hint && hint !== 'any') {
      for (let p = start; p <= end; p++) {
        if (isFree(lines[p])) flagLine(lines[p], hint, 'context', l10n.t('one of several button or field labels in a row'));
      }
    }
    start = end + 1;
  }

  for (let changed = true; changed; ) {
    changed = false;
    for (let p = 0; p < lines.length; p++) {
      const line = lines[p];
      if (!line.hint || !isFree(line) || isSubhead(line, lines[p + 1])) continue;
      const neighbour = isFlagged(lines[p - 1]) ? lines[p - 1] : isFlagged(lines[p + 1]) ? lines[p + 1] : undefined;
      if (!neighbour) continue;
      flagLine(line, weakCategory(line, neighbour), 'context', l10n.t('a label or button next to other scrape noise'));
      changed = true;
    }
  }

  for (let p = 1; p + 1 < lines.length; p++) {
    const line = lines[p];
    const before = lines[p - 1];
    const after = lines[p + 1];
    if (!isFree(line) || line.quoted || line.text.length > SANDWICH_MAX_LENGTH || !isFlagged(before) || !isFlagged(after)) continue;
    if (before.verdict!.category === after.verdict!.category && before.paragraph === line.paragraph && after.paragraph === line.paragraph) {
      flagLine(line, before.verdict!.category, 'context', l10n.t('between two lines of the same scrape noise'));
      continue;
    }
    // Noise of two kinds around a short line that is not a sentence ("Zum Login" between a form and a footer).
    if (line.features.words <= LABEL_MAX_WORDS && !line.features.endsSentence && (before.paragraph === line.paragraph || after.paragraph === line.paragraph) && !isSubhead(line, after)) {
      const neighbour = before.paragraph === line.paragraph ? before : after;
      flagLine(line, neighbour.verdict!.category, 'context', l10n.t('a short label between two lines of scrape noise'));
    }
  }
  boxes(lines);
}

/**
 * A box of page furniture (a newsletter sign-up, a paywall, an advert) is set off by blank lines: in a
 * paragraph that opens with noise and is mostly noise, the remaining short lines belong to the box
 * ("Local headlines, every weekday at 6am." under "Get … in your inbox").
 */
function boxes(lines: LineState[]): void {
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (end + 1 < lines.length && lines[end + 1].paragraph === lines[start].paragraph) end++;
    const block = lines.slice(start, end + 1);
    // A live blog's time stamp opens the next entry: the box, if any, ends above it.
    const stamp = block.findIndex((line, i) => i > 0 && isClockStamp(line.text));
    const members = stamp > 0 ? block.slice(0, stamp) : block;
    const after = stamp > 0 ? block[stamp] : lines[end + 1];
    const opener = members[0];
    const flagged = members.filter(isFlagged).length;
    // Opened by two lines of one kind of noise ("Sign up to …", "Free weekly newsletter"), the box is that noise throughout.
    const twoOpeners = members.length >= 3 && isFlagged(members[1]) && members[1].verdict!.category === opener.verdict?.category;
    if (members.length >= 2 && isFlagged(opener) && opener.verdict!.kind !== 'caption' && (flagged * 2 >= members.length || twoOpeners)) {
      let category = opener.verdict!.category;
      for (const line of members) {
        if (isFlagged(line)) category = line.verdict!.category;
        else if (isFree(line) && !line.quoted && line.text.length <= BOX_LINE_MAX_LENGTH && !(line === members[members.length - 1] && isSubhead(line, after))) flagLine(line, category, 'context', l10n.t('part of a box of scrape noise (same block of lines)'));
      }
    }
    start = end + 1;
  }
}

/** A short line that is not a sentence, directly above a paragraph of prose, is the article's subhead, not a button. */
function isSubhead(line: LineState, next: LineState | undefined): boolean {
  return !line.features.endsSentence && next !== undefined && next.paragraph !== line.paragraph && isFree(next) && isProse(next.features);
}
