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
import { cleanOnce } from '../../support/cleaning';
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

  // A line of "\u200b;": the detector took the zero-width space for blank and flagged ';', the cleaner did
  // not, so it removed only ';' and the second cleaning removed the line it left behind.
  test('a line whose only visible content is flagged goes as a whole, invisible characters included', () => {
    const text = 'Streit um den Bahnhof\n\n\u200b;\n„Wir werden das nicht hinnehmen“, sagte Leitner.\n';
    const article = buildArticle('file:///zwsp.txt', text, { language: 'de' });
    const start = text.indexOf(';');
    const cleaned = cleanArticle(article, [{ code: 'noise.navigation', severity: 'warning', message: 'menu', span: { start, end: start + 1 } }]);
    assert.equal(cleaned, 'Streit um den Bahnhof\n\n„Wir werden das nicht hinnehmen“, sagte Leitner.\n');
  });

  // Cleaning took the headline out of an unclosed front matter; the next cleaning then read the line
  // right above the prose (no blank line between them) as page header.
  test('a short line right above prose stays through a second cleaning', () => {
    const text = '---\ntitle: never closed\nHaushalt beschlossen: Kleinfeld spart\n\nStreit um den Bahnhof\n'
      + 'Der Stadtrat von Kleinfeld hat am Dienstag den neuen Haushalt beschlossen.\nHaushalt beschlossen: Kleinfeld spart\n'
      + 'Der Stadtrat von Kleinfeld hat am Dienstag den neuen Haushalt beschlossen.\n\nTeilen';
    const once = cleanOnce(text);
    assert.match(once, /Streit um den Bahnhof\nDer Stadtrat/);
    assert.equal(cleanOnce(once), once);
  });

  // The rules read neighbours: with the cookie line gone, "10:37" sits under a title and reads as a
  // video duration. Detection now runs again on the article as cleaning leaves it.
  test('noise that appears only once other noise is gone is found in the first pass', () => {
    const text = 'Titel\n\nStreit um den Bahnhof\n\n10:37\nWir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.\n„Wir werden das nicht hinnehmen“, sagte Leitner.';
    const once = cleanOnce(text);
    assert.equal(cleanOnce(once), once);
    assert.doesNotMatch(once, /10:37/);
  });

  test('the quick fix for one line does not merge a lone CR and an LF either', () => {
    const article = buildArticle('file:///mixed.txt', mixed, { language: 'de' });
    const edited = applyEdits(mixed, [removalEdit(article, shareButton(mixed, 'Teilen'))]);
    assert.equal(edited, 'Titel\n\nDer Rat tagte am Montag.\n\nAm Dienstag ging es weiter.\n');
  });

  // Thousands of quotation marks in one sentence (an HTML page scraped as one line) took minutes:
  // several steps scanned every quotation or word once per quotation. This 200 KB line took 12.5 s
  // of CPU time, and a megabyte would have taken over half an hour; now about 1 s. The bound is
  // on CPU time (not wall time, which a busy machine stretches) and ten times what is needed: it
  // guards against the quadratic blow-up coming back, it does not measure speed.
  test('a 200 KB line full of quotation marks is analysed in linear time', () => {
    const line = '„Er sagte: »ja« ‚nein‘ '.repeat(8_700);
    const corpus = new Corpus();
    const before = process.cpuUsage();
    corpus.setText('file:///dump.txt', `Titel\n\n${line}\n`);
    const cpu = process.cpuUsage(before);
    const seconds = (cpu.user + cpu.system) / 1e6;
    assert.ok(seconds < 10, `analysis took ${seconds.toFixed(1)} s of CPU time`);
    const entry = corpus.get('file:///dump.txt');
    assert.equal(entry?.kind, 'article');
    if (entry?.kind === 'article') assertEntryInvariants(corpus, entry);
  });
});
