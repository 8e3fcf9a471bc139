/**
 * Finds the leftovers of the web page in a scraped article: every line (or,
 * when glued to a content line, every span) that is not article text, with
 * its category and the reason it was recognised.
 *
 * Three kinds of evidence, in the spirit of jusText:
 * 1. the line itself: phrases from the lexicons (lexicons/de.ts, en.ts) and
 *    line features (stop-word density, complete sentence, length, calls to
 *    action, URLs, prices, bare times);
 * 2. its neighbours: a form field label next to a comment form, the caption
 *    above a photo credit, the title above a video duration;
 * 3. the corpus: a short line that several unrelated articles share is
 *    boilerplate of the site (see corpusLines.ts).
 * Provenance (agency credits, datelines, author lines) and quotations are
 * never noise.
 */
import type { Article } from '../article/types';
import { DIAGNOSTIC_CODES } from '../diagnostics/codes';
import type { Finding } from '../diagnostics/finding';
import type { Span } from '../text/span';
import { creditedAgencies } from './agencyCredits';
import { CATEGORY_LABEL, noiseCode, type NoiseCategory } from './categories';
import { hasAddress, hasAgeMark, hasDateSuffix, hasOdds, isDateLine, isProse, lineFeatures, segmentsOf, wordsOf, type LineFeatures } from './features';
import { compiledLexicon, normalizeLine, type CompiledLexicon } from './lexicons';
import { compileNoiseOptions, type CompiledNoiseOptions, type NoiseOptions } from './options';
import { lineKey } from './lineKey';
import { english, german } from '../languages';

/** What the corpus knows about a line: in how many unrelated articles it appears. */
export interface NoiseCorpusEvidence {
  /** The number of unrelated articles (this one included) that contain the line with this key. */
  articlesWithLine(key: number): number;
}

export interface NoiseContext {
  readonly corpus?: NoiseCorpusEvidence;
}

type Kind = 'line' | 'credit' | 'caption' | 'glued' | 'context' | 'duplicate' | 'corpus' | 'user';

interface Verdict {
  readonly category: NoiseCategory;
  /** Absolute offsets. */
  readonly span: Span;
  readonly kind: Kind;
  readonly why: string;
  readonly label?: string;
  readonly what?: string;
}

type Hint = NoiseCategory | 'any';

/** One non-blank line of the article's body, with what the detector learns about it. */
export interface NoiseLine {
  readonly index: number;
  /** Absolute offsets of the trimmed content (after a date-line header prefix). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The line carries the ` date …` header prefix. */
  readonly headerLine: boolean;
  /** The line belongs to the headline paragraph. */
  readonly headline: boolean;
  readonly paragraph: number;
  readonly features: LineFeatures;
  /** The line contains or overlaps a quotation. */
  readonly quoted: boolean;
  /** The quotations that overlap the line, merged into disjoint spans sorted by start. */
  readonly quotations: readonly Span[];
  /** Why the line is provenance that is never noise (agency credit, dateline, author line). */
  readonly provenance?: string;
}

interface State extends NoiseLine {
  verdict?: Verdict;
  glued: Verdict[];
  hint?: Hint;
  bareTime: boolean;
}

const WHAT: Record<NoiseCategory, string> = {
  'cookie-consent': "the site's cookie consent banner",
  'comment-form': 'the comment form under the article',
  paywall: 'a paywall notice of the site',
  newsletter: 'a newsletter sign-up box',
  advertising: 'an advertisement or subscription offer',
  'related-links': 'a teaser for another article',
  'image-credit': 'the credit of a picture that was not scraped',
  'media-widget': 'residue of an embedded video or audio player',
  'social-share': 'share buttons of the web page',
  navigation: 'site navigation',
  other: 'page furniture, not article text',
  'duplicate-line': 'a repeated line',
};

