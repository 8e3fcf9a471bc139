/**
 * The people an article mentions, in text order, for resolving "sagte sie",
 * "he said" and "die Generalsekretärin" to a name. The names come from the
 * entity recogniser (core/entities), the one recogniser of people; this index
 * adds what speaker resolution needs on top of them: each person's gender
 * (given name, title, role noun) and the role nouns that stand for a person
 * without a name ("die Generalsekretärin", "ein Unternehmenssprecher").
 */
import type { Mention } from '../entities';
import type { ClaimLexicon } from '../languages/claims';
import { endsWithStem } from '../languages/claims';
import type { Span } from '../text/span';
import { firstWordEndingAfter, type Word } from './words';

export type Gender = 'female' | 'male' | 'unknown';

export interface Person {
  readonly id: number;
  /** The longest form seen: "Henrike Vollmer", or a role phrase ("Unternehmenssprecher") for an unnamed person. */
  name: string;
  /** Lower-case surname; absent for an unnamed person. */
  readonly surname?: string;
  gender: Gender;
  /** Role stems seen with this person ("generalsekretärin"). */
  readonly roles: Set<string>;
  readonly named: boolean;
}

export type MentionKind = 'name' | 'surname' | 'role';

export interface PersonMention {
  readonly person: number;
  /** The name or role phrase as written. */
  readonly span: Span;
  readonly text: string;
  readonly sentence: number;
  readonly kind: MentionKind;
  /** Index of the first and one past the last word of the mention within its sentence. */
  readonly from: number;
  readonly to: number;
  /** After a preposition ("laut Vollmer", "mit der Ministerin"): not the subject of its clause. */
  readonly oblique: boolean;
}

const MAX_NAME_WORDS = 4;
/** Role stems per word, shared by all articles of a language and bounded. */
const roleStemCaches = new WeakMap<ClaimLexicon, Map<string, string>>();
const ROLE_STEM_CACHE_LIMIT = 50_000;
const BRIDGE_PREFIX = 'speaker-person:';

/** A recognised name's words in its sentence. */
interface NameRange {
  readonly from: number;
  readonly to: number;
  readonly mention: Mention;
  /** The name as written, without a role noun or title before it. */
  readonly surface: string;
}

type WordShape = Pick<Word, 'lower' | 'cap' | 'quoted' | 'number'>;

/** Pronouns and role nouns look this many sentences back for their person. */
const PRONOUN_REACH = 6;
const ROLE_REACH = 2;
/** The role of an age noun ("der 61-Jährige"): fits anyone, and is never a role a person keeps. */
const AGE_ROLE = '#age';
/** Words between a name and its role: "Lindqvist ist seit 2021 Kapitänin", "Abernethy, the chair of …". */
const ROLE_AFTER_NAME_GAP = 4;

export class PersonIndex {
  readonly persons: Person[] = [];
  /** Every mention, in text order. */
  readonly mentions: PersonMention[] = [];
  private readonly byEntity = new Map<string, number>();
  /** Per person: the index of its latest mention, and the span of its longest mention by name. */
  private readonly lastMention: number[] = [];
  private readonly longestName: (Span | undefined)[] = [];
  /** Surnames of names found only after a role noun (see nameAfterRole), to their id. */
  private readonly bridged = new Map<string, string>();
  /** The recogniser's person mentions, by start. */
  private readonly names: readonly Mention[];

  /** `entities`: the article's mentions from the entity recogniser (other types are ignored). */
  constructor(private readonly text: string, private readonly lexicon: ClaimLexicon, entities: readonly Mention[]) {
    this.names = entities.filter((m) => m.type === 'person').sort((a, b) => a.span.start - b.span.start);
  }

  /** Adds the mentions in one sentence; call in text order. */
  scanSentence(sentence: number, words: readonly Word[]): void {
    if (words.length === 0) return;
    const starts = this.nameStarts(words);
    let i = 0;
    while (i < words.length) {
      const name = starts.get(i) ?? this.bridgedSurname(words, i) ?? this.nameAfterGivenName(words, i);
      if (name) {
        const person = this.addNamed(sentence, words, name, this.roleBefore(words, name.from));
        i = this.roleAfterName(sentence, words, name.to, person);
        continue;
      }
      const next = this.mentionAt(sentence, words, i, starts);
      i = next > i ? next : i + 1;
    }
  }

