import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CancellationTokenSource,
  DefinitionRequest,
  HoverRequest,
  LSPErrorCodes,
  ReferencesRequest,
  ResponseError,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { TempCorpus } from '../support/tempCorpus';
import { ServerUnderTest } from './serverUnderTest';

const ARTICLE = [
  ' date 2026-05 Streit um die Hafenreform in Birkenau',
  '',
  '„Die Hafenreform ist überfällig, aber sie ist nicht bezahlbar“, sagte Bürgermeisterin Greta Halldorf am Montag.',
  '',
  'Greta Halldorf will die Pläne im Juni dem Stadtrat vorlegen.',
  '',
].join('\n');
const OTHER = [
  ' date 2026-05 Hafenreform: Bürgermeisterin unter Druck',
  '',
  'Halldorf sagte: „Die Hafenreform ist überfällig, aber sie ist nicht bezahlbar.“',
  '',
].join('\n');

/** An open document whose analysis keeps the server busy while the next messages arrive (about 80 KB). */
const BUSY_TEXT = ` date 2026-05 Lange Chronik\n\n${Array.from({ length: 240 }, (_, i) =>
  `Am ${(i % 28) + 1}. Mai sagte Sprecher Jonas Feldmann in Birkenau: „Wir prüfen die Pläne für das Jahr ${2000 + i} sehr genau.“ Beobachter meinen, die Reform komme zu spät.`).join('\n\n')}\n`;

const ON_NAME: Position = { line: 2, character: ARTICLE.split('\n')[2]!.indexOf('Halldorf') + 2 };
const IN_QUOTATION: Position = { line: 2, character: 10 };

const isCancelled = (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled;

describe('responsiveness', () => {
  let corpus: TempCorpus;
  let server: ServerUnderTest;

  before(async () => {
    corpus = new TempCorpus({ 'hafen.txt': ARTICLE, 'andere.txt': OTHER });
    server = await ServerUnderTest.start({ rootUri: corpus.rootUri });
    await server.indexingFinished();
    await server.waitForDiagnostics(corpus.uri('hafen.txt'));
  });

  after(() => {
    server.kill();
    corpus.dispose();
  });

  test('the positions used below find something when the request is not cancelled', async () => {
    const textDocument = { uri: corpus.uri('hafen.txt') };
    assert.notEqual(await server.connection.sendRequest(HoverRequest.type, { textDocument, position: ON_NAME }), null);
    const definition = await server.connection.sendRequest(DefinitionRequest.type, { textDocument, position: IN_QUOTATION });
    assert.ok(Array.isArray(definition) && definition.length > 0);
  });

  for (const [name, send] of [
    ['hover', (token: CancellationTokenSource['token']) =>
      server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: corpus.uri('hafen.txt') }, position: ON_NAME }, token)],
    ['definition', (token: CancellationTokenSource['token']) =>
      server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: corpus.uri('hafen.txt') }, position: IN_QUOTATION }, token)],
    ['references', (token: CancellationTokenSource['token']) =>
      server.connection.sendRequest(ReferencesRequest.type, {
        textDocument: { uri: corpus.uri('hafen.txt') }, position: ON_NAME, context: { includeDeclaration: true },
      }, token)],
  ] as const) {
    test(`a ${name} request cancelled while it waits behind an analysis is answered as cancelled`, async () => {
      // The request waits behind the analysis of a document opened just before it; its cancellation
      // must reach the server before that analysis ends. On a loaded machine the client can be
      // descheduled between the two writes for longer than the analysis takes, so a few attempts are
      // allowed: a server that ignores cancellation answers every one of them.
      const outcomes: string[] = [];
      for (let attempt = 1; attempt <= 3; attempt++) {
        const busy = corpus.uri(`busy-${name}-${attempt}.txt`);
        const opened = server.open(busy, BUSY_TEXT);
        const source = new CancellationTokenSource();
        const answer = send(source.token);
        source.cancel();
        await opened;
        const outcome = await answer.then((result) => `answered with ${JSON.stringify(result)?.slice(0, 60)}`, (error: unknown) =>
          isCancelled(error) ? 'cancelled' : `failed: ${String(error)}`);
        await server.close(busy);
        outcomes.push(outcome);
        if (outcome === 'cancelled') return;
      }
      assert.fail(`never answered as cancelled: ${outcomes.join('; ')}`);
    });
  }

  test('rapid edits are analysed once the typing pauses, and diagnostics name the newest version', async () => {
    const uri = corpus.uri('typing.txt');
    await server.open(uri, 'Titel\n\nSie sagte: „Das bleibt offen.“\n', 'news-article', 1);
    await server.waitUntil('diagnostics of version 1', () => server.publishedVersions.get(uri)?.includes(1) === true);
    await new Promise((resolve) => setTimeout(resolve, 150)); // longer than the debounce: the next edit starts a burst
    // Version 2 removes the closing mark, version 3 and 4 type after it; only the last text counts.
    await server.change(uri, 2, [{ range: { start: { line: 2, character: 29 }, end: { line: 2, character: 30 } }, text: '' }]);
    await server.change(uri, 3, [{ range: { start: { line: 2, character: 29 }, end: { line: 2, character: 29 } }, text: ' Und' }]);
    await server.change(uri, 4, [{ range: { start: { line: 2, character: 33 }, end: { line: 2, character: 33 } }, text: ' dann“' }]);
    await server.waitUntil('diagnostics of version 4', () => server.publishedVersions.get(uri)?.includes(4) === true);
    const versions = server.publishedVersions.get(uri)!;
    assert.ok(!versions.includes(3), `version 3 was superseded before its analysis, yet published: ${versions.join(', ')}`);
    assert.deepEqual(versions.filter((v) => v === 1), [1], 'opening a document analyses it once');
    assert.equal(versions.at(-1), 4);
    assert.deepEqual(server.diagnostics.get(uri)?.filter((d) => d.code === 'quote.unbalanced'), []);
    await new Promise((resolve) => setTimeout(resolve, 150));
    assert.equal(server.publishedVersions.get(uri)!.at(-1), 4, 'no older version is published after the newest');
  });
});
