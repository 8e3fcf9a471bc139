/**
 * A bare duration ("10:37") is a video player's, and so is the title line just
 * above it — unless the times are a live ticker's.
 */
import { isProse } from './features';
import { flagLine, isFree, type LineState } from './lineState';
import * as l10n from '../messages/l10n';

const TITLE_MAX_WORDS = 14;

function titleLike(line: LineState): boolean {
  return isFree(line) && line.features.words <= TITLE_MAX_WORDS && line.text.length <= 120 && !/[.:;,]$/.test(line.text) && !line.bareTime;
}

export function mediaWidgets(lines: LineState[]): void {
  const times = lines.filter((l) => l.bareTime && l.provenance === undefined && !l.headerLine);
  if (times.length === 0) return;
  const isMedia = (line: LineState | undefined) => line?.verdict?.category === 'media-widget';
  const position = new Map(lines.map((l, p) => [l, p]));
  const ticker = times.length >= 3 && !times.some((t) => isMedia(lines[position.get(t)! - 1]) || isMedia(lines[position.get(t)! + 1]));
  if (ticker) return;
  for (const time of times) {
    const p = position.get(time)!;
    const before = lines[p - 1];
    const after = lines[p + 1];
    const entryFollows = after && after.paragraph === time.paragraph && isProse(after.features) && !isMedia(before) && !isMedia(after);
    if (entryFollows) continue;
    flagLine(time, 'media-widget', 'context', l10n.t('a bare duration, as a video player shows it'));
    if (before && titleLike(before)) {
      flagLine(before, 'media-widget', 'context', l10n.t("the title above the video duration '{duration}'", { duration: time.text }), { label: 'Video title', what: l10n.t('the title of an embedded video') });
    }
  }
}
