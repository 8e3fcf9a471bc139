/**
 * What a corpus keeps of each article's analysis, made compact: only the
 * fields the features read, and strings that repeat across thousands of
 * articles (messages, entity ids and names, what the claim check looked for)
 * shared through intern.ts. A 10,000-article corpus keeps 10,000 of each.
 */
import type { SentenceAssessment } from '../claims/assess';
import type { Finding } from '../diagnostics/finding';
import type { ArticleEntities, Entity, Mention } from '../entities/types';
import type { QuotationAttribution } from '../speakers/discourse';
import { intern, internList } from '../text/intern';

/** What the claim hover shows of a flagged sentence: its assessment without the one-line explanation. */
export type FlaggedAssessment = Omit<SentenceAssessment, 'explanation'>;

/** A flagged sentence's assessment as the analysis made it cost about 1 KB, mostly in copies of the same messages. */
export function compactAssessment(assessment: SentenceAssessment): FlaggedAssessment {
  const kept: { -readonly [K in keyof SentenceAssessment]?: SentenceAssessment[K] } = { ...assessment };
  delete kept.explanation;
  return {
    ...(kept as FlaggedAssessment),
    signals: assessment.signals.map((signal) => ({ ...signal, text: intern(signal.text) })),
    lookedFor: internList(assessment.lookedFor),
    ...(assessment.message !== undefined && { message: intern(assessment.message) }),
  };
}

/** Messages repeat across the corpus ("Hearsay: 'reportedly' with no named source."). */
export function compactFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((finding) => ({ ...finding, message: intern(finding.message) }));
}

/** Entity ids and names repeat in every article that names the same person or place. */
export function compactEntities(data: ArticleEntities): ArticleEntities {
  return {
    ...data,
    mentions: data.mentions.map(compactMention),
    entities: data.entities.map(compactEntity),
  };
}

function compactMention(mention: Mention): Mention {
  return {
    ...mention,
    entityId: intern(mention.entityId),
    surface: intern(mention.surface),
    name: intern(mention.name),
    ...(mention.role !== undefined && { role: intern(mention.role) }),
    ...(mention.title !== undefined && { title: intern(mention.title) }),
  };
}

function compactEntity(entity: Entity): Entity {
  return {
    ...entity,
    id: intern(entity.id),
    name: intern(entity.name),
    aliases: internList(entity.aliases),
    ...(entity.linkKeys !== undefined && { linkKeys: internList(entity.linkKeys) }),
    ...(entity.linkKey !== undefined && { linkKey: intern(entity.linkKey) }),
  };
}

/** Speakers' names repeat wherever the same person is quoted. */
export function compactQuotations(quotations: readonly QuotationAttribution[]): QuotationAttribution[] {
  return quotations.map((attribution) => attribution.speaker === undefined ? attribution : {
    ...attribution,
    speaker: {
      ...attribution.speaker,
      name: intern(attribution.speaker.name),
      ...(attribution.speaker.fullName !== undefined && { fullName: intern(attribution.speaker.fullName) }),
    },
  });
}
