/**
 * Organisations that neither the lexicon nor a head noun inside the name
 * reveal, found from the words around them: a legal form ("Kellerei Brandt
 * GmbH"), a descriptor before the name ("der Fahrgastverband Pro Bahn", "the
 * start-up Voltwise"), an apposition after it ("Voltwise, a battery
 * start-up"), a role held there ("a partner at Harbourlight", "Chef bei
 * Voltwise"), words only a company takes ("Voltwise shares", "beschäftigt").
 * Once found, every other use of the name in the article is the organisation,
 * so "Voltwise said" is no person.
 */
import { matchPhraseAt } from './lexiconMatches';
import { isSeatHead } from './organisationRules';
import type { RecognitionContext } from './recognitionContext';
import { ADJECTIVE_LIKE, HAS_LOWER, NAME_SHAPE, PLAIN_GAP } from './shapes';

const MAX_NAME_WORDS = 4;
/** Descriptors that also name a person's trade ("crane operator", "film producer"): they introduce one-word names only. */
const PERSON_TRADES = new Set(['operator', 'producer', 'supplier', 'developer', 'maker', 'shipbuilder', 'builder', 'carrier', 'distributor', 'wholesaler', 'exporter', 'importer', 'grocer', 'processor', 'haulier', 'anbieter', 'hersteller', 'zulieferer', 'betreiber', 'spediteur', 'logistiker']);
/** What an English possessive of a company's name owns: "Voltwise's shares", "… headquarters". */
const POSSESSED_BY_COMPANIES = new Set(['shares', 'stock', 'ceo', 'headquarters', 'employees', 'workforce', 'revenue', 'revenues', 'profits', 'shareholders', 'subsidiary', 'factory']);
const MAX_APPOSITION_WORDS = 4;
/** Words that join the parts of a name: "Friends of the Earth", "Freunde der Musikschule", "Verein für Heimatpflege". */
const NAME_LINKS = new Set(['of', 'der', 'des', 'für', 'for']);
/** "beschäftigt rund 300", "employs about 900": a company counts its staff. */
const APPROXIMATELY = new Set(['rund', 'etwa', 'knapp', 'über', 'mehr', 'fast', 'derzeit', 'aktuell', 'about', 'around', 'some', 'nearly', 'almost', 'more', 'over', 'roughly']);
/** "Tidecraft shares slump": share prices move. */
const MARKET_MOVES = /^(?:fell|fall|falls|slump|slumps|slumped|rose|rise|rises|jump|jumps|jumped|surge|surges|surged|plunge|plunges|plunged|tumble|tumbles|tumbled|drop|drops|dropped|dip|dips|dipped|soar|soars|soared|gain|gains|gained|climb|climbs|climbed|sink|sinks|sank|slid|slide|slides)$/u;
const COMMA_GAP = /^[ \t\u00a0]*,[ \t\u00a0]*$/u;
/** "Müller & Söhne", "Voltwise GmbH & Co. KG". */
const AMPERSAND_GAP = /^[ \t\u00a0]+&[ \t\u00a0]+$/u;

/** Names a descriptor, an apposition or a role introduces; before the lexicon, so a place may end the name ("Verband Milchbauern Allgäu"). */
export function findIntroducedOrganisations(ctx: RecognitionContext): void {
  findDescribedOrganisations(ctx);
  findAppositionOrganisations(ctx);
  findOrganisationsOfRoles(ctx);
}

/** After the lexicon and the acronyms: words only companies take, then every other use of the names found. */
export function findContextOrganisations(ctx: RecognitionContext): void {
  findOrganisationsByVerb(ctx);
  findTradeNames(ctx);
  if (ctx.lex.code === 'en') findOrganisationsByOfficer(ctx);
  propagateOrganisations(ctx);
}

