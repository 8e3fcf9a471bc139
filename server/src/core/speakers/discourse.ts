/**
 * One pass over an article's sentences that decides, for each, who it is
 * attributed to (its own cue, a German reported-speech chain, a pronoun or
 * "demnach" pointing back, a following "Das teilte X mit") and, for each
 * quotation, who speaks it.
 */
import type { Article, Quotation } from '../article/types';
import { recognizeEntities, type Mention } from '../entities';
import { claimLexiconFor, endsWithStem, type ClaimLexicon } from '../languages/claims';
import type { Span } from '../text/span';
import { CueFinder, type AttributionCue } from './attribution';
import { moodOf, type MoodReading } from './mood';
import { PersonIndex } from './persons';
import { SourceReader, type Source } from './sources';
import { quotationsIn, wordsOf, type Word } from './words';

export type AttributionVia = 'own' | 'reported-speech' | 'context' | 'following' | 'quotation';

export interface ResolvedAttribution {
  readonly kind: 'named' | 'vague';
  readonly via: AttributionVia;
  /** The deciding cue in this sentence, if the attribution is its own or points back. */
  readonly cue?: AttributionCue;
  readonly source?: Source;
  /** The sentence the attribution was taken from. */
  readonly from?: number;
  /** Vague only because of a hearsay marker or an impersonal form, with no source phrase. */
  readonly hearsay?: boolean;
}

export type SpeakerEvidence =
  | 'reporting-verb'
  | 'attribution-phrase'
  | 'pronoun'
  | 'role'
  | 'continuation'
  | 'repetition'
  | 'introduction'
  | 'context'
  | 'following';

export interface QuotationSpeaker {
  readonly quotation: number;
  /** The speaker as named in the text: "Vollmer", "Henrike Vollmer", or a role ("Vorsitzende Richterin"). */
  readonly name: string;
  /** The longest form of the name in the article, when the speaker is a named person. */
  readonly fullName?: string;
  /** The words of this attribution that identify the speaker: a name, a pronoun or a role phrase. */
  readonly mention: Span;
  /** Where the name itself is written (for a pronoun, its antecedent). */
  readonly nameSpan: Span;
  readonly via: SpeakerEvidence;
  /** False when a pronoun or role could not be linked to a name. */
  readonly resolved: boolean;
  /** The person in the article's person index, when the speaker is a person. */
  readonly person?: number;
}

/** speech: a quoted statement; partial: a few quoted words inside a sentence; term: a quoted name or term; nested: inside another quotation. */
export type QuotationKind = 'speech' | 'partial' | 'term' | 'nested';

export interface QuotationAttribution {
  readonly quotation: number;
  readonly kind: QuotationKind;
  readonly speaker?: QuotationSpeaker;
  /** The quotation is attributed, but only to an unnamed source. */
  readonly vagueSource?: Source;
  /** The sentence the quotation starts in. */
  readonly sentence: number;
}

export interface SentenceDiscourse {
  readonly sentence: number;
  readonly skipped: boolean;
  readonly headline: boolean;
  readonly words: readonly Word[];
  readonly cues: readonly AttributionCue[];
  readonly mood: MoodReading;
  attribution?: ResolvedAttribution;
  /** Top-level quotations that start in this sentence. */
  readonly quotations: readonly number[];
  /** Words outside quotations. */
  readonly ownWords: number;
  readonly question: boolean;
  /** The sentence ends with a colon: it introduces what follows. */
  readonly introduces: boolean;
}

export interface Discourse {
  readonly article: Article;
  readonly lexicon: ClaimLexicon;
  readonly persons: PersonIndex;
  readonly sentences: readonly SentenceDiscourse[];
  /** One entry per quotation, by index. */
  readonly quotations: readonly QuotationAttribution[];
}

