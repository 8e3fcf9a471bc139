/**
 * Decides whether an article is German or English. franc's trigram model is
 * restricted to the two languages we analyse, so short or mixed texts still
 * get the closer of the two instead of a guess among eighty.
 */
import { franc } from 'franc-min';
import type { LanguageCode } from '../article/types';

const SAMPLE_LENGTH = 4000;
const FRANC_TO_CODE: Record<string, LanguageCode> = { deu: 'de', eng: 'en' };

export function detectLanguage(text: string, fallback: LanguageCode = 'de'): LanguageCode {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  const guess = franc(sample, { only: ['deu', 'eng'], minLength: 10 });
  return FRANC_TO_CODE[guess] ?? fallback;
}
