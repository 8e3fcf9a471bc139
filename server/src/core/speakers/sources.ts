/**
 * Source phrases: reading the noun phrase that names who says something, and
 * deciding whether it names someone ("Vollmer", "das Ministerium", "einer
 * Studie des Instituts …") or no one in particular ("Beobachter", "westlicher
 * Geheimdienste", "people familiar with the matter").
 */
import type { ClaimLexicon } from '../languages/claims';
import { endsWithStem } from '../languages/claims';
import type { Span } from '../text/span';
import type { Gender, PersonIndex } from './persons';
import type { Word } from './words';

export type SourceKind = 'named' | 'vague';

/** Why a source is vague, for the message. */
export type VagueReason = 'unnamed' | 'own-outlet' | 'no-owner' | 'impersonal' | 'place';

export interface Source {
  readonly kind: SourceKind;
  /** The phrase as written ("westlicher Geheimdienste", "sie", "Bürgermeisterin Katrin Albers"). */
  readonly text: string;
  readonly span: Span;
  /** A display name: the person's name, or the phrase without its article. */
  readonly name: string;
  /** The person, when the source is one. */
  readonly person?: number;
  /** Where the name is written: the mention inside the phrase or, for a pronoun, its antecedent. */
  readonly nameSpan?: Span;
  readonly pronoun?: boolean;
  /** A pronoun or role that could not be linked to a name. */
  readonly unresolved?: boolean;
  /** Named through a role noun ("die Generalsekretärin") rather than a name. */
  readonly viaRole?: boolean;
  /** A pronoun that stands for a group ("they", "sie" with a plural verb). */
  readonly plural?: boolean;
  readonly gender?: Gender;
  readonly vagueReason?: VagueReason;
}

export interface Phrase {
  readonly from: number;
  readonly to: number;
}

/** Words that open a clause before its subject: "wie die Behörde mitteilte", "dass er sagte". */
const CLAUSE_OPENERS = new Set(['wie', 'dass', 'und', 'aber', 'oder', 'doch', 'sondern', 'as', 'and', 'but', 'that', 'while', 'which', 'who', 'whom']);

/** Owners that make an unnamed group specific: institutions ("Experten des Instituts"). */
const INSTITUTION = /(?:institut|instituts|ministerium|ministeriums|amt|amts|amtes|regierung|behörde|zeitung|verband|verbands|verbandes|partei|gericht|gerichts|gerichtes|polizei|konzern|konzerns|bank|universität|hochschule|kommission|agentur|stiftung|kammer|senat|rat|rats|rates|bundestag|bundestags|landtag|landtags|zentrum|zentrums|klinik|klinikums|krankenkasse|unternehmen|unternehmens|vereins|verein|gewerkschaft|ministeriums)$/;

/** Words in -ern that are not dative plurals: places, "Konzern", "Stern". */
const NOT_PLURAL_ERN = /(?:^bern|luzern|konzern|kern|stern)$/;

const PROFESSION_PLURAL = /(?:ists|ians|ers|ors)$/;
const NOT_PROFESSIONS = new Set(['reuters', 'others', 'members', 'matters', 'headquarters', 'numbers', 'papers', 'letters', 'orders', 'powers', 'centers', 'centres']);

const OUTLET_NOUNS = /^(?:zeitung|portals?|redaktion|blatt(?:es)?|senders?|magazins?|newspaper|paper|site|publication|website)$/;

export class SourceReader {
  /** The sentence being read, for how far back a pronoun may look. */
  sentence = 0;

  constructor(
    private readonly text: string,
    private readonly lexicon: ClaimLexicon,
    private readonly persons: PersonIndex,
  ) {}

  private get de(): boolean {
    return this.lexicon.profile.code === 'de';
  }

