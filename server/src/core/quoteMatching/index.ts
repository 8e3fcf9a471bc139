export { QuoteIndex, type QuoteMatch, type StatementVersion, type QuoteIndexOptions, type MatchKind } from './quoteIndex';
export { variantFindings, quotationVariants, defaultLabel, type QuotationVariants, type VariantOptions } from './variants';
export { wordDiff, wordingChanges, type WordDiffPart, type DiffOp } from './wordDiff';
export { compareUnits, THRESHOLDS, type Verdict } from './compare';
export { quoteUnits, type QuoteUnit, type QuoteToken } from './normalize';
export { markDifferences, type MarkedText, type MarkKind } from './markDifferences';