const CAPTION_WHAT = 'the caption of a picture that was not scraped';
const QUOTE_CHARS = /[„“”"»«]/u;
const DATELINE = /^(?:[\p{Lu}][\p{Lu}\p{M}.'’/ -]{1,40}\s*\([^)]{1,40}\)\s*[–—-]\s|[\p{Lu}]{3,}(?:[/ -][\p{Lu}]{2,})*(?:,\s[\p{L} .]{2,30})?\s+[–—]\s)/u;
const BARE_CREDIT = /^[\p{L}][\p{L}-]{0,14}(?:\s*[/,]\s*[\p{L}][\p{L}-]{0,14}){0,3}$/u;
const PAREN_CREDIT = /^\(\s*([^()]{1,60})\s*\)\.?$/u;
const FIELD_LABEL = /^[\p{L}][\p{L} -]{0,25}\s?\*$/u;
const BREADCRUMB_ARROW = /\s*[>›»→]\s*/u;
const MENU_SEPARATOR = /\s+[|/·•]\s+/u;
const NAME_WORD = /^(?:[\p{Lu}][\p{L}\p{M}'’.-]*|von|van|de|der|den|del|da|di|du|le|la|zu|und|and|&|mit)$/u;
const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;

const CAPTION_MAX_LENGTH = 250;
/** Lines of prose longer than this are searched for glued noise in their last TAIL_WINDOW characters only. */
const LONG_PROSE_LENGTH = 300;
const TAIL_WINDOW = 250;
const SHORT_LINE_LENGTH = 120;
const WHOLE_LINE_MAX_LENGTH = 400;
/** Consent banners, paywalls and forms can be long paragraphs of legal text. */
const BANNERS: ReadonlySet<NoiseCategory> = new Set(['cookie-consent', 'paywall', 'newsletter', 'comment-form']);
const BANNER_MAX_LENGTH = 1500;
/** A line inside a block of noise (no blank line around it) is noise up to this length. */
const SANDWICH_MAX_LENGTH = 160;
const TITLE_MAX_WORDS = 14;
const DUPLICATE_MIN_LENGTH = 20;
/** Teaser lists: headings that open one, how long it can be, what a teaser line looks like. */
const BLOCK_HEADS: ReadonlySet<NoiseCategory> = new Set(['related-links', 'advertising']);
const BLOCK_HEADING_MAX_WORDS = 8;
const BLOCK_MAX_LINES = 16;
const TEASER_MAX_WORDS = 18;
const TEASER_MAX_LENGTH = 160;
/** A run of this many teaser-like lines, with at least AGE_MARKS_MIN ages ("vor 2 Stunden"), is a teaser list even without a heading. */
const HEADLESS_TEASERS_MIN = 3;
const AGE_MARKS_MIN = 2;
/** Words of a picture credit that are lower-case: "Foto: privat", "Bild: Max Muster via Getty". */
const CREDIT_LOWER_WORDS: ReadonlySet<string> = new Set(['von', 'und', 'via', 'über', 'für', 'by', 'for', 'and', 'of', 'courtesy', 'privat', 'private', 'archiv', 'archive', 'picture', 'alliance', 'pool', 'mit', 'freundlicher', 'genehmigung', 'with', 'permission', 'the', 'der', 'die', 'des', 'dem', 'handout', 'photo', 'foto']);
const CREDIT_MAX_WORDS = 14;
const NEWSLETTER_TITLE_MAX_WORDS = 5;
const EXCERPT_LENGTH = 60;

export function detectNoise(article: Article, options?: NoiseOptions, context: NoiseContext = {}): Finding[] {
  const compiled = compileNoiseOptions(options);
  const lexicon = compiledLexicon();
  const lines = collectLines(article, lexicon);
  const byIndex = new Map(lines.map((line, position) => [line.index, position]));

  for (const line of lines) {
    if (line.provenance === undefined) classifyLine(line, lexicon);
  }
  captions(article, lines, byIndex);
  mediaWidgets(lines);
  teaserBlocks(lines);
  neighbours(lines, lexicon);
  duplicates(lines);
  if (context.corpus && compiled.corpusThreshold > 0) corpusEvidence(lines, context.corpus, compiled.corpusThreshold);
  const user = userPatterns(lines, compiled);
  return toFindings(article, lines, user, compiled);
}

// ---------------------------------------------------------------------------
// Lines

/** The article's non-blank body lines with their features and provenance; shared with the corpus index. */
export function noiseLines(article: Article): NoiseLine[] {
  return collectLines(article, compiledLexicon());
}

function collectLines(article: Article, lexicon: CompiledLexicon): State[] {
  const { text, metadata } = article;
  const headerEnd = metadata.span?.end ?? 0;
  const paragraphOf = new Map<number, number>();
  for (const paragraph of article.paragraphs) {
    for (let i = paragraph.firstLine; i <= paragraph.lastLine; i++) paragraphOf.set(i, paragraph.index);
  }
  const headlineParagraph = article.paragraphs.find((p) => p.kind === 'headline')?.index;
  const quotations = article.quotations;
  let q = 0;
  const result: State[] = [];
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
    const quoted = overlapping.length > 0 || QUOTE_CHARS.test(content);
    const paragraph = paragraphOf.get(line.index) ?? -1;
    const features = lineFeatures(content);
    result.push({
      index: line.index,
      start,
      end,
      text: content,
      headerLine,
      headline: paragraph >= 0 && paragraph === headlineParagraph,
      paragraph,
      features,
      quoted,
      quotations: mergeSpans(overlapping),
      provenance: provenanceOf(content, features, lexicon),
      glued: [],
      bareTime: features.bareTime,
    });
  }
  return result;
}

function provenanceOf(text: string, features: LineFeatures, lexicon: CompiledLexicon): string | undefined {
  const paren = PAREN_CREDIT.exec(text);
  if (paren && creditedAgencies(paren[1].trim())) return 'agency credit';
  if (BARE_CREDIT.test(text) && creditedAgencies(text)) return 'agency credit';
  if (DATELINE.test(text)) return 'dateline';
  if (text.length <= 200 && lexicon.provenance.test(text)) return 'credit';
  const byline = lexicon.byline.exec(text);
  if (byline && text.length <= 160 && !features.endsSentence) {
    const names = wordsOf(text.slice(byline[0].length).split(',')[0]);
    if (names.length >= 1 && names.length <= 6 && /^\p{Lu}/u.test(names[0]) && names.every((w) => NAME_WORD.test(w))) return 'author line';
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Evidence from the line itself

function classifyLine(line: State, lexicon: CompiledLexicon): void {
  const { text, features } = line;
  // Exact and weak lines are all short; long lines need no normalising.
  const normalized = text.length <= SHORT_LINE_LENGTH ? normalizeLine(text) : '';
  const whole = (category: NoiseCategory, why: string, kind: Kind = 'line', label?: string) => {
    line.verdict = { category, span: { start: line.start, end: line.end }, kind, why, label };
  };

  const exact = lexicon.lines.get(normalized);
  if (exact) return whole(exact, `the line is '${excerpt(text)}'`);
  if (isShareBar(text, lexicon)) return whole('social-share', 'the line consists of share-button labels');
  const creditTail = creditTailOf(text, lexicon);
  if (creditTail !== undefined) {
    const head = text.slice(0, creditTail).trimEnd();
    if (head.length === 0) return whole('image-credit', `the line starts with '${labelOf(text.slice(creditTail))}'`, 'credit');
    const headFeatures = lineFeatures(head);
    const captionLike = !line.headerLine && !line.headline && !line.quoted && head.length <= CAPTION_MAX_LENGTH && segmentsOf(head).length === 1;
    if (captionLike && headFeatures.words >= 2) {
      line.verdict = { category: 'image-credit', span: { start: line.start, end: line.end }, kind: 'credit', why: 'a caption followed by its credit', label: 'Image caption', what: CAPTION_WHAT };
      return;
    }
    line.glued.push({
      category: 'image-credit',
      span: { start: line.start + creditTail, end: line.end },
      kind: 'glued',
      why: 'glued to the end of a content line',
    });
    return;
  }
  if (isBareCredit(text, features, lexicon)) return whole('image-credit', 'the line names a picture agency', 'credit');
  if (isNewsletterTitle(text, features)) return whole('newsletter', 'the line is the name of a newsletter');
  // A bar of separated items is a menu unless its items are notices of another kind ("18+ | T&Cs apply | …").
  if (isBreadcrumb(text, lexicon) && !hasPhrase(text, lexicon)) return whole('navigation', 'the line is a breadcrumb trail or menu');

  if (segmentAnalysis(line, lexicon)) return;

  if (features.hasPrice && lexicon.callToAction.test(text) && features.words <= 15 && !isProse(features)) {
    return whole('advertising', 'a price with a call to action');
  }
  if (features.words <= 20 && !isProse(features) && !line.quoted && !line.headline && !line.headerLine && hasOdds(text)) {
    return whole('advertising', 'betting odds, as a bookmaker advertises them');
  }
  if (line.bareTime) return;
  const weak = lexicon.weakLines.get(normalized);
  if (weak) line.hint = weak;
  else if (text.length <= 60 && !line.headline && lexicon.newsletterName.test(text)) line.hint = 'newsletter';
  else if (FIELD_LABEL.test(text)) line.hint = 'comment-form';
  else if (!/\s/.test(text) && hasAddress(text)) line.hint = 'other';
  else if (features.words <= 5 && !/[.?]$/.test(text) && lexicon.callToAction.test(text)) line.hint = 'any';
}

interface Segment {
  readonly start: number;
  readonly end: number;
  category?: NoiseCategory;
  why?: string;
  /** The category was recognised from how the segment starts ("Mehr zum Thema", "Wir verwenden Cookies"). */
  byStart?: boolean;
  cta?: boolean;
  strongAd?: boolean;
}

/**
 * Splits the line into sentence-like segments and looks for the lexicons'
 * phrases in them. A run of noise segments from the start to the end is a
 * noise line; a run at the end after article text is noise glued to the line.
 */
function segmentAnalysis(line: State, lexicon: CompiledLexicon): boolean {
  const { text } = line;
  const segments: Segment[] = segmentsOf(text);
  // In a long line of prose, noise can only be glued to its end: look at the last part only.
  const from = text.length > LONG_PROSE_LENGTH && isProse(line.features) ? text.length - TAIL_WINDOW : 0;
  const quoted = (offset: number) => line.quotations.length > 0 && insideQuotation(line.quotations, line.start + offset);
  let anchored = false;

  for (const segment of segments) {
    if ((segment.start < from && segment.start > 0) || quoted(segment.start)) continue;
    for (const regex of lexicon.starts) {
      regex.lastIndex = segment.start;
      const match = regex.exec(text);
      if (!match) continue;
      const category = groupCategory(match, lexicon.startGroups);
      if (!category) continue;
      // "Fotos: Drei Anwohner zeigten uns …" is a sentence about photos, not a credit.
      if (category === 'image-credit' && readsLikeSentence(text.slice(segment.start, segment.end), lexicon)) continue;
      segment.category = category;
      segment.why = `it starts with '${excerpt(match[0].trim(), 30)}'`;
      segment.byStart = true;
      anchored = true;
      break;
    }
  }
  let cursor = 0;
  const assign = (index: number, category: NoiseCategory, phrase: string, strongAd = false) => {
    if (quoted(index)) return;
    if (index < segments[cursor]?.start) cursor = 0;
    while (cursor < segments.length && index >= segments[cursor].end) cursor++;
    const segment = segments[cursor];
    if (!segment || index < segment.start) return;
    if (strongAd) segment.strongAd = true;
    if (segment.category) return;
    segment.category = category;
    segment.why = `it contains '${excerpt(phrase.trim(), 30)}'`;
    anchored = true;
  };
  lexicon.phrases.lastIndex = from;
  for (let match = lexicon.phrases.exec(text); match; match = lexicon.phrases.exec(text)) {
    if (match.index > 0 && /[\p{L}\p{N}]/u.test(text[match.index - 1])) {
      lexicon.phrases.lastIndex = match.index + 1; // not at a word start: look again from the next character
      continue;
    }
    const category = groupCategory(match, lexicon.phraseGroups);
    if (category) assign(match.index, category, match[0]);
    if (match[0].length === 0) lexicon.phrases.lastIndex++;
  }
  for (const { category, regex } of lexicon.sensitivePhrases) {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) assign(match.index, category, match[0], category === 'advertising');
  }
  if (!anchored) return false;
  for (const segment of segments) {
    if (segment.category) continue;
    const piece = text.slice(segment.start, segment.end);
    const features = lineFeatures(piece);
    if (features.words <= 6 && !isProse(features) && lexicon.callToAction.test(piece)) segment.cta = true;
  }

  const first = segments.findIndex((s) => s.category !== undefined);
  let last = first;
  while (last + 1 < segments.length && (segments[last + 1].category || segments[last + 1].cta)) last++;
  // Prose that reports what someone said ("…, erklärte die Datenschützerin.") is article text about the phrase;
  // only the noise run itself is checked, so an ad glued after a reported sentence is still found.
  if (first === 0 ? isProse(line.features) && isReported(text) : isReportedProse(text.slice(segments[first].start, segments[last].end))) return false;
  const category = segments[first].category!;
  const why = segments[first].why!;
  const reachesEnd = last === segments.length - 1;
  if (first === 0 && reachesEnd) {
    line.verdict = { category, span: { start: line.start, end: line.end }, kind: 'line', why };
    return true;
  }
  if (first === 0) {
    // A line that opens like a banner or teaser ("Wir verwenden Cookies …", "Mehr zum Thema – …") is one as a whole.
    const limit = BANNERS.has(category) ? BANNER_MAX_LENGTH : WHOLE_LINE_MAX_LENGTH;
    if (segments[0].byStart && text.length <= limit && !line.quoted) {
      line.verdict = { category, span: { start: line.start, end: line.end }, kind: 'line', why };
      return true;
    }
    // Mostly noise with a short remainder.
    const noiseChars = segments.reduce((sum, s) => sum + (s.category || s.cta ? s.end - s.start : 0), 0);
    if (noiseChars >= 0.6 * text.length && !isProse(line.features)) {
      line.verdict = { category, span: { start: line.start, end: line.end }, kind: 'line', why };
      return true;
    }
    return false;
  }
  const head = text.slice(0, segments[first].start).trimEnd();
  const headIsText = /[.!?…"“”»«)]$/u.test(head) || line.headerLine || line.headline;
  if (reachesEnd && headIsText) {
    line.glued.push({ category, span: { start: line.start + segments[first].start, end: line.end }, kind: 'glued', why: `${why}, glued to the end of a content line` });
    return true;
  }
  // An advertisement marked as such in the middle of a line: flag just its run.
  const ad = segments.findIndex((s) => s.strongAd);
  if (ad > 0) {
    let end = ad;
    while (end + 1 < segments.length && (segments[end + 1].category || segments[end + 1].cta)) end++;
    line.glued.push({
      category: 'advertising',
      span: { start: line.start + segments[ad].start, end: line.start + segments[end].end },
      kind: 'glued',
      why: `${segments[ad].why}, inside a content line`,
    });
    return true;
  }
  return false;
}

/** Forms of reporting verbs that are also everyday words ("meinen Namen", "add", "notes") say nothing about reported speech. */
const AMBIGUOUS_VERB_FORMS = new Set(['meinen', 'sagen', 'sage', 'add', 'adds', 'tell', 'say', 'notes', 'states', 'claims', 'points', 'posts', 'continues', 'answers', 'asks', 'rief', 'ruft']);
const REPORTING_VERBS: ReadonlySet<string> = new Set(
  [...german.reportingVerbs, ...english.reportingVerbs].map((v) => v.toLowerCase()).filter((v) => !AMBIGUOUS_VERB_FORMS.has(v)),
);

/**
 * Whether what follows a credit label ("Fotos: …") is a sentence rather than a credit: a credit is short,
 * names people or agencies (capitalised), and often has "/", "|" or "©"; a sentence has several lower-case words.
 */
function readsLikeSentence(segment: string, lexicon: CompiledLexicon): boolean {
  const colon = segment.indexOf(':');
  const body = colon >= 0 ? segment.slice(colon + 1) : segment;
  if (/[/|©]/u.test(body)) return false;
  const words = wordsOf(body);
  if (words.length > CREDIT_MAX_WORDS) return true;
  if (lexicon.pictureAgency.test(body)) return false;
  let lower = 0;
  for (const word of words) if (/^\p{Ll}/u.test(word) && !CREDIT_LOWER_WORDS.has(word)) lower++;
  return words.length >= 6 && lower >= 3;
}

function isReportedProse(text: string): boolean {
  return isProse(lineFeatures(text)) && isReported(text);
}

/** A reporting verb after the first word: "…, erklärte die Datenschützerin." */
function isReported(text: string): boolean {
  return wordsOf(text).some((word, index) => index > 0 && REPORTING_VERBS.has(word.toLowerCase()));
}

/** The category of the named group `c<n>` that matched. */
function groupCategory(match: RegExpExecArray, groups: readonly NoiseCategory[]): NoiseCategory | undefined {
  const named = match.groups;
  if (!named) return undefined;
  for (let n = 0; n < groups.length; n++) if (named[`c${n}`] !== undefined) return groups[n];
  return undefined;
}

/** Binary search in disjoint sorted spans: a line of thousands of quotations would make a scan per segment quadratic. */
function insideQuotation(quotations: readonly Span[], offset: number): boolean {
  let low = 0;
  let high = quotations.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (quotations[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low < quotations.length && quotations[low].start <= offset;
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

function isShareBar(text: string, lexicon: CompiledLexicon): boolean {
  if (text.length > 120 || /[.?*]$/.test(text)) return false;
  const words = wordsOf(text.replace(EMOJI, ' ')).map((w) => w.toLowerCase());
  if (words.length === 0 || words.length > 12) return false;
  let strong = 0;
  for (const word of words) {
    if (lexicon.shareStrong.has(word)) strong++;
    else if (!lexicon.shareFiller.has(word)) return false;
  }
  return strong > 0;
}

/** "Der Morgen-Newsletter", "Unser Newsletter:", "The Weekend Newsletter": a short line that ends with the word. */
function isNewsletterTitle(text: string, features: LineFeatures): boolean {
  if (features.words > NEWSLETTER_TITLE_MAX_WORDS || text.length > 60) return false;
  const tail = text.slice(-12).toLowerCase().replace(/\s*:$/u, '');
  return tail.endsWith('newsletter');
}

function hasPhrase(text: string, lexicon: CompiledLexicon): boolean {
  lexicon.phrases.lastIndex = 0;
  const found = lexicon.phrases.test(text);
  lexicon.phrases.lastIndex = 0;
  return found;
}

function isBreadcrumb(text: string, lexicon: CompiledLexicon): boolean {
  if (text.length > 160 || /[.!?:]$/.test(text)) return false;
  const arrows = text.split(BREADCRUMB_ARROW);
  const pieces = arrows.length >= 2 ? arrows : text.split(MENU_SEPARATOR);
  const minimum = arrows.length >= 2 ? (lexicon.navigationRoots.has(arrows[0].trim().toLowerCase()) ? 2 : 3) : 3;
  if (pieces.length >= minimum && pieces.every((p) => isMenuItem(p))) return true;
  // "Startseite Politik Ausland": a root word followed by capitalised section names.
  const words = text.split(/\s+/u);
  return words.length >= 2 && words.length <= 5 && lexicon.navigationRoots.has(words[0].toLowerCase()) && words.every((w) => /^\p{Lu}[\p{L}-]*$/u.test(w));
}

function isMenuItem(piece: string): boolean {
  const trimmed = piece.trim();
  if (trimmed.length === 0 || trimmed.length > 40) return false;
  const words = wordsOf(trimmed);
  return words.length >= 1 && words.length <= 4 && !/[.!?]$/.test(trimmed);
}

/** "NATO / POOL / Anadolu Agency über Getty Images", "Sergej Fadejew / Getty Images", "AP Photo/Max Muster". */
function isBareCredit(text: string, features: LineFeatures, lexicon: CompiledLexicon): boolean {
  if (text.length > 120 || features.words > 12 || /[.!?]$/.test(text)) return false;
  const agency = lexicon.pictureAgency.exec(text);
  if (!agency) return false;
  if (agency[0].length === text.length && features.words >= 2) return true; // "Getty Images", "picture alliance"
  return /[/|]|\s(?:über|via|for|für)\s/u.test(text) || /^(?:©|\(c\))/iu.test(text);
}

/** Where a picture credit ("Foto: … / dpa") at the end of the line starts, if there is one. */
function creditTailOf(text: string, lexicon: CompiledLexicon): number | undefined {
  const from = Math.max(0, text.length - 140);
  const match = lexicon.creditTail.exec(from === 0 ? text : text.slice(from));
  if (!match) return undefined;
  const start = from + match.index + (match[0].length - match[1].length);
  const credit = match[1];
  if (!/^\p{Lu}/u.test(credit)) return undefined;
  const body = credit.slice(credit.indexOf(':') + 1).trim();
  const words = wordsOf(body);
  if (words.length === 0 || words.length > 14) return undefined;
  if (segmentsOf(body).length > 1) return undefined;
  if (/[.!?]$/.test(body) && !lexicon.pictureAgency.test(body)) return undefined;
  const looksLikeCredit = /[/|]/.test(body) || lexicon.pictureAgency.test(body) || (words.length <= 5 && words.every((w) => /^[\p{Lu}\d]/u.test(w)));
  return looksLikeCredit ? start : undefined;
}

function labelOf(credit: string): string {
  return credit.slice(0, credit.indexOf(':') + 1);
}

// ---------------------------------------------------------------------------
// Evidence from the neighbours

function isFree(line: State): boolean {
  return line.verdict === undefined && line.provenance === undefined && !line.headerLine && !line.headline;
}

function captionLike(line: State): boolean {
  return isFree(line) && !line.quoted && line.text.length <= CAPTION_MAX_LENGTH && segmentsOf(line.text).length <= 2 && !line.bareTime;
}

/** The caption above a photo credit: in the credit's paragraph, or the paragraph just before a credit that stands alone. */
function captions(article: Article, lines: State[], byIndex: Map<number, number>): void {
  for (let position = 0; position < lines.length; position++) {
    const credit = lines[position];
    if (credit.verdict?.kind !== 'credit' || credit.verdict.label === 'Image caption') continue;
    const paragraph = article.paragraphs[credit.paragraph];
    if (!paragraph) continue;
    const flag = (line: State) => {
      line.verdict = { category: 'image-credit', span: { start: line.start, end: line.end }, kind: 'caption', why: 'directly above a photo credit', label: 'Image caption', what: CAPTION_WHAT };
    };
    if (paragraph.firstLine < credit.index) {
      for (let p = position - 1, count = 0; p >= 0 && count < 2; p--, count++) {
        const line = lines[p];
        if (line.paragraph !== credit.paragraph || !captionLike(line)) break;
        flag(line);
      }
      continue;
    }
    const previous = article.paragraphs[credit.paragraph - 1];
    if (!previous) continue;
    const members: State[] = [];
    for (let i = previous.firstLine; i <= previous.lastLine; i++) {
      const p = byIndex.get(i);
      if (p !== undefined) members.push(lines[p]);
    }
    if (members.length === 0 || members.length > 3 || !members.every(captionLike)) continue;
    // A single line before a credit that stands alone is a caption only if it is not a sentence of the article.
    if (members.length === 1 && (members[0].features.endsSentence || members[0].text.length > 160 || members[0].features.words < 3)) continue;
    members.forEach(flag);
  }
}

function titleLike(line: State): boolean {
  return isFree(line) && line.features.words <= TITLE_MAX_WORDS && line.text.length <= 120 && !/[.:;,]$/.test(line.text) && !line.bareTime;
}

/** A bare duration ("10:37") is a video player's, and so is the title line just above it — unless the times are a live ticker's. */
function mediaWidgets(lines: State[]): void {
  const times = lines.filter((l) => l.bareTime && l.provenance === undefined && !l.headerLine);
  if (times.length === 0) return;
  const isMedia = (line: State | undefined) => line?.verdict?.category === 'media-widget';
  const position = new Map(lines.map((l, p) => [l, p]));
  const ticker = times.length >= 3 && !times.some((t) => isMedia(lines[position.get(t)! - 1]) || isMedia(lines[position.get(t)! + 1]));
  if (ticker) return;
  for (const time of times) {
    const p = position.get(time)!;
    const before = lines[p - 1];
    const after = lines[p + 1];
    const entryFollows = after && after.paragraph === time.paragraph && isProse(after.features) && !isMedia(before) && !isMedia(after);
    if (entryFollows) continue;
    time.verdict = { category: 'media-widget', span: { start: time.start, end: time.end }, kind: 'context', why: 'a bare duration, as a video player shows it' };
    if (before && titleLike(before)) {
      before.verdict = { category: 'media-widget', span: { start: before.start, end: before.end }, kind: 'context', why: `the title above the video duration '${time.text}'`, label: 'Video title', what: 'the title of an embedded video' };
    }
  }
}

/**
 * Weak lines (form field labels, "E-Mail", calls to action) are noise next to
 * noise; a run of weak lines of one kind is noise by itself; a line of
 * moderate length between two noise lines of one category, in the same block
 * of lines, is noise too.
 */
function neighbours(lines: State[], lexicon: CompiledLexicon): void {
  const flagged = (line: State | undefined) => line?.verdict !== undefined && line.verdict.kind !== 'duplicate';
  // A weak line of several kinds ("Anmelden", "Email") takes its neighbour's kind when it is one of them.
  const weakCategory = (line: State, neighbour: State): NoiseCategory => {
    const category = neighbour.verdict!.category;
    if (!line.hint || line.hint === 'any') return category;
    return lexicon.weakCategories.get(normalizeLine(line.text))?.has(category) ? category : line.hint;
  };

  // Runs of two or more weak lines of one category in one paragraph ("Facebook / Twitter / E-Mail").
  for (let start = 0; start < lines.length; ) {
    let end = start;
    const hint = lines[start].hint;
    while (end + 1 < lines.length && hint && hint !== 'any' && lines[end + 1].hint === hint && lines[end + 1].paragraph === lines[start].paragraph) end++;
    if (end > start && hint && hint !== 'any') {
      for (let p = start; p <= end; p++) {
        if (isFree(lines[p])) lines[p].verdict = { category: hint, span: { start: lines[p].start, end: lines[p].end }, kind: 'context', why: 'one of several button or field labels in a row' };
      }
    }
    start = end + 1;
  }

  for (let changed = true; changed; ) {
    changed = false;
    for (let p = 0; p < lines.length; p++) {
      const line = lines[p];
      if (!line.hint || !isFree(line)) continue;
      const neighbour = flagged(lines[p - 1]) ? lines[p - 1] : flagged(lines[p + 1]) ? lines[p + 1] : undefined;
      if (!neighbour) continue;
      line.verdict = { category: weakCategory(line, neighbour), span: { start: line.start, end: line.end }, kind: 'context', why: 'a label or button next to other scrape noise' };
      changed = true;
    }
  }

  for (let p = 1; p + 1 < lines.length; p++) {
    const line = lines[p];
    const before = lines[p - 1];
    const after = lines[p + 1];
    if (!isFree(line) || line.quoted || line.text.length > SANDWICH_MAX_LENGTH || !flagged(before) || !flagged(after)) continue;
    if (before.verdict!.category !== after.verdict!.category) continue;
    if (before.paragraph !== line.paragraph || after.paragraph !== line.paragraph) continue;
    line.verdict = { category: before.verdict!.category, span: { start: line.start, end: line.end }, kind: 'context', why: 'between two lines of the same scrape noise' };
  }
}

/** A line that can stand in a teaser list: a headline (short, no closing period, capitalised), a date or age, a category label. */
function teaserLike(line: State): boolean {
  if (!isFree(line) || line.bareTime) return false;
  const { text, features } = line;
  if (isDateLine(text)) return true;
  if (text.length > TEASER_MAX_LENGTH || features.words === 0 || features.words > TEASER_MAX_WORDS) return false;
  if (/[.,;:]$/u.test(text) && !hasDateSuffix(text)) return false;
  if (isProse(features)) return false;
  return /^[\p{Lu}\p{N}„"»«‚'‘“]/u.test(text);
}

/** The line is only the heading of a list ("Ähnliche Beiträge", "Mehr aus Sport", "Sponsored Links"), not a teaser itself. */
function isBlockHeading(line: State): boolean {
  const verdict = line.verdict;
  return verdict !== undefined && verdict.kind === 'line' && BLOCK_HEADS.has(verdict.category)
    && line.features.words <= BLOCK_HEADING_MAX_WORDS && line.text.length <= 60 && !/[.!?]$/u.test(line.text)
    && !/:\s*\S/u.test(line.text);
}

function datedTeaser(line: State): boolean {
  return isDateLine(line.text) || hasDateSuffix(line.text);
}

/**
 * Lists of teasers, block by block as jusText would see them: after the heading of a
 * related-articles or sponsored list, the headline-like lines (with their dates or ages) belong
 * to the list until a paragraph of prose, provenance or another kind of noise comes. A run of
 * headlines with ages ("vor 2 Stunden", "3 hours ago") is such a list even without a heading.
 */
function teaserBlocks(lines: State[]): void {
  const flag = (line: State, category: NoiseCategory, why: string) => {
    line.verdict = { category, span: { start: line.start, end: line.end }, kind: 'context', why };
  };
  for (let p = 0; p < lines.length; p++) {
    const head = lines[p];
    if (!isBlockHeading(head)) continue;
    const category = head.verdict!.category;
    const members: State[] = [];
    let q = p + 1;
    for (; q < lines.length && members.length < BLOCK_MAX_LINES; q++) {
      const line = lines[q];
      if (line.verdict) {
        if (line.verdict.category === category && line.verdict.kind !== 'duplicate') continue;
        break;
      }
      if (line.hint && line.hint !== 'any' && line.hint !== category) break;
      if (!teaserLike(line)) break;
      members.push(line);
    }
    // A single short line right before prose is a subhead of the article ("Anzeige", then the story goes on).
    const next = lines[q];
    if (members.length === 1 && !datedTeaser(members[0]) && next && isProse(next.features) && next.verdict === undefined) continue;
    for (const member of members) flag(member, category, `one of the teasers under the heading '${excerpt(head.text, 30)}'`);
    if (members.length > 0) p = q - 1;
  }

  for (let p = 0; p < lines.length; ) {
    if (!teaserLike(lines[p])) {
      p++;
      continue;
    }
    let q = p;
    let ages = 0;
    while (q < lines.length && teaserLike(lines[q])) {
      if (hasAgeMark(lines[q].text)) ages++;
      q++;
    }
    if (q - p >= HEADLESS_TEASERS_MIN && ages >= AGE_MARKS_MIN) {
      for (let k = p; k < q; k++) flag(lines[k], 'related-links', 'one of a list of headlines with their ages, as teasers for other articles show them');
    }
    p = q;
  }
}

/** A line repeated verbatim (typically the headline scraped twice): the later copy is flagged. */
function duplicates(lines: State[]): void {
  const seen = new Map<number, State>();
  for (const line of lines) {
    if (line.provenance !== undefined || line.text.length < DUPLICATE_MIN_LENGTH || line.features.words < 3) continue;
    const key = lineKey(line.text);
    const first = seen.get(key);
    if (!first || !sameText(first.text, line.text)) {
      if (!first) seen.set(key, line);
      continue;
    }
    if (line.verdict !== undefined) continue;
    line.verdict = {
      category: 'duplicate-line',
      span: { start: line.start, end: line.end },
      kind: 'duplicate',
      why: `a verbatim copy of line ${first.index + 1}${first.headline ? ' (the headline)' : ''}`,
    };
  }
}

/** A complete sentence of this many words that several articles share is shared reporting, not boilerplate. */
export const SHARED_PROSE_MIN_WORDS = 10;

/** Whether a line takes part in the corpus evidence: short page text, not a sentence of reporting, a quotation, credit or headline. */
export function corpusEligible(line: NoiseLine): boolean {
  return line.provenance === undefined && !line.quoted && !line.headline && !line.headerLine
    && line.text.length >= 8 && line.text.length <= 200 && line.features.words >= 2
    && !isSharedProse(line);
}

export function isSharedProse(line: NoiseLine): boolean {
  return line.features.words >= SHARED_PROSE_MIN_WORDS && isProse(line.features);
}

function corpusEvidence(lines: State[], corpus: NoiseCorpusEvidence, threshold: number): void {
  for (const line of lines) {
    if (line.verdict !== undefined || !corpusEligible(line)) continue;
    const count = corpus.articlesWithLine(lineKey(line.text));
    if (count < threshold) continue;
    line.verdict = {
      category: line.hint && line.hint !== 'any' ? line.hint : 'other',
      span: { start: line.start, end: line.end },
      kind: 'corpus',
      why: `the same line appears in at least ${count} unrelated articles of the corpus, so it is boilerplate of the site`,
    };
  }
}

function userPatterns(lines: State[], options: CompiledNoiseOptions): Verdict[] {
  const verdicts: Verdict[] = [];
  if (options.userPatterns.length === 0) return verdicts;
  for (const line of lines) {
    if (line.verdict) continue;
    for (const pattern of options.userPatterns) {
      const matcher = pattern.regex.matcher(line.text);
      if (!matcher.find()) continue;
      let start = matcher.start();
      let end = matcher.end();
      if (end <= start) continue;
      if (line.text.slice(end).trim() === '') end = line.text.length;
      if (line.text.slice(0, start).trim() === '') start = 0;
      const why = `matches user pattern #${pattern.index + 1} \`${excerpt(pattern.source, 40)}\``;
      if (start === 0 && end === line.text.length) {
        line.verdict = { category: pattern.category, span: { start: line.start, end: line.end }, kind: 'user', why };
      } else {
        verdicts.push({ category: pattern.category, span: { start: line.start + start, end: line.start + end }, kind: 'user', why });
      }
      break;
    }
  }
  return verdicts;
}

// ---------------------------------------------------------------------------

function toFindings(article: Article, lines: State[], extra: readonly Verdict[], options: CompiledNoiseOptions): Finding[] {
  const findings: Finding[] = [];
  const add = (verdict: Verdict) => {
    if (!options.enabled.has(verdict.category)) return;
    const code = noiseCode(verdict.category);
    findings.push({
      code,
      severity: options.severity[verdict.category] ?? DIAGNOSTIC_CODES[code].severity,
      message: messageOf(article.text, verdict),
      span: verdict.span,
    });
  };
  for (const line of lines) {
    if (line.verdict) add(line.verdict);
    else line.glued.forEach(add);
  }
  extra.forEach(add);
  return findings;
}

function messageOf(text: string, verdict: Verdict): string {
  const label = verdict.label ?? CATEGORY_LABEL[verdict.category];
  return `${label}: '${excerpt(text.slice(verdict.span.start, verdict.span.end))}' — ${verdict.what ?? WHAT[verdict.category]}; ${verdict.why}.`;
}

export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= length) return flat;
  const half = Math.floor((length - 3) / 2);
  return `${flat.slice(0, half).trimEnd()} … ${flat.slice(flat.length - half).trimStart()}`;
}

function sameText(a: string, b: string): boolean {
  return a === b || a.replace(/\s+/gu, ' ') === b.replace(/\s+/gu, ' ');
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0xfeff || code === 0x200b || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

