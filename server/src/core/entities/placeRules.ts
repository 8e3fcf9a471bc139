/**
 * Places the gazetteer lacks, found from context.
 */
import { ENGLISH_LANDSCAPE_NOUNS, GERMAN_COMPASS_PREFIXES, GERMAN_LAND_NOUNS, GERMAN_LANDSCAPE_ENDINGS, ROMANCE_PLACE_ARTICLES, ROMANCE_PLACE_JOINTS, ROMANCE_PLACE_OPENERS, SAINT_PLACE_OPENERS } from '../languages/entities/placeShapes';
import { genitiveBases } from './normalize';
import { continuesPlaceList } from './placeLists';
import type { RecognitionContext } from './recognitionContext';
import { ADJECTIVE_LIKE, HAS_LOWER, NAME_SHAPE, NONE, PLAIN_GAP, STRONG, WEAK } from './shapes';

/** Endings of German place names that also end some common nouns ("Lippstadt", "Rheda-Wiedenbrück"). */
const PLACE_ENDING = /(?:stadt|förde|vörde|burg|berg|dorf|feld|hausen|heim|ingen|kirchen|furt|brück|brücken|hagen|rode|stedt|leben|born|bach|beck|büttel|werder|see|au|ow|itz|in)$/u;
/** First words of two-word German place names. */
const PLACE_PREFIXES = new Set(['bad', 'sankt', 'st', 'neu', 'groß', 'klein', 'alt', 'hohen', 'bergisch', 'schwäbisch', 'ober', 'unter', 'nieder']);
/** Endings of nationality and language words ("English", "Chinese", "Israeli"). */
const DEMONYM_ENDING = /(?:ish|ese|ian|ean|ans|ic|ists?|isms?)$/u;
/**
 * Places the gazetteer lacks, from context: "in Verl", "aus Rietberg (Kreis
 * Gütersloh)", "Landkreis Diepholz", "33330 Gütersloh", "the town of
 * Tillamook", "Dayton, Ohio". The word must not be a common noun (known
 * noun, determiner before it elsewhere, noun suffix, seen in lower case),
 * a person or an organisation. Later uses of the same word are linked.
 */
export function findContextPlaces(ctx: RecognitionContext): void {
  if (ctx.lex.placeCuePrepositions.size === 0) return;
  const english = ctx.lex.code === 'en';
  const found = ctx.contextPlaces;
  for (let i = 0; i < ctx.toks.length; i++) {
    const t = ctx.toks[i]!;
    if (!t.word || !t.cap || t.allCaps || !ctx.free(i)) continue;
    const cue = placeCueBefore(ctx, i) || (countryAdjectiveBefore(ctx, i) ? STRONG : NONE);
    const strong = cue === STRONG;
    if (cue === NONE && !beforeRegion(ctx, i) && !beforePlaceNoun(ctx, i)) continue;
    if (!placeCandidate(ctx, i, strong || cue === NONE, cue === WEAK && givenNameMayBePlace(ctx, i))) continue;
    let end = i;
    // Multi-word names: "Bad Oeynhausen", "Cedar Rapids", "Sankt Augustin".
    const maxWords = english ? 3 : PLACE_PREFIXES.has(t.lower) ? 2 : 1;
    while (end + 1 < ctx.toks.length && end - i + 1 < maxWords && ctx.sameSentence(i, end + 1) && ctx.plainGap(end + 1) && ctx.free(end + 1)) {
      const n = ctx.toks[end + 1]!;
      if (!n.word || !n.cap || n.allCaps || !placeCandidate(ctx, end + 1, true) || ctx.isOrganisationHead(n) || ctx.lex.speakerVerbs.has(n.lower)) break;
      end++;
    }
    // German adjective before a noun: "in Verler Schulen".
    if (!english && end === i && /er$/u.test(t.lower) && ctx.toks[i + 1]?.cap && ctx.sameSentence(i, i + 1) && ctx.plainGap(i + 1)) continue;
    const name = ctx.text.slice(t.start, ctx.toks[end]!.baseEnd);
    const key = `place:${name.toLowerCase()}`;
    found.set(name, key);
    ctx.claim({ first: i, last: end, type: 'place', key, name, form: 'full' });
    i = end;
  }
  if (found.size === 0) return;
  // Later (and earlier) uses of a place found by context.
  for (let i = 0; i < ctx.toks.length; i++) {
    const t = ctx.toks[i]!;
    if (!t.word || !t.cap || !ctx.free(i)) continue;
    for (const [name, key] of found) {
      const words = name.split(' ');
      let ok = true;
      for (let k = 0; k < words.length && ok; k++) {
        const u = ctx.toks[i + k];
        const last = k === words.length - 1;
        ok = u !== undefined && ctx.free(i + k) && (k === 0 || (ctx.sameSentence(i, i + k) && ctx.plainGap(i + k))) && (u.base === words[k] || (last && !english && u.base === `${words[k]}s`));
      }
      if (!ok) continue;
      const last = i + words.length - 1;
      ctx.claim({ first: i, last, type: 'place', key, name, form: 'full' });
      i = last;
      break;
    }
  }
}

