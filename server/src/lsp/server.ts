/**
 * Wires the protocol to the features. Each feature lives in its own module;
 * this file only connects them.
 */
import {
  CodeActionKind,
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  type TextDocumentPositionParams,
  TextDocumentSyncKind,
  type Connection,
  type Disposable,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { validateNoiseOptions } from '../core/noise/options';
import { ArticleWorkspace } from './articleWorkspace';
import { ViewRefresher } from './viewRefresher';
import { cancellable } from './cancellation';
import { describeEventLoopStats } from './eventLoopMonitor';
import { syncDocuments } from './documentSync';
import { cleanAllEdit, CleanAllRequest } from './features/cleanAll';
import { codeActions, FIX_ALL_NOISE_KIND } from './features/codeActions';
import { documentSymbols } from './features/documentSymbols';
import { entityReferences, entityWorkspaceSymbols } from './features/entities';
import { hover } from './features/hover';
import { quotationCodeLenses, quotationDefinition, quotationReferences } from './features/quotations';
import { QuoteVersionsRequest, quoteVersionsAt } from './features/quoteVersions';
import { REVIEW_COMMANDS, reviewActions, ReviewSession, UNMARK_KIND } from './features/reviewActions';
import { semanticTokens, SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens';
import { speakerInlayHints } from './features/speakerInlayHints';
import { guarded, guardedRequest, logFailure } from './guard';
import { cacheFolderOf, DiagnosticsCacheSync } from './diagnosticsCacheSync';
import { indexWorkspace } from './indexing';
import { reportLeftOut } from './leftOut';
import { fetchSettings } from './settings';
import { filePathOf } from './uris';
import { VERSION } from '../version';
import { followWatchedFiles, registerFileWatchers } from './watchedFiles';
import { trustedAtStart, WORKSPACE_TRUST_GRANTED } from './workspaceTrust';
import * as l10n from '../core/messages/l10n';
import { useDisplayLanguage } from './displayLanguage';

export const SERVER_NAME = 'source-lens';

export function startServer(connection: Connection): void {
  const cache = new DiagnosticsCacheSync(
    (uri, diagnostics, version) => connection.sendDiagnostics({ uri, diagnostics, version }),
    {
      log: (message) => connection.console.info(message),
      // Any request will do; this one every client with configuration support answers at once, and it asks for nothing.
      roundTrip: () => (capability().configuration ? connection.sendRequest(ConfigurationRequest.type, { items: [] }) : Promise.resolve()),
    },
  );
  const workspace = new ArticleWorkspace(cache.publish, () => refreshViews.schedule());
  cache.attach(workspace);
  const refreshViews = new ViewRefresher(connection, () => initializeParams?.capabilities);
  let initializeParams: InitializeParams | undefined;
  let folderUris: string[] = [];
  let indexingGeneration = 0;
  let watcherRegistration: Disposable | undefined;
  const reviews = new ReviewSession(workspace, {
    warn: (message) => void connection.window.showWarningMessage(message),
    error: (message) => void connection.window.showErrorMessage(message),
  });

  const capability = () => {
    const client = initializeParams?.capabilities;
    return {
      configuration: client?.workspace?.configuration === true,
      dynamicConfiguration: client?.workspace?.didChangeConfiguration?.dynamicRegistration === true,
      dynamicWatchers: client?.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      workspaceFolders: client?.workspace?.workspaceFolders === true,
    };
  };

  const reindex = async () => {
    const generation = ++indexingGeneration;
    const settings = await fetchSettings(connection, capability().configuration, initializeParams?.initializationOptions);
    const folders = folderUris.map(filePathOf).filter((path): path is string => path !== undefined);
    workspace.configure(folders, settings);
    await reviews.load(folders);
    for (const problem of validateNoiseOptions(settings.noise)) {
      void connection.window.showWarningMessage(l10n.t("Source Lens: noise pattern {number} ('{pattern}') is ignored: {reason}", { number: problem.index + 1, pattern: problem.pattern, reason: problem.message }));
    }
    if (capability().dynamicWatchers) {
      watcherRegistration?.dispose();
      watcherRegistration = await registerFileWatchers(connection, settings);
    }
    const progress = await connection.window.createWorkDoneProgress();
    const outcome = await indexWorkspace(workspace, progress, () => generation !== indexingGeneration, (paths) => cache.indexingStarts(paths));
    await cache.indexingEnds(!outcome.cancelled);
    for (const error of outcome.folderErrors) connection.console.warn(`Source Lens: skipped ${error}`);
    if (outcome.leftOut) reportLeftOut(connection, outcome.leftOut);
    if (!outcome.cancelled) connection.console.info(`Source Lens: indexed ${outcome.files} article files.`);
    if (outcome.eventLoop) connection.console.info(`Source Lens: ${describeEventLoopStats(outcome.eventLoop)}`);
  };

  connection.onInitialize((params): InitializeResult => {
    initializeParams = params;
    cache.useStorage(cacheFolderOf(params.initializationOptions), useDisplayLanguage(params.locale));
    if (!trustedAtStart(params.initializationOptions)) {
      connection.console.info('Source Lens: Restricted Mode; scrape-noise patterns from workspace settings are ignored until the workspace is trusted.');
    }
    folderUris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        documentSymbolProvider: { label: 'Source Lens' },
        hoverProvider: true,
        referencesProvider: true,
        definitionProvider: true,
        codeLensProvider: { resolveProvider: false },
        workspaceSymbolProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_NOISE_KIND, UNMARK_KIND] },
        inlayHintProvider: true,
        executeCommandProvider: { commands: [...REVIEW_COMMANDS] },
      },
      serverInfo: { name: SERVER_NAME, version: VERSION },
    };
  });

  connection.onInitialized(guarded(connection, 'starting up', async () => {
    if (capability().dynamicConfiguration) {
      // files.exclude too: it decides which files are articles.
      await connection.client.register(DidChangeConfigurationNotification.type, { section: ['sourceLens', 'files.exclude'] });
    }
    if (capability().workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(guarded(connection, 'changing workspace folders', async (event) => {
        const removed = new Set(event.removed.map((folder) => folder.uri));
        folderUris = [...folderUris.filter((uri) => !removed.has(uri)), ...event.added.map((folder) => folder.uri)];
        await reindex();
      }));
    }
    await reindex();
  }));

  connection.onDidChangeConfiguration(guarded(connection, 'applying new settings', async () => {
    if (initializeParams) await reindex();
  }));

  connection.onNotification(WORKSPACE_TRUST_GRANTED, guarded(connection, 'applying workspace trust', async () => {
    connection.console.info('Source Lens: workspace trusted; reading the settings again, with patterns from workspace settings.');
    if (initializeParams) await reindex();
  }));

  const documents = syncDocuments(connection, workspace);
  const request = <A extends unknown[], R>(context: string, handler: (...args: A) => R | Promise<R>) => guardedRequest(connection, context, handler);
  connection.onDocumentSymbol(request('document symbols', cancellable((params) => documentSymbols(workspace, params))));
  connection.onHover(request('hover', cancellable((params) => hover(workspace, params))));
  connection.onReferences(request('references', cancellable((params) =>
    entityReferences(workspace, params.textDocument.uri, offsetOf(params)) ?? quotationReferences(workspace, params.textDocument.uri, offsetOf(params)) ?? [])));
  connection.onDefinition(request('definition', cancellable((params) => quotationDefinition(workspace, params.textDocument.uri, offsetOf(params)) ?? null)));
  connection.onCodeLens(request('code lenses', (params) => quotationCodeLenses(workspace, params.textDocument.uri)));
  connection.onWorkspaceSymbol(request('workspace symbols', (params) => entityWorkspaceSymbols(workspace, params.query)));
  connection.languages.semanticTokens.on(request('semantic tokens', (params) => semanticTokens(workspace, params.textDocument.uri)));
  connection.onCodeAction(request('code actions', (params) => [...codeActions(workspace, params), ...reviewActions(workspace, params)]));
  connection.onExecuteCommand(request('a command', (params) => reviews.execute(params)));
  connection.languages.inlayHint.on(request('inlay hints', (params) => speakerInlayHints(workspace, params, documents.get(params.textDocument.uri)?.getText())));
  connection.onRequest(CleanAllRequest, request('clean all', () => cleanAllEdit(workspace, (uri) => documents.get(uri)?.version ?? null)));
  connection.onRequest(QuoteVersionsRequest, request('quote versions', (params) => quoteVersionsAt(workspace, params)));

  function offsetOf(params: TextDocumentPositionParams): number {
    return workspace.articleOf(params.textDocument.uri)?.lineIndex.offsetAt(params.position) ?? -1;
  }
  followWatchedFiles(connection, workspace, reviews);

  connection.onShutdown(async () => {
    indexingGeneration++;
    await cache.flush();
  });

  process.on('uncaughtException', (error) => logFailure(connection, 'an unexpected error', error));
  connection.listen();
}
