/**
 * The corpus-wide entity index: every article's mentions, with surnames and
 * acronyms that an article leaves unresolved linked to the full entity another
 * article introduces ("Vollmer" in one article → "Henrike Vollmer" from
 * another; "WSP" → "Wiener Sicherheitspakt").
 *
 * Updates are incremental: replacing one article recognises only that article,
 * then re-resolves just the articles whose surnames or acronyms the change
 * affects, found through maps from link key to articles. Lookups are map
 * lookups or binary searches; nothing scans the corpus except `search`, which
 * walks the entities once.
 */
import type { Article, LanguageCode } from '../article/types';
import { foldForSearch, isFullPersonName } from './normalize';
import { recognizeEntities } from './recognize';
import { organisationNameLink } from './recognitionResult';
import type { ArticleEntities, Entity, EntityType, Mention, PlaceKind } from './types';

export interface EntitySummary {
  readonly id: string;
  readonly type: EntityType;
  /** The name to show (in the requested language where the entity has names per language). */
  readonly name: string;
  /** Every other name used for it across the corpus, most frequent first. */
  readonly aliases: readonly string[];
  readonly placeKind?: PlaceKind;
  readonly country?: string;
  readonly mentionCount: number;
  readonly articleCount: number;
  /** A surname or acronym that no article resolves to a full name. */
  readonly partial: boolean;
}

export interface EntityReference {
  readonly key: string;
  readonly mention: Mention;
}

export interface ArticleMentionCount {
  readonly key: string;
  readonly count: number;
}

export interface DocumentEntity {
  readonly entity: EntitySummary;
  /** This article's mentions of the entity, in reading order. */
  readonly mentions: readonly Mention[];
}

interface ArticleRecord {
  readonly ordinal: number;
  readonly data: ArticleEntities;
  readonly locals: ReadonlyMap<string, Entity>;
  resolved: readonly Mention[];
}

interface EntityRecord {
  readonly id: string;
  readonly type: EntityType;
  placeKind?: PlaceKind;
  country?: string;
  lexiconNames?: { readonly de: string; readonly en: string };
  readonly names: Map<string, number>;
  readonly namesByLanguage: Record<LanguageCode, Map<string, number>>;
  readonly articles: Map<string, number>;
  readonly roles: Map<string, Map<string, number>>;
  total: number;
}

export class EntityIndex {
  private readonly articles = new Map<string, ArticleRecord>();
  private readonly keysByOrdinal = new Map<number, string>();
  private nextOrdinal = 0;
  /** Link key ("person:vollmer", "org:wsp") → full entity id → number of articles that provide it. */
  private readonly links = new Map<string, Map<string, number>>();
  /** Link key → ordinals of articles with a partial entity or a surname candidate under it. */
  private readonly dependents = new Map<string, number[]>();
  private readonly records = new Map<string, EntityRecord>();
  /** Per entity, values derived from its record (hover profiles), dropped whenever the record changes. */
  private readonly derived = new Map<string, Map<string, unknown>>();

  get size(): number {
    return this.articles.size;
  }

  has(key: string): boolean {
    return this.articles.has(key);
  }

  /**
   * Adds or replaces one article. Returns the keys of every article whose
   * resolved mentions may have changed: this one first, then those whose
   * surnames or acronyms now resolve differently.
   */
  set(key: string, input: Article | ArticleEntities): string[] {
    const data = 'text' in input ? recognizeEntities(input) : input;
    const old = this.articles.get(key);
    const touched = new Set<string>();
    for (const entities of [old?.data.entities ?? [], data.entities]) {
      for (const e of entities) for (const link of e.linkKeys ?? []) touched.add(link);
    }
    const before = new Map([...touched].map((link) => [link, this.resolveLink(link)]));
    if (old) {
      this.apply(key, old, -1);
      this.unregister(old);
    }
    const ordinal = old?.ordinal ?? this.nextOrdinal++;
    const record: ArticleRecord = { ordinal, data, locals: new Map(data.entities.map((e) => [e.id, e])), resolved: [] };
    this.articles.set(key, record);
    this.keysByOrdinal.set(ordinal, key);
    this.register(record);
    const affected = this.affectedBy(touched, before, key);
    for (const other of affected) this.reresolve(other);
    record.resolved = this.resolve(record);
    this.apply(key, record, +1);
    return [key, ...affected];
  }

