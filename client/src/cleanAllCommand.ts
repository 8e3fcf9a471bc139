/**
 * "Source Lens: Clean All Articles": asks the server for one WorkspaceEdit that
 * removes the scrape noise of every article and hands it to VS Code, which
 * shows it in the refactor preview (each change needs confirmation) and makes
 * it undoable as one step.
 */
import * as vscode from 'vscode';
import { RequestType0, type LanguageClient, type WorkspaceEdit } from 'vscode-languageclient/node';

interface CleanAllResult {
  readonly edit: WorkspaceEdit;
  readonly files: number;
  readonly removals: number;
}

const CleanAllRequest = new RequestType0<CleanAllResult, void>('sourceLens/cleanAllEdit');

export async function cleanAllArticles(client: LanguageClient): Promise<void> {
  const result = await client.sendRequest(CleanAllRequest);
  if (result.files === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Source Lens: no scrape noise to remove.'));
    return;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
  // Changes that need confirmation start unticked in the Refactor Preview: one tick on the group accepts them all.
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Source Lens: {removals} pieces of scrape noise in {files} articles. In the Refactor Preview, tick "Remove scrape noise" to accept them all, then Apply.', { removals: result.removals, files: result.files }),
  );
  const applied = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  if (applied) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Source Lens: removed {removals} pieces of scrape noise from {files} articles. Undo brings them back.', { removals: result.removals, files: result.files }));
  }
}