export interface DiscourseOptions {
  /** Sentences for which this returns true (scrape noise) are not analysed. */
  readonly skip?: (span: Span) => boolean;
  /**
   * The article's mentions from the entity recogniser, corpus-resolved where
   * the caller has an index; recognised here when absent.
   */
  readonly people?: readonly Mention[];
}

interface ChainState {
  readonly source: Source;
  readonly sentence: number;
}

/** A Konjunktiv I sentence after a break in the chain still reports the last named source this close by. */
const REPORTED_SPEECH_REACH = 3;
/** Vague only because no source is named at all: a quotation with such a cue has no speaker. */
const NO_SOURCE_REASONS = new Set(['impersonal', 'place']);

/** Speakers taken from the passage rather than from words about this quotation: a back reference beats them. */
const GUESSED_SPEAKERS = new Set<SpeakerEvidence>(['context', 'introduction']);

/** Cues that name who reports the whole sentence: "laut X", "X zufolge", "according to X", "nach Angaben von X", "so X". */
const REPORTING_SOURCE_PATTERNS = new Set(['source-preposition', 'source-postposition', 'source-noun', 'so']);

const SPEECH_MIN_WORDS = 4;
const REPEAT_MIN_WORDS = 3;
const SPEAKER_PATTERNS = new Set(['reporting-verb', 'so', 'source-preposition', 'source-postposition', 'source-noun', 'impersonal', 'headline-colon', 'self', 'evidence']);
const TERM_DESIGNATORS = /^(?:zeitung|sender|magazin|blatt|buch|film|titel|operation|manöver|übung|programm|plan|projekt|slogan|motto|kampagne|newspaper|magazine|broadcaster|book|film|operation|exercise|drills?|programme|program|plan|project|slogan|campaign|daily|channel)$/i;