/** "Kellerei Brandt GmbH", "Voltwise Ltd": capitalised words closed by a legal form (before the acronym rule takes "AG"). */
export function findLegalForms(ctx: RecognitionContext): void {
  for (let s = 1; s < ctx.toks.length; s++) {
    const suffix = ctx.toks[s]!;
    if (!ctx.free(s) || !ctx.lex.legalSuffixes.has(suffix.text) || !ctx.sameSentence(s - 1, s)) continue;
    const g = ctx.gap(s) ?? '';
    if (!PLAIN_GAP.test(g) && !/^[ \t]*,[ \t]*$/u.test(g)) continue;
    let first = -1;
    for (let k = s - 1; k >= 0 && s - k <= MAX_NAME_WORDS && ctx.sameSentence(k, s) && ctx.free(k); k--) {
      const t = ctx.toks[k]!;
      if (!t.word || !t.cap || ctx.lex.determiners.has(t.lower) || (ctx.lex.stopWords.has(t.lower) && k < s - 1)) break;
      // "Der Logistiker Kranzberger GmbH": the descriptor is no part of the name.
      if (k < s - 1 && !isSeatHead(ctx, t.lower) && ((ctx.nounMarked.has(t.lower) && !opensNameAfterDeterminer(ctx, k)) || isDescriptor(ctx, t.lower, t.base) || ctx.isRole(t))) break;
      first = k;
      const before = ctx.gap(k) ?? '';
      if (!PLAIN_GAP.test(before) && !AMPERSAND_GAP.test(before)) break;
    }
    if (first < 0) continue;
    // "Deutsche Bahn AG": the lexicon names it; the legal form stays outside.
    const lexicon = matchPhraseAt(ctx, first);
    if (lexicon && lexicon.phrase.target.type === 'organisation' && lexicon.length === s - first) continue;
    let last = s;
    // "GmbH & Co. KG".
    // "GmbH & Co. KG" (the sentence splitter may end a sentence after "Co.").
    while (last + 2 < ctx.toks.length && ctx.toks[last + 1]!.text === 'Co' && /^[ \t\u00a0]*&[ \t\u00a0]*Co\.?[ \t\u00a0]*$/u.test(ctx.text.slice(ctx.toks[last]!.end, ctx.toks[last + 2]!.start)) && ctx.lex.legalSuffixes.has(ctx.toks[last + 2]!.text)) last += 2;
    // "e.V.", "S.A.", "s.r.o.": an abbreviation with inner full stops takes its last one.
    const end = ctx.toks[last]!.end + (ctx.text[ctx.toks[last]!.end] === '.' && (/^(?:Inc|Corp|Co|Kft|Zrt|Sp)$/u.test(ctx.toks[last]!.text) || ctx.toks[last]!.text.includes('.')) ? 1 : 0);
    const name = ctx.text.slice(ctx.toks[first]!.start, end);
    const bare = ctx.text.slice(ctx.toks[first]!.start, ctx.toks[s - 1]!.baseEnd);
    const key = claimOrganisation(ctx, first, last, name, end);
    ctx.contextOrganisations.set(bare, key);
    // "Glenbrannoch Distillery Ltd" … "Glenbrannoch": the name without its trade noun is the company too.
    if (s - 2 === first && isTradeNoun(ctx, s - 1)) ctx.shortOrganisationNames.set(ctx.toks[first]!.base, key);
  }
}

/**
 * "der Tessendorf Hochbau GmbH": a word right after the determiner of a company
 * with a legal form opens its name, though the determiner marks it as a noun
 * here; a common noun ("Zeitung") or a descriptor still does not.
 */
function opensNameAfterDeterminer(ctx: RecognitionContext, k: number): boolean {
  const t = ctx.toks[k]!;
  const p = ctx.toks[k - 1];
  if (!p || !ctx.sameSentence(k - 1, k) || !ctx.lex.determiners.has(p.lower)) return false;
  return !ctx.hasNounSuffix(t.lower) && !ctx.lex.commonWords.has(t.lower) && !ctx.isPersonNoun(t) && !ctx.lowerSeen.has(t.lower);
}