  /** The noun phrase that starts at word `i` and runs forward, or undefined. */
  forward(words: readonly Word[], i: number, options: { allowApposition?: boolean; maxWords?: number } = {}): Phrase | undefined {
    const lex = this.lexicon;
    const max = options.maxWords ?? 10;
    if (i >= words.length || words[i]!.quoted) return undefined;
    const first = words[i]!;
    if (this.isPronoun(first.lower) && !(first.cap && i > 0 && !this.de)) {
      return { from: i, to: i + 1 };
    }
    let end = i;
    let sawNoun = false;
    // A capitalised adverb that opens the sentence ("Fast ein Drittel …") is not the noun.
    if (this.de && i === 0 && first.cap && words[1] && !words[1].boundary && lex.indefiniteArticles.has(words[1].lower) && this.persons.mentionsWithin(first.span).length === 0) {
      return this.forward(words, 1, options);
    }
    while (end < words.length && end - i < max) {
      const word = words[end]!;
      if (word.quoted || (end > i && word.boundary)) break;
      const lower = word.lower;
      if (!this.de && sawNoun && (lower === 'at' || lower === 'of' || lower === 'from' || lower === 'for')) {
        // An owner with a name belongs to the phrase: "analysts at Hartwell Securities".
        let k = end + 1;
        if (words[k] && lex.definiteArticles.has(words[k]!.lower)) k++;
        if (!words[k] || !words[k]!.cap || words[k]!.boundary) break;
        while (k < words.length && words[k]!.cap && !words[k]!.boundary && !words[k]!.quoted && k - end < 6) k++;
        end = k;
        break;
      }
      if (end > i && lex.phraseStops.has(lower) && !(sawNoun && this.isGenitiveArticle(lower) && this.de)) break;
      if (lex.definiteArticles.has(lower) || lex.indefiniteArticles.has(lower) || lex.determiners.has(lower) || lex.vagueQuantifiers.has(lower) || lex.ownOutletDeterminers.has(lower)) {
        if (sawNoun && !(this.de && this.isGenitiveArticle(lower))) break;
        end++;
        continue;
      }
      if (word.number) {
        end++;
        continue;
      }
      if (this.de) {
        if (word.cap) {
          sawNoun = true;
          end++;
          continue;
        }
        if (!sawNoun && /(?:e|en|er|es|em)$/.test(lower) && !lex.prepositions.has(lower) && !lex.conjunctions.has(lower) && !lex.reportingVerbs.has(lower)
          && !lex.subjunctiveI.has(lower) && !lex.subjunctiveII.has(lower) && !this.isPronoun(lower)) {
          // An adjective before its noun ("westlicher Geheimdienste").
          const next = words[end + 1];
          if (next && !next.boundary && !this.isPronoun(next.lower) && (next.cap || /(?:e|en|er|es|em)$/.test(next.lower))) {
            end++;
            continue;
          }
        }
        break;
      }
      // English: any word up to a stop, a verb we know or an auxiliary.
      if (lex.reportingVerbs.has(lower) || lex.auxiliaries.has(lower) || lex.passiveAuxiliaries.has(lower) || lex.conjunctions.has(lower)) break;
      if (lower === 'familiar' || lower === 'close' || lower === 'who' || lower === 'which') break;
      if (sawNoun && /ed$/.test(lower)) break;

      sawNoun = true;
      end++;
    }
    if (end === i) return undefined;
    // A name runs on over lower-case particles: "Tobias van der Meulen".
    const name = this.persons.mentionCovering(words[end - 1]!.span.start);
    if (name && name.to > end && name.to <= words.length && words[name.to - 1]!.span.end === name.span.end) end = name.to;
    if (options.allowApposition !== false) end = this.withApposition(words, end);
    return { from: i, to: end };
  }

  /** The subject at the start of the clause that begins at word `start`, skipping "wie" and "dass". */
  clauseSubject(words: readonly Word[], start: number, verb: number): Phrase | undefined {
    const lex = this.lexicon;
    let i = start;
    while (i < verb && CLAUSE_OPENERS.has(words[i]!.lower)) i++;
    if (i >= verb) return undefined;
    const first = words[i]!;
    if (lex.prepositions.has(first.lower) || first.number) return undefined;
    const article = lex.definiteArticles.has(first.lower) || lex.determiners.has(first.lower);
    if (lex.nonSubjectStarters.has(first.lower) && !(article && i + 1 < verb && words[i + 1]!.cap)) return undefined;
    // "ihr" before a noun is a possessive ("Ihr Vorsitzender …"), not an object.
    const possessive = lex.determiners.has(first.lower) && i + 1 < verb && words[i + 1]!.cap && !words[i + 1]!.boundary;
    if (lex.objectPronouns.has(first.lower) && !this.isPronoun(first.lower) && !possessive) return undefined;
    const phrase = this.forward(words, i, { maxWords: Math.max(1, verb - i) });
    if (!phrase) return undefined;
    // The subject must reach the verb, up to auxiliaries, adverbs or an apposition.
    return { from: phrase.from, to: Math.min(phrase.to, verb) };
  }

