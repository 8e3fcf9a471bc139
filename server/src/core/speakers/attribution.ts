/**
 * Attribution cues in one sentence: the words that say who says so ("sagte
 * Vollmer", "laut dem Ministerium", "Diplomaten zufolge", "according to …"),
 * the ones that say only that someone does ("hieß es", "gilt als", "soll …
 * haben", "reportedly"), and the ones that point back to the last source
 * ("demnach", "nach seinen Worten", "sagte sie").
 */
import type { ClaimLexicon } from '../languages/claims';
import { endsWithStem } from '../languages/claims';
import type { Span } from '../text/span';
import type { PersonIndex } from './persons';
import type { Phrase, Source, SourceReader } from './sources';
import { clauseEnd, clauseStart, phraseAt, type Word } from './words';

export type CuePattern =
  | 'reporting-verb'
  | 'source-preposition'
  | 'source-postposition'
  | 'source-noun'
  | 'so'
  | 'context-word'
  | 'self'
  | 'impersonal'
  | 'evidence'
  | 'hearsay'
  | 'reputation'
  | 'impersonal-passive'
  | 'headline-colon';

/**
 * named: a named source; vague: an unnamed one; hearsay: a marker with no
 * source at all; context: points back to the last source (a pronoun for a
 * group, "demnach", "nach seinen Worten", a bare "hieß es").
 */
export type CueKind = 'named' | 'vague' | 'hearsay' | 'context';

export interface AttributionCue {
  readonly pattern: CuePattern;
  readonly kind: CueKind;
  /** The attributing words as written ("sagte", "laut", "nach Angaben", "soll … haben"). */
  readonly cue: string;
  readonly cueSpan: Span;
  readonly source?: Source;
  /** Index of the cue's word in the sentence. */
  readonly word: number;
  /** "Das teilte X mit" at the start: the source also stands for the previous sentence. */
  readonly backReference?: boolean;
}

/** Source nouns that also head compounds: "Polizeiangaben", "Regierungsinformationen". */
const COMPOUND_SOURCE_NOUNS = ['angaben', 'informationen', 'schätzungen', 'berechnungen', 'einschätzung', 'einschätzungen', 'erkenntnissen', 'recherchen', 'berichten'];

const GERMAN_PASSIVE = new Set(['wird', 'wurde', 'wurden', 'worden']);

const GERMAN_MODALS = new Set(['kann', 'können', 'konnte', 'konnten', 'soll', 'sollen', 'sollte', 'sollten', 'muss', 'müssen', 'musste', 'mussten', 'will', 'wollen', 'wollte', 'wollten', 'darf', 'dürfen', 'möchte', 'möchten']);

/** The longest speaker phrase before a colon that opens a quotation. */
const MAX_COLON_SPEAKER_WORDS = 10;
/** The longest clause before a colon whose subject may introduce a quotation. */
const MAX_COLON_CLAUSE_WORDS = 16;

/** Modals that turn a reporting verb into a prediction ("dürfte … verlangen", "will probably say"). */
const PREDICTING_MODALS = new Set(['dürfte', 'dürften', 'könnte', 'könnten', 'würde', 'würden', 'wird', 'werden', 'could', 'might', 'would', 'will', 'may']);

/** Conjunctions whose clause is not the sentence's main claim. */
const SUBORDINATORS = new Set([
  'nachdem', 'bevor', 'weil', 'während', 'obwohl', 'sobald', 'seitdem', 'wenn', 'falls', 'damit', 'ehe',
  'after', 'before', 'when', 'because', 'although', 'once', 'if', 'until', 'unless', 'whereas',
]);

export class CueFinder {
  constructor(
    private readonly text: string,
    private readonly lexicon: ClaimLexicon,
    private readonly reader: SourceReader,
    private readonly persons: PersonIndex,
  ) {}

  private get de(): boolean {
    return this.lexicon.profile.code === 'de';
  }

