/**
 * The state one recognition pass shares between its rules: the tokens, which
 * rule has claimed which token, statistics over the article (words seen in
 * lower case, words after a determiner) and the word classes (role noun?
 * title? could it be a name?) that the rules ask about.
 */
import type { Article } from '../article/types';
import type { EntityLexicon, PhraseTarget } from './lexicon';
import { entityLexiconFor } from './lexicon';
import { previousChar, readTokens, type Tok } from './recognitionTokens';
import { ADJECTIVE_ENDING, FEMININE_PERSON_NOUN, HAS_LOWER, NAME_SHAPE, NONE, PLAIN_GAP, ROLE_COMPLEMENT, STRONG, WEAK } from './shapes';
import type { EntityType, MentionForm, PersonCue } from './types';

export type { Tok } from './recognitionTokens';

/** A span of tokens a rule has taken for an entity. */
export interface Claim {
  readonly first: number;
  readonly last: number;
  readonly type: EntityType;
  /** Local entity key, turned into an entity id at the end. */
  key: string;
  readonly name: string;
  readonly form: MentionForm;
  readonly cue?: PersonCue;
  readonly role?: string;
  readonly title?: string;
  readonly target?: PhraseTarget;
  /** Where the mention ends when it reaches past its last token ("Frankfurt (Oder)"). */
  readonly endOffset?: number;
}

const WORD_CACHE_LIMIT = 100_000;
const wordCaches = new Map<string, Map<string, boolean>>();

/** Word classifications (role noun? noun suffix?) per language, shared by all articles and bounded. */
function wordCache(language: string): Map<string, boolean> {
  let cache = wordCaches.get(language);
  if (!cache) {
    cache = new Map();
    wordCaches.set(language, cache);
  }
  return cache;
}

/** German pronouns of polite address are capitalised inside a sentence and are no names. */
const CAPITALISED_PRONOUNS = new Set(['sie', 'ihr', 'ihre', 'ihrer', 'ihrem', 'ihren', 'ihres', 'ihnen', 'du', 'dich', 'dir', 'dein', 'euch', 'euer']);

export class RecognitionContext {
  readonly lex: EntityLexicon;
  readonly text: string;
  readonly toks: readonly Tok[];
  /** Per token, the index of the claim that owns it, or -1. */
  readonly owner: Int32Array;
  readonly claims: Claim[] = [];
  readonly lowerSeen = new Set<string>();
  readonly nounMarked = new Set<string>();
  /** Acronym → organisation key, from "Wiener Sicherheitspakt (WSP)". */
  readonly orgAliases = new Map<string, string>();
  /** Organisation key → name as first written. */
  readonly orgNames = new Map<string, string>();
  /** Places found from context (a dateline, a preposition), name → key: later uses of the name are linked. */
  readonly contextPlaces = new Map<string, string>();
  /** Gazetteer ids of names that are also words or given names, once a place preposition has made them places here. */
  readonly confirmedAmbiguousPlaces = new Set<string>();
  /** Organisations found from context (a descriptor, a legal form), name → key: other uses of the name are linked. */
  readonly contextOrganisations = new Map<string, string>();
  /** A company's name without its trade noun ("Glenbrannoch" for "Glenbrannoch Distillery Ltd"), linked only where no person has it. */
  readonly shortOrganisationNames = new Map<string, string>();
  private readonly headCache: Map<string, boolean>;
  private readonly classes: Int8Array;
  /** Per token: -1 not yet known, 0 no role noun, 1 role noun. */
  private readonly roles: Int8Array;

  constructor(readonly article: Article) {
    this.lex = entityLexiconFor(article.language);
    this.text = article.text;
    this.headCache = wordCache(article.language);
    this.toks = readTokens(article);
    this.owner = new Int32Array(this.toks.length).fill(-1);
    this.classes = new Int8Array(this.toks.length).fill(-1);
    this.roles = new Int8Array(this.toks.length).fill(-1);
    this.collectStatistics();
  }

  previousChar(offset: number, limit: number): string {
    return previousChar(this.text, offset, limit);
  }