  /** The noun phrase that ends just before word `i`, read backward ("einer neuen Studie" zufolge). */
  backward(words: readonly Word[], i: number, maxWords = 6): Phrase | undefined {
    const lex = this.lexicon;
    let start = i;
    while (start > 0 && i - start < maxWords) {
      const word = words[start - 1]!;
      if (word.quoted) break;
      const lower = word.lower;
      const ok = word.cap || lex.definiteArticles.has(lower) || lex.indefiniteArticles.has(lower) || lex.determiners.has(lower)
        || lex.vagueQuantifiers.has(lower) || (this.de && /(?:e|en|er|es|em)$/.test(lower) && !lex.prepositions.has(lower) && !lex.reportingVerbs.has(lower) && !lex.subjunctiveI.has(lower));
      if (!ok) break;
      start--;
      if (words[start]!.boundary) break;
    }
    return start < i ? { from: start, to: i } : undefined;
  }

  /**
   * "Schätzungen zufolge", "laut Berechnungen": a kind of information with no owner, article or possessive
   * names no one (a document such as "einer Studie" is one particular source, and stays named).
   */
  ownerlessInformation(words: readonly Word[], phrase: Phrase): boolean {
    const lex = this.lexicon;
    const last = words[phrase.to - 1]!;
    return lex.sourceNouns.has(last.lower) && endsWithStem(last.lower, lex.documentNouns) === undefined
      && !words.slice(phrase.from, phrase.to - 1).some((w) => w.cap || lex.definiteArticles.has(w.lower) || lex.possessives.has(w.lower));
  }

  /** A source for the phrase, or undefined when it is empty. */
  classify(words: readonly Word[], phrase: Phrase, options: { pluralVerb?: boolean } = {}): Source | undefined {
    const lex = this.lexicon;
    const { from, to } = phrase;
    if (to <= from) return undefined;
    const span = { start: words[from]!.span.start, end: words[to - 1]!.span.end };
    const text = this.text.slice(span.start, span.end);
    const first = words[from]!;

    if (to - from === 1 && this.isPronoun(first.lower)) return this.pronounSource(first, span, text, options.pluralVerb === true);

    // The head group runs to the first genitive or preposition; the rest names its owner.
    let headEnd = from + 1;
    while (headEnd < to) {
      const lower = words[headEnd]!.lower;
      if (lex.prepositions.has(lower) || (this.de && this.isGenitiveArticle(lower) && headEnd > from)) break;
      if (this.de && words[headEnd - 1]!.cap && words[headEnd]!.cap && this.isGenitiveNoun(words[headEnd]!) && headEnd > from) break;
      if (words[headEnd]!.comma) break;
      headEnd++;
    }
    const head = this.headOf(words, from, headEnd);
    const owner = headEnd < to ? { from: headEnd, to } : undefined;

    const headLower = head?.lower ?? '';
    // "a voice called out", "jemand hatte geschrieben": someone, but no one the reader could ask.
    // "verspricht ein Plakat", "a banner read": words on a thing have no speaker either.
    if (lex.anonymousSubjects.has(headLower) || endsWithStem(headLower, lex.inscriptionNouns) !== undefined) return { kind: 'vague', text, span, name: text, vagueReason: 'impersonal' };
    const alwaysVague = endsWithStem(headLower, lex.alwaysVagueStems);
    const vagueHead = endsWithStem(headLower, lex.vagueSourceStems);
    const name = this.withoutArticle(words, from, to);
    // "aus dem Umfeld der Ministerin": a person as the owner of an unnamed circle is still no source.
    const mentionInHead = this.personMentionIn(words, from, headEnd);
    if (alwaysVague !== undefined && !mentionInHead) return { kind: 'vague', text, span, name, vagueReason: 'unnamed' };
    // "Its chief executive, Lorraine Pennington,": a role with no name of its own yields to the name in apposition.
    const whole = mentionInHead?.unresolved && headEnd < to ? this.personMentionIn(words, from, to) : undefined;
    const mention = whole && !whole.unresolved ? whole : mentionInHead ?? this.personMentionIn(words, from, to);
    if (this.de && options.pluralVerb && (!mention || mention.viaRole) && !this.isDeterminerLike(first.lower) && this.isBarePlural(words, from, headEnd)
      && !(owner && this.ownerIsNamed(words, owner))) {
      // "Hausbesitzer befürchten", "Ehemalige Pfleger berichten": a bare plural with no article names a kind of people.
      return { kind: 'vague', text, span, name, vagueReason: 'unnamed' };
    }
    if (mention) return mention;
    const appositionName = this.appositionName(words, from, to);
    if (appositionName) return { kind: 'named', text, span, name: appositionName };
    // "mehrerer Banken", "zwei Ministerien", "some investors": an unnamed selection.
    const quantified = words.slice(from, headEnd).some((w) => lex.unnamedQuantifiers.has(w.lower));
    if (quantified && !lex.definiteArticles.has(first.lower)) return { kind: 'vague', text, span, name, vagueReason: 'unnamed' };
    if (!this.de && headEnd - from <= 2 && !lex.definiteArticles.has(first.lower) && PROFESSION_PLURAL.test(headLower) && !NOT_PROFESSIONS.has(headLower)) {
      // "Meteorologists say", "Economists believe": a profession, not a source.
      return { kind: 'vague', text, span, name, vagueReason: 'unnamed' };
    }
    if (this.de && headEnd - from <= 2 && !lex.definiteArticles.has(first.lower) && this.isProfessionPlural(headLower)) {
      // "Meteorologen zufolge", "nach Einschätzung von Politologinnen": a profession, not a source.
      return { kind: 'vague', text, span, name, vagueReason: 'unnamed' };
    }
    const ownOutlet = words.slice(from, headEnd).some((w) => lex.ownOutletDeterminers.has(w.lower)) && OUTLET_NOUNS.test(headLower);
    if (ownOutlet) return { kind: 'vague', text, span, name, vagueReason: 'own-outlet' };
    if (alwaysVague !== undefined) return { kind: 'vague', text, span, name, vagueReason: 'unnamed' };
    // "Ein Nutzer schrieb", "a resident said": one particular, if anonymous, witness; "ein Diplomat" is still a hidden source.
    const oneWitness = lex.indefiniteArticles.has(first.lower) && headEnd - from <= 3 && !endsWithStem(headLower, lex.hiddenSourceStems);
    // "dem Jahresbericht des Verbunds": one particular document of an owner the article names.
    const definiteDocument = owner !== undefined && lex.definiteArticles.has(first.lower) && endsWithStem(headLower, lex.documentNouns) !== undefined;
    // "Dem Bericht zufolge" after "der Jahresbericht der Leitstelle": the document named before, taken up again.
    if (vagueHead !== undefined && !owner && this.documentNamedBefore(words, from, headEnd, span.start)) return { kind: 'named', text, span, name };
    if (vagueHead !== undefined && !oneWitness && !definiteDocument && !(owner && this.ownerIsNamed(words, owner))) {
      return { kind: 'vague', text, span, name, vagueReason: 'unnamed' };
    }
    if (this.de && head && head === first && headEnd - from === 1 && !owner && /ern$/.test(headLower) && !NOT_PLURAL_ERN.test(headLower)) {
      // A bare noun in the dative plural ("laut Teilnehmern", "von Notfallmedizinern") names a kind of people, not a source.
      return { kind: 'vague', text, span, name, vagueReason: 'unnamed' };
    }
    return { kind: 'named', text, span, name };
  }

