import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { CACHE_FILE_NAME } from '../../server/src/node/diagnosticsCache';
import { repoRoot } from '../support/repo';
import { TempCorpus } from '../support/tempCorpus';
import { ServerUnderTest } from './serverUnderTest';

const SAMPLES = ['de-grenzland-kurier-belowa.txt', 'de-morgenpost-ost-vollmer.txt', 'de-tagesblick-gipfel.txt', 'en-daily-courier-summit.txt'];
/** Sorted first, so without the cache its analysis would be published before any other file's. */
const CHANGED = 'a-changed.txt';
const UNCHANGED = SAMPLES.map((name) => `b-${name}`);
const ADDED_PARAGRAPH = '\n\nDer Sprecher sagte am Abend: „Wir prüfen das noch einmal genau.\n';

const sample = (name: string) => readFileSync(join(repoRoot(), 'samples', name), 'utf8');

describe('diagnostics cache across restarts', () => {
  let corpus: TempCorpus;
  let storage: TempCorpus;
  const firstRun = new Map<string, Diagnostic[]>();

  before(async () => {
    corpus = new TempCorpus({ [CHANGED]: sample('de-rundschau-online-genf.txt') });
    for (const [i, name] of SAMPLES.entries()) corpus.write(UNCHANGED[i]!, sample(name));
    storage = new TempCorpus();
    const server = await start();
    try {
      await server.indexingFinished();
      for (const name of [CHANGED, ...UNCHANGED]) firstRun.set(name, await server.waitForDiagnostics(corpus.uri(name)));
    } finally {
      await server.shutdown().catch(() => server.kill());
    }
  });

  after(() => {
    corpus.dispose();
    storage.dispose();
  });

  const start = (transport: 'stdio' | 'ipc' = 'stdio') => ServerUnderTest.start({ rootUri: corpus.rootUri, initializationOptions: { cacheFolder: storage.root }, transport });

  test('the first run leaves a cache in the storage folder', () => {
    assert.ok(existsSync(storage.path(CACHE_FILE_NAME)));
    assert.ok(UNCHANGED.some((name) => firstRun.get(name)!.length > 0), 'the samples have findings to cache');
  });

  test('a restart shows the cached diagnostics of unchanged files before analysing, and re-analyses a changed file', async () => {
    corpus.write(CHANGED, sample('de-rundschau-online-genf.txt') + ADDED_PARAGRAPH);
    const server = await start();
    try {
      let changedSeenFirst: boolean | undefined;
      let indexingEndedFirst: boolean | undefined;
      await server.waitUntil('diagnostics of every unchanged file', () => {
        if (!UNCHANGED.every((name) => server.diagnostics.has(corpus.uri(name)))) return false;
        changedSeenFirst = server.diagnostics.has(corpus.uri(CHANGED));
        indexingEndedFirst = server.progress.some((event) => event.value.kind === 'end');
        return true;
      });
      assert.equal(changedSeenFirst, false, 'unchanged files came from the cache, before the first file was analysed');
      assert.equal(indexingEndedFirst, false);
      for (const name of UNCHANGED) assert.deepEqual(server.diagnostics.get(corpus.uri(name)), firstRun.get(name), name);

      await server.indexingFinished();
      const changed = await server.waitForDiagnostics(corpus.uri(CHANGED));
      assert.ok(changed.some((diagnostic) => diagnostic.code === 'quote.unbalanced'), 'the changed file was analysed again');
      await server.waitUntil('the cache log line', () => server.logs.some((line) => line.includes(`showed the cached diagnostics of ${UNCHANGED.length} of ${UNCHANGED.length + 1}`)));
      for (const name of UNCHANGED) {
        assert.deepEqual(server.diagnostics.get(corpus.uri(name)), firstRun.get(name), name);
        assert.equal(server.publishCount.get(corpus.uri(name)), 1, `${name}: the analysis agreed with the cache, so nothing was sent again`);
      }
    } finally {
      await server.shutdown().catch(() => server.kill());
    }
  });

  test('a damaged cache is ignored with a log line, and written anew', async () => {
    writeFileSync(storage.path(CACHE_FILE_NAME), '{"format":1,"analyser":');
    const server = await start();
    try {
      await server.indexingFinished();
      for (const name of UNCHANGED) assert.deepEqual(await server.waitForDiagnostics(corpus.uri(name)), firstRun.get(name));
      assert.ok(server.logs.some((line) => line.includes('no cached diagnostics used')));
    } finally {
      await server.shutdown().catch(() => server.kill());
    }
    assert.ok(readFileSync(storage.path(CACHE_FILE_NAME), 'utf8').trimEnd().split('\n').length >= 3);
  });

  test('over Node\'s IPC channel, as VS Code talks, a restart shows the same cached diagnostics before any article is read', async () => {
    const server = await start('ipc');
    try {
      let indexingBegunFirst: boolean | undefined;
      await server.waitUntil('diagnostics of every unchanged file', () => {
        if (!UNCHANGED.every((name) => server.diagnostics.has(corpus.uri(name)))) return false;
        indexingBegunFirst = server.progress.some((event) => event.value.kind === 'report');
        return true;
      });
      assert.equal(indexingBegunFirst, false, 'no article was read before the client had the cached diagnostics');
      for (const name of UNCHANGED) assert.deepEqual(server.diagnostics.get(corpus.uri(name)), firstRun.get(name), name);
      await server.indexingFinished();
      for (const name of UNCHANGED) assert.equal(server.publishCount.get(corpus.uri(name)), 1, name);
    } finally {
      await server.shutdown().catch(() => server.kill());
    }
  });
});
