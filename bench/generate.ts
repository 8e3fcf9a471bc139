/**
 * A deterministic, seeded generator of synthetic corpora in the style of
 * samples/: German and English articles with a ` date` header line, a
 * headline, paragraphs of reported speech with reporting verbs, vague and
 * unattributed claims, scrape-noise lines, and the same statements quoted
 * across articles with small variations (a dropped word, an ellipsis, another
 * kind of quotation mark, a partial quotation).
 *
 * Article i depends only on the seed and i, so the 1,000-article corpus is the
 * first thousand articles of the 10,000-article one. Corpora are cached in the
 * temp folder, keyed by generator version, seed and size.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  AGENCIES, COMPOUNDS, EN_TOPICS, FIRST_NAMES, NOISE_LINES, ORGANISATIONS, OUTLETS, PLACES, ROLES, SURNAMES, WORDS,
  type BenchLanguage,
} from './vocabulary';
import { mulberry32 } from './random';

export const GENERATOR_VERSION = 2;
/** Articles whose index leaves this remainder (mod 1000) are about 10 KB long: the edit benchmark types into one. */
export const LONG_ARTICLE_INDEX = 5;

const PEOPLE = 600;
const GERMAN_SHARE = 0.75;
const REQUOTE_SHARE = 0.45;
/** Every HOT_EVERY-th article is a big story; a tenth of requotes quote one of the last HOT_STORIES of them. */
const HOT_EVERY = 250;
const HOT_STORIES = 4;
const HOT_SHARE = 0.1;

export interface ProbePosition {
  readonly line: number;
  readonly character: number;
}

export interface GeneratedArticle {
  /** Relative to the corpus root, with forward slashes. */
  readonly path: string;
  readonly text: string;
  /** Positions on people's names and inside quotations, for hover and definition requests. */
  readonly names: ProbePosition[];
  readonly quotes: ProbePosition[];
}

export interface ManifestEntry {
  readonly path: string;
  readonly bytes: number;
  readonly names: ProbePosition[];
  readonly quotes: ProbePosition[];
}

export interface Corpus {
  readonly root: string;
  readonly seed: number;
  readonly articles: readonly ManifestEntry[];
  readonly bytes: number;
}

type Random = () => number;

