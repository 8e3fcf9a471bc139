/**
 * Organisations found by rule rather than by the lexicon: clubs ("1. FC Köln"),
 * "Adjective + head" runs ("Wiener Sicherheitspakt"), bodies with a "für"
 * complement, newspaper titles, "head + place" ("Landgericht Karlsruhe"),
 * acronyms and body compounds ("NATO-Russland-Rat").
 */
import { REGIONAL_DIVISION_WORDS, ROMANCE_LOWER_WORD, ROMANCE_NAME_JOINTS, ROMANCE_ORGANISATION_HEADS, ROMANCE_WEAK_HEADS } from '../languages/entities';
import type { RecognitionContext } from './recognitionContext';
import { matchPhraseAt } from './lexiconMatches';
import { genitiveBases } from './normalize';
import { claimParenthesisedAcronym } from './organisationAliases';
import { ACRONYM, ADJECTIVE_LIKE, NAME_SHAPE } from './shapes';

/** "Deutsch-Tschechischen", "Deutsch-Französische": adjectives joined by hyphens. */
const HYPHENATED_ADJECTIVE = /^(?:\p{Lu}\p{Ll}+-)+\p{Lu}\p{Ll}+(?:e|en|er|es)$/u;
/** Heads of compounds named after a patron: "Goethe-Institut", "Max-Planck-Gesellschaft", "Carl-Orff-Gymnasium". */
const PATRON_HEADS = new Set([
  'institut', 'instituts', 'stiftung', 'gymnasium', 'gymnasiums', 'schule', 'klinikum', 'klinikums', 'universität',
  'gesellschaft', 'akademie', 'zentrum', 'zentrums', 'museum', 'museums', 'orchester', 'orchesters', 'ensemble',
  'verlag', 'verlags', 'realschule', 'gesamtschule', 'grundschule', 'hochschule',
]);
/** German plural nouns ending like adjectives ("Redaktionen", "Meinungen"), which open no name. */
const PLURAL_NOUN = /(?:ionen|ungen|heiten|keiten|schaften|täten|nissen)$/u;
/** Numbers in club names: "Schalke 04", "TSV 1860". */
const CLUB_NUMBER = /^(?:0\d|18\d\d)$/u;
/** German nouns for public bodies that take a "für" complement as part of their name. */
const BODY_HEAD = /(?:amt|ministerium|anstalt|kammer|institut|zentrum|zentrale|behörde|agentur|stiftung|verband|gesellschaft|kommission|akademie|bundesrat|landesrat|gericht|ausschuss|fonds|büro|stelle|verein|bund)(?:e?s)?$/u;
/** "Wiener Sicherheitspakt", "Leipziger Zentrum für Osteuropastudien", "Vienna Security Pact". */
export function findOrganisationRuns(ctx: RecognitionContext): void {
  const german = ctx.lex.code === 'de';
  for (let i = 0; i < ctx.toks.length; i++) {
    const t = ctx.toks[i]!;
    if (!t.cap || t.allCaps || !ctx.free(i)) continue;
    // A lexicon phrase ("World Health Organization") is claimed by the lexicon pass.
    const phrase = ctx.lex.phrases.has(t.lower) ? matchPhraseAt(ctx, i) : undefined;
    if (phrase && phrase.length > 1) {
      i += phrase.length - 1;
      continue;
    }
    if (german && claimHeadWithPlace(ctx, i)) continue;
    // "Chile's Supreme Court": a possessive names the owner, not the first word of the body.
    if (!german && t.base !== t.text) continue;
    if (claimNamedBody(ctx, i) || claimMediaHead(ctx, i)) continue;
    if (german && !(ADJECTIVE_LIKE.test(t.base) || HYPHENATED_ADJECTIVE.test(t.base) || ctx.isPlaceAdjective(t))) continue;
    // "deren Redaktionen Nachrichten zuliefern": a plural noun shaped like an adjective opens no title.
    if (german && PLURAL_NOUN.test(t.lower)) continue;
    // "Neues Kühlhaus": an adjective that describes opens no name.
    if (german && (ctx.lex.data.descriptiveAdjectives ?? []).some((a) => t.lower.startsWith(a)) && !describedByPlace(ctx, i + 1)) continue;
    // English stop words capitalised inside a sentence open names: "the Great Lakes Institute".
    if (ctx.lex.stopWords.has(t.lower) && !ctx.lex.placeWords.has(t.lower) && (german || t.initial)) continue;
    if (ctx.lex.determiners.has(t.lower) || ctx.isTitle(i) || ctx.isRole(t)) continue;
    let end = ctx.lex.code === 'en' && ctx.isOrganisationHead(t) ? i : -1;
    let extension = false;
    // "… für Wohnen, Bau und Heimat": a listed field counts once "und" closes the list.
    let beforeList = -1;
    let j = i;
    while (j + 1 < ctx.toks.length && ctx.sameSentence(j, j + 1) && (ctx.plainGap(j + 1) || (extension && german && COMMA_GAP.test(ctx.gap(j + 1) ?? '') && ctx.toks[j + 1]!.cap && ctx.free(j + 1)))) {
      const n = ctx.toks[j + 1]!;
      if (!ctx.plainGap(j + 1) && beforeList < 0) beforeList = end;
      if (n.cap && ctx.free(j + 1)) {
        j++;
        if (extension || ctx.isOrganisationHead(n)) end = j;
        continue;
      }
      if (beforeList >= 0 && n.lower === 'und' && ctx.toks[j + 2]?.cap && ctx.free(j + 2) && ctx.plainGap(j + 2)) {
        beforeList = -2;
        j++;
        continue;
      }
      // "Competition and Markets Authority": two fields joined before the head.
      if (!german && end < 0 && n.lower === 'and' && ctx.toks[j + 2]?.cap && ctx.free(j + 2) && ctx.plainGap(j + 2) && ctx.toks[j]!.cap) {
        j++;
        continue;
      }
      // "… für Osteuropastudien", "… for Security and Co-operation in Europe".
      const opens = n.lower === 'für' || n.lower === 'for' || n.lower === 'of';
      const joins = extension && (n.lower === 'und' || n.lower === 'and');
      if (end >= 0 && (opens || joins) && ctx.toks[j + 2]?.cap && ctx.free(j + 2) && ctx.plainGap(j + 2) && !(n.lower === 'für' && isPlaceWord(ctx, j + 2))) {
        extension = true;
        j++;
        continue;
      }
      // "… for the Exploration of the Sea".
      if (!german && end >= 0 && opens && ctx.toks[j + 2]?.lower === 'the' && ctx.toks[j + 3]?.cap && ctx.free(j + 3) && ctx.sameSentence(j, j + 3) && ctx.plainGap(j + 2) && ctx.plainGap(j + 3)) {
        extension = true;
        j += 2;
        continue;
      }
      break;
    }
    if (beforeList >= 0) end = beforeList;
    if (end < 0 || end === i) continue;
    // "Philharmonisches Orchester Zittau": the seat after the head belongs to the name.
    if (german && !extension && ctx.sameSentence(end, end + 1) && ctx.plainGap(end + 1)) {
      const seat = matchPhraseAt(ctx, end + 1);
      if (seat && seat.phrase.target.type === 'place' && ctx.toks[end + seat.length]!.base === seat.phrase.tokens[seat.length - 1]) end += seat.length;
      else if (!seat && isSeatName(ctx, end + 1)) end += 1;
    }
    // A lexicon phrase at least as long wins ("European Union", "Security Council").
    const lexicon = matchPhraseAt(ctx, i);
    if (lexicon && lexicon.length >= end - i + 1) {
      i += lexicon.length - 1;
      continue;
    }
    // "Geschichtsverein Prümer Land": a body's compound before a name that opens with a town's adjective opens it.
    const opener = ctx.toks[i - 1];
    let first = i;
    if (german && opener && opener.cap && /\p{Ll}er$/u.test(t.base) && ctx.free(i - 1) && ctx.sameSentence(i - 1, i) && ctx.plainGap(i) && ctx.isOrganisationCompound(opener.lower)) first = i - 1;
    // Trailing connectors are not part of the name.
    const name = canonicalOrganisation(ctx, first, end);
    const key = `org:${organisationKey(name)}`;
    ctx.orgNames.set(key, name);
    ctx.claim({ first, last: end, type: 'organisation', key, name, form: 'full' });
    claimParenthesisedAcronym(ctx, end, key);
    i = end;
  }
}