/** STRONG after a place noun or postcode, WEAK after a place preposition, NONE otherwise. */
function placeCueBefore(ctx: RecognitionContext, i: number): number {
  const p = ctx.toks[i - 1];
  if (!p || !ctx.sameSentence(i - 1, i)) return NONE;
  const gapBefore = ctx.gap(i) ?? '';
  if (/^\d{5}$/u.test(p.text) && PLAIN_GAP.test(gapBefore) && ctx.lex.code === 'de') return STRONG;
  if (!PLAIN_GAP.test(gapBefore)) {
    // "Rietberg (Kreis Gütersloh)", "Verl, Kreis Gütersloh" are handled by the noun; a comma ends the cue, except in a list.
    return continuesPlaceList(ctx, i) && !unlikeListItem(ctx, i) ? WEAK : NONE;
  }
  if (ctx.lex.code === 'en') {
    // "the town of Tillamook", "Tillamook County" is not handled.
    if (p.lower === 'of' && ctx.lex.placeNouns.has(ctx.toks[i - 2]?.lower ?? '') && ctx.sameSentence(i - 2, i)) return STRONG;
  } else if (p.cap && ctx.lex.placeNouns.has(p.lower)) {
    return STRONG;
  }
  // "In Olbernhau musste …": a preposition opening the sentence is capitalised.
  if ((!p.cap || p.first) && ctx.lex.placeCuePrepositions.has(p.lower)) return WEAK;
  return continuesPlaceList(ctx, i) && !unlikeListItem(ctx, i) ? WEAK : NONE;
}

/** "the Eastgate ward", "the Hollowell city council": an English place noun in lower case after the name. */
function beforePlaceNoun(ctx: RecognitionContext, i: number): boolean {
  const n = ctx.toks[i + 1];
  if (!n || n.cap || !ctx.sameSentence(i, i + 1) || !ctx.plainGap(i + 1) || !ctx.lex.placeNounsAfter.has(n.lower)) return false;
  const p = ctx.toks[i - 1];
  return !ctx.toks[i]!.initial || (p !== undefined && p.lower === 'the');
}

/** German compounds of a common noun are common nouns: "Starkregen", "Nachtzeiten". */
function endsWithCommonNoun(ctx: RecognitionContext, lowerWord: string): boolean {
  for (let k = 3; k + 4 <= lowerWord.length; k++) {
    const head = lowerWord.slice(k);
    if (ctx.lex.commonWords.has(head) || ctx.lex.placeStopNouns.has(head)) return true;
  }
  return false;
}

/** A list item that is followed by its own place ("Piotr Nowak in Warsaw") or is an adjective ("Ständige Vertreterin") is no place. */
function unlikeListItem(ctx: RecognitionContext, i: number): boolean {
  let last = i;
  while (ctx.toks[last + 1]?.cap && ctx.sameSentence(i, last + 1) && ctx.plainGap(last + 1) && last - i < 2) last++;
  if (last > i && ctx.lex.code === 'de' && ADJECTIVE_LIKE.test(ctx.toks[i]!.base)) return true;
  const n = ctx.toks[last + 1];
  const after = ctx.toks[last + 2];
  return n !== undefined && !n.cap && ctx.sameSentence(i, last + 2) && ctx.plainGap(last + 1) && ctx.lex.placeCuePrepositions.has(n.lower) && after !== undefined && after.cap;
}

