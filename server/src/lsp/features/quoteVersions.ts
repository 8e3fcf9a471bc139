/**
 * "Source Lens: Compare Quote Versions": a request at a position inside a
 * quotation, answered with a read-only document listing every version of
 * the statement with the differences marked (the client shows it beside the
 * editor).
 */
import { RequestType, type TextDocumentPositionParams } from 'vscode-languageserver/node';
import { quoteVersions } from '../../core/corpus/quoteVersions';
import { defaultLabel } from '../../core/quoteMatching/variants';
import type { ArticleWorkspace } from '../articleWorkspace';
import { versionsDocument, type PlacedVersion, type VersionsDocument } from '../render/quoteVersionsDocument';

export type QuoteVersionsResult = VersionsDocument;

/** Null when the position is in no quotation that the index knows (terms and very short quotations are left out). */
export const QuoteVersionsRequest = new RequestType<TextDocumentPositionParams, QuoteVersionsResult | null, void>('sourceLens/quoteVersions');

export function quoteVersionsAt(workspace: ArticleWorkspace, params: TextDocumentPositionParams): QuoteVersionsResult | null {
  const article = workspace.articleOf(params.textDocument.uri);
  if (!article) return null;
  const key = workspace.keyOf(params.textDocument.uri);
  const versions = quoteVersions(workspace.corpus, key, article.lineIndex.offsetAt(params.position));
  if (!versions) return null;
  const placed = versions.flatMap((version): PlacedVersion[] => {
    const there = workspace.articleOf(workspace.uriOf(version.key));
    if (!there) return [];
    return [{ version, label: defaultLabel(version.key), uri: workspace.uriOf(version.key), position: there.lineIndex.positionAt(version.span.start), articleText: there.text }];
  });
  return placed.length === 0 ? null : versionsDocument(placed);
}