  personOf(mention: PersonMention): Person {
    return this.persons[mention.person]!;
  }

  /** The span of the person's longest mention by name (the first of equal length), if any. */
  longestNameSpan(person: number): Span | undefined {
    return this.longestName[person];
  }

  /** Mentions that lie inside `span`, in text order. */
  mentionsWithin(span: Span): PersonMention[] {
    const found: PersonMention[] = [];
    for (let k = this.lastIndexBefore(span.start) + 1; k < this.mentions.length; k++) {
      const m = this.mentions[k]!;
      if (m.span.start >= span.end) break;
      if (m.span.end <= span.end) found.push(m);
    }
    return found;
  }

  /** The mention that covers `offset`, if any. */
  mentionCovering(offset: number): PersonMention | undefined {
    const k = this.lastIndexBefore(offset + 1);
    const mention = k >= 0 ? this.mentions[k] : undefined;
    return mention && mention.span.end > offset ? mention : undefined;
  }

  /**
   * The person before `offset` that a pronoun of `gender` stands for, at most
   * a few sentences back: in the last sentence that mentions someone who fits,
   * the first one mentioned there that is not after a preposition, since the
   * subject comes first more often than the object ("Stadlhuber forderte
   * Weidacher auf … „…“, sagte er" is Stadlhuber).
   */
  resolve(offset: number, sentence: number, gender: Gender, reach = PRONOUN_REACH): PersonMention | undefined {
    let best: PersonMention | undefined;
    for (let k = this.lastIndexBefore(offset); k >= 0; k--) {
      const mention = this.mentions[k]!;
      if (sentence - mention.sentence > reach || (best && mention.sentence !== best.sentence)) break;
      const person = this.persons[mention.person]!;
      if (!(gender === 'unknown' || person.gender === 'unknown' || person.gender === gender)) continue;
      if (!best || !mention.oblique || best.oblique) best = mention;
    }
    return best;
  }

