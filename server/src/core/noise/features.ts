/**
 * Line features in the spirit of jusText: how many words, how many of them
 * are stop words, whether the line reads like a complete sentence, and the
 * tell-tale signs of page furniture (URLs, e-mail addresses, prices, bare times).
 */
import germanStopWords from 'stopwords-de/stopwords-de.json';
import englishStopWords from 'stopwords-en/stopwords-en.json';

const STOP_WORDS: ReadonlySet<string> = new Set([...(germanStopWords as string[]), ...(englishStopWords as string[])].map((w) => w.toLowerCase()));
/** The stop words as they appear in text, lower-case or capitalised at a sentence start, so lookups need no case folding. */
const STOP_WORD_FORMS: ReadonlySet<string> = new Set([...STOP_WORDS].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]));

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
const SENTENCE_END = /[.!?…][)"“”»«’‘']*$|[“”»«"][.!?]?$/u;
// Every repetition that can fail after it is bounded or starts only at a run's first character, so no line, however long, is scanned quadratically.
const URL = /(?:https?:\/\/|www\.)\S|(?<![\w-])[\w-]{1,63}\.(?:de|com|org|net|at|ch|eu|info|example)(?![\w-])/iu;
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w-]/u;
const PRICE = /(?<![\d.,])\d{1,9}(?:[.,]\d{1,3})*\s?(?:€|euro\b|eur\b|\$|£|usd\b|cent\b)|[€$£]\s?\d/iu;
/** Betting odds: "Quote 2,35", "odds of 1.85", "to win at 7/2", "@ 5/1" (not "Quote von 62 Prozent"). */
const ODDS = /(?<!\p{L})(?:wett)?(?:quoten?|odds)\s(?:von\s|of\s|bei\s|at\s)?\d{1,3}[.,]\d{1,2}(?![\d.,]|\s?(?:%|prozent|percent|per\scent))|(?<!\p{L})(?:to\swin|odds|@)\s(?:at\s|of\s)?\d{1,3}\/\d{1,2}(?![\d/])/iu;
// Dates and the age of a teaser, as related-article lists show them under each headline.
const MONTH = String.raw`(?:jan(?:uar|uary)?|jän(?:ner)?|feb(?:ruar|ruary)?|mär(?:z)?|mar(?:ch)?|apr(?:il)?|mai|may|jun[ie]?|jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dez(?:ember)?|dec(?:ember)?)`;
const MONTH_DATE = String.raw`\d{1,2}\.?\s${MONTH}\.?(?:\s\d{4})?|${MONTH}\.?\s\d{1,2}(?:st|nd|rd|th)?,?(?:\s\d{4})?`;
const NUMERIC_DATE = String.raw`\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}`;
const CLOCK = String.raw`(?:,?\s(?:um\s|at\s)?\d{1,2}[:.]\d{2}(?:\s?uhr|\s?[ap]\.?m\.?)?)?`;
const WEEKDAY = String.raw`(?:(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\p{L}{0,8}\.?,?\s)?`;
const AGE = String.raw`(?:vor|seit)\s(?:\d{1,3}|einer|einem|wenigen|zwei|drei|vier|fünf)\s(?:sekunden?|minuten?|min\.?|stunden?|std\.?|tagen?|wochen?|monaten?)|(?:\d{1,3}|an?|one|two|three|few)\s(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\sago|(?:heute|gestern|today|yesterday)${CLOCK}`;
const DATE = String.raw`${WEEKDAY}(?:${NUMERIC_DATE}|${MONTH_DATE})${CLOCK}`;
/** The whole line is a date, an age ("vor 2 Stunden", "3 hours ago") or a WordPress category label ("In „Kultur“"). */
const DATE_LINE = new RegExp(String.raw`^(?:(?:am|on|posted|updated|aktualisiert|veröffentlicht)\s)?(?:${DATE}|${AGE})$|^(?:in|im|unter|filed under|posted in)\s[„"“»][^"“”«]{1,40}[“"”«]$`, 'iu');
/** A teaser's age or date after its headline: "… – vor 3 Stunden", "… | 12.04.2025". */
const DATE_SUFFIX = new RegExp(String.raw`\s(?:[–—|·•-]|,)\s?(?:${DATE}|${AGE})$`, 'iu');
const AGE_MARK = new RegExp(String.raw`(?:^|\s)(?:${AGE})$`, 'iu');