function streamSeed(seed: number, stream: number, index: number): number {
  return Math.imul(seed ^ 0x9e3779b9, 31) ^ Math.imul(stream + 1, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

interface Person {
  readonly first: string;
  readonly last: string;
  readonly role: Record<BenchLanguage, string>;
}

function person(seed: number, index: number): Person {
  const random = mulberry32(streamSeed(seed, 1, index));
  return {
    first: pick(random, FIRST_NAMES),
    last: SURNAMES[(index * 7 + Math.floor(random() * 3)) % SURNAMES.length]!,
    role: { de: pick(random, ROLES.de), en: pick(random, ROLES.en) },
  };
}

interface Statement {
  readonly language: BenchLanguage;
  readonly speaker: number;
  readonly words: readonly string[];
}

/** Article i's own statements are numbered i × STATEMENTS_PER_ARTICLE and up. */
const STATEMENTS_PER_ARTICLE = 6;

function languageOf(seed: number, articleIndex: number): BenchLanguage {
  return mulberry32(streamSeed(seed, 4, articleIndex))() < GERMAN_SHARE ? 'de' : 'en';
}

/** Statement j is always the same words by the same person, in the language of the article that first quotes it. */
function statement(seed: number, index: number): Statement {
  const random = mulberry32(streamSeed(seed, 2, index));
  const language = languageOf(seed, Math.floor(index / STATEMENTS_PER_ARTICLE));
  const speaker = Math.floor(PEOPLE * Math.pow(random(), 1.5));
  const text = language === 'de' ? germanStatement(random) : englishStatement(random);
  return { language, speaker, words: text.split(' ') };
}

/**
 * Statements are chained from short pieces, each at most three fixed words
 * around a slot, so that two statements share no long run of words unless one
 * quotes the other (templates with long fixed phrases would link unrelated
 * statements, which no real corpus does at that rate).
 */
function germanStatement(random: Random): string {
  const w = WORDS.de;
  const noun = () => pick(random, COMPOUNDS);
  const adjective = () => pick(random, w.adjectives);
  const infinitive = () => pick(random, w.infinitives);
  const openers = [
    () => `Wir werden die ${noun()} nicht ${infinitive()}`,
    () => `Die ${noun()} ist ${adjective()}`,
    () => `Ich halte die ${noun()} für ${adjective()}`,
    () => `Für ${pick(random, w.groups)} in ${pick(random, PLACES)} bleibt die ${noun()} ${adjective()}`,
    () => `Seit ${2 + Math.floor(random() * 20)} Monaten reden wir über die ${noun()}`,
    () => `Niemand in ${pick(random, PLACES)} will die ${noun()} ${infinitive()}`,
    () => `Es wäre ${adjective()}, die ${noun()} jetzt zu ${infinitive()}`,
    () => `Mit der ${noun()} haben wir ${pick(random, ['viel', 'wenig', 'nichts', 'einiges'])} erreicht`,
  ];
  const continuations = [
    () => `solange die ${noun()} ${adjective()} ist`,
    () => `aber die ${noun()} ist nicht ${adjective()}`,
    () => `und die ${pick(random, w.groups)} in ${pick(random, PLACES)} wissen das`,
    () => `weil die ${noun()} ${pick(random, ['seit Jahren', 'noch immer', 'längst', 'kaum'])} ${adjective()} ist`,
    () => `bevor die ${noun()} in ${pick(random, PLACES)} ${adjective()} wird`,
    () => `denn ${pick(random, ['ohne die', 'gegen die', 'für die'])} ${noun()} ${pick(random, ['gibt es keine Mehrheit', 'fehlt das Geld', 'geht es nicht'])}`,
    () => `und darüber entscheidet ${pick(random, ['der Rat', 'der Ausschuss', 'das Land', 'die Stadt'])} in ${pick(random, PLACES)}`,
    () => `auch wenn ${pick(random, w.groups)} die ${noun()} ${infinitive()} wollen`,
  ];
  const sentence = () => {
    const parts = [pick(random, openers)()];
    const extra = 1 + Math.floor(random() * 2);
    for (let i = 0; i < extra; i++) parts.push(pick(random, continuations)());
    return parts.join(', ') + '.';
  };
  return random() < 0.5 ? sentence() : `${sentence()} ${sentence()}`;
}

function englishStatement(random: Random): string {
  const w = WORDS.en;
  const topic = () => pick(random, EN_TOPICS);
  const adjective = () => pick(random, w.adjectives);
  const infinitive = () => pick(random, w.infinitives);
  const openers = [
    () => `We will not ${infinitive()} the ${topic()}`,
    () => `The ${topic()} is ${adjective()}`,
    () => `I think the ${topic()} is ${adjective()}`,
    () => `For ${pick(random, w.groups)} in ${pick(random, PLACES)} the ${topic()} remains ${adjective()}`,
    () => `For ${2 + Math.floor(random() * 20)} months we have talked about the ${topic()}`,
    () => `Nobody in ${pick(random, PLACES)} wants to ${infinitive()} the ${topic()}`,
    () => `It would be ${adjective()} to ${infinitive()} the ${topic()} now`,
  ];
  const continuations = [
    () => `while the ${topic()} is still ${adjective()}`,
    () => `but the ${topic()} is not ${adjective()}`,
    () => `and the ${pick(random, w.groups)} in ${pick(random, PLACES)} know it`,
    () => `because the ${topic()} has ${pick(random, ['long', 'always', 'never', 'rarely'])} been ${adjective()}`,
    () => `before the ${topic()} in ${pick(random, PLACES)} becomes ${adjective()}`,
    () => `and ${pick(random, ['the council', 'the committee', 'the county', 'the town'])} in ${pick(random, PLACES)} will decide`,
    () => `even if ${pick(random, w.groups)} want to ${infinitive()} the ${topic()}`,
  ];
  const sentence = () => {
    const parts = [pick(random, openers)()];
    const extra = 1 + Math.floor(random() * 2);
    for (let i = 0; i < extra; i++) parts.push(pick(random, continuations)());
    return parts.join(', ') + '.';
  };
  return random() < 0.5 ? sentence() : `${sentence()} ${sentence()}`;
}

const MARKS: Record<BenchLanguage, readonly (readonly [string, string])[]> = {
  de: [['„', '“'], ['„', '“'], ['„', '“'], ['"', '"'], ['»', '«']],
  en: [['“', '”'], ['“', '”'], ['"', '"']],
};

/** The words of a statement as one article quotes them: whole, or with a word dropped, cut with […], or shortened. */
function quotedWords(random: Random, words: readonly string[], requoted: boolean): string {
  if (!requoted) return words.join(' ');
  const copy = [...words];
  const roll = random();
  if (roll < 0.25 && copy.length > 8) copy.splice(2 + Math.floor(random() * (copy.length - 4)), 1);
  else if (roll < 0.45 && copy.length > 10) {
    const at = 3 + Math.floor(random() * (copy.length - 7));
    copy.splice(at, 2 + Math.floor(random() * 2), '[...]');
  } else if (roll < 0.6 && copy.length > 9) copy.length = Math.max(6, Math.floor(copy.length * 0.6));
  return copy.join(' ').replace(/[,;]$/, '');
}

interface Writer {
  readonly random: Random;
  readonly language: BenchLanguage;
  readonly seed: number;
  readonly cast: number[];
  readonly outlet: string;
  readonly agency: string;
  readonly headline: string;
}

function fullName(seed: number, index: number): string {
  const p = person(seed, index);
  return `${p.first} ${p.last}`;
}

function quoteParagraph(writer: Writer, statementIndex: number, requoted: boolean): string {
  const { random, language, seed } = writer;
  const quoted = statement(seed, statementIndex);
  const speaker = person(seed, quoted.speaker);
  const [open, close] = pick(random, MARKS[language]);
  const words = quotedWords(random, quoted.words, requoted);
  const body = words.replace(/[.!?]$/, '');
  const [finite, particle] = pick(random, WORDS[language].reportingVerbs);
  const verb = particle ? `${finite} ${particle}` : finite;
  const after = particle ? ` ${particle}` : '';
  const place = pick(random, PLACES);
  const weekday = pick(random, WORDS[language].weekdays);
  if (language === 'de') {
    const frames = [
      () => `${open}${body}${close}, ${finite} ${speaker.role.de} ${speaker.first} ${speaker.last} am ${weekday} in ${place}${after}.`,
      () => `${speaker.first} ${speaker.last} ${verb}: ${open}${words}${close}`,
      () => `${open}${body}${close}, ${finite} ${speaker.last}${after}. Die Zuhörer im Saal reagierten zurückhaltend.`,
      () => `Die ${speaker.role.de} ${speaker.first} ${speaker.last} sprach von ${open}${partOf(random, body)}${close}.`,
    ];
    return pick(random, frames)();
  }
  const frames = [
    () => `${open}${body},${close} ${speaker.role.en} ${speaker.first} ${speaker.last} ${verb} in ${place} on ${weekday}.`,
    () => `${speaker.first} ${speaker.last} ${verb}: ${open}${words}${close}`,
    () => `${open}${body},${close} ${speaker.last} ${verb}. The room listened in silence.`,
  ];
  return pick(random, frames)();
}

/** Five to eight words from the statement, starting at one of its topical words: a partial quotation. */
function partOf(random: Random, body: string): string {
  const words = body.replace(/[.,]/g, '').split(' ');
  const length = Math.min(words.length, 5 + Math.floor(random() * 4));
  const topical = words.map((word, i) => (word.length >= 10 && i + length <= words.length ? i : -1)).filter((i) => i >= 0);
  const start = topical.length > 0 ? pick(random, topical) : 0;
  return words.slice(start, start + length).join(' ');
}

/** A statement first quoted by an earlier article of the same language, recent ones more often (a news cycle). */
function earlierStatement(random: Random, seed: number, index: number, language: BenchLanguage): number | undefined {
  // Now and then a statement of one of the last few big stories, which outlets keep quoting for a long time.
  if (random() < HOT_SHARE && index > HOT_EVERY) {
    const story = (Math.floor(index / HOT_EVERY) - Math.floor(random() * HOT_STORIES)) * HOT_EVERY;
    if (story >= 0 && story < index && languageOf(seed, story) === language) return story * STATEMENTS_PER_ARTICLE;
  }
  for (let attempt = 0; attempt < 4 && index > 0; attempt++) {
    const article = index - 1 - Math.floor(Math.pow(random(), 3) * index);
    if (languageOf(seed, article) === language) return article * STATEMENTS_PER_ARTICLE + Math.floor(random() * 2);
  }
  return undefined;
}

function narrativeParagraph(writer: Writer): string {
  const { random, language, seed } = writer;
  const w = WORDS[language];
  const someone = fullName(seed, pick(random, writer.cast));
  const place = pick(random, PLACES);
  const number = `${1 + Math.floor(random() * 90)}${language === 'de' ? '.000' : ',000'}`;
  const organisation = pick(random, ORGANISATIONS[language]);
  if (language === 'de') {
    const noun = () => pick(random, COMPOUNDS);
    const sentences = [
      () => `Der Stadtrat von ${place} hatte die ${noun()} am ${pick(random, w.weekdays)} mit knapper Mehrheit beschlossen.`,
      () => `Rund ${number} ${pick(random, w.groups)} sind nach Angaben ${organisation} von der ${noun()} betroffen.`,
      () => `${pick(random, w.vagueSources)}, dass die ${noun()} noch vor dem ${1 + Math.floor(random() * 28)}. ${pick(random, w.months)} scheitern könnte.`,
      () => `${someone} soll bereits im ${pick(random, w.months)} von den Plänen für die ${noun()} gewusst haben.`,
      () => `Die ${noun()} war zuletzt im ${pick(random, w.months)} Thema im Landtag, damals ohne Ergebnis.`,
      () => `Nach Einschätzung von Beobachtern dürfte die ${noun()} die Region noch Jahre beschäftigen.`,
      () => `${someone} kündigte an, man werde die ${noun()} gemeinsam mit Fachleuten ${organisation} prüfen.`,
      () => `Die Kosten der ${noun()} sind seit dem Frühjahr um ${2 + Math.floor(random() * 30)} Prozent gestiegen.`,
      () => `In ${place} protestierten am Abend mehrere hundert ${pick(random, w.groups)} gegen die ${noun()}.`,
    ];
    return Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(random, sentences)()).join(' ');
  }
  const topic = () => pick(random, EN_TOPICS);
  const sentences = [
    () => `The council in ${place} approved the ${topic()} on ${pick(random, w.weekdays)} by a narrow majority.`,
    () => `Some ${number} ${pick(random, w.groups)} are affected by the ${topic()}, according to the ${organisation}.`,
    () => `${pick(random, w.vagueSources)} the ${topic()} could collapse before ${pick(random, w.months)}.`,
    () => `${someone} reportedly knew about the ${topic()} as early as ${pick(random, w.months)}.`,
    () => `The ${topic()} was last debated in ${pick(random, w.months)}, without a result.`,
    () => `Analysts expect the ${topic()} to keep the region busy for years.`,
    () => `Costs of the ${topic()} have risen by ${2 + Math.floor(random() * 30)} percent since the spring.`,
    () => `Several hundred ${pick(random, w.groups)} protested against the ${topic()} in ${place} on ${pick(random, w.weekdays)} evening.`,
  ];
  return Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(random, sentences)()).join(' ');
}

