/**
 * Measures the language server through the real protocol: a spawned
 * `node dist/server.js --stdio`, driven by the protocol tests' editor stand-in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DefinitionRequest, DocumentSymbolRequest, HoverRequest, ReferencesRequest, type Position,
} from 'vscode-languageserver-protocol/node';
import { EVENT_LOOP_STATS_VARIABLE } from '../server/src/lsp/eventLoopMonitor';
import { ServerUnderTest } from '../test/protocol/serverUnderTest';
import type { Corpus, ManifestEntry, ProbePosition } from './generate';
import { LONG_ARTICLE_INDEX } from './generate';
import { PeakRssWatcher } from './processMemory';
import { mulberry32 } from './random';
import { summarise, type LatencySummary } from './stats';

export const REQUEST_KINDS = ['hover', 'definition', 'references', 'documentSymbol'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export interface ServerFigures {
  readonly startupMs: number;
  /** From spawning the server to the last article's first diagnostics and the end of indexing progress. */
  readonly diagnosticsMs: number;
  readonly peakRssMb: number;
  /** Requests sent while indexing ran: how long they waited (the longest is the longest the event loop was blocked, or more). */
  readonly duringIndexing: LatencySummary;
  /** The server's own measurement (perf_hooks) of its event loop delay while indexing, and its slowest articles. */
  readonly eventLoop?: string;
  readonly requests: Record<RequestKind, LatencySummary & { readonly answered: number }>;
  readonly edit: LatencySummary & { readonly articleBytes: number };
}

export interface ServerRunOptions {
  readonly requests: number;
  readonly edits: number;
  readonly execArgv?: readonly string[];
}

const HOUR = 3_600_000;

export async function measureServer(corpus: Corpus, options: ServerRunOptions): Promise<ServerFigures> {
  const articlesRoot = join(corpus.root, 'articles');
  const uriOf = (entry: ManifestEntry) => pathToFileURL(join(corpus.root, entry.path)).href;
  const total = corpus.articles.length;

  const spawned = performance.now();
  const server = await ServerUnderTest.start({
    rootUri: pathToFileURL(articlesRoot).href,
    execArgv: options.execArgv,
    env: { ...process.env, [EVENT_LOOP_STATS_VARIABLE]: '1' },
  });
  const memory = new PeakRssWatcher(server.process.pid!);
  try {
    const startupMs = performance.now() - spawned;
    const indexed = waitForIndexing(server, total);
    const duringIndexing = await probeWhile(server, uriOf(corpus.articles[0]!), indexed.done);
    const diagnosticsMs = (await indexed.promise) - spawned;
    const statsLine = () => server.logs.find((line) => line.includes('event loop delay while indexing'));
    await server.waitUntil('the event loop statistics', () => statsLine() !== undefined, 10_000).catch(() => undefined);
    const eventLoop = statsLine()?.replace(/^Source Lens: /, '');

    const requests = {} as ServerFigures['requests'];
    const random = mulberry32(corpus.seed);
    for (const kind of REQUEST_KINDS) requests[kind] = await measureRequests(server, kind, corpus, uriOf, random, options.requests);
    const edit = await measureEdits(server, corpus, uriOf, options.edits);
    const peakRssMb = memory.stop();
    return { startupMs, diagnosticsMs, peakRssMb, duringIndexing, eventLoop, requests, edit };
  } finally {
    memory.stop();
    await server.shutdown().catch(() => server.kill());
  }
}

function waitForIndexing(server: ServerUnderTest, total: number): { promise: Promise<number>; done: () => boolean } {
  let finished = false;
  let ended = false;
  let progressSeen = 0;
  const promise = server.waitUntil('every article to have diagnostics and indexing to end', () => {
    for (; progressSeen < server.progress.length; progressSeen++) if (server.progress[progressSeen]!.value.kind === 'end') ended = true;
    return ended && server.publishCount.size >= total;
  }, HOUR).then(() => {
    finished = true;
    return performance.now();
  });
  return { promise, done: () => finished };
}

/** Sends one small request at a time (every 20 ms) until indexing ends, and records how long each waited for its answer. */
async function probeWhile(server: ServerUnderTest, uri: string, done: () => boolean): Promise<LatencySummary> {
  const latencies: number[] = [];
  while (!done()) {
    const start = performance.now();
    await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    latencies.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return summarise(latencies);
}

async function measureRequests(
  server: ServerUnderTest,
  kind: RequestKind,
  corpus: Corpus,
  uriOf: (entry: ManifestEntry) => string,
  random: () => number,
  count: number,
): Promise<LatencySummary & { answered: number }> {
  const latencies: number[] = [];
  let answered = 0;
  for (let i = 0; i < count; i++) {
    const entry = corpus.articles[Math.floor(random() * corpus.articles.length)]!;
    // Half of the positions are on names, half inside quotations.
    const positions: readonly ProbePosition[] = i % 2 === 0 && entry.names.length > 0 ? entry.names : entry.quotes.length > 0 ? entry.quotes : entry.names;
    const position: Position = positions[Math.floor(random() * positions.length)] ?? { line: 0, character: 0 };
    const textDocument = { uri: uriOf(entry) };
    const start = performance.now();
    const result: unknown = await sendRequest(server, kind, textDocument, position);
    latencies.push(performance.now() - start);
    if (result !== null && !(Array.isArray(result) && result.length === 0)) answered++;
  }
  return { ...summarise(latencies), answered };
}

function sendRequest(server: ServerUnderTest, kind: RequestKind, textDocument: { uri: string }, position: Position): Promise<unknown> {
  const connection = server.connection;
  switch (kind) {
    case 'hover':
      return connection.sendRequest(HoverRequest.type, { textDocument, position });
    case 'definition':
      return connection.sendRequest(DefinitionRequest.type, { textDocument, position });
    case 'references':
      return connection.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: true } });
    case 'documentSymbol':
      return connection.sendRequest(DocumentSymbolRequest.type, { textDocument });
  }
}

/**
 * Opens the 10 KB article and types into it: each edit inserts or removes a
 * word in the middle of a paragraph, after a pause longer than the debounce,
 * and is timed from didChange to the article's next diagnostics.
 */
async function measureEdits(
  server: ServerUnderTest,
  corpus: Corpus,
  uriOf: (entry: ManifestEntry) => string,
  edits: number,
): Promise<LatencySummary & { articleBytes: number }> {
  const entry = corpus.articles[LONG_ARTICLE_INDEX]!;
  const uri = uriOf(entry);
  const text = readFileSync(join(corpus.root, entry.path), 'utf8');
  const published = () => server.publishCount.get(uri) ?? 0;

  let before = published();
  await server.open(uri, text);
  await server.waitUntil('diagnostics of the opened article', () => published() > before, HOUR);

  const lines = text.split('\n');
  const editLines = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.length > 120).map(({ index }) => index);
  const latencies: number[] = [];
  for (let i = 0; i < edits; i++) {
    const line = editLines[Math.floor(i / 2) % editLines.length]!;
    const at = { line, character: 40 };
    const change = i % 2 === 0
      ? { range: { start: at, end: at }, text: 'neu ' }
      : { range: { start: at, end: { line, character: 44 } }, text: '' };
    before = published();
    const start = performance.now();
    await server.change(uri, i + 2, [change]);
    await server.waitUntil('diagnostics after an edit', () => published() > before, HOUR);
    latencies.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return { ...summarise(latencies), articleBytes: Buffer.byteLength(text) };
}
