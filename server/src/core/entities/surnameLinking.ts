/**
 * Coreference within an article: later uses of a person's full name or
 * surname (also in the German genitive) are linked to the person, and each
 * surname mention gets the id of the nearest full name with that surname.
 */
import { FAMILY_NAME_FIRST_MARKERS, GIVEN_NAMES, SURNAME_PREFIXES } from '../languages/entities';
import { genitiveBases, nameKey } from './normalize';
import type { RecognitionContext } from './recognitionContext';
import { ADJECTIVE_LIKE, HAS_LOWER, NAME_SHAPE, STRONG } from './shapes';

/** Links later uses of a name found with a cue: "Stoltenberg", "Stoltenbergs", "Jens Stoltenberg". */
export function propagateNames(ctx: RecognitionContext): void {
  const fullKeys = new Set<string>();
  const surnames = new Set<string>();
  for (const c of ctx.claims) {
    if (c.type !== 'person') continue;
    const key = nameKey(c.name);
    if (c.form === 'full') {
      fullKeys.add(key);
      for (const surname of surnamesOf(c.name)) surnames.add(nameKey(surname));
    } else {
      surnames.add(key);
    }
  }
  if (surnames.size === 0) return;
  const german = ctx.lex.code === 'de';
  for (let i = 0; i < ctx.toks.length; i++) {
    const t = ctx.toks[i]!;
    if (!ctx.free(i) || !t.cap || !t.word || t.allCaps) continue;
    // "Ní Bhriain", "Mac Diarmada": a prefixed surname of several words.
    if (SURNAME_PREFIXES.has(t.lower)) {
      let last = -1;
      for (let j = i + 1; j <= i + 3 && ctx.free(j) && ctx.sameSentence(i, j) && ctx.plainGap(j) && ctx.toks[j]!.cap; j++) {
        if (surnames.has(nameKey(ctx.text.slice(t.start, ctx.toks[j]!.baseEnd)))) last = j;
      }
      if (last > 0) {
        ctx.claim({ first: i, last, type: 'person', key: '', name: ctx.text.slice(t.start, ctx.toks[last]!.baseEnd), form: 'surname', cue: 'known' });
        i = last;
        continue;
      }
    }
    // A full name: two words.
    if (ctx.free(i + 1) && ctx.sameSentence(i, i + 1) && ctx.plainGap(i + 1) && ctx.toks[i + 1]!.cap) {
      const n = ctx.toks[i + 1]!;
      const variants = [n.base, ...(german ? genitiveBases(n.base) : [])];
      const hit = variants.find((v) => fullKeys.has(nameKey(`${t.base} ${v}`)));
      if (hit !== undefined) {
        ctx.claim({ first: i, last: i + 1, type: 'person', key: '', name: `${t.base} ${hit}`, form: 'full', cue: 'known' });
        i++;
        continue;
      }
    }
    if (!NAME_SHAPE.test(t.base) || !HAS_LOWER.test(t.base)) continue;
    const variants = [t.base, ...(german ? genitiveBases(t.base) : [])];
    const hit = variants.find((v) => surnames.has(nameKey(v)));
    if (hit === undefined) continue;
    if (ctx.isTitle(i) || ctx.lex.commonWords.has(hit.toLowerCase())) continue;
    // "… Karla Wittstock …" before "sagte Wittstock": a given name, even one no list has, before the surname.
    if (!fullKeys.has(nameKey(hit)) && givenNameBefore(ctx, i)) {
      const g = ctx.toks[i - 1]!;
      ctx.claim({ first: i - 1, last: i, type: 'person', key: '', name: `${g.base} ${hit}`, form: 'full', cue: 'known' });
      fullKeys.add(nameKey(`${g.base} ${hit}`));
      continue;
    }
    ctx.claim({ first: i, last: i, type: 'person', key: '', name: hit, form: 'surname', cue: 'known' });
  }
}

/** Whether the word before token i is a given name of the surname at i: capitalised, name-shaped, not a common word. */
function givenNameBefore(ctx: RecognitionContext, i: number): boolean {
  const g = i - 1;
  if (!ctx.free(g) || !ctx.sameSentence(g, i) || !ctx.plainGap(i)) return false;
  const t = ctx.toks[g]!;
  if (!t.word || !t.cap || t.allCaps || t.base.length < 2 || t.base !== t.text) return false;
  if (ctx.isGivenName(t.lower)) return true;
  if (ctx.lex.attributionBefore.has(t.lower) || ctx.lex.placePrepositions.has(t.lower) || ctx.lex.speakerVerbs.has(t.lower)) return false;
  if (ctx.nameClass(g) !== STRONG || ctx.isRole(t) || ctx.isTitle(g) || ctx.lex.placeWords.has(t.lower)) return false;
  if (ctx.lex.determiners.has(ctx.toks[g - 1]?.lower ?? '') && ctx.sameSentence(g - 1, g)) return false;
  // A capitalised adjective mid-sentence belongs to a name ("Jasper"); at the start it may be an ordinary adjective.
  if (ctx.lex.code === 'de' && ADJECTIVE_LIKE.test(t.base) && !/(?:e|a|o|i)$/u.test(t.lower) && (t.initial || /isch(?:e|en)?$/u.test(t.lower))) return false;
  return !ctx.lowerSeen.has(t.lower);
}

