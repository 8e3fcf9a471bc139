/**
 * Folds a lower-cased word to the canonical spelling of its language's
 * variants (languages/quotes/spellingVariants.ts) before it is stemmed:
 * "muß" and "muss", "prioritise" and "prioritize" get one matching key.
 */
import type { LanguageCode } from '../article/types';
import { SPELLING_FOLDS } from '../languages/quotes/spellingVariants';

interface CompiledFolds {
  /** All substring variants in one alternation (longest first), so a word is scanned once. */
  readonly substrings: RegExp;
  readonly canonical: ReadonlyMap<string, string>;
}

const compiled: Partial<Record<LanguageCode, CompiledFolds>> = {};

function compile(language: LanguageCode): CompiledFolds {
  const pairs = [...SPELLING_FOLDS[language].substrings].sort((x, y) => y[0].length - x[0].length);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (compiled[language] = {
    substrings: new RegExp(pairs.map(([variant]) => escape(variant)).join('|'), 'g'),
    canonical: new Map(pairs),
  });
}

export function foldSpelling(word: string, language: LanguageCode): string {
  const folds = SPELLING_FOLDS[language];
  if (Object.hasOwn(folds.words, word)) return folds.words[word];
  const { substrings, canonical } = compiled[language] ?? compile(language);
  let folded = word.replace(substrings, (variant) => canonical.get(variant)!);
  for (const [pattern, replacement] of folds.patterns) folded = folded.replace(pattern, replacement);
  return folded;
}
