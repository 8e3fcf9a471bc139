/**
 * Finds the people, places and organisations an article names.
 *
 * In German every noun is capitalised, so a capital letter proves nothing.
 * Places and organisations come from the gazetteer and lexicon or from rules
 * (acronyms, "… Institut", "X-Russland-Rat"); people are only ever taken on
 * evidence from context: a role noun or title before the name, an apposition,
 * a reporting verb next to it, a byline or photo credit, a frequent given name.
 * Once a person is found, every later use of the surname (and its genitive)
 * in the article is linked to them; the corpus index links surnames that only
 * other articles introduce.
 *
 * The work is linear in the article: one pass per stage over the tokens, with
 * set lookups.
 */
import type { Article, Token } from '../article/types';
import { tokenize } from '../segmentation/tokens';
import type { Span } from '../text/span';
import type { EntityLexicon, Phrase, PhraseTarget } from './lexicon';
import { entityLexiconFor, normalizeGap } from './lexicon';
import { genitiveBases, nameKey, stripPossessive } from './normalize';
import type { ArticleEntities, Entity, EntityType, Mention, MentionForm, PersonCue, SurnameCandidate } from './types';

interface Tok {
  readonly text: string;
  /** The word without an English possessive. */
  readonly base: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly baseEnd: number;
  readonly sentence: number;
  readonly first: boolean;
  readonly word: boolean;
  readonly cap: boolean;
  readonly allCaps: boolean;
  /** Capitalised only because of its position: sentence start, after an opening quote (or a colon in English). */
  readonly initial: boolean;
}

interface Claim {
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

const OPENING_QUOTES = new Set(['„', '“', '"', '»', '«', '‚', '‘', "'", '‹', '›', '(', '[']);
const PLAIN_GAP = /^[ \t\u00a0\u202f]+$/u;
const TITLE_GAP = /^\.?[ \t\u00a0\u202f]+$/u;
const NAME_SHAPE = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
const HAS_LOWER = /\p{Ll}/u;
const ALL_CAPS = /^[\p{Lu}\p{N}]+$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/u;
/** German feminine nouns for people: "Buchhalterin", "Virologin", "Polizistin", "Präsidentin". */
const FEMININE_PERSON_NOUN = /\p{Ll}(?:erin|ologin|istin|eurin|orin|ärztin|ätin|onomin|ektin)(?:nen)?$/u;
const ADJECTIVE_LIKE = /^\p{Lu}\p{Ll}+(?:e|en|er|es|isch|ische|ischen)$/u;
const CONTEXT_AFTER_NAME = /^[ \t\u00a0]*\((?:\d{1,3}|\p{Lu}[\p{L}]{1,5}|[LlRr]\.?|[Ll]inks|[Rr]echts|[Ll]eft|[Rr]ight|[Mm]itte|[Cc]entre|[Cc]enter)\)|^,[ \t\u00a0]*\d{1,3},/u;

/** Prepositions and articles allowed inside a role phrase ("Sprecherin des russischen Außenministeriums"). */
const ROLE_COMPLEMENT = new Set([
  'des', 'der', 'den', 'dem', 'bei', 'beim', 'im', 'in', 'am', 'an', 'aus', 'von', 'vom', 'für', 'zu', 'zum', 'zur',
  'of', 'at', 'for', 'in', 'on', 'the', 'a', 'an', 'to', 'and', 'und', 'with',
]);
/** Words that may open an apposition before its role noun ("Gruschko, ehemals russischer Botschafter"). */
const APPOSITION_OPENERS = new Set([
  'ehemals', 'früher', 'einst', 'zuvor', 'derzeit', 'bislang', 'inzwischen', 'seit', 'der', 'die', 'das', 'des',
  'ein', 'eine', 'einer', 'eines', 'the', 'a', 'an', 'former', 'then', 'now', 'currently', 'also', 'his', 'her',
  'its', 'their', 'seine', 'ihre', 'seit', 'lange', 'long', 'time',
]);
const MAX_ROLE_DISTANCE = 8;
const NONE = 0;
const WEAK = 1;
const STRONG = 2;
/** Genitive articles: a role found after one belongs to an earlier role ("Sprecher des russischen Präsidenten"). */
const GENITIVE_LINKS = new Set(['des', 'der', 'eines', 'einer', 'of']);
const MAX_NAME_TOKENS = 4;
/** Numbers in club names: "Schalke 04", "TSV 1860". */
const CLUB_NUMBER = /^(?:0\d|18\d\d)$/u;
/** German nouns for public bodies that take a "für" complement as part of their name. */
const BODY_HEAD = /(?:amt|ministerium|anstalt|kammer|institut|zentrum|zentrale|behörde|agentur|stiftung|verband|gesellschaft|kommission|akademie|bundesrat|landesrat|gericht|ausschuss|fonds|büro|stelle|verein|bund)(?:e?s)?$/u;
/** Endings of German place names that also end some common nouns ("Lippstadt", "Rheda-Wiedenbrück"). */
const PLACE_ENDING = /(?:stadt|burg|berg|dorf|feld|hausen|heim|ingen|kirchen|furt|brück|brücken|hagen|rode|stedt|leben|born|bach|beck|büttel|werder|see|au|ow|itz|in)$/u;
/** First words of two-word German place names. */
const PLACE_PREFIXES = new Set(['bad', 'sankt', 'st', 'neu', 'groß', 'klein', 'alt', 'hohen', 'bergisch', 'schwäbisch', 'ober', 'unter', 'nieder']);
/** Endings of nationality and language words ("English", "Chinese", "Israeli"). */
const DEMONYM_ENDING = /(?:ish|ese|ian|ean|ans|ic|ists?|isms?)$/u;

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

export function recognizeEntities(article: Article): ArticleEntities {
  return new Recognizer(article).run();
}

class Recognizer {
  private readonly lex: EntityLexicon;
  private readonly text: string;
  private readonly toks: Tok[] = [];
  private owner: Int32Array = new Int32Array(0);
  private readonly claims: Claim[] = [];
  private readonly lowerSeen = new Set<string>();
  private readonly nounMarked = new Set<string>();
  private readonly orgAliases = new Map<string, string>();
  private readonly orgNames = new Map<string, string>();
  private readonly headCache: Map<string, boolean>;
  private classes: Int8Array = new Int8Array(0);

  constructor(private readonly article: Article) {
    this.lex = entityLexiconFor(article.language);
    this.text = article.text;
    this.headCache = wordCache(article.language);
  }

  run(): ArticleEntities {
    this.collectTokens();
    this.owner = new Int32Array(this.toks.length).fill(-1);
    this.classes = new Int8Array(this.toks.length).fill(-1);
    this.collectStatistics();
    this.findClubs();
    this.findOrganisationRuns();
    this.findLexiconPhrases();
    this.findAcronymsAndCompounds();
    this.findPeople();
    this.propagateNames();
    this.extendParticleSurnames();
    this.findContextPlaces();
    return this.result();
  }

  // ---------------------------------------------------------------- tokens

  private collectTokens(): void {
    const sentences: { span: Span; tokens: readonly Token[] }[] = [
      ...this.headerSpans().map((span) => ({ span, tokens: tokenize(this.text, span) })),
      ...this.article.sentences,
    ];
    const english = this.article.language === 'en';
    sentences.forEach(({ span: spanOfSentence, tokens }, sentence) => {
      tokens.forEach((token, index) => {
        const base = stripPossessive(token.text);
        const before = this.previousChar(token.span.start, spanOfSentence.start);
        const initial = index === 0 || OPENING_QUOTES.has(before) || (english && (before === ':' || before === '—' || before === '–'));
        const word = token.kind === 'word';
        this.toks.push({
          text: token.text,
          base,
          lower: base.toLowerCase(),
          start: token.span.start,
          end: token.span.end,
          baseEnd: token.span.start + base.length,
          sentence,
          first: index === 0,
          word,
          cap: word && /^\p{Lu}/u.test(token.text),
          allCaps: word && base.length >= 2 && ALL_CAPS.test(base) && !/^\p{N}/u.test(base),
          initial,
        });
      });
    });
  }

