/**
 * Data safety of .source-lens/reviews.json: a corrupt file is reported and
 * never silently overwritten (a mark moves it aside first), a `.source-lens`
 * that links out of the workspace is never written through, and a FIFO in the
 * file's place does not hang the store.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { sentenceKey } from '../../server/src/core/claims/reviewKey';
import { ReviewStore } from '../../server/src/lsp/reviews/reviewStore';
import { TempCorpus } from '../support/tempCorpus';

const SENTENCE = 'Die Kosten stiegen um 14 Prozent.';
const REVIEW = { text: SENTENCE, by: 'tester', at: '2026-03-01T10:00:00.000Z' };

describe('reviews.json data safety', () => {
  let corpus: TempCorpus;
  let warnings: string[];
  let store: ReviewStore;
  beforeEach(() => {
    corpus = new TempCorpus();
    warnings = [];
    store = new ReviewStore({ warn: (message) => warnings.push(message), now: () => new Date('2026-03-02T08:00:00Z') });
  });
  afterEach(() => corpus.dispose());

  test('a corrupt file is reported, left alone on load, and moved aside (not overwritten) by the next mark', async () => {
    corpus.write('.source-lens/reviews.json', '{ "version": 1, "reviews": { broken');
    await store.load([corpus.root]);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /could not be read \(not valid JSON/);
    assert.equal(readFileSync(corpus.path('.source-lens/reviews.json'), 'utf8'), '{ "version": 1, "reviews": { broken', 'untouched at load');
    assert.equal(await store.unmark(sentenceKey(SENTENCE)), 0, 'unmark never rewrites a corrupt file');
    assert.equal(readFileSync(corpus.path('.source-lens/reviews.json'), 'utf8'), '{ "version": 1, "reviews": { broken');
    await store.mark(corpus.root, sentenceKey(SENTENCE), REVIEW);
    const names = readdirSync(corpus.path('.source-lens')).sort();
    assert.deepEqual(names, ['reviews.json', 'reviews.json.corrupt-2026-03-02T08-00-00-000Z']);
    assert.equal(readFileSync(corpus.path('.source-lens/reviews.json.corrupt-2026-03-02T08-00-00-000Z'), 'utf8'), '{ "version": 1, "reviews": { broken');
    assert.match(warnings.at(-1)!, /moved aside/);
  });

  test('a .source-lens linked out of the workspace folder is never written through', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'source-lens-outside-'));
    try {
      symlinkSync(outside, corpus.path('.source-lens'), 'dir');
      await store.load([corpus.root]);
      await assert.rejects(store.mark(corpus.root, sentenceKey(SENTENCE), REVIEW), /leads outside the workspace folder/);
      assert.deepEqual(readdirSync(outside), [], 'nothing was written outside');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  test('a FIFO in place of reviews.json is reported as unreadable instead of hanging the store', { skip: process.platform !== 'linux', timeout: 10_000 }, async () => {
    corpus.write('.source-lens/keep', '');
    execFileSync('mkfifo', [corpus.path('.source-lens/reviews.json')]);
    await store.load([corpus.root]);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /not a regular file/);
  });
});
