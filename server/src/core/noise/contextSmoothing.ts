/**
 * Evidence from the neighbours: weak lines (form field labels, "E-Mail",
 * calls to action) are noise next to noise; a run of weak lines of one kind is
 * noise by itself; a line of moderate length between two noise lines of one
 * category, in the same block of lines, is noise too.
 */
import type { NoiseCategory } from './categories';
import { normalizeLine, type CompiledLexicon } from './compiledLexicon';
import { flagLine, isFlagged, isFree, type LineState } from './lineState';

/** A line inside a block of noise (no blank line around it) is noise up to this length. */
const SANDWICH_MAX_LENGTH = 160;

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
        if (isFree(lines[p])) flagLine(lines[p], hint, 'context', 'one of several button or field labels in a row');
      }
    }
    start = end + 1;
  }

  for (let changed = true; changed; ) {
    changed = false;
    for (let p = 0; p < lines.length; p++) {
      const line = lines[p];
      if (!line.hint || !isFree(line)) continue;
      const neighbour = isFlagged(lines[p - 1]) ? lines[p - 1] : isFlagged(lines[p + 1]) ? lines[p + 1] : undefined;
      if (!neighbour) continue;
      flagLine(line, weakCategory(line, neighbour), 'context', 'a label or button next to other scrape noise');
      changed = true;
    }
  }

  for (let p = 1; p + 1 < lines.length; p++) {
    const line = lines[p];
    const before = lines[p - 1];
    const after = lines[p + 1];
    if (!isFree(line) || line.quoted || line.text.length > SANDWICH_MAX_LENGTH || !isFlagged(before) || !isFlagged(after)) continue;
    if (before.verdict!.category !== after.verdict!.category) continue;
    if (before.paragraph !== line.paragraph || after.paragraph !== line.paragraph) continue;
    flagLine(line, before.verdict!.category, 'context', 'between two lines of the same scrape noise');
  }
}
