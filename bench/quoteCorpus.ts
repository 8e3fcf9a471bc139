/**
 * The corpus of the quote-matching scale target ("10,000 articles of 10
 * quotations each"): seeded articles of exactly ten quotations, a fifth of
 * them re-quoting an earlier statement with a dropped word or as a part.
 * Words are made of syllables with a Zipf-like frequency, so that some word
 * pairs are very common (as in news), and the quotations come as Article
 * models directly: what is timed is the quote index, not the article model.
 */
import type { Article, Quotation } from '../server/src/core/article/types';
import { mulberry32 } from './random';

export const QUOTATIONS_PER_ARTICLE = 10;

const SYLLABLES = ['ka', 'ber', 'lin', 'to', 'mar', 'sen', 'gu', 'rest', 'ol', 'vin', 'da', 'pe', 'ter', 'sch', 'au', 'ei', 'ko', 'mun', 'al', 'fel'];
const FUNCTION_WORDS = ['die', 'der', 'und', 'nicht', 'wir', 'ist', 'in', 'den', 'mit', 'auf', 'für', 'es', 'ein', 'eine', 'sich', 'dass', 'aber', 'zu'];

export function syntheticQuoteCorpus(articles: number, seed = 42): Article[] {
  const random = mulberry32(seed);
  const vocabulary = Array.from({ length: 6000 }, (_, i) => {
    let w = '';
    for (let s = 0; s < 2 + (i % 3); s++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return w + (i % 7 === 0 ? 'ung' : 'en');
  });
  // Zipf-like: frequent topic words are far more common than rare ones.
  const word = () => vocabulary[Math.floor(vocabulary.length * Math.pow(random(), 2.2))];
  const statements: string[][] = [];
  const result: Article[] = [];
  for (let a = 0; a < articles; a++) {
    let text = 'Titel\n\n';
    const quotations: Quotation[] = [];
    for (let q = 0; q < QUOTATIONS_PER_ARTICLE; q++) {
      let words: string[];
      if (statements.length > 50 && random() < 0.2) {
        words = [...statements[Math.floor(random() * statements.length)]];
        if (random() < 0.5) words.splice(Math.floor(random() * words.length), 1);
        if (random() < 0.3) words = words.slice(0, Math.max(4, Math.floor(words.length * 0.6)));
      } else {
        const length = 6 + Math.floor(random() * 14);
        words = Array.from({ length }, () => (random() < 0.4 ? FUNCTION_WORDS[Math.floor(random() * FUNCTION_WORDS.length)] : word()));
        statements.push(words);
      }
      const start = text.length;
      const content = words.join(' ');
      text += '„' + content + '“, sagte Politikerin Muster. ';
      quotations.push({ index: q, style: 'german', span: { start, end: start + content.length + 2 }, content: { start: start + 1, end: start + 1 + content.length }, depth: 0 } as Quotation);
    }
    result.push({ uri: `a${a}`, text, language: 'de', quotations } as unknown as Article);
  }
  return result;
}
