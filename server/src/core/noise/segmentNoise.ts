/**
 * Noise found phrase by phrase: the line is split into sentence-like segments
 * and the lexicons' phrases are looked for in each. A run of noise segments
 * from the start to the end is a noise line; a run at the end after article
 * text is noise glued to the line, flagged on its exact span.
 */
import type { Span } from '../text/span';
import { english, german } from '../languages';
import type { NoiseCategory } from './categories';
import type { CompiledLexicon } from './compiledLexicon';
import { hasAddress, isProse, lineFeatures, segmentsOf, wordsOf } from './features';
import { excerpt, flagLine, type LineState } from './lineState';
import { readsLikeSentence } from './pictureCredits';
import * as l10n from '../messages/l10n';

/** Lines of prose longer than this are searched for glued noise in their last TAIL_WINDOW characters only. */
const LONG_PROSE_LENGTH = 300;
const TAIL_WINDOW = 250;
const WHOLE_LINE_MAX_LENGTH = 400;
/** Consent banners, paywalls and forms can be long paragraphs of legal text. */
const BANNERS: ReadonlySet<NoiseCategory> = new Set(['cookie-consent', 'paywall', 'newsletter', 'comment-form']);
const BANNER_MAX_LENGTH = 1500;
const LABEL_QUOTE_MAX_LENGTH = 40;
const LEAD_QUESTION_MAX_WORDS = 10;

/** Forms of reporting verbs that are also everyday words ("meinen Namen", "add", "notes") say nothing about reported speech. */
const AMBIGUOUS_VERB_FORMS = new Set(['meinen', 'sagen', 'sage', 'add', 'adds', 'tell', 'say', 'notes', 'states', 'claims', 'points', 'posts', 'continues', 'answers', 'asks', 'rief', 'ruft']);
const REPORTING_VERBS: ReadonlySet<string> = new Set(
  [...german.reportingVerbs, ...english.reportingVerbs].map((v) => v.toLowerCase()).filter((v) => !AMBIGUOUS_VERB_FORMS.has(v)),
);

/** Teaser arrows and bullets that can stand before a phrase ("► Auch interessant: …"). */
const MARKS = new Set(['►', '▸', '▶', '•', '·', '→', '»', '>', '|']);

/** The offset after the marks (and the spaces after them) at `start`, or `start` if there are none. */
function skipMarks(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && MARKS.has(text[at])) {
    at++;
    while (at < end && text[at] === ' ') at++;
  }
  return at;
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

