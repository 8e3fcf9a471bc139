/**
 * Scrape noise: find every leftover of the web page in a scraped article,
 * explain it, and clean it up without losing a word of the article.
 */
export { detectNoise, excerpt, noiseLines } from './detectNoise';
export type { NoiseContext, NoiseCorpusEvidence, NoiseLine } from './detectNoise';
export { categoryLabel, NOISE_CATEGORIES, categoryOfCode, isNoiseCode, noiseCode } from './categories';
export type { NoiseCategory, NoiseCode } from './categories';
export { compileNoiseOptions, validateNoiseOptions, DEFAULT_CORPUS_THRESHOLD } from './options';
export type { NoiseCategoryOptions, NoiseOptions, NoiseUserPattern, PatternProblem } from './options';
export { applyEdits, cleanArticle, noiseEdits, removalEdit } from './clean';
export type { TextEdit } from './clean';
export { agencyCreditAt, agencyCreditsIn, describeAgencyCredit } from './agencyCredits';
export type { AgencyCredit, CreditedAgency } from './agencyCredits';
export { NoiseLineIndex, noiseIndexEntry } from './corpusIndex';
export type { NoiseIndexEntry } from './corpusIndex';
