/**
 * Page chrome around the article, in the spirit of jusText's context rule: the
 * article body runs from its first to its last paragraph of prose (long,
 * sentence-like, dense with stop words). Short lines that are not sentences
 * above it (site title, menus, badges, section labels) and below it (tag
 * lists, footer links, "load more" buttons) are the page's header and footer,
 * unless they are provenance, the headline, a subhead right above the prose,
 * or carry signs of article content: numbers (dates, times, results, table
 * rows), list markers, quotations, a colon that introduces a list, a sentence
 * in their block of lines.
 */
import type { NoiseCategory } from './categories';
import { creditedAgencies } from './agencyCredits';
import { hasAddress, isDateLine, isProse, lineFeatures } from './features';
import { flagLine, isFlagged, isFree, type LineState } from './lineState';
import * as l10n from '../messages/l10n';

/** A line of page chrome is short: a label, a link, a title. */
const CHROME_MAX_WORDS = 8;
const CHROME_MAX_LENGTH = 70;
/** A headline has at least this many words (a site title or label may have fewer). */
const HEADLINE_MIN_WORDS = 3;

const LIST_MARKER = /^(?:[-–•*▪●◦·]\s|\d{1,3}[.)]\s)/u;
const DIGIT = /\d/u;
const AUTHOR_LIKE = /(?:^|\s)(?:von|by|mit|with)\s+\p{Lu}|^(?:von|by)\s/iu;
const LABEL_VALUE = /^[^:]{2,30}: \S/u;
const LINK_LIST_MIN_LINES = 3;
const SEPARATED = /\s[|·•/]\s|\s{2,}/u;
const SIGNATURE_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
/** A site's name ends with its legal form, whose period is no sentence end ("… Gartenbauverein e. V."). */
const LEGAL_FORM_END = /(?:^|\s)(?:e\.\s?V\.|Ltd\.|Inc\.|Co\.)$/u;
/** A tagline's founding year ("seit 1921", "since 1874") is no number of the article. */
const FOUNDED = /(?:seit|since|gegründet|founded|est\.)\s\d{4}/giu;

/** A line whose shape says it is part of the article, not of the page around it. */
function contentEvidence(line: LineState): boolean {
  const { text, features } = line;
  if (line.quoted || line.provenance !== undefined || (features.endsSentence && !LEGAL_FORM_END.test(text))) return true;
  if (features.words > CHROME_MAX_WORDS || text.length > CHROME_MAX_LENGTH) return true;
  // "Stichwort: Vereinsheim", "Bike hire: weekends only": a fact box gives a label and its value.
  if (DIGIT.test(text.replace(FOUNDED, '')) || /:$/u.test(text) || LABEL_VALUE.test(text) || LIST_MARKER.test(text) || text.includes('+++')) return true;
  if (/^\(.*\)$/u.test(text) || AUTHOR_LIKE.test(text) || isDateLine(text)) return true;
  if (text.split(/[\s/,;()–-]+/u).some((token) => token.length > 1 && creditedAgencies(token) !== undefined)) return true;
  return hasAddress(text);
}

function isAnchor(line: LineState): boolean {
  if (line.verdict !== undefined || line.hint !== undefined) return false;
  // Noise glued to the end of a paragraph ("… on Monday. Sign up for …") does not make it less of a paragraph.
  const glued = line.glued[0];
  return isProse(glued ? lineFeatures(line.text.slice(0, glued.span.start - line.start).trimEnd()) : line.features);
}

/** `headerTitled`: the metadata header names the title (else a headline line names it, or nothing does). */
export function zones(lines: LineState[], headerTitled: boolean): void {
  let first = -1;
  let last = -1;
  for (let p = 0; p < lines.length; p++) {
    if (!isAnchor(lines[p])) continue;
    if (first < 0) first = p;
    last = p;
  }
  if (first < 0) return;
  const titled = headerTitled || lines.some((l) => l.headline || l.headerLine || l.provenance === 'header');
  const protectedHeadline = titled ? undefined : headlineOf(lines, first);
  chrome(lines, 0, first, 'header', (line, p) => line === protectedHeadline || isSubhead(lines, p));
  chrome(lines, last + 1, lines.length, 'footer', (line, _p, afterContent) => afterContent && isSignature(lines, line));
}

/** Without a headline from the header, the headline is the last line of some length above the author line or the prose. */
function headlineOf(lines: readonly LineState[], first: number): LineState | undefined {
  let end = first;
  for (let p = 0; p < first; p++) {
    if (lines[p].provenance !== undefined) {
      end = p;
      break;
    }
  }
  for (let p = end - 1; p >= 0; p--) {
    const line = lines[p];
    if (isFlagged(line)) continue;
    if (line.features.words >= HEADLINE_MIN_WORDS) return line;
  }
  return undefined;
}

/**
 * A short line right above prose is the article's subhead or standfirst, whether a blank line
 * separates them or not (scrapes often lose it; and cleaning must not turn a kept line into one
 * that a second cleaning removes).
 */
function isSubhead(lines: readonly LineState[], p: number): boolean {
  const next = lines[p + 1];
  return next !== undefined && isAnchor(next);
}

/** "Anna Muster" alone under the article (before any page chrome): the author's signature. */
function isSignature(lines: readonly LineState[], line: LineState): boolean {
  const words = line.text.split(/\s+/u);
  const alone = !lines.some((other) => other !== line && other.paragraph === line.paragraph);
  return alone && words.length >= 2 && words.length <= 4 && words.every((w) => SIGNATURE_WORD.test(w));
}

/**
 * Flags the short lines of the blocks between `from` and `to` that carry no sign of article content;
 * `keep` spares a line (`afterContent`: the block before it is the article's prose or a block kept as content).
 */
function chrome(lines: LineState[], from: number, to: number, zone: 'header' | 'footer', keep: (line: LineState, p: number, afterContent: boolean) => boolean): void {
  let afterContent = true;
  for (let start = from; start < to; ) {
    let end = start;
    while (end + 1 < to && lines[end + 1].paragraph === lines[start].paragraph) end++;
    const block = lines.slice(start, end + 1);
    const noise = block.filter(isFlagged);
    // A sentence, a number or a list in the block makes it part of the article (a fact box, a table, a timeline).
    const content = block.some((line) => isFree(line) && contentEvidence(line));
    if (!content || noise.length > 0) {
      for (let p = start; p <= end; p++) {
        const line = lines[p];
        if (!isFree(line) || contentEvidence(line) || keep(line, p, afterContent)) continue;
        const category = categoryOf(line, block, p - start);
        const why = zone === 'header'
          ? l10n.t('a short line above the first paragraph of the article, as the page header shows it')
          : l10n.t('a short line below the last paragraph of the article, as the page footer shows it');
        flagLine(line, category, 'context', why);
      }
    }
    afterContent = content && noise.length === 0;
    start = end + 1;
  }
}

function categoryOf(line: LineState, block: readonly LineState[], at: number): NoiseCategory {
  // A one- or two-word section label, or an item of a column of short links (topic tags, footer links).
  const words = line.features.words;
  if (words <= 2 || (words <= 3 && block.length >= LINK_LIST_MIN_LINES)) return 'navigation';
  for (let d = 1; d < block.length; d++) {
    for (const q of [at - d, at + d]) {
      const neighbour = block[q];
      if (neighbour && isFlagged(neighbour)) return neighbour.verdict!.category;
    }
  }
  if (line.hint && line.hint !== 'any') return line.hint;
  return SEPARATED.test(line.text) ? 'navigation' : 'other';
}
