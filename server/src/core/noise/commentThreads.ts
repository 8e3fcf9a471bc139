/**
 * Published reader comments under a blog post: each opens with its head
 * ("Anna Muster sagt:", "Jo Bloggs says:") over the time it was posted. The
 * pair is the comment section's; the comment texts and "Antworten" buttons
 * around them go with the box of the comment form (contextSmoothing.ts).
 * A head alone ("Fährmann Udo Reinholz sagt:" over a quotation) is article text.
 */
import type { CompiledLexicon } from './compiledLexicon';
import { isDateLine } from './features';
import { flagLine, isFree, type LineState } from './lineState';
import * as l10n from '../messages/l10n';

const HEAD_MAX_LENGTH = 60;

export function commentThreads(lines: LineState[], lexicon: CompiledLexicon): void {
  for (let p = 0; p + 1 < lines.length; p++) {
    const head = lines[p];
    const date = lines[p + 1];
    if (!isFree(head) || head.quoted || head.text.length > HEAD_MAX_LENGTH || !lexicon.commentHead.test(head.text)) continue;
    if (date.paragraph !== head.paragraph || !isFree(date) || !isDateLine(date.text)) continue;
    flagLine(head, 'comment-form', 'context', l10n.t('the head of a reader comment, over the time it was posted'));
    flagLine(date, 'comment-form', 'context', l10n.t('the time a reader comment was posted'));
  }
}
