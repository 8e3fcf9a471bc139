/**
 * Quote versions in the editor. The code lens "quoted in N other articles"
 * peeks at the other versions (from the server's Go to Definition answer);
 * "Source Lens: Compare Quote Versions" opens a read-only document beside
 * the editor with every version and the word-level differences marked,
 * coloured, and each version's place a link back to it.
 */
import * as vscode from 'vscode';
import { RequestType, type LanguageClient, type TextDocumentPositionParams } from 'vscode-languageclient/node';

export async function showQuoteVersions(uri: string, line: number, character: number): Promise<void> {
  const documentUri = vscode.Uri.parse(uri);
  const position = new vscode.Position(line, character + 1);
  const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', documentUri, position);
  const asLocations = (locations ?? []).map((location) =>
    'targetUri' in location ? new vscode.Location(location.targetUri, location.targetSelectionRange ?? location.targetRange) : location);
  await vscode.commands.executeCommand('editor.action.peekLocations', documentUri, position, asLocations, 'peek');
}

type MarkKind = 'removed' | 'added' | 'omittedThere' | 'omittedHere';

interface QuoteVersionsResult {
  readonly title: string;
  readonly content: string;
  readonly links: readonly { readonly line: number; readonly start: number; readonly end: number; readonly target: string }[];
  readonly marks: readonly { readonly line: number; readonly start: number; readonly end: number; readonly kind: MarkKind }[];
}

const QuoteVersionsRequest = new RequestType<TextDocumentPositionParams, QuoteVersionsResult | null, void>('sourceLens/quoteVersions');
export const QUOTE_VERSIONS_SCHEME = 'source-lens-quote-versions';

export function registerQuoteVersionsView(context: vscode.ExtensionContext, client: LanguageClient): void {
  const views = new Map<string, QuoteVersionsResult>();
  let opened = 0;
  const decorations: Record<MarkKind, vscode.TextEditorDecorationType> = {
    removed: vscode.window.createTextEditorDecorationType({ backgroundColor: new vscode.ThemeColor('diffEditor.removedTextBackground') }),
    added: vscode.window.createTextEditorDecorationType({ backgroundColor: new vscode.ThemeColor('diffEditor.insertedTextBackground') }),
    omittedHere: vscode.window.createTextEditorDecorationType({ color: new vscode.ThemeColor('descriptionForeground'), fontStyle: 'italic' }),
    omittedThere: vscode.window.createTextEditorDecorationType({ color: new vscode.ThemeColor('descriptionForeground'), fontStyle: 'italic' }),
  };
  const decorate = (editors: readonly vscode.TextEditor[]) => {
    for (const editor of editors) {
      const view = views.get(editor.document.uri.toString());
      if (!view) continue;
      for (const kind of Object.keys(decorations) as MarkKind[]) {
        editor.setDecorations(decorations[kind], view.marks.filter((m) => m.kind === kind).map((m) => new vscode.Range(m.line, m.start, m.line, m.end)));
      }
    }
  };

  context.subscriptions.push(
    ...Object.values(decorations),
    vscode.workspace.registerTextDocumentContentProvider(QUOTE_VERSIONS_SCHEME, {
      provideTextDocumentContent: (uri) => views.get(uri.toString())?.content ?? '',
    }),
    vscode.languages.registerDocumentLinkProvider({ scheme: QUOTE_VERSIONS_SCHEME }, {
      provideDocumentLinks: (document) => (views.get(document.uri.toString())?.links ?? []).map((link) => {
        const documentLink = new vscode.DocumentLink(new vscode.Range(link.line, link.start, link.line, link.end), vscode.Uri.parse(link.target));
        documentLink.tooltip = vscode.l10n.t('Open this version');
        return documentLink;
      }),
    }),
    vscode.window.onDidChangeVisibleTextEditors(decorate),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (document.uri.scheme === QUOTE_VERSIONS_SCHEME) views.delete(document.uri.toString());
    }),
    vscode.commands.registerCommand('sourceLens.compareQuoteVersions', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const result = await client.sendRequest(QuoteVersionsRequest, client.code2ProtocolConverter.asTextDocumentPositionParams(editor.document, editor.selection.active));
      if (!result) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Source Lens: the cursor is not in a quotation that could be compared (terms and very short quotations are left out).'));
        return;
      }
      const uri = vscode.Uri.from({ scheme: QUOTE_VERSIONS_SCHEME, path: `/${result.title.replace(/[/\\]/g, ' ')}`, query: String(++opened) });
      views.set(uri.toString(), result);
      const document = await vscode.workspace.openTextDocument(uri);
      const shown = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: false });
      decorate([shown]);
    }),
  );
}