  private pronounSource(word: Word, span: Span, text: string, pluralVerb: boolean): Source {
    const lex = this.lexicon;
    const lower = word.lower;
    // "The company said … Fares will rise, it added": the organisation last named, like "they".
    if (lex.pronounsOrganisation.has(lower)) return { kind: 'named', text, span, name: text, pronoun: true, plural: true, unresolved: true };
    if (lex.pronounsImpersonal.has(lower)) {
      return { kind: 'vague', text, span, name: text, pronoun: true, vagueReason: 'impersonal' };
    }
    const plural = lex.pronounsPlural.has(lower) && (pluralVerb || !lex.pronounsFemale.has(lower));
    if (plural) return { kind: 'named', text, span, name: text, pronoun: true, plural: true, unresolved: true };
    const gender: Gender = lex.pronounsFemale.has(lower) ? 'female' : lex.pronounsMale.has(lower) ? 'male' : 'unknown';
    const antecedent = this.persons.resolve(word.span.start, this.sentence, gender);
    if (!antecedent) return { kind: 'named', text, span, name: text, pronoun: true, unresolved: true, gender };
    const person = this.persons.personOf(antecedent);
    return {
      kind: 'named', text, span, name: person.named ? antecedent.text : person.name, person: person.id,
      nameSpan: antecedent.span, pronoun: true, gender, unresolved: !person.named,
    };
  }

