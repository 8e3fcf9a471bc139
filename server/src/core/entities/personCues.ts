/**
 * The evidence that makes a run of name words a person: a title or role
 * before it, an apposition after it, a reporting verb next to it, a byline or
 * credit, a frequent given name or a surname shape.
 */
import { SURNAME_PREFIXES } from '../languages/entities';
import type { RecognitionContext } from './recognitionContext';
import { NAME_SHAPE, PLAIN_GAP, ROLE_COMPLEMENT, STRONG } from './shapes';
import type { PersonCue } from './types';

const CONTEXT_AFTER_NAME = /^[ \t\u00a0]*\((?:\d{1,3}|\p{Lu}[\p{L}]{1,5}|[LlRr]\.?|[Ll]inks|[Rr]echts|[Ll]eft|[Rr]ight|[Mm]itte|[Cc]entre|[Cc]enter)\)|^,[ \t\u00a0]*\d{1,3},/u;
const APPOSITION_OPENERS = new Set([
  'ehemals', 'früher', 'einst', 'zuvor', 'derzeit', 'bislang', 'inzwischen', 'seit', 'der', 'die', 'das', 'des',
  'ein', 'eine', 'einer', 'eines', 'the', 'a', 'an', 'former', 'then', 'now', 'currently', 'also', 'his', 'her',
  'its', 'their', 'seine', 'ihre', 'seit', 'lange', 'long', 'time',
]);
const MAX_ROLE_DISTANCE = 8;
/** Genitive articles: a role found after one belongs to an earlier role ("Sprecher des russischen Präsidenten"). */
const GENITIVE_LINKS = new Set(['des', 'der', 'eines', 'einer', 'of']);
const MAX_NAME_TOKENS = 4;
export function considerPerson(ctx: RecognitionContext, a: number, b: number, leftInRun: number, runStart: number, weakAlone = false): void {
  const nameTokens = nameTokenCount(ctx, a, b);
  if (nameTokens > MAX_NAME_TOKENS) return;
  const single = nameTokens === 1;
  const first = ctx.toks[a]!;
  let cue: PersonCue | undefined;
  let role: string | undefined;
  let title: string | undefined;

  if (leftInRun >= 0) {
    if (ctx.isTitle(leftInRun)) {
      cue = 'title';
      let s = leftInRun;
      while (s - 1 >= runStart && ctx.isTitle(s - 1)) s--;
      title = ctx.text.slice(ctx.toks[s]!.start, ctx.toks[leftInRun]!.end + (ctx.text[ctx.toks[leftInRun]!.end] === '.' ? 1 : 0));
      // A role before the title: "Bundeskanzler Dr. Olaf Scholz".
      if (s - 1 >= runStart && ctx.isRole(ctx.toks[s - 1]!)) role = rolePhrase(ctx, roleStart(ctx, s - 1), s - 1);
    } else {
      cue = 'role';
      role = rolePhrase(ctx, roleStart(ctx, leftInRun), leftInRun);
    }
  }

  const p = a - 1;
  const hasPrev = ctx.sameSentence(p, a) && p >= 0;
  const prev = hasPrev ? ctx.toks[p]! : undefined;
  const gapBefore = hasPrev ? ctx.gap(a) ?? '' : '';

  if (!cue && prev && PLAIN_GAP.test(gapBefore) && !prev.cap && ctx.isRole(prev)) {
    cue = 'role';
    role = rolePhrase(ctx, roleStart(ctx, p), p);
  }
  if (!cue && prev) {
    const scanned = roleBefore(ctx, a);
    if (scanned) {
      cue = 'role';
      role = scanned;
    }
  }
  const next = ctx.sameSentence(b, b + 1) ? ctx.toks[b + 1] : undefined;
  const after = ctx.text.slice(ctx.toks[b]!.end, Math.min(ctx.text.length, ctx.toks[b]!.end + 12));
  if (!cue && next && /^,/.test(ctx.gap(b + 1) ?? '')) {
    const apposition = roleAfter(ctx, b + 1);
    if (apposition) {
      cue = 'apposition';
      role = apposition;
    }
  }
  if (!cue && prev && PLAIN_GAP.test(gapBefore) && !prev.cap && isSpeakerBefore(ctx, p, b) && !(single && ctx.lex.objectVerbs.has(prev.lower))) cue = 'verb';
  if (!cue && prev && !prev.cap && prev.lower === 'to' && ctx.toks[p - 1]?.lower === 'according' && ctx.sameSentence(p - 1, p)) cue = 'verb';
  if (!cue && next && isSpeakerAfter(ctx, b + 1, single) && !(single && ctx.lex.code === 'de' && first.first)) cue = 'verb';
  if (!cue && CONTEXT_AFTER_NAME.test(after)) cue = 'context';
  if (!cue && !single && prev && ctx.lex.bylineWords.has(prev.lower) && (prev.first || isCreditBefore(ctx, p))) cue = 'byline';
  if (!cue && !single && prev && ctx.lex.creditWords.has(prev.lower) && /:/.test(gapBefore)) cue = 'credit';
  if (!cue && !single && ctx.isGivenName(first.lower)) cue = 'given-name';
  if (!cue && !single && prev && PLAIN_GAP.test(gapBefore)) {
    const agent = agentNounBefore(ctx, p, a, b);
    if (agent) {
      cue = 'role';
      role = agent;
    }
  }
  if (!cue && !single && hasDoubleBarrelledSurname(ctx, a, b)) cue = 'context';
  // "Ségolène Marchal", "Ionuț Bălănescu": a given name spelt with letters German and English words do not use.
  if (!cue && nameTokens === 2 && b - a === 1 && FOREIGN_LETTER.test(first.base) && !first.initial && allNameLike(ctx, a, b) && !ctx.lex.placeWords.has(ctx.toks[b]!.lower)) cue = 'context';
  // "Waltraud von der Heydt", "Kilian ter Horst": a name particle between two name words.
  if (!cue && !single && hasInnerParticle(ctx, a, b) && ctx.nameClass(a) === STRONG && !ctx.lex.placeWords.has(first.lower) && !ctx.lex.attributionBefore.has(first.lower) && !ctx.lex.placeCuePrepositions.has(first.lower)) cue = 'context';
  if (!cue && !single && !first.initial && hasSurnameShape(ctx, ctx.toks[b]!.lower)) cue = 'context';
  if (!cue && !single && prev && isCreditLine(ctx, a, gapBefore)) cue = 'credit';
  if (!cue && prev && hasAgeBefore(ctx, a)) cue = 'context';
  if (!cue && !single && prev && !prev.cap && PLAIN_GAP.test(gapBefore) && ctx.lex.nameIntroducers.has(prev.lower) && allNameLike(ctx, a, b)) cue = 'context';
  if (!cue && next && isPersonRelative(ctx, b + 1) && (ctx.lex.code === 'en' || (!single && allNameLike(ctx, a, b)))) cue = 'context';
  // "Jorinde X von der Universität Y", "Tadhg X of Plaid Cymru": a full name and the body it belongs to.
  if (!cue && !single && nameTokens === 2 && !first.initial && allNameLike(ctx, a, b) && belongsToOrganisation(ctx, b)) cue = 'context';
  // "Der 46-jährige Dariusz P. hatte": an abbreviated surname is a person's, whatever the sentence.
  const initialEnd = ctx.isSurnameInitial(b) ? ctx.toks[b]!.end + 1 : undefined;
  if (!cue && initialEnd !== undefined && !single && ctx.nameClass(a) === STRONG) cue = 'context';
  if (!cue) return;
  if (single && !singleNameAllowed(ctx, a)) return;
  if (weakAlone && cue !== 'title' && cue !== 'role') return;
  // English names take no article: "the Nuffield Trust said" is no person.
  if (ctx.lex.code === 'en' && leftInRun < 0 && cue !== 'title' && prev && prev.lower === 'the' && PLAIN_GAP.test(gapBefore)) return;

  const name = initialEnd === undefined ? personName(ctx, a, b) : ctx.text.slice(ctx.toks[a]!.start, initialEnd);
  // "De Vries, 39," opens with a capitalised particle: a surname, not a full name.
  const particleSurname = (nameTokens === 2 && ctx.lex.particles.has(first.lower)) || SURNAME_PREFIXES.has(first.lower);
  ctx.claim({ first: a, last: b, type: 'person', key: '', name, form: single || particleSurname ? 'surname' : 'full', cue, ...(role ? { role } : {}), ...(title ? { title } : {}), ...(initialEnd !== undefined ? { endOffset: initialEnd } : {}) });
}

