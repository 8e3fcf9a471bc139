/**
 * Lists of places: "aus Dortmund, Hagen und Lüdenscheid", "from Dayton and
 * Cincinnati". A preposition before the first item makes every item a place
 * candidate, as if the preposition stood before each.
 */
import type { RecognitionContext } from './recognitionContext';
import { PLAIN_GAP } from './shapes';

const COMMA_GAP = /^[ \t\u00a0]*,[ \t\u00a0]*$/u;
const MAX_ITEMS = 8;

/** Whether token i follows a place, joined by a comma or a coordinator, in a list a place preposition opens. */
export function continuesPlaceList(ctx: RecognitionContext, i: number): boolean {
  let k = i;
  for (let items = 0; items < MAX_ITEMS; items++) {
    const previousItemEnd = itemBefore(ctx, k);
    if (previousItemEnd < 0) return false;
    const owner = ctx.owner[previousItemEnd]!;
    const claim = owner >= 0 ? ctx.claims[owner] : undefined;
    if (!claim || claim.type !== 'place') return false;
    const first = claim.first;
    const before = ctx.toks[first - 1];
    if (before && !before.cap && ctx.sameSentence(first - 1, first) && PLAIN_GAP.test(ctx.gap(first) ?? '')) {
      if (ctx.lex.placePrepositions.has(before.lower) || ctx.lex.placeCuePrepositions.has(before.lower)) return true;
    }
    k = first;
  }
  return false;
}

/** The last token of the list item before token k ("Hagen" before ", Lüdenscheid" or "und Lüdenscheid"), or -1. */
function itemBefore(ctx: RecognitionContext, k: number): number {
  const gap = ctx.gap(k);
  if (gap === undefined) return -1;
  if (COMMA_GAP.test(gap)) return k - 1;
  const joiner = ctx.toks[k - 1];
  if (!PLAIN_GAP.test(gap) || !joiner || joiner.cap || !ctx.lex.coordinators.has(joiner.lower)) return -1;
  const gapBefore = ctx.gap(k - 1);
  // "Bradford, Wakefield and Harrogate", also with a serial comma.
  return gapBefore !== undefined && (PLAIN_GAP.test(gapBefore) || COMMA_GAP.test(gapBefore)) ? k - 2 : -1;
}