// A player's clock or duration: "10:37", "1:02:33", "3:58 min", "00:00 / 27:13", "4 Min." (not "90. Min.", which is a match minute).
/** An item of a schedule or agenda: "Samstag: Flohmarkt", "12. Juni – Sommerfest", "19 Uhr: Konzert", "Mon, 9am: …". */
const SCHEDULE_ITEM = new RegExp(String.raw`^(?:(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\p{L}{0,8}\.?(?:,?\s(?:${NUMERIC_DATE}|${MONTH_DATE}))?|${NUMERIC_DATE}|${MONTH_DATE}|\d{1,2}(?:[.:]\d{2})?\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.))(?:${CLOCK})?\s?[:–—-]\s`, 'iu');

const BARE_TIME = /^(?:(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s?\/\s?(?:\d{1,2}:)?\d{1,2}:\d{2})?(?:\s?(?:min|minuten|minutes|mins?)\.?)?|\d{1,3}\s?(?:min|minuten|minutes|mins)\.?)$/iu;

export interface LineFeatures {
  readonly words: number;
  readonly stopWords: number;
  /** Share of stop words among the words. */
  readonly stopRatio: number;
  /** Ends with sentence punctuation (possibly followed by a closing quotation mark). */
  readonly endsSentence: boolean;
  readonly hasPrice: boolean;
  /** The whole line is a time or a duration: "10:37", "1:02:33", "3:58 min", "00:00 / 27:13", "4 Min.". */
  readonly bareTime: boolean;
}

/** A web or e-mail address in the text (checked only on demand: it is rarely needed). */
export function hasAddress(text: string): boolean {
  return URL.test(text) || EMAIL.test(text);
}

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

const LONGEST_STOP_WORD = Math.max(...[...STOP_WORDS].map((w) => w.length));

/** FNV-1a over code units: the stop words by the hash of their text, so a word is looked up without cutting it out of the line. */
function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}
const HASH_SEED = 0x811c9dc5 | 0;
/** An open-addressing table (linear probing, a quarter full) of indexes into STOP_WORD_LIST, plus one. */
const STOP_WORD_LIST = [...STOP_WORD_FORMS];
const TABLE_MASK = (1 << Math.ceil(Math.log2(STOP_WORD_LIST.length * 4))) - 1;
const STOP_WORD_TABLE = new Int32Array(TABLE_MASK + 1);
STOP_WORD_LIST.forEach((word, index) => {
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  let slot = hash & TABLE_MASK;
  while (STOP_WORD_TABLE[slot] !== 0) slot = (slot + 1) & TABLE_MASK;
  STOP_WORD_TABLE[slot] = index + 1;
});

function isStopWord(text: string, start: number, end: number, hash: number): boolean {
  for (let slot = hash & TABLE_MASK; STOP_WORD_TABLE[slot] !== 0; slot = (slot + 1) & TABLE_MASK) {
    const word = STOP_WORD_LIST[STOP_WORD_TABLE[slot] - 1];
    if (word.length === end - start && text.startsWith(word, start)) return true;
  }
  return false;
}

/** Letters and digits, decided by code unit without a regular expression: this runs over every character of an article. */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0x100) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  // General punctuation, symbols, CJK punctuation, surrogates (emoji) and specials are not letters.
  return !((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xd800 && c <= 0xdfff) || c >= 0xfe00);
}

function isWordJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45; // ' ’ -
}

export function lineFeatures(text: string): LineFeatures {
  let words = 0;
  let stopWords = 0;
  const length = text.length;
  for (let i = 0; i < length; ) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let hash = hashStep(HASH_SEED, text.charCodeAt(i));
    i++;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (isWordChar(c) || (isWordJoiner(c) && i + 1 < length && isWordChar(text.charCodeAt(i + 1)))) {
        hash = hashStep(hash, c);
        i++;
      } else break;
    }
    words++;
    if (i - start <= LONGEST_STOP_WORD && isStopWord(text, start, i, hash)) stopWords++;
  }
  return {
    words,
    stopWords,
    stopRatio: words === 0 ? 0 : stopWords / words,
    endsSentence: SENTENCE_END.test(text),
    hasPrice: PRICE.test(text),
    bareTime: BARE_TIME.test(text),
  };
}