  /** Removes one article; returns the keys whose mentions may have changed (this one first). */
  delete(key: string): string[] {
    const old = this.articles.get(key);
    if (!old) return [];
    const touched = new Set<string>();
    for (const e of old.data.entities) for (const link of e.linkKeys ?? []) touched.add(link);
    const before = new Map([...touched].map((link) => [link, this.resolveLink(link)]));
    this.apply(key, old, -1);
    this.unregister(old);
    this.articles.delete(key);
    this.keysByOrdinal.delete(old.ordinal);
    const affected = this.affectedBy(touched, before, key);
    for (const other of affected) this.reresolve(other);
    return [key, ...affected];
  }

  /** The article's mentions with corpus-wide entity ids, sorted by position: for semantic tokens. */
  mentionsOf(key: string): readonly Mention[] {
    return this.articles.get(key)?.resolved ?? [];
  }

  /** The mention covering an offset (end inclusive, so a cursor right after a name counts): for hover and definition. */
  mentionAt(key: string, offset: number): Mention | undefined {
    const mentions = this.mentionsOf(key);
    let lo = 0;
    let hi = mentions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = mentions[mid]!;
      if (offset < m.span.start) hi = mid - 1;
      else if (offset > m.span.end) lo = mid + 1;
      else return m;
    }
    return undefined;
  }

  entityAt(key: string, offset: number, language?: LanguageCode): { mention: Mention; entity: EntitySummary } | undefined {
    const mention = this.mentionAt(key, offset);
    if (!mention) return undefined;
    const entity = this.entity(mention.entityId, language ?? this.articles.get(key)?.data.language);
    return entity ? { mention, entity } : undefined;
  }

  entity(id: string, language?: LanguageCode): EntitySummary | undefined {
    const record = this.records.get(id);
    return record ? summarize(record, language) : undefined;
  }

  /** Every mention of the entity across the corpus: for Find All References. */
  references(id: string): EntityReference[] {
    const record = this.records.get(id);
    if (!record) return [];
    const out: EntityReference[] = [];
    for (const key of record.articles.keys()) {
      for (const mention of this.mentionsOf(key)) if (mention.entityId === id) out.push({ key, mention });
    }
    return out;
  }

  /** Which articles mention the entity, and how often; most mentions first. */
  articlesMentioning(id: string): ArticleMentionCount[] {
    const record = this.records.get(id);
    if (!record) return [];
    return [...record.articles].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  }

  /** How each article describes the entity: role phrases per article key. */
  rolesOf(id: string): Map<string, string[]> {
    const out = new Map<string, string[]>();
    const record = this.records.get(id);
    if (!record) return out;
    for (const [key, roles] of record.roles) {
      out.set(key, [...roles].sort((a, b) => b[1] - a[1]).map(([role]) => role));
    }
    return out;
  }

  /**
   * A value computed from one entity's record, kept until an article that
   * mentions the entity changes: hovers then cost a map lookup, however many
   * articles mention the entity.
   */
  cached<T>(id: string, key: string, compute: () => T): T {
    let values = this.derived.get(id);
    if (values?.has(key)) return values.get(key) as T;
    const value = compute();
    if (!this.records.has(id)) return value;
    if (!values) {
      values = new Map();
      this.derived.set(id, values);
    }
    values.set(key, value);
    return value;
  }

  /** Entities whose name or an alias contains the query (case- and accent-insensitive): for workspace symbols. */
  search(query: string, limit = 100, language?: LanguageCode): EntitySummary[] {
    const q = foldForSearch(query.trim());
    const hits: { record: EntityRecord; rank: number }[] = [];
    for (const record of this.records.values()) {
      let rank = -1;
      for (const name of record.names.keys()) {
        const folded = foldForSearch(name);
        const at = folded.indexOf(q);
        if (at < 0) continue;
        const r = at === 0 ? 0 : folded[at - 1] === ' ' || folded[at - 1] === '-' ? 1 : 2;
        if (rank < 0 || r < rank) rank = r;
        if (rank === 0) break;
      }
      if (rank < 0 && record.lexiconNames) {
        if (foldForSearch(record.lexiconNames.de).includes(q) || foldForSearch(record.lexiconNames.en).includes(q)) rank = 2;
      }
      if (rank >= 0) hits.push({ record, rank });
    }
    hits.sort((a, b) => a.rank - b.rank || b.record.total - a.record.total || a.record.id.localeCompare(b.record.id));
    return hits.slice(0, limit).map((h) => summarize(h.record, language));
  }

  /** The article's entities with their mentions, in order of first mention: for document symbols. */
  documentEntities(key: string): DocumentEntity[] {
    const record = this.articles.get(key);
    if (!record) return [];
    const grouped = new Map<string, Mention[]>();
    for (const mention of record.resolved) {
      const list = grouped.get(mention.entityId) ?? [];
      list.push(mention);
      grouped.set(mention.entityId, list);
    }
    const out: DocumentEntity[] = [];
    for (const [id, mentions] of grouped) {
      const entity = this.entity(id, record.data.language);
      if (entity) out.push({ entity, mentions });
    }
    return out;
  }

  /** All entities, for statistics and tests. */
  *entities(language?: LanguageCode): IterableIterator<EntitySummary> {
    for (const record of this.records.values()) yield summarize(record, language);
  }

  languageOf(key: string): LanguageCode | undefined {
    return this.articles.get(key)?.data.language;
  }

  // ------------------------------------------------------------ internals

  private resolveLink(link: string): string | undefined {
    const providers = this.links.get(link);
    if (!providers || providers.size !== 1) return undefined;
    return providers.keys().next().value;
  }

  private affectedBy(touched: ReadonlySet<string>, before: ReadonlyMap<string, string | undefined>, self: string): string[] {
    const affected = new Set<string>();
    for (const link of touched) {
      if (this.resolveLink(link) === before.get(link)) continue;
      for (const ordinal of this.dependents.get(link) ?? []) {
        const key = this.keysByOrdinal.get(ordinal);
        if (key !== undefined && key !== self) affected.add(key);
      }
    }
    return [...affected];
  }

  private reresolve(key: string): void {
    const record = this.articles.get(key);
    if (!record) return;
    this.apply(key, record, -1);
    record.resolved = this.resolve(record);
    this.apply(key, record, +1);
  }

  private register(record: ArticleRecord): void {
    for (const e of record.data.entities) {
      for (const link of e.linkKeys ?? []) {
        const providers = this.links.get(link) ?? new Map<string, number>();
        providers.set(e.id, (providers.get(e.id) ?? 0) + 1);
        this.links.set(link, providers);
      }
      if (e.partial && e.linkKey) this.addDependent(e.linkKey, record.ordinal);
      if (e.partial && e.type === 'person') this.addDependent(organisationNameLink(e.name), record.ordinal);
    }
    for (const c of record.data.candidates) {
      for (const k of c.keys) this.addDependent(`person:${k}`, record.ordinal);
      this.addDependent(organisationNameLink(c.surface), record.ordinal);
    }
  }

  private unregister(record: ArticleRecord): void {
    for (const e of record.data.entities) {
      for (const link of e.linkKeys ?? []) {
        const providers = this.links.get(link);
        if (!providers) continue;
        const count = (providers.get(e.id) ?? 0) - 1;
        if (count > 0) providers.set(e.id, count);
        else providers.delete(e.id);
        if (providers.size === 0) this.links.delete(link);
      }
      if (e.partial && e.linkKey) this.removeDependent(e.linkKey, record.ordinal);
      if (e.partial && e.type === 'person') this.removeDependent(organisationNameLink(e.name), record.ordinal);
    }
    for (const c of record.data.candidates) {
      for (const k of c.keys) this.removeDependent(`person:${k}`, record.ordinal);
      this.removeDependent(organisationNameLink(c.surface), record.ordinal);
    }
  }

  private addDependent(link: string, ordinal: number): void {
    const list = this.dependents.get(link);
    if (!list) this.dependents.set(link, [ordinal]);
    else if (list[list.length - 1] !== ordinal) list.push(ordinal);
  }

  private removeDependent(link: string, ordinal: number): void {
    const list = this.dependents.get(link);
    if (!list) return;
    const kept = list.filter((o) => o !== ordinal);
    if (kept.length > 0) this.dependents.set(link, kept);
    else this.dependents.delete(link);
  }

  /** The article's mentions with partial entities and surname candidates resolved against the corpus. */
  private resolve(record: ArticleRecord): Mention[] {
    const ids = new Map<string, string>();
    const companies = new Map<string, string>();
    for (const e of record.data.entities) {
      if (!e.partial || !e.linkKey) continue;
      const target = this.resolveLink(e.linkKey);
      if (target && target !== e.id) ids.set(e.id, target);
      // "Brotwerk said" with no Brotwerk among the corpus's people, where another article knows the company.
      else if (!target && e.type === 'person') {
        const company = this.resolveLink(organisationNameLink(e.name));
        if (company && record.data.mentions.every((m) => m.entityId !== e.id || !m.cue || m.cue === 'verb' || m.cue === 'known')) companies.set(e.id, company);
      }
    }
    const out: Mention[] = record.data.mentions.map((m) => {
      const company = companies.get(m.entityId);
      if (company) return { span: m.span, entityId: company, type: 'organisation', surface: m.surface, name: m.name, form: 'full' };
      const id = ids.get(m.entityId);
      return id ? { ...m, entityId: id } : m;
    });
    let added = false;
    for (const c of record.data.candidates) {
      let person = false;
      for (let k = 0; k < c.keys.length; k++) {
        const target = this.resolveLink(`person:${c.keys[k]}`);
        if (!target) continue;
        out.push({ span: c.span, entityId: target, type: 'person', surface: c.surface, name: c.names[k] ?? c.surface, form: 'surname', cue: 'corpus' });
        person = true;
        break;
      }
      // A word another article found to be a company's one-word name, when no person has it as a surname.
      const organisation = person ? undefined : this.resolveLink(organisationNameLink(c.surface));
      if (organisation) out.push({ span: c.span, entityId: organisation, type: 'organisation', surface: c.surface, name: c.surface, form: 'full' });
      added ||= person || organisation !== undefined;
    }
    if (added) out.sort((a, b) => a.span.start - b.span.start);
    return out;
  }

  private apply(key: string, record: ArticleRecord, sign: 1 | -1): void {
    const language = record.data.language;
    for (const mention of record.resolved) {
      this.derived.delete(mention.entityId);
      let entity = this.records.get(mention.entityId);
      if (!entity) {
        if (sign < 0) continue;
        entity = {
          id: mention.entityId,
          type: mention.type,
          names: new Map(),
          namesByLanguage: { de: new Map(), en: new Map() },
          articles: new Map(),
          roles: new Map(),
          total: 0,
        };
        this.records.set(mention.entityId, entity);
      }
      if (sign > 0) {
        const local = record.locals.get(mention.entityId);
        if (local?.placeKind) entity.placeKind = local.placeKind;
        if (local?.country) entity.country = local.country;
        if (local?.names) entity.lexiconNames = local.names;
      }
      bump(entity.names, mention.name, sign);
      bump(entity.namesByLanguage[language], mention.name, sign);
      bump(entity.articles, key, sign);
      if (mention.role) {
        const roles = entity.roles.get(key) ?? new Map<string, number>();
        bump(roles, mention.role, sign);
        if (roles.size > 0) entity.roles.set(key, roles);
        else entity.roles.delete(key);
      }
      entity.total += sign;
      if (entity.total <= 0) this.records.delete(entity.id);
    }
  }
}

