/**
 * Raw sentence breaks from Intl.Segmenter. It gets quadratically slow on long
 * strings (pitfalls.md, 1), so a long paragraph is fed in bounded chunks.
 */
import type { Span } from '../text/span';

/** Chunk size, in UTF-16 code units, that Intl.Segmenter handles in well under a millisecond. */
const MAX_CHUNK = 8000;
/** Each chunk moves on at least this far, which keeps the total work linear. */
const MIN_ADVANCE = MAX_CHUNK / 8;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** Offsets inside `paragraph` where Intl.Segmenter starts a new sentence, ascending. */
export function sentenceBreaks(text: string, paragraph: Span, locale: string): number[] {
  const segmenter = segmenterFor(locale);
  const breaks: number[] = [];
  let position = paragraph.start;
  while (position < paragraph.end) {
    const isLastChunk = paragraph.end - position <= MAX_CHUNK;
    const chunkEnd = isLastChunk ? paragraph.end : cutPoint(text, position, position + MAX_CHUNK);
    const chunkBreaks = breaksIn(segmenter, text, position, chunkEnd);
    breaks.push(...chunkBreaks);
    if (isLastChunk) break;
    // The chunk's last sentence may run on past the cut, so segment it again
    // with the next chunk, unless that would move on too little.
    const lastBreak = chunkBreaks.at(-1);
    if (lastBreak !== undefined && lastBreak - position >= MIN_ADVANCE) {
      position = lastBreak;
    } else {
      // Intl.Segmenter always breaks after a line break, but not at the end of its input.
      if (text[chunkEnd - 1] === '\n') breaks.push(chunkEnd);
      position = chunkEnd;
    }
  }
  return breaks;
}

function breaksIn(segmenter: Intl.Segmenter, text: string, start: number, end: number): number[] {
  const breaks: number[] = [];
  for (const segment of segmenter.segment(text.slice(start, end))) {
    if (segment.index > 0) breaks.push(start + segment.index);
  }
  return breaks;
}

/**
 * Where to end a chunk at or before `limit`: after a line break, else after a
 * space inside a sentence, else after any whitespace, else at `limit` (never
 * between the halves of a surrogate pair).
 */
function cutPoint(text: string, start: number, limit: number): number {
  const floor = start + MIN_ADVANCE;
  for (let i = limit - 1; i >= floor; i--) if (text[i] === '\n') return i + 1;
  for (let i = limit - 1; i >= floor; i--) {
    if ((text[i] === ' ' || text[i] === '\t') && /[\p{L}\p{N},]/u.test(text[i - 1]!)) return i + 1;
  }
  for (let i = limit - 1; i >= floor; i--) if (text[i] !== '\r' && /\s/.test(text[i]!)) return i + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
