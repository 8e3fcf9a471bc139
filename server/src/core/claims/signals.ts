/**
 * What makes a sentence check-worthy: a number or quantity, a cause or
 * motive, an assessment, a prediction, an allegation, a background fact.
 * Only the journalist's own words count (quoted words are someone else's).
 */
import type { ClaimLexicon } from '../languages/claims';
import { endsWithStem } from '../languages/claims';
import type { Span } from '../text/span';
import { clauseEnd, clauseStart, phraseAt, type Word } from '../speakers/words';

export type SignalKind = 'number' | 'cause' | 'assessment' | 'prediction' | 'allegation' | 'background' | 'generalisation';

export interface ClaimSignal {
  readonly kind: SignalKind;
  /** The words that carry the signal, as written. */
  readonly text: string;
  readonly span: Span;
}

const NEXT = new Set(['kommenden', 'kommende', 'nächsten', 'nächste', 'next', 'coming']);
const SHORT_HORIZON = /^(?:woche|tagen?|monat|wochenende|week|weekend|month|days)$/;
const YEAR = /^(?:1[89]\d\d|20\d\d)(?:er)?$/;
const CLOCK = /^\d{1,2}[:.]\d{2}$/;
const GE_INFINITIVES = new Set(['gehen', 'geben', 'gelten', 'gewinnen', 'gefährden', 'gehören', 'genießen', 'geraten', 'gelingen', 'geschehen', 'gestalten', 'gewähren', 'gewöhnen']);

