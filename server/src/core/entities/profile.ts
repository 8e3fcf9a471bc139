/**
 * The data a hover shows for an entity: how the corpus names and describes it.
 * The LSP layer renders it to Markdown (and adds "quoted as saying" from the
 * quotation feature).
 */
import type { LanguageCode } from '../article/types';
import { countryName } from '../languages/entities/gazetteer';
import type { EntityIndex } from './entityIndex';
import type { EntityType, PlaceKind } from './types';

export interface ArticleProfile {
  readonly key: string;
  readonly mentions: number;
  /** The role phrases this article uses for the entity, most frequent first. */
  readonly roles: readonly string[];
}

export interface EntityProfile {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly placeKind?: PlaceKind;
  /** ISO 3166-1 alpha-2 code and the country's name in the requested language. */
  readonly country?: string;
  readonly countryName?: string;
  readonly mentionCount: number;
  readonly articleCount: number;
  /** A surname or acronym no article resolves to a full name. */
  readonly partial: boolean;
  /** Per article, most mentions first (at most `maxArticles`). */
  readonly articles: readonly ArticleProfile[];
  /** Every role phrase across the corpus with the number of articles using it, most used first. */
  readonly roles: readonly { readonly role: string; readonly articles: number }[];
}

export interface ProfileOptions {
  readonly language?: LanguageCode;
  readonly maxArticles?: number;
}

/** The profile of an entity, computed once per entity and options until an article mentioning it changes. */
export function buildEntityProfile(index: EntityIndex, id: string, options: ProfileOptions = {}): EntityProfile | undefined {
  return index.cached(id, `profile:${options.language ?? ''}:${options.maxArticles ?? ''}`, () => computeProfile(index, id, options));
}

function computeProfile(index: EntityIndex, id: string, options: ProfileOptions): EntityProfile | undefined {
  const entity = index.entity(id, options.language);
  if (!entity) return undefined;
  const roles = index.rolesOf(id);
  const counts = index.articlesMentioning(id);
  const articles = counts.slice(0, options.maxArticles ?? counts.length).map(({ key, count }) => ({ key, mentions: count, roles: roles.get(key) ?? [] }));
  const roleArticles = new Map<string, number>();
  for (const list of roles.values()) for (const role of list) roleArticles.set(role, (roleArticles.get(role) ?? 0) + 1);
  const country = entity.country && entity.placeKind !== 'country' ? countryName(entity.country, options.language ?? 'en') : undefined;
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    ...(entity.placeKind ? { placeKind: entity.placeKind } : {}),
    ...(entity.country ? { country: entity.country } : {}),
    ...(country ? { countryName: country } : {}),
    mentionCount: entity.mentionCount,
    articleCount: entity.articleCount,
    partial: entity.partial,
    articles,
    roles: [...roleArticles].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([role, n]) => ({ role, articles: n })),
  };
}
