/**
 * People, places and organisations: recognition per article, the corpus-wide
 * index, and hover profiles.
 */
export { recognizeEntities } from './recognize';
export { EntityIndex } from './entityIndex';
export type { ArticleMentionCount, DocumentEntity, EntityReference, EntitySummary } from './entityIndex';
export { buildEntityProfile } from './profile';
export type { ArticleProfile, EntityProfile, ProfileOptions } from './profile';
export { nameKey } from './normalize';
export type { ArticleEntities, Entity, EntityType, Mention, MentionForm, PersonCue, PlaceKind, SurnameCandidate } from './types';