export function claimSignals(text: string, words: readonly Word[], lexicon: ClaimLexicon): ClaimSignal[] {
  const signals: ClaimSignal[] = [];
  const de = lexicon.profile.code === 'de';
  const months = lexicon.months;
  const ordinalNouns = lexicon.ordinalNouns;
  const seen = new Set<string>();
  const add = (kind: SignalKind, from: number, to: number) => {
    const span = { start: words[from]!.span.start, end: words[to - 1]!.span.end };
    const key = `${kind}@${span.start}`;
    if (seen.has(key)) return;
    seen.add(key);
    signals.push({ kind, text: text.slice(span.start, span.end), span });
  };
  const lowerAt = (k: number) => (words[k] && !words[k]!.quoted ? words[k]!.lower : undefined);
  const sentenceHas = (set: ReadonlySet<string>) => words.some((w) => !w.quoted && set.has(w.lower));

  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.quoted) continue;
    const lower = word.lower;

    // Numbers, except clock times, the day of a date and names ("Bundesstraße 51", "Flight 212").
    if (word.number) {
      if (CLOCK.test(word.text) || isClockTime(words, i, lexicon) || isDesignated(words, i, lexicon)) continue;
      const next = words[i + 1];
      if (next && next.gap.startsWith('.') && (months.has(next.lower) || ordinalNouns.has(next.lower))) continue;
      if (next && !de && months.has(next.lower) && /^\d{1,2}$/.test(word.text)) continue;
      const previous = words[i - 1];
      if (previous && months.has(previous.lower) && /^\d{1,2}$/.test(word.text)) continue;
      if (YEAR.test(word.text)) {
        add('background', previous && (lexicon.sinceWords.has(previous.lower) || previous.lower === 'im' || previous.lower === 'in') ? i - 1 : i, i + 1);
        continue;
      }
      add('number', i, next && !next.boundary && (lexicon.quantityWords.has(next.lower) || lexicon.timeSpanWords.has(next.lower)) ? i + 2 : i + 1);
      continue;
    }
    if (lexicon.numberWords.has(lower) || lexicon.quantityWords.has(lower)) {
      add('number', i, i + 1);
      continue;
    }
    if (lexicon.ordinalWords.has(lower) && words[i + 1] && (de ? words[i + 1]!.cap : true)) {
      add('number', i, i + 1);
      continue;
    }

    // Causes and motives.
    if (lexicon.causeWords.has(lower)) add('cause', i, i + 1);
    if (lexicon.causeAfterComma.has(lower) && word.comma) add('cause', i, i + 1);
    if (de && lower === 'da' && i === 0 && words.slice(1).some((w) => w.comma)) add('cause', i, i + 1);
    if (de && lower === 'um') {
      const zu = purposeZu(words, i);
      if (zu > 0) add('cause', i, zu + 2);
    }

    // Assessments, superlatives included.
    const nameLike = !de && word.cap && i > 0 && !word.boundary;
    if (nameLike) continue;
    if ((lexicon.assessmentWords.has(lower) || endsWithStem(lower, lexicon.assessmentStems)) && !statesOpenQuestion(words, i, lexicon)) add('assessment', i, i + 1);
    else if (isSuperlative(word, lexicon) || isNominalSuperlative(words, i, lexicon)) add('assessment', i, i + 1);
    else if (lexicon.generalisationWords.has(lower)) add('generalisation', i, i + 1);
    else {
      const than = comparisonEnd(words, i, lexicon);
      if (than > 0) add('assessment', i, than + 1);
    }
    if (!de && (lower === 'most' || lower === 'least') && words[i + 1] && !words[i + 1]!.boundary) add('assessment', i, i + 2);
    if (de && (lower === 'viel' || lower === 'allzu') && lowerAt(i + 1) === 'zu') add('assessment', i, i + 2);

    // Predictions.
    const properNoun = !de && word.cap && i > 0 && !word.boundary;
    if (lexicon.predictionWords.has(lower) && !properNoun && !inConditional(words, i)) add('prediction', i, i + 1);
    if (lexicon.futureAuxiliaries.has(lower)) {
      const end = futureEnd(words, i, lexicon);
      if (end > 0 && !scheduled(words, i, end, lexicon)) add('prediction', i, end + 1);
    }
    if (lexicon.hearsayModals.has(lower)) {
      // "soll … stattfinden" with no date is a plan stated as fact; with a date it is a schedule.
      const end = clauseEnd(words, i) - 1;
      if (end > i && !lexicon.perfectInfinitives.has(words[end]!.lower) && !lexicon.hearsayStativeInfinitives.has(words[end]!.lower) && !scheduled(words, i, end, lexicon)
        && !addressesReaders(words, i, lexicon)) {
        add('prediction', i, i + 1);
      }
    }

    // Allegations.
    if (lexicon.allegationWords.has(lower) || endsWithStem(lower, lexicon.allegationStems)) add('allegation', i, i + 1);

    // Background facts: history, records, "since", "first since".
    if (lexicon.backgroundWords.has(lower)) add('background', i, i + 1);
    if (lexicon.sinceWords.has(lower)) {
      for (let k = i + 1; k < words.length && k <= i + 3 && !words[k]!.boundary; k++) {
        const w = words[k]!;
        if (w.number || months.has(w.lower) || lexicon.timeSpanWords.has(w.lower) || lexicon.numberWords.has(w.lower)) {
          add('background', i, k + 1);
          break;
        }
      }
    }
    if (lexicon.firstWords.has(lower) && (sentenceHas(lexicon.firstCompanions) || isRecord(words, i, lexicon))) add('background', i, i + 1);
  }

  const phrases = phraseIndex(lexicon);
  for (let i = 0; i < words.length; i++) {
    for (const { kind, phrase } of phrases.get(words[i]!.lower) ?? []) if (phraseAt(words, i, phrase)) add(kind, i, i + phrase.length);
  }
  return signals.sort((a, b) => a.span.start - b.span.start);
}

interface IndexedPhrase {
  readonly kind: SignalKind;
  readonly phrase: readonly string[];
}

const phraseIndexes = new WeakMap<ClaimLexicon, Map<string, IndexedPhrase[]>>();

