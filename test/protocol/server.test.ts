import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DocumentSymbolRequest, FileChangeType, SymbolKind, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { TempCorpus } from '../support/tempCorpus';
import { ServerUnderTest } from './serverUnderTest';

const CLEAN = ' date 2026-03 Gipfel in Genf endet ohne Einigung\n\nDie Gespräche dauerten bis in die Nacht, sagte die Sprecherin Irina Belowa.\n';
const UNBALANCED = 'Vollmer warnt vor Eskalation\n\nVollmer sagte: „Wir werden nicht zurückweichen. Das ist unsere Linie.\n\nDanach ging sie.\n';
const EMOJI_CRLF = 'Reaktionen im Netz\r\n\r\nNutzer teilten den Beitrag.\r\n👍👍 Ein Nutzer schrieb: „Endlich Klarheit\r\n';

const codes = (diagnostics: { code?: string | number }[]) => diagnostics.map((d) => d.code);

describe('language server over stdio', () => {
  let corpus: TempCorpus;
  let server: ServerUnderTest;

  before(async () => {
    corpus = new TempCorpus({
      'clean.txt': CLEAN,
      'nested/unbalanced.txt': UNBALANCED,
      'emoji-crlf.txt': EMOJI_CRLF,
      'binary.txt': new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01, 0x02]),
      'latin1.txt': new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x0a]),
      'empty.txt': '',
      'notes.md': 'Not an article: „unclosed',
      'node_modules/dep/readme.txt': 'Ignored: „unclosed',
    });
    server = await ServerUnderTest.start({ rootUri: corpus.rootUri });
  });

  after(async () => {
    server.kill();
    corpus.dispose();
  });

  test('initialize announces incremental sync and the server name', () => {
    const result = server.initializeResult;
    assert.ok(result);
    assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(result.serverInfo?.name, 'source-lens');
  });

  test('indexes files that were never opened and reports work-done progress', async () => {
    await server.indexingFinished();
    const kinds = server.progress.map((event) => event.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
    assert.ok(kinds.includes('report'));

    const unbalanced = await server.waitForDiagnostics(corpus.uri('nested/unbalanced.txt'));
    assert.deepEqual(codes(unbalanced), ['quote.unbalanced']);
    assert.deepEqual(unbalanced[0].range, { start: { line: 2, character: 15 }, end: { line: 2, character: 16 } });
    assert.deepEqual(await server.waitForDiagnostics(corpus.uri('clean.txt')), []);
    assert.deepEqual(await server.waitForDiagnostics(corpus.uri('empty.txt')), []);
    assert.equal(server.diagnostics.has(corpus.uri('notes.md')), false, 'only article globs are indexed');
    assert.equal(server.diagnostics.has(corpus.uri('node_modules/dep/readme.txt')), false, 'node_modules is skipped');
  });

  test('skips files that are not text, with one information diagnostic on the first line', async () => {
    const binary = await server.waitForDiagnostics(corpus.uri('binary.txt'));
    assert.deepEqual(codes(binary), ['file.not-text']);
    assert.equal(binary[0].severity, 3);
    assert.equal(binary[0].range.start.line, 0);
    const latin1 = await server.waitForDiagnostics(corpus.uri('latin1.txt'));
    assert.deepEqual(codes(latin1), ['file.invalid-encoding']);
  });

  test('positions count UTF-16 code units across emoji and CRLF', async () => {
    const diagnostics = await server.waitForDiagnostics(corpus.uri('emoji-crlf.txt'));
    assert.deepEqual(codes(diagnostics), ['quote.unbalanced']);
    assert.deepEqual(diagnostics[0].range, { start: { line: 3, character: 25 }, end: { line: 3, character: 26 } });
  });

  test('the editor text wins over the disk, edits are incremental, closing reverts to the disk', async () => {
    const uri = corpus.uri('clean.txt');
    await server.open(uri, 'Titel\n\nSie sagte: „Das bleibt offen.\n');
    await server.waitForDiagnostics(uri, (d) => d.length === 1);

    // Close the quotation with an incremental edit at the end of line 2.
    await server.change(uri, 2, [{ range: { start: { line: 2, character: 29 }, end: { line: 2, character: 29 } }, text: '“' }]);
    await server.waitForDiagnostics(uri, (d) => d.length === 0);

    // Open a new quotation after an emoji: the position arrives in UTF-16 units.
    await server.change(uri, 3, [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } }, text: ' 🎉 „neu' }]);
    const reopened = await server.waitForDiagnostics(uri, (d) => d.length === 1);
    assert.deepEqual(reopened[0].range.start, { line: 0, character: 9 });

    await server.close(uri);
    await server.waitForDiagnostics(uri, (d) => d.length === 0);
  });

  test('the outline lists the headline, the places and the quotations', async () => {
    const uri = corpus.uri('outline.txt');
    await server.open(uri, 'Vollmer lädt nach Genf ein\n\n„Wir sind bereit“, sagte sie, „aber nicht um jeden Preis.“ Er sagte: „Nein.“\n');
    await server.waitForDiagnostics(uri);
    const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => [s.name, s.kind, s.detail]), [
      ['Vollmer lädt nach Genf ein', SymbolKind.File, undefined],
      ['Genf', SymbolKind.Namespace, 'place'],
      ['Wir sind bereit', SymbolKind.String, undefined],
      ['aber nicht um jeden Preis.', SymbolKind.String, 'continued'],
      ['Nein.', SymbolKind.String, undefined],
    ]);
    assert.deepEqual(symbols[2].selectionRange, { start: { line: 2, character: 1 }, end: { line: 2, character: 16 } });
    const unknown = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: corpus.uri('nothing-here.txt') } });
    assert.deepEqual(unknown, []);
    await server.close(uri);
  });

  test('accepts plaintext documents and ignores other languages', async () => {
    const plain = corpus.uri('scratch/plain.txt');
    await server.open(plain, 'Er rief: „Halt\n', 'plaintext');
    assert.deepEqual(codes(await server.waitForDiagnostics(plain)), ['quote.unbalanced']);
    await server.close(plain);
    await server.waitForDiagnostics(plain, (d) => d.length === 0);

    const markdown = corpus.uri('readme.md');
    await server.open(markdown, 'Er rief: „Halt\n', 'markdown');
    await server.open(corpus.uri('marker.txt'), 'Marker', 'plaintext');
    await server.waitForDiagnostics(corpus.uri('marker.txt'));
    assert.equal(server.diagnostics.has(markdown), false);
  });

  test('registers file watchers and follows created, changed, renamed and deleted files', async () => {
    await server.waitUntil('watcher registration', () => server.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'));

    corpus.write('late.txt', 'Spät\n\nEr sagte: „Morgen mehr.\n');
    await server.filesChanged([{ uri: corpus.uri('late.txt'), type: FileChangeType.Created }]);
    assert.deepEqual(codes(await server.waitForDiagnostics(corpus.uri('late.txt'))), ['quote.unbalanced']);

    corpus.write('late.txt', 'Spät\n\nEr sagte: „Morgen mehr.“\n');
    await server.filesChanged([{ uri: corpus.uri('late.txt'), type: FileChangeType.Changed }]);
    await server.waitForDiagnostics(corpus.uri('late.txt'), (d) => d.length === 0);

    corpus.write('renamed.txt', 'Spät\n\nEr sagte: „Morgen mehr.\n');
    corpus.remove('late.txt');
    await server.filesChanged([
      { uri: corpus.uri('late.txt'), type: FileChangeType.Deleted },
      { uri: corpus.uri('renamed.txt'), type: FileChangeType.Created },
    ]);
    assert.deepEqual(codes(await server.waitForDiagnostics(corpus.uri('renamed.txt'))), ['quote.unbalanced']);

    corpus.remove('nested');
    await server.filesChanged([{ uri: corpus.uri('nested'), type: FileChangeType.Deleted }]);
    await server.waitForDiagnostics(corpus.uri('nested/unbalanced.txt'), (d) => d.length === 0);
  });
});