/** "Springfield, Ohio": a name before a comma and a region of the gazetteer. */
function beforeRegion(ctx: RecognitionContext, i: number): boolean {
  const r = i + 1;
  if (!ctx.sameSentence(i, r) || !/^[ \t]*,[ \t]*$/u.test(ctx.gap(r) ?? '')) return false;
  const owner = ctx.owner[r] ?? -1;
  if (owner < 0) return false;
  const target = ctx.claims[owner]!.target;
  return target?.type === 'place' && target.entry.kind === 'region' && target.entry.country === 'US';
}

/**
 * "in Nancy", "nach Florence": a given name alone right after "in", "nach",
 * "aus" or "from" is a town, unless a surname follows or the article uses it
 * for a person.
 */
function givenNameMayBePlace(ctx: RecognitionContext, i: number): boolean {
  const p = ctx.toks[i - 1]!;
  if (!/^(?:in|nach|aus|from)$/u.test(p.lower)) return false;
  const n = ctx.toks[i + 1];
  if (n && n.cap && ctx.sameSentence(i, i + 1) && ctx.plainGap(i + 1)) return false;
  const name = ctx.toks[i]!.base;
  return !ctx.claims.some((c) => c.type === 'person' && c.name.split(' ').includes(name));
}

function placeCandidate(ctx: RecognitionContext, i: number, strong: boolean, givenNameAllowed = false): boolean {
  const t = ctx.toks[i]!;
  const lex = ctx.lex;
  const lowerWord = t.lower;
  if (t.base.length < 3 || !NAME_SHAPE.test(t.base) || !HAS_LOWER.test(t.base)) return false;
  if (lex.stopWords.has(lowerWord) || lex.commonWords.has(lowerWord) || lex.placeStopNouns.has(lowerWord) || lex.titles.has(lowerWord)) return false;
  if (lex.determiners.has(lowerWord) || (lex.givenNames.has(lowerWord) && !givenNameAllowed) || ctx.isRole(t) || ctx.isPersonNoun(t) || ctx.isPlaceAdjective(t)) return false;
  if (ctx.lowerSeen.has(lowerWord) || lex.speakerVerbs.has(lowerWord)) return false;
  if (lex.code === 'en') {
    if (DEMONYM_ENDING.test(lowerWord) || lex.roleModifiers.has(lowerWord) || ctx.isOrganisationHead(t)) return false;
    return true;
  }
  if (strong) return !ctx.hasNounSuffix(lowerWord) || PLACE_ENDING.test(lowerWord);
  if (ctx.nounMarked.has(lowerWord) || /(?:isch|ische|ischen|ismus)$/u.test(lowerWord)) return false;
  if (lex.roleModifiers.has(lowerWord) || endsWithCommonNoun(ctx, lowerWord)) return false;
  if (ctx.hasNounSuffix(lowerWord) && !PLACE_ENDING.test(lowerWord)) return false;
  if (/(?:ung|heit|keit|schaft|tion|sion|ität|nis|tum|ment|enz|anz)(?:en|s)?$/u.test(lowerWord)) return false;
  // Plural and inflected nouns after a preposition: "aus Kreisen", "nach Angaben", "in Gesprächen".
  if (/(?:gründen|kreisen|zeiten|fällen|kosten|fragen|kräften)$/u.test(lowerWord)) return false;
  // Umlaut plurals: "in Widersprüche", "aus Verträge".
  if (/[äöü][^aeiouäöüy]+e$/u.test(lowerWord) && !PLACE_ENDING.test(lowerWord)) return false;
  return !/(?:ungen|heiten|keiten|gaben|nahmen|sichten|ssen|ern|chen)$/u.test(lowerWord);
}

/**
 * Places whose shape names them before any person rule runs: "San Pedro de
 * Atacama", "São Paulo"; "from La Serena"; "the Atacama Desert" (and later
 * "the Atacama"); "Nordwestschweiz" (a compass prefix before a known place);
 * "im Markgräflerland" (a landscape in "-land" after an article).
 */