/** "van der Meulen sagte": a surname mention takes the particles its full name gives it. */
export function extendParticleSurnames(ctx: RecognitionContext): void {
  const particlesOf = new Map<string, string[]>();
  for (const c of ctx.claims) {
    if (c.type !== 'person' || c.form !== 'full') continue;
    const words = c.name.split(/\s+/u);
    let k = words.length - 1;
    while (k > 0 && (ctx.lex.particles.has(words[k - 1]!) || (k > 1 && /^(?:der|den|la|los|las|le)$/iu.test(words[k - 1]!) && ctx.lex.particles.has(words[k - 2]!)))) k--;
    if (k < words.length - 1 && k > 0) particlesOf.set(nameKey(words[words.length - 1]!), words.slice(k, -1));
  }
  if (particlesOf.size === 0) return;
  ctx.claims.forEach((c, index) => {
    if (c.type !== 'person' || c.form !== 'surname') return;
    const particles = particlesOf.get(nameKey(c.name));
    if (!particles) return;
    let first = c.first;
    for (let k = particles.length - 1; k >= 0; k--) {
      const p = first - 1;
      if (!ctx.free(p) || !ctx.sameSentence(p, c.first) || !ctx.plainGap(first) || ctx.toks[p]!.lower !== particles[k]!.toLowerCase()) return;
      first = p;
    }
    // "van de Loos": the name keeps the base form of the surname, the span the genitive.
    const name = `${ctx.text.slice(ctx.toks[first]!.start, ctx.toks[c.first]!.start)}${c.name}`;
    ctx.claims[index] = { ...c, first, name };
    for (let k = first; k < c.first; k++) ctx.owner[k] = index;
  });
}

/** Gives each person claim its entity id: full names by key, surnames by the nearest full name with that surname. */
export function resolvePeople(ctx: RecognitionContext): Map<number, string> {
  demoteSurnamesOfFullNames(ctx);
  const ids = new Map<number, string>();
  const fullKeys = new Set<string>();
  const bySurname = new Map<string, { key: string; at: number; gender?: Gender }[]>();
  const genderByKey = new Map<string, Gender>();
  ctx.claims.forEach((c) => {
    if (c.type !== 'person') return;
    const gender = genderOf(ctx, c);
    if (gender) genderByKey.set(nameKey(c.name), gender);
  });
  ctx.claims.forEach((c) => {
    if (c.type === 'person' && c.form === 'full') fullKeys.add(nameKey(c.name));
  });
  ctx.claims.forEach((c, index) => {
    if (c.type !== 'person' || c.form !== 'full') return;
    let key = nameKey(c.name);
    // "Jens Stoltenbergs" is the genitive of a name given elsewhere.
    if (ctx.lex.code === 'de' && key.endsWith('s') && fullKeys.has(key.slice(0, -1))) key = key.slice(0, -1);
    ids.set(index, `person:${key}`);
    for (const word of surnamesOf(c.name)) {
      const surname = nameKey(word);
      const list = bySurname.get(surname) ?? [];
      list.push({ key, at: ctx.toks[c.first]!.start, gender: genderByKey.get(key) ?? genderByKey.get(nameKey(c.name)) });
      bySurname.set(surname, list);
    }
  });
  // In text order, so that a bare surname goes to whoever of its bearers was named last ("Mr X … Later X said").
  const lastSurnameAt = new Map<string, number>();
  const order = ctx.claims.map((c, index) => ({ c, index })).sort((x, y) => x.c.first - y.c.first);
  for (const { c, index } of order) {
    if (c.type !== 'person' || c.form === 'full') continue;
    const candidatesForName = [c.name, ...(ctx.lex.code === 'de' ? genitiveBases(c.name) : []), lastWordOf(c.name)];
    let chosen: string | undefined;
    for (const variant of candidatesForName) {
      const list = bySurname.get(nameKey(variant));
      if (!list) continue;
      const at = ctx.toks[c.first]!.start;
      // "Frau X", "Mrs X": of two people named X, not the one known to be of the other gender.
      const gender = genderOf(ctx, c);
      const fitting = gender ? list.filter((entry) => entry.gender === undefined || entry.gender === gender) : list;
      const pool = fitting.length > 0 ? fitting : list;
      let best = pool[0]!;
      let bestAt = -1;
      for (const entry of pool) {
        const latest = Math.max(entry.at <= at ? entry.at : -1, lastSurnameAt.get(entry.key) ?? -1);
        if (latest > bestAt) {
          best = entry;
          bestAt = latest;
        }
      }
      chosen = best.key;
      lastSurnameAt.set(best.key, at);
      break;
    }
    ids.set(index, `person:${chosen ?? nameKey(c.name)}`);
  }
  return ids;
}

