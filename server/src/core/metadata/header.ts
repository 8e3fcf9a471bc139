/**
 * Reads the metadata header that scrapers put at the top of an article:
 * either a first line that starts with ` date 2022-01` and carries the headline
 * (or the lead) after it, or a front-matter block between `---` lines.
 */
import type { ArticleMetadata } from '../article/types';
import type { Span } from '../text/span';

export interface ParsedHeader {
  readonly metadata: ArticleMetadata;
  /** Where the article's own text begins: after the header. */
  readonly bodyStart: number;
}

const DATE_LINE = /^[ \t]*date[ \t]+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b[ \t]*/i;
const FRONT_MATTER_FENCE = /^---[ \t]*$/;
const FRONT_MATTER_ENTRY = /^[ \t]*([A-Za-zÄÖÜäöü_-]+)[ \t]*:[ \t]*(.*?)[ \t]*$/;
const FRONT_MATTER_MAX_LINES = 40;

type MetadataKey = 'date' | 'title' | 'source' | 'url' | 'author';

/** German and English keys that scrapers use for the same field. */
const KEY_ALIASES: Record<string, MetadataKey> = {
  date: 'date', datum: 'date', published: 'date', veröffentlicht: 'date',
  title: 'title', titel: 'title', headline: 'title', überschrift: 'title',
  source: 'source', quelle: 'source', outlet: 'source', medium: 'source', publisher: 'source',
  url: 'url', link: 'url', permalink: 'url',
  author: 'author', autor: 'author', autorin: 'author', byline: 'author', von: 'author',
};

export function parseHeader(text: string): ParsedHeader {
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return parseFrontMatter(text, bomLength) ?? parseDateLine(text, bomLength) ?? {
    metadata: { form: 'none' },
    bodyStart: bomLength,
  };
}

function parseDateLine(text: string, start: number): ParsedHeader | undefined {
  const firstLineEnd = lineEnd(text, start);
  const match = DATE_LINE.exec(text.slice(start, firstLineEnd));
  if (!match) return undefined;
  const prefixEnd = start + match[0].length;
  const span: Span = { start, end: prefixEnd };
  return { metadata: { form: 'date-line', span, date: match[1] }, bodyStart: prefixEnd };
}

function parseFrontMatter(text: string, start: number): ParsedHeader | undefined {
  let lineStart = start;
  let end = lineEnd(text, lineStart);
  if (!FRONT_MATTER_FENCE.test(text.slice(lineStart, end))) return undefined;
  const fields: Partial<Record<MetadataKey, string>> = {};
  for (let count = 0; count < FRONT_MATTER_MAX_LINES; count++) {
    lineStart = nextLineStart(text, end);
    if (lineStart >= text.length) return undefined;
    end = lineEnd(text, lineStart);
    const line = text.slice(lineStart, end);
    if (FRONT_MATTER_FENCE.test(line)) {
      const bodyStart = nextLineStart(text, end);
      return {
        metadata: { form: 'front-matter', span: { start, end }, ...fields },
        bodyStart,
      };
    }
    const entry = FRONT_MATTER_ENTRY.exec(line);
    if (!entry) {
      if (line.trim() === '') continue;
      return undefined;
    }
    const key = KEY_ALIASES[entry[1].toLowerCase()];
    if (key && fields[key] === undefined) fields[key] = unquote(entry[2]);
  }
  return undefined;
}

function unquote(value: string): string {
  const match = /^(["'])(.*)\1$/.exec(value);
  return match ? match[2] : value;
}

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function nextLineStart(text: string, lineEndOffset: number): number {
  if (text[lineEndOffset] === '\r' && text[lineEndOffset + 1] === '\n') return lineEndOffset + 2;
  return Math.min(text.length, lineEndOffset + 1);
}