/** "der Fahrgastverband Pro Bahn", "die Finanzpolizei Guardia di Finanza", "the start-up Voltwise". */
function findDescribedOrganisations(ctx: RecognitionContext): void {
  const german = ctx.lex.code === 'de';
  for (let i = 0; i + 1 < ctx.toks.length; i++) {
    const t = ctx.toks[i]!;
    if (!t.word || t.allCaps || !ctx.free(i) || (german ? !t.cap : t.cap)) continue;
    if (!isDescriptor(ctx, t.lower, t.base)) continue;
    const n = i + 1;
    if (!ctx.sameSentence(i, n)) continue;
    // "The ferry operator, Fjordlinje, blamed …": the name between commas.
    const comma = COMMA_GAP.test(ctx.gap(n) ?? '');
    if (!comma && !ctx.plainGap(n)) continue;
    const last = nameRunEnd(ctx, n);
    if (last < 0) continue;
    if (comma && !/^[ \t\u00a0]*[,;:)–—]/u.test(ctx.text.slice(ctx.toks[last]!.end))) continue;
    // "crane operator Eilidh Munro": after a word that also names a trade, two plain name words are a person.
    if ((comma || PERSON_TRADES.has(t.lower)) && last > n && !ctx.isOrganisationHead(ctx.toks[last]!) && !isTradeNoun(ctx, last) && !ctx.toks[last]!.allCaps) continue;
    claimOrganisation(ctx, n, last);
    i = last;
  }
}

/** "Voltwise, a battery start-up founded in Lisbon", "Brenntal, ein Verein aus …". */
function findAppositionOrganisations(ctx: RecognitionContext): void {
  for (let i = 0; i < ctx.toks.length; i++) {
    const t = ctx.toks[i]!;
    if (!t.word || !t.cap || !ctx.free(i)) continue;
    const p = ctx.toks[i - 1];
    if (p && ctx.sameSentence(i - 1, i) && p.cap && p.word && ctx.plainGap(i)) continue;
    const last = nameRunEnd(ctx, i);
    if (last < 0) continue;
    const det = last + 1;
    const article = ctx.toks[det];
    if (!article || !ctx.sameSentence(last, det) || !COMMA_GAP.test(ctx.gap(det) ?? '') || !isIndefiniteOrDefinite(ctx, article.lower)) continue;
    let found = false;
    const german = ctx.lex.code === 'de';
    for (let k = det + 1; k < ctx.toks.length && k - det <= MAX_APPOSITION_WORDS && ctx.sameSentence(det, k); k++) {
      const w = ctx.toks[k]!;
      if (!w.word || !ctx.plainGap(k)) break;
      // Modifiers: German adjectives in lower case, English nouns and adjectives ("a Lisbon battery start-up");
      // "X, der das Unternehmen führte" is a relative clause, no apposition.
      if (german && !w.cap) {
        if (ctx.isAdjective(w)) continue;
        break;
      }
      if (!german && w.cap) continue;
      // Some stop-word lists hold nouns ("mill", "fire"): a descriptor is no stop word here.
      if (!german && ctx.lex.stopWords.has(w.lower) && !ctx.lex.organisationDescriptors.has(w.lower)) break;
      if (isDescriptor(ctx, w.lower, w.base)) {
        // "Jo Smith, a builder in Leeds" is a person: a trade introduces one-word names only.
        found = w.text === w.base && closesApposition(ctx, k) && !(last > i && PERSON_TRADES.has(tradeOf(w.lower)));
        break;
      }
      if (german) break;
    }
    if (!found) continue;
    claimOrganisation(ctx, i, last);
    i = last;
  }
}

/** "a partner at Harbourlight Ventures", "Analyst Jane Doe of Berenberg", "Chefin bei Voltwise". */
function findOrganisationsOfRoles(ctx: RecognitionContext): void {
  for (let p = 1; p + 1 < ctx.toks.length; p++) {
    const prep = ctx.toks[p]!;
    if (prep.cap || !ctx.lex.organisationPrepositions.has(prep.lower) || !ctx.sameSentence(p, p + 1) || !ctx.plainGap(p + 1)) continue;
    if (!roleBefore(ctx, p)) continue;
    let n = p + 1;
    if (ctx.toks[n]!.lower === 'the' && ctx.sameSentence(n, n + 1) && ctx.plainGap(n + 1)) n++;
    if (!ctx.free(n)) continue;
    const last = nameRunEnd(ctx, n);
    if (last < 0) continue;
    claimOrganisation(ctx, n, last);
    p = last;
  }
}

