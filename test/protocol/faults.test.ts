/**
 * The server under hostile or confused clients: bad messages, requests it
 * cannot answer, positions outside the document, cancellations, requests
 * before initialize, stale edits, files that vanish while open, and handlers
 * that throw. It answers with an error or an empty result, logs what went
 * wrong, and keeps serving.
 */
import assert from 'node:assert/strict';
import { renameSync, rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import {
  CancellationTokenSource,
  CodeActionRequest,
  CodeLensRequest,
  DefinitionRequest,
  DocumentSymbolRequest,
  ErrorCodes,
  ExecuteCommandRequest,
  FileChangeType,
  HoverRequest,
  InlayHintRequest,
  LSPErrorCodes,
  ReferencesRequest,
  ResponseError,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  type Position,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { TempCorpus } from '../support/tempCorpus';
import { ServerUnderTest } from './serverUnderTest';

const ARTICLE = 'Streit um den Bahnhof\n\nBürgermeisterin Anna Leitner sagte: „Wir werden das nicht hinnehmen.“\n\nTeilen\n';

/** Every request a client can send about one document, at one position. */
function requestsAbout(server: ServerUnderTest, uri: string, position: Position, range: Range = { start: position, end: position }) {
  const textDocument = { uri };
  const { connection } = server;
  return {
    hover: connection.sendRequest(HoverRequest.type, { textDocument, position }),
    definition: connection.sendRequest(DefinitionRequest.type, { textDocument, position }),
    references: connection.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: true } }),
    documentSymbol: connection.sendRequest(DocumentSymbolRequest.type, { textDocument }),
    semanticTokens: connection.sendRequest(SemanticTokensRequest.type, { textDocument }),
    codeAction: connection.sendRequest(CodeActionRequest.type, { textDocument, range, context: { diagnostics: [] } }),
    inlayHint: connection.sendRequest(InlayHintRequest.type, { textDocument, range }),
    codeLens: connection.sendRequest(CodeLensRequest.type, { textDocument }),
  };
}

/** Resolves every request and fails if any was answered with an error. */
async function allAnswered(requests: Record<string, Promise<unknown>>): Promise<Record<string, unknown>> {
  const entries = await Promise.all(Object.entries(requests).map(async ([name, promise]) => {
    try {
      return [name, await promise] as const;
    } catch (error) {
      throw new Error(`${name} was answered with an error: ${(error as Error).message}`);
    }
  }));
  return Object.fromEntries(entries);
}

function isEmpty(result: unknown): boolean {
  if (result === null || result === undefined) return true;
  if (Array.isArray(result)) return result.length === 0;
  if (typeof result === 'object' && 'data' in result) return (result as { data: unknown[] }).data.length === 0;
  return false;
}

async function stillServing(server: ServerUnderTest, uri: string): Promise<void> {
  const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  assert.ok(Array.isArray(symbols), 'the server still answers');
  assert.ok(server.running, 'the process is still running');
}

describe('the server survives bad messages', () => {
  test('a well-framed body that is not JSON, and an unknown method, leave the server serving', async () => {
    const corpus = new TempCorpus({ 'a.txt': 'Titel\n\nEr sagte: „offen\n' });
    const server = await ServerUnderTest.start({ rootUri: corpus.rootUri });
    try {
      await server.indexingFinished();
      const garbage = Buffer.from('{ this is not json', 'utf8');
      server.process.stdin!.write(`Content-Length: ${garbage.length}\r\n\r\n`);
      server.process.stdin!.write(garbage);
      await assert.rejects(server.connection.sendRequest('sourceLens/noSuchMethod', {}), /Unhandled method|not found/i);
      await stillServing(server, corpus.uri('a.txt'));
    } finally {
      server.kill();
      corpus.dispose();
    }
  });
});