describe('language server lifecycle', () => {
  test('shutdown then exit ends the process with code 0', async () => {
    const corpus = new TempCorpus({ 'a.txt': 'Kurz.\n' });
    const server = await ServerUnderTest.start({ rootUri: corpus.rootUri });
    try {
      await server.indexingFinished();
      assert.equal(await server.shutdown(), 0);
    } finally {
      server.kill();
      corpus.dispose();
    }
  });

  test('honours the articleFiles and maxFileSize settings', async () => {
    const corpus = new TempCorpus({
      'articles/a.news': 'Er sagte: „offen\n',
      'other.txt': 'Sie sagte: „offen\n',
      'big.article': `${'x'.repeat(3000)}\n`,
    });
    const server = await ServerUnderTest.start({
      rootUri: corpus.rootUri,
      settings: { articleFiles: ['articles/**/*.news'], maxFileSize: 0.001 },
    });
    try {
      await server.indexingFinished();
      assert.deepEqual(codes(await server.waitForDiagnostics(corpus.uri('articles/a.news'))), ['quote.unbalanced']);
      assert.deepEqual(codes(await server.waitForDiagnostics(corpus.uri('big.article'))), ['file.too-large']);
      assert.equal(server.diagnostics.has(corpus.uri('other.txt')), false);
    } finally {
      server.kill();
      corpus.dispose();
    }
  });

  test('works with a client that offers no configuration, progress or watchers', async () => {
    const corpus = new TempCorpus({ 'a.txt': 'Er sagte: „offen\n' });
    const server = await ServerUnderTest.start({ rootUri: corpus.rootUri, capabilities: {} });
    try {
      assert.deepEqual(codes(await server.waitForDiagnostics(corpus.uri('a.txt'))), ['quote.unbalanced']);
      assert.equal(server.progress.length, 0);
      assert.equal(server.registrations.length, 0);
    } finally {
      server.kill();
      corpus.dispose();
    }
  });
});
