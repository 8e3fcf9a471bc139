/**
 * The caption above a photo credit: the picture was not scraped, so its
 * caption is page residue too. Taken from the credit's own paragraph, or the
 * paragraph just before a credit that stands alone.
 */
import { segmentsOf } from './features';
import { flagLine, isFree, type LineState } from './lineState';
import { captionWhat } from './pictureCredits';
import * as l10n from '../messages/l10n';

const CAPTION_MAX_LENGTH = 250;

function captionLike(line: LineState): boolean {
  return isFree(line) && !line.quoted && line.text.length <= CAPTION_MAX_LENGTH && segmentsOf(line.text).length <= 2 && !line.bareTime;
}

export function captions(lines: LineState[]): void {
  for (let position = 0; position < lines.length; position++) {
    const credit = lines[position];
    if (credit.verdict?.kind !== 'credit' || credit.verdict.label === 'Image caption') continue;
    const flag = (line: LineState) => flagLine(line, 'image-credit', 'caption', l10n.t('directly above a photo credit'), { label: 'Image caption', what: captionWhat() });
    const previous = lines[position - 1];
    if (!previous) continue;
    if (previous.paragraph === credit.paragraph) {
      for (let p = position - 1, count = 0; p >= 0 && count < 2; p--, count++) {
        const line = lines[p];
        if (line.paragraph !== credit.paragraph || !captionLike(line)) break;
        flag(line);
      }
      continue;
    }
    // The lines are those cleaning keeps (see settle.ts), so the paragraph before is the block of lines before.
    let first = position - 1;
    while (first > 0 && lines[first - 1].paragraph === previous.paragraph) first--;
    const members = lines.slice(first, position);
    if (members.length > 3 || !members.every(captionLike)) continue;
    // A single line before a credit that stands alone is a caption only if it is not a sentence of the article.
    if (members.length === 1 && (members[0].features.endsSentence || members[0].text.length > 160 || members[0].features.words < 3)) continue;
    members.forEach(flag);
  }
}
