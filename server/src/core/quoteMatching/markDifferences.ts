/**
 * A version of a quotation as one line of text with its word-level
 * differences marked, in the notation of `git diff --word-diff`:
 * "[-words-]" stand in the version compared against, "{+words+}" in this
 * one. Words outside a partial quotation, or left out with an ellipsis, are
 * no change of wording and get angle brackets: "⟨-words-⟩", "⟨+words+⟩".
 */
import type { WordDiffPart } from './wordDiff';

export type MarkKind = 'removed' | 'added' | 'omittedThere' | 'omittedHere';

export interface MarkedText {
  readonly text: string;
  /** Where each mark stands in `text` (UTF-16 offsets), delimiters included. */
  readonly marks: readonly { readonly start: number; readonly end: number; readonly kind: MarkKind }[];
}

const DELIMITERS: Record<MarkKind, [string, string]> = {
  removed: ['[-', '-]'],
  added: ['{+', '+}'],
  omittedHere: ['⟨-', '-⟩'],
  omittedThere: ['⟨+', '+⟩'],
};

/**
 * The other version ("there") with the differences from "here" marked. With
 * the other version's article text, its words are shown as written there,
 * punctuation between them included.
 */
export function markDifferences(parts: readonly WordDiffPart[], thereText?: string): MarkedText {
  let text = '';
  const marks: { start: number; end: number; kind: MarkKind }[] = [];
  let previousEnd: number | undefined;
  const separator = (start: number | undefined) => {
    if (!text) return '';
    if (thereText === undefined || start === undefined || previousEnd === undefined) return ' ';
    const between = thereText.slice(previousEnd, start);
    // Short punctuation stays; anything longer (an interruption such as ", sagte sie, „") becomes a gap.
    return between.length <= 3 && !between.includes('\n') ? between || ' ' : ' … ';
  };
  const thereWords = (part: WordDiffPart) => (thereText !== undefined && part.thereSpan ? thereText.slice(part.thereSpan.start, part.thereSpan.end) : part.there);
  const put = (words: string, before: string, kind?: MarkKind) => {
    if (!words) return;
    text += text ? before : '';
    const from = text.length;
    if (kind) {
      const [open, close] = DELIMITERS[kind];
      text += open + words + close;
      marks.push({ start: from, end: text.length, kind });
    } else text += words;
  };
  for (const part of parts) {
    const there = thereWords(part);
    // What stands before this part in the other text goes before its first mark; the second mark of a pair follows a space.
    const before = separator(part.thereSpan?.start);
    const hereKind: MarkKind = part.omission ? 'omittedHere' : 'removed';
    const thereKind: MarkKind = part.omission ? 'omittedThere' : 'added';
    if (part.op === 'equal') put(there, before);
    else if (part.here && there) {
      put(part.here, before, hereKind);
      put(there, ' ', thereKind);
    } else if (part.here) put(part.here, ' ', hereKind);
    else put(there, before, thereKind);
    if (part.thereSpan) previousEnd = part.thereSpan.end;
  }
  return { text, marks };
}