  private collectStatistics(): void {
    const german = this.article.language === 'de';
    for (let i = 0; i < this.toks.length; i++) {
      const t = this.toks[i]!;
      if (!t.word) continue;
      if (!t.cap) {
        this.lowerSeen.add(t.lower);
        continue;
      }
      if (!german || t.first) continue;
      const p = this.toks[i - 1]!;
      if (p.sentence !== t.sentence || !this.plainGap(i)) continue;
      // "von der Leyen", "van den Berg": the article is a name particle.
      if ((p.lower === 'der' || p.lower === 'den') && /^v[ao]n$/u.test(this.toks[i - 2]?.lower ?? '')) continue;
      // "die 81-jährige Waltraud": an age makes no noun of the name after it.
      if (!p.word && this.lex.data.agePattern?.test(this.text.slice(p.start, t.start))) continue;
      // "das Ebersmoor Echo": a name before a title's head word is no common noun.
      const n = this.toks[i + 1];
      if (n && n.cap && n.word && n.sentence === t.sentence && this.plainGap(i + 1) && this.lex.mediaHeads.has(n.lower)) continue;
      // "die Wehlen Hallenbau GmbH": the article belongs to a company named after its owner, not to the name.
      if (n && n.cap && n.word && n.sentence === t.sentence && this.plainGap(i + 1) && this.legalFormWithin(i + 1, 3)) continue;
      if (!p.word || ((!p.cap || p.first) && this.lex.determiners.has(p.lower))) {
        this.nounMarked.add(t.lower);
        continue;
      }
      // Determiner or preposition, adjective, noun: "der russischen Präsidenten", "mit großer Sorge".
      const pp = this.toks[i - 2];
      if (!p.cap && this.isAdjective(p) && pp && pp.sentence === t.sentence && !pp.cap && (this.lex.determiners.has(pp.lower) || ROLE_COMPLEMENT.has(pp.lower) || this.lex.stopWords.has(pp.lower))) {
        this.nounMarked.add(t.lower);
      }
    }
  }

  /** A company's legal form ("GmbH", "AG") among the next few tokens of the sentence. */
  private legalFormWithin(from: number, count: number): boolean {
    for (let k = from; k < from + count; k++) {
      const u = this.toks[k];
      if (!u || u.sentence !== this.toks[from]!.sentence) return false;
      if (this.lex.legalSuffixes.has(u.base)) return true;
    }
    return false;
  }

  isAdjective(t: Tok): boolean {
    return !t.cap && t.lower.length > 3 && ADJECTIVE_ENDING.test(t.lower) && !this.lex.stopWords.has(t.lower) && !this.lex.speakerVerbs.has(t.lower);
  }

  gap(i: number): string | undefined {
    if (i <= 0) return undefined;
    const a = this.toks[i - 1]!;
    const b = this.toks[i]!;
    if (a.sentence !== b.sentence) return undefined;
    return this.text.slice(a.end, b.start);
  }

  plainGap(i: number): boolean {
    const g = this.gap(i);
    return g !== undefined && PLAIN_GAP.test(g);
  }

  sameSentence(i: number, j: number): boolean {
    return i >= 0 && j >= 0 && i < this.toks.length && j < this.toks.length && this.toks[i]!.sentence === this.toks[j]!.sentence;
  }

  free(i: number): boolean {
    return i >= 0 && i < this.toks.length && this.owner[i] === -1;
  }

  claim(c: Claim): void {
    const index = this.claims.length;
    this.claims.push(c);
    for (let i = c.first; i <= c.last; i++) this.owner[i] = index;
  }

  /** Whether the (last part of the) word ends with one of the heads, with an allowed ending. */
  matchesHead(word: string, heads: ReadonlySet<string>, kind: string): boolean {
    const cacheKey = kind + word;
    const cached = this.headCache.get(cacheKey);
    if (cached !== undefined) return cached;
    const lowerWord = word.toLowerCase();
    const hyphen = Math.max(lowerWord.lastIndexOf('-'), lowerWord.lastIndexOf('‐'));
    const part = hyphen >= 0 ? lowerWord.slice(hyphen + 1) : lowerWord;
    let result = false;
    if (this.lex.code === 'en') {
      result = heads.has(part) || (part.endsWith('s') && heads.has(part.slice(0, -1))) || heads.has(lowerWord);
    } else {
      for (const ending of this.lex.data.roleEndings) {
        if (!part.endsWith(ending)) continue;
        const base = part.slice(0, part.length - ending.length);
        for (let k = 0; k + 3 <= base.length && !result; k++) {
          if (heads.has(base.slice(k))) result = true;
        }
        if (result) break;
      }
    }
    this.rememberWord(cacheKey, result);
    return result;
  }

