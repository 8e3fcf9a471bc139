export { findSpeakers } from './speakers';
export { analyseDiscourse, normaliseQuote } from './discourse';
export type {
  AttributionVia,
  Discourse,
  DiscourseOptions,
  QuotationAttribution,
  QuotationKind,
  QuotationSpeaker,
  ResolvedAttribution,
  SentenceDiscourse,
  SpeakerEvidence,
} from './discourse';
export type { AttributionCue, CueKind, CuePattern } from './attribution';
export type { Source, SourceKind, VagueReason } from './sources';
export type { Gender, Person, PersonMention } from './persons';
