/**
 * Datelines: the place in capitals that opens a news report ("WENDHAGEN –",
 * "LEEDS —", "HOLLOWELL, Vermont (AP) —", "ANNABERG-BUCHHOLZ (dpa)"). Found
 * before acronyms, which would otherwise take a short one for an organisation.
 */
import type { RecognitionContext } from './recognitionContext';
import { PLAIN_GAP } from './shapes';

/** What follows a dateline: an agency in parentheses, a dash, or a comma and a region or date. */
const AFTER_DATELINE = /^[ \t\u00a0]*(?:\(|[–—-][ \t\u00a0]|,[ \t\u00a0]*[\p{Lu}\d])/u;
const MAX_WORDS = 3;
/** Capitals, also hyphenated: "ANNABERG-BUCHHOLZ". */
const CAPITALS = /^\p{Lu}+(?:[-‐]\p{Lu}+)*$/u;

export function findDatelines(ctx: RecognitionContext): void {
  for (let i = 0; i < ctx.toks.length; i++) {
    const t = ctx.toks[i]!;
    if (!t.word || !CAPITALS.test(t.text) || !ctx.free(i) || !atLineStart(ctx, t.start)) continue;
    let end = i;
    while (end + 1 < ctx.toks.length && end - i + 1 < MAX_WORDS && CAPITALS.test(ctx.toks[end + 1]!.text) && ctx.sameSentence(i, end + 1) && ctx.plainGap(end + 1)) end++;
    if (!AFTER_DATELINE.test(ctx.text.slice(ctx.toks[end]!.end, ctx.toks[end]!.end + 4))) continue;
    const words: string[] = [];
    for (let k = i; k <= end; k++) words.push(ctx.toks[k]!.text);
    if (!words.every((w) => isPlaceWord(ctx, w))) continue;
    claimDateline(ctx, i, end, words.map(titleCase));
    i = end;
  }
}

function atLineStart(ctx: RecognitionContext, offset: number): boolean {
  const lineStart = ctx.text.lastIndexOf('\n', offset - 1) + 1;
  return PLAIN_GAP.test(ctx.text.slice(lineStart, offset)) || lineStart === offset;
}

function isPlaceWord(ctx: RecognitionContext, word: string): boolean {
  const lower = word.toLowerCase();
  if (word.length < 3 || /\d/u.test(word) || ctx.lex.commonWords.has(lower) || ctx.lex.stopWords.has(lower) || ctx.lex.credits.has(lower)) return false;
  // An organisation of the lexicon in capitals ("NATO –") is no dateline.
  return !(ctx.lex.phrases.get(lower) ?? []).some((p) => p.target.type === 'organisation');
}

function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-‐])(\p{Ll})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}

function claimDateline(ctx: RecognitionContext, first: number, last: number, words: readonly string[]): void {
  const name = words.join(' ');
  const phrase = (ctx.lex.phrases.get(words[0]!.toLowerCase()) ?? []).find((p) => p.target.type === 'place' && p.tokens.length === words.length && p.tokens.every((w, k) => w.toLowerCase() === words[k]!.toLowerCase()));
  if (phrase?.target.type === 'place') {
    const entry = phrase.target.entry;
    ctx.claim({ first, last, type: 'place', key: `place:${entry.id}`, name, form: 'alias', target: phrase.target });
    return;
  }
  const key = `place:${name.toLowerCase()}`;
  ctx.contextPlaces.set(name, key);
  ctx.claim({ first, last, type: 'place', key, name, form: 'alias' });
}