/** The line is an item of a schedule or agenda ("Samstag: Flohmarkt in der Altstadt"), not a teaser headline. */
export function isScheduleItem(text: string): boolean {
  return SCHEDULE_ITEM.test(text);
}

/** Betting odds in the text ("Quote 2,35", "to win at 7/2"). */
export function hasOdds(text: string): boolean {
  return ODDS.test(text);
}

/** The line is only a date or a teaser's age ("14. März 2025", "vor 2 Stunden", "June 3, 2025"), or a category label. */
export function isDateLine(text: string): boolean {
  return text.length <= 40 && DATE_LINE.test(text);
}

/** The line ends with a teaser's date or age after a dash or bar ("… – vor 3 Stunden"). */
export function hasDateSuffix(text: string): boolean {
  return DATE_SUFFIX.test(text.length > 80 ? text.slice(-80) : text);
}

/** The line ends with the age of a teaser ("vor 2 Stunden", "5 hours ago", "gestern, 18:40 Uhr"): a publication time, not an event date. */
export function hasAgeMark(text: string): boolean {
  return AGE_MARK.test(text.length > 60 ? text.slice(-60) : text);
}

/** Article prose: a complete sentence of some length with the stop-word density of running text. */
export function isProse(features: LineFeatures): boolean {
  return features.words >= 8 && features.stopRatio >= 0.2 && features.endsSentence;
}

const CLOSING = new Set([')', '"', '“', '”', '»', '«', '’', '‘', "'"]);
const OPENING = new Set(['„', '"', '»', '«', '(', '‚', "'"]);
/** Teaser arrows open a new segment too: "… viel Zeit. ► Auch interessant: …". */
const TEASER_MARKS = new Set(['►', '▸', '▶', '→']);

/**
 * Splits a line into sentence-like segments (offsets relative to the line;
 * fresh objects on every call): a segment ends at . ! ? … (and closing
 * quotation marks) followed by spaces and a capital, digit or opening mark,
 * or at a period glued to a capitalised word ("worden.ANZEIGE", "gesperrt.Anzeige").
 */
export function segmentsOf(text: string): { start: number; end: number }[] {
  const segments: { start: number; end: number }[] = [];
  let start = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue; // . ! ? …
    let end = i + 1;
    while (end < length && CLOSING.has(text[end])) end++;
    let next = end;
    while (next < length && isSpaceCode(text.charCodeAt(next))) next++;
    if (next >= length) break;
    const following = text[next];
    const spaced = next > end && (isUpper(following) || isDigitCode(following.charCodeAt(0)) || OPENING.has(following) || TEASER_MARKS.has(following));
    // "worden.ANZEIGE", "ausgeschildert.Anzeige": the scraper dropped the space (but "Dr.Müller", "z.B." stay whole).
    const glued = next === end && text[i] === '.' && i > 0 && isLowerOrDigit(text[i - 1]) && isUpper(following) && next + 1 < length
      && (isUpper(text[next + 1]) || endsLowerWord(text, i, 3));
    if (!spaced && !glued) continue;
    if (end > start) segments.push({ start, end });
    start = next;
    i = next - 1;
  }
  if (start < length) {
    let end = length;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start) segments.push({ start, end });
  }
  return segments;
}

/** The text before `end` ends with at least `count` lower-case letters. */
function endsLowerWord(text: string, end: number, count: number): boolean {
  if (end < count) return false;
  for (let k = end - count; k < end; k++) if (!isLower(text[k])) return false;
  return true;
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLowerOrDigit(ch: string): boolean {
  return isDigitCode(ch.charCodeAt(0)) || ch === ')' || (ch !== ch.toUpperCase() && ch === ch.toLowerCase());
}
