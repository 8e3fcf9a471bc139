/**
 * People, places and organisations: hover profile, Find All References,
 * workspace symbols and the entities of the outline.
 */
import { SymbolKind, type Hover, type Location, type WorkspaceSymbol } from 'vscode-languageserver/node';
import { statementsOf } from '../../core/corpus/quotedStatements';
import { buildEntityProfile } from '../../core/entities/profile';
import type { EntityType } from '../../core/entities/types';
import type { OutlineItem } from '../../core/outline/outline';
import type { ArticleWorkspace } from '../articleWorkspace';
import { renderEntityHover, type ArticleAnchor } from '../render/entityHover';

const MAX_HOVER_ARTICLES = 12;
const ENTITY_SYMBOL_KIND: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Constructor,
  place: SymbolKind.Namespace,
  organisation: SymbolKind.Module,
};

export function entityHover(workspace: ArticleWorkspace, uri: string, offset: number): Hover | undefined {
  const key = workspace.keyOf(uri);
  const article = workspace.articleOf(uri);
  const found = article && workspace.entities.entityAt(key, offset, article.language);
  if (!article || !found) return undefined;
  const profile = buildEntityProfile(workspace.entities, found.mention.entityId, { language: article.language, maxArticles: MAX_HOVER_ARTICLES });
  if (!profile) return undefined;
  const anchorOf = (articleKey: string): ArticleAnchor => {
    const first = workspace.entities.mentionsOf(articleKey).find((mention) => mention.entityId === profile.id);
    const other = workspace.articleOf(articleKey);
    return { uri: workspace.uriOf(articleKey), position: first && other ? other.lineIndex.positionAt(first.span.start) : undefined };
  };
  const statements = profile.type === 'person'
    ? statementsOf(workspace.corpus, profile.id, profile.articles.map((entry) => entry.key)).map((statement) => ({
      text: statement.text,
      anchor: { uri: workspace.uriOf(statement.key), position: workspace.articleOf(statement.key)?.lineIndex.positionAt(statement.span.start) },
    }))
    : [];
  return {
    contents: { kind: 'markdown', value: renderEntityHover(profile, anchorOf, statements) },
    range: article.lineIndex.rangeOf(found.mention.span),
  };
}

export function entityReferences(workspace: ArticleWorkspace, uri: string, offset: number): Location[] | undefined {
  const mention = workspace.entities.mentionAt(workspace.keyOf(uri), offset);
  if (!mention) return undefined;
  return workspace.entities.references(mention.entityId).flatMap(({ key, mention: other }) => {
    const article = workspace.articleOf(key);
    return article ? [{ uri: workspace.uriOf(key), range: article.lineIndex.rangeOf(other.span) }] : [];
  });
}

export function entityWorkspaceSymbols(workspace: ArticleWorkspace, query: string, limit = 200): WorkspaceSymbol[] {
  return workspace.entities.search(query, limit).flatMap((entity) => {
    const first = workspace.entities.references(entity.id)[0];
    const article = first && workspace.articleOf(first.key);
    if (!first || !article) return [];
    return [{
      name: entity.name,
      kind: ENTITY_SYMBOL_KIND[entity.type],
      containerName: entity.type,
      location: { uri: workspace.uriOf(first.key), range: article.lineIndex.rangeOf(first.mention.span) },
    }];
  });
}

export function entityOutline(workspace: ArticleWorkspace, uri: string): OutlineItem[] {
  return workspace.entities.documentEntities(workspace.keyOf(uri)).map(({ entity, mentions }) => ({
    name: entity.name,
    kind: entity.type,
    span: mentions[0].span,
    selectionSpan: mentions[0].span,
    detail: mentions.length === 1 ? entity.type : `${entity.type}, ${mentions.length} mentions`,
  }));
}