export function analyseDiscourse(article: Article, options: DiscourseOptions = {}): Discourse {
  const lexicon = claimLexiconFor(article.language);
  const text = article.text;
  const persons = new PersonIndex(text, lexicon, options.people ?? recognizeEntities(article).mentions);
  const reader = new SourceReader(text, lexicon, persons);
  const finder = new CueFinder(text, lexicon, reader, persons);
  const headlineParagraphs = new Set(article.paragraphs.filter((p) => p.kind === 'headline').map((p) => p.index));

  // Pass 1: words and people, so pronouns and "Mit diesen Worten …" can look anywhere.
  const skipped: boolean[] = [];
  const sentenceWords: Word[][] = [];
  const sentenceQuotes: Quotation[][] = [];
  for (const sentence of article.sentences) {
    const quotes = quotationsIn(article.quotations, sentence.span);
    const words = wordsOf(article, sentence, quotes);
    const skip = options.skip?.(sentence.span) === true;
    skipped.push(skip);
    sentenceWords.push(words);
    sentenceQuotes.push(quotes);
    if (!skip) persons.scanSentence(sentence.index, words);
  }

  // Pass 2: attribution, chains and speakers, in text order.
  const sentences: SentenceDiscourse[] = [];
  const attributions: (QuotationAttribution | undefined)[] = new Array(article.quotations.length).fill(undefined);
  const speakerOf = (index: number) => attributions[index]?.speaker;
  /** The first speaker of each quotation text seen so far (normalised), for quotations repeated later. */
  const spokenBy = new Map<string, QuotationSpeaker>();
  let state: ChainState | undefined;
  let lastNamed: ChainState | undefined;
  let previousSentence: SentenceDiscourse | undefined;

  for (const sentence of article.sentences) {
    const words = sentenceWords[sentence.index]!;
    const startsHere = sentenceQuotes[sentence.index]!.filter((q) => q.span.start >= sentence.span.start);
    const headline = headlineParagraphs.has(sentence.paragraphIndex);
    const tail = text.slice(sentence.span.start, sentence.span.end).trimEnd();
    const ownWords = words.filter((w) => !w.quoted).length;
    if (skipped[sentence.index]) {
      sentences.push({
        sentence: sentence.index, skipped: true, headline, words, cues: [], mood: { mood: 'indicative' },
        quotations: startsHere.map((q) => q.index), ownWords, question: false, introduces: false,
      });
      continue;
    }
    reader.sentence = sentence.index;
    const cues = finder.find(words, sentence.span);
    const adjacent = state !== undefined && previousSentence !== undefined && state.sentence === previousSentence.sentence
      && article.sentences[previousSentence.sentence]!.paragraphIndex === sentence.paragraphIndex;
    const mood = moodOf(words, lexicon, state !== undefined, adjacent);
    const entry: SentenceDiscourse = {
      sentence: sentence.index,
      skipped: false,
      headline,
      words,
      cues,
      mood,
      quotations: startsHere.map((q) => q.index),
      ownWords,
      question: /\?["“”»«‘’]?$/.test(tail) && ownWords > 0,
      introduces: /:["“”»«]?$/.test(tail) && !/["“”»«]$/.test(tail),
    };
    entry.attribution = resolveAttribution(entry, state, recentNamed(sentence.index, sentence.paragraphIndex));

    // A following "Das teilte das Unternehmen mit" attributes the sentence before.
    const back = cues.find((c) => c.backReference && c.source);
    const sameParagraph = previousSentence !== undefined && article.sentences[previousSentence.sentence]!.paragraphIndex === sentence.paragraphIndex;
    if (back && previousSentence && sameParagraph && !previousSentence.skipped && previousSentence.attribution?.via !== 'own') {
      previousSentence.attribution = { kind: 'named', via: 'following', cue: back, source: back.source!, from: sentence.index };
      // "„…“ Das sagte X dem Sender": X speaks the quotation before, over a speaker only guessed from the passage.
      for (const quotation of previousSentence.quotations) {
        const earlier = attributions[quotation];
        if (earlier?.kind !== 'speech' || (earlier.speaker && !GUESSED_SPEAKERS.has(earlier.speaker.via))) continue;
        attributions[quotation] = { quotation, kind: earlier.kind, sentence: earlier.sentence, speaker: toSpeaker(quotation, back.source!, 'following') };
      }
    } else if (previousSentence && sameParagraph && isUnsourcedReportedSpeech(previousSentence) && entry.attribution?.kind === 'named' && entry.attribution.via === 'own' && entry.attribution.source && entry.attribution.cue) {
      // Reported speech first, its speaker in the next sentence: "… sei nicht gefährdet. Der Geschäftsführer sagte, …"
      previousSentence.attribution = { kind: 'named', via: 'following', cue: entry.attribution.cue, source: entry.attribution.source, from: sentence.index };
    }

    // Speakers of the quotations that start here.
    for (const quotation of startsHere) {
      const attribution = attributeQuotation(quotation, entry, previousSentence, state);
      attributions[quotation.index] = attribution;
      if (attribution.speaker) {
        const content = normaliseQuote(text.slice(quotation.content.start, quotation.content.end));
        if (!spokenBy.has(content)) spokenBy.set(content, attribution.speaker);
      }
    }

    // Quotation sentences with no cue of their own take their speaker as their source.
    if (!entry.attribution && entry.quotations.length > 0) {
      const speaker = entry.quotations.map(speakerOf).find((s) => s !== undefined);
      if (speaker) {
        entry.attribution = { kind: 'named', via: 'quotation', source: speakerSource(speaker, text) };
      }
    }
    // "„…“, hieß es am Abend" names no one: the quotation has no speaker, which quote.no-speaker reports.
    if (entry.attribution?.kind === 'vague' && entry.attribution.via === 'own' && namesNoSource(entry.attribution)) {
      const speakerless = startsHere.some((q) => {
        const a = attributions[q.index];
        return a?.kind === 'speech' && !a.speaker && !a.vagueSource;
      });
      if (speakerless) entry.attribution = undefined;
    }
    state = nextState(entry, state, headline);
    if (!headline && entry.attribution?.kind === 'named' && entry.attribution.via === 'own' && entry.attribution.source && !entry.attribution.source.plural) {
      lastNamed = { source: entry.attribution.source, sentence: sentence.index };
    } else if (!headline && lastNamed && entry.attribution?.via === 'reported-speech' && entry.attribution.source === lastNamed.source) {
      // The source still speaks in this sentence: the reach for reported speech after a break counts from here.
      lastNamed = { source: lastNamed.source, sentence: sentence.index };
    }
    sentences.push(entry);
    previousSentence = entry;
  }

  return {
    article,
    lexicon,
    persons,
    sentences,
    quotations: article.quotations.map((q) => attributions[q.index] ?? { quotation: q.index, kind: q.depth > 0 ? 'nested' : 'term', sentence: sentenceOf(q) }),
  };

  function recentNamed(sentenceIndex: number, paragraph: number): ChainState | undefined {
    if (!lastNamed || sentenceIndex - lastNamed.sentence > REPORTED_SPEECH_REACH) return undefined;
    return paragraph - article.sentences[lastNamed.sentence]!.paragraphIndex <= 1 ? lastNamed : undefined;
  }

  function sentenceOf(quotation: Quotation): number {
    // Binary search: a text of thousands of quotations would make a linear scan per quotation quadratic.
    const sentences = article.sentences;
    let low = 0;
    let high = sentences.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sentences[middle]!.span.end <= quotation.span.start) low = middle + 1;
      else high = middle;
    }
    const found = sentences[low];
    return found && quotation.span.start >= found.span.start ? found.index : 0;
  }

  function attributeQuotation(quotation: Quotation, entry: SentenceDiscourse, previous: SentenceDiscourse | undefined, chain: ChainState | undefined): QuotationAttribution {
    const kind = kindOf(quotation, entry);
    const base = { quotation: quotation.index, kind, sentence: entry.sentence };
    if (kind === 'term' || kind === 'nested') return base;
    if (quotation.continues !== undefined) {
      const earlier = attributions[quotation.continues];
      if (earlier?.speaker) return { ...base, speaker: { ...earlier.speaker, quotation: quotation.index, via: 'continuation' } };
      if (earlier?.vagueSource) return { ...base, vagueSource: earlier.vagueSource };
    }
    const cue = nearestSpeakerCue(entry, quotation);
    if (cue) {
      if (cue.kind === 'vague' && cue.source) return NO_SOURCE_REASONS.has(cue.source.vagueReason ?? '') ? base : { ...base, vagueSource: cue.source };
      if (cue.kind === 'context') {
        if (chain && chain.source.kind === 'named') return { ...base, speaker: toSpeaker(quotation.index, chain.source, 'context') };
        if (chain?.source.kind === 'vague') return { ...base, vagueSource: chain.source };
      } else if (cue.source) {
        return { ...base, speaker: toSpeaker(quotation.index, cue.source, evidenceOf(cue)) };
      }
    }
    const repeated = repeatedSpeaker(quotation);
    if (repeated) return { ...base, speaker: repeated };
    // "„…“, stand auf einem Plakat", "read a banner", "war … zu hören": the sentence says where the words were
    // seen or heard, so no speaker from the passage around it.
    if (!cue && (entry.cues.some((c) => c.pattern === 'impersonal-passive') || namesInscription(entry))) return base;
    // Inherited by a reported-speech sentence: the partial quotation is the same source's.
    const inherited = entry.attribution;
    if (inherited && inherited.via === 'reported-speech' && inherited.source) {
      return inherited.kind === 'vague' ? { ...base, vagueSource: inherited.source } : { ...base, speaker: toSpeaker(quotation.index, inherited.source, 'context') };
    }
    if (kind === 'partial') return base;
    // Explained by the next sentence: "Mit diesen Worten dankte Tiedemann …".
    const following = followingSpeaker(quotation, entry.sentence);
    if (following) return { ...base, speaker: following };
    const opensSentence = entry.words.length === 0 || (entry.words[0]!.quoted && entry.words[0]!.quotation === quotation.index);
    if (opensSentence && previous && !previous.skipped) {
      const source = previous.attribution?.source;
      if (previous.introduces && source) {
        return source.kind === 'vague' ? { ...base, vagueSource: source } : { ...base, speaker: toSpeaker(quotation.index, source, 'introduction') };
      }
      // "Die Kassenwartin, Priya N., war vorsichtiger:" — no reporting verb, but its subject introduces the quotation.
      const introducer = previous.introduces && !source ? subjectOf(previous) : undefined;
      if (introducer) return { ...base, speaker: introducer(quotation.index) };
      const samePassage = !previous.headline;
      if (samePassage && chain && chain.sentence === previous.sentence && chain.source.kind === 'named') {
        return { ...base, speaker: toSpeaker(quotation.index, chain.source, 'context') };
      }
    }
    return base;
  }

  function namesInscription(entry: SentenceDiscourse): boolean {
    return entry.words.some((w) => !w.quoted && endsWithStem(w.lower, lexicon.inscriptionNouns) !== undefined);
  }

  function kindOf(quotation: Quotation, entry: SentenceDiscourse): QuotationKind {
    if (quotation.depth > 0) return 'nested';
    const content = text.slice(quotation.content.start, quotation.content.end).trim();
    const contentWords = content.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
    const sentenceLike = /[.!?…]$/.test(content) || /[,;:]/.test(content) || contentWords.length >= SPEECH_MIN_WORDS;
    // A short statement that opens its sentence before a comma: "„Rücktritt war überfällig“, stand …", ""Not for sale," read …".
    const opensBeforeComma = entry.words[0]?.quotation === quotation.index && contentWords.length >= 2 && (/,$/.test(content) || text[quotation.span.end] === ',');
    if (sentenceLike) {
      const wholeSentence = entry.ownWords === 0 || quotation.span.start === 0 || text[quotation.span.start - 1] === '\n';
      return contentWords.length >= SPEECH_MIN_WORDS || wholeSentence || opensBeforeComma || /[.!?…]$/.test(content) ? 'speech' : 'partial';
    }
    // A name or title: every word capitalised ("Grenzschild 2026"), or after "Zeitung", "Operation" and the like.
    const before = lastOwnWordBefore(entry.words, quotation.span.start);
    if (before && TERM_DESIGNATORS.test(before.text)) return 'term';
    if (contentWords.length > 0 && contentWords.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return 'term';
    return opensBeforeComma ? 'speech' : 'partial';
  }

  function nearestSpeakerCue(entry: SentenceDiscourse, quotation: Quotation): AttributionCue | undefined {
    let best: AttributionCue | undefined;
    let bestScore = Infinity;
    for (const cue of entry.cues) {
      if (!SPEAKER_PATTERNS.has(cue.pattern)) continue;
      if (!cue.source && cue.kind !== 'context') continue;
      const distance = cue.cueSpan.start >= quotation.span.end ? cue.cueSpan.start - quotation.span.end : quotation.span.start - cue.cueSpan.end;
      // Prefer reporting verbs, then a person as source, then nearness.
      const score = Math.abs(distance) + (cue.pattern === 'reporting-verb' ? 0 : 1000) + (cue.source?.person !== undefined ? 0 : 300);
      if (score < bestScore) {
        best = cue;
        bestScore = score;
      }
    }
    return best;
  }

  function repeatedSpeaker(quotation: Quotation): QuotationSpeaker | undefined {
    const content = normaliseQuote(text.slice(quotation.content.start, quotation.content.end));
    if (content.split(' ').length < REPEAT_MIN_WORDS) return undefined;
    const speaker = spokenBy.get(content);
    return speaker ? { ...speaker, quotation: quotation.index, via: 'repetition' } : undefined;
  }

  /** The first named person of a sentence that is not after a preposition: its subject, most likely. */
  function subjectOf(entry: SentenceDiscourse): ((quotation: number) => QuotationSpeaker) | undefined {
    const mention = persons.mentionsWithin(article.sentences[entry.sentence]!.span).find((m) => !m.oblique && persons.personOf(m).named && !entry.words[m.from]?.quoted);
    if (!mention) return undefined;
    const person = persons.personOf(mention);
    return (quotation) => ({
      quotation, name: mention.kind === 'role' ? person.name : mention.text, fullName: person.name, mention: mention.span, nameSpan: mention.span,
      via: 'introduction', resolved: true, person: person.id,
    });
  }

  function followingSpeaker(quotation: Quotation, sentenceIndex: number): QuotationSpeaker | undefined {
    const words = sentenceWords[sentenceIndex + 1];
    if (!words || skipped[sentenceIndex + 1]) return undefined;
    const opens = lexicon.followingSpeakerPhrases.some((phrase) => phrase.every((w, k) => words[k]?.lower === w));
    if (!opens) return undefined;
    const nextSpan = article.sentences[sentenceIndex + 1]!.span;
    const mention = persons.mentionsWithin(nextSpan).find((m) => persons.personOf(m).named);
    if (!mention) return undefined;
    const person = persons.personOf(mention);
    return {
      quotation: quotation.index, name: mention.text, fullName: person.name, mention: mention.span, nameSpan: mention.span,
      via: 'following', resolved: true, person: person.id,
    };
  }

  function toSpeaker(quotation: number, source: Source, via: SpeakerEvidence): QuotationSpeaker {
    const person = source.person !== undefined ? persons.persons[source.person] : undefined;
    const evidence: SpeakerEvidence = via === 'reporting-verb' || via === 'attribution-phrase'
      ? source.pronoun ? 'pronoun' : source.viaRole || (person && !person.named) ? 'role' : via
      : via;
    return {
      quotation,
      name: source.name,
      ...(person?.named && { fullName: person.name }),
      mention: source.pronoun ? source.span : source.nameSpan ?? source.span,
      nameSpan: source.nameSpan ?? source.span,
      via: evidence,
      resolved: !source.unresolved,
      ...(person && { person: person.id }),
    };
  }
}

