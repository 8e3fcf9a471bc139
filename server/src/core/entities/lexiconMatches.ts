/**
 * Places and organisations the gazetteer and the organisation lexicon name,
 * matched as token phrases (with German genitive endings), and agency credits
 * ("(dpa)", "Foto: … / dpa").
 */
import type { Phrase } from './lexicon';
import { normalizeGap } from './lexicon';
import { genitiveBases } from './normalize';
import { claimParenthesisedAcronym } from './organisationAliases';
import { continuesPlaceList } from './placeLists';
import type { RecognitionContext } from './recognitionContext';

export function findLexiconPhrases(ctx: RecognitionContext): void {
  for (let i = 0; i < ctx.toks.length; i++) {
    if (!ctx.free(i) || !ctx.toks[i]!.word) continue;
    const match = matchPhraseAt(ctx, i);
    if (!match) {
      matchCredit(ctx, i);
      continue;
    }
    const { phrase, length } = match;
    const last = i + length - 1;
    let end = ctx.toks[last]!.baseEnd;
    if (phrase.trailing && ctx.text.startsWith(phrase.trailing, end)) end += phrase.trailing.length;
    const surface = ctx.text.slice(ctx.toks[i]!.start, end);
    const target = phrase.target;
    const name = phrase.tokens.length === 1 ? phrase.tokens[0]! : phrase.tokens.map((tok, k) => (k === 0 ? tok : phrase.gaps[k - 1] + tok)).join('');
    const canonical = ctx.lex.code === 'de' ? target.entry.de[0]! : target.entry.en[0]!;
    const key = target.type === 'place' ? `place:${target.entry.id}` : `org:${target.entry.id}`;
    ctx.claim({ first: i, last, type: target.type, key, name: name + phrase.trailing, form: surface === canonical ? 'full' : 'alias', target, ...(end !== ctx.toks[last]!.baseEnd ? { endOffset: end } : {}) });
    if (target.type === 'organisation') claimParenthesisedAcronym(ctx, last, key);
    i = last;
  }
}

/** The longest lexicon phrase starting at token i, if any. */
export function matchPhraseAt(ctx: RecognitionContext, i: number): { phrase: Phrase; length: number } | undefined {
  const t = ctx.toks[i]!;
  if (!t.word) return undefined;
  const german = ctx.lex.code === 'de';
  const lowerText = t.text.length === t.base.length ? t.lower : t.text.toLowerCase();
  const keys = [lowerText];
  if (t.lower !== lowerText) keys.push(t.lower);
  if (german && t.lower.endsWith('s')) keys.push(...genitiveBases(t.lower));
  for (const key of keys) {
    const phrases = ctx.lex.phrases.get(key);
    if (!phrases) continue;
    for (const phrase of phrases) {
      if (phraseMatches(ctx, phrase, i)) {
        if (phrase.ambiguous) {
          if (afterPlacePreposition(ctx, i)) ctx.confirmedAmbiguousPlaces.add(phrase.target.entry.id);
          // One sense per article: "from Georgia and Turkey" … "Georgia's minister"; not "Michael Jordan", "Georgia Hale".
          else if (!ctx.confirmedAmbiguousPlaces.has(phrase.target.entry.id) || besideCapitalised(ctx, i, phrase.tokens.length)) continue;
        }
        return { phrase, length: phrase.tokens.length };
      }
    }
  }
  return undefined;
}

function phraseMatches(ctx: RecognitionContext, phrase: Phrase, i: number): boolean {
  const n = phrase.tokens.length;
  for (let k = 0; k < n; k++) {
    const at = i + k;
    const t = ctx.toks[at];
    if (!t || !ctx.free(at) || (k > 0 && (!ctx.sameSentence(i, at) || normalizeGap(ctx.gap(at) ?? '\n') !== phrase.gaps[k - 1]))) return false;
    const expected = phrase.tokens[k]!;
    const last = k === n - 1;
    const written = last ? t.base : t.text;
    if (written === expected) continue;
    if (t.allCaps && written.toUpperCase() === expected.toUpperCase() && (written.length > 3 || expected === written)) continue;
    if (last && ctx.lex.code === 'de' && /\p{Ll}$/u.test(expected) && !/[sßxz]$/u.test(expected) && (written === `${expected}s` || written === `${expected}es`)) continue;
    return false;
  }
  return true;
}

function besideCapitalised(ctx: RecognitionContext, i: number, length: number): boolean {
  const p = ctx.toks[i - 1];
  const n = ctx.toks[i + length];
  return (p !== undefined && p.word && p.cap && ctx.sameSentence(i - 1, i) && ctx.plainGap(i)) || (n !== undefined && n.word && n.cap && ctx.sameSentence(i, i + length) && ctx.plainGap(i + length));
}

function afterPlacePreposition(ctx: RecognitionContext, i: number): boolean {
  const p = ctx.toks[i - 1];
  return (p !== undefined && ctx.sameSentence(i - 1, i) && ctx.lex.placePrepositions.has(p.lower)) || continuesPlaceList(ctx, i);
}

/** "(dpa)", "(afp/rtr)", "Foto: … / dpa". */
function matchCredit(ctx: RecognitionContext, i: number): void {
  const t = ctx.toks[i]!;
  const entry = ctx.lex.credits.get(t.lower);
  if (!entry) return;
  const before = ctx.previousChar(t.start, Math.max(0, t.start - 3));
  let after = '';
  for (let k = t.end; k < ctx.text.length; k++) {
    const ch = ctx.text[k]!;
    if (ch === ' ' || ch === '\t') continue;
    after = ch;
    break;
  }
  const atLineEnd = after === '' || after === '\n' || after === '\r';
  if ((before === '(' || before === '/') && (after === ')' || after === '/' || atLineEnd)) {
    const canonical = ctx.lex.code === 'de' ? entry.de[0]! : entry.en[0]!;
    ctx.claim({ first: i, last: i, type: 'organisation', key: `org:${entry.id}`, name: t.text, form: t.text === canonical ? 'full' : 'alias' });
  }
}
