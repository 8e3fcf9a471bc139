/**
 * An acronym in parentheses after an organisation's name is another name of it.
 */
import type { RecognitionContext } from './recognitionContext';
import { ACRONYM } from './shapes';

/** "Wiener Sicherheitspakts (WSP)": the acronym names the same organisation. */
export function claimParenthesisedAcronym(ctx: RecognitionContext, end: number, key: string): void {
  const a = end + 1;
  const t = ctx.toks[a];
  if (!t || !ctx.sameSentence(end, a) || !ACRONYM.test(t.base) || !ctx.free(a)) return;
  const before = ctx.text.slice(ctx.toks[end]!.end, t.start);
  const after = ctx.text.slice(t.end, t.end + 1);
  if (!/^[ \t]*\($/u.test(before) || after !== ')') return;
  ctx.orgAliases.set(t.base, key);
  ctx.claim({ first: a, last: a, type: 'organisation', key, name: t.base, form: 'alias' });
}