/** Multi-word signals by their first word. */
function phraseIndex(lexicon: ClaimLexicon): Map<string, IndexedPhrase[]> {
  let index = phraseIndexes.get(lexicon);
  if (!index) {
    index = new Map();
    const entries: [SignalKind, readonly (readonly string[])[]][] = [
      ['cause', lexicon.causePhrases],
      ['prediction', lexicon.predictionPhrases],
      ['background', lexicon.backgroundPhrases],
      ['generalisation', lexicon.generalisationPhrases],
      ['assessment', lexicon.assessmentPhrases],
    ];
    for (const [kind, list] of entries) {
      for (const phrase of list) {
        if (phrase.length < 2) continue;
        if (!index.has(phrase[0]!)) index.set(phrase[0]!, []);
        index.get(phrase[0]!)!.push({ kind, phrase });
      }
    }
    phraseIndexes.set(lexicon, index);
  }
  return index;
}

function isClockTime(words: readonly Word[], i: number, lexicon: ClaimLexicon): boolean {
  const next = words[i + 1];
  if (next && lexicon.timeWords.has(next.lower)) return true;
  // "von 8 bis 18 Uhr"
  const after = words[i + 2];
  const third = words[i + 3];
  if (next && after && third && (next.lower === 'bis' || next.lower === 'und' || next.lower === 'to') && after.number && lexicon.timeWords.has(third.lower)) return true;
  const previous = words[i - 1];
  const before = words[i - 2];
  return previous !== undefined && before !== undefined && before.number && (previous.lower === 'bis' || previous.lower === 'to') && next !== undefined && lexicon.timeWords.has(next.lower);
}

/** "um … zu verhindern": index of "zu", or -1. */
function purposeZu(words: readonly Word[], i: number): number {
  for (let k = i + 1; k < words.length && k <= i + 10; k++) {
    const w = words[k]!;
    if (w.quoted || w.boundary || w.number) return -1;
    if (w.lower === 'zu') {
      const verb = words[k + 1];
      return verb && !verb.cap && /(?:en|ern|eln)$/.test(verb.lower) ? k : -1;
    }
  }
  return -1;
}

/** "Bundesstraße 51", "Buslinie 14", "A 7", "Flight 212": the number names a road, line or room. */
function isDesignated(words: readonly Word[], i: number, lexicon: ClaimLexicon): boolean {
  const previous = words[i - 1];
  if (!previous || words[i]!.boundary || previous.quoted || previous.number) return false;
  if (/^\p{Lu}$/u.test(previous.text)) return true;
  return endsWithStem(previous.lower, lexicon.numberDesignators) !== undefined;
}

/** "Ob weitere Fächer folgen, ist offen", "It is unclear whether …": saying that something is not known asserts nothing. */
function statesOpenQuestion(words: readonly Word[], i: number, lexicon: ClaimLexicon): boolean {
  if (!lexicon.openPredicates.has(words[i]!.lower)) return false;
  if (lexicon.questionOpeners.has(words[0]!.lower) && words.slice(1, i + 1).some((w) => w.comma)) return true;
  const next = words[i + 1];
  return next !== undefined && lexicon.questionOpeners.has(next.lower);
}

/** "das Schlimmste", "am Wichtigsten": a superlative used as a noun. */
function isNominalSuperlative(words: readonly Word[], i: number, lexicon: ClaimLexicon): boolean {
  const word = words[i]!;
  const previous = words[i - 1];
  if (lexicon.profile.code !== 'de' || !word.cap || !previous || word.boundary || !['das', 'dem', 'am'].includes(previous.lower)) return false;
  const lower = word.lower;
  return /ste[n]?$/.test(lower) && !/(?:isten?|sste[nr]?)$/.test(lower) && lexicon.data.superlativePattern.test(lower) && !lexicon.superlativeExceptions.has(lower);
}

