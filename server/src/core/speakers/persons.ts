/**
 * A cheap index of the people an article mentions, in text order, for
 * resolving "sagte sie", "he said" and "die Generalsekretärin" to a name. It
 * finds names next to given names, titles and role nouns and then every later
 * mention of the same surname. (The people index proper is another feature;
 * this one only serves speaker resolution.)
 */
import type { ClaimLexicon } from '../languages/claims';
import { endsWithStem } from '../languages/claims';
import type { Span } from '../text/span';
import type { Word } from './words';

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
}

const MAX_NAME_WORDS = 4;
/** Pronouns and role nouns look this many sentences back for their person. */
const PRONOUN_REACH = 6;
const ROLE_REACH = 2;

export class PersonIndex {
  readonly persons: Person[] = [];
  /** Every mention, in text order. */
  readonly mentions: PersonMention[] = [];
  private readonly bySurname = new Map<string, number>();

  constructor(private readonly text: string, private readonly lexicon: ClaimLexicon) {}

  /** Adds the mentions in one sentence; call in text order. */
  scanSentence(sentence: number, words: readonly Word[]): void {
    let i = 0;
    while (i < words.length) {
      const next = this.mentionAt(sentence, words, i);
      i = next > i ? next : i + 1;
    }
  }

  /**
   * Mentions of known surnames written before the person was introduced (a
   * headline "Vollmer: …" above "Generalsekretärin Henrike Vollmer"). Call
   * once per sentence after every sentence was scanned.
   */
  addEarlyMentions(sentence: number, words: readonly Word[]): void {
    let added = false;
    for (const word of words) {
      if (!word.cap || word.quoted || word.number) continue;
      const id = this.knownSurname(word.lower);
      if (id === undefined) continue;
      if (this.mentions.some((m) => m.span.start <= word.span.start && m.span.end >= word.span.end)) continue;
      this.mentions.push(this.mention(id, sentence, words, word.index, word.index + 1, 'surname'));
      added = true;
    }
    if (added) this.mentions.sort((a, b) => a.span.start - b.span.start);
  }