function evidenceOf(cue: AttributionCue): SpeakerEvidence {
  return cue.pattern === 'reporting-verb' ? 'reporting-verb' : 'attribution-phrase';
}

function speakerSource(speaker: QuotationSpeaker, text: string): Source {
  return {
    kind: 'named',
    text: text.slice(speaker.nameSpan.start, speaker.nameSpan.end),
    span: speaker.nameSpan,
    name: speaker.name,
    nameSpan: speaker.nameSpan,
    ...(speaker.person !== undefined && { person: speaker.person }),
  };
}

function isUnsourcedReportedSpeech(entry: SentenceDiscourse): boolean {
  const attribution = entry.attribution;
  return !entry.skipped && attribution?.kind === 'vague' && attribution.via === 'reported-speech' && !attribution.source;
}

function namesNoSource(attribution: ResolvedAttribution): boolean {
  if (attribution.source) return NO_SOURCE_REASONS.has(attribution.source.vagueReason ?? '');
  return attribution.cue?.pattern === 'impersonal' || attribution.cue?.pattern === 'impersonal-passive';
}

/** `recent`: the last named attribution, a few sentences back, for reported speech after a break in the chain. */
function resolveAttribution(entry: SentenceDiscourse, state: ChainState | undefined, recent?: ChainState): ResolvedAttribution | undefined {
  const cues = entry.cues;
  const named = cues.find((c) => c.kind === 'named');
  const vague = cues.find((c) => c.kind === 'vague' && !(named && yieldsToNamed(c, named)));
  // "Der Schaden liege nach ersten Schätzungen bei …" inside a named chain: the source reports its own estimates.
  const chainOwnsInformation = vague && !named && vague.source?.vagueReason === 'no-owner' && vague.source.span.start > (entry.words[0]?.span.start ?? 0) && entry.mood.mood === 'subjunctive-i' && state?.source.kind === 'named';
  if (chainOwnsInformation) return { kind: 'named', via: 'reported-speech', source: state.source, from: state.sentence };
  if (vague) return { kind: 'vague', via: 'own', cue: vague, ...(vague.source && { source: vague.source }) };
  if (named) return { kind: 'named', via: 'own', cue: named, ...(named.source && { source: named.source }) };
  const context = cues.find((c) => c.kind === 'context');
  if (context) {
    if (state) return { kind: state.source.kind, via: 'context', cue: context, source: state.source, from: state.sentence };
    if (context.pattern === 'impersonal') return { kind: 'vague', via: 'own', cue: context, hearsay: true };
    return { kind: 'named', via: 'own', cue: context, ...(context.source && { source: context.source }) };
  }
  const hearsay = cues.find((c) => c.kind === 'hearsay');
  if (hearsay) return { kind: 'vague', via: 'own', cue: hearsay, hearsay: true };
  const mood = entry.mood.mood;
  if (mood !== 'indicative' && state) return { kind: state.source.kind, via: 'reported-speech', source: state.source, from: state.sentence };
  if (mood === 'subjunctive-i' && recent) return { kind: recent.source.kind, via: 'reported-speech', source: recent.source, from: recent.sentence };
  if (mood === 'subjunctive-i' && entry.ownWords > 0) return { kind: 'vague', via: 'reported-speech', hearsay: true };
  return undefined;
}