  isRole(t: Tok): boolean {
    let cached = this.roles[t.index]!;
    if (cached < 0) {
      cached = this.computeIsRole(t) ? 1 : 0;
      this.roles[t.index] = cached;
    }
    return cached === 1;
  }

  private computeIsRole(t: Tok): boolean {
    if (!t.word) return false;
    if (t.allCaps) return this.lex.roleWords.has(t.lower);
    if (this.lex.roleWords.has(t.lower) || this.matchesHead(t.base, this.lex.roleHeads, 'r')) return true;
    if (this.lex.code !== 'de' || !t.cap || this.lex.givenNames.has(t.lower)) return false;
    // German feminine agent nouns are person nouns: "Buchhalterin", "Verlegerin".
    if (FEMININE_PERSON_NOUN.test(t.base)) return true;
    // The feminine singular of a group noun names one person: "Anwohnerin", "Stammkundin", "Zeugin".
    if (!/\p{Ll}in$/u.test(t.base) || t.base.length < 6) return false;
    const stem = t.base.slice(0, -2);
    return this.matchesHead(stem, this.lex.personNouns, 'p') || this.matchesHead(`${stem}e`, this.lex.personNouns, 'p');
  }

  /** A single capital letter with a full stop right after it: "P." in "Dariusz P.". */
  isSurnameInitial(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && t.word && /^\p{Lu}$/u.test(t.text) && this.text[t.end] === '.';
  }

  isPersonNoun(t: Tok): boolean {
    return this.lex.personNouns.has(t.lower) || this.matchesHead(t.base, this.lex.personNouns, 'p');
  }

  isTitle(i: number): boolean {
    const t = this.toks[i]!;
    if (!t.cap || !this.lex.titles.has(t.lower)) return false;
    const p = this.toks[i - 1];
    if ((t.lower === 'frau' || t.lower === 'herr' || t.lower === 'herrn') && p && p.sentence === t.sentence && this.lex.determiners.has(p.lower)) return false;
    return true;
  }

  hasNounSuffix(lowerWord: string): boolean {
    const cacheKey = `n${lowerWord}`;
    const cached = this.headCache.get(cacheKey);
    if (cached !== undefined) return cached;
    let result = false;
    for (const suffix of this.lex.nounSuffixes) {
      if (lowerWord.endsWith(suffix)) {
        result = true;
        break;
      }
    }
    this.rememberWord(cacheKey, result);
    return result;
  }

  headCached(key: string): boolean | undefined {
    return this.headCache.get(key);
  }

  rememberWord(key: string, value: boolean): void {
    if (this.headCache.size >= WORD_CACHE_LIMIT) this.headCache.clear();
    this.headCache.set(key, value);
  }

  isPlaceAdjective(t: Tok): boolean {
    const suffix = this.lex.data.placeAdjectiveSuffix;
    return suffix !== undefined && t.lower.endsWith(suffix) && this.lex.placeWords.has(t.lower.slice(0, -suffix.length));
  }

  /** Could this capitalised word be (part of) a person's name? */
  isNameLike(i: number): boolean {
    return this.nameClass(i) === STRONG;
  }

  /**
   * STRONG: could be a name. WEAK: shaped like a common noun ("Hartung",
   * "Feldhaus", "Oberländer" end like "Zeitung", "Haus", "Länder"), a name
   * only as a surname after a given name, a title or a role. NONE: not a name.
   */
  nameClass(i: number): number {
    let c = this.classes[i]!;
    if (c < 0) {
      c = this.computeNameClass(i);
      this.classes[i] = c;
    }
    return c;
  }

