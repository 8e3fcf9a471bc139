/**
 * Per sentence: is it a claim in the journalist's own voice, and does a
 * source back it? The verdict, the claim signals, the attribution found (or
 * what was looked for and not found) and the finding's message, as data for
 * diagnostics and for the sentence hover.
 */
import type { Article } from '../article/types';
import type { Mention } from '../entities';
import stopwordsDe from 'stopwords-de/stopwords-de.json';
import stopwordsEn from 'stopwords-en/stopwords-en.json';
import type { AttributionCue } from '../speakers/attribution';
import { analyseDiscourse, type Discourse, type QuotationAttribution, type ResolvedAttribution, type SentenceDiscourse } from '../speakers/discourse';
import type { Mood } from '../speakers/mood';
import type { Span } from '../text/span';
import { attributedExplanation, describeSignals, lookedFor, unattributedMessage, vagueMessage } from './messages';
import { sentenceKey } from './reviewKey';
import { claimSignals, type ClaimSignal } from './signals';

export type Verdict =
  | 'unattributed'
  | 'vague'
  | 'attributed'
  | 'quotation'
  | 'neutral'
  | 'question'
  | 'headline-summary'
  | 'skipped';

export interface SentenceAssessment {
  readonly sentence: number;
  readonly span: Span;
  /** Stable review key (see reviewKey.ts). */
  readonly key: string;
  readonly verdict: Verdict;
  /** What makes the sentence check-worthy, in its own (unquoted) words. */
  readonly signals: readonly ClaimSignal[];
  /** Every attribution cue in the sentence, including hearsay markers. */
  readonly cues: readonly AttributionCue[];
  /** The attribution that decided, own or inherited; absent when none was found. */
  readonly attribution?: ResolvedAttribution;
  /** The kinds of attribution that were looked for. */
  readonly lookedFor: readonly string[];
  readonly mood: Mood;
  /** Quotations that start in the sentence. */
  readonly quotations: readonly number[];
  /** For a headline: the body sentence that carries its content. */
  readonly supportedBy?: number;
  /** One line, for the hover. */
  readonly explanation: string;
  /** The finding's message, for unattributed and vague sentences. */
  readonly message?: string;
}

export interface ClaimOptions {
  /** Spans of scrape noise (captions, ads, related links); sentences overlapping one are not analysed. */
  readonly noise?: readonly Span[];
  /** Or a predicate for the same. */
  readonly isNoise?: (span: Span) => boolean;
  /** Review keys of sentences marked as checked: no claim finding for them. */
  readonly reviewed?: ReadonlySet<string>;
  /** The article's entity mentions (corpus-resolved), for the people that speakers resolve to; recognised when absent. */
  readonly people?: readonly Mention[];
}

export interface ClaimAnalysis {
  readonly sentences: readonly SentenceAssessment[];
  readonly quotations: readonly QuotationAttribution[];
  readonly discourse: Discourse;
}

const HEADLINE_SUPPORT = 0.5;
/** The lead a headline may summarise as a whole: its first attributed sentences, in the paragraphs right after it. */
const LEAD_PARAGRAPHS = 2;
const LEAD_SENTENCES = 3;
/** Several sentences share more words by chance than one: ask a little more of them. */
const LEAD_MARGIN = 0.1;
const STOPWORDS = { de: new Set<string>(stopwordsDe as string[]), en: new Set<string>(stopwordsEn as string[]) };

/**
 * The last analysis, for claimFindings right after assessClaims on the same
 * article. One slot only: a cache per article kept every article's discourse
 * (its words) alive, over 100 KB per article in a corpus.
 */
let last: { readonly article: Article; readonly options: ClaimOptions; readonly analysis: ClaimAnalysis } | undefined;

export function assessClaims(article: Article, options: ClaimOptions = {}): ClaimAnalysis {
  if (last && last.article === article && sameOptions(last.options, options)) return last.analysis;
  const analysis = analyse(article, options);
  last = { article, options, analysis };
  return analysis;
}

function sameOptions(a: ClaimOptions, b: ClaimOptions): boolean {
  return a.noise === b.noise && a.isNoise === b.isNoise && a.reviewed === b.reviewed && a.people === b.people;
}

function analyse(article: Article, options: ClaimOptions): ClaimAnalysis {
  const skip = noisePredicate(options);
  const discourse = analyseDiscourse(article, { ...(skip && { skip }), ...(options.people && { people: options.people }) });
  const searched = lookedFor(article.language);
  const speechStarts = new Set(discourse.quotations.filter((q) => q.kind === 'speech').map((q) => q.quotation));

  const sentences: SentenceAssessment[] = discourse.sentences.map((d) => {
    const sentence = article.sentences[d.sentence]!;
    const base = {
      sentence: d.sentence,
      span: sentence.span,
      key: sentenceKey(article.text.slice(sentence.span.start, sentence.span.end)),
      cues: d.cues,
      lookedFor: searched,
      mood: d.mood.mood,
      quotations: d.quotations,
    };
    if (d.skipped) return { ...base, verdict: 'skipped', signals: [], explanation: 'Not analysed: scrape noise.' };
    const signals = claimSignals(article.text, d.words, discourse.lexicon);
    return { ...base, ...judge(d, signals, speechStarts, article.language), signals };
  });

  supportHeadlines(article, discourse, sentences);
  return { sentences, quotations: discourse.quotations, discourse };
}

