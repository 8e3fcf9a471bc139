/**
 * Semantic tokens colour people, places and organisations. The token types are
 * our own (declared in package.json with a standard super type and TextMate
 * scopes), so every theme colours them.
 */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver/node';
import type { EntityType } from '../../core/entities/types';
import type { ArticleWorkspace } from '../articleWorkspace';

const TOKEN_TYPES: readonly EntityType[] = ['person', 'place', 'organisation'];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

export function semanticTokens(workspace: ArticleWorkspace, uri: string): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const article = workspace.articleOf(uri);
  if (!article) return builder.build();
  for (const mention of workspace.entities.mentionsOf(workspace.keyOf(uri))) {
    const start = article.lineIndex.positionAt(mention.span.start);
    const end = article.lineIndex.positionAt(mention.span.end);
    if (start.line !== end.line) continue; // A token cannot cross a line break.
    builder.push(start.line, start.character, end.character - start.character, TOKEN_TYPES.indexOf(mention.type), 0);
  }
  return builder.build();
}