/** Gives the line a verdict or glued spans from the phrases in its segments; whether it found noise. */
export function segmentNoise(line: LineState, lexicon: CompiledLexicon): boolean {
  const { text } = line;
  const segments: Segment[] = segmentsOf(text);
  // In a long line of prose, noise can only be glued to its end: look at the last part only.
  const from = text.length > LONG_PROSE_LENGTH && isProse(line.features) ? text.length - TAIL_WINDOW : 0;
  const quoted = (offset: number) => line.quotations.length > 0 && insideQuotation(line.quotations, line.start + offset);
  let anchored = false;
  // Where each required word occurs last in the lower-cased line: lower-casing never moves a character to the left,
  // so a pattern cannot match from a segment that starts after that.
  let lower: string | undefined;
  const lastAt = new Map<string, number>();
  const mayContain = (required: string, from: number) => {
    let at = lastAt.get(required);
    if (at === undefined) {
      at = (lower ??= text.toLowerCase()).lastIndexOf(required);
      lastAt.set(required, at);
    }
    return at >= from;
  };

  const startMatch = (at: number, accept: (category: NoiseCategory) => boolean): { match: RegExpExecArray; category: NoiseCategory } | undefined => {
    for (const { regex, groups, required } of lexicon.startsFor(firstWord(text, at))) {
      if (required !== undefined && !mayContain(required, at)) continue;
      regex.lastIndex = at;
      const match = regex.exec(text);
      const category = match ? groupCategory(match, groups) : undefined;
      if (match && category && accept(category)) return { match, category };
    }
    return undefined;
  };

  for (const segment of segments) {
    if ((segment.start < from && segment.start > 0) || quoted(segment.start)) continue;
    // "► Auch interessant: …": a teaser arrow or bullet before the phrase, in the middle of a line too.
    const afterMark = skipMarks(text, segment.start, segment.end);
    for (const at of afterMark > segment.start ? [segment.start, afterMark] : [segment.start]) {
      // "Fotos: Drei Anwohner zeigten uns …" is a sentence about photos, not a credit.
      const found = startMatch(at, (category) => category !== 'image-credit' || !readsLikeSentence(text.slice(segment.start, segment.end), lexicon));
      if (!found) continue;
      const { match, category } = found;
      segment.category = category;
      segment.why = l10n.t("it starts with '{text}'", { text: excerpt(match[0].trim(), 30) });
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
    // One keyword ("Wettanbieter", "Gewinnspiel") in a sentence of running text is the article speaking of the thing.
    if (!/\s/u.test(phrase.trim()) && isProse(lineFeatures(text.slice(segment.start, segment.end)))) return;
    segment.category = category;
    segment.why = l10n.t("it contains '{text}'", { text: excerpt(phrase.trim(), 30) });
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
    // "Email tips@… or call 0207 …": contact details that go with a box ("Got a story for us?").
    else if (features.words <= 12 && !isProse(features) && hasAddress(piece)) segment.cta = true;
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
  // A credit recognised by its start ("© …", "Credit: …") can have its caption above it (captions.ts).
  const kind = category === 'image-credit' && segments[0].byStart ? 'credit' : 'line';
  if (first === 0 && reachesEnd) {
    flagLine(line, category, kind, why);
    return true;
  }
  if (first === 0) {
    // A line that opens like a banner or teaser ("Wir verwenden Cookies …", "Mehr zum Thema – …") is one as a whole.
    const limit = BANNERS.has(category) ? BANNER_MAX_LENGTH : WHOLE_LINE_MAX_LENGTH;
    if (segments[0].byStart && text.length <= limit && (!line.quoted || quotesOnlyLabels(line))) {
      flagLine(line, category, kind, why);
      return true;
    }
    // Mostly noise with a short remainder.
    const noiseChars = segments.reduce((sum, s) => sum + (s.category || s.cta ? s.end - s.start : 0), 0);
    if (noiseChars >= 0.6 * text.length && !isProse(line.features)) {
      flagLine(line, category, 'line', why);
      return true;
    }
    return false;
  }
  const head = text.slice(0, segments[first].start).trimEnd();
  // "Sie haben Hinweise? Schreiben Sie uns an …", "Got a tip? Email us at …": a short question leads into the box.
  if (first === 1 && reachesEnd && /\?$/u.test(head) && lineFeatures(head).words <= LEAD_QUESTION_MAX_WORDS && !line.quoted && !line.headline && !line.headerLine) {
    flagLine(line, category, 'line', l10n.t('{reason}, after a short question that leads into it', { reason: why }));
    return true;
  }
  const headIsText = /[.!?…"“”»«)]$/u.test(head) || line.headerLine || line.headline;
  if (reachesEnd && headIsText) {
    line.glued.push({ category, span: { start: line.start + segments[first].start, end: line.end }, kind: 'glued', why: l10n.t('{reason}, glued to the end of a content line', { reason: why }) });
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
      why: l10n.t('{reason}, inside a content line', { reason: segments[ad].why ?? '' }),
    });
    return true;
  }
  return false;
}

/** Quotation marks around a few words only ("unter „Privatsphäre-Einstellungen“ ändern") mark a label or term, not speech. */
function quotesOnlyLabels(line: LineState): boolean {
  return line.quotations.length > 0 && line.quotations.every((q) => q.end - q.start <= LABEL_QUOTE_MAX_LENGTH);
}

function isReportedProse(text: string): boolean {
  return isProse(lineFeatures(text)) && isReported(text);
}

/** A reporting verb after the first word: "…, erklärte die Datenschützerin." */
function isReported(text: string): boolean {
  return wordsOf(text).some((word, index) => index > 0 && REPORTING_VERBS.has(word.toLowerCase()));
}

/** The category of the named group `c<n>` that matched. */
/** The lower-case letters at `start` (the key of the start patterns to try). */
function firstWord(text: string, start: number): string {
  let end = start;
  while (end < text.length && end - start < 40 && isLetter(text.charCodeAt(end))) end++;
  return text.slice(start, end).toLowerCase();
}

function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xd800 && c <= 0xdfff) && c < 0xfe00;
}

function groupCategory(match: RegExpExecArray, groups: readonly NoiseCategory[]): NoiseCategory | undefined {
  const named = match.groups;
  if (!named) return undefined;
  for (let n = 0; n < groups.length; n++) if (named[`c${n}`] !== undefined) return groups[n];
  return undefined;
}

function insideQuotation(quotations: readonly Span[], offset: number): boolean {
  // Binary search in disjoint sorted spans: a line of thousands of quotations would make a scan per segment quadratic.
  let low = 0;
  let high = quotations.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (quotations[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low < quotations.length && quotations[low].start <= offset;
}