/**
 * "Zentralverband des Deutschen Baugewerbes", "Generaldirektion Kulturelles
 * Erbe Rheinland-Pfalz": a body's compound and a name in which an adjective
 * keeps its capital inside the sentence (which no description does).
 */
export function findCapitalisedFieldBodies(ctx: RecognitionContext): void {
  if (ctx.lex.code !== 'de') return;
  for (let i = 0; i + 2 < ctx.toks.length; i++) {
    const t = ctx.toks[i]!;
    if (!t.cap || t.allCaps || !ctx.free(i) || !(ctx.isOrganisationCompound(t.lower) || ctx.isOrganisationHead(t))) continue;
    let a = i + 1;
    const genitive = /^(?:des|der)$/u.test(ctx.toks[a]!.lower) && ctx.plainGap(a);
    if (genitive) a++;
    const adjective = ctx.toks[a];
    const noun = ctx.toks[a + 1];
    if (!adjective || !noun || !ctx.sameSentence(i, a + 1) || !ctx.plainGap(a) || !ctx.plainGap(a + 1) || !ctx.free(a) || !ctx.free(a + 1)) continue;
    // Without an article "-en" may close an infinitive used as a noun ("Mieterverein Wohnen Plus").
    if (!genitive && adjective.lower.endsWith('en')) continue;
    if (!adjective.cap || adjective.initial || !ADJECTIVE_LIKE.test(adjective.base) || !noun.cap || !noun.word || noun.allCaps || ctx.isRole(noun) || ctx.lex.stopWords.has(adjective.lower)) continue;
    let end = a + 1;
    const seat = ctx.sameSentence(end, end + 1) && ctx.plainGap(end + 1) ? matchPhraseAt(ctx, end + 1) : undefined;
    if (seat && seat.phrase.target.type === 'place') end += seat.length;
    const name = ctx.text.slice(t.start, ctx.toks[end]!.baseEnd);
    const key = `org:${organisationKey(name)}`;
    ctx.orgNames.set(key, name);
    ctx.claim({ first: i, last: end, type: 'organisation', key, name, form: 'full' });
    i = end;
  }
}