/** The role at the organisation: right before the preposition, or (English) before a name that stands before it. */
function roleBefore(ctx: RecognitionContext, p: number): boolean {
  let k = p - 1;
  if (!ctx.sameSentence(k, p) || !PLAIN_GAP.test(ctx.gap(p) ?? '')) return false;
  if (isOrganisationRole(ctx, k)) return true;
  if (ctx.lex.code !== 'en') return false;
  // "Analyst Jane Doe of Berenberg": back over the name to the role.
  let words = 0;
  while (k >= 0 && ctx.sameSentence(k, p) && ctx.toks[k]!.cap && ctx.toks[k]!.word && words < 4) {
    if (isOrganisationRole(ctx, k)) return words > 0;
    if (k > 0 && !ctx.plainGap(k)) {
      // "Jane Doe, a partner at …" reaches the role on the other side of the name; the comma form is handled above.
      return false;
    }
    words++;
    k--;
  }
  return words > 0 && k >= 0 && ctx.sameSentence(k, p) && isOrganisationRole(ctx, k);
}

function isOrganisationRole(ctx: RecognitionContext, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || !t.word) return false;
  if (ctx.lex.code === 'en') return ctx.lex.organisationRoles.has(t.lower) || (t.lower.endsWith('s') && ctx.lex.organisationRoles.has(t.lower.slice(0, -1)));
  return t.cap && ctx.matchesHead(t.base, ctx.lex.organisationRoles, 'g');
}

/** "Voltwise shares fell", "Voltwise beschäftigt 300 Menschen": words only an organisation takes. */
function findOrganisationsByVerb(ctx: RecognitionContext): void {
  if (ctx.lex.organisationVerbs.size === 0) return;
  for (let i = 0; i + 1 < ctx.toks.length; i++) {
    const t = ctx.toks[i]!;
    if (!t.word || !t.cap || t.allCaps || !ctx.free(i)) continue;
    const n = ctx.toks[i + 1]!;
    if (n.cap && ctx.lex.code === 'en') continue;
    if (!ctx.sameSentence(i, i + 1) || !ctx.plainGap(i + 1)) continue;
    const possessive = t.text !== t.base;
    const after = ctx.toks[i + 2];
    const counted = after !== undefined && ctx.sameSentence(i, i + 2) && ((!after.word && /^\p{N}/u.test(after.text)) || APPROXIMATELY.has(after.lower));
    const market = (n.lower === 'shares' || n.lower === 'stock') && after !== undefined && MARKET_MOVES.test(after.lower);
    if (!(possessive ? POSSESSED_BY_COMPANIES.has(n.lower) : (ctx.lex.organisationVerbs.has(n.lower) && counted) || market)) continue;
    if (ctx.toks[i + 2]?.lower === 'sich') continue;
    const p = ctx.toks[i - 1];
    if (p && ctx.sameSentence(i - 1, i) && p.cap && p.word) continue;
    if (!plainNameWord(ctx, i, true)) continue;
    claimOrganisation(ctx, i, i);
  }
}

function isTradeNoun(ctx: RecognitionContext, k: number): boolean {
  return (ctx.lex.data.tradeNouns ?? []).includes(ctx.toks[k]!.lower);
}

/** "Kessing Reisen", "Marlow Logistics": a name, then a trade noun that closes a company's name. */
function findTradeNames(ctx: RecognitionContext): void {
  const trades = new Set(ctx.lex.data.tradeNouns ?? []);
  if (trades.size === 0) return;
  for (let i = 0; i + 1 < ctx.toks.length; i++) {
    const n = ctx.toks[i + 1]!;
    if (!n.cap || n.allCaps || !trades.has(n.lower) || !ctx.free(i) || !ctx.free(i + 1) || !ctx.sameSentence(i, i + 1) || !ctx.plainGap(i + 1)) continue;
    const t = ctx.toks[i]!;
    if (!t.word || !t.cap || ADJECTIVE_LIKE.test(t.base) || ctx.lex.determiners.has(t.lower)) continue;
    const p = ctx.toks[i - 1];
    // "Hartwig Kessing Reisen" is no company's name; "der Reiseveranstalter Kessing Reisen" is.
    if (p && ctx.sameSentence(i - 1, i) && ctx.plainGap(i) && ctx.lex.givenNames.has(p.lower)) continue;
    if (!plainNameWord(ctx, i, true)) continue;
    claimOrganisation(ctx, i, i + 1);
  }
}

