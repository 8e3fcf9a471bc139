/**
 * Properties of the whole analysis the CLI and the server run (buildArticle,
 * analyzeArticleFully and the corpus) over hostile and article-like text:
 * nothing throws, and every span lies inside the document on UTF-16 boundaries.
 */
import fc from 'fast-check';
import { describe, test } from 'node:test';
import { Corpus } from '../../../server/src/core/corpus/corpus';
import { anyArticleText, articleText, hostileText, longLineText } from '../../support/articleArbitraries';
import { assertEntryInvariants } from '../../support/spanInvariants';

/** Analyses the texts as one corpus, then edits and removes one, checking every article after each step. */
function analyseCorpus(texts: readonly string[]): void {
  const corpus = new Corpus();
  texts.forEach((text, i) => corpus.setText(`file:///corpus/${i}.txt`, text));
  checkAll(corpus);
  if (texts.length > 1) {
    corpus.setText('file:///corpus/0.txt', texts[texts.length - 1]!);
    corpus.delete(`file:///corpus/${texts.length - 1}.txt`);
    checkAll(corpus);
  }
}

function checkAll(corpus: Corpus): void {
  for (const entry of corpus.values()) if (entry.kind === 'article') assertEntryInvariants(corpus, entry);
}

describe('analysis of hostile text (property)', () => {
  test('random Unicode: nothing throws and every span is valid', () => {
    fc.assert(fc.property(hostileText, (text) => analyseCorpus([text])), { numRuns: 300 });
  });

  test('article-like text: nothing throws and every span is valid', () => {
    fc.assert(fc.property(articleText, (text) => analyseCorpus([text])), { numRuns: 80 });
  });

  test('a corpus of several such articles, edited and shrunk: nothing throws and every span is valid', () => {
    // Shared lines and quotations across articles drive the corpus evidence (boilerplate, quote variants).
    fc.assert(fc.property(fc.array(anyArticleText, { minLength: 2, maxLength: 5 }), (texts) => analyseCorpus(texts)), { numRuns: 30 });
  });

  // A megabyte takes seconds to analyse, so one run has the full size and a few more a tenth of it.
  test('a line of a megabyte: nothing throws and every span is valid', () => {
    fc.assert(fc.property(longLineText(1_000_000), (text) => analyseCorpus([text])), { numRuns: 1 });
    fc.assert(fc.property(longLineText(100_000), (text) => analyseCorpus([text])), { numRuns: 4 });
  });
});
