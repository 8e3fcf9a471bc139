/**
 * Claims and sources: which sentences are claims in the journalist's own
 * voice, which source backs them, and the review marks on them.
 */
export { assessClaims } from './assess';
export type { ClaimAnalysis, ClaimOptions, SentenceAssessment, Verdict } from './assess';
export { claimCheck, claimFindings } from './findings';
export { claimSignals } from './signals';
export type { ClaimSignal, SignalKind } from './signals';
export { fnv1a64, normaliseSentence, sentenceKey, SENTENCE_KEY_PREFIX } from './reviewKey';
export {
  checkedKeys,
  emptyReviews,
  isChecked,
  isSentenceKey,
  markChecked,
  parseReviews,
  REVIEWS_FILE_VERSION,
  serialiseReviews,
  unmark,
} from './reviews';
export type { ParsedReviews, ReviewsFile, SentenceReview } from './reviews';
