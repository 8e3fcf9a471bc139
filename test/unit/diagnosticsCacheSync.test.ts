import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS, maxFileBytes } from '../../server/src/core/settings';
import { readArticleFile } from '../../server/src/node/readArticleFile';
import { ArticleWorkspace } from '../../server/src/lsp/articleWorkspace';
import { DiagnosticsCacheSync, type CacheSyncOptions } from '../../server/src/lsp/diagnosticsCacheSync';
import { uriOfPath } from '../../server/src/lsp/uris';
import { repoRoot } from '../support/repo';
import { TempCorpus } from '../support/tempCorpus';

const SAMPLES = ['de-grenzland-kurier-belowa.txt', 'de-tagesblick-gipfel.txt', 'en-daily-courier-summit.txt'];

interface Sent {
  readonly uri: string;
  readonly diagnostics: Diagnostic[];
}

function startSync(storage: string, folder: string, options: Partial<CacheSyncOptions> = {}) {
  const sent: Sent[] = [];
  const sync = new DiagnosticsCacheSync((uri, diagnostics) => void sent.push({ uri, diagnostics }), { log: () => undefined, ...options });
  const workspace = new ArticleWorkspace(sync.publish);
  sync.attach(workspace);
  sync.useStorage(storage, 'en');
  workspace.configure([folder], DEFAULT_SETTINGS);
  return { sync, workspace, sent };
}

async function until(check: () => boolean): Promise<void> {
  for (let waited = 0; !check(); waited += 5) {
    if (waited > 20_000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const turns = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('showing the diagnostics cache', () => {
  let corpus: TempCorpus;
  let storage: TempCorpus;
  let paths: string[];
  const analysed = new Map<string, Diagnostic[]>();

  before(async () => {
    corpus = new TempCorpus();
    for (const name of SAMPLES) corpus.write(name, readFileSync(join(repoRoot(), 'samples', name), 'utf8'));
    storage = new TempCorpus();
    paths = SAMPLES.map((name) => corpus.path(name));
    const { sync, workspace, sent } = startSync(storage.root, corpus.root);
    await sync.indexingStarts(paths);
    for (const path of paths) workspace.applyDiskRead(uriOfPath(path), await readArticleFile(path, maxFileBytes(DEFAULT_SETTINGS)));
    await sync.indexingEnds(true);
    await sync.flush();
    for (const { uri, diagnostics } of sent) analysed.set(uri, diagnostics);
  });

  after(() => {
    corpus.dispose();
    storage.dispose();
  });

  test('the indexing waits until the client has answered a request sent after the cached diagnostics', async () => {
    assert.ok([...analysed.values()].some((diagnostics) => diagnostics.length > 0), 'the samples have findings to cache');
    // Under load a slice may end between two files: a round trip per slice, all held until the test answers.
    const answers: (() => void)[] = [];
    const { sync, sent } = startSync(storage.root, corpus.root, {
      roundTrip: () => new Promise<void>((resolve) => answers.push(resolve)),
    });
    let started = false;
    const starting = sync.indexingStarts(paths).then(() => (started = true));
    await until(() => sent.length === SAMPLES.length && answers.length > 0);
    for (const { uri, diagnostics } of sent) assert.deepEqual(diagnostics, analysed.get(uri), uri);
    await turns(20);
    assert.equal(started, false, 'no indexing before the client answered');
    for (const answer of answers) answer();
    await starting;
    assert.equal(started, true);
  });

  test('a client that never answers delays the indexing, but does not stop it', async () => {
    const { sync, sent } = startSync(storage.root, corpus.root, { roundTrip: () => new Promise<void>(() => undefined), roundTripTimeoutMs: 50 });
    await sync.indexingStarts(paths);
    assert.equal(sent.length, SAMPLES.length);
  });
});