function noiseBlock(writer: Writer): string {
  const { random, language, seed } = writer;
  const count = 1 + Math.floor(random() * 3);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(pick(random, NOISE_LINES[language])
      .replace('{name}', fullName(seed, PEOPLE + Math.floor(random() * 200)))
      .replace('{agency}', writer.agency)
      .replace('{outlet}', writer.outlet)
      .replace('{headline}', headlineOf(random, language))
      .replace('{time}', `0${1 + Math.floor(random() * 8)}:${String(10 + Math.floor(random() * 50))}`));
  }
  return lines.join('\n');
}

function headlineOf(random: Random, language: BenchLanguage): string {
  if (language === 'de') {
    return pick(random, [
      () => `Streit um ${pick(random, COMPOUNDS)} in ${pick(random, PLACES)} spitzt sich zu`,
      () => `${pick(random, PLACES)}: ${pick(random, COMPOUNDS)} kommt später als geplant`,
      () => `Was die ${pick(random, COMPOUNDS)} für ${pick(random, WORDS.de.groups)} bedeutet`,
    ])();
  }
  return pick(random, [
    () => `Row over ${pick(random, EN_TOPICS)} in ${pick(random, PLACES)} deepens`,
    () => `${pick(random, PLACES)} ${pick(random, EN_TOPICS)} delayed again`,
    () => `What the ${pick(random, EN_TOPICS)} means for ${pick(random, WORDS.en.groups)}`,
  ])();
}

