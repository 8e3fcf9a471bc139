/**
 * The tokens the recogniser works on: the article's sentences (and the
 * front-matter title and author values), each word with the facts every rule
 * asks about it.
 */
import type { Article, Token } from '../article/types';
import { tokenize } from '../segmentation/tokens';
import type { Span } from '../text/span';
import { stripPossessive } from './normalize';
import { ALL_CAPS } from './shapes';

export interface Tok {
  /** Position in the token list. */
  readonly index: number;
  readonly text: string;
  /** The word without an English possessive. */
  readonly base: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly baseEnd: number;
  readonly sentence: number;
  readonly first: boolean;
  readonly word: boolean;
  readonly cap: boolean;
  readonly allCaps: boolean;
  /** Capitalised only because of its position: sentence start, after an opening quote (or a colon in English). */
  readonly initial: boolean;
}

const OPENING_QUOTES = new Set(['„', '“', '"', '»', '«', '‚', '‘', "'", '‹', '›', '(', '[']);

export function readTokens(article: Article): Tok[] {
  const text = article.text;
  const toks: Tok[] = [];
  const sentences: { span: Span; tokens: readonly Token[] }[] = [
    ...headerSpans(article).map((span) => ({ span, tokens: tokenize(text, span) })),
    ...article.sentences,
  ];
  const english = article.language === 'en';
  sentences.forEach(({ span: spanOfSentence, tokens }, sentence) => {
    tokens.forEach((token, index) => {
      const base = stripPossessive(token.text);
      const before = previousChar(text, token.span.start, spanOfSentence.start);
      const initial = index === 0 || OPENING_QUOTES.has(before) || (english && (before === ':' || before === '—' || before === '–'));
      const word = token.kind === 'word';
      toks.push({
        index: toks.length,
        text: token.text,
        base,
        lower: base.toLowerCase(),
        start: token.span.start,
        end: token.span.end,
        baseEnd: token.span.start + base.length,
        sentence,
        first: index === 0,
        word,
        cap: word && /^\p{Lu}/u.test(token.text),
        allCaps: word && base.length >= 2 && ALL_CAPS.test(base) && !/^\p{N}/u.test(base),
        initial,
      });
    });
  });
  return toks;
}

/** Front-matter title and author lines are part of the text the reader sees. */
function headerSpans(article: Article): Span[] {
  const { metadata } = article;
  if (metadata.form !== 'front-matter' || !metadata.span) return [];
  const spans: Span[] = [];
  const header = article.text.slice(metadata.span.start, metadata.span.end);
  for (const match of header.matchAll(/^[ \t]*(?:title|titel|headline|author|autor|autorin|byline)[ \t]*:[ \t]*(.*?)[ \t]*$/gimu)) {
    const value = match[1] ?? '';
    if (!value) continue;
    const start = metadata.span.start + match.index + match[0].lastIndexOf(value);
    spans.push({ start, end: start + value.length });
  }
  return spans;
}

/** The nearest character before an offset that is not a space, down to a limit. */
export function previousChar(text: string, offset: number, limit: number): string {
  for (let i = offset - 1; i >= limit; i--) {
    const ch = text[i]!;
    if (ch !== ' ' && ch !== '\t' && ch !== '\u00a0') return ch;
  }
  return '';
}
