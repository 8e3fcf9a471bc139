/**
 * "Clean All Articles": one WorkspaceEdit that removes the scrape noise of every
 * article in the corpus. Every change carries an annotation that needs
 * confirmation, so VS Code shows it in the refactor preview before applying it,
 * and the whole edit is undone as one.
 */
import { RequestType0, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { isNoiseCode } from '../../core/noise/categories';
import { noiseEdits } from '../../core/noise/clean';
import type { ArticleWorkspace } from '../articleWorkspace';
import { toLspEdit } from './codeActions';
import * as l10n from '../../core/messages/l10n';

export interface CleanAllResult {
  readonly edit: WorkspaceEdit;
  readonly files: number;
  readonly removals: number;
}

export const CleanAllRequest = new RequestType0<CleanAllResult, void>('sourceLens/cleanAllEdit');
const ANNOTATION = 'sourceLens.removeNoise';

export function cleanAllEdit(workspace: ArticleWorkspace, versionOf: (uri: string) => number | null): CleanAllResult {
  const documentChanges: TextDocumentEdit[] = [];
  let removals = 0;
  for (const entry of workspace.corpus.values()) {
    if (entry.kind !== 'article') continue;
    const noise = entry.findings.filter((finding) => isNoiseCode(finding.code));
    if (noise.length === 0) continue;
    const uri = workspace.uriOf(entry.key);
    const edits = noiseEdits(entry.article, noise).map((edit) => ({ ...toLspEdit(entry.article, edit), annotationId: ANNOTATION }));
    removals += edits.length;
    documentChanges.push({ textDocument: { uri, version: versionOf(uri) }, edits });
  }
  documentChanges.sort((a, b) => a.textDocument.uri.localeCompare(b.textDocument.uri));
  return {
    edit: {
      documentChanges,
      changeAnnotations: { [ANNOTATION]: { label: l10n.t('Remove scrape noise'), needsConfirmation: true, description: 'Source Lens' } },
    },
    files: documentChanges.length,
    removals,
  };
}