  /** A person named inside the phrase: after a comma (apposition) if any, else the first. */
  private personMentionIn(words: readonly Word[], from: number, to: number): Source | undefined {
    const span = { start: words[from]!.span.start, end: words[to - 1]!.span.end };
    const mentions = this.persons.mentionsWithin(span);
    if (mentions.length === 0) return undefined;
    let chosen = mentions[0]!;
    for (const mention of mentions) {
      const firstWord = words.find((w) => w.span.start === mention.span.start);
      if (firstWord && firstWord.comma) chosen = mention;
    }
    // A named person wins over a role phrase that stands alone.
    const named = mentions.find((m) => this.persons.personOf(m).named && m.kind !== 'role');
    if (chosen.kind === 'role' && named) chosen = named;
    // "Halvorsen spokeswoman Kari Lindahl", "Verdi-Chefin Anna Roth": the name after a role noun heads the phrase.
    const afterRole = mentions.filter((m) => m.kind !== 'role' && m.from > from && this.persons.roleStemOf(words[m.from - 1]!) !== undefined).at(-1);
    if (afterRole && afterRole !== chosen && chosen.kind !== 'role' && !words[afterRole.from]!.comma) chosen = afterRole;
    const person = this.persons.personOf(chosen);
    const text = this.text.slice(span.start, span.end);
    return {
      kind: 'named', text, span, name: chosen.kind === 'role' && person.named ? person.name : chosen.kind === 'role' ? this.stripArticle(chosen.text) : chosen.text,
      person: person.id, nameSpan: chosen.kind === 'role' && person.named ? this.firstNameMention(person.id) ?? chosen.span : chosen.span,
      gender: person.gender, unresolved: !person.named, ...(chosen.kind === 'role' && { viaRole: true }),
    };
  }

  /** The name in a definite apposition: "Sein Verein, der VfL Wolfsburg" → "VfL Wolfsburg". */
  private appositionName(words: readonly Word[], from: number, to: number): string | undefined {
    for (let k = from + 1; k < to - 1; k++) {
      if (words[k]!.gap.trim() === ',' && this.lexicon.definiteArticles.has(words[k]!.lower) && words[k + 1]!.cap) {
        return this.text.slice(words[k + 1]!.span.start, words[to - 1]!.span.end);
      }
    }
    return undefined;
  }

  /** The span of the fullest mention of a person by name. */
  private firstNameMention(person: number): Span | undefined {
    return this.persons.longestNameSpan(person);
  }

  private ownerIsNamed(words: readonly Word[], owner: Phrase): boolean {
    const lex = this.lexicon;
    const first = words[owner.from]!;
    if (!this.de) {
      // "analysts at Hartwell Securities", "a spokesman for the ministry"; not "officials in Brussels".
      if (!['at', 'of', 'from', 'for', 'with'].includes(first.lower)) return false;
      const next = words[owner.from + 1];
      const afterThe = next && lex.definiteArticles.has(next.lower) ? words[owner.from + 2] : next;
      return afterThe !== undefined && afterThe.cap;
    }
    if (lex.prepositions.has(first.lower) && first.lower !== 'von') return false;
    const rest = first.lower === 'von' ? owner.from + 1 : owner.from;
    if (rest >= owner.to) return false;
    // Named when it holds an institution, an acronym or a name after a noun ("der Zeitung Aftenposten").
    const ownerWords = words.slice(rest, owner.to);
    return ownerWords.some((w, k) => /^\p{Lu}{2,}/u.test(w.text) || INSTITUTION.test(w.lower) || (k > 0 && w.cap && ownerWords[k - 1]!.cap));
  }

  private headOf(words: readonly Word[], from: number, to: number): Word | undefined {
    for (let k = to - 1; k >= from; k--) {
      const word = words[k]!;
      if (this.de ? word.cap : !this.lexicon.definiteArticles.has(word.lower)) return word;
    }
    return words[to - 1];
  }

  private withApposition(words: readonly Word[], end: number): number {
    // "…, Irina Belowa," or "…, Dmitri Peskow" at the end: a name in apposition.
    const next = words[end];
    if (next && !next.quoted && next.gap.trim() === ',' && this.lexicon.definiteArticles.has(next.lower)) {
      let k = end + 1;
      while (k < words.length && k - end < 5 && words[k]!.cap && !words[k]!.boundary && !words[k]!.quoted) k++;
      const after = words[k];
      if (k > end + 1 && (!after || after.comma)) return k;
    }
    if (!next || next.quoted || next.gap.trim() !== ',' || !next.cap) return end;
    let k = end;
    while (k < words.length && k - end < 4 && words[k]!.cap && !words[k]!.quoted && (k === end || !words[k]!.boundary)) k++;
    const after = words[k];
    const closes = !after || after.comma || after.gap.trimStart().startsWith(':');
    const isName = this.persons.mentionsWithin({ start: next.span.start, end: words[k - 1]!.span.end }).length > 0;
    return closes && isName ? k : end;
  }

