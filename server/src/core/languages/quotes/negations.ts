/**
 * Negation words: a quotation with a negation that its would-be version lacks
 * says the opposite, so the matcher never links the two.
 */
import type { LanguageCode } from '../../article/types';

export const NEGATIONS: Record<LanguageCode, ReadonlySet<string>> = {
  de: new Set(['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'niemand', 'niemanden', 'niemandem', 'weder']),
  en: new Set(['not', "n't", 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', "don't", "doesn't", "didn't", "won't", "can't", 'cannot', "isn't", "aren't", "wasn't", "weren't", "shouldn't", "wouldn't"]),
};