  find(words: readonly Word[], sentenceSpan: Span): AttributionCue[] {
    const cues: AttributionCue[] = [];
    const lex = this.lexicon;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (word.quoted) continue;
      const lower = word.lower;
      let found: AttributionCue | undefined;
      for (const phrase of lex.sourceBefore) {
        if (!found && phraseAt(words, i, phrase)) found = this.sourceBefore(words, i, phrase.length);
      }
      if (!found && lex.sourceAfter.has(lower)) found = this.sourceAfter(words, i);
      if (!found && this.isSourceNoun(lower)) found = this.sourceNoun(words, i);
      if (!found && this.de && lower === 'so' && word.comma) found = this.soCue(words, i);
      if (!found && lex.contextWords.has(lower)) found = this.cue('context-word', 'context', words, i, i + 1);
      if (!found && lex.impersonalVerbs.has(lower)) found = this.impersonal(words, i);
      if (!found && lex.reputationVerbs.has(lower)) found = this.reputation(words, i);
      if (!found && lex.impersonalParticiples.has(lower)) found = this.impersonalPassive(words, i);
      if (!found && lex.hearsayWords.has(lower)) found = this.cue('hearsay', 'hearsay', words, i, i + 1);
      if (!found && lex.hearsayModals.has(lower)) found = this.hearsayModal(words, i);
      if (!found && this.de && (lower === 'geht' || lower === 'gehen' || lower === 'ging' || lower === 'gingen')) found = this.emergesFrom(words, i);
      if (!found && lex.evidenceVerbs.has(lower)) found = this.evidence(words, i);
      if (!found && this.isReportingVerb(words, i)) found = this.reportingVerb(words, i);
      if (found) cues.push(found);
    }
    for (const phrase of lex.impersonalPhrases) {
      for (let i = 0; i < words.length; i++) {
        const parts = this.frameAt(words, i, phrase);
        if (parts && !cues.some((c) => c.word >= i && c.word <= parts.at(-1)!)) {
          cues.push(parts.length > 1 && parts.at(-1)! - i + 1 > parts.length ? this.cueSpanning('impersonal-passive', 'hearsay', words, parts) : this.cue('impersonal-passive', 'hearsay', words, i, parts.at(-1)! + 1));
        }
      }
    }
    const colon = this.headlineColon(words, sentenceSpan);
    if (colon) cues.push(colon);
    this.markBackReference(words, cues);
    return cues.sort((a, b) => a.word - b.word);
  }

  /**
   * The indices of the words of `phrase` found from word `i` on, or undefined. "…" in a phrase stands for
   * any words of the same clause: "ist … die Rede" matches "ist von einem Totalausfall die Rede".
   */
  private frameAt(words: readonly Word[], i: number, phrase: readonly string[]): number[] | undefined {
    const segments: string[][] = [[]];
    for (const part of phrase) {
      if (part === '…') segments.push([]);
      else segments.at(-1)!.push(part);
    }
    if (!phraseAt(words, i, segments[0]!)) return undefined;
    const found = segments[0]!.map((_, n) => i + n);
    let k = i + segments[0]!.length;
    for (const segment of segments.slice(1)) {
      while (k < words.length && !words[k]!.boundary && !words[k]!.quoted && !phraseAt(words, k, segment)) k++;
      if (k >= words.length || words[k]!.boundary || !phraseAt(words, k, segment)) return undefined;
      for (let n = 0; n < segment.length; n++) found.push(k + n);
      k += segment.length;
    }
    return found;
  }

  // ── Reporting verbs ────────────────────────────────────────────────────────

  private isReportingVerb(words: readonly Word[], i: number): boolean {
    const lex = this.lexicon;
    const word = words[i]!;
    // The lexicon first: the clause scans below cost a pass over the clause, too much for every word of a long one.
    const companions = lex.particleVerbs.get(word.lower);
    if (!companions && !lex.reportingVerbs.has(word.lower)) return false;
    // A capitalised form inside a clause is a noun or a name ("das Meinen", "the United States").
    if (word.cap && i > 0 && !word.boundary && !words[i - 1]!.quoted) return false;
    // The word before, if it belongs to the same clause and is not quoted.
    const previous = word.boundary || words[i - 1]?.quoted ? undefined : words[i - 1];
    if (previous && previous.lower === 'zu' && this.de) return false;
    // "mehr kosten als veranschlagt", "higher than expected": the participle completes a comparison; no one speaks.
    if (previous && previous.lower === lex.data.comparisonParticle && !word.cap) return false;
    // Under hearsay the subject reports nothing itself: "The group is believed to have offered …".
    if (previous && !this.de && this.afterHearsayPassive(words, i)) return false;
    // German passives: "angekündigt worden", "wurde … abgelehnt".
    if (this.de && ['worden', 'werden', 'wurde', 'wurden'].includes(words[i + 1]?.lower ?? '') && !words[i + 1]!.boundary) return false;
    if (this.de && !word.cap) {
      // "Die Angreifer sollen … gefordert haben": hearsay about the subject, not the subject's report.
      const perfect = words[i + 1] && !words[i + 1]!.boundary && lex.perfectInfinitives.has(words[i + 1]!.lower);
      for (let k = clauseStart(words, i); k < i; k++) {
        if (perfect && !words[k]!.quoted && lex.hearsayModals.has(words[k]!.lower)) return false;
        if (!words[k]!.quoted && GERMAN_PASSIVE.has(words[k]!.lower)) return false;
        // "Betroffene können sich … melden": an infinitive after a modal reports nothing said.
        if (!words[k]!.quoted && GERMAN_MODALS.has(words[k]!.lower) && word.lower.endsWith('en')) return false;
      }
    }
    if (lex.reportingVerbs.has(word.lower)) {
      // English passives ("had been told") report nothing about the subject.
      if (!this.de && this.passiveBefore(words, i)) return false;
      // English nouns that look like verbs: "such estimates", "the claims", "his remarks".
      if (!this.de && previous && (lex.definiteArticles.has(previous.lower) || lex.indefiniteArticles.has(previous.lower) || lex.determiners.has(previous.lower) || lex.nounModifiers.has(previous.lower))) return false;
      return true;
    }
    if (!companions) return false;
    // The companion may come first with a participle: "hatten mit einer Senkung gerechnet".
    const end = Math.min(words.length, clauseEnd(words, i) + 6);
    for (let k = clauseStart(words, i); k < end; k++) {
      if (k === i) continue;
      if (!words[k]!.quoted && companions.has(words[k]!.lower)) return true;
    }
    return false;
  }

  /** "is believed to (have) …", "are said to …": the verb at `i` is the infinitive of an impersonal passive. */
  private afterHearsayPassive(words: readonly Word[], i: number): boolean {
    const lex = this.lexicon;
    let k = i - 1;
    if (words[k]?.lower === 'have' && !words[k]!.boundary) k--;
    if (words[k]?.lower !== 'to' || words[k + 1]!.boundary) return false;
    const participle = words[k - 1];
    const auxiliary = words[k - 2];
    return participle !== undefined && auxiliary !== undefined && !words[k]!.boundary && !participle.boundary
      && lex.impersonalParticiples.has(participle.lower) && lex.passiveAuxiliaries.has(auxiliary.lower);
  }

  private passiveBefore(words: readonly Word[], i: number): boolean {
    const lex = this.lexicon;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (words[k]!.quoted || words[k + 1]!.boundary) return false;
      const lower = words[k]!.lower;
      if (lex.passiveAuxiliaries.has(lower) || lower === 'be' || lower === 'being') return true;
      if (!lex.auxiliaries.has(lower)) return false;
    }
    return false;
  }

  private reportingVerb(words: readonly Word[], i: number): AttributionCue | undefined {
    const lex = this.lexicon;
    const start = clauseStart(words, i);
    // "wie ihn Generalsekretärin Vollmer fordert" describes a noun; it attributes nothing.
    if (this.de && words[start]!.lower === 'wie' && start + 2 < i && lex.objectPronouns.has(words[start + 1]!.lower) && !this.reader.isPronoun(words[start + 1]!.lower)) {
      return undefined;
    }
    if (this.de && words[start]!.lower === 'wie' && start + 2 < i && (words[start + 1]!.lower === 'ihn' || words[start + 1]!.lower === 'ihm')) return undefined;
    // "Die NATO dürfte … verlangen": a prediction of what someone will say, in the journalist's voice.
    for (let k = start; k < i; k++) {
      if (!words[k]!.quoted && PREDICTING_MODALS.has(words[k]!.lower)) return undefined;
    }
    // "…, nachdem ein Kämmerer Unregelmäßigkeiten bemerkt hatte" attributes only that clause.
    if (SUBORDINATORS.has(words[start]!.lower) && start < i) return undefined;
    // English marks a subordinate clause without a comma: "… are likely if the weather continues".
    if (!this.de) {
      for (let k = start + 1; k < i; k++) if (!words[k]!.quoted && SUBORDINATORS.has(words[k]!.lower)) return undefined;
    }
    const opensClause = i === start && i > 0;
    const pluralVerb = this.de ? /en$/.test(words[i]!.lower) : false;
    let subject: Phrase | undefined;
    // An English participle ("…, calling them", "with both sides describing") takes no subject after it.
    const participle = !this.de && words[i]!.lower.endsWith('ing');
    // English inverts a pronoun only after a quotation ("…," said he); "said it would review" opens the reported
    // clause, whose subject is the last resort ("X, 46, a welder, said he was worried" is still X).
    let reportedSubject: Phrase | undefined;
    const tryForward = () => {
      const forward = participle ? undefined : this.subjectAfter(words, i);
      if (forward && !this.de && !words[i - 1]?.quoted && forward.to - forward.from === 1 && this.reader.isPronoun(words[forward.from]!.lower)) {
        reportedSubject = forward;
        return undefined;
      }
      return forward;
    };
    const tryClause = () => (start < i ? this.reader.clauseSubject(words, start, i) : undefined);
    if (opensClause) {
      // "„…“, sagte Vollmer" inverts; after an apposition the subject stands before it and what follows is an object
      // ("Der Bürgermeister, Dirk Ostermann, nannte die Forderung …", "The chairman, X, told a fans' forum …").
      const forward = tryForward();
      const inverted = forward && (words[i - 1]!.quoted || this.isPersonPhrase(words, forward));
      subject = inverted ? forward : this.subjectBeforeApposition(words, i) ?? forward ?? this.sentenceInitialSubject(words, i);
    } else {
      // "Der Zeitung X sagte Stoltenberg": a person right after the verb beats a fronted noun phrase.
      const clause = tryClause();
      const forward = tryForward();
      const inverted = forward && (this.isPersonPhrase(words, forward) || this.isBareNameAtClauseEnd(words, forward));
      subject = this.de && clause && forward && inverted && !this.isPersonPhrase(words, clause) ? forward : clause ?? forward;
    }
    subject ??= this.personInClause(words, start, i) ?? reportedSubject;
    if (!subject) return undefined;
    const source = this.reader.classify(words, subject, { pluralVerb });
    if (!source) return undefined;
    // "Fast ein Drittel davon schreibt rote Zahlen": a quantity speaks for no one.
    const head = words[subject.to - 1]!.lower;
    const quantity = lex.quantityWords.has(head) || lex.numberWords.has(head) || words[subject.to - 1]!.number;
    if (quantity && source.person === undefined) return undefined;
    const kind = source.kind === 'vague' ? 'vague' : source.plural ? 'context' : 'named';
    return { ...this.cue('reporting-verb', kind, words, i, i + 1), source };
  }

  /** "Schon 2023 hatte er in einem Interview gewarnt": a pronoun or person between the clause start and the verb. */
  private personInClause(words: readonly Word[], start: number, verb: number): Phrase | undefined {
    const lex = this.lexicon;
    for (let k = start; k < verb; k++) {
      const w = words[k]!;
      if (w.quoted) continue;
      if ((lex.pronounsMale.has(w.lower) || lex.pronounsFemale.has(w.lower)) && !w.cap) return { from: k, to: k + 1 };
      // A name of several words starts at this word: "Schon 2023 hatte Anna Roth gewarnt".
      const mention = this.persons.mentionCovering(w.span.start);
      if (mention && mention.from === k && mention.to <= verb) return { from: mention.from, to: mention.to };
    }
    return undefined;
  }

  /** "… sagte Stoltenberg:" — one capitalised word with no article, closing the clause: a name. */
  private isBareNameAtClauseEnd(words: readonly Word[], phrase: Phrase): boolean {
    const next = words[phrase.to];
    return phrase.to - phrase.from === 1 && words[phrase.from]!.cap && (!next || next.boundary);
  }

  private isPersonPhrase(words: readonly Word[], phrase: Phrase): boolean {
    const first = words[phrase.from]!;
    if (phrase.to - phrase.from === 1 && this.reader.isPronoun(first.lower) && !this.lexicon.pronounsImpersonal.has(first.lower)) return true;
    const span = { start: first.span.start, end: words[phrase.to - 1]!.span.end };
    return this.persons.mentionsWithin(span).length > 0;
  }

  private subjectAfter(words: readonly Word[], i: number): Phrase | undefined {
    const lex = this.lexicon;
    let k = i + 1;
    while (k < words.length && !words[k]!.boundary && !words[k]!.quoted && lex.auxiliaries.has(words[k]!.lower) && !this.reader.isPronoun(words[k]!.lower)) k++;
    const next = words[k];
    if (!next || next.boundary || next.quoted) return undefined;
    const articleLike = lex.definiteArticles.has(next.lower) || lex.determiners.has(next.lower);
    if (lex.nonSubjectStarters.has(next.lower) && !next.cap && !articleLike) return undefined;
    // A dative or accusative article opens an object: "drohen dem Mann", "sagte dem Sender".
    if (this.de && (next.lower === 'dem' || next.lower === 'den')) return undefined;
    if (lex.objectPronouns.has(next.lower) && !this.reader.isPronoun(next.lower)) return undefined;
    if (lex.prepositions.has(next.lower) || lex.conjunctions.has(next.lower)) return undefined;
    if (!this.de && !next.cap && !lex.definiteArticles.has(next.lower) && !this.reader.isPronoun(next.lower)) {
      // "said opposition leader Daniel Hollis": lower-case words are fine only before a name.
      let m = k;
      while (m < words.length && m - k < 4 && !words[m]!.cap && !words[m]!.boundary) m++;
      // Not before a weekday or a month: "told a meeting on Monday" names no speaker.
      if (m >= words.length || !words[m]!.cap || words[m]!.boundary || lex.notNames.has(words[m]!.lower)) return undefined;
    }
    if (this.de && next.lower === 'das' && words[k + 1] && !words[k + 1]!.cap && !this.adjectiveBeforeNoun(words, k + 1)) return undefined;
    if (this.de && (next.lower === 'dies' || next.lower === 'dieses')) return undefined;
    return this.reader.forward(words, k);
  }

  /** "das kommunale Unternehmen": inflected adjectives, then a noun, with no boundary between. */
  private adjectiveBeforeNoun(words: readonly Word[], i: number): boolean {
    let k = i;
    while (k < words.length && k - i < 3 && !words[k]!.boundary && !words[k]!.quoted && !words[k]!.cap && /(?:e|en|es)$/.test(words[k]!.lower)) k++;
    const noun = words[k];
    return k > i && noun !== undefined && noun.cap && !noun.boundary && !noun.quoted;
  }

  /**
   * "Der Bürgermeister von Grevenbrück, Dirk Ostermann, nannte …", "Vollmer,
   * die seit 2019 im Amt ist, sagte": a person's noun phrase and its
   * apposition or relative clause open the sentence, the verb follows a comma.
   */
  private subjectBeforeApposition(words: readonly Word[], i: number): Phrase | undefined {
    const lex = this.lexicon;
    if (!words[i]!.comma) return undefined;
    const first = words[0]!;
    if (first.quoted || lex.prepositions.has(first.lower) || lex.conjunctions.has(first.lower) || SUBORDINATORS.has(first.lower)) return undefined;
    if (lex.nonSubjectStarters.has(first.lower) && !lex.definiteArticles.has(first.lower)) return undefined;
    let commas = 0;
    for (let k = 1; k < i; k++) {
      const word = words[k]!;
      if (word.quoted) return undefined;
      if (!word.boundary) continue;
      if (!word.comma || ++commas > 2) return undefined;
    }
    const phrase = { from: 0, to: i };
    if (!this.isPersonPhrase(words, phrase)) return undefined;
    const source = this.reader.classify(words, phrase);
    return source?.person !== undefined ? phrase : undefined;
  }

  /** "Gruschko, ehemals Botschafter bei der NATO, betonte …": the subject before an apposition. */
  private sentenceInitialSubject(words: readonly Word[], i: number): Phrase | undefined {
    if (!words[i]!.comma) return undefined;
    let commas = 0;
    for (let k = 1; k < i; k++) {
      if (words[k]!.boundary) {
        if (!words[k]!.comma) return undefined;
        commas++;
      }
    }
    if (commas !== 1) return undefined;
    const subject = this.reader.clauseSubject(words, 0, i);
    if (!subject) return undefined;
    return subject;
  }

  // ── Source phrases around prepositions and nouns ──────────────────────────

  private sourceBefore(words: readonly Word[], i: number, length: number): AttributionCue | undefined {
    const phrase = this.reader.forward(words, i + length, { maxWords: 12 });
    if (!phrase) return undefined;
    const source = this.ownerless(words, phrase) ?? this.reader.classify(words, phrase);
    if (!source) return undefined;
    return { ...this.cue('source-preposition', source.kind === 'vague' ? 'vague' : 'named', words, i, i + length), source };
  }

  private sourceAfter(words: readonly Word[], i: number): AttributionCue | undefined {
    const phrase = this.reader.backward(words, i);
    if (!phrase) return undefined;
    const source = this.ownerless(words, phrase) ?? this.reader.classify(words, phrase);
    if (!source) return undefined;
    return { ...this.cue('source-postposition', source.kind === 'vague' ? 'vague' : 'named', words, i, i + 1), source };
  }

  private ownerless(words: readonly Word[], phrase: Phrase): Source | undefined {
    if (!this.reader.ownerlessInformation(words, phrase)) return undefined;
    const span = { start: words[phrase.from]!.span.start, end: words[phrase.to - 1]!.span.end };
    const text = this.text.slice(span.start, span.end);
    return { kind: 'vague', text, span, name: text, vagueReason: 'no-owner' };
  }

  private isSourceNoun(lower: string): boolean {
    const nouns = this.lexicon.sourceNouns;
    if (nouns.has(lower)) return true;
    const dash = lower.lastIndexOf('-');
    return (dash > 0 && nouns.has(lower.slice(dash + 1))) || this.compoundSourceNoun(lower) !== undefined;
  }

  /** "Polizeiangaben" → "polizei": a compound whose last part is a source noun that cannot stand for anything else. */
  private compoundSourceNoun(lower: string): string | undefined {
    if (!this.de) return undefined;
    for (const noun of COMPOUND_SOURCE_NOUNS) {
      if (lower.endsWith(noun) && lower.length - noun.length >= 3) return lower.slice(0, lower.length - noun.length);
    }
    return undefined;
  }

  private sourceNoun(words: readonly Word[], i: number): AttributionCue | undefined {
    const lex = this.lexicon;
    const word = words[i]!;
    if (this.de && !word.cap) return undefined;
    // The preposition before it, over at most one adjective or possessive: "nach bisherigen Erkenntnissen".
    let prep = -1;
    for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
      if (words[k]!.quoted) break;
      if (lex.sourceNounPrepositions.has(words[k]!.lower)) {
        prep = k;
        break;
      }
      if (words[k]!.boundary && k !== i - 1) break;
    }
    const between = prep >= 0 ? words.slice(prep + 1, i) : [];
    const possessiveBefore = words[i - 1] && lex.possessives.has(words[i - 1]!.lower);
    const postposed = words[i + 1]?.lower === 'nach' && !words[i + 1]!.boundary && possessiveBefore;
    if (prep < 0 && !postposed) return undefined;
    const from = prep >= 0 ? prep : i - 1;
    const to = postposed ? i + 2 : i + 1;
    if (between.some((w) => lex.possessives.has(w.lower)) || postposed) return this.cue('source-noun', 'context', words, from, to);
    const genitive = this.genitiveName(between);
    if (genitive) {
      // "Nach Hoogstratens Angaben": a name in the Saxon genitive owns the information.
      const name = genitive.text.replace(/['’]?s$/, '');
      const source: Source = { kind: 'named', text: genitive.text, span: genitive.span, name };
      return { ...this.cue('source-noun', 'named', words, from, to), source };
    }
    if (between.some((w) => lex.selfWords.has(w.lower))) {
      const subject = this.reader.clauseSubject(words, 0, from);
      const source = subject ? this.reader.classify(words, subject) : undefined;
      return { ...this.cue('self', source?.kind === 'vague' ? 'vague' : 'named', words, from, to), ...(source && { source }) };
    }
    const compound = this.compoundSourceNoun(word.lower);
    if (compound !== undefined && !this.lexicon.sourceNouns.has(word.lower)) {
      // "Nach Polizeiangaben" names the police; "Medienberichten zufolge" names no one.
      const prefixEnd = word.span.start + compound.length;
      const prefix = word.text.slice(0, compound.length).replace(/[sn]$/, '');
      const vague = endsWithStem(compound.replace(/[sn]$/, ''), this.lexicon.vagueSourceStems) !== undefined || endsWithStem(compound, this.lexicon.vagueSourceStems) !== undefined;
      const source: Source = { kind: vague ? 'vague' : 'named', text: word.text, span: { start: word.span.start, end: prefixEnd }, name: prefix, ...(vague && { vagueReason: 'unnamed' as const }) };
      return { ...this.cue('source-noun', vague ? 'vague' : 'named', words, from, to), source };
    }
    const dash = word.text.lastIndexOf('-');
    if (dash > 0) {
      // "Nach US-Angaben", "aus NATO-Sicht": the compound names the source.
      const prefix = word.text.slice(0, dash);
      const source: Source = { kind: 'named', text: prefix, span: { start: word.span.start, end: word.span.start + dash }, name: prefix };
      return { ...this.cue('source-noun', 'named', words, from, to), source };
    }
    const next = words[i + 1];
    const ownerStarts = next && !next.boundary && !next.quoted
      && (next.lower === 'von' || next.lower === 'of' || ['des', 'der', 'eines', 'einer', 'dieser', 'dieses', 'unserer', 'unseres'].includes(next.lower) || (this.de && next.cap) || lex.vagueQuantifiers.has(next.lower)
        || (this.de && /(?:er|en)$/.test(next.lower) && words[i + 2]?.cap === true));
    if (ownerStarts) {
      const start = next.lower === 'von' || next.lower === 'of' ? i + 2 : i + 1;
      const phrase = this.reader.forward(words, start, { maxWords: 10 });
      const source = phrase ? this.reader.classify(words, phrase) : undefined;
      if (source) return { ...this.cue('source-noun', source.kind === 'vague' ? 'vague' : 'named', words, from, to), source };
    }
    // No owner: "nach bisherigen Erkenntnissen", "Nach Schätzungen aus der Wirtschaft". A document with no owner
    // ("aus einer Studie", "nach einem Gutachten") is left to the rules that read the rest of the sentence.
    if (endsWithStem(word.lower, lex.documentNouns) !== undefined) return undefined;
    const span = { start: words[from]!.span.start, end: words[Math.max(to, this.ownerlessEnd(words, i)) - 1]!.span.end };
    const text = this.text.slice(span.start, span.end);
    const source: Source = { kind: 'vague', text, span, name: text, vagueReason: 'no-owner' };
    return { ...this.cue('source-noun', 'vague', words, from, to), source };
  }

  /** A capitalised genitive in -s (or -') between the preposition and the source noun: "nach Müllers Worten". */
  private genitiveName(between: readonly Word[]): Word | undefined {
    if (!this.de || between.length !== 1) return undefined;
    const word = between[0]!;
    return word.cap && !word.quoted && /\p{Ll}(?:s|['’]s?)$/u.test(word.text) && !this.lexicon.possessives.has(word.lower) ? word : undefined;
  }

  private ownerlessEnd(words: readonly Word[], i: number): number {
    // Include a following "aus der Wirtschaft" in the quoted phrase.
    const next = words[i + 1];
    if (next && !next.boundary && (next.lower === 'aus' || next.lower === 'in' || next.lower === 'im')) {
      const phrase = this.reader.forward(words, i + 2, { maxWords: 4, allowApposition: false });
      if (phrase) return phrase.to;
    }
    return i + 1;
  }

  private soCue(words: readonly Word[], i: number): AttributionCue | undefined {
    const lex = this.lexicon;
    const next = words[i + 1];
    if (!next || next.boundary || next.quoted) return undefined;
    if (!next.cap && !lex.definiteArticles.has(next.lower) && !lex.indefiniteArticles.has(next.lower) && !lex.determiners.has(next.lower)) return undefined;
    const phrase = this.reader.forward(words, i + 1);
    if (!phrase) return undefined;
    const after = words[phrase.to];
    if (after && !after.boundary) return undefined;
    const source = this.reader.classify(words, phrase);
    if (!source) return undefined;
    return { ...this.cue('so', source.kind === 'vague' ? 'vague' : 'named', words, i, i + 1), source };
  }

  // ── Impersonal reports, reputation, hearsay ───────────────────────────────

  private impersonal(words: readonly Word[], i: number): AttributionCue | undefined {
    const lex = this.lexicon;
    const word = words[i]!;
    const es = (k: number) => words[k] && !words[k]!.quoted && words[k]!.lower === 'es';
    if ((word.lower === 'hieß' || word.lower === 'heißt') && !es(i + 1) && !es(i - 1)) return undefined;
    // A place or a document in the same clause: "in einer Erklärung", "aus Kreisen", "in Brüssel".
    const start = clauseStart(words, i);
    const end = clauseEnd(words, i);
    for (let k = start; k < end; k++) {
      const w = words[k]!;
      if (w.quoted || k === i) continue;
      if (w.lower !== 'in' && w.lower !== 'im' && w.lower !== 'aus' && w.lower !== 'hinter') continue;
      const phrase = this.reader.forward(words, k + 1, { maxWords: 6, allowApposition: false });
      if (!phrase) continue;
      const head = this.lastCap(words, phrase);
      if (!head) continue;
      const text = this.text.slice(words[k]!.span.start, words[phrase.to - 1]!.span.end);
      const span = { start: words[k]!.span.start, end: words[phrase.to - 1]!.span.end };
      // "in der Mitteilung des Verbands": the document heads the phrase, its owner follows.
      const noun = this.firstCap(words, phrase) ?? head;
      if (endsWithStem(noun.lower, lex.documentNouns) || endsWithStem(head.lower, lex.documentNouns)) {
        return { ...this.cue('impersonal', 'named', words, i, es(i + 1) ? i + 2 : i + 1), source: { kind: 'named', text, span, name: text } };
      }
      const classified = this.reader.classify(words, phrase);
      const definite = w.lower === 'aus' && lex.definiteArticles.has(words[k + 1]!.lower);
      if (classified && classified.kind === 'named' && definite) {
        return { ...this.cue('impersonal', 'named', words, i, es(i + 1) ? i + 2 : i + 1), source: classified };
      }
      const source: Source = { kind: 'vague', text, span, name: text, vagueReason: classified?.kind === 'vague' ? 'unnamed' : 'place' };
      return { ...this.cue('impersonal', 'vague', words, i, es(i + 1) ? i + 2 : i + 1), source };
    }
    return this.cue('impersonal', 'context', words, es(i - 1) ? i - 1 : i, es(i + 1) ? i + 2 : i + 1);
  }

  private firstCap(words: readonly Word[], phrase: Phrase): Word | undefined {
    for (let k = phrase.from; k < phrase.to; k++) if (words[k]!.cap) return words[k];
    return undefined;
  }

  private lastCap(words: readonly Word[], phrase: Phrase): Word | undefined {
    for (let k = phrase.to - 1; k >= phrase.from; k--) if (words[k]!.cap) return words[k];
    return undefined;
  }

  private reputation(words: readonly Word[], i: number): AttributionCue | undefined {
    const particle = this.lexicon.data.reputationParticle;
    const end = clauseEnd(words, i);
    for (let k = i + 1; k < end; k++) {
      if (!words[k]!.quoted && words[k]!.lower === particle) return this.cueSpanning('reputation', 'hearsay', words, [i, k]);
    }
    // Fronted: "Als Favorit gilt Staatssekretär X".
    const start = clauseStart(words, i);
    if (this.de && start < i && words[start]!.lower === particle && !words[start]!.quoted) return this.cueSpanning('reputation', 'hearsay', words, [start, i]);
    return undefined;
  }

  private impersonalPassive(words: readonly Word[], i: number): AttributionCue | undefined {
    const lex = this.lexicon;
    if (this.de) {
      // "Ein Urteil wird im Herbst erwartet": a passive with no agent, at the clause end.
      const end = clauseEnd(words, i);
      if (end !== i + 1) return undefined;
      const start = clauseStart(words, i);
      for (let k = i - 1; k >= start; k--) {
        if (words[k]!.lower === 'von' || words[k]!.lower === 'vom') return undefined;
        if (lex.passiveAuxiliaries.has(words[k]!.lower)) return this.cueSpanning('impersonal-passive', 'hearsay', words, [k, i]);
      }
      return undefined;
    }
    // "is said to", "are believed to", "is expected to".
    let k = i - 1;
    while (k >= 0 && lex.auxiliaries.has(words[k]!.lower) && !lex.passiveAuxiliaries.has(words[k]!.lower)) k--;
    if (k < 0 || !lex.passiveAuxiliaries.has(words[k]!.lower)) return undefined;
    const next = words[i + 1];
    if (next && !next.boundary && next.lower !== 'to' && next.lower !== 'that') return undefined;
    return this.cueSpanning('impersonal-passive', 'hearsay', words, [k, i]);
  }

  private hearsayModal(words: readonly Word[], i: number): AttributionCue | undefined {
    const lex = this.lexicon;
    const end = clauseEnd(words, i);
    if (end - 1 <= i) return undefined;
    const last = words[end - 1]!;
    if (last.quoted) return undefined;
    const beforeLast = words[end - 2]!;
    const perfect = lex.perfectInfinitives.has(last.lower) && end - 2 > i && /(?:t|en)$/.test(beforeLast.lower) && !beforeLast.cap;
    if (perfect || lex.hearsayStativeInfinitives.has(last.lower)) {
      return this.cueSpanning('hearsay', 'hearsay', words, perfect ? [i, end - 2, end - 1] : [i, end - 1]);
    }
    return undefined;
  }

  // ── Evidence: "Das zeigen Daten der …", "geht aus einer Studie … hervor" ──

  private evidence(words: readonly Word[], i: number): AttributionCue | undefined {
    const subject = this.subjectAfter(words, i) ?? (clauseStart(words, i) < i ? this.reader.clauseSubject(words, clauseStart(words, i), i) : undefined);
    if (!subject) return undefined;
    const head = this.lastCapInHead(words, subject);
    if (!head || !endsWithStem(head.lower, this.lexicon.documentNouns)) return undefined;
    const source = this.reader.classify(words, subject);
    if (!source) return undefined;
    return { ...this.cue('evidence', 'named', words, i, i + 1), source: { ...source, kind: 'named' } };
  }

  private lastCapInHead(words: readonly Word[], phrase: Phrase): Word | undefined {
    for (let k = phrase.from; k < phrase.to; k++) {
      const w = words[k]!;
      if (this.de ? w.cap : !this.lexicon.definiteArticles.has(w.lower) && !this.lexicon.indefiniteArticles.has(w.lower)) return w;
    }
    return undefined;
  }

  private emergesFrom(words: readonly Word[], i: number): AttributionCue | undefined {
    const aus = words[i + 1]?.lower === 'aus' ? i + 1 : words[i + 2]?.lower === 'aus' ? i + 2 : -1;
    if (aus < 0 || !words.slice(aus).some((w) => w.lower === 'hervor')) return undefined;
    const phrase = this.reader.forward(words, aus + 1, { maxWords: 10 });
    if (!phrase) return undefined;
    const source = this.reader.classify(words, phrase);
    if (!source) return undefined;
    return { ...this.cue('evidence', source.kind === 'vague' ? 'vague' : 'named', words, i, aus + 1), source };
  }

  // ── Headline "Vollmer: …" and back references ─────────────────────────────

  private headlineColon(words: readonly Word[], sentenceSpan: Span): AttributionCue | undefined {
    const sourceWord = words.findIndex((w, k) => k <= 1 && !w.quoted && w.cap && words[k + 1] !== undefined && words[k + 1]!.gap.trimStart().startsWith(':'));
    if (sourceWord >= 0) {
      const word = words[sourceWord]!;
      const known = this.lexicon.headlineSourceNouns.has(word.lower);
      const vague = known && endsWithStem(word.lower, this.lexicon.vagueSourceStems) !== undefined;
      if (known) {
        const source: Source = { kind: vague ? 'vague' : 'named', text: word.text, span: word.span, name: word.text, ...(vague && { vagueReason: 'unnamed' as const }) };
        return { pattern: 'headline-colon', kind: vague ? 'vague' : 'named', cue: ':', cueSpan: { start: word.span.end, end: word.span.end + 1 }, source, word: sourceWord };
      }
    }
    for (const mention of this.persons.mentionsWithin(sentenceSpan)) {
      const person = this.persons.personOf(mention);
      if (!person.named || mention.from > 4) continue;
      const next = words[mention.to];
      if (!next || !next.gap.trimStart().startsWith(':')) continue;
      const gapBefore = words[mention.from]!.gap;
      if (mention.from !== 0 && !/[–—-]\s*$/.test(gapBefore)) continue;
      const source: Source = { kind: 'named', text: mention.text, span: mention.span, name: mention.text, person: person.id, nameSpan: mention.span };
      return { pattern: 'headline-colon', kind: 'named', cue: ':', cueSpan: { start: mention.span.end, end: mention.span.end + 1 }, source, word: mention.from };
    }
    return this.speakerColon(words);
  }

  /**
   * "Die Präsidentin der Hochschule, Almut Brenninger: „…“": a person's noun
   * phrase, a colon, a quotation; or a clause whose subject is a person ("The
   * treasurer, Priya N., was more cautious: "…"").
   */
  private speakerColon(words: readonly Word[]): AttributionCue | undefined {
    const colon = words.findIndex((w, k) => k > 0 && w.gap.trimStart().startsWith(':'));
    if (colon < 1 || colon > MAX_COLON_CLAUSE_WORDS || !words[colon]!.quoted) return undefined;
    if (words.slice(0, colon).some((w) => w.quoted)) return undefined;
    const end = words[colon - 1]!.span.end;
    const phrase = colon <= MAX_COLON_SPEAKER_WORDS ? this.reader.forward(words, 0, { maxWords: colon }) : undefined;
    const source = phrase && phrase.to === colon ? this.reader.classify(words, phrase) : this.clauseSubjectPerson(words, colon);
    if (!source || source.kind !== 'named' || source.person === undefined) return undefined;
    return { pattern: 'headline-colon', kind: 'named', cue: ':', cueSpan: { start: end, end: end + 1 }, source, word: 0 };
  }

  /** The first named person before word `end` that is not after a preposition, as a source. */
  private clauseSubjectPerson(words: readonly Word[], end: number): Source | undefined {
    const span = { start: words[0]!.span.start, end: words[end - 1]!.span.end };
    const mention = this.persons.mentionsWithin(span).find((m) => !m.oblique && this.persons.personOf(m).named);
    if (!mention) return undefined;
    return this.reader.classify(words, { from: mention.from, to: mention.to });
  }

  private markBackReference(words: readonly Word[], cues: AttributionCue[]): void {
    const first = words[0];
    if (!first || first.quoted) return;
    const reporting = (cue: AttributionCue) => (cue.pattern === 'reporting-verb' || cue.pattern === 'evidence') && cue.kind === 'named';
    if (this.lexicon.backReferences.has(first.lower)) {
      for (let k = 0; k < cues.length; k++) {
        // "Das teilte X mit": the demonstrative stands alone, right before the verb.
        if (cues[k]!.word === 1 && reporting(cues[k]!)) cues[k] = { ...cues[k]!, backReference: true };
      }
    }
    // "Darauf hätten sich die Teilnehmer geeinigt, teilte X mit": reported speech about what the previous sentence states.
    if (this.lexicon.backReferenceAdverbs.has(first.lower)) {
      const k = cues.findIndex((cue) => reporting(cue) && cue.source?.kind === 'named');
      const reported = k >= 0 && words.slice(1, cues[k]!.word).some((w) => !w.quoted && (this.lexicon.subjunctiveI.has(w.lower) || this.lexicon.subjunctiveII.has(w.lower)));
      if (reported && cues.slice(0, k).every((cue) => !reporting(cue))) cues[k] = { ...cues[k]!, backReference: true };
    }
    // "That was what the Reverend X told …": the verb follows its subject, in the opener's clause.
    const opener = this.lexicon.backReferenceOpeners.find((phrase) => phraseAt(words, 0, phrase));
    if (!opener) return;
    const end = clauseEnd(words, opener.length - 1);
    const k = cues.findIndex((cue) => cue.word >= opener.length - 1 && cue.word < end && reporting(cue));
    if (k >= 0 && cues.slice(0, k).every((cue) => !reporting(cue))) cues[k] = { ...cues[k]!, backReference: true };
  }

  // ── Helpers ───────────────────────────────────────────────────────────────

  private cue(pattern: CuePattern, kind: CueKind, words: readonly Word[], from: number, to: number): AttributionCue {
    const span = { start: words[from]!.span.start, end: words[to - 1]!.span.end };
    return { pattern, kind, cue: this.text.slice(span.start, span.end), cueSpan: span, word: from };
  }

  /** A cue made of separate words ("soll … haben", "gilt … als"). */
  private cueSpanning(pattern: CuePattern, kind: CueKind, words: readonly Word[], indices: readonly number[]): AttributionCue {
    const parts: string[] = [];
    for (let n = 0; n < indices.length; n++) {
      if (n > 0 && indices[n]! > indices[n - 1]! + 1) parts.push('…');
      parts.push(words[indices[n]!]!.text);
    }
    const first = indices[0]!;
    const last = indices[indices.length - 1]!;
    return { pattern, kind, cue: parts.join(' '), cueSpan: { start: words[first]!.span.start, end: words[last]!.span.end }, word: first };
  }
}