  computeNameClass(i: number): number {
    const t = this.toks[i]!;
    if (!t.word || !t.cap || t.allCaps || t.base.length < 2 || !NAME_SHAPE.test(t.base) || !HAS_LOWER.test(t.base)) return NONE;
    const lex = this.lex;
    const given = this.isGivenName(t.lower);
    if (lex.commonWords.has(t.lower) || lex.titles.has(t.lower)) return NONE;
    if (this.isPersonNoun(t)) return NONE;
    // "Stadtteil", "Handelskammer", "Elsässisch": place nouns, bodies and languages are no names.
    if (lex.code === 'de' && !given && (lex.placeNouns.has(t.lower) || this.isOrganisationCompound(t.lower) || lex.data.languageNounEnding?.test(t.base))) return NONE;
    if (t.base.includes('-')) {
      const parts = t.base.split('-');
      // "Sun-hee", "Jae-in": a short lower-case part after a capitalised given name.
      const shortTail = parts.length === 2 && /^\p{Lu}\p{Ll}{1,6}$/u.test(parts[0]!) && /^\p{Ll}{2,4}$/u.test(parts[1]!);
      if (!shortTail && parts.some((p) => !/^\p{Lu}\p{Ll}/u.test(p))) return NONE;
      const known = (p: string) => lex.placeWords.has(p.toLowerCase()) || lex.phrases.has(p.toLowerCase());
      if (!shortTail && parts.some(known)) {
        // "Weißenfels-Amadi": a place joined to a word no list knows may be a surname after a given name or title.
        const unknownName = parts.some((p) => !known(p) && !lex.commonWords.has(p.toLowerCase()) && !lex.stopWords.has(p.toLowerCase()) && !(lex.code === 'de' && this.hasNounSuffix(p.toLowerCase())));
        return parts.length === 2 && unknownName && !this.isOrganisationCompound(t.lower) ? WEAK : NONE;
      }
    }
    if (given) return STRONG;
    if (t.initial && this.lowerSeen.has(t.lower)) return NONE;
    if (lex.code === 'de') {
      // "Herr Wieder": a function word written with a capital inside a sentence is a surname after a title or given name.
      if (lex.stopWords.has(t.lower) && !t.initial && !CAPITALISED_PRONOUNS.has(t.lower) && !this.nounMarked.has(t.lower)) return WEAK;
      if (lex.stopWords.has(t.lower) || this.nounMarked.has(t.lower) || this.isPlaceAdjective(t)) return NONE;
      if (this.hasNounSuffix(t.lower)) return WEAK;
      return STRONG;
    }
    if (lex.stopWords.has(t.lower)) return NONE;
    return STRONG;
  }

  /** A frequent given name, or a hyphenated one that opens with one ("Jean-Baptiste", "Lea-Sophie", "Hans-Georg"). */
  isGivenName(lowerWord: string): boolean {
    if (this.lex.givenNames.has(lowerWord)) return true;
    const hyphen = lowerWord.indexOf('-');
    if (hyphen < 2 || lowerWord.indexOf('-', hyphen + 1) >= 0) return false;
    const tail = lowerWord.slice(hyphen + 1);
    return this.lex.givenNames.has(lowerWord.slice(0, hyphen)) && tail.length >= 3 && !this.lex.placeWords.has(tail) && !this.lex.phrases.has(tail) && !this.lex.commonWords.has(tail) && !this.isOrganisationCompound(lowerWord) && !this.lex.organisationHeads.includes(tail);
  }

  /** A compound that ends in an organisation head ("Handelskammer", "Landratsamt"); the bare head may still be a surname ("Kammer"). */
  isOrganisationCompound(lowerWord: string): boolean {
    const cacheKey = `c${lowerWord}`;
    const cached = this.headCache.get(cacheKey);
    if (cached !== undefined) return cached;
    let result = false;
    for (const head of this.lex.data.organisationHeads) {
      if (lowerWord.length > head.length + 2 && lowerWord.endsWith(head) && (head.length >= 5 || lowerWord.length >= 8)) {
        result = true;
        break;
      }
    }
    this.rememberWord(cacheKey, result);
    return result;
  }

  isOrganisationHead(t: Tok): boolean {
    if (!t.cap) return false;
    const lowerWord = t.lower;
    if (this.lex.code === 'en') return this.lex.data.organisationHeads.includes(lowerWord);
    const cacheKey = `o${lowerWord}`;
    const cached = this.headCache.get(cacheKey);
    if (cached !== undefined) return cached;
    const result = this.lex.data.organisationHeads.some((head) => lowerWord.endsWith(head));
    this.rememberWord(cacheKey, result);
    return result;
  }
}
