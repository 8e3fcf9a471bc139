/**
 * The article model: everything the features need to know about one scraped
 * article, with every part located by a UTF-16 span into the text.
 */
import type { LineIndex } from '../text/lineIndex';
import type { Span } from '../text/span';

export type LanguageCode = 'de' | 'en';

export type HeaderForm = 'date-line' | 'front-matter' | 'none';

export interface ArticleMetadata {
  readonly form: HeaderForm;
  /** The header's extent: the ` date …` prefix of the first line, or the whole front-matter block. */
  readonly span?: Span;
  readonly date?: string;
  readonly title?: string;
  readonly source?: string;
  readonly url?: string;
  readonly author?: string;
}

export interface Line {
  readonly index: number;
  /** The line's content without its line break. */
  readonly span: Span;
  readonly blank: boolean;
}

export type ParagraphKind = 'headline' | 'body';

export interface Paragraph {
  readonly index: number;
  readonly kind: ParagraphKind;
  /** From the first non-blank character to the end of the last line's content. */
  readonly span: Span;
  readonly firstLine: number;
  readonly lastLine: number;
}

export type TokenKind = 'word' | 'number';

export interface Token {
  readonly span: Span;
  readonly kind: TokenKind;
  readonly text: string;
}

export interface Sentence {
  readonly index: number;
  readonly paragraphIndex: number;
  readonly span: Span;
  readonly tokens: readonly Token[];
}

export type QuoteStyle =
  | 'german' // „…“
  | 'english' // “…”
  | 'straight' // "…"
  | 'german-guillemets' // »…«
  | 'french-guillemets' // «…»
  | 'german-single' // ‚…‘
  | 'english-single'; // ‘…’

export interface Quotation {
  readonly index: number;
  readonly style: QuoteStyle;
  /** From the opening mark to just past the closing mark. */
  readonly span: Span;
  /** The quoted words, without the marks. */
  readonly content: Span;
  /** 0 for a top-level quotation, 1 for a quotation inside it, and so on. */
  readonly depth: number;
  /** Index of the quotation this one is nested in. */
  readonly parent?: number;
  /**
   * Index of the quotation this one resumes after an interruption such as
   * „…“, sagte sie, „…“.
   */
  readonly continues?: number;
}

export interface UnbalancedQuote {
  /** Offset of the opening mark that is never closed. */
  readonly offset: number;
  readonly mark: string;
}

export interface Article {
  readonly uri: string;
  readonly text: string;
  readonly language: LanguageCode;
  readonly lineIndex: LineIndex;
  readonly metadata: ArticleMetadata;
  readonly headline?: Span;
  readonly lines: readonly Line[];
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly quotations: readonly Quotation[];
  readonly unbalancedQuotes: readonly UnbalancedQuote[];
}