function bump(map: Map<string, number>, key: string, sign: number): void {
  const count = (map.get(key) ?? 0) + sign;
  if (count > 0) map.set(key, count);
  else map.delete(key);
}

function mostFrequent(names: ReadonlyMap<string, number>, filter: (name: string) => boolean = () => true): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [name, count] of names) {
    if (!filter(name)) continue;
    if (count > bestCount || (count === bestCount && best !== undefined && name.length > best.length)) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

const isFullName = isFullPersonName;

function summarize(record: EntityRecord, language?: LanguageCode): EntitySummary {
  let name: string | undefined;
  if (record.lexiconNames) {
    name = language ? record.lexiconNames[language] : undefined;
    name ??= record.lexiconNames.en;
    // A city the corpus calls by another of its names ("Reval", "Königsberg") is shown as the corpus writes it.
    const local = language && record.placeKind === 'city' ? record.namesByLanguage[language] : undefined;
    const usual = local && mostFrequent(local, (n) => n !== n.toUpperCase());
    // Where it also uses the current name ("Wilna" … "Vilnius"), the current name stays.
    if (usual && usual !== name && !local.has(name) && (local.get(usual) ?? 0) > (local.get(name) ?? 0)) name = usual;
  } else if (record.type === 'person') {
    const local = language ? record.namesByLanguage[language] : undefined;
    name = (local && mostFrequent(local, isFullName)) ?? mostFrequent(record.names, isFullName) ?? mostFrequent(record.names);
  } else {
    const local = language ? record.namesByLanguage[language] : undefined;
    name = (local && mostFrequent(local)) ?? mostFrequent(record.names);
  }
  name ??= record.id;
  const aliases = [...record.names].sort((a, b) => b[1] - a[1]).map(([n]) => n).filter((n) => n !== name);
  const partial = record.type === 'person' ? !isFullName(name) : record.id.startsWith('org:') && !record.lexiconNames && /^org:[a-z0-9]{2,6}$/u.test(record.id) && name === name.toUpperCase();
  return {
    id: record.id,
    type: record.type,
    name,
    aliases,
    ...(record.placeKind ? { placeKind: record.placeKind } : {}),
    ...(record.country ? { country: record.country } : {}),
    mentionCount: record.total,
    articleCount: record.articles.size,
    partial,
  };
}
