/**
 * The article's non-blank body lines, trimmed, with their features, the
 * quotations they overlap and whether they are provenance (agency credit,
 * dateline, author line), which is never noise.
 */
import type { Article } from '../article/types';
import type { Span } from '../text/span';
import { creditedAgencies } from './agencyCredits';
import { compiledLexicon, type CompiledLexicon } from './compiledLexicon';
import { lineFeatures, wordsOf, type LineFeatures } from './features';
import type { LineState, NoiseLine } from './lineState';
import { isBlankCode as isSpace } from '../text/blank';
import { lineKey } from './lineKey';
import { hasPhrase } from './lineShapes';
import { isDatedStamp, isIssuerName, isStampRow } from './stampRows';

const QUOTE_CHARS = /[„“”"»«]/u;
const DATELINE = /^(?:[\p{Lu}][\p{Lu}\p{M}.'’/ -]{1,40}\s*\([^)]{1,40}\)\s*[–—-]\s|[\p{Lu}]{3,}(?:[/ -][\p{Lu}]{2,})*(?:,\s[\p{L} .]{2,30})?\s+[–—]\s)/u;
const MISPLACED_HEADER = /^date \d{4}-\d{2}(?:-\d{2})?\s\S/u;
const BARE_CREDIT = /^[\p{L}][\p{L}-]{0,14}(?:\s*[/,]\s*[\p{L}][\p{L}-]{0,14}){0,3}$/u;
const PAREN_CREDIT = /^\(\s*([^()]{1,60})\s*\)\.?$/u;
const NAME_WORD = /^(?:[\p{Lu}][\p{L}\p{M}'’.-]*|von|van|de|der|den|del|da|di|du|le|la|zu|und|and|&|mit)$/u;

/** The article's non-blank body lines with their features and provenance; shared with the corpus index. */
export function noiseLines(article: Article): NoiseLine[] {
  return collectLines(article, compiledLexicon());
}

export function collectLines(article: Article, lexicon: CompiledLexicon): LineState[] {
  const { text, metadata } = article;
  const headerEnd = metadata.span?.end ?? 0;
  const paragraphOf = new Map<number, number>();
  for (const paragraph of article.paragraphs) {
    for (let i = paragraph.firstLine; i <= paragraph.lastLine; i++) paragraphOf.set(i, paragraph.index);
  }
  const headlineParagraph = article.paragraphs.find((p) => p.kind === 'headline')?.index;
  const quotations = article.quotations;
  let q = 0;
  const result: LineState[] = [];
  for (const line of article.lines) {
    if (line.blank) continue;
    let start = line.span.start;
    let headerLine = false;
    if (metadata.form === 'front-matter' && start < headerEnd) continue;
    if (metadata.form === 'date-line' && line.index === 0) {
      start = Math.max(start, headerEnd);
      headerLine = true;
    }
    let end = line.span.end;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end <= start) continue;
    const content = text.slice(start, end);
    while (q < quotations.length && quotations[q].span.end <= start) q++;
    const overlapping: Span[] = [];
    for (let k = q; k < quotations.length && quotations[k].span.start < end; k++) {
      if (quotations[k].span.end > start) overlapping.push(quotations[k].span);
    }
    const paragraph = paragraphOf.get(line.index) ?? -1;
    result.push(lineState({ index: line.index, start, end, headerLine, headline: paragraph >= 0 && paragraph === headlineParagraph, paragraph }, content, mergeSpans(overlapping), lexicon));
  }
  return withIssuers(result);
}

type Place = Pick<NoiseLine, 'index' | 'start' | 'end' | 'headerLine' | 'headline' | 'paragraph'>;

/** A line's state before any evidence: its features, whether it is quoted, whether it is provenance. */
export function lineState(place: Place, text: string, quotations: readonly Span[], lexicon: CompiledLexicon): LineState {
  const features = lineFeatures(text);
  return {
    index: place.index,
    start: place.start,
    end: place.end,
    text,
    headerLine: place.headerLine,
    headline: place.headline,
    paragraph: place.paragraph,
    features,
    quoted: quotations.length > 0 || QUOTE_CHARS.test(text),
    quotations,
    provenance: provenanceOf(text, features, lexicon),
    key: lineKey(text),
    glued: [],
    bareTime: features.bareTime,
  };
}

function provenanceOf(text: string, features: LineFeatures, lexicon: CompiledLexicon): string | undefined {
  const paren = PAREN_CREDIT.exec(text);
  if (paren && creditedAgencies(paren[1].trim())) return 'agency credit';
  if (BARE_CREDIT.test(text) && creditedAgencies(text)) return 'agency credit';
  if (DATELINE.test(text)) return 'dateline';
  if (isStampRow(text) && !hasPhrase(text, lexicon)) return 'dateline';
  // The metadata header scraped into the middle of the text (after a consent banner): it still names the headline.
  if (MISPLACED_HEADER.test(text)) return 'header';
  if (text.length <= 200 && lexicon.provenance.test(text)) return 'credit';
  const byline = lexicon.byline.exec(text);
  if (byline && text.length <= 160 && !features.endsSentence) {
    const names = wordsOf(text.slice(byline[0].length).split(',')[0]);
    if (names.length >= 1 && names.length <= 6 && /^\p{Lu}/u.test(names[0]) && names.every((w) => NAME_WORD.test(w))) return 'author line';
  }
  return undefined;
}

/** The name right under a publication stamp, in the same block, is the issuer of the text (a press office, a station). */
function withIssuers(lines: LineState[]): LineState[] {
  return lines.map((line, p) => {
    const above = lines[p - 1];
    if (line.provenance !== undefined || line.headline || above === undefined || above.paragraph !== line.paragraph) return line;
    if (!isDatedStamp(above.text) || !isIssuerName(line.text)) return line;
    return { ...line, provenance: 'issuer' };
  });
}

/** Spans sorted by start (nested ones inside their parents) as a disjoint union. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}
