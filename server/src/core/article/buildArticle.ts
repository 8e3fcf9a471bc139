/**
 * Turns the text of one article into the model every feature works on.
 */
import { profileFor } from '../languages';
import { detectLanguage } from '../languages/detect';
import { parseHeader } from '../metadata/header';
import { findQuotations } from '../quotes/quotations';
import { splitSentences } from '../segmentation/sentences';
import { tokenize } from '../segmentation/tokens';
import { LineIndex } from '../text/lineIndex';
import { linesOf, markHeadline, paragraphsOf } from './layout';
import type { Span } from '../text/span';
import type { Article, LanguageCode, Sentence, Token } from './types';

export interface BuildOptions {
  /** Skips detection, for callers that know the language. */
  readonly language?: LanguageCode;
}

export function buildArticle(uri: string, text: string, options: BuildOptions = {}): Article {
  const lineIndex = new LineIndex(text);
  const header = parseHeader(text);
  const lines = linesOf(text, lineIndex);
  const paragraphs = paragraphsOf(text, lines, header.bodyStart);
  const headline = markHeadline(paragraphs, text);
  const language = options.language ?? detectLanguage(text.slice(header.bodyStart));
  const profile = profileFor(language);
  const paragraphSpans = paragraphs.map((p) => p.span);
  const { quotations, unbalanced } = findQuotations(text, paragraphSpans, profile);

  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    for (const span of splitSentences(text, paragraph.span, profile, quotations)) {
      sentences.push(sentenceOf(text, sentences.length, paragraph.index, span));
    }
  }

  return {
    uri,
    text,
    language,
    lineIndex,
    metadata: headline && header.metadata.title === undefined
      ? { ...header.metadata, title: text.slice(headline.start, headline.end) }
      : header.metadata,
    headline,
    lines,
    paragraphs,
    sentences,
    quotations,
    unbalancedQuotes: unbalanced,
  };
}

function sentenceOf(text: string, index: number, paragraphIndex: number, span: Span): Sentence {
  return new ArticleSentence(text, index, paragraphIndex, span);
}

/**
 * Tokens are made on each access, not kept: as objects they cost about
 * 60 KB per article of a corpus, and only the speaker analysis reads them,
 * once per sentence. A class, not an object literal with a getter: V8 gives
 * each such literal its own getter closure and layout, about 600 bytes per
 * sentence, 30 KB per article.
 */
class ArticleSentence implements Sentence {
  readonly #text: string;

  constructor(text: string, readonly index: number, readonly paragraphIndex: number, readonly span: Span) {
    this.#text = text;
  }

  get tokens(): Token[] {
    return tokenize(this.#text, this.span);
  }
}
