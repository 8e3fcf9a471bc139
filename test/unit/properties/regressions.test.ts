/**
 * One example for each bug the property tests found, so that each stays fixed
 * even when the random runs do not hit it again.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildArticle } from '../../../server/src/core/article/buildArticle';
import { Corpus } from '../../../server/src/core/corpus/corpus';
import type { Finding } from '../../../server/src/core/diagnostics/finding';
import { applyEdits, cleanArticle, removalEdit } from '../../../server/src/core/noise/clean';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { assertEntryInvariants } from '../../support/spanInvariants';

const shareButton = (text: string, word: string): Finding => {
  const start = text.indexOf(word);
  return { code: 'noise.social-share', severity: 'warning', message: 'share button', span: { start, end: start + word.length } };
};

describe('regressions found by the property tests', () => {
  // Removing "Teilen\n" between "…\r" and "\n" glued CR and LF into one CRLF: a line break, and the paragraph break, vanished.
  const mixed = 'Titel\n\nDer Rat tagte am Montag.\rTeilen\n\nAm Dienstag ging es weiter.\n';

  test('cleaning never merges a lone CR and an LF into one line break', () => {
    const article = buildArticle('file:///mixed.txt', mixed, { language: 'de' });
    const cleaned = cleanArticle(article, [shareButton(mixed, 'Teilen')]);
    assert.equal(cleaned, 'Titel\n\nDer Rat tagte am Montag.\n\nAm Dienstag ging es weiter.\n');
    assert.equal(new LineIndex(cleaned).lineCount, new LineIndex(mixed).lineCount - 1, 'exactly one line is gone');
  });

  test('the quick fix for one line does not merge a lone CR and an LF either', () => {
    const article = buildArticle('file:///mixed.txt', mixed, { language: 'de' });
    const edited = applyEdits(mixed, [removalEdit(article, shareButton(mixed, 'Teilen'))]);
    assert.equal(edited, 'Titel\n\nDer Rat tagte am Montag.\n\nAm Dienstag ging es weiter.\n');
  });

  // Thousands of quotation marks in one sentence (an HTML page scraped as one line) took minutes:
  // several steps scanned every quotation or word once per quotation. 200 KB took 42 s; now about 2 s.
  test('a 200 KB line full of quotation marks is analysed in linear time', { timeout: 30_000 }, () => {
    const line = '<div class="teaser" data-x=\'1\'>„Er sagte: »ja« ‚nein‘ </div> '.repeat(3_500);
    const corpus = new Corpus();
    corpus.setText('file:///dump.txt', `Titel\n\n${line}\n`);
    const entry = corpus.get('file:///dump.txt');
    assert.equal(entry?.kind, 'article');
    if (entry?.kind === 'article') assertEntryInvariants(corpus, entry);
  });
});
