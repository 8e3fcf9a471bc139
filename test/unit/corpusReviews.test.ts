/**
 * Review marks live in the Corpus: a mark drops the claim finding of its
 * sentence wherever that sentence occurs, and re-analyses only those articles.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Corpus } from '../../server/src/core/corpus/corpus';

const UNSOURCED = 'Die Sanierung des Hallenbads wird mindestens 14 Millionen Euro kosten.';
const flagged = (corpus: Corpus, key: string) => corpus.findings(key).filter((f) => f.code.startsWith('claim.'));

describe('Corpus review marks', () => {
  test('marking a sentence as checked drops its claim finding, only in the articles that hold it; unmarking brings it back', () => {
    const corpus = new Corpus();
    corpus.setText('bad.txt', `Hallenbad bleibt zu\n\n${UNSOURCED}\n`);
    corpus.setText('kopie.txt', `Streit um das Hallenbad\n\nDer Stadtrat tagt am Dienstag.\n\n${UNSOURCED}\n`);
    corpus.setText('anders.txt', 'Neuer Radweg\n\nDer neue Radweg wird 300.000 Euro kosten.\n');
    const before = flagged(corpus, 'bad.txt');
    assert.equal(before.length, 1, 'the unsourced number is flagged');
    const entry = corpus.get('bad.txt');
    assert.equal(entry?.kind, 'article');
    const sentences = entry?.kind === 'article' ? entry.claims.sentences : [];
    const key = sentences.find(({ span }) => entry!.kind === 'article' && entry.article.text.slice(span.start, span.end).includes('14 Millionen'))?.key;
    assert.ok(key);

    assert.deepEqual(corpus.setReviewed([key]).sort(), ['bad.txt', 'kopie.txt']);
    assert.deepEqual(flagged(corpus, 'bad.txt'), []);
    assert.deepEqual(flagged(corpus, 'kopie.txt'), []);
    assert.equal(flagged(corpus, 'anders.txt').length, 1, 'another sentence keeps its finding');
    assert.ok(corpus.reviewedKeys.has(key));

    assert.deepEqual(corpus.setReviewed([key]), [], 'the same marks again change nothing');
    assert.deepEqual(corpus.setReviewed([]).sort(), ['bad.txt', 'kopie.txt']);
    assert.deepEqual(flagged(corpus, 'bad.txt'), before);
  });
});
