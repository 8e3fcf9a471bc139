/**
 * Places the gazetteer lacks, found from context.
 */
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
    const cue = placeCueBefore(ctx, i);
    const strong = cue === STRONG;
    if (cue === NONE && !beforeRegion(ctx, i) && !beforePlaceNoun(ctx, i)) continue;
    if (!placeCandidate(ctx, i, strong || cue === NONE)) continue;
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

function placeCandidate(ctx: RecognitionContext, i: number, strong: boolean): boolean {
  const t = ctx.toks[i]!;
  const lex = ctx.lex;
  const lowerWord = t.lower;
  if (t.base.length < 3 || !NAME_SHAPE.test(t.base) || !HAS_LOWER.test(t.base)) return false;
  if (lex.stopWords.has(lowerWord) || lex.commonWords.has(lowerWord) || lex.placeStopNouns.has(lowerWord) || lex.titles.has(lowerWord)) return false;
  if (lex.determiners.has(lowerWord) || lex.givenNames.has(lowerWord) || ctx.isRole(t) || ctx.isPersonNoun(t) || ctx.isPlaceAdjective(t)) return false;
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
