/**
 * The server over a hostile folder: VS Code's files.exclude is respected at
 * indexing and for files that appear later; binary, Windows-1252 and
 * unreadable files each get one diagnostic at the start saying what happened;
 * the rest of the corpus is analysed.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { describe, test } from 'node:test';
import { FileChangeType } from 'vscode-languageserver-protocol/node';
import { encodeWindows1252 } from '../../server/src/core/text/windows1252';
import { TempCorpus } from '../support/tempCorpus';
import { ServerUnderTest } from './serverUnderTest';

const ARTICLE = 'Titel\n\nDer Stadtrat hat am Dienstag getagt, sagte ein Sprecher.\n\nTeilen\n';
const linux = process.platform === 'linux';

describe('the server over a hostile folder', () => {
  test('files.exclude leaves out folders and files, also ones created later', async () => {
    const corpus = new TempCorpus({ 'keep.txt': ARTICLE, 'archive/old.txt': ARTICLE, 'x/drafts/draft.txt': ARTICLE, 'off.txt': ARTICLE });
    const server = await ServerUnderTest.start({
      rootUri: corpus.rootUri,
      filesExclude: { archive: true, '**/drafts': true, 'off.txt': false, '**/*.js': { when: '$(basename).ts' } },
    });
    try {
      await server.indexingFinished();
      await server.waitForDiagnostics(corpus.uri('keep.txt'), (d) => d.length > 0);
      await server.waitForDiagnostics(corpus.uri('off.txt'), (d) => d.length > 0);
      corpus.write('archive/new.txt', ARTICLE);
      corpus.write('fresh.txt', ARTICLE);
      await server.filesChanged([
        { uri: corpus.uri('archive/new.txt'), type: FileChangeType.Created },
        { uri: corpus.uri('fresh.txt'), type: FileChangeType.Created },
      ]);
      await server.waitForDiagnostics(corpus.uri('fresh.txt'), (d) => d.length > 0);
      for (const name of ['archive/old.txt', 'x/drafts/draft.txt', 'archive/new.txt']) {
        assert.equal(server.diagnostics.get(corpus.uri(name)), undefined, `${name} is excluded`);
      }
    } finally {
      server.kill();
      corpus.dispose();
    }
  });

  test('binary, Windows-1252 and unreadable files each get one diagnostic; the rest is analysed', { skip: !linux }, async () => {
    const corpus = new TempCorpus({
      'good.txt': ARTICLE,
      'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'latin1.txt': encodeWindows1252('Grüße\n\nDie Straße wird für 2 Mio. € saniert, sagte er.\n\nTeilen\n'),
    });
    execFileSync('mkfifo', [corpus.path('pipe.txt')]);
    symlinkSync('/proc/self/mem', corpus.path('mem.txt'));
    symlinkSync(corpus.root, corpus.path('loop'), 'dir');
    const server = await ServerUnderTest.start({ rootUri: corpus.rootUri });
    try {
      await server.indexingFinished();
      const binary = await server.waitForDiagnostics(corpus.uri('binary.txt'));
      assert.deepEqual(binary.map((d) => d.code), ['file.not-text']);
      const latin1 = await server.waitForDiagnostics(corpus.uri('latin1.txt'), (d) => d.length > 1);
      assert.equal(latin1[0]?.code, 'file.decoded-windows-1252');
      assert.ok(latin1.some((d) => d.code === 'noise.social-share'), 'the Windows-1252 article is analysed');
      const mem = await server.waitForDiagnostics(corpus.uri('mem.txt'));
      assert.deepEqual(mem.map((d) => d.code), ['file.unreadable']);
      await server.waitForDiagnostics(corpus.uri('good.txt'), (d) => d.some((x) => x.code === 'noise.social-share'));
      // A FIFO appearing later, named like an article, is skipped at once, not read.
      await server.filesChanged([{ uri: corpus.uri('pipe.txt'), type: FileChangeType.Created }]);
      const pipe = await server.waitForDiagnostics(corpus.uri('pipe.txt'));
      assert.deepEqual(pipe.map((d) => d.code), ['file.unreadable']);
      assert.match(String(pipe[0]!.message), /pipe/);
      assert.ok(server.running);
    } finally {
      server.kill();
      corpus.dispose();
    }
  });
  test('beyond sourceLens.maxArticles, files are left out with a warning that names them; an opened one is analysed', async () => {
    const corpus = new TempCorpus({ 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'c.txt': ARTICLE, 'd.txt': ARTICLE, 'e.txt': ARTICLE });
    const server = await ServerUnderTest.start({ rootUri: corpus.rootUri, settings: { maxArticles: 3 } });
    try {
      await server.indexingFinished();
      for (const name of ['a.txt', 'b.txt', 'c.txt']) await server.waitForDiagnostics(corpus.uri(name), (d) => d.length > 0);
      for (const name of ['d.txt', 'e.txt']) assert.equal(server.diagnostics.get(corpus.uri(name)), undefined, `${name} is left out`);
      const leftOutWarning = () => server.messages.find((message) => message.message.includes('sourceLens.maxArticles'));
      await server.waitUntil('a warning that names the setting', () => leftOutWarning() !== undefined, 10_000);
      const warning = leftOutWarning()!;
      assert.match(warning.message, /5 article files/);
      assert.match(warning.message, /2 files from \S*d\.txt on/);
      // A file created later is left out too; one opened in an editor is analysed all the same.
      corpus.write('f.txt', ARTICLE);
      await server.filesChanged([{ uri: corpus.uri('f.txt'), type: FileChangeType.Created }]);
      await server.open(corpus.uri('e.txt'), ARTICLE);
      await server.waitForDiagnostics(corpus.uri('e.txt'), (d) => d.length > 0);
      const published = await server.waitUntil('f.txt', () => server.diagnostics.has(corpus.uri('f.txt')), 2_000).then(() => true, () => false);
      assert.equal(published, false, 'f.txt is left out');
    } finally {
      server.kill();
      corpus.dispose();
    }
  });
});