/** Capitalised words and their parts in a double-barrelled surname: letters only, marks allowed ("Zielińska-Hart"). */
const SURNAME_PART = /^\p{Lu}[\p{Ll}\p{M}]+(?:['’]\p{Lu}?[\p{Ll}\p{M}]+)?$/u;

/**
 * "Aurélie Bingert-Muller", "Ole Tiedtke-Baran": a given name and a
 * double-barrelled surname, whose parts are names, not places, bodies or
 * common nouns ("Baden-Württemberg", "Corona-Krise", "Goethe-Institut").
 */
function hasDoubleBarrelledSurname(ctx: RecognitionContext, a: number, b: number): boolean {
  if (b - a !== 1 && !(b - a === 2 && ctx.nameClass(a + 1) === STRONG && !ctx.toks[a + 1]!.base.includes('-'))) return false;
  const given = ctx.toks[a]!;
  const surname = ctx.toks[b]!;
  if (given.base.includes('-') || ctx.nameClass(a) !== STRONG || ctx.lex.placeWords.has(given.lower) || ctx.isPlaceAdjective(given)) return false;
  if (ctx.lex.code === 'de' && ADJECTIVE_ENDING_CAPITAL.test(given.base) && !ctx.lex.givenNames.has(given.lower)) return false;
  const parts = surname.base.split(/[-\u2010\u2011]/u);
  if (parts.length !== 2 || ctx.nameClass(b) !== STRONG) return false;
  return parts.every((part) => {
    const lowerPart = part.toLowerCase();
    return SURNAME_PART.test(part) && part.length >= 3 && !ctx.lex.placeWords.has(lowerPart) && !ctx.lex.phrases.has(lowerPart) && !ctx.lex.commonWords.has(lowerPart) && !ctx.lex.stopWords.has(lowerPart) && !(ctx.lex.code === 'de' && ctx.hasNounSuffix(lowerPart)) && !ctx.isOrganisationCompound(lowerPart) && !ctx.lex.organisationHeads.includes(lowerPart);
  });
}

/** A letter with a diacritic that German and English words do not have (German keeps ä, ö, ü, ß; loanwords é). */
const FOREIGN_LETTER = /[àâãåæçèêëìíîïðñòóôõøùúûýþÿāăąćčďđēėęěğīįıķļľłńňőœřśşšţťūůűųźżžșțạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;

/** "Deutsch", "Tschechische": capitalised adjectives, which open no name. */
const ADJECTIVE_ENDING_CAPITAL = /^\p{Lu}\p{Ll}+(?:isch|ische|ischen|ischer)$/u;

/** German and English agent nouns: "Weinhändler", "Konzertveranstalter", "Pianist", "skipper", "fisherman". */
const GERMAN_AGENT_NOUN = /\p{Ll}{2,}(?:er|ist|eur|or|iker|loge|ant|ent|är)$/u;
const ENGLISH_AGENT_NOUN = /\p{Ll}{2,}(?:er|or|ist|ian|eer|man|woman)$/u;
/** Nouns with an agent ending that name no person: seasons, rooms, things. */
const NOT_AGENTS = new Set([
  'sommer', 'winter', 'zimmer', 'keller', 'theater', 'center', 'computer', 'meter', 'liter', 'register', 'semester',
  'charakter', 'muster', 'ufer', 'wasser', 'messer', 'fenster', 'kloster', 'orchester', 'wetter', 'fehler', 'finger',
  'monster', 'kalender', 'sektor', 'motor', 'faktor', 'moment', 'prozent', 'element', 'dokument', 'parlament',
  'argument', 'instrument', 'kontinent', 'talent', 'patent', 'restaurant', 'diamant', 'elefant', 'advent', 'event',
  'letter', 'paper', 'water', 'summer', 'quarter', 'number', 'order', 'power', 'matter', 'weather', 'later', 'after',
  'never', 'ever', 'over', 'under', 'rather', 'together', 'whether', 'other', 'another', 'however', 'former', 'earlier',
  'member', 'center', 'centre', 'sector', 'factor', 'error', 'mirror', 'floor', 'door', 'color', 'colour', 'major',
  'minor', 'chapter', 'cluster', 'border', 'corner', 'dinner', 'partner', 'manner', 'banner', 'poster', 'shelter',
  'woman', 'man', 'german', 'roman', 'human', 'christian', 'politician', 'italian', 'ukrainian', 'russian', 'canadian',
]);

/**
 * "der Weinhändler Donato Scarpellini", "Der tschechische Konzertveranstalter
 * Vojtěch Hanuš", "skipper Angus Reid": an agent noun right before a name of
 * two or more words is the person's role, even when no role list has it.
 */
function agentNounBefore(ctx: RecognitionContext, p: number, a: number, b: number): string | undefined {
  const prev = ctx.toks[p]!;
  const german = ctx.lex.code === 'de';
  if (!prev.word || prev.allCaps || NOT_AGENTS.has(prev.lower) || ctx.lex.stopWords.has(prev.lower) || ctx.lex.commonWords.has(prev.lower)) return undefined;
  if (german ? !prev.cap || !GERMAN_AGENT_NOUN.test(prev.lower) : prev.cap || !ENGLISH_AGENT_NOUN.test(prev.lower)) return undefined;
  if (ctx.lex.placeNouns.has(prev.lower) || ctx.isOrganisationHead(prev) || ctx.isOrganisationCompound(prev.lower) || ctx.lex.placeStopNouns.has(prev.lower)) return undefined;
  if (ctx.lex.speakerVerbs.has(prev.lower) || ctx.lex.objectVerbs.has(prev.lower) || ctx.lex.roleModifiers.has(prev.lower)) return undefined;
  if (!allNameLike(ctx, a, b)) return undefined;
  if (german) {
    // The noun must stand as a noun: after a determiner, or after a determiner and adjectives.
    let k = p - 1;
    while (k >= 0 && ctx.sameSentence(k, p) && !ctx.toks[k]!.cap && ctx.isAdjective(ctx.toks[k]!) && !ctx.lex.determiners.has(ctx.toks[k]!.lower)) k--;
    const d = ctx.toks[k];
    if (!d || !ctx.sameSentence(k, p) || !ctx.lex.determiners.has(d.lower)) return undefined;
  }
  return rolePhrase(ctx, roleStart(ctx, p), p);
}

function hasInnerParticle(ctx: RecognitionContext, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (!ctx.toks[k]!.cap && ctx.lex.particles.has(ctx.toks[k]!.lower)) return true;
  return false;
}

/** An English agent noun that opens a sentence: "Violinist Temperance Okonjo said". */
export function isEnglishAgentNoun(ctx: RecognitionContext, lowerWord: string): boolean {
  return ENGLISH_AGENT_NOUN.test(lowerWord) && !NOT_AGENTS.has(lowerWord) && !ctx.lex.givenNames.has(lowerWord) && !ctx.lex.stopWords.has(lowerWord) && !ctx.lex.placeWords.has(lowerWord);
}

/** "© Kurier / Hanna Beispiel", "Foto: Imago / Hanna Beispiel": a name in a credit line. */
function isCreditLine(ctx: RecognitionContext, a: number, gapBefore: string): boolean {
  if (!/[/©:]/u.test(gapBefore)) return false;
  const start = ctx.toks[a]!.start;
  const lineStart = ctx.text.lastIndexOf('\n', start - 1) + 1;
  const line = ctx.text.slice(lineStart, start).trimStart();
  if (line.startsWith('©') || /^\(c\)/iu.test(line)) return true;
  const firstWord = /^\p{L}+/u.exec(line)?.[0];
  return firstWord !== undefined && ctx.lex.creditWords.has(firstWord.toLowerCase()) && line.charAt(firstWord.length) === ':';
}

/** "die 81-jährige Waltraud X", "the 46-year-old X". */
function hasAgeBefore(ctx: RecognitionContext, a: number): boolean {
  const pattern = ctx.lex.data.agePattern;
  if (!pattern) return false;
  const start = ctx.toks[a]!.start;
  return pattern.test(ctx.text.slice(Math.max(0, start - 32), start));
}

/** "…, who", "…, der in …": a relative clause about the name, after a comma. */
function isPersonRelative(ctx: RecognitionContext, n: number): boolean {
  const t = ctx.toks[n];
  if (!t || t.cap || !ctx.lex.personRelatives.has(t.lower) || !/^[ \t]*,[ \t]*$/u.test(ctx.gap(n) ?? '')) return false;
  // German "der"/"die" also start an apposition ("…, die Hauptstadt"): the clause must go on in lower case.
  if (ctx.lex.code !== 'de') return true;
  const after = ctx.toks[n + 1];
  return after !== undefined && ctx.sameSentence(n, n + 1) && !after.cap;
}

/**
 * "Marit X and Bronwen Y", "Okke Y und Tomke X": two capitalised name words
 * joined to a person's full name by "and"/"und" name a person too.
 */
export function findCoordinatedNames(ctx: RecognitionContext): void {
  const coordinators = new Set(ctx.lex.data.coordinators ?? []);
  const isFullPerson = (index: number) => {
    const owner = ctx.owner[index] ?? -1;
    const c = owner >= 0 ? ctx.claims[owner] : undefined;
    return c !== undefined && c.type === 'person' && c.form === 'full' && c.last > c.first ? c : undefined;
  };
  const pairAt = (a: number) =>
    a >= 0 && a + 1 < ctx.toks.length && ctx.free(a) && ctx.free(a + 1) && ctx.sameSentence(a, a + 1) && PLAIN_GAP.test(ctx.gap(a + 1) ?? '') &&
    ctx.toks[a]!.cap && ctx.toks[a + 1]!.cap && !ctx.toks[a]!.allCaps && !ctx.toks[a + 1]!.allCaps && allNameLike(ctx, a, a + 1) &&
    !ctx.lex.determiners.has(ctx.toks[a]!.lower) && !ctx.isRole(ctx.toks[a]!) && !ctx.isRole(ctx.toks[a + 1]!);
  const claimPair = (a: number) => ctx.claim({ first: a, last: a + 1, type: 'person', key: '', name: personName(ctx, a, a + 1), form: 'full', cue: 'context' });
  for (let k = 0; k < ctx.toks.length; k++) {
    const t = ctx.toks[k]!;
    if (t.cap || !coordinators.has(t.lower)) continue;
    const after = isFullPerson(k + 1);
    // Before: "Marit X and [Bronwen Y]".
    if (after && after.first === k + 1 && ctx.sameSentence(k - 2, k + 1) && pairAt(k - 2) && !(k >= 3 && ctx.sameSentence(k - 3, k - 2) && ctx.toks[k - 3]!.cap && ctx.free(k - 3) && PLAIN_GAP.test(ctx.gap(k - 2) ?? ''))) claimPair(k - 2);
    // After: "[Okke Y] und Tomke X", the pair not going on as a longer run.
    const before = isFullPerson(k - 1);
    const next = ctx.toks[k + 3];
    if (before && before.last === k - 1 && ctx.sameSentence(k, k + 2) && pairAt(k + 1) && !(next && ctx.sameSentence(k + 2, k + 3) && next.cap && PLAIN_GAP.test(ctx.gap(k + 3) ?? ''))) claimPair(k + 1);
  }
}

/** Prepositions between a person and their organisation: "von der Universität X", "of Plaid Cymru". */
const AFFILIATION = new Set(['von', 'vom', 'of', 'from']);
const AFFILIATION_ARTICLES = new Set(['der', 'dem', 'den', 'the']);

/** Whether an organisation the earlier stages found follows the name after "von (der)", "of (the)". */
function belongsToOrganisation(ctx: RecognitionContext, b: number): boolean {
  let k = b + 1;
  if (!ctx.sameSentence(b, k) || !PLAIN_GAP.test(ctx.gap(k) ?? '') || !AFFILIATION.has(ctx.toks[k]!.text)) return false;
  k++;
  if (ctx.sameSentence(b, k) && AFFILIATION_ARTICLES.has(ctx.toks[k]?.text ?? '')) k++;
  if (!ctx.sameSentence(b, k)) return false;
  const owner = ctx.owner[k] ?? -1;
  const claim = owner >= 0 ? ctx.claims[owner] : undefined;
  return claim !== undefined && claim.type === 'organisation' && claim.first === k;
}

/** Every word of the run could be part of a name (particles and a closing initial aside). */
function allNameLike(ctx: RecognitionContext, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const t = ctx.toks[k]!;
    if (!t.cap) continue;
    if (k === b && k > a && ctx.isSurnameInitial(k)) continue;
    // "D. J. Lennox": initials of given names before the surname.
    if (k < b && ctx.isSurnameInitial(k)) continue;
    if (ctx.nameClass(k) !== STRONG || ctx.lex.placeWords.has(t.lower) || !NAME_SHAPE.test(t.base)) return false;
  }
  return true;
}

/** "Reporting by …", "(Editing by …", "Fotos von …". */
function isCreditBefore(ctx: RecognitionContext, p: number): boolean {
  const before = ctx.toks[p - 1];
  if (before && ctx.sameSentence(p - 1, p) && ctx.lex.creditWords.has(before.lower)) return true;
  return ctx.previousChar(ctx.toks[p]!.start, Math.max(0, ctx.toks[p]!.start - 3)) === '(';
}

function nameTokenCount(ctx: RecognitionContext, a: number, b: number): number {
  let count = 0;
  for (let k = a; k <= b; k++) if (ctx.toks[k]!.cap) count++;
  return count;
}

/** A lone capitalised word needs more than a position to be a surname. */
function singleNameAllowed(ctx: RecognitionContext, i: number): boolean {
  const t = ctx.toks[i]!;
  if (t.base.length < 3 || ctx.lex.stopWords.has(t.lower)) return false;
  if (ctx.lex.code === 'en' && t.initial && ctx.lowerSeen.has(t.lower)) return false;
  return true;
}

function hasSurnameShape(ctx: RecognitionContext, lowerWord: string): boolean {
  return ctx.lex.surnameEndings.some((ending) => lowerWord.length > ending.length + 2 && lowerWord.endsWith(ending));
}

function personName(ctx: RecognitionContext, a: number, b: number): string {
  return ctx.text.slice(ctx.toks[a]!.start, ctx.toks[b]!.baseEnd);
}

function isSpeakerBefore(ctx: RecognitionContext, p: number, b: number): boolean {
  const prev = ctx.toks[p]!;
  if (ctx.lex.speakerVerbs.has(prev.lower)) return true;
  if (!ctx.lex.attributionBefore.has(prev.lower)) return false;
  if (prev.lower !== 'so') return true;
  // "so Vollmer." but not "so Vollmer und …".
  const after = ctx.text.slice(ctx.toks[b]!.end, ctx.toks[b]!.end + 2);
  return /^[ \t]*[.,;:)“”"«»]/u.test(after) || after === '';
}

function isSpeakerAfter(ctx: RecognitionContext, n: number, single = false): boolean {
  if (!ctx.plainGap(n)) return false;
  let k = n;
  while (ctx.toks[k] && ctx.lex.auxiliaries.has(ctx.toks[k]!.lower) && ctx.sameSentence(n, k + 1) && ctx.plainGap(k + 1)) k++;
  const t = ctx.toks[k];
  if (!t || t.cap) return false;
  if (single && ctx.lex.objectVerbs.has(t.lower)) return false;
  return ctx.lex.speakerVerbs.has(t.lower) || ctx.lex.attributionAfter.has(t.lower);
}

/**
 * Looks back from a name for a role noun it stands in apposition to:
 * "die Sprecherin des Ministeriums, Anna Beispiel", "Sprecherin des
 * russischen Außenministeriums Maria Sacharowa". Returns the role phrase.
 */
function roleBefore(ctx: RecognitionContext, a: number): string | undefined {
  let k = a - 1;
  let comma = false;
  const gapBefore = ctx.gap(a) ?? '';
  if (/^[ \t]*,[ \t]*$/u.test(gapBefore)) comma = true;
  else if (!PLAIN_GAP.test(gapBefore)) return undefined;
  let found = -1;
  let end = -1;
  for (let steps = 0; k >= 0 && steps < MAX_ROLE_DISTANCE && ctx.sameSentence(k, a); steps++, k--) {
    const t = ctx.toks[k]!;
    if (steps > 0) {
      const g = ctx.gap(k + 1) ?? '';
      if (!PLAIN_GAP.test(g)) break;
    }
    if (ctx.isRole(t) && !ctx.lex.personNouns.has(t.lower)) {
      found = k;
      if (end < 0) end = a - 1;
      // Go on only through a genitive: "Sprecher des russischen Präsidenten".
      const start = roleStart(ctx, k);
      const link = ctx.toks[start - 1];
      if (!link || !ctx.sameSentence(start - 1, k) || !GENITIVE_LINKS.has(link.lower)) break;
      // "der" and "einer" are genitive only after a noun: "die Sprecherin der Regierung".
      if ((link.lower === 'der' || link.lower === 'einer') && !ctx.toks[start - 2]?.cap) break;
      steps += k - start;
      k = start;
      continue;
    }
    if (!t.word) break;
    if (t.cap) {
      if (!comma && steps === 0 && ctx.owner[k] === -1 && ctx.isNameLike(k)) break;
      continue;
    }
    // Without a comma only a genitive complement may stand between role and name.
    if (!comma && !GENITIVE_LINKS.has(t.lower) && !ctx.isAdjective(t)) break;
    if (ROLE_COMPLEMENT.has(t.lower) || ctx.lex.determiners.has(t.lower) || ctx.lex.roleModifiers.has(t.lower)) continue;
    if (ctx.lex.code === 'de' ? ctx.isAdjective(t) : !ctx.lex.stopWords.has(t.lower) && !ctx.lex.speakerVerbs.has(t.lower)) continue;
    break;
  }
  if (found < 0) return undefined;
  // Without a comma the name must follow a noun of the role phrase directly.
  const lastWord = ctx.toks[a - 1]!;
  if (!comma && !lastWord.cap) return undefined;
  return rolePhrase(ctx, roleStart(ctx, found), end);
}

/** "Irina Belowa, Sprecherin des Moskauer Außenministeriums," — the role after the comma. */
function roleAfter(ctx: RecognitionContext, n: number): string | undefined {
  let k = n;
  for (let steps = 0; k < ctx.toks.length && steps < 5 && ctx.sameSentence(n, k); steps++, k++) {
    const t = ctx.toks[k]!;
    if (steps > 0 && !PLAIN_GAP.test(ctx.gap(k) ?? '')) return undefined;
    if (ctx.isRole(t)) {
      // An apposition to one person is singular: "X, Sprecherin des …", not "X, Diplomaten zufolge".
      if (ctx.lex.commonWords.has(t.lower) || (ctx.lex.code === 'de' ? /(?:en|innen)$/u.test(t.lower) : /[^s]s$/u.test(t.lower))) return undefined;
      // "… in Folge, die Japanerin Haruka X": a role right before a name introduces that name, not the word before the comma.
      const u = ctx.toks[k + 1];
      if (u && u.cap && ctx.sameSentence(k, k + 1) && PLAIN_GAP.test(ctx.gap(k + 1) ?? '') && ctx.free(k + 1) && ctx.nameClass(k + 1) === STRONG && !ctx.isRole(u) && !ctx.isTitle(k + 1)) return undefined;
      const end = roleComplementEnd(ctx, k);
      return rolePhrase(ctx, n, end, true);
    }
    if (!t.word) return undefined;
    if (APPOSITION_OPENERS.has(t.lower) || ctx.lex.roleModifiers.has(t.lower)) continue;
    if (t.cap && (ctx.owner[k] !== -1 || ctx.isPlaceAdjective(t) || ctx.lex.code === 'en')) continue;
    if (!t.cap && (ctx.lex.code === 'de' ? ctx.isAdjective(t) : !ctx.lex.stopWords.has(t.lower))) continue;
    return undefined;
  }
  return undefined;
}

/** How far the complement of a role noun reaches: "… des russischen Außenministeriums". */
function roleComplementEnd(ctx: RecognitionContext, role: number): number {
  let end = role;
  for (let k = role + 1; k < ctx.toks.length && k - role <= MAX_ROLE_DISTANCE && ctx.sameSentence(role, k); k++) {
    if (!PLAIN_GAP.test(ctx.gap(k) ?? '')) break;
    const t = ctx.toks[k]!;
    if (!t.word) break;
    if (t.cap) {
      end = k;
      continue;
    }
    if (ROLE_COMPLEMENT.has(t.lower) || ctx.lex.determiners.has(t.lower)) continue;
    if (ctx.lex.code === 'de' ? ctx.isAdjective(t) : !ctx.lex.stopWords.has(t.lower) && !ctx.lex.speakerVerbs.has(t.lower)) {
      if (ctx.lex.code === 'en') end = k;
      continue;
    }
    break;
  }
  return end;
}

/** Extends a role noun to the left over modifiers: "stellvertretende Außenministerin", "German Foreign Minister". */
function roleStart(ctx: RecognitionContext, role: number): number {
  let s = role;
  for (let k = role - 1; k >= 0 && role - k <= 3 && ctx.sameSentence(k, role); k--) {
    if (!PLAIN_GAP.test(ctx.gap(k + 1) ?? '')) break;
    const t = ctx.toks[k]!;
    if (!t.word || ctx.lex.determiners.has(t.lower) || ctx.lex.speakerVerbs.has(t.lower) || ctx.isTitle(k)) break;
    if (ctx.lex.roleModifiers.has(t.lower)) {
      s = k;
      continue;
    }
    if (ctx.lex.code === 'de') {
      if ((!t.cap && ctx.isAdjective(t)) || (t.cap && ctx.isPlaceAdjective(t))) {
        s = k;
        continue;
      }
      break;
    }
    if (t.cap && !t.first && ctx.owner[k] === -1 && !ctx.lex.stopWords.has(t.lower)) {
      s = k;
      continue;
    }
    if (t.cap && (ctx.isRole(t) || /(?:an|ian|ish|ese|i)$/u.test(t.lower))) {
      s = k;
      continue;
    }
    break;
  }
  return s;
}

function rolePhrase(ctx: RecognitionContext, start: number, end: number, trim = false): string {
  let e = end;
  if (trim) {
    while (e > start && !ctx.toks[e]!.cap && (ROLE_COMPLEMENT.has(ctx.toks[e]!.lower) || ctx.lex.determiners.has(ctx.toks[e]!.lower))) e--;
  }
  return ctx.text.slice(ctx.toks[start]!.start, ctx.toks[e]!.end).replace(/\s+/gu, ' ');
}
