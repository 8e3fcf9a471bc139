/**
 * Batch loading: the Corpus puts off what depends on other articles until
 * endBatch, and then ends in the same state as loading one file at a time.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Corpus } from '../../server/src/core/corpus/corpus';

const SAMPLES = join(__dirname, '..', '..', '..', 'samples');
const samples = readdirSync(SAMPLES)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => [name, readFileSync(join(SAMPLES, name), 'utf8')] as const);

// A site's footer that no lexicon knows: only the corpus can tell it is boilerplate.
const FOOTER = 'Ihre Lokalzeitung am Fluss, jeden Morgen neu.';

function article(topic: string): string {
  return [
    `${topic}: Gemeinderat vertagt die Entscheidung`,
    '',
    `Der Gemeinderat hat am Montag über ${topic} gestritten und die Abstimmung verschoben, wie die Verwaltung mitteilte.`,
    '',
    FOOTER,
  ].join('\n');
}

const variants = (corpus: Corpus, key: string) => corpus.findings(key).filter((f) => f.code === 'quote.variant');

describe('Corpus batches', () => {
  test('a batch ends with the findings of loading one file at a time', () => {
    const oneByOne = new Corpus();
    for (const [key, text] of samples) oneByOne.setText(key, text);
    const batched = new Corpus();
    batched.beginBatch();
    for (const [key, text] of samples) assert.deepEqual(batched.setText(key, text), [key]);
    const changed = batched.endBatch();
    for (const [key] of samples) assert.deepEqual(batched.findings(key), oneByOne.findings(key), key);
    // The samples quote the same statements in different words: those articles change at the end.
    const withVariants = samples.map(([key]) => key).filter((key) => variants(oneByOne, key).length > 0);
    assert.ok(withVariants.length >= 2);
    assert.deepEqual(changed.filter((key) => withVariants.includes(key)).sort(), withVariants.sort());
  });

  test('quote.variant and shared boilerplate wait for the end of the batch', () => {
    const corpus = new Corpus();
    corpus.beginBatch();
    for (const [key, text] of samples) corpus.setText(key, text);
    for (const topic of ['Hafen', 'Schwimmbad', 'Radweg']) corpus.setText(topic, article(topic));
    assert.equal(samples.some(([key]) => variants(corpus, key).length > 0), false);
    assert.equal(corpus.findings('Hafen').some((f) => f.code.startsWith('noise.')), false);
    const changed = corpus.endBatch();
    assert.ok(samples.some(([key]) => variants(corpus, key).length > 0));
    for (const topic of ['Hafen', 'Schwimmbad', 'Radweg']) assert.ok(corpus.findings(topic).some((f) => f.code.startsWith('noise.')), topic);
    // The third copy of the footer was already seen as boilerplate when its own article was analysed.
    assert.deepEqual(changed.filter((key) => ['Hafen', 'Schwimmbad', 'Radweg'].includes(key)).sort(), ['Hafen', 'Schwimmbad']);
    assert.deepEqual(corpus.endBatch(), []);
  });

  test('the full claim analysis is recomputed on request and agrees with the summary', () => {
    const corpus = new Corpus();
    for (const [key, text] of samples) corpus.setText(key, text);
    const [key] = samples[0]!;
    const entry = corpus.get(key);
    assert.equal(entry?.kind, 'article');
    if (entry?.kind !== 'article') return;
    const full = corpus.claimAnalysis(key)!;
    assert.deepEqual(full.sentences.map(({ sentence, span, key, verdict }) => ({ sentence, span, key, verdict })), entry.claims.sentences);
    assert.equal(full.discourse.sentences.length, entry.claims.sentences.length);
    // The claim hover reads the flagged sentences with their reasons from the summary.
    const flagged = full.sentences.filter((s) => s.verdict === 'unattributed' || s.verdict === 'vague');
    assert.ok(flagged.length > 0);
    // All but the one-line explanation, which only the full analysis keeps.
    assert.deepEqual(entry.claims.flagged.map((f) => f.assessment), flagged.map(({ explanation: _explanation, ...kept }) => kept));
    assert.deepEqual(entry.claims.flagged.map((f) => f.mood), flagged.map((s) => full.discourse.sentences[s.sentence]!.mood));
    assert.equal(corpus.claimAnalysis(key), full);
    corpus.setText(key, `${samples[0]![1]}\n`);
    assert.notEqual(corpus.claimAnalysis(key), full);
    assert.equal(corpus.claimAnalysis('missing'), undefined);
  });
});