  private withoutArticle(words: readonly Word[], from: number, to: number): string {
    let start = from;
    const lex = this.lexicon;
    while (start < to - 1 && (lex.definiteArticles.has(words[start]!.lower) || lex.indefiniteArticles.has(words[start]!.lower))) start++;
    return this.text.slice(words[start]!.span.start, words[to - 1]!.span.end);
  }

  private stripArticle(text: string): string {
    const parts = text.split(/\s+/);
    const lex = this.lexicon;
    while (parts.length > 1 && (lex.definiteArticles.has(parts[0]!.toLowerCase()) || lex.indefiniteArticles.has(parts[0]!.toLowerCase()))) parts.shift();
    return parts.join(' ');
  }

  /** One noun, perhaps after an adjective, with no article, determiner or quantifier: "Anwohner", "Ehemalige Mitarbeiter". */
  private isBarePlural(words: readonly Word[], from: number, headEnd: number): boolean {
    const group = words.slice(from, headEnd);
    const noun = group.at(-1)!;
    const lex = this.lexicon;
    if (group.length > 2 || !noun.cap || /^\p{Lu}{2,}/u.test(noun.text) || noun.number) return false;
    // A noun that cannot be a plural ("Als Hauptgrund nennen die Autoren …", "Ärztin") is not the subject of the plural verb.
    if (!/(?:e|n|er|el|s)$/.test(noun.lower) || /(?<!inn)in$/.test(noun.lower)) return false;
    const adjective = group.length === 2 ? group[0]! : undefined;
    if (adjective && (!/(?:e|en)$/.test(adjective.lower) || (adjective.cap && adjective !== words[0]) || this.isDeterminerLike(adjective.lower))) return false;
    return !lex.notNames.has(noun.lower) && !INSTITUTION.test(noun.lower) && this.persons.mentionsWithin(noun.span).every((m) => m.kind === 'role');
  }

  /** A definite, singular document noun ("dem Bericht", "the report") whose noun, alone or as a compound's end, the article used before. */
  private documentNamedBefore(words: readonly Word[], from: number, headEnd: number, before: number): boolean {
    const lex = this.lexicon;
    if (headEnd - from !== 2 || !lex.definiteArticles.has(words[from]!.lower)) return false;
    const noun = words[from + 1]!.lower;
    const singular = this.de ? noun.replace(/(?:e?s)$/, '') : noun;
    const stem = endsWithStem(noun, lex.documentNouns);
    if (stem !== noun && stem !== singular) return false;
    const earlier = this.text.slice(0, before).toLowerCase();
    return new RegExp(`${singular}(?:e?s)?\\b`, 'u').test(earlier);
  }

  private isDeterminerLike(lower: string): boolean {
    const lex = this.lexicon;
    return lex.definiteArticles.has(lower) || lex.indefiniteArticles.has(lower) || lex.determiners.has(lower) || lex.vagueQuantifiers.has(lower)
      || lex.unnamedQuantifiers.has(lower) || lex.ownOutletDeterminers.has(lower) || lex.prepositions.has(lower) || this.isPronoun(lower);
  }

  /** A German plural of a role noun: "Meteorologen", "Analysten", "Expertinnen". */
  private isProfessionPlural(lower: string): boolean {
    const singulars = lower.endsWith('innen') ? [lower.slice(0, -3)] : lower.endsWith('en') ? [lower.slice(0, -1), lower.slice(0, -2)] : [];
    return singulars.some((form) => form.length >= 5 && endsWithStem(form, this.lexicon.roleStems) !== undefined);
  }

  isPronoun(lower: string): boolean {
    const lex = this.lexicon;
    return lex.pronounsMale.has(lower) || lex.pronounsFemale.has(lower) || lex.pronounsPlural.has(lower) || lex.pronounsImpersonal.has(lower);
  }

  private isGenitiveArticle(lower: string): boolean {
    return lower === 'des' || lower === 'der' || lower === 'eines' || lower === 'einer' || lower === 'dieser' || lower === 'dieses';
  }

  /** German proper nouns in the genitive: "Moskaus", "Russlands". */
  private isGenitiveNoun(word: Word): boolean {
    return /s$/.test(word.text) && word.cap;
  }
}