export function findShapedPlaces(ctx: RecognitionContext): void {
  const english = ctx.lex.code === 'en';
  for (let i = 0; i < ctx.toks.length; i++) {
    const t = ctx.toks[i]!;
    if (!t.word || !t.cap || t.allCaps || !ctx.free(i)) continue;
    const end = romancePlaceEnd(ctx, i) ?? saintPlaceEnd(ctx, i) ?? (english ? landscapeEnd(ctx, i) : undefined);
    if (end !== undefined) {
      const name = ctx.text.slice(t.start, ctx.toks[end]!.baseEnd);
      const key = `place:${name.toLowerCase()}`;
      ctx.contextPlaces.set(name, key);
      // "the Atacama Desert" … "the Atacama": the name without its landscape noun is the same place.
      if (english && ENGLISH_LANDSCAPE_NOUNS.has(ctx.toks[end]!.lower)) ctx.contextPlaces.set(ctx.text.slice(t.start, ctx.toks[end - 1]!.baseEnd), key);
      ctx.claim({ first: i, last: end, type: 'place', key, name, form: 'full' });
      i = end;
      continue;
    }
    if (english) continue;
    const name = compassPlace(ctx, t.base) ?? landscapeInLand(ctx, i) ?? valleyOrForest(ctx, i);
    if (name === undefined) continue;
    const key = `place:${name.toLowerCase()}`;
    ctx.contextPlaces.set(name, key);
    ctx.claim({ first: i, last: i, type: 'place', key, name, form: 'full' });
  }
}

function nameWordAt(ctx: RecognitionContext, j: number): boolean {
  const u = ctx.toks[j];
  return u !== undefined && u.word && u.cap && !u.allCaps && ctx.free(j) && NAME_SHAPE.test(u.base) && !ctx.lex.stopWords.has(u.lower) && !ctx.isOrganisationHead(u) && !ctx.isRole(u) && !ctx.lex.commonWords.has(u.lower);
}

/** The last token of "San Pedro de Atacama", "São Paulo", or of "La Serena" after a place preposition. */
function romancePlaceEnd(ctx: RecognitionContext, i: number): number | undefined {
  const t = ctx.toks[i]!;
  const article = ROMANCE_PLACE_ARTICLES.has(t.lower);
  if (!ROMANCE_PLACE_OPENERS.has(t.lower) && !article) return undefined;
  if (!ctx.sameSentence(i, i + 1) || !ctx.plainGap(i + 1) || !nameWordAt(ctx, i + 1)) return undefined;
  if (article) {
    const p = ctx.toks[i - 1];
    if (!p || !ctx.sameSentence(i - 1, i) || !(ctx.lex.placeCuePrepositions.has(p.lower) || p.lower === 'on' || p.lower === 'auf')) return undefined;
    if (ctx.lex.mediaHeads.has(ctx.toks[i + 1]!.lower)) return undefined;
  }
  let end = i + 1;
  while (ROMANCE_PLACE_JOINTS.has(ctx.toks[end + 1]?.lower ?? '') && ctx.sameSentence(i, end + 2) && ctx.plainGap(end + 1) && ctx.plainGap(end + 2) && ctx.free(end + 1) && nameWordAt(ctx, end + 2)) end += 2;
  return end;
}

/** The last token of "St. Gallen", "Sankt Augustin", "St. Albans": a saint's abbreviation and a name word. */
function saintPlaceEnd(ctx: RecognitionContext, i: number): number | undefined {
  const t = ctx.toks[i]!;
  if (!SAINT_PLACE_OPENERS.has(t.lower) || t.base !== t.text) return undefined;
  const gap = ctx.gap(i + 1) ?? '';
  const abbreviated = t.lower === 'st';
  if (!ctx.sameSentence(i, i + 1) || !(abbreviated ? /^\.[ \t\u00a0]+$/u : /^[ \t\u00a0]+$/u).test(gap) || !nameWordAt(ctx, i + 1)) return undefined;
  return i + 1;
}

/** "im Bregenzerwald", "ins Kleinwalsertal": a place's "-er" form and a valley or forest after an article; not "im Mischwald". */
function valleyOrForest(ctx: RecognitionContext, i: number): string | undefined {
  const t = ctx.toks[i]!;
  const lowerWord = t.base.toLowerCase();
  const ending = GERMAN_LANDSCAPE_ENDINGS.find((e) => lowerWord.endsWith(e));
  if (ending === undefined || !/^\p{Lu}\p{Ll}+$/u.test(t.base)) return undefined;
  const stem = lowerWord.slice(0, -ending.length);
  if (stem.length < 5 || !stem.endsWith('er') || ctx.lex.stopWords.has(stem) || ctx.lex.commonWords.has(lowerWord) || ctx.lowerSeen.has(lowerWord)) return undefined;
  const p = ctx.toks[i - 1];
  if (!p || !ctx.sameSentence(i - 1, i) || !ctx.plainGap(i) || !/^(?:im|ins|vom|dem|das|des)$/u.test(p.lower)) return undefined;
  return t.base;
}

