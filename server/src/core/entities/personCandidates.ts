/**
 * Runs of capitalised words (with name particles) that might name people,
 * and the split of each run into titles, roles and name words.
 */
import { FAMILY_NAME_FIRST_MARKERS, SURNAME_PREFIXES } from '../languages/entities';
import { considerPerson, isEnglishAgentNoun } from './personCues';
import type { RecognitionContext } from './recognitionContext';
import { NONE, PLAIN_GAP, STRONG, TITLE_GAP, WEAK } from './shapes';

export function findPeople(ctx: RecognitionContext): void {
  let i = 0;
  while (i < ctx.toks.length) {
    const t = ctx.toks[i]!;
    if (!ctx.free(i) || !t.word || !t.cap) {
      i++;
      continue;
    }
    // A run: capitalised words (and name particles between them) joined by spaces.
    let j = i;
    while (j + 1 < ctx.toks.length && ctx.sameSentence(j, j + 1) && ctx.free(j + 1)) {
      const n = ctx.toks[j + 1]!;
      const g = ctx.gap(j + 1) ?? '';
      // "D. J. Lennox": initials before a name.
      const joined = PLAIN_GAP.test(g) || (TITLE_GAP.test(g) && (ctx.isTitle(j) || (isInitial(ctx, j) && n.cap)));
      if (!joined) break;
      if (n.cap && n.word) {
        j++;
        continue;
      }
      if (isParticleAt(ctx, j + 1)) {
        let k = j + 1;
        while (k + 1 < ctx.toks.length && isParticleAt(ctx, k + 1) && ctx.plainGap(k + 1)) k++;
        if (ctx.toks[k + 1]?.cap && ctx.plainGap(k + 1) && ctx.free(k + 1) && ctx.isNameLike(j) && surnameAfterParticles(ctx, i, j, k)) {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    findPeopleInRun(ctx, i, j);
    i = j + 1;
  }
}

/**
 * Whether the word after the particles j+1..k is a surname: "Ursula von der
 * Leyen", but not "Gerolf Anspach von der Hochschule", "… von der Polizei".
 * After a full name already (two capitalised words) an article particle
 * starts a phrase about where the person comes from, not a surname.
 */
function surnameAfterParticles(ctx: RecognitionContext, runStart: number, j: number, k: number): boolean {
  const u = ctx.toks[k + 1]!;
  if (ctx.nameClass(k + 1) !== STRONG || ctx.lex.placeWords.has(u.lower) || ctx.isOrganisationHead(u) || ctx.isOrganisationCompound(u.lower) || ctx.isRole(u)) return false;
  let capitals = 0;
  for (let m = runStart; m <= j; m++) if (ctx.toks[m]!.cap && ctx.nameClass(m) !== NONE && !ctx.isTitle(m) && !ctx.isRole(ctx.toks[m]!)) capitals++;
  let article = false;
  for (let m = j + 1; m <= k; m++) if (/^(?:der|den|dem|la|los|las|le)$/u.test(ctx.toks[m]!.lower)) article = true;
  return !(article && capitals >= 2);
}

function isParticleAt(ctx: RecognitionContext, i: number): boolean {
  const t = ctx.toks[i];
  if (!t || !ctx.free(i)) return false;
  if (t.cap) return isCapitalisedArticleParticle(ctx, i);
  if (ctx.lex.particles.has(t.lower)) return true;
  // "von der Leyen": der/den after von.
  const p = ctx.toks[i - 1]?.lower;
  return ((t.lower === 'der' || t.lower === 'den') && (p === 'von' || p === 'van')) || ((t.lower === 'la' || t.lower === 'los' || t.lower === 'las') && p === 'de');
}

/** "Benoît de La Fontaine": a capitalised French article after a lower-case "de" belongs to the surname. */
function isCapitalisedArticleParticle(ctx: RecognitionContext, i: number): boolean {
  const t = ctx.toks[i]!;
  const p = ctx.toks[i - 1];
  return (t.text === 'La' || t.text === 'Le') && p !== undefined && p.text === 'de' && ctx.plainGap(i);
}

function findPeopleInRun(ctx: RecognitionContext, first: number, last: number): void {
  type Kind = 'title' | 'role' | 'name' | 'weak' | 'particle' | 'other';
  const kinds: Kind[] = [];
  for (let k = first; k <= last; k++) {
    const t = ctx.toks[k]!;
    if (!t.cap || (k > first && isCapitalisedArticleParticle(ctx, k))) kinds.push('particle');
    else if (ctx.isTitle(k)) kinds.push('title');
    else if (ctx.isRole(t)) kinds.push('role');
    // "Dariusz P.": an initial closing a name, as court reports abbreviate surnames.
    else if (k === last && k > first && ctx.isSurnameInitial(k)) kinds.push('name');
    else if (k < last && isInitial(ctx, k) && (ctx.nameClass(k + 1) !== NONE || isInitial(ctx, k + 1))) kinds.push('name');
    // "Trần Thị Mai", "Nguyen Van Hoa": the word after the middle marker is a given name, even a month or a noun.
    else if (k >= first + 2 && FAMILY_NAME_FIRST_MARKERS.has(ctx.toks[k - 1]!.lower) && ctx.toks[k - 1]!.cap && ctx.nameClass(k - 2) !== NONE && /^\p{Lu}\p{Ll}+$/u.test(t.base)) kinds.push('name');
    // "Ó Duibhir", "Mac Diarmada": a surname prefix before a name word.
    else if (k < last && SURNAME_PREFIXES.has(t.lower) && ctx.nameClass(k + 1) !== NONE) kinds.push('name');
    else {
      const c = ctx.nameClass(k);
      kinds.push(c === STRONG ? 'name' : c === WEAK ? 'weak' : 'other');
    }
  }
  const n = kinds.length;
  // "Violinist Temperance Okonjo said": a capitalised agent noun opening the sentence is a role.
  if (ctx.lex.code === 'en' && n >= 3 && kinds[0] === 'name' && kinds[1] === 'name' && ctx.toks[first]!.initial && isEnglishAgentNoun(ctx, ctx.toks[first]!.lower)) kinds[0] = 'role';
  // "Hans Richter": a role word closing the run after a given name is a surname.
  if (n >= 2 && kinds[n - 1] === 'role' && kinds[n - 2] === 'name' && ctx.lex.givenNames.has(ctx.toks[first + n - 2]!.lower)) kinds[n - 1] = 'name';
  // "Theodora Kühne-Bischof": a double surname whose second half is a role noun closes a name; "CDU-Politiker" has no name part.
  if (n >= 2 && kinds[n - 1] === 'role' && kinds[n - 2] === 'name' && doubleSurnameWithRoleHalf(ctx, first + n - 1)) kinds[n - 1] = 'name';
  // "Deputy Foreign Minister Vadim Orlov": words before the last role that has a name after it belong to the role.
  // "(Secretary of) State Delphine Abernathy-Cole": a leading role modifier is no name.
  if (ctx.lex.code === 'en' && n >= 2 && kinds[0] === 'name' && ctx.lex.roleModifiers.has(ctx.toks[first]!.lower)) kinds[0] = 'other';
  let lastRole = -1;
  for (let k = 0; k < n; k++) if ((kinds[k] === 'role' || kinds[k] === 'title') && k + 1 < n && (kinds[k + 1] === 'name' || kinds[k + 1] === 'weak' || kinds[k + 1] === 'title' || kinds[k + 1] === 'role')) lastRole = k;
  for (let k = 0; k < lastRole; k++) if (kinds[k] === 'name' || kinds[k] === 'weak') kinds[k] = 'other';

  let k = 0;
  while (k < n) {
    const kind = kinds[k];
    const leftKind = k > 0 ? kinds[k - 1] : undefined;
    const afterCue = leftKind === 'title' || leftKind === 'role';
    // "Ruprecht Sengelaub", "Burkhard …": a given name shaped like a noun ("-recht", "-hard") before a name word.
    const weakGiven = kind === 'weak' && kinds[k + 1] === 'name' && !ctx.toks[first + k]!.initial;
    if (kind !== 'name' && !(kind === 'weak' && (afterCue || weakGiven))) {
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
    considerPerson(ctx, first + k, first + e, afterCue ? first + k - 1 : -1, first, kind === 'weak' && e === k);
    k = e + 1;
  }
}

/** "Kühne-Bischof": two capitalised halves, the first a name word that is no organisation, place or role. */
function doubleSurnameWithRoleHalf(ctx: RecognitionContext, i: number): boolean {
  const t = ctx.toks[i]!;
  const m = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u.exec(t.base);
  if (!m) return false;
  const head = m[1]!.toLowerCase();
  if (ctx.lex.phrases.has(head) || ctx.lex.placeWords.has(head) || ctx.lex.roleWords.has(head) || ctx.lex.commonWords.has(head) || ctx.lex.stopWords.has(head)) return false;
  return !ctx.isOrganisationCompound(head) && !ctx.matchesHead(m[1]!, ctx.lex.roleHeads, 'r');
}

/** A single capital letter with a full stop: an initial of a given name ("D. J. Lennox"). */
function isInitial(ctx: RecognitionContext, i: number): boolean {
  return ctx.isSurnameInitial(i);
}
