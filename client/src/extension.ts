/**
 * The VS Code side of Source Lens: starts the language server and gives it the
 * documents. Plain-text files that the `sourceLens.articleFiles` globs match
 * are switched to the news-article language, so a folder of scraped .txt
 * articles works with no configuration.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { cleanAllArticles } from './cleanAllCommand';
import { registerQuoteVersionsView, showQuoteVersions } from './quoteVersionsCommand';
import { followWorkspaceTrust, restrictedConfigurationMiddleware, trustInitializationOptions } from './workspaceTrust';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export const ARTICLE_LANGUAGE = 'news-article';
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      // Only real files and new buffers: not the copies the refactor preview or diff editors open.
      { language: ARTICLE_LANGUAGE, scheme: 'file' },
      { language: ARTICLE_LANGUAGE, scheme: 'untitled' },
      { language: 'plaintext', scheme: 'file' },
      { language: 'plaintext', scheme: 'untitled' },
    ],
    synchronize: { configurationSection: 'sourceLens' },
    // The server keeps its diagnostics cache in this workspace's storage folder (none without a folder open).
    initializationOptions: { ...trustInitializationOptions(), cacheFolder: context.storageUri?.fsPath },
    middleware: restrictedConfigurationMiddleware,
  };
  client = new LanguageClient('sourceLens', 'Source Lens', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(adoptArticle),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('sourceLens.articleFiles')) vscode.workspace.textDocuments.forEach(adoptArticle);
    }),
  );
  vscode.workspace.textDocuments.forEach(adoptArticle);
  const started = client;
  context.subscriptions.push(
    vscode.commands.registerCommand('sourceLens.cleanAllArticles', () => cleanAllArticles(started)),
    vscode.commands.registerCommand('sourceLens.showQuoteVersions', showQuoteVersions),
    followWorkspaceTrust(started),
  );
  registerQuoteVersionsView(context, started);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function adoptArticle(document: vscode.TextDocument): void {
  if (document.languageId !== 'plaintext' || document.uri.scheme !== 'file') return;
  const globs = vscode.workspace.getConfiguration('sourceLens', document.uri).get<string[]>('articleFiles', ['**/*.txt']);
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  const matches = globs.some((glob) => {
    const pattern = folder ? new vscode.RelativePattern(folder, glob) : glob;
    return vscode.languages.match({ pattern, scheme: 'file' }, document) > 0;
  });
  // The document may be gone by the time the language is set (a bulk edit opens and closes files): that is fine.
  if (matches) vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE).then(undefined, () => undefined);
}