function judge(
  d: SentenceDiscourse,
  signals: readonly ClaimSignal[],
  speechStarts: ReadonlySet<number>,
  language: Article['language'],
): Pick<SentenceAssessment, 'verdict' | 'attribution' | 'explanation' | 'message'> {
  const attribution = d.attribution;
  if (attribution?.kind === 'vague') {
    const message = vagueMessage(attribution, d.mood);
    return { verdict: 'vague', attribution, explanation: message, message };
  }
  if (attribution) {
    return { verdict: attribution.via === 'quotation' ? 'quotation' : 'attributed', attribution, explanation: attributedExplanation(attribution, d.mood) };
  }
  if (d.quotations.some((q) => speechStarts.has(q)) || (d.ownWords === 0 && d.words.length > 0)) {
    return { verdict: 'quotation', explanation: 'Direct quotation; no speaker found.' };
  }
  if (d.question) return { verdict: 'question', explanation: 'A question: it asserts nothing.' };
  if (signals.length === 0) return { verdict: 'neutral', explanation: 'Nothing check-worthy: no number, cause, assessment, prediction, allegation or background fact.' };
  const message = unattributedMessage(signals, language);
  return { verdict: 'unattributed', explanation: `Claim signals: ${describeSignals(signals)}. No attribution found.`, message };
}

/** A headline that repeats what an attributed body sentence says is a summary, not a claim of its own. */
function supportHeadlines(article: Article, discourse: Discourse, sentences: SentenceAssessment[]): void {
  const stopwords = STOPWORDS[article.language];
  const contentOf = (d: SentenceDiscourse) => new Set(d.words.filter((w) => w.number || (w.text.length >= 4 && !stopwords.has(w.lower))).map((w) => stem(w.lower)));
  const bodies: { index: number; words: Set<string> }[] = [];
  for (const d of discourse.sentences) {
    const verdict = sentences[d.sentence]!.verdict;
    if (!d.headline && !d.skipped && (verdict === 'attributed' || verdict === 'quotation')) bodies.push({ index: d.sentence, words: contentOf(d) });
  }
  for (const d of discourse.sentences) {
    const assessment = sentences[d.sentence]!;
    if (!d.headline || (assessment.verdict !== 'unattributed' && assessment.verdict !== 'vague')) continue;
    const words = contentOf(d);
    if (words.size === 0) continue;
    let best: { index: number; share: number } | undefined;
    for (const body of bodies) {
      let shared = 0;
      for (const w of words) if (body.words.has(w)) shared++;
      const share = shared / words.size;
      if (!best || share > best.share) best = { index: body.index, share };
    }
    // A headline often joins two attributed lead sentences ("X fehlt: Kreis will …"): their words together.
    const lead = bodies.filter((b) => article.sentences[b.index]!.paragraphIndex <= article.sentences[d.sentence]!.paragraphIndex + LEAD_PARAGRAPHS).slice(0, LEAD_SENTENCES);
    if (best && best.share < HEADLINE_SUPPORT && lead.length > 1) {
      const union = new Set(lead.flatMap((b) => [...b.words]));
      const share = [...words].filter((w) => union.has(w)).length / words.size;
      if (share >= HEADLINE_SUPPORT + LEAD_MARGIN) best = { index: lead[0]!.index, share };
    }
    if (best && best.share >= HEADLINE_SUPPORT) {
      sentences[d.sentence] = {
        sentence: assessment.sentence,
        span: assessment.span,
        key: assessment.key,
        signals: assessment.signals,
        cues: assessment.cues,
        lookedFor: assessment.lookedFor,
        mood: assessment.mood,
        quotations: assessment.quotations,
        ...(assessment.attribution && { attribution: assessment.attribution }),
        verdict: 'headline-summary',
        supportedBy: best.index,
        explanation: `Headline summarising sentence ${best.index + 1}, which names its source.`,
      };
    }
  }
}

function stem(word: string): string {
  const stripped = word.replace(/(?:en|er|es|em|e|s|n)$/, '');
  return stripped.length >= 4 ? stripped : word;
}

function noisePredicate(options: ClaimOptions): ((span: Span) => boolean) | undefined {
  const predicate = options.isNoise;
  if (!options.noise && !predicate) return undefined;
  // Sorted by start, with the furthest end so far, so each sentence costs a binary search, not a pass over all noise.
  const spans = [...(options.noise ?? [])].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const span of spans) reach.push(Math.max(reach.at(-1) ?? -Infinity, span.end));
  const overlapsNoise = (span: Span): boolean => {
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (spans[middle]!.start < span.end) low = middle + 1;
      else high = middle;
    }
    // spans[0 … low) start before the sentence ends; one of them overlaps if the furthest end passes its start.
    return low > 0 && reach[low - 1]! > span.start;
  };
  return (span: Span) => (predicate?.(span) ?? false) || overlapsNoise(span);
}