type Gender = 'female' | 'male';

/** The gender a person claim's title or role shows ("Frau", "Mrs", "Sprecherin", "wife"), if any. */
function genderOf(ctx: RecognitionContext, c: { readonly title?: string; readonly role?: string }): Gender | undefined {
  const data = ctx.lex.data.gender;
  if (!data) return undefined;
  const words = [c.title, ...(c.role ? c.role.split(/\s+/u) : [])].filter((w): w is string => !!w).map((w) => w.toLowerCase());
  if (words.some((w) => data.female.includes(w))) return 'female';
  if (words.some((w) => data.male.includes(w))) return 'male';
  const head = c.role?.split(/\s+/u)[0];
  if (head && data.femaleEnding?.test(head)) return 'female';
  return undefined;
}

/**
 * The words of a full name that stand for the person alone: the last one,
 * and the first where the name puts the family name first ("Nguyen Thi Lan"
 * is "Nguyen", "Tran Van Duc" is "Tran").
 */
export function surnamesOf(name: string): string[] {
  const words = name.split(/\s+/u);
  const last = words[words.length - 1]!;
  const middle = words[1];
  // "Máire Ní Bhriain", "Cathal Ó Duibhir": the surname runs from its prefix.
  const prefix = words.findIndex((w, k) => k > 0 && k < words.length - 1 && SURNAME_PREFIXES.has(w.toLowerCase()));
  if (prefix > 0) return [words.slice(prefix).join(' ')];
  if (words.length === 3 && middle && /^\p{Lu}/u.test(middle) && FAMILY_NAME_FIRST_MARKERS.has(middle.toLowerCase())) return [last, words[0]!];
  const forms = [last];
  // "Tiago Ferraz de Almeida", "Hans-Georg van de Loo": the surname with its particles, and the word the particles follow.
  const particle = words.findIndex((w, k) => k > 0 && k < words.length - 1 && /^\p{Ll}/u.test(w));
  if (particle > 0) {
    forms.push(words.slice(particle).join(' '));
    if (particle >= 2 && /^\p{Lu}/u.test(words[particle - 1]!)) forms.push(words.slice(particle - 1).join(' '));
    return forms;
  }
  // "Rodrigo Echeverría Sáez", "Rosa Condori Mamani": a Spanish double surname, whose first part stands alone.
  if (words.length === 3 && middle && /^\p{Lu}\p{Ll}+$/u.test(middle) && !GIVEN_NAME_SET.has(middle.toLowerCase()) && !middle.includes('.')) {
    forms.push(middle, `${middle} ${last}`);
  }
  return forms;
}

const GIVEN_NAME_SET: ReadonlySet<string> = new Set(GIVEN_NAMES.map((n) => n.toLowerCase()));

/**
 * "Ferraz de Almeida sagte": a name found with a cue that is the surname of a
 * full name in the same article is that person's surname, not a person of its own.
 */
function demoteSurnamesOfFullNames(ctx: RecognitionContext): void {
  const forms = new Map<string, string>();
  for (const c of ctx.claims) {
    if (c.type !== 'person' || c.form !== 'full') continue;
    for (const form of surnamesOf(c.name)) if (form.includes(' ')) forms.set(nameKey(form), nameKey(c.name));
  }
  if (forms.size === 0) return;
  ctx.claims.forEach((c, index) => {
    if (c.type !== 'person' || c.form !== 'full') return;
    const key = nameKey(c.name);
    const owner = forms.get(key) ?? (ctx.lex.code === 'de' && key.endsWith('s') ? forms.get(key.slice(0, -1)) : undefined);
    if (owner !== undefined && owner !== key) ctx.claims[index] = { ...c, form: 'surname' };
  });
}

function lastWordOf(name: string): string {
  const words = name.split(/\s+/u);
  return words[words.length - 1]!;
}