  private lastIndexBefore(offset: number): number {
    let low = 0;
    let high = this.mentions.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.mentions[middle]!.span.start < offset) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }

  // ── Names from the recogniser, role nouns of our own ───────────────────────

  /** The recogniser's names in this sentence, by first word, without role nouns or titles written inside them. */
  private nameStarts(words: readonly Word[]): Map<number, NameRange> {
    const starts = new Map<number, NameRange>();
    const first = words[0]!.span.start;
    const last = words[words.length - 1]!.span.end;
    let k = this.firstNameAtOrAfter(first);
    for (; k < this.names.length && this.names[k]!.span.start < last; k++) {
      const mention = this.names[k]!;
      const index = firstWordEndingAfter(words, mention.span.start);
      let from = index < words.length ? index : -1;
      let to = from;
      while (to < words.length && words[to]!.span.start < mention.span.end) to++;
      if (from < 0 || to <= from) continue;
      // "Geschäftsführer Tilman Rasch": the role belongs before the name, not in it.
      while (from < to - 1 && (this.roleStemOf(words[from]!) !== undefined || this.isTitle(words[from]!))) from++;
      if (words.slice(from, to).some((w) => w.quoted) || this.notAPerson(words, from, to)) continue;
      const start = Math.max(mention.span.start, words[from]!.span.start);
      const end = Math.min(mention.span.end, words[to - 1]!.span.end);
      starts.set(from, { from, to, mention, surface: this.text.slice(start, end) });
    }
    return starts;
  }

  /**
   * One word that this lexicon knows as a kind of source ("Medienberichten")
   * or that modifies the noun after it ("Security researchers", "Halvorsen
   * spokeswoman"): a source phrase for the attribution rules, not a person.
   */
  private notAPerson(words: readonly Word[], from: number, to: number): boolean {
    if (to - from !== 1) return false;
    const lex = this.lexicon;
    const word = words[from]!;
    if (endsWithStem(word.lower, lex.vagueSourceStems) !== undefined || lex.sourceNouns.has(word.lower)) return true;
    const next = words[to];
    if (!next || next.boundary || next.quoted || (lex.profile.code === 'de' && next.cap)) return false;
    return this.roleStemOf(next) !== undefined || endsWithStem(next.lower, lex.vagueSourceStems) !== undefined;
  }

  private firstNameAtOrAfter(offset: number): number {
    let low = 0;
    let high = this.names.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.names[middle]!.span.end <= offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** A role noun or title right before a name: "Landrat Peter Hohlweg", "Frau Albers", "die stellvertretende Sprecherin Anna Roth". */
  private roleBefore(words: readonly Word[], from: number): { role?: string; gender: Gender | 'plural' } {
    const previous = words[from - 1];
    if (!previous || words[from]!.boundary || previous.quoted) return { gender: 'unknown' };
    if (this.isTitle(previous)) {
      const lex = this.lexicon;
      return { gender: lex.femaleTitles.has(previous.lower) ? 'female' : lex.maleTitles.has(previous.lower) ? 'male' : 'unknown' };
    }
    let first = from - 1;
    let role = this.roleStemOf(previous);
    if (role === undefined && this.lexicon.titleWords.has(previous.lower)) {
      // "Foreign Minister Ann Smith": title words around the role.
      while (first > 0 && !words[first]!.boundary && this.roleStemOf(words[first - 1]!) === undefined && this.lexicon.titleWords.has(words[first - 1]!.lower)) first--;
      role = first > 0 && !words[first]!.boundary ? this.roleStemOf(words[first - 1]!) : undefined;
      if (role !== undefined) first--;
    }
    if (role === undefined) return { gender: 'unknown' };
    while (first > 0 && !words[first]!.boundary && this.roleStemOf(words[first - 1]!) !== undefined) first--;
    return { role, gender: this.roleGender(words, first, previous, role) };
  }

  /** Looks for a role-noun mention starting at word `i`; returns the index after it, or `i`. */
  private mentionAt(sentence: number, words: readonly Word[], i: number, names: ReadonlyMap<number, NameRange>): number {
    const word = words[i]!;
    if (word.quoted) return i;
    if (word.number) return this.isAgeNoun(words, i) ? this.ageMention(sentence, words, i) : i;
    const role = this.roleStemOf(word);
    return role !== undefined ? this.roleMention(sentence, words, i, role, names) : i;
  }

  private roleMention(sentence: number, words: readonly Word[], i: number, role: string, names: ReadonlyMap<number, NameRange>): number {
    const lex = this.lexicon;
    // The role phrase: role nouns and, in English, the title words around them.
    let end = i + 1;
    let lastRole = role;
    while (end < words.length && !words[end]!.boundary && !words[end]!.quoted) {
      const next = words[end]!;
      const nextRole = this.roleStemOf(next);
      if (nextRole !== undefined) {
        lastRole = nextRole;
        end++;
      } else if (lex.titleWords.has(next.lower) && next.cap) {
        end++;
      } else break;
    }
    // Directly followed by a name: the name carries the role ("Landrat Peter Hohlweg").
    if (names.has(end)) return end;
    // "Head teachers fear", "Chief economists": the role word modifies a group noun after it.
    const after = words[end];
    if (lex.profile.code === 'en' && after && !after.boundary && !after.quoted && !after.cap && endsWithStem(after.lower, lex.vagueSourceStems) !== undefined) return end;
    const unrecognised = this.nameAfterRole(words, end);
    if (unrecognised) {
      this.addNamed(sentence, words, unrecognised, { role: lastRole, gender: this.roleGender(words, i, words[end - 1]!, lastRole) });
      return unrecognised.to;
    }
    let gender = this.roleGender(words, i, words[end - 1]!, lastRole);
    // A German role noun with no article and no name is a plural ("Politikwissenschaftler gehen davon aus").
    if (gender === 'male' && lex.profile.code === 'de' && !this.hasDeterminer(words, i)) gender = 'plural';
    // Followed, after a genitive and a comma, by a name in apposition: "die Sprecherin des Ministeriums, Irina Belowa".
    const apposition = this.appositionAfter(words, end, names);
    if (apposition) {
      // The role phrase is a mention of the same person, so "sagte der Botschafter beim Pakt, X," finds X.
      const person = this.personFor(apposition, gender, lastRole);
      this.add(this.mention(person, sentence, words, i, end, 'role'));
      return end;
    }
    if (gender === 'plural') return end;
    this.addRoleOnly(sentence, words, i, end, gender, lastRole, this.isDefinite(words, i) && !this.hasOwner(words, end));
    return end;
  }

  /** "der 61-Jährige", "the 58-year-old": a person already introduced, of the article's gender. */
  private ageMention(sentence: number, words: readonly Word[], i: number): number {
    const gender = this.lexicon.profile.code === 'de' ? this.articleGender(words, i) : 'unknown';
    if (gender === 'plural') return i + 1;
    this.addRoleOnly(sentence, words, i, i + 1, gender, AGE_ROLE, true);
    return i + 1;
  }

  private isAgeNoun(words: readonly Word[], i: number): boolean {
    const lex = this.lexicon;
    if (!lex.ageNoun.test(words[i]!.text)) return false;
    if (lex.profile.code === 'de') return true;
    // "the 58-year-old added", not "the 58-year-old farmer".
    const next = words[i + 1];
    return !next || next.boundary || next.quoted || lex.reportingVerbs.has(next.lower) || lex.auxiliaries.has(next.lower) || lex.particleVerbs.has(next.lower) || next.lower === 'who';
  }

  /** The gender a German article before word `i` gives its noun, skipping adjectives: "die 27-Jährige", "der Mediziner". */
  private articleGender(words: readonly Word[], i: number): Gender | 'plural' {
    const lex = this.lexicon;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const w = words[k]!;
      if (words[k + 1]!.boundary) break;
      const lower = w.lower;
      if (lower === 'der' || lower === 'des' || lower === 'dem' || lower === 'ein' || lower === 'eines' || lower === 'einem') return 'male';
      if (lower === 'die' || lower === 'eine' || lower === 'einer') return words[i]!.lower.endsWith('n') && lower === 'die' ? 'plural' : 'female';
      if (lower === 'den') return 'male';
      if (lex.definiteArticles.has(lower) || lex.indefiniteArticles.has(lower) || w.cap || w.quoted) break;
    }
    return 'unknown';
  }

  /** An article, determiner or possessive before word `i`, over adjectives. */
  private hasDeterminer(words: readonly Word[], i: number): boolean {
    const lex = this.lexicon;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (words[k + 1]!.boundary) return false;
      const w = words[k]!;
      if (lex.definiteArticles.has(w.lower) || lex.indefiniteArticles.has(w.lower) || lex.determiners.has(w.lower) || lex.possessives.has(w.lower)) return true;
      if (w.cap || w.quoted || !/(?:e|en|er|es|em)$/.test(w.lower)) return false;
    }
    return false;
  }

  /** A definite article (or demonstrative) before the role phrase that starts at word `i`, over adjectives. */
  private isDefinite(words: readonly Word[], i: number): boolean {
    const lex = this.lexicon;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (words[k + 1]!.boundary) return false;
      const w = words[k]!;
      if (lex.definiteArticles.has(w.lower)) return true;
      if (w.quoted || w.number || lex.indefiniteArticles.has(w.lower) || lex.prepositions.has(w.lower) || lex.possessives.has(w.lower)) return false;
      if (lex.profile.code === 'de' && (w.cap || !/(?:e|en|er|es|em)$/.test(w.lower))) return false;
      if (lex.profile.code === 'en' && (w.cap || lex.reportingVerbs.has(w.lower) || /['’]s$/.test(w.lower))) return false;
    }
    return false;
  }

  /** A genitive or "von"/"of" phrase after the role: "die Sprecherin des Ministeriums" introduces someone new. */
  private hasOwner(words: readonly Word[], end: number): boolean {
    const next = words[end];
    if (!next || next.boundary || next.quoted) return false;
    const lower = next.lower;
    return this.lexicon.profile.code === 'de'
      ? lower === 'des' || lower === 'der' || lower === 'eines' || lower === 'einer' || lower === 'von' || lower === 'vom'
      : lower === 'of' || lower === 'at' || lower === 'for';
  }

  /**
   * A name right after a role noun that the entity recogniser did not mark
   * ("Kreisbrandmeister Uwe Tiedemann" when it does not know the role): a
   * bridge for speakers only, kept in this article under its surname, until
   * the recogniser knows every role noun that this lexicon knows.
   */
  private nameAfterRole(words: readonly Word[], i: number): NameRange | undefined {
    const first = words[i];
    if (!first || first.boundary || !this.isNameWord(first)) return undefined;
    let end = i + 1;
    while (end < words.length && end - i < MAX_NAME_WORDS && !words[end]!.boundary) {
      const word = words[end]!;
      if (this.isNameWord(word)) {
        end++;
        continue;
      }
      // Particles before the surname: "van der Meulen".
      let k = end;
      while (k < words.length && k - end < 3 && !words[k]!.boundary && this.lexicon.nameParticles.has(words[k]!.text)) k++;
      if (k === end || k >= words.length || words[k]!.boundary || !this.isNameWord(words[k]!)) break;
      end = k + 1;
    }
    const span = { start: first.span.start, end: words[end - 1]!.span.end };
    const surface = this.text.slice(span.start, span.end);
    const surname = words[end - 1]!.lower;
    const mention: Mention = { span, entityId: `${BRIDGE_PREFIX}${surname}`, type: 'person', surface, name: surface, form: end - i > 1 ? 'full' : 'surname' };
    this.bridged.set(surname, mention.entityId);
    return { from: i, to: end, mention, surface };
  }

  /** A later mention of a bridged surname ("Tiedemann", genitive "Tiedemanns"). */
  private bridgedSurname(words: readonly Word[], i: number): NameRange | undefined {
    const word = words[i]!;
    if (!word.cap || word.quoted || this.bridged.size === 0) return undefined;
    const id = this.bridged.get(word.lower) ?? this.bridged.get(word.lower.replace(/(?:['’]s|s)$/, ''));
    if (!id) return undefined;
    const mention: Mention = { span: word.span, entityId: id, type: 'person', surface: word.text, name: word.text, form: 'surname' };
    return { from: i, to: i + 1, mention, surface: word.text };
  }

  private isNameWord(word: Word): boolean {
    const lex = this.lexicon;
    return word.cap && !word.quoted && !word.number && !lex.notNames.has(word.lower) && this.roleStemOf(word) === undefined
      && !lex.definiteArticles.has(word.lower) && !lex.indefiniteArticles.has(word.lower) && !lex.titleWords.has(word.lower);
  }

  private appositionAfter(words: readonly Word[], from: number, names: ReadonlyMap<number, NameRange>): NameRange | undefined {
    for (let k = from; k < words.length && k < from + 7; k++) {
      const word = words[k]!;
      if (word.quoted) return undefined;
      if (word.boundary) return word.comma && word.gap.trim() === ',' ? names.get(k) : undefined;
    }
    return undefined;
  }

  private addNamed(sentence: number, words: readonly Word[], name: NameRange, before: { role?: string; gender: Gender | 'plural' }): number {
    const role = before.role ?? this.roleOfMention(name.mention);
    const roleText = name.mention.role;
    const gender = before.role === undefined && roleText !== undefined
      ? role !== undefined ? this.genderOfRoleText(roleText, role) : this.genderOfUnknownRole(roleText)
      : before.gender;
    const id = this.personFor(name, gender, role);
    const kind: MentionKind = name.to - name.from > 1 ? 'name' : 'surname';
    this.add(this.mention(id, sentence, words, name.from, name.to, kind));
    return id;
  }

  /**
   * A role given right after a name, in apposition or after a copula:
   * "Abernethy, the chair of the trust,", "Lindqvist ist seit 2021
   * Kapitänin". The role joins the person, so "die Kapitänin" finds her
   * later; returns the index after the role, or `i`.
   */
  private roleAfterName(sentence: number, words: readonly Word[], i: number, person: number): number {
    const lex = this.lexicon;
    const de = lex.profile.code === 'de';
    const first = words[i];
    if (!first || first.quoted) return i;
    const apposition = first.comma && first.gap.trim() === ',';
    const copula = !first.boundary && lex.copulas.has(first.lower);
    if (!apposition && !copula) return i;
    let k = copula ? i + 1 : i;
    for (; k < words.length && k - i <= ROLE_AFTER_NAME_GAP; k++) {
      const word = words[k]!;
      if (word.quoted || (k > i && word.boundary)) return i;
      const role = this.roleStemOf(word);
      if (role !== undefined) {
        const target = this.persons[person]!;
        target.roles.add(role);
        if (target.gender === 'unknown') {
          const gender = de ? this.predicateGender(words, k, role) : this.roleGender(words, k, word, role);
          if (gender !== 'plural') target.gender = gender;
        }
        this.add(this.mention(person, sentence, words, k, k + 1, 'role'));
        return k + 1;
      }
      // Articles, adjectives and adverbials before the role; a noun of another kind ends the search.
      if (de ? word.cap && !lex.definiteArticles.has(word.lower) && !lex.indefiniteArticles.has(word.lower) : word.cap) return i;
      if (lex.reportingVerbs.has(word.lower)) return i;
    }
    return i;
  }

  /** A German role noun after "ist" or in apposition: "-in" is a woman, "Vorsitzende" needs its article. */
  private predicateGender(words: readonly Word[], k: number, role: string): Gender {
    if (role.endsWith('in') && !role.endsWith('ein')) return 'female';
    const article = this.articleGender(words, k);
    if (article !== 'unknown' && article !== 'plural') return article;
    return words[k]!.lower.endsWith('e') ? 'unknown' : 'male';
  }

  /** A role the lexicon does not know, as the recogniser read it ("Langstreckenläuferin"): German "-in" is a woman. */
  private genderOfUnknownRole(roleText: string): Gender | 'plural' {
    if (this.lexicon.profile.code !== 'de') return 'unknown';
    const head = roleText.split(/\s+/).find((w) => /^\p{Lu}/u.test(w));
    return head && /\p{Ll}in$/u.test(head) && !/ein$/.test(head) ? 'female' : 'unknown';
  }

  /**
   * A known given name and a capitalised word that the recogniser did not
   * mark ("Der Altersmediziner Tobias Grünwald-Ekici"): a bridge like
   * nameAfterRole.
   */
  private nameAfterGivenName(words: readonly Word[], i: number): NameRange | undefined {
    const word = words[i]!;
    if (!word.cap || word.quoted || this.givenNameGender(word.lower) === undefined) return undefined;
    const next = words[i + 1];
    if (!next || next.boundary || !this.isNameWord(next)) return undefined;
    return this.nameAfterRole(words, i);
  }

  /** The person a recognised name stands for, created on first sight; its gender and roles are filled in as they appear. */
  private personFor(name: NameRange, gender: Gender | 'plural', role: string | undefined): number {
    const mention = name.mention;
    const surface = name.surface;
    const parts = surface.split(/\s+/);
    const genderFromName = parts.length > 1 ? this.firstNameGender(parts[0]!.toLowerCase()) : this.givenNameGender(parts[0]!.toLowerCase());
    const known = this.byEntity.get(mention.entityId);
    if (known !== undefined) {
      const person = this.persons[known]!;
      if (surface.length > person.name.length && name.to - name.from > 1) person.name = surface;
      if (person.gender === 'unknown') person.gender = genderFromName ?? (gender === 'plural' ? 'unknown' : gender);
      if (role) person.roles.add(role);
      return known;
    }
    const id = this.persons.length;
    this.persons.push({
      id,
      name: surface,
      surname: parts[parts.length - 1]!.toLowerCase().replace(/(?:['’]s)$/, ''),
      gender: genderFromName ?? (gender === 'plural' ? 'unknown' : gender),
      roles: new Set(role ? [role] : []),
      named: true,
    });
    this.byEntity.set(mention.entityId, id);
    return id;
  }

  /** The role stem of the recogniser's role text ("Sprecherin des Ministeriums" → "sprecherin"). */
  private roleOfMention(mention: Mention): string | undefined {
    if (!mention.role) return undefined;
    for (const part of mention.role.split(/\s+/)) {
      const stem = this.roleStemOf(shapeOf(part));
      if (stem !== undefined) return stem;
    }
    return undefined;
  }

  private genderOfRoleText(roleText: string, role: string): Gender {
    const lex = this.lexicon;
    const head = roleText.split(/\s+/).find((w) => this.roleStemOf(shapeOf(w)) !== undefined) ?? roleText;
    const lower = head.toLowerCase();
    if (endsWithStem(lower, lex.maleRoleStems)) return 'male';
    if (lex.profile.code === 'en') return endsWithStem(lower, lex.femaleRoleStems) ? 'female' : 'unknown';
    if (role.endsWith('in') && !role.endsWith('ein')) return 'female';
    return lower.endsWith('e') ? 'unknown' : 'male';
  }

  /**
   * A role phrase with no name. The same role as a person seen before ("die
   * Generalsekretärin"); for a definite one with no owner ("der
   * CDU-Politiker", "the chair", "die 27-Jährige"), the last person of that
   * gender whose roles are of the same field; else a person of the same
   * gender in the last sentences ("die Belgierin"); else a person of its own
   * ("ein Unternehmenssprecher").
   */
  private addRoleOnly(sentence: number, words: readonly Word[], from: number, to: number, gender: Gender, role: string, anaphoric = false): void {
    let id: number | undefined;
    if (role !== AGE_ROLE) id = this.lastFitting(sentence, 'unknown', (person) => person.roles.has(role), Infinity);
    if (id === undefined && anaphoric) {
      // A role of the same field is as strong as the same role; anything else only nearby.
      id = this.lastFitting(sentence, gender, (person) => this.sameField(person, role), Infinity)
        ?? this.lastFitting(sentence, gender, (person) => this.roleFits(person, role));
      if (id !== undefined && role !== AGE_ROLE) this.persons[id]!.roles.add(role);
    } else if (id === undefined && gender !== 'unknown') {
      id = this.lastFitting(sentence, gender, () => true, ROLE_REACH, true);
    }
    if (id === undefined) {
      id = this.persons.length;
      const name = this.text.slice(words[from]!.span.start, words[to - 1]!.span.end);
      this.persons.push({ id, name, gender, roles: new Set(role === AGE_ROLE ? [] : [role]), named: false });
    }
    this.add(this.mention(id, sentence, words, from, to, 'role'));
  }

  /**
   * The named person mentioned last, within `reach` sentences, of `gender`
   * (strictly, or also unknown) that `fits`. Goes over the people, not the
   * mentions, so a long article costs no more per role noun than its cast.
   */
  private lastFitting(sentence: number, gender: Gender, fits: (person: Person) => boolean, reach = PRONOUN_REACH, strict = false): number | undefined {
    let best: number | undefined;
    for (const person of this.persons) {
      const last = this.lastMention[person.id];
      if (!person.named || last === undefined || (best !== undefined && last < this.lastMention[best]!)) continue;
      if (sentence - this.mentions[last]!.sentence > reach) continue;
      const genderFits = strict ? person.gender === gender : gender === 'unknown' || person.gender === 'unknown' || person.gender === gender;
      if (genderFits && fits(person)) best = person.id;
    }
    return best;
  }

  /** Could a person with these roles be called `role`? Yes for an age or nationality, a person of no known role, or a role of the same field. */
  private roleFits(person: Person, role: string): boolean {
    if (role === AGE_ROLE || person.roles.size === 0) return true;
    return this.lexicon.roleFamilies.has(role) ? this.sameField(person, role) : this.lexicon.personNouns.has(role);
  }

  private sameField(person: Person, role: string): boolean {
    const families = this.lexicon.roleFamilies.get(role);
    if (!families) return false;
    for (const other of person.roles) {
      if (this.lexicon.roleFamilies.get(other)?.some((f) => families.includes(f))) return true;
    }
    return false;
  }

  private add(mention: PersonMention): void {
    this.lastMention[mention.person] = this.mentions.length;
    this.mentions.push(mention);
    if (mention.kind === 'role') return;
    const longest = this.longestName[mention.person];
    if (!longest || mention.span.end - mention.span.start > longest.end - longest.start) this.longestName[mention.person] = mention.span;
  }

  private mention(person: number, sentence: number, words: readonly Word[], from: number, to: number, kind: MentionKind): PersonMention {
    const span = { start: words[from]!.span.start, end: words[to - 1]!.span.end };
    return { person, span, text: this.text.slice(span.start, span.end), sentence, kind, from, to, oblique: this.afterPreposition(words, from) };
  }

  /** A preposition before the phrase, over its article, adjectives, titles and role nouns. */
  private afterPreposition(words: readonly Word[], from: number): boolean {
    const lex = this.lexicon;
    for (let k = from - 1; k >= 0; k--) {
      if (words[k + 1]!.boundary) return false;
      const word = words[k]!;
      if (word.quoted) return false;
      if (lex.prepositions.has(word.lower)) return true;
      const inPhrase = lex.definiteArticles.has(word.lower) || lex.indefiniteArticles.has(word.lower) || lex.determiners.has(word.lower)
        || this.isTitle(word) || lex.titleWords.has(word.lower) || this.roleStemOf(word) !== undefined || (!word.cap && /(?:e|en|er|es|em)$/.test(word.lower));
      if (!inPhrase) return false;
    }
    return false;
  }

  // ── Word tests ─────────────────────────────────────────────────────────────

  private isTitle(word: WordShape): boolean {
    const lex = this.lexicon;
    return word.cap && (lex.femaleTitles.has(word.lower) || lex.maleTitles.has(word.lower) || lex.neutralTitles.has(word.lower));
  }

  /** The role stem of a role noun ("Außenamtssprecherin" → "sprecherin"), or undefined. */
  roleStemOf(word: WordShape): string | undefined {
    if (word.quoted || word.number) return undefined;
    const lex = this.lexicon;
    if (lex.profile.code === 'de' && !word.cap) return undefined;
    let cache = roleStemCaches.get(lex);
    if (!cache) roleStemCaches.set(lex, (cache = new Map()));
    const cached = cache.get(word.lower);
    if (cached !== undefined) return cached === '' ? undefined : cached;
    const stem = this.computeRoleStem(word.lower);
    if (cache.size < ROLE_STEM_CACHE_LIMIT) cache.set(word.lower, stem ?? '');
    return stem;
  }

  private computeRoleStem(lower: string): string | undefined {
    const lex = this.lexicon;
    const bare = lower.slice(lower.lastIndexOf('-') + 1);
    if (lex.personNouns.has(bare)) return bare;
    let stem = endsWithStem(lower, lex.roleStems);
    // The genitive: "des NATO-Generalsekretärs", "des Sprechers".
    if (stem === undefined && lex.profile.code === 'de' && /(?:s|es)$/.test(lower)) stem = endsWithStem(lower.replace(/e?s$/, ''), lex.roleStems);
    if (stem === undefined) return undefined;
    // German compounds end with the role ("WSP-Generalsekretärin"); English role words stand alone.
    if (lex.profile.code === 'en' && lower !== stem) return undefined;
    return stem;
  }

  private roleGender(words: readonly Word[], first: number, last: Word, role: string): Gender | 'plural' {
    const lex = this.lexicon;
    if (endsWithStem(last.lower, lex.maleRoleStems)) return 'male';
    if (lex.profile.code === 'en') return endsWithStem(last.lower, lex.femaleRoleStems) ? 'female' : 'unknown';
    const before = words[first - 1];
    let article = before && !words[first]!.boundary ? before.lower : undefined;
    // Skip adjectives back to the article: "die stellvertretende Sprecherin".
    for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
      const w = words[k]!;
      if (lex.definiteArticles.has(w.lower) || lex.indefiniteArticles.has(w.lower) || lex.determiners.has(w.lower)) {
        article = w.lower;
        break;
      }
      if (w.cap || w.boundary) break;
    }
    const female = role.endsWith('in') && !role.endsWith('ein');
    if (female) return 'female';
    if (article === 'die' || article === 'ihre' || article === 'seine' || article === 'eine') {
      // "die Vorsitzende" is a woman; "die Forscher" are several people.
      return last.lower.endsWith('e') ? 'female' : 'plural';
    }
    return 'male';
  }

  private givenNameGender(lower: string): Gender | undefined {
    if (this.lexicon.femaleNames.has(lower)) return 'female';
    if (this.lexicon.maleNames.has(lower)) return 'male';
    return undefined;
  }

  /** The gender of the first word of a full name: from the lists, else guessed from its ending. */
  private firstNameGender(lower: string): Gender | undefined {
    const listed = this.givenNameGender(lower);
    if (listed) return listed;
    const lex = this.lexicon;
    return lower.length >= 3 && /^\p{L}+$/u.test(lower) && lower.endsWith(lex.femaleNameEnding) && !lex.maleNamesWithFemaleEnding.has(lower) ? 'female' : undefined;
  }
}

function shapeOf(text: string): WordShape {
  return { lower: text.toLowerCase(), cap: /^\p{Lu}/u.test(text), quoted: false, number: false };
}
