/**
 * Numbers written as words, with their value: "drei Prozent" and "3 Prozent",
 * "three" and "3" are the same number to the matcher. "ein"/"one" are left
 * out: they are articles and pronouns far more often than numbers.
 */
import type { LanguageCode } from '../../article/types';

const GERMAN = `zwei 2 drei 3 vier 4 fünf 5 sechs 6 sieben 7 acht 8 neun 9 zehn 10 elf 11 zwölf 12
dreizehn 13 vierzehn 14 fünfzehn 15 sechzehn 16 siebzehn 17 achtzehn 18 neunzehn 19 zwanzig 20
dreißig 30 vierzig 40 fünfzig 50 sechzig 60 siebzig 70 achtzig 80 neunzig 90 hundert 100 tausend 1000`;

const ENGLISH = `two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12
thirteen 13 fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 nineteen 19 twenty 20
thirty 30 forty 40 fifty 50 sixty 60 seventy 70 eighty 80 ninety 90 hundred 100 thousand 1000`;

function table(text: string): ReadonlyMap<string, string> {
  const words = text.split(/\s+/).filter(Boolean);
  const map = new Map<string, string>();
  for (let k = 0; k + 1 < words.length; k += 2) map.set(words[k], words[k + 1]);
  return map;
}

export const NUMBER_WORDS: Record<LanguageCode, ReadonlyMap<string, string>> = { de: table(GERMAN), en: table(ENGLISH) };