/** The text of article i, with positions on names and inside quotations. */
export function generateArticle(seed: number, index: number): GeneratedArticle {
  const random = mulberry32(streamSeed(seed, 3, index));
  const language = languageOf(seed, index);
  const outlet = pick(random, OUTLETS[language]);
  const headline = headlineOf(random, language);
  const cast = Array.from({ length: 2 + Math.floor(random() * 3) }, () => Math.floor(PEOPLE * Math.pow(random(), 1.5)));
  const writer: Writer = { random, language, seed, cast, outlet, agency: pick(random, AGENCIES[language]), headline };
  const target = index % 1000 === LONG_ARTICLE_INDEX ? 10_000 : 3_400 + Math.floor(random() * 1_400);

  const paragraphs: string[] = [];
  const dateline = `${pick(random, PLACES).toUpperCase()} (${writer.agency}) ${language === 'de' ? '–' : '—'} `;
  paragraphs.push(dateline + narrativeParagraph(writer));
  if (random() < 0.3) paragraphs.push(noiseBlock(writer));
  let length = paragraphs.join('\n\n').length;
  let ownStatements = 0;
  while (length < target) {
    const roll = random();
    let paragraph: string;
    const requoted = roll < 0.5 && random() < REQUOTE_SHARE ? earlierStatement(random, seed, index, language) : undefined;
    if (requoted !== undefined) paragraph = quoteParagraph(writer, requoted, true);
    else if (roll < 0.5 && ownStatements < STATEMENTS_PER_ARTICLE) {
      paragraph = quoteParagraph(writer, index * STATEMENTS_PER_ARTICLE + ownStatements++, false);
    } else if (roll < 0.85) paragraph = narrativeParagraph(writer);
    else paragraph = noiseBlock(writer);
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  paragraphs.push(noiseBlock(writer));
  paragraphs.push(`(${writer.agency})`);

  const text = ` date 2026-${String(1 + (index % 12)).padStart(2, '0')} ${headline}\n\n${paragraphs.join('\n\n')}\n`;
  const path = `${language}/${outlet.toLowerCase().replace(/[^a-z]+/g, '-')}/${String(index).padStart(5, '0')}.txt`;
  return { path, text, ...probesOf(text, cast.map((p) => person(seed, p).last)) };
}

function probesOf(text: string, surnames: readonly string[]): { names: ProbePosition[]; quotes: ProbePosition[] } {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const positionAt = (offset: number): ProbePosition => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: offset - lineStarts[low]! };
  };
  const names: ProbePosition[] = [];
  for (const surname of surnames) {
    const at = text.indexOf(surname);
    if (at >= 0) names.push(positionAt(at + 1));
  }
  const quotes: ProbePosition[] = [];
  for (const match of text.matchAll(/[„“»"]\p{L}/gu)) {
    if (quotes.length >= 6) break;
    quotes.push(positionAt(match.index! + 4));
  }
  return { names, quotes };
}

/** Writes the corpus (or finds it in the cache) and returns its manifest. */
export function ensureCorpus(size: number, seed: number, cacheRoot = join(tmpdir(), 'source-lens-bench')): Corpus {
  const root = join(cacheRoot, `v${GENERATOR_VERSION}-seed${seed}-${size}`);
  const manifestPath = join(root, 'manifest.json');
  if (existsSync(manifestPath)) return { root, seed, ...JSON.parse(readFileSync(manifestPath, 'utf8')) as Pick<Corpus, 'articles' | 'bytes'> };
  rmSync(root, { recursive: true, force: true });
  const articles: ManifestEntry[] = [];
  let bytes = 0;
  for (let index = 0; index < size; index++) {
    const article = generateArticle(seed, index);
    const file = join(root, 'articles', article.path);
    mkdirSync(dirname(file), { recursive: true });
    const data = Buffer.from(article.text, 'utf8');
    writeFileSync(file, data);
    bytes += data.length;
    articles.push({ path: `articles/${article.path}`, bytes: data.length, names: article.names, quotes: article.quotes });
  }
  // The manifest is written last: a folder without one is an interrupted run and is written again.
  writeFileSync(manifestPath, JSON.stringify({ articles, bytes }));
  return { root, seed, articles, bytes };
}