/** Officers only a company or body has: "Voltwise chief executive Jane Doe", "Voltwise's head of sales". */
const COMPANY_OFFICERS = new Set(['chief', 'ceo', 'cfo', 'chairman', 'chairwoman', 'managing', 'head']);
/** "Voltwise, which runs 80 shops": what a company does that a place or a person is not said to do with "which". */
const COMPANY_ACTIVITIES = new Set(['runs', 'operates', 'employs', 'owns', 'makes', 'sells', 'produces', 'manufactures', 'supplies', 'builds', 'ships']);

/** English: "Voltwise chief executive Jane Doe", "Voltwise's head of buying, Jane Doe", "Voltwise, which runs 80 shops". */
function findOrganisationsByOfficer(ctx: RecognitionContext): void {
  for (let i = 0; i + 2 < ctx.toks.length; i++) {
    const t = ctx.toks[i]!;
    if (!t.word || !t.cap || t.allCaps || !ctx.free(i) || !ctx.sameSentence(i, i + 2)) continue;
    const p = ctx.toks[i - 1];
    if (p && ctx.sameSentence(i - 1, i) && p.cap && p.word && ctx.plainGap(i)) continue;
    const n = ctx.toks[i + 1]!;
    const after = ctx.toks[i + 2]!;
    let found = false;
    if (ctx.plainGap(i + 1) && COMPANY_OFFICERS.has(n.lower) && (n.lower !== 'head' || after.lower === 'of')) {
      // The possessive owns the officer; without it the officer's name must follow ("… chief executive Jane Doe said").
      const possessive = t.text !== t.base;
      if (possessive) found = true;
      else if (!n.cap || n.allCaps) {
        for (let k = i + 2; k < ctx.toks.length && k <= i + 4 && ctx.sameSentence(i, k) && ctx.plainGap(k); k++) {
          const w = ctx.toks[k]!;
          if (w.cap && !w.allCaps) {
            found = k > i + 2 || n.allCaps;
            break;
          }
          if (w.cap || ctx.lex.stopWords.has(w.lower)) break;
        }
      }
    } else {
      // "Harbour Bakes, which operates 12 cafés": the name may have several words.
      const last = nameRunEnd(ctx, i);
      const w = last >= 0 ? last + 1 : -1;
      if (w > 0 && ctx.sameSentence(i, w + 1) && COMMA_GAP.test(ctx.gap(w) ?? '') && ctx.toks[w]!.lower === 'which' && ctx.plainGap(w + 1) && COMPANY_ACTIVITIES.has(ctx.toks[w + 1]!.lower)) {
        if (last === i ? plainNameWord(ctx, i, true) : !ctx.lex.givenNames.has(t.lower)) claimOrganisation(ctx, i, last);
        i = last;
        continue;
      }
    }
    if (!found || !plainNameWord(ctx, i, true)) continue;
    claimOrganisation(ctx, i, i);
  }
}

/**
 * "has worked at Glenbrannoch" after "Glenbrannoch Distillery Ltd": the
 * company's name without its trade noun, once the people are known, so that
 * "Karaca" stays the owner where the article names Yasemin Karaca.
 */
export function linkShortOrganisationNames(ctx: RecognitionContext): void {
  if (ctx.shortOrganisationNames.size === 0) return;
  const surnames = new Set<string>();
  for (const c of ctx.claims) if (c.type === 'person') for (const word of c.name.split(/\s+/u)) surnames.add(word);
  for (let i = 0; i < ctx.toks.length; i++) {
    const t = ctx.toks[i]!;
    const key = t.cap && ctx.free(i) ? ctx.shortOrganisationNames.get(t.base) : undefined;
    if (key === undefined || surnames.has(t.base)) continue;
    ctx.claim({ first: i, last: i, type: 'organisation', key, name: ctx.orgNames.get(key) ?? t.base, form: 'full' });
  }
}

