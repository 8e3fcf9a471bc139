/**
 * Compiles the German and English noise lexicons into lookup tables and
 * regular expressions, once. Both languages are always used: German pages
 * carry English buttons ("Share on X") and English pages German names.
 */
import { NOISE_CATEGORIES, type NoiseCategory } from './categories';
import { PICTURE_AGENCIES } from '../languages/noise/agencies';
import { germanNoise } from '../languages/noise/de';
import { englishNoise } from '../languages/noise/en';
import type { CategoryLists, NoiseLexicon } from '../languages/noise/types';

/** A sticky regex of segment starts; group `c<n>` names the category `groups[n]`. */
export interface StartRegex {
  readonly regex: RegExp;
  readonly groups: readonly NoiseCategory[];
  /** Lower-case letters the segment must contain for the pattern to match (checked before the regex). */
  readonly required?: string;
}

export interface CategoryRegex {
  readonly category: NoiseCategory;
  readonly regex: RegExp;
}

export interface CompiledLexicon {
  readonly lines: ReadonlyMap<string, NoiseCategory>;
  readonly weakLines: ReadonlyMap<string, NoiseCategory>;
  /** Every category a weak line belongs to ("Anmelden": navigation and newsletter; "Email": share bar and forms). */
  readonly weakCategories: ReadonlyMap<string, ReadonlySet<NoiseCategory>>;
  /**
   * The sticky regexes (set lastIndex to a segment start, then exec) that can match a segment whose
   * first word (lower-case letters) is `word`: the patterns that start with that literal word and those
   * that start otherwise. A token pre-filter: most segments try only a few patterns.
   */
  startsFor(word: string): readonly StartRegex[];
  /**
   * One global regex over all phrases; group `c<n>` names the category
   * `phraseGroups[n]`. A match counts only at the start of a word (checked by the caller).
   */
  readonly phrases: RegExp;
  readonly phraseGroups: readonly NoiseCategory[];
  /** Case-sensitive phrases, scanned separately. */
  readonly sensitivePhrases: readonly CategoryRegex[];
  readonly shareStrong: ReadonlySet<string>;
  readonly shareFiller: ReadonlySet<string>;
  readonly navigationRoots: ReadonlySet<string>;
  /** The title of a newsletter box: "Wernau kompakt", "The Morning Briefing". */
  readonly newsletterName: RegExp;
  readonly callToAction: RegExp;
  readonly byline: RegExp;
  /** The head of a reader comment over its date ("Anna Muster sagt:"). */
  readonly commentHead: RegExp;
  readonly provenance: RegExp;
  readonly pictureAgency: RegExp;
  /** A picture credit at the end of a line: group 1 is the credit from its label on. */
  readonly creditTail: RegExp;
  /** A copyright notice that names a publisher or reserves rights: the site's footer, not a photo credit. */
  readonly copyrightNotice: RegExp;
  /** Whole lines that are noise only next to other noise ("Zum Spielplan"), by category. */
  readonly weakPatterns: readonly CategoryRegex[];
  /** The heading of a teaser list without a fixed phrase ("Weitere Rückrufe"). */
  readonly listHeading: RegExp;
}

const LEXICONS: readonly NoiseLexicon[] = [germanNoise, englishNoise];
let compiled: CompiledLexicon | undefined;

export function compiledLexicon(): CompiledLexicon {
  compiled ??= compile(LEXICONS);
  return compiled;
}

/** How exact and weak lines are compared: lower-case, no emoji or bullets, single spaces, no trailing `.:!` or dashes ("– Anzeige –"). */
export function normalizeLine(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}•·▶►▸→←»«›‹|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[.:!…–—-]+$/u, '')
    .replace(/^[-–—*]+\s*/u, '');
}