/** "größer als", "ein größeres Problem als", "a bigger problem than": index of the particle, or -1. */
function comparisonEnd(words: readonly Word[], i: number, lexicon: ClaimLexicon): number {
  const word = words[i]!;
  const de = lexicon.profile.code === 'de';
  if (word.quoted || word.number || lexicon.notComparatives.has(word.lower)) return -1;
  if (de ? word.cap || !/^[a-zäöüß]{3,}er(?:e|en|es|em)?$/.test(word.lower) : !/^[a-z]{3,}er$/.test(word.lower) && word.lower !== 'more') return -1;
  const reach = de && word.lower.endsWith('er') ? 1 : 3;
  for (let k = i + 1; k <= i + reach && k < words.length; k++) {
    const w = words[k]!;
    if (w.boundary || w.quoted) return -1;
    if (w.lower === lexicon.data.comparisonParticle) return k;
  }
  return -1;
}

/** "Anwohner sollen Fenster geschlossen halten": service information for a group of readers. */
function addressesReaders(words: readonly Word[], i: number, lexicon: ClaimLexicon): boolean {
  const start = clauseStart(words, i);
  const around = [...words.slice(start, i), ...(words[i + 1] ? [words[i + 1]!] : [])];
  return around.some((w) => w.cap && !w.quoted && endsWithStem(w.lower, lexicon.addresseeStems) !== undefined);
}

/** "ist die erste Frau", "became the first": a record. */
function isRecord(words: readonly Word[], i: number, lexicon: ClaimLexicon): boolean {
  const article = words[i - 1];
  const copula = words[i - 2];
  if (article && !words[i]!.boundary && article.lower === lexicon.data.comparisonParticle) return true;
  return article !== undefined && copula !== undefined && lexicon.definiteArticles.has(article.lower) && lexicon.copulas.has(copula.lower);
}

function isSuperlative(word: Word, lexicon: ClaimLexicon): boolean {
  if (word.cap && lexicon.profile.code === 'de') return false;
  if (word.cap && word.index > 0 && !word.boundary) return false;
  const lower = word.lower;
  if (/sste[nr]?$/.test(lower)) return false;
  return lexicon.data.superlativePattern.test(lower) && !lexicon.superlativeExceptions.has(lower);
}

/** Index of the infinitive that a future auxiliary governs, or -1. */
function futureEnd(words: readonly Word[], i: number, lexicon: ClaimLexicon): number {
  if (lexicon.profile.code === 'en') {
    const next = words[i + 1];
    if (!next || next.boundary || next.quoted || next.cap) return -1;
    let k = i + 1;
    while (k < words.length && lexicon.auxiliaries.has(words[k]!.lower) && !words[k]!.boundary) k++;
    return k < words.length && !words[k]!.boundary ? k : -1;
  }
  const end = clauseEnd(words, i);
  const last = words[end - 1]!;
  if (end - 1 <= i || last.quoted || last.cap) return -1;
  const lower = last.lower;
  if (lower === 'sein' || lower === 'haben' || lower === 'werden') return end - 1;
  if (!/(?:en|ern|eln)$/.test(lower)) return -1;
  if (lower.startsWith('ge') && !GE_INFINITIVES.has(lower)) return -1;
  if (/(?:iert|t)$/.test(lower)) return -1;
  // A participle before the infinitive is a passive ("wird … fortgesetzt"), already excluded above.
  return end - 1;
}

/** In a "wenn"/"falls"/"if" clause a modal states a condition, not a prediction. */
function inConditional(words: readonly Word[], i: number): boolean {
  const first = words[clauseStart(words, i)]!.lower;
  return first === 'wenn' || first === 'falls' || first === 'if' || first === 'unless';
}

function scheduled(words: readonly Word[], from: number, to: number, lexicon: ClaimLexicon): boolean {
  const start = clauseStart(words, from);
  const end = Math.max(to + 1, clauseEnd(words, from));
  for (let k = start; k < end && k < words.length; k++) {
    const w = words[k]!;
    if (w.quoted) continue;
    if (lexicon.scheduleWords.has(w.lower)) return true;
    // "in der kommenden Woche", "next month"; not "in den kommenden Jahren".
    if (NEXT.has(w.lower) && SHORT_HORIZON.test(words[k + 1]?.lower ?? '')) return true;
  }
  return false;
}