/**
 * A vague cue that a named one in the same sentence answers: "Man habe … angeboten, sagte eine Sprecherin"
 * (an impersonal subject inside the reported words), "Officers believe …, according to the force" (an
 * unnamed group whose words a named source reports).
 */
function yieldsToNamed(vague: AttributionCue, named: AttributionCue): boolean {
  if (vague.source?.vagueReason === 'impersonal' && vague.pattern === 'reporting-verb') return true;
  return vague.pattern === 'reporting-verb' && vague.source?.vagueReason === 'unnamed' && REPORTING_SOURCE_PATTERNS.has(named.pattern);
}

function nextState(entry: SentenceDiscourse, state: ChainState | undefined, headline: boolean): ChainState | undefined {
  if (headline) return state;
  const attribution = entry.attribution;
  if (!attribution) return entry.ownWords === 0 ? state : undefined;
  if (attribution.hearsay) return undefined;
  if (attribution.via === 'own' || attribution.via === 'quotation') {
    return attribution.source ? { source: attribution.source, sentence: entry.sentence } : state;
  }
  // Reported speech and pointers back keep the chain running (or pick it up again).
  if (attribution.via === 'reported-speech' && attribution.source) return { source: attribution.source, sentence: entry.sentence };
  return state ? { source: state.source, sentence: entry.sentence } : state;
}

/** Case, spacing and quotation-mark-insensitive form of a quotation's content. */
export function normaliseQuote(content: string): string {
  return content.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[^\p{L}\p{N} ]/gu, '').trim();
}

/**
 * The last word outside quotation marks that ends before `offset`. Binary
 * search first: a sentence of thousands of quotations (an HTML dump scraped as
 * one line) would make a scan of all its words per quotation quadratic.
 */
function lastOwnWordBefore(words: readonly Word[], offset: number): Word | undefined {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]!.span.end <= offset) low = middle + 1;
    else high = middle;
  }
  for (let i = low - 1; i >= 0; i--) if (!words[i]!.quoted) return words[i];
  return undefined;
}