/** A lexicon regex source in our conventions (see types.ts) → JavaScript regex source and whether it ignores case. */
export function toSource(entry: string): { source: string; ignoreCase: boolean } {
  const ignoreCase = !entry.startsWith('=');
  const body = ignoreCase ? entry : entry.slice(1);
  return { source: body.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+'), ignoreCase };
}

function compile(lexicons: readonly NoiseLexicon[]): CompiledLexicon {
  const lines = new Map<string, NoiseCategory>();
  const weakLines = new Map<string, NoiseCategory>();
  const merge = (target: Map<string, NoiseCategory>, lists: CategoryLists) => {
    for (const category of NOISE_CATEGORIES) {
      for (const line of lists[category] ?? []) {
        const key = normalizeLine(line);
        if (!target.has(key)) target.set(key, category);
      }
    }
  };
  for (const lexicon of lexicons) merge(lines, lexicon.lines);
  for (const lexicon of lexicons) merge(weakLines, lexicon.weakLines);
  const weakCategories = new Map<string, Set<NoiseCategory>>();
  for (const lexicon of lexicons) {
    for (const category of NOISE_CATEGORIES) {
      for (const line of lexicon.weakLines[category] ?? []) {
        const key = normalizeLine(line);
        const set = weakCategories.get(key) ?? new Set<NoiseCategory>();
        set.add(category);
        weakCategories.set(key, set);
      }
    }
  }

  const sensitivePhrases: CategoryRegex[] = [];
  const phraseParts: string[] = [];
  const phraseGroups: NoiseCategory[] = [];
  NOISE_CATEGORIES.forEach((category) => {
    const phraseEntries = lexicons.flatMap((l) => l.phrases[category] ?? []).map(toSource);
    const insensitive = phraseEntries.filter((e) => e.ignoreCase).map((e) => e.source);
    if (insensitive.length > 0) {
      phraseParts.push(`(?<c${phraseGroups.length}>${insensitive.join('|')})`);
      phraseGroups.push(category);
    }
    const sensitive = phraseEntries.filter((e) => !e.ignoreCase).map((e) => e.source);
    if (sensitive.length > 0) sensitivePhrases.push({ category, regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${sensitive.join('|')})`, 'gu') });
  });

  const words = (pick: (l: NoiseLexicon) => readonly string[]) => new Set(lexicons.flatMap(pick).map((w) => w.toLowerCase()));
  const alternation = (entries: readonly string[]) =>
    [...entries].sort((a, b) => b.length - a.length).map((e) => toSource(e).source).join('|');
  /** Lower-case words as a case-sensitive alternation whose words may start with a capital: "am morgen" → "[Aa]m\s+[Mm]orgen". */
  const casefree = (entries: readonly string[]) =>
    [...entries].sort((a, b) => b.length - a.length).map((e) => e.split(' ').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).join('\\s+')).join('|');
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

  const startsFor = compileStarts(lexicons);

  return {
    lines,
    weakLines,
    weakCategories,
    startsFor,
    // Every phrase starts with an ASCII letter or digit, so the cheap ASCII `\b` skips most positions
    // (a Unicode lookbehind made the scan twice as slow); the detector checks the character before a match.
    phrases: new RegExp(`\\b(?:${phraseParts.join('|')})`, 'giu'),
    phraseGroups,
    sensitivePhrases,
    shareStrong: words((l) => l.shareWords.strong),
    shareFiller: words((l) => l.shareWords.filler),
    navigationRoots: words((l) => l.navigationRoots),
    // One to three capitalised words (and an article) before the name: "Wernau kompakt", "Der Tag am Morgen" is too long.
    // Case-sensitive (\p{Lu} would match any letter under the `i` flag); each word may start in either case.
    newsletterName: new RegExp(
      `^(?:(?:${casefree(['the', 'der', 'die', 'das', 'dein', 'ihr', 'unser', 'our', 'your'])}) )?\\p{Lu}[\\p{L}\\p{N}'’&.-]*(?: \\p{Lu}[\\p{L}\\p{N}'’&.-]*){0,2} (?:${casefree(lexicons.flatMap((l) => l.newsletterNames))})$`,
      'u',
    ),
    callToAction: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(lexicons.flatMap((l) => l.callsToAction))})(?![\\p{L}\\p{N}])`, 'iu'),
    commentHead: new RegExp(`^(?:${lexicons.flatMap((l) => l.commentHeads).map((e) => toSource(e).source).join('|')})$`, 'iu'),
    byline: new RegExp(`^(?:${alternation(lexicons.flatMap((l) => l.bylineWords))})\\s*:?\\s+`, 'iu'),
    provenance: new RegExp(`^(?:${lexicons.flatMap((l) => l.provenance).map((e) => toSource(e).source).join('|')})`, 'iu'),
    creditTail: new RegExp(
      `(?:^|(?<=\\s))((?:${[...new Set(lexicons.flatMap((l) => l.creditLabels))].sort((a, b) => b.length - a.length).map(escape).join('|')})\\s?:\\s?\\S.{0,110})$`,
      'u',
    ),
    copyrightNotice: new RegExp(
      `^(?:©|\\(c\\)|copyright\\b).{0,80}?(?:(?<![\\p{L}\\p{N}])(?:${[...new Set(lexicons.flatMap((l) => l.publisherWords))].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])|rights reserved|rechte vorbehalten)`,
      'iu',
    ),
    weakPatterns: NOISE_CATEGORIES.flatMap((category) => {
      const sources = lexicons.flatMap((l) => l.weakPatterns[category] ?? []).map((e) => toSource(e).source);
      return sources.length === 0 ? [] : [{ category, regex: new RegExp(`^(?:${sources.join('|')})$`, 'iu') }];
    }),
    listHeading: new RegExp(`^(?:${lexicons.flatMap((l) => l.listHeadings).map((e) => toSource(e).source).join('|')})$`, 'iu'),
    pictureAgency: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${[...PICTURE_AGENCIES].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
      'iu',
    ),
  };
}

/**
 * What every match of a lexicon entry starts with: a set of lower-case letter runs (the literal start of
 * its first word, "kommentar" for "kommentare?", "alle"/"nur"/"cookies"… for "(?:alle |nur )?(?:cookies …"),
 * or undefined when it may start otherwise (a digit, a symbol, a class, a lookahead).
 */
export function leadingLetters(entry: string): string[] | undefined {
  const body = entry.startsWith('=') ? entry.slice(1) : entry;
  const letters: string[] = [];
  for (const [start, end] of topLevelAlternatives(body, 0, body.length)) {
    const first = firstOf(body, start, end);
    if (first === undefined) return undefined;
    letters.push(...first);
  }
  return letters;
}

const LETTER = /\p{L}/u;

function firstOf(body: string, from: number, to: number): string[] | undefined {
  if (from >= to) return undefined;
  const c = body[from];
  if (c === '(') {
    if (!body.startsWith('(?:', from)) return undefined;
    const close = closingParen(body, from);
    if (close < 0 || close >= to) return undefined;
    const alternatives: string[] = [];
    for (const [start, end] of topLevelAlternatives(body, from + 3, close)) {
      const first = firstOf(body, start, end);
      if (first === undefined) return undefined;
      alternatives.push(...first);
    }
    const quantifier = body[close + 1];
    if (quantifier === '?' || quantifier === '*' || body.startsWith('{0', close + 1)) {
      let rest = close + 2;
      if (quantifier === '{') rest = body.indexOf('}', close) + 1;
      if (body[rest] === ' ') rest++; // "(?:alle )? …": a space after an optional group separates words
      const after = firstOf(body, rest, to);
      return after === undefined ? undefined : [...alternatives, ...after];
    }
    return alternatives;
  }
  let end = from;
  while (end < to && LETTER.test(body[end]) && !/[?*{]/u.test(body[end + 1] ?? '')) end++;
  if (end === from) return undefined;
  return [body.slice(from, end).toLowerCase()];
}

function closingParen(body: string, open: number): number {
  let depth = 0;
  for (let i = open; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '[') {
      while (i < body.length && body[i] !== ']') i += body[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function topLevelAlternatives(body: string, from: number, to: number): [number, number][] {
  const result: [number, number][] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '[') {
      while (i < to && body[i] !== ']') i += body[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      result.push([start, i]);
      start = i + 1;
    }
  }
  result.push([start, to]);
  return result;
}

/** The longest run of letters (at least 2) that every match of the entry contains, outside groups and quantifiers. */
export function requiredLetters(entry: string): string | undefined {
  const body = entry.startsWith('=') ? entry.slice(1) : entry;
  let best = '';
  let run = '';
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    const quantified = /[?*{]/u.test(body[i + 1] ?? '');
    if (depth === 0 && LETTER.test(c) && !quantified && body[i - 1] !== '\\') {
      run += c;
      continue;
    }
    if (run.length > best.length) best = run;
    run = '';
    if (c === '\\') i++;
    else if (c === '[') {
      while (i < body.length && body[i] !== ']') i += body[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return undefined;
  }
  if (run.length > best.length) best = run;
  return best.length >= 2 ? best.toLowerCase() : undefined;
}

/** Entries are looked up by the first letters of a segment's first word; this many letters key the table. */
const KEY_LETTERS = 3;
const STARTS_CACHE_SIZE = 4096;

interface StartEntry {
  readonly order: number;
  readonly category: NoiseCategory;
  readonly entry: string;
  readonly letters: readonly string[];
}

function compileStarts(lexicons: readonly NoiseLexicon[]): (word: string) => readonly StartRegex[] {
  const byKey = new Map<string, StartEntry[]>();
  const anyWord: StartEntry[] = [];
  let count = 0;
  for (const category of NOISE_CATEGORIES) {
    for (const entry of lexicons.flatMap((l) => l.starts[category] ?? [])) {
      const letters = leadingLetters(entry);
      const order = count++;
      if (letters === undefined) {
        anyWord.push({ order, category, entry, letters: [] });
        continue;
      }
      const start = { order, category, entry, letters };
      for (const key of new Set(letters.map((l) => l.slice(0, KEY_LETTERS)))) byKey.set(key, [...(byKey.get(key) ?? []), start]);
    }
  }
  const build = (entries: readonly StartEntry[]): StartRegex[] => {
    const result: StartRegex[] = [];
    for (const ignoreCase of [true, false]) {
      const groups: NoiseCategory[] = [];
      const parts: string[] = [];
      for (const category of NOISE_CATEGORIES) {
        const sources = entries.filter((e) => e.category === category).map((e) => toSource(e.entry)).filter((e) => e.ignoreCase === ignoreCase).map((e) => e.source);
        if (sources.length === 0) continue;
        parts.push(`(?<c${groups.length}>${sources.join('|')})`);
        groups.push(category);
      }
      if (parts.length > 0) result.push({ regex: new RegExp(parts.join('|'), ignoreCase ? 'iuy' : 'uy'), groups });
    }
    return result;
  };
  // Patterns without a known first word (a digit, a class) are tried one by one, each only if the segment has its longest word.
  const fallback = anyWord.flatMap((entry) => build([entry]).map((regex) => ({ ...regex, required: requiredLetters(entry.entry) })));
  const byEntries = new Map<string, readonly StartRegex[]>();
  const byWord = new Map<string, readonly StartRegex[]>();
  return (word) => {
    const known = byWord.get(word);
    if (known) return known;
    const candidates = new Set<StartEntry>();
    for (let length = 1; length <= Math.min(KEY_LETTERS, word.length); length++) {
      for (const start of byKey.get(word.slice(0, length)) ?? []) {
        if (start.letters.some((l) => word.startsWith(l))) candidates.add(start);
      }
    }
    // In lexicon order, so that the first category that matches wins as in one regex of all entries.
    const entries = [...candidates].sort((a, b) => a.order - b.order);
    const id = entries.map((e) => e.entry).join('\u0000');
    let regexes = byEntries.get(id);
    if (!regexes) {
      regexes = [...build(entries), ...fallback];
      byEntries.set(id, regexes);
    }
    if (byWord.size >= STARTS_CACHE_SIZE) byWord.clear();
    byWord.set(word, regexes);
    return regexes;
  };
}