describe('requests the server cannot answer in full', () => {
  let corpus: TempCorpus;
  let server: ServerUnderTest;

  before(async () => {
    corpus = new TempCorpus({ 'a.txt': ARTICLE, 'b.txt': `${ARTICLE}Noch ein Satz.\n` });
    server = await ServerUnderTest.start({ rootUri: corpus.rootUri });
    await server.indexingFinished();
  });

  after(() => {
    server.kill();
    corpus.dispose();
  });

  test('every request about an unknown document gets an empty answer', async () => {
    for (const uri of ['file:///nowhere/missing.txt', 'untitled:Untitled-1', 'vscode-notebook-cell:/x.ipynb#cell1', 'not a uri at all']) {
      const results = await allAnswered(requestsAbout(server, uri, { line: 0, character: 0 }));
      for (const [name, result] of Object.entries(results)) assert.ok(isEmpty(result), `${name} for ${uri}: ${JSON.stringify(result)}`);
    }
    await stillServing(server, corpus.uri('a.txt'));
  });

  test('positions beyond the last line, beyond the line end, and negative ones are answered', async () => {
    const uri = corpus.uri('a.txt');
    await server.open(uri, ARTICLE);
    await server.waitForDiagnostics(uri);
    const positions: Position[] = [
      { line: 999, character: 0 },
      { line: 2, character: 10_000 },
      { line: 0, character: 2 ** 31 - 1 },
      { line: -1, character: -5 },
      { line: 2, character: -1 },
    ];
    for (const position of positions) {
      await allAnswered(requestsAbout(server, uri, position, { start: { line: -3, character: -3 }, end: position }));
    }
    // A reversed range too.
    await allAnswered(requestsAbout(server, uri, { line: 2, character: 5 }, { start: { line: 4, character: 0 }, end: { line: 0, character: 0 } }));
    await stillServing(server, uri);
    await server.close(uri);
  });

  test('a request cancelled at once is answered (with its result or as cancelled) and the server goes on', async () => {
    const uri = corpus.uri('a.txt');
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => {
      const source = new CancellationTokenSource();
      const request = i % 2 === 0
        ? server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Leitner' }, source.token)
        : server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 20 } }, source.token);
      source.cancel();
      return request;
    }));
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') {
        assert.ok(outcome.reason instanceof ResponseError && outcome.reason.code === LSPErrorCodes.RequestCancelled, String(outcome.reason));
      }
    }
    await stillServing(server, uri);
  });

  test('a command with arguments of the wrong kind is answered with an error', async () => {
    await assert.rejects(
      server.connection.sendRequest(ExecuteCommandRequest.type, { command: 'sourceLens.markChecked', arguments: [42, { not: 'a key' }] }),
      (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.InvalidParams,
    );
    await assert.rejects(
      server.connection.sendRequest(ExecuteCommandRequest.type, { command: 'rm -rf /', arguments: [] }),
      (error: unknown) => error instanceof ResponseError,
    );
    await stillServing(server, corpus.uri('a.txt'));
  });

  test('a change with a stale version is ignored and logged; the next full text resynchronises', async () => {
    const uri = corpus.uri('b.txt');
    await server.open(uri, ARTICLE, 'news-article', 5);
    await server.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'noise.social-share'));
    // Version 3 is older than the open document's 5: applying it would edit text the client no longer has.
    await server.change(uri, 3, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 6 } }, text: 'Ein ganz normaler Satz.' }]);
    await server.waitUntil('a log line about the stale change', () => server.logs.some((line) => /stale|older/i.test(line) && line.includes('b.txt')));
    await stillServing(server, uri);
    const unchanged = await server.waitForDiagnostics(uri);
    assert.ok(unchanged.some((d) => d.code === 'noise.social-share'), 'the stale change was not applied');
    // A full-text change with a newer version brings the server back in step.
    await server.change(uri, 6, [{ text: 'Streit um den Bahnhof\n\nEin ganz normaler Satz.\n' }]);
    await server.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'noise.social-share'));
    await server.close(uri);
  });

  test('a change to a document that is not open is ignored', async () => {
    await server.change('file:///nowhere/never-opened.txt', 2, [{ text: 'x' }]);
    await stillServing(server, corpus.uri('a.txt'));
  });
});

