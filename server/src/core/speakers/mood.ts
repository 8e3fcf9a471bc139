/**
 * German reported speech: a sentence in Konjunktiv I ("sei", "habe", "gebe")
 * reports what someone said, so it continues the last named attribution. A
 * Konjunktiv II form ("hätten", "würden") continues one only when a chain is
 * already running, since it also marks conditionals in the journalist's voice.
 */
import type { ClaimLexicon } from '../languages/claims';
import type { Span } from '../text/span';
import { clauseEnd, clauseStart, type Word } from './words';

export type Mood = 'indicative' | 'subjunctive-i' | 'subjunctive-ii';

export interface MoodReading {
  readonly mood: Mood;
  readonly cue?: { readonly text: string; readonly span: Span };
}

const ADJECTIVE_ENDING = /(?:isch|lich|ig|bar|sam|haft|los|voll|ell|al|iv|ant|ent|är|st|ste)e$/;
/** Adverbs in -weise ("schätzungsweise"); comparatives in -ere stand before a noun or after an article, tested below. */
const NOT_VERB_ENDING = /.weise$/;

/** Modal forms that continue reported speech only right after the attribution ("könnten" is also the journalist's hedge). */
const ADJACENT_ONLY = new Set(['könnte', 'könnten']);

/**
 * `chainActive`: a named or vague attribution is running; `adjacent`: it was
 * made in the sentence just before, in the same paragraph.
 */
export function moodOf(words: readonly Word[], lexicon: ClaimLexicon, chainActive: boolean, adjacent = false): MoodReading {
  if (lexicon.profile.code !== 'de') return { mood: 'indicative' };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.quoted || (word.cap && i > 0 && !word.boundary)) continue;
    if (lexicon.subjunctiveI.has(word.lower)) {
      if (word.lower === 'sei' && words[i + 1]?.lower === 'denn') continue;
      return { mood: 'subjunctive-i', cue: { text: word.text, span: word.span } };
    }
  }
  if (!chainActive) return { mood: 'indicative' };
  for (const word of words) {
    if (!word.quoted && !word.cap && (lexicon.subjunctiveII.has(word.lower) || (adjacent && ADJACENT_ONLY.has(word.lower)))) {
      return { mood: 'subjunctive-ii', cue: { text: word.text, span: word.span } };
    }
  }
  for (let i = 0; i < words.length; i++) {
    if (looksLikeSubjunctiveI(words, i, lexicon)) {
      const word = words[i]!;
      return { mood: 'subjunctive-i', cue: { text: word.text, span: word.span } };
    }
  }
  return { mood: 'indicative' };
}

/**
 * A lower-case word in -e in a verb's place (second in its clause or last),
 * not after an article and not before a noun: "Stattdessen setze der Konzern
 * auf Zeit", "… und hoffe, dass …".
 */
function looksLikeSubjunctiveI(words: readonly Word[], i: number, lexicon: ClaimLexicon): boolean {
  const word = words[i]!;
  const lower = word.lower;
  if (word.quoted || word.cap || word.number || lower.length < 4 || !lower.endsWith('e')) return false;
  if (lexicon.notVerbsInE.has(lower) || ADJECTIVE_ENDING.test(lower) || NOT_VERB_ENDING.test(lower)) return false;
  // "-te" is the weak past tense ("nannte", "hatte"), not Konjunktiv I.
  if (lower.endsWith('te')) return false;
  if (lexicon.definiteArticles.has(lower) || lexicon.indefiniteArticles.has(lower) || lexicon.determiners.has(lower)) return false;
  const previous = words[i - 1];
  if (previous && !word.boundary) {
    const p = previous.lower;
    if (lexicon.definiteArticles.has(p) || lexicon.indefiniteArticles.has(p) || lexicon.determiners.has(p) || lexicon.prepositions.has(p) || p === 'zu' || previous.number) return false;
  }
  const next = words[i + 1];
  if (next && !next.boundary && next.cap) {
    // Before a noun it is an adjective ("neue Regeln"), unless an article opens that noun phrase.
    return false;
  }
  const start = clauseStart(words, i);
  const end = clauseEnd(words, i);
  return i - start <= 3 || i === end - 1;
}
