/**
 * Outline: textDocument/documentSymbol from the core's outline of the article.
 */
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver/node';
import { outlineOf, type OutlineItem, type OutlineKind } from '../../core/outline/outline';
import type { LineIndex } from '../../core/text/lineIndex';
import type { ArticleWorkspace } from '../articleWorkspace';
import { entityOutline } from './entities';

const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = {
  headline: SymbolKind.File,
  quotation: SymbolKind.String,
  person: SymbolKind.Constructor,
  place: SymbolKind.Namespace,
  organisation: SymbolKind.Module,
};

export function documentSymbols(workspace: ArticleWorkspace, params: DocumentSymbolParams): DocumentSymbol[] {
  const article = workspace.articleOf(params.textDocument.uri);
  if (!article) return [];
  const items = [...outlineOf(article), ...entityOutline(workspace, params.textDocument.uri)];
  items.sort((a, b) => a.span.start - b.span.start);
  return items.map((item) => toSymbol(item, article.lineIndex));
}

function toSymbol(item: OutlineItem, lineIndex: LineIndex): DocumentSymbol {
  return {
    name: item.name,
    detail: item.detail,
    kind: SYMBOL_KIND[item.kind],
    range: lineIndex.rangeOf(item.span),
    selectionRange: lineIndex.rangeOf(item.selectionSpan),
    children: item.children?.map((child) => toSymbol(child, lineIndex)),
  };
}
