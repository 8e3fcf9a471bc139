/**
 * Folds a lower-cased word to the canonical spelling of its language's
 * variants (languages/quotes/spellingVariants.ts) before it is stemmed:
 * "muß" and "muss", "prioritise" and "prioritize" get one matching key.
 */
import type { LanguageCode } from '../article/types';
import { SPELLING_FOLDS } from '../languages/quotes/spellingVariants';

export function foldSpelling(word: string, language: LanguageCode): string {
  const folds = SPELLING_FOLDS[language];
  if (Object.hasOwn(folds.words, word)) return folds.words[word];
  let folded = word;
  for (const [variant, canonical] of folds.substrings) if (folded.includes(variant)) folded = folded.split(variant).join(canonical);
  for (const [pattern, replacement] of folds.patterns) folded = folded.replace(pattern, replacement);
  return folded;
}