/** "the Atacama Desert", "the Rocky Mountains": one or two name words and a landscape noun. */
function landscapeEnd(ctx: RecognitionContext, i: number): number | undefined {
  if (!nameWordAt(ctx, i) || ctx.isTitle(i) || ctx.lex.givenNames.has(ctx.toks[i]!.lower)) return undefined;
  for (let end = i + 1; end <= i + 2; end++) {
    const u = ctx.toks[end];
    if (!u || !ctx.sameSentence(i, end) || !ctx.plainGap(end) || !ctx.free(end) || !u.cap) return undefined;
    if (ENGLISH_LANDSCAPE_NOUNS.has(u.lower) && u.base === u.text) return end;
    if (!nameWordAt(ctx, end)) return undefined;
  }
  return undefined;
}

/** "Nordwestschweiz", "Westmünsterland": a compass prefix before a country or region the gazetteer knows. */
function compassPlace(ctx: RecognitionContext, word: string): string | undefined {
  const lowerWord = word.toLowerCase();
  for (const prefix of GERMAN_COMPASS_PREFIXES) {
    if (!lowerWord.startsWith(prefix) || lowerWord.length < prefix.length + 4) continue;
    const rest = lowerWord.slice(prefix.length);
    for (const form of [rest, ...genitiveBases(rest)]) {
      const phrases = ctx.lex.phrases.get(form);
      if (phrases?.some((ph) => ph.tokens.length === 1 && ph.target.type === 'place' && ph.target.entry.kind !== 'city')) {
        return word.slice(0, prefix.length + form.length);
      }
    }
    return undefined;
  }
  return undefined;
}

/** "aus dem Markgräflerland", "im Westerwald"-like landscapes in "-land" after an article; not "im Ausland". */
function landscapeInLand(ctx: RecognitionContext, i: number): string | undefined {
  const t = ctx.toks[i]!;
  const word = /s$/u.test(t.base) && t.lower.endsWith('lands') ? t.base.slice(0, -1) : t.base;
  const lowerWord = word.toLowerCase();
  if (!lowerWord.endsWith('land') || lowerWord.length < 8 || GERMAN_LAND_NOUNS.has(lowerWord) || ctx.lex.commonWords.has(lowerWord) || ctx.lowerSeen.has(lowerWord)) return undefined;
  const stem = lowerWord.slice(0, -4);
  // "Mitgliedsland", "Herkunftsland": a linking -s marks a compound of a common noun.
  if (stem.length > 5 && stem.endsWith('s')) return undefined;
  for (let k = 3; k + 5 <= lowerWord.length; k++) if (ctx.lex.commonWords.has(lowerWord.slice(k))) return undefined;
  const p = ctx.toks[i - 1];
  if (!p || !ctx.sameSentence(i - 1, i) || !ctx.plainGap(i) || !/^(?:im|ins|vom|dem|das|des)$/u.test(p.lower)) return undefined;
  return word;
}

/** "im spanischen Mérida", "ins polnische Gleiwitz": a place preposition and a country's adjective before the name. */
function countryAdjectiveBefore(ctx: RecognitionContext, i: number): boolean {
  if (ctx.lex.code !== 'de') return false;
  const adjective = ctx.toks[i - 1];
  const preposition = ctx.toks[i - 2];
  if (!adjective || !preposition || adjective.cap || !ctx.sameSentence(i - 2, i) || !ctx.plainGap(i) || !ctx.plainGap(i - 1)) return false;
  if (!/isch(?:e|en|em)$/u.test(adjective.lower) || !/^(?:im|ins|in|vom|nach|aus|beim)$/u.test(preposition.lower)) return false;
  // "im spanischen Fernsehen": a noun after the adjective is no town.
  const n = ctx.toks[i + 1];
  const t = ctx.toks[i]!;
  if (/en$/u.test(t.lower) || ctx.hasNounSuffix(t.lower) || ctx.lex.commonWords.has(t.lower) || ctx.isOrganisationHead(t) || ctx.isOrganisationCompound(t.lower) || endsWithCommonNoun(ctx, t.lower)) return false;
  return !(n && n.cap && ctx.sameSentence(i, i + 1) && ctx.plainGap(i + 1));
}
