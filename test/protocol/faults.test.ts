import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DocumentSymbolRequest } from 'vscode-languageserver-protocol/node';
import { TempCorpus } from '../support/tempCorpus';
import { ServerUnderTest } from './serverUnderTest';

describe('the server survives bad messages', () => {
  test('a well-framed body that is not JSON, and an unknown method, leave the server serving', async () => {
    const corpus = new TempCorpus({ 'a.txt': 'Titel\n\nEr sagte: „offen\n' });
    const server = await ServerUnderTest.start({ rootUri: corpus.rootUri });
    try {
      await server.indexingFinished();
      const garbage = Buffer.from('{ this is not json', 'utf8');
      server.process.stdin.write(`Content-Length: ${garbage.length}\r\n\r\n`);
      server.process.stdin.write(garbage);
      await assert.rejects(server.connection.sendRequest('sourceLens/noSuchMethod', {}), /Unhandled method|not found/i);
      const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: corpus.uri('a.txt') } });
      assert.ok(Array.isArray(symbols));
      assert.equal(server.process.exitCode, null, 'the process is still running');
    } finally {
      server.kill();
      corpus.dispose();
    }
  });
});