/** "SC Verl", "1. FC Köln", "TSV 1860 München", "Borussia Dortmund", "Schalke 04", "Hertha BSC". */
export function findClubs(ctx: RecognitionContext): void {
  for (let i = 0; i < ctx.toks.length; i++) {
    const t = ctx.toks[i]!;
    if (!t.word || !ctx.free(i)) continue;
    const named = clubBeforeSuffixEnd(ctx, i) ?? clubNicknameSpan(ctx, i);
    if (named) {
      const name = ctx.text.slice(ctx.toks[named.first]!.start, ctx.toks[named.last]!.baseEnd);
      const key = `org:${organisationKey(name)}`;
      ctx.orgNames.set(key, name);
      ctx.contextOrganisations.set(name, key);
      // "Eisbären Oberhausen" … "die Eisbären": the nickname alone names the same club.
      if (named.nickname) ctx.contextOrganisations.set(ctx.toks[named.nickname]!.base, key);
      ctx.claim({ first: named.first, last: named.last, type: 'organisation', key, name, form: 'full' });
      i = named.last;
      continue;
    }
    const prefix = ctx.lex.clubPrefixes.has(t.base);
    const numbered = !prefix && t.cap && !t.allCaps && CLUB_NUMBER.test(ctx.toks[i + 1]?.text ?? '') && ctx.sameSentence(i, i + 1) && ctx.plainGap(i + 1);
    if (!prefix && !numbered) continue;
    if (numbered && (ctx.lex.stopWords.has(t.lower) || ctx.lex.commonWords.has(t.lower) || ctx.isRole(t))) continue;
    let start = i;
    // "1. FC Köln": the ordinal belongs to the name.
    const p = ctx.toks[i - 1];
    if (prefix && p && ctx.sameSentence(i - 1, i) && /^\d$/u.test(p.text) && /^\.[ \t\u00a0]+$/u.test(ctx.gap(i) ?? '')) start = i - 1;
    let end = numbered ? i + 1 : i;
    let words = 0;
    for (let j = end + 1; j < ctx.toks.length && j - i <= 4 && ctx.sameSentence(i, j) && ctx.plainGap(j) && ctx.free(j); j++) {
      const n = ctx.toks[j]!;
      if (n.word && n.cap && !ctx.lex.stopWords.has(n.lower) && !ctx.lex.commonWords.has(n.lower) && !ctx.isRole(n) && !ctx.lex.speakerVerbs.has(n.lower)) {
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
    // "der Dresdner SC", "Hamburger SV": a town's adjective before the prefix names the seat.
    const q = ctx.toks[start - 1];
    if (prefix && q && q.cap && q.word && !q.initial && ctx.sameSentence(start - 1, start) && ctx.plainGap(start) && ctx.free(start - 1) && /\p{Ll}er$/u.test(q.base) && !ctx.lex.stopWords.has(q.lower) && !ctx.lex.commonWords.has(q.lower) && !ctx.isRole(q) && !ctx.isPersonNoun(q)) {
      start--;
      words++;
    }
    // "Allianz MTV Stuttgart": a sponsor's name before a club with its seat.
    const sponsor = ctx.toks[start - 1];
    if (prefix && words > 0 && start === i && sponsor && sponsor.cap && sponsor.word && !sponsor.initial && !sponsor.allCaps && ctx.sameSentence(start - 1, start) && ctx.plainGap(start) && ctx.free(start - 1) && !ctx.lex.stopWords.has(sponsor.lower) && !ctx.lex.commonWords.has(sponsor.lower) && !ctx.nounMarked.has(sponsor.lower) && !ctx.isRole(sponsor) && !ctx.isPersonNoun(sponsor) && !ctx.isTitle(start - 1) && !ctx.lex.placeWords.has(sponsor.lower)) start--;
    if (prefix && words === 0) continue;
    if (prefix && !t.allCaps && t.base.length > 4 && ctx.toks[i + 1] && ctx.lex.phrases.has(t.lower)) continue;
    const name = ctx.text.slice(ctx.toks[start]!.start, ctx.toks[end]!.baseEnd);
    const key = `org:${organisationKey(name)}`;
    ctx.orgNames.set(key, name);
    ctx.claim({ first: start, last: end, type: 'organisation', key, name, form: 'full' });
    i = end;
  }
}

/** "Djurgården IF", "Chelsea FC": a name word and a club abbreviation that opens no other club's name. */
function clubBeforeSuffixEnd(ctx: RecognitionContext, i: number): { first: number; last: number; nickname?: number } | undefined {
  const t = ctx.toks[i]!;
  const s = ctx.toks[i + 1];
  if (!s || !t.cap || t.allCaps || !ctx.lex.clubSuffixes.has(s.base) || !ctx.sameSentence(i, i + 1) || !ctx.plainGap(i + 1) || !ctx.free(i + 1)) return undefined;
  if (ctx.lex.stopWords.has(t.lower) || ctx.lex.commonWords.has(t.lower) || ctx.isRole(t) || ctx.isTitle(i) || ctx.lex.speakerVerbs.has(t.lower)) return undefined;
  const n = ctx.toks[i + 2];
  if (n && n.word && n.cap && ctx.sameSentence(i + 1, i + 2) && ctx.plainGap(i + 2)) return undefined;
  return { first: i, last: i + 1 };
}

/** "Eisbären Oberhausen", "Kasseler Löwen": a team nickname with its seat after it or the seat's adjective before it. */
function clubNicknameSpan(ctx: RecognitionContext, i: number): { first: number; last: number; nickname?: number } | undefined {
  const t = ctx.toks[i]!;
  if (!t.cap || t.allCaps || !ctx.lex.clubNicknames.has(t.lower)) return undefined;
  if (ctx.sameSentence(i, i + 1) && ctx.plainGap(i + 1) && ctx.free(i + 1)) {
    const seat = matchPhraseAt(ctx, i + 1);
    if (seat && seat.phrase.target.type === 'place') return { first: i, last: i + seat.length, nickname: i };
  }
  const q = ctx.toks[i - 1];
  if (q && q.cap && q.word && !q.allCaps && ctx.free(i - 1) && ctx.sameSentence(i - 1, i) && ctx.plainGap(i) && /\p{Ll}er$/u.test(q.base) && !ctx.lex.stopWords.has(q.lower) && !ctx.lex.commonWords.has(q.lower) && !ctx.isRole(q) && !ctx.isPersonNoun(q)) {
    return { first: i - 1, last: i, nickname: i };
  }
  return undefined;
}

/** "Bundesinstitut für Arzneimittel und Medizinprodukte", "Landesamt für Umwelt": a body and what it is for. */
function claimNamedBody(ctx: RecognitionContext, i: number): boolean {
  const t = ctx.toks[i]!;
  if (ctx.lex.code !== 'de' || !t.cap || !BODY_HEAD.test(t.lower)) return false;
  const f = ctx.toks[i + 1];
  if (!f || f.lower !== 'für' || !ctx.sameSentence(i, i + 1) || !ctx.plainGap(i + 1)) return false;
  if (describedNotNamed(ctx, i) || isPlaceWord(ctx, i + 2)) return false;
  // "Ministerium für Wohnen, Bau und Heimat": items after a comma count once "und" closes the list.
  let end = -1;
  let list = false;
  let closed = false;
  for (let j = i + 2; j < ctx.toks.length && j - i <= 16 && ctx.sameSentence(i, j) && ctx.free(j); j++) {
    const comma = COMMA_GAP.test(ctx.gap(j) ?? '');
    if (!ctx.plainGap(j) && !(comma && end >= 0)) break;
    if (comma) list = true;
    const n = ctx.toks[j]!;
    if (n.word && n.cap) {
      if (!list || closed) end = j;
      continue;
    }
    const more = ctx.toks[j + 1]?.cap && ctx.sameSentence(j, j + 1) && ctx.plainGap(j + 1);
    if (end >= 0 && more && (n.lower === 'und' || n.lower === 'für')) {
      if (n.lower === 'und' && list) closed = true;
      continue;
    }
    // "ländliche Räume" inside the list.
    if (end >= 0 && list && more && !n.cap && ctx.isAdjective(n)) continue;
    break;
  }
  if (end < 0) return false;
  const name = canonicalOrganisation(ctx, i, end);
  const key = `org:${organisationKey(name)}`;
  ctx.orgNames.set(key, name);
  ctx.claim({ first: i, last: end, type: 'organisation', key, name, form: 'full' });
  claimParenthesisedAcronym(ctx, end, key);
  return true;
}

const COMMA_GAP = /^[ \t\u00a0]*,[ \t\u00a0]*$/u;

/** "ein Verteilzentrum für Tiefkühlware", "Neues Kühlhaus für …": a description of a thing, not a body's name. */
function describedNotNamed(ctx: RecognitionContext, i: number): boolean {
  let k = i - 1;
  const descriptive = ctx.lex.data.descriptiveAdjectives ?? [];
  while (k >= 0 && ctx.sameSentence(k, i) && ctx.toks[k]!.word && (ctx.isAdjective(ctx.toks[k]!) || descriptive.some((a) => ctx.toks[k]!.lower.startsWith(a)))) {
    if (descriptive.some((a) => ctx.toks[k]!.lower.startsWith(a))) return true;
    k--;
  }
  const article = k >= 0 && ctx.sameSentence(k, i) ? ctx.toks[k]!.lower : '';
  return /^(?:ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem)$/u.test(article);
}

/** "Neue Zürcher Zeitung", "Neue Westfälische": after the adjective, a place adjective or a title's head goes on with a name. */
function describedByPlace(ctx: RecognitionContext, j: number): boolean {
  const n = ctx.toks[j];
  return n !== undefined && ctx.sameSentence(j - 1, j) && (ctx.isPlaceAdjective(n) || ctx.lex.mediaHeads.has(n.lower) || /^\p{Lu}\p{Ll}+(?:er|ische|ischen)$/u.test(n.base));
}

/** A word the gazetteer or another mention of the article names as a place: "… für Damme" is no body's field. */
function isPlaceWord(ctx: RecognitionContext, j: number): boolean {
  const t = ctx.toks[j];
  if (!t) return false;
  const phrase = matchPhraseAt(ctx, j);
  if (phrase && phrase.phrase.target.type === 'place') return true;
  return ctx.claims.some((c) => c.type === 'place' && c.name.toLowerCase() === t.lower);
}

/** "Verler Echo", "Haller Kreisblatt", "Tillamook County Gazette": a newspaper title ending in a media head. */
function claimMediaHead(ctx: RecognitionContext, i: number): boolean {
  const t = ctx.toks[i]!;
  if (t.allCaps || ctx.lex.stopWords.has(t.lower) || ctx.lex.determiners.has(t.lower) || ctx.lex.commonWords.has(t.lower) || ctx.isTitle(i) || ctx.isRole(t)) return false;
  if (ctx.lex.mediaHeads.has(t.lower) || (t.initial && ctx.lowerSeen.has(t.lower))) return false;
  if (ctx.lex.attributionBefore.has(t.lower) || ctx.lex.placePrepositions.has(t.lower) || ctx.lex.placeCuePrepositions.has(t.lower)) return false;
  // "deren Redaktionen Nachrichten zuliefern": a German plural noun (noun suffix, no place adjective) opens no title.
  if (ctx.lex.code === 'de' && PLURAL_NOUN.test(t.lower)) return false;
  let end = -1;
  for (let j = i + 1; j < ctx.toks.length && j - i <= 3 && ctx.sameSentence(i, j) && ctx.plainGap(j) && ctx.free(j); j++) {
    const n = ctx.toks[j]!;
    if (!n.word || !n.cap) break;
    if (ctx.lex.mediaHeads.has(n.lower)) end = j;
  }
  if (end < 0) return false;
  const name = ctx.text.slice(t.start, ctx.toks[end]!.baseEnd);
  const key = `org:${organisationKey(name)}`;
  ctx.orgNames.set(key, name);
  ctx.claim({ first: i, last: end, type: 'organisation', key, name, form: 'full' });
  return true;
}

/**
 * "Landgericht Karlsruhe", "Universität Jena": an organisation noun and the
 * place it belongs to; after a head for bodies named by their seat, also a
 * place the gazetteer lacks ("Hochschule Geisenheim", "Handelskammer
 * Ostbrandenburg"). "Industrie- und Handelskammer …" keeps its first part.
 */
function claimHeadWithPlace(ctx: RecognitionContext, i: number): boolean {
  const t = ctx.toks[i]!;
  if (!ctx.sameSentence(i, i + 1) || !ctx.plainGap(i + 1)) return false;
  const seat = isSeatHead(ctx, t.lower);
  if (!seat && !ctx.isOrganisationHead(t)) return false;
  const place = matchPhraseAt(ctx, i + 1);
  let last: number;
  // "Verkehrsministerium Polens" is a description: a seat is named in the nominative.
  if (place && place.phrase.target.type === 'place' && ctx.toks[i + place.length]!.base === place.phrase.tokens[place.length - 1]) last = i + place.length;
  else if (place && place.phrase.target.type === 'place') return false;
  else if (seat && !place && isSeatName(ctx, i + 1)) last = i + 1;
  // "Obstbauverband Altes Land", "Naturpark Schwäbische Alb": an adjective and a noun.
  else if (seat && !place && ADJECTIVE_LIKE.test(ctx.toks[i + 1]!.base) && !/er$/u.test(ctx.toks[i + 1]!.base) && ctx.free(i + 1) && ctx.sameSentence(i, i + 2) && ctx.plainGap(i + 2) && ctx.toks[i + 2]!.cap && ctx.free(i + 2) && !ctx.lex.stopWords.has(ctx.toks[i + 1]!.lower) && !ctx.lex.determiners.has(ctx.toks[i + 1]!.lower)) last = i + 2;
  else return false;
  let first = i;
  const and = ctx.toks[i - 1];
  const part = ctx.toks[i - 2];
  if (and && part && ctx.lex.coordinators.has(and.lower) && ctx.sameSentence(i - 2, i) && part.cap && ctx.free(i - 2) && ctx.plainGap(i) && /^-[ \t]+$/u.test(ctx.gap(i - 1) ?? '')) first = i - 2;
  const name = ctx.text.slice(ctx.toks[first]!.start, ctx.toks[last]!.baseEnd);
  const key = `org:${organisationKey(name)}`;
  ctx.orgNames.set(key, name);
  ctx.claim({ first, last, type: 'organisation', key, name, form: 'full' });
  return true;
}

export function isSeatHead(ctx: RecognitionContext, lowerWord: string): boolean {
  if (ctx.lex.seatHeads.size === 0) return false;
  const cacheKey = `s${lowerWord}`;
  const cached = ctx.headCached(cacheKey);
  if (cached !== undefined) return cached;
  let result = false;
  for (const form of [lowerWord, lowerWord.replace(/(?:es|s)$/u, '')]) {
    for (const head of ctx.lex.seatHeads) if (form.endsWith(head)) result = true;
  }
  ctx.rememberWord(cacheKey, result);
  return result;
}

/** A capitalised word after a seat head that names the seat: no common noun, person, role or adjective. */
function isSeatName(ctx: RecognitionContext, j: number): boolean {
  const n = ctx.toks[j];
  if (!n || !n.word || !n.cap || n.allCaps || !ctx.free(j) || !NAME_SHAPE.test(n.base)) return false;
  const lex = ctx.lex;
  if (lex.givenNames.has(n.lower) || lex.commonWords.has(n.lower) || lex.stopWords.has(n.lower) || lex.placeStopNouns.has(n.lower)) return false;
  if (ctx.isRole(n) || ctx.isTitle(j) || ctx.isPersonNoun(n) || lex.placeNouns.has(n.lower) || ctx.isOrganisationHead(n)) return false;
  if (lex.speakerVerbs.has(n.lower) || ctx.lowerSeen.has(n.lower)) return false;
  // "Finanzpolizei Guardia di Finanza": a name that goes on is introduced, not a seat.
  const after = ctx.toks[j + 1];
  if (after && ctx.sameSentence(j, j + 1) && ctx.plainGap(j + 1) && (after.cap || lex.particles.has(after.lower))) return false;
  // "Straßburg-Ortenau": hyphenated names of regions.
  if (n.base.includes('-')) return n.base.split('-').every((part) => /^\p{Lu}\p{Ll}+$/u.test(part));
  return !ctx.nounMarked.has(n.lower) && !ctx.hasNounSuffix(n.lower);
}

function canonicalOrganisation(ctx: RecognitionContext, first: number, last: number): string {
  const lastTok = ctx.toks[last]!;
  let lastWord = lastTok.base;
  if (ctx.lex.code === 'de') {
    for (const base of genitiveBases(lastWord)) {
      if (ctx.lex.data.organisationHeads.some((head) => base.toLowerCase().endsWith(head) && !head.endsWith('s'))) {
        lastWord = base;
        break;
      }
    }
  }
  return ctx.text.slice(ctx.toks[first]!.start, lastTok.start) + lastWord;
}

/** Acronyms ("OSZE", "WSP"), body compounds ("NATO-Russland-Rat"), media titles ("Zeitung Die Welt"). */
export function findAcronymsAndCompounds(ctx: RecognitionContext): void {
  const shouting = shoutingSentences(ctx);
  for (let i = 0; i < ctx.toks.length; i++) {
    if (!ctx.free(i)) continue;
    const t = ctx.toks[i]!;
    if (!t.word) continue;
    if (t.allCaps && ACRONYM.test(t.base) && !shouting.has(t.sentence) && !ctx.lex.notAcronyms.has(t.base) && !isTrailingLegalForm(ctx, i)) {
      // "IG BAU": two acronyms in a row name one body.
      const n = ctx.toks[i + 1];
      if (n && n.allCaps && ACRONYM.test(n.base) && t.base === t.text && ctx.sameSentence(i, i + 1) && ctx.plainGap(i + 1) && ctx.free(i + 1) && !ctx.lex.notAcronyms.has(n.base) && !ctx.orgAliases.has(t.base)) {
        const name = `${t.base} ${n.base}`;
        ctx.claim({ first: i, last: i + 1, type: 'organisation', key: `org:${name.toLowerCase()}`, name, form: 'full' });
        i++;
        continue;
      }
      // "PA Media", "DB Netz": an acronym and a trade noun or body head name one company.
      // "TÜV Nord": a compass word names the acronym's regional company.
      if (n && n.cap && !n.allCaps && t.base === t.text && ctx.sameSentence(i, i + 1) && ctx.plainGap(i + 1) && ctx.free(i + 1) && !ctx.orgAliases.has(t.base) && ((ctx.lex.data.tradeNouns ?? []).includes(n.lower) || REGIONAL_DIVISION_WORDS.has(n.text) || (ctx.lex.code === 'en' && ctx.isOrganisationHead(n)))) {
        const name = `${t.base} ${n.base}`;
        ctx.claim({ first: i, last: i + 1, type: 'organisation', key: `org:${name.toLowerCase()}`, name, form: 'full' });
        i++;
        continue;
      }
      const key = ctx.orgAliases.get(t.base) ?? `org:${t.base.toLowerCase()}`;
      ctx.claim({ first: i, last: i, type: 'organisation', key, name: t.base, form: ctx.orgAliases.has(t.base) ? 'alias' : 'full' });
      continue;
    }
    if (t.base.includes('-') && isBodyCompound(ctx, t.base)) {
      const name = stripBodyGenitive(t.base, ctx.lex.bodyCompoundHeads);
      const key = `org:${organisationKey(name)}`;
      ctx.claim({ first: i, last: i, type: 'organisation', key, name, form: 'full' });
      continue;
    }
    if (!t.cap && ctx.lex.mediaNouns.has(t.lower)) claimMediaTitle(ctx, i);
  }
}

function shoutingSentences(ctx: RecognitionContext): Set<number> {
  const counts = new Map<number, [number, number]>();
  for (const t of ctx.toks) {
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

/** "Deutsche Bahn AG": a legal form after a name is no organisation of its own. */
function isTrailingLegalForm(ctx: RecognitionContext, i: number): boolean {
  const p = ctx.toks[i - 1];
  return ctx.lex.legalSuffixes.has(ctx.toks[i]!.text) && p !== undefined && p.cap && p.word && ctx.sameSentence(i - 1, i) && ctx.plainGap(i);
}

function isBodyCompound(ctx: RecognitionContext, word: string): boolean {
  const parts = word.split(/[-\u2010\u2011]/u);
  if (parts.length < 2) return false;
  const head = parts[parts.length - 1]!.toLowerCase();
  if (ctx.lex.code === 'de' && PATRON_HEADS.has(head) && parts.every((p) => /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(p)) && !ctx.lex.commonWords.has(parts[0]!.toLowerCase())) return true;
  if (!ctx.lex.bodyCompoundHeads.has(head)) return false;
  const firstPart = parts[0]!;
  return ACRONYM.test(firstPart) || ctx.lex.phrases.has(firstPart.toLowerCase());
}

/** "der Zeitung Die Welt": a capitalised title right after a media noun names an organisation. */
function claimMediaTitle(ctx: RecognitionContext, i: number): void {
  let j = i + 1;
  let last = -1;
  while (j < ctx.toks.length && j - i <= 4 && ctx.sameSentence(i, j) && ctx.plainGap(j) && ctx.toks[j]!.cap && ctx.free(j)) {
    last = j;
    j++;
  }
  // Hmm: a lone article ("Zeitung Die") is no title.
  if (last < 0 || (last === i + 1 && ctx.lex.stopWords.has(ctx.toks[last]!.lower))) return;
  const nameText = ctx.text.slice(ctx.toks[i + 1]!.start, ctx.toks[last]!.baseEnd);
  const key = `org:${organisationKey(nameText)}`;
  ctx.claim({ first: i + 1, last, type: 'organisation', key, name: nameText, form: 'full' });
}

/** Key of an organisation name: case-folded, the adjective endings of German names levelled. */
function organisationKey(name: string): string {
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

/** An elided Romance article before a name: "d'Alsace", "l'Énergie". */
const ELIDED_NAME = /^[dlDL]['’]\p{Lu}/u;

/**
 * "Universidad de Chile", "Superintendencia del Medio Ambiente", "Institut
 * national de recherches archéologiques", "Collectivité européenne d'Alsace":
 * a Romance body's head and the words of its name, which German and English
 * news leave untranslated. The name stops at a function word of the
 * article's language or a punctuation mark, and ends on a name word.
 */
export function findRomanceBodies(ctx: RecognitionContext): void {
  for (let i = 0; i + 1 < ctx.toks.length; i++) {
    const t = ctx.toks[i]!;
    if (!t.cap || !t.word || t.allCaps || !ctx.free(i)) continue;
    const strong = ROMANCE_ORGANISATION_HEADS.has(t.lower);
    if (!strong && !ROMANCE_WEAK_HEADS.has(t.lower)) continue;
    let end = -1;
    for (let j = i + 1; j < ctx.toks.length && j - i <= 8 && ctx.sameSentence(i, j) && ctx.plainGap(j) && ctx.free(j); j++) {
      const n = ctx.toks[j]!;
      if (!n.word) break;
      const romanceLower = !n.cap && !ctx.lex.stopWords.has(n.lower) && (ROMANCE_LOWER_WORD.test(n.lower) || /[àâçèéêëîïôûùœñãõ]/u.test(n.lower)) && !ctx.lex.speakerVerbs.has(n.lower);
      if (!strong && j === i + 1 && !romanceLower) break;
      // "im Radio Nachrichten hören": a common noun after a head that is also a German or English word is no name.
      if (j === i + 1 && n.cap && (ctx.lex.commonWords.has(n.lower) || ctx.nounMarked.has(n.lower) || ctx.lowerSeen.has(n.lower) || (ctx.lex.code === 'de' && ctx.hasNounSuffix(n.lower)))) break;
      if (ELIDED_NAME.test(n.text) || romanceLower || (n.cap && !ctx.lex.stopWords.has(n.lower) && !ctx.lex.speakerVerbs.has(n.lower) && !ctx.isRole(n) && !ctx.isTitle(j))) {
        end = j;
        continue;
      }
      if (ROMANCE_NAME_JOINTS.has(n.lower) && !n.cap) continue;
      break;
    }
    if (end < 0) continue;
    const name = ctx.text.slice(t.start, ctx.toks[end]!.baseEnd);
    const key = `org:${organisationKey(name)}`;
    ctx.orgNames.set(key, name);
    ctx.contextOrganisations.set(name, key);
    ctx.claim({ first: i, last: end, type: 'organisation', key, name, form: 'full' });
    claimParenthesisedAcronym(ctx, end, key);
    i = end;
  }
}
