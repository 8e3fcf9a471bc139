/**
 * Runs dist/server.js as a child process and talks real JSON-RPC to it over
 * stdio, playing the part of an editor: it answers the server's requests
 * (configuration, progress tokens, registrations) and records what it sends.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  ConfigurationRequest,
  IPCMessageReader,
  IPCMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type FileEvent,
  type InitializeResult,
  type ProtocolConnection,
  type Registration,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../support/repo';

export interface ProgressEvent {
  readonly token: string | number;
  readonly value: { kind: 'begin' | 'report' | 'end'; title?: string; message?: string; percentage?: number };
}

export interface StartOptions {
  readonly rootUri: string;
  /** The `sourceLens` section the server reads; a function is asked anew on every request. */
  readonly settings?: Record<string, unknown> | (() => Record<string, unknown>);
  readonly capabilities?: ClientCapabilities;
  readonly initializationOptions?: Record<string, unknown>;
  /** InitializeParams.locale: the editor's display language. */
  readonly locale?: string;
  /** Options for the node process that runs the server, such as --cpu-prof (the benchmark uses this). */
  readonly execArgv?: readonly string[];
  /** Extra environment variables for the server process (such as a fault to inject). */
  readonly env?: NodeJS.ProcessEnv;
  /** What the editor answers for `files.exclude`. */
  readonly filesExclude?: Record<string, unknown>;
  /** Leaves the initialize handshake to the test (see initialize()). */
  readonly skipInitialize?: boolean;
  /** `ipc` talks over Node's IPC channel, as VS Code does (TransportKind.ipc); stdio by default. */
  readonly transport?: 'stdio' | 'ipc';
}

export const EDITOR_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    codeLens: { refreshSupport: true },
  },
  window: { workDoneProgress: true },
  textDocument: { publishDiagnostics: { relatedInformation: true } },
};

type Waiter = { check: () => boolean; resolve: () => void };

export class ServerUnderTest {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly publishCount = new Map<string, number>();
  /** The document version of every publication per URI, in order (undefined when the server named none). */
  readonly publishedVersions = new Map<string, (number | undefined)[]>();
  readonly progress: ProgressEvent[] = [];
  readonly registrations: Registration[] = [];
  readonly logs: string[] = [];
  codeLensRefreshes = 0;
  /** workspace/configuration requests the server sent. */
  configurationRequests = 0;
  /** window/showMessage notifications and requests (answered with no choice), in order. */
  readonly messages: ShowMessageParams[] = [];
  initializeResult?: InitializeResult;
  private readonly waiters = new Set<Waiter>();
  private exitCode: number | null | undefined;

  private constructor(readonly process: ChildProcess, readonly connection: ProtocolConnection, private readonly options: StartOptions) {
    process.on('exit', (code) => {
      this.exitCode = code;
      this.notifyWaiters();
    });
  }

  static async start(options: StartOptions): Promise<ServerUnderTest> {
    const serverPath = join(repoRoot(), 'dist', 'server.js');
    const env = { ...process.env, ...options.env };
    let child: ChildProcess;
    let connection: ProtocolConnection;
    if (options.transport === 'ipc') {
      child = fork(serverPath, ['--node-ipc'], { execArgv: [...(options.execArgv ?? [])], env, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    } else {
      const spawned = spawn(process.execPath, [...(options.execArgv ?? []), serverPath, '--stdio'], { stdio: 'pipe', env });
      const reader = new StreamMessageReader(spawned.stdout);
      // A server killed in the middle of a message leaves a partial message behind, whose timer
      // (vscode-jsonrpc re-arms it every 10 s, forever) would keep the test process from exiting.
      reader.partialMessageTimeout = 0;
      child = spawned;
      connection = createProtocolConnection(reader, new StreamMessageWriter(spawned.stdin));
    }
    const server = new ServerUnderTest(child, connection, options);
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      server.diagnostics.set(params.uri, params.diagnostics);
      server.publishCount.set(params.uri, (server.publishCount.get(params.uri) ?? 0) + 1);
      const versions = server.publishedVersions.get(params.uri);
      if (versions) versions.push(params.version);
      else server.publishedVersions.set(params.uri, [params.version]);
      server.notifyWaiters();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      server.logs.push(params.message);
      server.notifyWaiters();
    });
    connection.onNotification(ShowMessageNotification.type, (params) => {
      server.messages.push(params);
      server.notifyWaiters();
    });
    connection.onRequest(ShowMessageRequest.type, (params) => {
      server.messages.push(params);
      server.notifyWaiters();
      return null;
    });
    connection.onNotification('$/progress', (params: ProgressEvent) => {
      server.progress.push(params);
      server.notifyWaiters();
    });
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    connection.onRequest('workspace/codeLens/refresh', () => {
      server.codeLensRefreshes++;
      server.notifyWaiters();
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      server.registrations.push(...params.registrations);
      server.notifyWaiters();
    });
    connection.onRequest(ConfigurationRequest.type, (params) => {
      server.configurationRequests++;
      const settings = typeof options.settings === 'function' ? options.settings() : options.settings ?? {};
      return params.items.map((item) => (item.section === 'sourceLens' ? settings : item.section === 'files.exclude' ? options.filesExclude ?? null : null));
    });
    connection.listen();
    if (!options.skipInitialize) await server.initialize();
    return server;
  }

  /** The initialize request and the initialized notification. */
  async initialize(): Promise<void> {
    this.initializeResult = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: this.options.rootUri,
      workspaceFolders: [{ uri: this.options.rootUri, name: 'articles' }],
      capabilities: this.options.capabilities ?? EDITOR_CAPABILITIES,
      initializationOptions: this.options.initializationOptions,
      locale: this.options.locale,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /** Whether the server process is still running. */
  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** Resolves once the check holds, re-evaluated on every message from the server. */
  waitUntil(description: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        check,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`Timed out waiting for ${description}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  waitForDiagnostics(uri: string, check: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    return this.waitUntil(`diagnostics of ${uri}`, () => {
      const published = this.diagnostics.get(uri);
      return published !== undefined && check(published);
    }).then(() => this.diagnostics.get(uri) ?? []);
  }

  indexingFinished(): Promise<void> {
    return this.waitUntil('indexing to end', () => this.progress.some((event) => event.value.kind === 'end'));
  }

  open(uri: string, text: string, languageId = 'news-article', version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  filesChanged(changes: FileEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** Sends shutdown and exit, and resolves with the process's exit code. */
  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await this.waitUntil('the server process to exit', () => this.exitCode !== undefined, 5000);
    this.connection.dispose();
    return this.exitCode ?? null;
  }

  kill(): void {
    if (this.exitCode === undefined) this.process.kill();
    this.connection.dispose();
  }

  private notifyWaiters(): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.check()) {
        this.waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }
}