  personOf(mention: PersonMention): Person {
    return this.persons[mention.person]!;
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

  /** The most recent mention before `offset` whose person fits `gender`, at most a few sentences back. */
  resolve(offset: number, sentence: number, gender: Gender, reach = PRONOUN_REACH): PersonMention | undefined {
    for (let k = this.lastIndexBefore(offset); k >= 0; k--) {
      const mention = this.mentions[k]!;
      if (sentence - mention.sentence > reach) return undefined;
      const person = this.persons[mention.person]!;
      if (gender === 'unknown' || person.gender === 'unknown' || person.gender === gender) return mention;
    }
    return undefined;
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

  // ── Recognition ────────────────────────────────────────────────────────────

  /** Looks for a mention starting at word `i`; returns the index after it, or `i`. */
  private mentionAt(sentence: number, words: readonly Word[], i: number): number {
    const word = words[i]!;
    if (word.quoted || word.number) return i;
    const lex = this.lexicon;

    // A title: "Dr. Jonas Feldhaus", "Ms. Vollmer", "Frau Albers".
    if (this.isTitle(word) && i + 1 < words.length && this.startsName(words, i + 1)) {
      const end = this.nameEnd(words, i + 1);
      if (end > i + 1) {
        const gender: Gender = lex.femaleTitles.has(word.lower) ? 'female' : lex.maleTitles.has(word.lower) ? 'male' : 'unknown';
        this.addNamed(sentence, words, i + 1, end, gender, undefined);
        return end;
      }
    }

    // A role noun, with or without a name: "Generalsekretärin Henrike Vollmer", "die Belgierin".
    const role = this.roleStemOf(word);
    if (role !== undefined) return this.roleMention(sentence, words, i, role);

    // A given name and a surname: "Henrike Vollmer".
    if (word.cap && this.givenNameGender(word.lower) !== undefined && i + 1 < words.length && !words[i + 1]!.boundary) {
      const end = this.nameEnd(words, i);
      if (end > i + 1) {
        this.addNamed(sentence, words, i, end, this.givenNameGender(word.lower)!, undefined);
        return end;
      }
    }

    // A surname seen before, possibly in the genitive: "Vollmer", "Vollmers".
    if (word.cap) {
      const id = this.knownSurname(word.lower);
      if (id !== undefined) {
        this.mentions.push(this.mention(id, sentence, words, i, i + 1, 'surname'));
        return i + 1;
      }
    }
    return i;
  }

  private roleMention(sentence: number, words: readonly Word[], i: number, role: string): number {
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
    const gender = this.roleGender(words, i, words[end - 1]!, lastRole);
    // Directly followed by a name: "Landrat Peter Hohlweg", "Studienleiterin Reuter".
    if (end < words.length && !words[end]!.boundary && this.startsName(words, end)) {
      const nameEnd = this.nameEnd(words, end);
      if (nameEnd > end) {
        this.addNamed(sentence, words, end, nameEnd, gender, lastRole);
        return nameEnd;
      }
    }
    // Followed, after a genitive or a comma, by a name in apposition: "die Sprecherin des Ministeriums, Irina Belowa".
    const apposition = this.appositionAfter(words, end);
    if (apposition) {
      // The role phrase is a mention of the same person, so "sagte der Botschafter beim Pakt, X," finds X.
      const before = this.mentions.length;
      this.addNamed(sentence, words, apposition.from, apposition.to, gender, lastRole);
      const named = this.mentions[before]!;
      this.mentions.splice(before, 0, this.mention(named.person, sentence, words, i, end, 'role'));
      return apposition.to;
    }
    if (gender === 'plural') return end;
    this.addRoleOnly(sentence, words, i, end, gender, lastRole);
    return end;
  }

  private appositionAfter(words: readonly Word[], from: number): { from: number; to: number } | undefined {
    for (let k = from; k < words.length && k < from + 7; k++) {
      const word = words[k]!;
      if (word.quoted) return undefined;
      if (word.boundary) {
        if (!word.comma || word.gap.trim() !== ',') return undefined;
        if (word.cap && this.givenNameGender(word.lower) !== undefined) {
          const end = this.nameEnd(words, k);
          if (end > k + 1) return { from: k, to: end };
        }
        return undefined;
      }
    }
    return undefined;
  }

  private addNamed(sentence: number, words: readonly Word[], from: number, to: number, gender: Gender | 'plural', role: string | undefined): void {
    const surnameWord = words[to - 1]!.lower;
    const name = this.text.slice(words[from]!.span.start, words[to - 1]!.span.end);
    const genderFromName = this.givenNameGender(words[from]!.lower);
    const known = this.bySurname.get(surnameWord);
    let id: number;
    if (known !== undefined) {
      id = known;
      const person = this.persons[id]!;
      if (name.length > person.name.length) person.name = name;
      if (person.gender === 'unknown') person.gender = genderFromName ?? (gender === 'plural' ? 'unknown' : gender);
      if (role) person.roles.add(role);
    } else {
      id = this.persons.length;
      this.persons.push({
        id,
        name,
        surname: surnameWord,
        gender: genderFromName ?? (gender === 'plural' ? 'unknown' : gender),
        roles: new Set(role ? [role] : []),
        named: true,
      });
      this.bySurname.set(surnameWord, id);
    }
    this.mentions.push(this.mention(id, sentence, words, from, to, to - from > 1 ? 'name' : 'surname'));
  }

  private addRoleOnly(sentence: number, words: readonly Word[], from: number, to: number, gender: Gender, role: string): void {
    // The same role as a person seen before ("die Generalsekretärin"), else a
    // person of the same gender in the last sentences ("die Belgierin"), else a
    // person of its own ("ein Unternehmenssprecher").
    let id: number | undefined;
    for (let k = this.mentions.length - 1; k >= 0 && id === undefined; k--) {
      const person = this.persons[this.mentions[k]!.person]!;
      if (person.named && person.roles.has(role)) id = person.id;
    }
    if (id === undefined && gender !== 'unknown') {
      for (let k = this.mentions.length - 1; k >= 0; k--) {
        const mention = this.mentions[k]!;
        if (sentence - mention.sentence > ROLE_REACH) break;
        const person = this.persons[mention.person]!;
        if (person.named && person.gender === gender) {
          id = person.id;
          break;
        }
      }
    }
    if (id === undefined) {
      id = this.persons.length;
      const name = this.text.slice(words[from]!.span.start, words[to - 1]!.span.end);
      this.persons.push({ id, name, gender, roles: new Set([role]), named: false });
    }
    this.mentions.push(this.mention(id, sentence, words, from, to, 'role'));
  }

  private mention(person: number, sentence: number, words: readonly Word[], from: number, to: number, kind: MentionKind): PersonMention {
    const span = { start: words[from]!.span.start, end: words[to - 1]!.span.end };
    return { person, span, text: this.text.slice(span.start, span.end), sentence, kind, from, to };
  }

  // ── Word tests ─────────────────────────────────────────────────────────────

  private isTitle(word: Word): boolean {
    const lex = this.lexicon;
    return word.cap && (lex.femaleTitles.has(word.lower) || lex.maleTitles.has(word.lower) || lex.neutralTitles.has(word.lower));
  }

  /** The role stem of a role noun ("Außenamtssprecherin" → "sprecherin"), or undefined. */
  roleStemOf(word: Word): string | undefined {
    if (word.quoted || word.number) return undefined;
    const lex = this.lexicon;
    if (lex.profile.code === 'de' && !word.cap) return undefined;
    const lower = word.lower;
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

  private knownSurname(lower: string): number | undefined {
    const id = this.bySurname.get(lower);
    if (id !== undefined) return id;
    if (lower.endsWith('s') || lower.endsWith('’s') || lower.endsWith("'s")) {
      const base = lower.replace(/(?:['’]s|s)$/, '');
      return this.bySurname.get(base);
    }
    return undefined;
  }

  private isNameWord(word: Word): boolean {
    const lex = this.lexicon;
    return word.cap && !word.quoted && !word.number && !lex.notNames.has(word.lower) && this.roleStemOf(word) === undefined
      && !lex.definiteArticles.has(word.lower) && !lex.indefiniteArticles.has(word.lower) && !lex.titleWords.has(word.lower);
  }

  private startsName(words: readonly Word[], i: number): boolean {
    return this.isNameWord(words[i]!);
  }

  /** One past the last word of a name run starting at `i` (capitalised words, with particles between them). */
  private nameEnd(words: readonly Word[], i: number): number {
    if (!this.isNameWord(words[i]!)) return i;
    let end = i + 1;
    while (end < words.length && end - i < MAX_NAME_WORDS && !words[end]!.boundary) {
      const word = words[end]!;
      if (this.isNameWord(word)) {
        end++;
      } else if (this.lexicon.nameParticles.has(word.text) && end + 1 < words.length && !words[end + 1]!.boundary && this.isNameWord(words[end + 1]!)) {
        end += 2;
      } else break;
    }
    return end;
  }
}