/** Other uses of a name found by context: "Voltwise said" after "the start-up Voltwise". */
function propagateOrganisations(ctx: RecognitionContext): void {
  const found = ctx.contextOrganisations;
  if (found.size === 0) return;
  const german = ctx.lex.code === 'de';
  const byFirst = new Map<string, { words: string[]; key: string; name: string }[]>();
  for (const [name, key] of found) {
    const words = name.split(/\s+/u);
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, key, name });
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  for (let i = 0; i < ctx.toks.length; i++) {
    const t = ctx.toks[i]!;
    if (!t.word || !t.cap || !ctx.free(i)) continue;
    const candidates = byFirst.get(t.base) ?? (german && t.base.endsWith('s') ? byFirst.get(t.base.slice(0, -1)) : undefined);
    if (!candidates) continue;
    for (const { words, key, name } of candidates) {
      let ok = true;
      for (let k = 0; k < words.length && ok; k++) {
        const u = ctx.toks[i + k];
        const lastWord = k === words.length - 1;
        ok = u !== undefined && ctx.free(i + k) && (k === 0 || (ctx.sameSentence(i, i + k) && ctx.plainGap(i + k))) && (u.base === words[k] || (lastWord && german && u.base === `${words[k]}s`));
      }
      if (!ok) continue;
      const last = i + words.length - 1;
      ctx.claim({ first: i, last, type: 'organisation', key, name: ctx.orgNames.get(key) ?? name, form: 'full' });
      i = last;
      break;
    }
  }
}

/**
 * The end of an organisation's name starting at token i: capitalised words
 * (and name particles between them: "Guardia di Finanza"), or -1 when the
 * words look like a person, a place, a common noun or a lexicon entry.
 */
function nameRunEnd(ctx: RecognitionContext, i: number): number {
  const t = ctx.toks[i];
  if (!t || !t.word || !t.cap || !ctx.free(i)) return -1;
  const lexicon = matchPhraseAt(ctx, i);
  if (lexicon) return -1;
  const lex = ctx.lex;
  if (lex.givenNames.has(t.lower) || ctx.isTitle(i) || ctx.isRole(t) || lex.determiners.has(t.lower) || lex.commonWords.has(t.lower)) return -1;
  let last = i;
  for (let k = i + 1; k < ctx.toks.length && k - i < MAX_NAME_WORDS + 1 && ctx.sameSentence(i, k) && ctx.free(k); k++) {
    const u = ctx.toks[k]!;
    const g = ctx.gap(k) ?? '';
    if (!PLAIN_GAP.test(g) && !AMPERSAND_GAP.test(g)) break;
    if (u.word && u.cap && !ctx.isRole(u) && !ctx.isTitle(k) && !lex.commonWords.has(u.lower)) {
      last = k;
      continue;
    }
    if (!u.cap && lex.particles.has(u.lower) && ctx.toks[k + 1]?.cap && ctx.sameSentence(k, k + 1) && ctx.plainGap(k + 1) && ctx.free(k + 1)) continue;
    // "Friends of the Pennine Symphony", "Freunde der Musikschule": a genitive joins two capitalised parts.
    if (!u.cap && NAME_LINKS.has(u.lower)) {
      let m = k + 1;
      if (ctx.toks[m]?.lower === 'the' && ctx.plainGap(m) && ctx.sameSentence(k, m)) m++;
      const v = ctx.toks[m];
      if (v && v.cap && v.word && ctx.sameSentence(k, m) && ctx.plainGap(m) && ctx.free(m) && !ctx.isRole(v) && !lex.commonWords.has(v.lower) && !lex.givenNames.has(v.lower)) {
        k = m;
        last = m;
        continue;
      }
    }
    break;
  }
  // "a spokesman for Prime Minister …": words before a role belong to the role.
  const next = ctx.toks[last + 1];
  if (next && next.cap && ctx.sameSentence(last, last + 1) && (ctx.isRole(next) || ctx.isTitle(last + 1))) return -1;
  if (lex.roleModifiers.has(t.lower) && lex.code === 'en') return -1;
  if (last === i) {
    if (!plainNameWord(ctx, i, false)) return -1;
  } else if (lex.stopWords.has(t.lower) && !/^\p{Lu}/u.test(ctx.toks[i + 1]!.text)) {
    return -1;
  }
  // A run that is a person's name by shape ("Hans Berger") is left to the person rules.
  return last;
}