  /** Front-matter title and author lines are part of the text the reader sees. */
  private headerSpans(): Span[] {
    const { metadata } = this.article;
    if (metadata.form !== 'front-matter' || !metadata.span) return [];
    const spans: Span[] = [];
    const header = this.text.slice(metadata.span.start, metadata.span.end);
    for (const match of header.matchAll(/^[ \t]*(?:title|titel|headline|author|autor|autorin|byline)[ \t]*:[ \t]*(.*?)[ \t]*$/gimu)) {
      const value = match[1] ?? '';
      if (!value) continue;
      const start = metadata.span.start + match.index + match[0].lastIndexOf(value);
      spans.push({ start, end: start + value.length });
    }
    return spans;
  }

  private previousChar(offset: number, limit: number): string {
    for (let i = offset - 1; i >= limit; i--) {
      const ch = this.text[i]!;
      if (ch !== ' ' && ch !== '\t' && ch !== '\u00a0') return ch;
    }
    return '';
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
      if (!p.word || (!p.cap && this.lex.determiners.has(p.lower))) {
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

  private isAdjective(t: Tok): boolean {
    return !t.cap && t.lower.length > 3 && ADJECTIVE_ENDING.test(t.lower) && !this.lex.stopWords.has(t.lower) && !this.lex.speakerVerbs.has(t.lower);
  }

  private gap(i: number): string | undefined {
    if (i <= 0) return undefined;
    const a = this.toks[i - 1]!;
    const b = this.toks[i]!;
    if (a.sentence !== b.sentence) return undefined;
    return this.text.slice(a.end, b.start);
  }

  private plainGap(i: number): boolean {
    const g = this.gap(i);
    return g !== undefined && PLAIN_GAP.test(g);
  }

  private sameSentence(i: number, j: number): boolean {
    return i >= 0 && j >= 0 && i < this.toks.length && j < this.toks.length && this.toks[i]!.sentence === this.toks[j]!.sentence;
  }

  private free(i: number): boolean {
    return i >= 0 && i < this.toks.length && this.owner[i] === -1;
  }

  private claim(c: Claim): void {
    const index = this.claims.length;
    this.claims.push(c);
    for (let i = c.first; i <= c.last; i++) this.owner[i] = index;
  }

  // ---------------------------------------------------------- word classes

  /** Whether the (last part of the) word ends with one of the heads, with an allowed ending. */
  private matchesHead(word: string, heads: ReadonlySet<string>, kind: string): boolean {
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

  private isRole(t: Tok): boolean {
    if (!t.word || t.allCaps) return false;
    if (this.matchesHead(t.base, this.lex.roleHeads, 'r')) return true;
    // German feminine agent nouns are person nouns: "Buchhalterin", "Verlegerin".
    return this.lex.code === 'de' && t.cap && FEMININE_PERSON_NOUN.test(t.base) && !this.lex.givenNames.has(t.lower);
  }

  private isPersonNoun(t: Tok): boolean {
    return this.lex.personNouns.has(t.lower) || this.matchesHead(t.base, this.lex.personNouns, 'p');
  }

  private isTitle(i: number): boolean {
    const t = this.toks[i]!;
    if (!t.cap || !this.lex.titles.has(t.lower)) return false;
    const p = this.toks[i - 1];
    if ((t.lower === 'frau' || t.lower === 'herr' || t.lower === 'herrn') && p && p.sentence === t.sentence && this.lex.determiners.has(p.lower)) return false;
    return true;
  }

  private hasNounSuffix(lowerWord: string): boolean {
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

  private rememberWord(key: string, value: boolean): void {
    if (this.headCache.size >= WORD_CACHE_LIMIT) this.headCache.clear();
    this.headCache.set(key, value);
  }

  private isPlaceAdjective(t: Tok): boolean {
    const suffix = this.lex.data.placeAdjectiveSuffix;
    return suffix !== undefined && t.lower.endsWith(suffix) && this.lex.placeWords.has(t.lower.slice(0, -suffix.length));
  }

  /** Could this capitalised word be (part of) a person's name? */
  private isNameLike(i: number): boolean {
    return this.nameClass(i) === STRONG;
  }

  /**
   * STRONG: could be a name. WEAK: shaped like a common noun ("Hartung",
   * "Feldhaus", "Oberländer" end like "Zeitung", "Haus", "Länder"), a name
   * only as a surname after a given name, a title or a role. NONE: not a name.
   */
  private nameClass(i: number): number {
    let c = this.classes[i]!;
    if (c < 0) {
      c = this.computeNameClass(i);
      this.classes[i] = c;
    }
    return c;
  }

  private computeNameClass(i: number): number {
    const t = this.toks[i]!;
    if (!t.word || !t.cap || t.allCaps || t.base.length < 2 || !NAME_SHAPE.test(t.base) || !HAS_LOWER.test(t.base)) return NONE;
    const lex = this.lex;
    const given = lex.givenNames.has(t.lower);
    if (lex.commonWords.has(t.lower) || lex.titles.has(t.lower)) return NONE;
    if (this.isPersonNoun(t)) return NONE;
    if (t.base.includes('-')) {
      const parts = t.base.split('-');
      // "Sun-hee", "Jae-in": a short lower-case part after a capitalised given name.
      const shortTail = parts.length === 2 && /^\p{Lu}\p{Ll}{1,6}$/u.test(parts[0]!) && /^\p{Ll}{2,4}$/u.test(parts[1]!);
      if (!shortTail && parts.some((p) => !/^\p{Lu}\p{Ll}/u.test(p) || lex.placeWords.has(p.toLowerCase()) || lex.phrases.has(p.toLowerCase()))) return NONE;
    }
    if (given) return STRONG;
    if (t.initial && this.lowerSeen.has(t.lower)) return NONE;
    if (lex.code === 'de') {
      if (lex.stopWords.has(t.lower) || this.nounMarked.has(t.lower) || this.isPlaceAdjective(t)) return NONE;
      if (this.hasNounSuffix(t.lower)) return WEAK;
      return STRONG;
    }
    if (lex.stopWords.has(t.lower)) return NONE;
    return STRONG;
  }

  // ----------------------------------------------------- organisations

  /** "Wiener Sicherheitspakt", "Leipziger Zentrum für Osteuropastudien", "Vienna Security Pact". */
  private findOrganisationRuns(): void {
    const german = this.lex.code === 'de';
    for (let i = 0; i < this.toks.length; i++) {
      const t = this.toks[i]!;
      if (!t.cap || t.allCaps || !this.free(i)) continue;
      // A lexicon phrase ("World Health Organization") is claimed by the lexicon pass.
      const phrase = this.lex.phrases.has(t.lower) ? this.matchPhraseAt(i) : undefined;
      if (phrase && phrase.length > 1) {
        i += phrase.length - 1;
        continue;
      }
      if (german && this.claimHeadWithPlace(i)) continue;
      if (this.claimNamedBody(i) || this.claimMediaHead(i)) continue;
      if (german && !(ADJECTIVE_LIKE.test(t.base) || this.isPlaceAdjective(t))) continue;
      if (this.lex.stopWords.has(t.lower) && !this.lex.placeWords.has(t.lower)) continue;
      if (this.lex.determiners.has(t.lower) || this.isTitle(i) || this.isRole(t)) continue;
      let end = this.lex.code === 'en' && this.isOrganisationHead(t) ? i : -1;
      let extension = false;
      let j = i;
      while (j + 1 < this.toks.length && this.sameSentence(j, j + 1) && this.plainGap(j + 1)) {
        const n = this.toks[j + 1]!;
        if (n.cap && this.free(j + 1)) {
          j++;
          if (extension || this.isOrganisationHead(n)) end = j;
          continue;
        }
        // "… für Osteuropastudien", "… for Security and Co-operation in Europe".
        const opens = n.lower === 'für' || n.lower === 'for' || n.lower === 'of';
        const joins = extension && (n.lower === 'und' || n.lower === 'and');
        if (end >= 0 && (opens || joins) && this.toks[j + 2]?.cap && this.free(j + 2) && this.plainGap(j + 2)) {
          extension = true;
          j++;
          continue;
        }
        break;
      }
      if (end < 0 || end === i) continue;
      // A lexicon phrase at least as long wins ("European Union", "Security Council").
      const lexicon = this.matchPhraseAt(i);
      if (lexicon && lexicon.length >= end - i + 1) {
        i += lexicon.length - 1;
        continue;
      }
      // Trailing connectors are not part of the name.
      const name = this.canonicalOrganisation(i, end);
      const key = `org:${organisationKey(name)}`;
      this.orgNames.set(key, name);
      this.claim({ first: i, last: end, type: 'organisation', key, name, form: 'full' });
      this.claimParenthesisedAcronym(end, key);
      i = end;
    }
  }

  /** "SC Verl", "1. FC Köln", "TSV 1860 München", "Borussia Dortmund", "Schalke 04", "Hertha BSC". */
  private findClubs(): void {
    for (let i = 0; i < this.toks.length; i++) {
      const t = this.toks[i]!;
      if (!t.word || !this.free(i)) continue;
      const prefix = this.lex.clubPrefixes.has(t.base);
      const numbered = !prefix && t.cap && !t.allCaps && CLUB_NUMBER.test(this.toks[i + 1]?.text ?? '') && this.sameSentence(i, i + 1) && this.plainGap(i + 1);
      if (!prefix && !numbered) continue;
      if (numbered && (this.lex.stopWords.has(t.lower) || this.lex.commonWords.has(t.lower) || this.isRole(t))) continue;
      let start = i;
      // "1. FC Köln": the ordinal belongs to the name.
      const p = this.toks[i - 1];
      if (prefix && p && this.sameSentence(i - 1, i) && /^\d$/u.test(p.text) && /^\.[ \t\u00a0]+$/u.test(this.gap(i) ?? '')) start = i - 1;
      let end = numbered ? i + 1 : i;
      let words = 0;
      for (let j = end + 1; j < this.toks.length && j - i <= 4 && this.sameSentence(i, j) && this.plainGap(j) && this.free(j); j++) {
        const n = this.toks[j]!;
        if (n.word && n.cap && !this.lex.stopWords.has(n.lower) && !this.lex.commonWords.has(n.lower) && !this.isRole(n) && !this.lex.speakerVerbs.has(n.lower)) {
          end = j;
          words++;
          continue;
        }
        if (!n.word && /^\d{2,4}$/u.test(n.text)) {
          end = j;
          continue;
        }
        break;
      }
      if (prefix && words === 0) continue;
      if (prefix && !t.allCaps && t.base.length > 4 && this.toks[i + 1] && this.lex.phrases.has(t.lower)) continue;
      const name = this.text.slice(this.toks[start]!.start, this.toks[end]!.baseEnd);
      const key = `org:${organisationKey(name)}`;
      this.orgNames.set(key, name);
      this.claim({ first: start, last: end, type: 'organisation', key, name, form: 'full' });
      i = end;
    }
  }

  /** "Bundesinstitut für Arzneimittel und Medizinprodukte", "Landesamt für Umwelt": a body and what it is for. */
  private claimNamedBody(i: number): boolean {
    const t = this.toks[i]!;
    if (this.lex.code !== 'de' || !t.cap || !BODY_HEAD.test(t.lower)) return false;
    const f = this.toks[i + 1];
    if (!f || f.lower !== 'für' || !this.sameSentence(i, i + 1) || !this.plainGap(i + 1)) return false;
    let end = -1;
    for (let j = i + 2; j < this.toks.length && j - i <= 10 && this.sameSentence(i, j) && this.plainGap(j) && this.free(j); j++) {
      const n = this.toks[j]!;
      if (n.word && n.cap) {
        end = j;
        continue;
      }
      if (end >= 0 && (n.lower === 'und' || n.lower === 'für') && this.toks[j + 1]?.cap) continue;
      break;
    }
    if (end < 0) return false;
    const name = this.canonicalOrganisation(i, end);
    const key = `org:${organisationKey(name)}`;
    this.orgNames.set(key, name);
    this.claim({ first: i, last: end, type: 'organisation', key, name, form: 'full' });
    this.claimParenthesisedAcronym(end, key);
    return true;
  }

  /** "Verler Echo", "Haller Kreisblatt", "Tillamook County Gazette": a newspaper title ending in a media head. */
  private claimMediaHead(i: number): boolean {
    const t = this.toks[i]!;
    if (t.allCaps || this.lex.stopWords.has(t.lower) || this.lex.determiners.has(t.lower) || this.lex.commonWords.has(t.lower) || this.isTitle(i) || this.isRole(t)) return false;
    if (this.lex.mediaHeads.has(t.lower) || (t.initial && this.lowerSeen.has(t.lower))) return false;
    if (this.lex.attributionBefore.has(t.lower) || this.lex.placePrepositions.has(t.lower) || this.lex.placeCuePrepositions.has(t.lower)) return false;
    let end = -1;
    for (let j = i + 1; j < this.toks.length && j - i <= 3 && this.sameSentence(i, j) && this.plainGap(j) && this.free(j); j++) {
      const n = this.toks[j]!;
      if (!n.word || !n.cap) break;
      if (this.lex.mediaHeads.has(n.lower)) end = j;
    }
    if (end < 0) return false;
    const name = this.text.slice(t.start, this.toks[end]!.baseEnd);
    const key = `org:${organisationKey(name)}`;
    this.orgNames.set(key, name);
    this.claim({ first: i, last: end, type: 'organisation', key, name, form: 'full' });
    return true;
  }

  /** "Landgericht Karlsruhe", "Universität Jena": an organisation noun and the place it belongs to. */
  private claimHeadWithPlace(i: number): boolean {
    const t = this.toks[i]!;
    if (!this.isOrganisationHead(t) || !this.sameSentence(i, i + 1) || !this.plainGap(i + 1)) return false;
    const place = this.matchPhraseAt(i + 1);
    if (!place || place.phrase.target.type !== 'place') return false;
    const last = i + place.length;
    const name = this.text.slice(t.start, this.toks[last]!.baseEnd);
    const key = `org:${organisationKey(name)}`;
    this.orgNames.set(key, name);
    this.claim({ first: i, last, type: 'organisation', key, name, form: 'full' });
    return true;
  }

  private isOrganisationHead(t: Tok): boolean {
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

  private canonicalOrganisation(first: number, last: number): string {
    const lastTok = this.toks[last]!;
    let lastWord = lastTok.base;
    if (this.lex.code === 'de') {
      for (const base of genitiveBases(lastWord)) {
        if (this.lex.data.organisationHeads.some((head) => base.toLowerCase().endsWith(head) && !head.endsWith('s'))) {
          lastWord = base;
          break;
        }
      }
    }
    return this.text.slice(this.toks[first]!.start, lastTok.start) + lastWord;
  }

  /** "Wiener Sicherheitspakts (WSP)": the acronym names the same organisation. */
  private claimParenthesisedAcronym(end: number, key: string): void {
    const a = end + 1;
    const t = this.toks[a];
    if (!t || !this.sameSentence(end, a) || !ACRONYM.test(t.base) || !this.free(a)) return;
    const before = this.text.slice(this.toks[end]!.end, t.start);
    const after = this.text.slice(t.end, t.end + 1);
    if (!/^[ \t]*\($/u.test(before) || after !== ')') return;
    this.orgAliases.set(t.base, key);
    this.claim({ first: a, last: a, type: 'organisation', key, name: t.base, form: 'alias' });
  }

  private findLexiconPhrases(): void {
    for (let i = 0; i < this.toks.length; i++) {
      if (!this.free(i) || !this.toks[i]!.word) continue;
      const match = this.matchPhraseAt(i);
      if (!match) {
        this.matchCredit(i);
        continue;
      }
      const { phrase, length } = match;
      const last = i + length - 1;
      let end = this.toks[last]!.baseEnd;
      if (phrase.trailing && this.text.startsWith(phrase.trailing, end)) end += phrase.trailing.length;
      const surface = this.text.slice(this.toks[i]!.start, end);
      const target = phrase.target;
      const name = phrase.tokens.length === 1 ? phrase.tokens[0]! : phrase.tokens.map((tok, k) => (k === 0 ? tok : phrase.gaps[k - 1] + tok)).join('');
      const canonical = this.lex.code === 'de' ? target.entry.de[0]! : target.entry.en[0]!;
      const key = target.type === 'place' ? `place:${target.entry.id}` : `org:${target.entry.id}`;
      this.claim({ first: i, last, type: target.type, key, name: name + phrase.trailing, form: surface === canonical ? 'full' : 'alias', target, ...(end !== this.toks[last]!.baseEnd ? { endOffset: end } : {}) });
      if (target.type === 'organisation') this.claimParenthesisedAcronym(last, key);
      i = last;
    }
  }

  /** The longest lexicon phrase starting at token i, if any. */
  private matchPhraseAt(i: number): { phrase: Phrase; length: number } | undefined {
    const t = this.toks[i]!;
    if (!t.word) return undefined;
    const german = this.lex.code === 'de';
    const lowerText = t.text.length === t.base.length ? t.lower : t.text.toLowerCase();
    const keys = [lowerText];
    if (t.lower !== lowerText) keys.push(t.lower);
    if (german && t.lower.endsWith('s')) keys.push(...genitiveBases(t.lower));
    for (const key of keys) {
      const phrases = this.lex.phrases.get(key);
      if (!phrases) continue;
      for (const phrase of phrases) {
        if (this.phraseMatches(phrase, i)) {
          if (phrase.ambiguous && !this.afterPlacePreposition(i)) continue;
          return { phrase, length: phrase.tokens.length };
        }
      }
    }
    return undefined;
  }

  private phraseMatches(phrase: Phrase, i: number): boolean {
    const n = phrase.tokens.length;
    for (let k = 0; k < n; k++) {
      const at = i + k;
      const t = this.toks[at];
      if (!t || !this.free(at) || (k > 0 && (!this.sameSentence(i, at) || normalizeGap(this.gap(at) ?? '\n') !== phrase.gaps[k - 1]))) return false;
      const expected = phrase.tokens[k]!;
      const last = k === n - 1;
      const written = last ? t.base : t.text;
      if (written === expected) continue;
      if (t.allCaps && written.toUpperCase() === expected.toUpperCase() && (written.length > 3 || expected === written)) continue;
      if (last && this.lex.code === 'de' && /\p{Ll}$/u.test(expected) && !/[sßxz]$/u.test(expected) && (written === `${expected}s` || written === `${expected}es`)) continue;
      return false;
    }
    return true;
  }

  private afterPlacePreposition(i: number): boolean {
    const p = this.toks[i - 1];
    return p !== undefined && this.sameSentence(i - 1, i) && this.lex.placePrepositions.has(p.lower);
  }

  /** "(dpa)", "(afp/rtr)", "Foto: … / dpa". */
  private matchCredit(i: number): void {
    const t = this.toks[i]!;
    const entry = this.lex.credits.get(t.lower);
    if (!entry) return;
    const before = this.previousChar(t.start, Math.max(0, t.start - 3));
    let after = '';
    for (let k = t.end; k < this.text.length; k++) {
      const ch = this.text[k]!;
      if (ch === ' ' || ch === '\t') continue;
      after = ch;
      break;
    }
    const atLineEnd = after === '' || after === '\n' || after === '\r';
    if ((before === '(' || before === '/') && (after === ')' || after === '/' || atLineEnd)) {
      const canonical = this.lex.code === 'de' ? entry.de[0]! : entry.en[0]!;
      this.claim({ first: i, last: i, type: 'organisation', key: `org:${entry.id}`, name: t.text, form: t.text === canonical ? 'full' : 'alias' });
    }
  }

  /** Acronyms ("OSZE", "WSP"), body compounds ("NATO-Russland-Rat"), media titles ("Zeitung Die Welt"). */
  private findAcronymsAndCompounds(): void {
    const shouting = this.shoutingSentences();
    for (let i = 0; i < this.toks.length; i++) {
      if (!this.free(i)) continue;
      const t = this.toks[i]!;
      if (!t.word) continue;
      if (t.allCaps && ACRONYM.test(t.base) && !shouting.has(t.sentence) && !this.lex.notAcronyms.has(t.base)) {
        const key = this.orgAliases.get(t.base) ?? `org:${t.base.toLowerCase()}`;
        this.claim({ first: i, last: i, type: 'organisation', key, name: t.base, form: this.orgAliases.has(t.base) ? 'alias' : 'full' });
        continue;
      }
      if (t.base.includes('-') && this.isBodyCompound(t.base)) {
        const name = stripBodyGenitive(t.base, this.lex.bodyCompoundHeads);
        const key = `org:${organisationKey(name)}`;
        this.claim({ first: i, last: i, type: 'organisation', key, name, form: 'full' });
        continue;
      }
      if (!t.cap && this.lex.mediaNouns.has(t.lower)) this.claimMediaTitle(i);
    }
  }

  private shoutingSentences(): Set<number> {
    const counts = new Map<number, [number, number]>();
    for (const t of this.toks) {
      if (!t.word || t.base.length < 2) continue;
      const c = counts.get(t.sentence) ?? [0, 0];
      c[0]++;
      if (t.allCaps) c[1]++;
      counts.set(t.sentence, c);
    }
    const shouting = new Set<number>();
    for (const [sentence, [words, caps]] of counts) if (words >= 4 && caps * 2 > words) shouting.add(sentence);
    return shouting;
  }

  private isBodyCompound(word: string): boolean {
    const parts = word.split(/[-\u2010\u2011]/u);
    if (parts.length < 2) return false;
    const head = parts[parts.length - 1]!.toLowerCase();
    if (!this.lex.bodyCompoundHeads.has(head)) return false;
    const firstPart = parts[0]!;
    return ACRONYM.test(firstPart) || this.lex.phrases.has(firstPart.toLowerCase());
  }

  /** "der Zeitung Die Welt": a capitalised title right after a media noun names an organisation. */
  private claimMediaTitle(i: number): void {
    let j = i + 1;
    let last = -1;
    while (j < this.toks.length && j - i <= 4 && this.sameSentence(i, j) && this.plainGap(j) && this.toks[j]!.cap && this.free(j)) {
      last = j;
      j++;
    }
    // Hmm: a lone article ("Zeitung Die") is no title.
    if (last < 0 || (last === i + 1 && this.lex.stopWords.has(this.toks[last]!.lower))) return;
    const nameText = this.text.slice(this.toks[i + 1]!.start, this.toks[last]!.baseEnd);
    const key = `org:${organisationKey(nameText)}`;
    this.claim({ first: i + 1, last, type: 'organisation', key, name: nameText, form: 'full' });
  }

  // ------------------------------------------------------------- people

  private findPeople(): void {
    let i = 0;
    while (i < this.toks.length) {
      const t = this.toks[i]!;
      if (!this.free(i) || !t.word || !t.cap) {
        i++;
        continue;
      }
      // A run: capitalised words (and name particles between them) joined by spaces.
      let j = i;
      while (j + 1 < this.toks.length && this.sameSentence(j, j + 1) && this.free(j + 1)) {
        const n = this.toks[j + 1]!;
        const g = this.gap(j + 1) ?? '';
        const joined = PLAIN_GAP.test(g) || (TITLE_GAP.test(g) && this.isTitle(j));
        if (!joined) break;
        if (n.cap && n.word) {
          j++;
          continue;
        }
        if (this.isParticleAt(j + 1)) {
          let k = j + 1;
          while (k + 1 < this.toks.length && this.isParticleAt(k + 1) && this.plainGap(k + 1)) k++;
          if (this.toks[k + 1]?.cap && this.plainGap(k + 1) && this.free(k + 1) && this.isNameLike(j)) {
            j = k + 1;
            continue;
          }
        }
        break;
      }
      this.findPeopleInRun(i, j);
      i = j + 1;
    }
  }

  private isParticleAt(i: number): boolean {
    const t = this.toks[i];
    if (!t || t.cap || !this.free(i)) return false;
    if (this.lex.particles.has(t.lower)) return true;
    // "von der Leyen": der/den after von.
    const p = this.toks[i - 1]?.lower;
    return ((t.lower === 'der' || t.lower === 'den') && (p === 'von' || p === 'van')) || ((t.lower === 'la' || t.lower === 'los' || t.lower === 'las') && p === 'de');
  }

  private findPeopleInRun(first: number, last: number): void {
    type Kind = 'title' | 'role' | 'name' | 'weak' | 'particle' | 'other';
    const kinds: Kind[] = [];
    for (let k = first; k <= last; k++) {
      const t = this.toks[k]!;
      if (!t.cap) kinds.push('particle');
      else if (this.isTitle(k)) kinds.push('title');
      else if (this.isRole(t)) kinds.push('role');
      else {
        const c = this.nameClass(k);
        kinds.push(c === STRONG ? 'name' : c === WEAK ? 'weak' : 'other');
      }
    }
    const n = kinds.length;
    // "Hans Richter": a role word closing the run after a given name is a surname.
    if (n >= 2 && kinds[n - 1] === 'role' && kinds[n - 2] === 'name' && this.lex.givenNames.has(this.toks[first + n - 2]!.lower)) kinds[n - 1] = 'name';
    // "Deputy Foreign Minister Vadim Orlov": words before the last role that has a name after it belong to the role.
    // "(Secretary of) State Delphine Abernathy-Cole": a leading role modifier is no name.
    if (this.lex.code === 'en' && n >= 2 && kinds[0] === 'name' && this.lex.roleModifiers.has(this.toks[first]!.lower)) kinds[0] = 'other';
    let lastRole = -1;
    for (let k = 0; k < n; k++) if ((kinds[k] === 'role' || kinds[k] === 'title') && k + 1 < n && (kinds[k + 1] === 'name' || kinds[k + 1] === 'weak' || kinds[k + 1] === 'title' || kinds[k + 1] === 'role')) lastRole = k;
    for (let k = 0; k < lastRole; k++) if (kinds[k] === 'name' || kinds[k] === 'weak') kinds[k] = 'other';

    let k = 0;
    while (k < n) {
      const kind = kinds[k];
      const leftKind = k > 0 ? kinds[k - 1] : undefined;
      const afterCue = leftKind === 'title' || leftKind === 'role';
      if (kind !== 'name' && !(kind === 'weak' && afterCue)) {
        k++;
        continue;
      }
      let e = k;
      while (e + 1 < n && (kinds[e + 1] === 'name' || kinds[e + 1] === 'weak' || (kinds[e + 1] === 'particle' && e + 2 < n))) e++;
      while (kinds[e] === 'particle') e--;
      // A weak word alone needs the title or role right before it.
      if (kind === 'weak' && e === k && !afterCue) {
        k++;
        continue;
      }
      this.considerPerson(first + k, first + e, afterCue ? first + k - 1 : -1, first, kind === 'weak' && e === k);
      k = e + 1;
    }
  }

  private considerPerson(a: number, b: number, leftInRun: number, runStart: number, weakAlone = false): void {
    const nameTokens = this.nameTokenCount(a, b);
    if (nameTokens > MAX_NAME_TOKENS) return;
    const single = nameTokens === 1;
    const first = this.toks[a]!;
    let cue: PersonCue | undefined;
    let role: string | undefined;
    let title: string | undefined;

    if (leftInRun >= 0) {
      if (this.isTitle(leftInRun)) {
        cue = 'title';
        let s = leftInRun;
        while (s - 1 >= runStart && this.isTitle(s - 1)) s--;
        title = this.text.slice(this.toks[s]!.start, this.toks[leftInRun]!.end + (this.text[this.toks[leftInRun]!.end] === '.' ? 1 : 0));
        // A role before the title: "Bundeskanzler Dr. Olaf Scholz".
        if (s - 1 >= runStart && this.isRole(this.toks[s - 1]!)) role = this.rolePhrase(this.roleStart(s - 1), s - 1);
      } else {
        cue = 'role';
        role = this.rolePhrase(this.roleStart(leftInRun), leftInRun);
      }
    }

    const p = a - 1;
    const hasPrev = this.sameSentence(p, a) && p >= 0;
    const prev = hasPrev ? this.toks[p]! : undefined;
    const gapBefore = hasPrev ? this.gap(a) ?? '' : '';

    if (!cue && prev && PLAIN_GAP.test(gapBefore) && !prev.cap && this.isRole(prev)) {
      cue = 'role';
      role = this.rolePhrase(this.roleStart(p), p);
    }
    if (!cue && prev) {
      const scanned = this.roleBefore(a);
      if (scanned) {
        cue = 'role';
        role = scanned;
      }
    }
    const next = this.sameSentence(b, b + 1) ? this.toks[b + 1] : undefined;
    const after = this.text.slice(this.toks[b]!.end, Math.min(this.text.length, this.toks[b]!.end + 12));
    if (!cue && next && /^,/.test(this.gap(b + 1) ?? '')) {
      const apposition = this.roleAfter(b + 1);
      if (apposition) {
        cue = 'apposition';
        role = apposition;
      }
    }
    if (!cue && prev && PLAIN_GAP.test(gapBefore) && !prev.cap && this.isSpeakerBefore(p, b) && !(single && this.lex.objectVerbs.has(prev.lower))) cue = 'verb';
    if (!cue && prev && !prev.cap && prev.lower === 'to' && this.toks[p - 1]?.lower === 'according' && this.sameSentence(p - 1, p)) cue = 'verb';
    if (!cue && next && this.isSpeakerAfter(b + 1, single) && !(single && this.lex.code === 'de' && first.first)) cue = 'verb';
    if (!cue && CONTEXT_AFTER_NAME.test(after)) cue = 'context';
    if (!cue && !single && prev && this.lex.bylineWords.has(prev.lower) && (prev.first || this.isCreditBefore(p))) cue = 'byline';
    if (!cue && !single && prev && this.lex.creditWords.has(prev.lower) && /:/.test(gapBefore)) cue = 'credit';
    if (!cue && !single && this.lex.givenNames.has(first.lower)) cue = 'given-name';
    if (!cue && !single && !first.initial && this.hasSurnameShape(this.toks[b]!.lower)) cue = 'context';
    if (!cue) return;
    if (single && !this.singleNameAllowed(a)) return;
    if (weakAlone && cue !== 'title' && cue !== 'role') return;

    const name = this.personName(a, b);
    this.claim({ first: a, last: b, type: 'person', key: '', name, form: single ? 'surname' : 'full', cue, ...(role ? { role } : {}), ...(title ? { title } : {}) });
  }

  /** "Reporting by …", "(Editing by …", "Fotos von …". */
  private isCreditBefore(p: number): boolean {
    const before = this.toks[p - 1];
    if (before && this.sameSentence(p - 1, p) && this.lex.creditWords.has(before.lower)) return true;
    return this.previousChar(this.toks[p]!.start, Math.max(0, this.toks[p]!.start - 3)) === '(';
  }

  private nameTokenCount(a: number, b: number): number {
    let count = 0;
    for (let k = a; k <= b; k++) if (this.toks[k]!.cap) count++;
    return count;
  }

  /** A lone capitalised word needs more than a position to be a surname. */
  private singleNameAllowed(i: number): boolean {
    const t = this.toks[i]!;
    if (t.base.length < 3 || this.lex.stopWords.has(t.lower)) return false;
    if (this.lex.code === 'en' && t.initial && this.lowerSeen.has(t.lower)) return false;
    return true;
  }

  private hasSurnameShape(lowerWord: string): boolean {
    return this.lex.surnameEndings.some((ending) => lowerWord.length > ending.length + 2 && lowerWord.endsWith(ending));
  }

  private personName(a: number, b: number): string {
    return this.text.slice(this.toks[a]!.start, this.toks[b]!.baseEnd);
  }

  private isSpeakerBefore(p: number, b: number): boolean {
    const prev = this.toks[p]!;
    if (this.lex.speakerVerbs.has(prev.lower)) return true;
    if (!this.lex.attributionBefore.has(prev.lower)) return false;
    if (prev.lower !== 'so') return true;
    // "so Vollmer." but not "so Vollmer und …".
    const after = this.text.slice(this.toks[b]!.end, this.toks[b]!.end + 2);
    return /^[ \t]*[.,;:)“”"«»]/u.test(after) || after === '';
  }

  private isSpeakerAfter(n: number, single = false): boolean {
    if (!this.plainGap(n)) return false;
    let k = n;
    while (this.toks[k] && this.lex.auxiliaries.has(this.toks[k]!.lower) && this.sameSentence(n, k + 1) && this.plainGap(k + 1)) k++;
    const t = this.toks[k];
    if (!t || t.cap) return false;
    if (single && this.lex.objectVerbs.has(t.lower)) return false;
    return this.lex.speakerVerbs.has(t.lower) || this.lex.attributionAfter.has(t.lower);
  }

  /**
   * Looks back from a name for a role noun it stands in apposition to:
   * "die Sprecherin des Ministeriums, Anna Beispiel", "Sprecherin des
   * russischen Außenministeriums Maria Sacharowa". Returns the role phrase.
   */
  private roleBefore(a: number): string | undefined {
    let k = a - 1;
    let comma = false;
    const gapBefore = this.gap(a) ?? '';
    if (/^[ \t]*,[ \t]*$/u.test(gapBefore)) comma = true;
    else if (!PLAIN_GAP.test(gapBefore)) return undefined;
    let found = -1;
    let end = -1;
    for (let steps = 0; k >= 0 && steps < MAX_ROLE_DISTANCE && this.sameSentence(k, a); steps++, k--) {
      const t = this.toks[k]!;
      if (steps > 0) {
        const g = this.gap(k + 1) ?? '';
        if (!PLAIN_GAP.test(g)) break;
      }
      if (this.isRole(t) && !this.lex.personNouns.has(t.lower)) {
        found = k;
        if (end < 0) end = a - 1;
        // Go on only through a genitive: "Sprecher des russischen Präsidenten".
        const start = this.roleStart(k);
        const link = this.toks[start - 1];
        if (!link || !this.sameSentence(start - 1, k) || !GENITIVE_LINKS.has(link.lower)) break;
        // "der" and "einer" are genitive only after a noun: "die Sprecherin der Regierung".
        if ((link.lower === 'der' || link.lower === 'einer') && !this.toks[start - 2]?.cap) break;
        steps += k - start;
        k = start;
        continue;
      }
      if (!t.word) break;
      if (t.cap) {
        if (!comma && steps === 0 && this.owner[k] === -1 && this.isNameLike(k)) break;
        continue;
      }
      // Without a comma only a genitive complement may stand between role and name.
      if (!comma && !GENITIVE_LINKS.has(t.lower) && !this.isAdjective(t)) break;
      if (ROLE_COMPLEMENT.has(t.lower) || this.lex.determiners.has(t.lower) || this.lex.roleModifiers.has(t.lower)) continue;
      if (this.lex.code === 'de' ? this.isAdjective(t) : !this.lex.stopWords.has(t.lower) && !this.lex.speakerVerbs.has(t.lower)) continue;
      break;
    }
    if (found < 0) return undefined;
    // Without a comma the name must follow a noun of the role phrase directly.
    const lastWord = this.toks[a - 1]!;
    if (!comma && !lastWord.cap) return undefined;
    return this.rolePhrase(this.roleStart(found), end);
  }

  /** "Irina Belowa, Sprecherin des Moskauer Außenministeriums," — the role after the comma. */
  private roleAfter(n: number): string | undefined {
    let k = n;
    for (let steps = 0; k < this.toks.length && steps < 5 && this.sameSentence(n, k); steps++, k++) {
      const t = this.toks[k]!;
      if (steps > 0 && !PLAIN_GAP.test(this.gap(k) ?? '')) return undefined;
      if (this.isRole(t)) {
        // An apposition to one person is singular: "X, Sprecherin des …", not "X, Diplomaten zufolge".
        if (this.lex.commonWords.has(t.lower) || (this.lex.code === 'de' ? /(?:en|innen)$/u.test(t.lower) : /[^s]s$/u.test(t.lower))) return undefined;
        const end = this.roleComplementEnd(k);
        return this.rolePhrase(n, end, true);
      }
      if (!t.word) return undefined;
      if (APPOSITION_OPENERS.has(t.lower) || this.lex.roleModifiers.has(t.lower)) continue;
      if (t.cap && (this.owner[k] !== -1 || this.isPlaceAdjective(t) || this.lex.code === 'en')) continue;
      if (!t.cap && (this.lex.code === 'de' ? this.isAdjective(t) : !this.lex.stopWords.has(t.lower))) continue;
      return undefined;
    }
    return undefined;
  }

  /** How far the complement of a role noun reaches: "… des russischen Außenministeriums". */
  private roleComplementEnd(role: number): number {
    let end = role;
    for (let k = role + 1; k < this.toks.length && k - role <= MAX_ROLE_DISTANCE && this.sameSentence(role, k); k++) {
      if (!PLAIN_GAP.test(this.gap(k) ?? '')) break;
      const t = this.toks[k]!;
      if (!t.word) break;
      if (t.cap) {
        end = k;
        continue;
      }
      if (ROLE_COMPLEMENT.has(t.lower) || this.lex.determiners.has(t.lower)) continue;
      if (this.lex.code === 'de' ? this.isAdjective(t) : !this.lex.stopWords.has(t.lower) && !this.lex.speakerVerbs.has(t.lower)) {
        if (this.lex.code === 'en') end = k;
        continue;
      }
      break;
    }
    return end;
  }

  /** Extends a role noun to the left over modifiers: "stellvertretende Außenministerin", "German Foreign Minister". */
  private roleStart(role: number): number {
    let s = role;
    for (let k = role - 1; k >= 0 && role - k <= 3 && this.sameSentence(k, role); k--) {
      if (!PLAIN_GAP.test(this.gap(k + 1) ?? '')) break;
      const t = this.toks[k]!;
      if (!t.word || this.lex.determiners.has(t.lower) || this.lex.speakerVerbs.has(t.lower) || this.isTitle(k)) break;
      if (this.lex.roleModifiers.has(t.lower)) {
        s = k;
        continue;
      }
      if (this.lex.code === 'de') {
        if ((!t.cap && this.isAdjective(t)) || (t.cap && this.isPlaceAdjective(t))) {
          s = k;
          continue;
        }
        break;
      }
      if (t.cap && !t.first && this.owner[k] === -1 && !this.lex.stopWords.has(t.lower)) {
        s = k;
        continue;
      }
      if (t.cap && (this.isRole(t) || /(?:an|ian|ish|ese|i)$/u.test(t.lower))) {
        s = k;
        continue;
      }
      break;
    }
    return s;
  }

  private rolePhrase(start: number, end: number, trim = false): string {
    let e = end;
    if (trim) {
      while (e > start && !this.toks[e]!.cap && (ROLE_COMPLEMENT.has(this.toks[e]!.lower) || this.lex.determiners.has(this.toks[e]!.lower))) e--;
    }
    return this.text.slice(this.toks[start]!.start, this.toks[e]!.end).replace(/\s+/gu, ' ');
  }

  // ---------------------------------------------------------- propagation

  /** Links later uses of a name found with a cue: "Stoltenberg", "Stoltenbergs", "Jens Stoltenberg". */
  private propagateNames(): void {
    const fullKeys = new Set<string>();
    const surnames = new Set<string>();
    for (const c of this.claims) {
      if (c.type !== 'person') continue;
      const key = nameKey(c.name);
      if (c.form === 'full') {
        fullKeys.add(key);
        surnames.add(nameKey(lastWordOf(c.name)));
      } else {
        surnames.add(key);
      }
    }
    if (surnames.size === 0) return;
    const german = this.lex.code === 'de';
    for (let i = 0; i < this.toks.length; i++) {
      const t = this.toks[i]!;
      if (!this.free(i) || !t.cap || !t.word || t.allCaps) continue;
      // A full name: two words.
      if (this.free(i + 1) && this.sameSentence(i, i + 1) && this.plainGap(i + 1) && this.toks[i + 1]!.cap) {
        const n = this.toks[i + 1]!;
        const variants = [n.base, ...(german ? genitiveBases(n.base) : [])];
        const hit = variants.find((v) => fullKeys.has(nameKey(`${t.base} ${v}`)));
        if (hit !== undefined) {
          this.claim({ first: i, last: i + 1, type: 'person', key: '', name: `${t.base} ${hit}`, form: 'full', cue: 'known' });
          i++;
          continue;
        }
      }
      if (!NAME_SHAPE.test(t.base) || !HAS_LOWER.test(t.base)) continue;
      const variants = [t.base, ...(german ? genitiveBases(t.base) : [])];
      const hit = variants.find((v) => surnames.has(nameKey(v)));
      if (hit === undefined) continue;
      if (this.isTitle(i) || this.lex.commonWords.has(hit.toLowerCase())) continue;
      // "… Karla Wittstock …" before "sagte Wittstock": a given name, even one no list has, before the surname.
      if (!fullKeys.has(nameKey(hit)) && this.givenNameBefore(i)) {
        const g = this.toks[i - 1]!;
        this.claim({ first: i - 1, last: i, type: 'person', key: '', name: `${g.base} ${hit}`, form: 'full', cue: 'known' });
        fullKeys.add(nameKey(`${g.base} ${hit}`));
        continue;
      }
      this.claim({ first: i, last: i, type: 'person', key: '', name: hit, form: 'surname', cue: 'known' });
    }
  }

  /** Whether the word before token i is a given name of the surname at i: capitalised, name-shaped, not a common word. */
  private givenNameBefore(i: number): boolean {
    const g = i - 1;
    if (!this.free(g) || !this.sameSentence(g, i) || !this.plainGap(i)) return false;
    const t = this.toks[g]!;
    if (!t.word || !t.cap || t.allCaps || t.base.length < 2 || t.base !== t.text) return false;
    if (this.lex.givenNames.has(t.lower)) return true;
    if (this.lex.attributionBefore.has(t.lower) || this.lex.placePrepositions.has(t.lower) || this.lex.speakerVerbs.has(t.lower)) return false;
    if (this.nameClass(g) !== STRONG || this.isRole(t) || this.isTitle(g) || this.lex.placeWords.has(t.lower)) return false;
    if (this.lex.determiners.has(this.toks[g - 1]?.lower ?? '') && this.sameSentence(g - 1, g)) return false;
    if (this.lex.code === 'de' && (ADJECTIVE_LIKE.test(t.base) && !/(?:e|a|o|i)$/u.test(t.lower))) return false;
    return !this.lowerSeen.has(t.lower);
  }

  /** "van der Meulen sagte": a surname mention takes the particles its full name gives it. */
  private extendParticleSurnames(): void {
    const particlesOf = new Map<string, string[]>();
    for (const c of this.claims) {
      if (c.type !== 'person' || c.form !== 'full') continue;
      const words = c.name.split(/\s+/u);
      let k = words.length - 1;
      while (k > 0 && (this.lex.particles.has(words[k - 1]!) || (k > 1 && /^(?:der|den|la|los|las)$/u.test(words[k - 1]!) && this.lex.particles.has(words[k - 2]!)))) k--;
      if (k < words.length - 1 && k > 0) particlesOf.set(nameKey(words[words.length - 1]!), words.slice(k, -1));
    }
    if (particlesOf.size === 0) return;
    this.claims.forEach((c, index) => {
      if (c.type !== 'person' || c.form !== 'surname') return;
      const particles = particlesOf.get(nameKey(c.name));
      if (!particles) return;
      let first = c.first;
      for (let k = particles.length - 1; k >= 0; k--) {
        const p = first - 1;
        if (!this.free(p) || !this.sameSentence(p, c.first) || !this.plainGap(first) || this.toks[p]!.lower !== particles[k]!.toLowerCase()) return;
        first = p;
      }
      const name = this.text.slice(this.toks[first]!.start, this.toks[c.last]!.baseEnd);
      this.claims[index] = { ...c, first, name };
      for (let k = first; k < c.first; k++) this.owner[k] = index;
    });
  }

  // --------------------------------------------------------------- places

  /**
   * Places the gazetteer lacks, from context: "in Verl", "aus Rietberg (Kreis
   * Gütersloh)", "Landkreis Diepholz", "33330 Gütersloh", "the town of
   * Tillamook", "Dayton, Ohio". The word must not be a common noun (known
   * noun, determiner before it elsewhere, noun suffix, seen in lower case),
   * a person or an organisation. Later uses of the same word are linked.
   */
  private findContextPlaces(): void {
    if (this.lex.placeCuePrepositions.size === 0) return;
    const english = this.lex.code === 'en';
    const found = new Map<string, string>();
    for (let i = 0; i < this.toks.length; i++) {
      const t = this.toks[i]!;
      if (!t.word || !t.cap || t.allCaps || !this.free(i)) continue;
      const cue = this.placeCueBefore(i);
      const strong = cue === STRONG;
      if (cue === NONE && !this.beforeRegion(i)) continue;
      if (!this.placeCandidate(i, strong || cue === NONE)) continue;
      let end = i;
      // Multi-word names: "Bad Oeynhausen", "Cedar Rapids", "Sankt Augustin".
      const maxWords = english ? 3 : PLACE_PREFIXES.has(t.lower) ? 2 : 1;
      while (end + 1 < this.toks.length && end - i + 1 < maxWords && this.sameSentence(i, end + 1) && this.plainGap(end + 1) && this.free(end + 1)) {
        const n = this.toks[end + 1]!;
        if (!n.word || !n.cap || n.allCaps || !this.placeCandidate(end + 1, true) || this.isOrganisationHead(n) || this.lex.speakerVerbs.has(n.lower)) break;
        end++;
      }
      // German adjective before a noun: "in Verler Schulen".
      if (!english && end === i && /er$/u.test(t.lower) && this.toks[i + 1]?.cap && this.sameSentence(i, i + 1) && this.plainGap(i + 1)) continue;
      const name = this.text.slice(t.start, this.toks[end]!.baseEnd);
      const key = `place:${name.toLowerCase()}`;
      found.set(name, key);
      this.claim({ first: i, last: end, type: 'place', key, name, form: 'full' });
      i = end;
    }
    if (found.size === 0) return;
    // Later (and earlier) uses of a place found by context.
    for (let i = 0; i < this.toks.length; i++) {
      const t = this.toks[i]!;
      if (!t.word || !t.cap || !this.free(i)) continue;
      for (const [name, key] of found) {
        const words = name.split(' ');
        let ok = true;
        for (let k = 0; k < words.length && ok; k++) {
          const u = this.toks[i + k];
          const last = k === words.length - 1;
          ok = u !== undefined && this.free(i + k) && (k === 0 || (this.sameSentence(i, i + k) && this.plainGap(i + k))) && (u.base === words[k] || (last && !english && u.base === `${words[k]}s`));
        }
        if (!ok) continue;
        const last = i + words.length - 1;
        this.claim({ first: i, last, type: 'place', key, name, form: 'full' });
        i = last;
        break;
      }
    }
  }

  /** STRONG after a place noun or postcode, WEAK after a place preposition, NONE otherwise. */
  private placeCueBefore(i: number): number {
    const p = this.toks[i - 1];
    if (!p || !this.sameSentence(i - 1, i)) return NONE;
    const gapBefore = this.gap(i) ?? '';
    if (/^\d{5}$/u.test(p.text) && PLAIN_GAP.test(gapBefore) && this.lex.code === 'de') return STRONG;
    if (!PLAIN_GAP.test(gapBefore)) {
      // "Rietberg (Kreis Gütersloh)", "Verl, Kreis Gütersloh" are handled by the noun; a comma ends the cue.
      return NONE;
    }
    if (this.lex.code === 'en') {
      // "the town of Tillamook", "Tillamook County" is not handled.
      if (p.lower === 'of' && this.lex.placeNouns.has(this.toks[i - 2]?.lower ?? '') && this.sameSentence(i - 2, i)) return STRONG;
    } else if (p.cap && this.lex.placeNouns.has(p.lower)) {
      return STRONG;
    }
    if (!p.cap && this.lex.placeCuePrepositions.has(p.lower)) return WEAK;
    return NONE;
  }

  /** "Springfield, Ohio": a name before a comma and a region of the gazetteer. */
  private beforeRegion(i: number): boolean {
    const r = i + 1;
    if (!this.sameSentence(i, r) || !/^[ \t]*,[ \t]*$/u.test(this.gap(r) ?? '')) return false;
    const owner = this.owner[r] ?? -1;
    if (owner < 0) return false;
    const target = this.claims[owner]!.target;
    return target?.type === 'place' && target.entry.kind === 'region' && target.entry.country === 'US';
  }

  private placeCandidate(i: number, strong: boolean): boolean {
    const t = this.toks[i]!;
    const lex = this.lex;
    const lowerWord = t.lower;
    if (t.base.length < 3 || !NAME_SHAPE.test(t.base) || !HAS_LOWER.test(t.base)) return false;
    if (lex.stopWords.has(lowerWord) || lex.commonWords.has(lowerWord) || lex.placeStopNouns.has(lowerWord) || lex.titles.has(lowerWord)) return false;
    if (lex.determiners.has(lowerWord) || lex.givenNames.has(lowerWord) || this.isRole(t) || this.isPersonNoun(t) || this.isPlaceAdjective(t)) return false;
    if (this.lowerSeen.has(lowerWord) || lex.speakerVerbs.has(lowerWord)) return false;
    if (lex.code === 'en') {
      if (DEMONYM_ENDING.test(lowerWord) || lex.roleModifiers.has(lowerWord) || this.isOrganisationHead(t)) return false;
      return true;
    }
    if (strong) return !this.hasNounSuffix(lowerWord) || PLACE_ENDING.test(lowerWord);
    if (this.nounMarked.has(lowerWord) || /(?:isch|ische|ischen|ismus)$/u.test(lowerWord)) return false;
    if (this.hasNounSuffix(lowerWord) && !PLACE_ENDING.test(lowerWord)) return false;
    if (/(?:ung|heit|keit|schaft|tion|sion|ität|nis|tum|ment|enz|anz)(?:en|s)?$/u.test(lowerWord)) return false;
    // Plural and inflected nouns after a preposition: "aus Kreisen", "nach Angaben", "in Gesprächen".
    if (/(?:gründen|kreisen|zeiten|fällen|kosten|fragen|kräften)$/u.test(lowerWord)) return false;
    // Umlaut plurals: "in Widersprüche", "aus Verträge".
    if (/[äöü][^aeiouäöüy]+e$/u.test(lowerWord)) return false;
    return !/(?:ungen|heiten|keiten|gaben|nahmen|sichten|ssen|ern|chen)$/u.test(lowerWord);
  }

  // --------------------------------------------------------------- output

  private result(): ArticleEntities {
    const people = this.resolvePeople();
    const entities = new Map<string, EntityDraft>();
    const mentions: Mention[] = [];
    this.claims.forEach((c, index) => {
      const first = this.toks[c.first]!;
      const last = this.toks[c.last]!;
      const span = { start: first.start, end: c.endOffset ?? last.baseEnd };
      const surface = this.text.slice(span.start, span.end);
      const id = c.type === 'person' ? people.get(index)! : c.key;
      let draft = entities.get(id);
      if (!draft) {
        draft = this.draftFor(c, id);
        entities.set(id, draft);
      }
      draft.names.set(c.name, (draft.names.get(c.name) ?? 0) + 1);
      mentions.push({
        span,
        entityId: id,
        type: c.type,
        surface,
        name: c.name,
        form: c.form,
        ...(c.role ? { role: c.role } : {}),
        ...(c.title ? { title: c.title } : {}),
        ...(c.cue ? { cue: c.cue } : {}),
      });
    });
    mentions.sort((x, y) => x.span.start - y.span.start);
    return {
      uri: this.article.uri,
      language: this.article.language,
      mentions,
      entities: [...entities.values()].map((d) => finishEntity(d)),
      candidates: this.candidates(),
    };
  }

  /** Gives each person claim its entity id: full names by key, surnames by the nearest full name with that surname. */
  private resolvePeople(): Map<number, string> {
    const ids = new Map<number, string>();
    const fullKeys = new Set<string>();
    const bySurname = new Map<string, { key: string; at: number }[]>();
    this.claims.forEach((c) => {
      if (c.type === 'person' && c.form === 'full') fullKeys.add(nameKey(c.name));
    });
    this.claims.forEach((c, index) => {
      if (c.type !== 'person' || c.form !== 'full') return;
      let key = nameKey(c.name);
      // "Jens Stoltenbergs" is the genitive of a name given elsewhere.
      if (this.lex.code === 'de' && key.endsWith('s') && fullKeys.has(key.slice(0, -1))) key = key.slice(0, -1);
      ids.set(index, `person:${key}`);
      const surname = nameKey(lastWordOf(c.name));
      const list = bySurname.get(surname) ?? [];
      list.push({ key, at: this.toks[c.first]!.start });
      bySurname.set(surname, list);
    });
    this.claims.forEach((c, index) => {
      if (c.type !== 'person' || c.form === 'full') return;
      const candidatesForName = [c.name, ...(this.lex.code === 'de' ? genitiveBases(c.name) : []), lastWordOf(c.name)];
      let chosen: string | undefined;
      for (const variant of candidatesForName) {
        const list = bySurname.get(nameKey(variant));
        if (!list) continue;
        const at = this.toks[c.first]!.start;
        let best = list[0]!;
        for (const entry of list) if (entry.at <= at) best = entry;
        chosen = best.key;
        break;
      }
      ids.set(index, `person:${chosen ?? nameKey(c.name)}`);
    });
    return ids;
  }

  private draftFor(c: Claim, id: string): EntityDraft {
    const target = c.target;
    if (target?.type === 'place') {
      const entry = target.entry;
      return {
        id,
        type: 'place',
        name: this.lex.code === 'de' ? entry.de[0]! : entry.en[0]!,
        names: new Map(),
        lexiconNames: { de: entry.de[0]!, en: entry.en[0]! },
        placeKind: entry.kind,
        country: entry.country,
      };
    }
    if (target?.type === 'organisation') {
      const entry = target.entry;
      return { id, type: 'organisation', name: this.lex.code === 'de' ? entry.de[0]! : entry.en[0]!, names: new Map(), lexiconNames: { de: entry.de[0]!, en: entry.en[0]! } };
    }
    if (c.type === 'organisation') {
      const name = this.orgNames.get(id) ?? c.name;
      return { id, type: 'organisation', name, names: new Map(), acronym: c.form === 'full' && ACRONYM.test(c.name) };
    }
    return { id, type: 'person', name: '', names: new Map() };
  }

  /** Capitalised words left over that look like surnames, for the corpus index to resolve. */
  private candidates(): SurnameCandidate[] {
    const out: SurnameCandidate[] = [];
    const german = this.lex.code === 'de';
    for (let i = 0; i < this.toks.length; i++) {
      if (!this.free(i)) continue;
      const t = this.toks[i]!;
      if (t.base.length < 3 || t.base.includes('-') || !this.isNameLike(i) || this.isRole(t)) continue;
      const names = [t.base, ...(german ? genitiveBases(t.base) : [])];
      out.push({ span: { start: t.start, end: t.baseEnd }, surface: t.base, keys: names.map((n) => nameKey(n)), names });
    }
    return out;
  }
}

interface EntityDraft {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly names: Map<string, number>;
  readonly lexiconNames?: { readonly de: string; readonly en: string };
  readonly placeKind?: Entity['placeKind'];
  readonly country?: string;
  readonly acronym?: boolean;
}

function finishEntity(d: EntityDraft): Entity {
  const used = [...d.names.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
  let name = d.name;
  if (d.type === 'person') {
    const full = used.filter(([n]) => /\s/u.test(n));
    name = (full[0] ?? used[0])![0];
  }
  const aliases = used.map(([n]) => n).filter((n) => n !== name);
  let partial = false;
  let linkKey: string | undefined;
  const linkKeys: string[] = [];
  if (d.type === 'person') {
    const surname = `person:${nameKey(lastWordOf(name))}`;
    if (/\s/u.test(name)) linkKeys.push(surname);
    else {
      partial = true;
      linkKey = surname;
    }
  } else if (d.type === 'organisation') {
    if (d.acronym) {
      partial = true;
      linkKey = `org:${name.toLowerCase()}`;
    } else {
      for (const alias of aliases) if (/^\p{Lu}{2,6}$/u.test(alias)) linkKeys.push(`org:${alias.toLowerCase()}`);
    }
  }
  return {
    id: d.id,
    type: d.type,
    name,
    aliases,
    ...(d.lexiconNames ? { names: d.lexiconNames } : {}),
    ...(d.placeKind ? { placeKind: d.placeKind } : {}),
    ...(d.country ? { country: d.country } : {}),
    ...(linkKeys.length > 0 ? { linkKeys } : {}),
    ...(partial ? { partial: true, linkKey } : {}),
  };
}

function lastWordOf(name: string): string {
  const words = name.split(/\s+/u);
  return words[words.length - 1]!;
}

/** Key of an organisation name: case-folded, the adjective endings of German names levelled. */
export function organisationKey(name: string): string {
  return name
    .split(/\s+/u)
    .map((w, k, all) => {
      const lowerWord = w.toLowerCase();
      return k < all.length - 1 && lowerWord.endsWith('en') ? lowerWord.slice(0, -1) : lowerWord;
    })
    .join(' ');
}

function stripBodyGenitive(word: string, heads: ReadonlySet<string>): string {
  const parts = word.split(/([-\u2010\u2011])/u);
  const head = parts[parts.length - 1]!;
  const lowerHead = head.toLowerCase();
  for (const cut of [2, 1]) {
    const base = lowerHead.slice(0, -cut);
    if (lowerHead.length > cut && heads.has(base) && /s$/u.test(lowerHead)) {
      parts[parts.length - 1] = head.slice(0, -cut);
      return parts.join('');
    }
  }
  return word;
}