describe('files that vanish while open', () => {
  test('deleted: the editor copy stays analysed; closing it clears its diagnostics', async () => {
    const corpus = new TempCorpus({ 'gone.txt': ARTICLE, 'other.txt': 'Titel\n\nEin Satz.\n' });
    const server = await ServerUnderTest.start({ rootUri: corpus.rootUri });
    try {
      await server.indexingFinished();
      const uri = corpus.uri('gone.txt');
      await server.open(uri, ARTICLE);
      await server.waitForDiagnostics(uri, (d) => d.length > 0);
      rmSync(corpus.path('gone.txt'));
      await server.filesChanged([{ uri, type: FileChangeType.Deleted }]);
      await stillServing(server, uri);
      const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      assert.ok(symbols && symbols.length > 0, 'the open document is still served from the editor text');
      assert.ok((server.diagnostics.get(uri) ?? []).length > 0, 'its diagnostics stay while it is open');
      await server.close(uri);
      await server.waitForDiagnostics(uri, (d) => d.length === 0);
      await stillServing(server, corpus.uri('other.txt'));
    } finally {
      server.kill();
      corpus.dispose();
    }
  });

  test('renamed: the new name is indexed, the old open document is served until it is closed', async () => {
    const corpus = new TempCorpus({ 'old.txt': ARTICLE });
    const server = await ServerUnderTest.start({ rootUri: corpus.rootUri });
    try {
      await server.indexingFinished();
      const oldUri = corpus.uri('old.txt');
      const newUri = corpus.uri('new.txt');
      await server.open(oldUri, ARTICLE);
      await server.waitForDiagnostics(oldUri, (d) => d.length > 0);
      renameSync(corpus.path('old.txt'), corpus.path('new.txt'));
      await server.filesChanged([{ uri: oldUri, type: FileChangeType.Deleted }, { uri: newUri, type: FileChangeType.Created }]);
      await server.waitForDiagnostics(newUri, (d) => d.some((x) => x.code === 'noise.social-share'));
      assert.ok((server.diagnostics.get(oldUri) ?? []).length > 0, 'the old name, still open, keeps its diagnostics');
      await server.close(oldUri);
      await server.waitForDiagnostics(oldUri, (d) => d.length === 0);
      await stillServing(server, newUri);
    } finally {
      server.kill();
      corpus.dispose();
    }
  });
});

describe('before initialize', () => {
  test('a request before initialize is answered, and initialize still works after it', async () => {
    const corpus = new TempCorpus({ 'a.txt': ARTICLE });
    const server = await ServerUnderTest.start({ rootUri: corpus.rootUri, skipInitialize: true });
    try {
      const early = await Promise.allSettled([
        server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: corpus.uri('a.txt') }, position: { line: 0, character: 0 } }),
        server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: corpus.uri('a.txt') } }),
      ]);
      for (const outcome of early) {
        if (outcome.status === 'rejected') assert.equal((outcome.reason as ResponseError).code, ErrorCodes.ServerNotInitialized, String(outcome.reason));
        else assert.ok(isEmpty(outcome.value), JSON.stringify(outcome.value));
      }
      await server.initialize();
      await server.indexingFinished();
      await server.waitForDiagnostics(corpus.uri('a.txt'), (d) => d.length > 0);
      await stillServing(server, corpus.uri('a.txt'));
    } finally {
      server.kill();
      corpus.dispose();
    }
  });
});

describe('a handler that throws (fault injected through SOURCE_LENS_INJECT_FAULT)', () => {
  test('a throwing request handler is answered with an error and logged; the server keeps serving', async () => {
    const corpus = new TempCorpus({ 'a.txt': ARTICLE });
    const server = await ServerUnderTest.start({ rootUri: corpus.rootUri, env: { SOURCE_LENS_INJECT_FAULT: 'hover,opening a document' } });
    try {
      await server.indexingFinished();
      const uri = corpus.uri('a.txt');
      await assert.rejects(
        server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 20 } }),
        (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.InternalError && /hover/.test(error.message),
      );
      await server.waitUntil('the hover failure in the log', () => server.logs.some((line) => line.includes('hover failed') && line.includes('injected fault')));
      // A throwing notification handler (didOpen) is logged too, and the server goes on.
      await server.open(uri, ARTICLE);
      await server.waitUntil('the didOpen failure in the log', () => server.logs.some((line) => line.includes('opening a document failed')));
      await stillServing(server, uri);
      await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 20 } }).catch(() => undefined);
      const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      assert.ok(symbols && symbols.length > 0, 'other features still work');
    } finally {
      server.kill();
      corpus.dispose();
    }
  });
});