/** A single capitalised word that can be a name: no common noun, no known place, no adjective. */
function plainNameWord(ctx: RecognitionContext, i: number, strict: boolean): boolean {
  const t = ctx.toks[i]!;
  const lex = ctx.lex;
  if (!NAME_SHAPE.test(t.base) && !t.allCaps) return false;
  if (t.allCaps) return !lex.notAcronyms.has(t.base);
  if (!HAS_LOWER.test(t.base) || t.base.length < 2) return false;
  if (lex.stopWords.has(t.lower) || lex.commonWords.has(t.lower) || lex.placeWords.has(t.lower) || lex.givenNames.has(t.lower)) return false;
  if (ctx.isPersonNoun(t) || ctx.isRole(t) || ctx.isPlaceAdjective(t) || lex.placeStopNouns.has(t.lower)) return false;
  if (t.initial && ctx.lowerSeen.has(t.lower)) return false;
  if (lex.code === 'de') {
    // After a descriptor or a role ("bei Fennhaus") a name may end like a noun; alone it must not.
    if (ctx.nounMarked.has(t.lower) || (strict && ctx.hasNounSuffix(t.lower)) || ctx.lowerSeen.has(t.lower)) return false;
  } else if (strict && ctx.lowerSeen.has(t.lower)) {
    return false;
  }
  return true;
}

function isDescriptor(ctx: RecognitionContext, lowerWord: string, base: string): boolean {
  const descriptors = ctx.lex.organisationDescriptors;
  if (descriptors.size === 0) return false;
  if (ctx.lex.code === 'en') {
    const hyphen = lowerWord.lastIndexOf('-');
    const tail = hyphen > 0 && !descriptors.has(lowerWord) ? lowerWord.slice(hyphen + 1) : lowerWord;
    return descriptors.has(tail) && base === base.toLowerCase();
  }
  const cacheKey = `d${lowerWord}`;
  const cached = ctx.headCached(cacheKey);
  if (cached !== undefined) return cached;
  let result = false;
  for (const form of [lowerWord, lowerWord.replace(/(?:es|s)$/u, '')]) {
    for (const d of descriptors) {
      if (form.endsWith(d) && (form.length === d.length || d.length >= 4)) {
        result = true;
        break;
      }
    }
    if (result) break;
  }
  // "Bandleader", "Parteichef" end in a person noun, not in the descriptor.
  ctx.rememberWord(cacheKey, result);
  return result;
}

function tradeOf(lowerWord: string): string {
  const hyphen = lowerWord.lastIndexOf('-');
  return hyphen > 0 && !PERSON_TRADES.has(lowerWord) ? lowerWord.slice(hyphen + 1) : lowerWord;
}

function isIndefiniteOrDefinite(ctx: RecognitionContext, lowerWord: string): boolean {
  return ctx.lex.code === 'en' ? lowerWord === 'a' || lowerWord === 'an' || lowerWord === 'the' : /^(?:ein|eine|einer|der|die|das)$/u.test(lowerWord);
}

/** After the descriptor of an apposition: punctuation, a preposition or a participle, not another noun ("a union leader"). */
function closesApposition(ctx: RecognitionContext, k: number): boolean {
  const n = ctx.toks[k + 1];
  if (!n || !ctx.sameSentence(k, k + 1) || !ctx.plainGap(k + 1)) return true;
  if (n.cap) return false;
  if (ctx.lex.code === 'de') return true;
  // "a union leader", "a charity worker": the descriptor modifies a person noun.
  return !ctx.isRole(n) && !ctx.isPersonNoun(n) && !ctx.lex.roleWords.has(n.lower) && !/\p{Ll}(?:er|or|ist|ian|man|woman)s?$/u.test(n.lower);
}

function claimOrganisation(ctx: RecognitionContext, first: number, last: number, fullName?: string, endOffset?: number): string {
  const name = fullName ?? ctx.text.slice(ctx.toks[first]!.start, ctx.toks[last]!.baseEnd);
  const key = `org:${name.toLowerCase()}`;
  if (!ctx.orgNames.has(key)) ctx.orgNames.set(key, name);
  ctx.claim({ first, last, type: 'organisation', key, name, form: 'full', ...(endOffset !== undefined && endOffset !== ctx.toks[last]!.baseEnd ? { endOffset } : {}) });
  if (!fullName) ctx.contextOrganisations.set(name, key);
  return key;
}
