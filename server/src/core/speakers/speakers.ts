/**
 * Who speaks each quotation: found through the reporting verb ("sagte
 * Vollmer", "Vollmer sagte:"), an attribution phrase ("so Vollmer"), the
 * paragraph that introduces it ("Der Zeitung X sagte Stoltenberg:"), a pronoun
 * resolved to the last person of that gender, the quotation it resumes, or an
 * earlier identical quotation.
 */
import type { Article } from '../article/types';
import { analyseDiscourse, type DiscourseOptions, type QuotationAttribution } from './discourse';

export type { QuotationAttribution, QuotationKind, QuotationSpeaker, SpeakerEvidence } from './discourse';

/** One entry per quotation of the article, by quotation index. */
export function findSpeakers(article: Article, options: DiscourseOptions = {}): readonly QuotationAttribution[] {
  return analyseDiscourse(article, options).quotations;
}
