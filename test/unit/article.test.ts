import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildArticle } from '../../server/src/core/article/buildArticle';
import { analyzeArticle } from '../../server/src/core/analysis/analyzeArticle';
import { Corpus } from '../../server/src/core/corpus/corpus';

const GERMAN = ` date 2026-03 Vollmer lädt Moskau nach Genf ein

GENF (dpa) – Am 12. März trafen sich die Delegationen zum 2. Mal. Generalsekretärin Dr. Henrike Vollmer sprach von einem „ersten Schritt. Mehr nicht.“ Die Gespräche sollen im 21. Jahrhundert Maßstäbe setzen, u. a. bei Manövern.

Rund 80.000 Soldaten stehen an der Grenze; die Kosten liegen bei 3,5 Milliarden Euro.

(dpa/afp)
`;

const ENGLISH = `---
title: Vollmer invites Moscow to Geneva
source: Daily Courier
author: Sam Example
url: https://example.org/courier/summit
date: 2026-03-12
---
Vollmer invites Moscow to Geneva

GENEVA (Reuters) - Mr. Orlow told reporters on Thursday that the U.S. delegation had left early. "We are ready," he said, "but not at any price."
`;

const texts = (article: ReturnType<typeof buildArticle>, spans: readonly { start: number; end: number }[]) =>
  spans.map((s) => article.text.slice(s.start, s.end));

describe('article model', () => {
  test('German: metadata, headline, paragraphs, sentences, tokens and quotations with offsets', () => {
    const article = buildArticle('file:///de.txt', GERMAN);
    assert.equal(article.language, 'de');
    assert.equal(article.metadata.date, '2026-03');
    assert.equal(article.metadata.title, 'Vollmer lädt Moskau nach Genf ein');
    assert.equal(article.headline && GERMAN.slice(article.headline.start, article.headline.end), 'Vollmer lädt Moskau nach Genf ein');
    assert.equal(article.paragraphs.length, 4);
    assert.deepEqual(texts(article, article.sentences.filter((s) => s.paragraphIndex === 1).map((s) => s.span)), [
      'GENF (dpa) – Am 12. März trafen sich die Delegationen zum 2. Mal.',
      'Generalsekretärin Dr. Henrike Vollmer sprach von einem „ersten Schritt. Mehr nicht.“',
      'Die Gespräche sollen im 21. Jahrhundert Maßstäbe setzen, u. a. bei Manövern.',
    ]);
    const numbers = article.sentences.flatMap((s) => s.tokens).filter((t) => t.kind === 'number').map((t) => t.text);
    assert.ok(numbers.includes('80.000') && numbers.includes('3,5'), numbers.join(' '));
    assert.deepEqual(texts(article, article.quotations.map((q) => q.content)), ['ersten Schritt. Mehr nicht.']);
    for (const sentence of article.sentences) {
      for (const token of sentence.tokens) assert.equal(GERMAN.slice(token.span.start, token.span.end), token.text);
    }
  });

  test('English: front matter fields, interrupted quotation, abbreviations', () => {
    const article = buildArticle('file:///en.txt', ENGLISH);
    assert.equal(article.language, 'en');
    assert.deepEqual(
      { title: article.metadata.title, source: article.metadata.source, author: article.metadata.author, url: article.metadata.url, date: article.metadata.date },
      { title: 'Vollmer invites Moscow to Geneva', source: 'Daily Courier', author: 'Sam Example', url: 'https://example.org/courier/summit', date: '2026-03-12' },
    );
    const body = article.sentences.filter((s) => s.paragraphIndex === 1);
    assert.equal(body.length, 2, texts(article, body.map((s) => s.span)).join(' | '));
    const [first, second] = article.quotations;
    assert.equal(ENGLISH.slice(first.content.start, first.content.end), 'We are ready,');
    assert.equal(second.continues, first.index);
  });

  test('an unclosed quotation is reported at its opening mark', () => {
    const text = 'Titel\n\nSie sagte: „Das bleibt offen.\n\nNeuer Absatz.';
    const findings = analyzeArticle(buildArticle('file:///x.txt', text));
    assert.deepEqual(findings.map((f) => [f.code, text.slice(f.span.start, f.span.end)]), [['quote.unbalanced', '„']]);
  });

  test('an empty article is fine', () => {
    const article = buildArticle('file:///empty.txt', '');
    assert.equal(article.sentences.length, 0);
    assert.deepEqual(analyzeArticle(article), []);
  });
});

describe('corpus', () => {
  test('an update re-analyses only that document', () => {
    const corpus = new Corpus();
    corpus.setText('a', 'Er sagte: „offen');
    corpus.setText('b', 'Sie sagte: „zu“');
    const before = corpus.get('b');
    assert.deepEqual(corpus.setText('a', 'Er sagte: „zu“'), ['a']);
    assert.equal(corpus.get('b'), before, 'the other entry is untouched');
    assert.equal(corpus.findings('a').length, 0);
  });

  test('skipped files carry one information finding at the start', () => {
    const corpus = new Corpus();
    corpus.setSkipped('bin', { code: 'file.not-text', message: 'Skipped: binary.' });
    assert.deepEqual(corpus.findings('bin'), [{ code: 'file.not-text', severity: 'information', message: 'Skipped: binary.', span: { start: 0, end: 0 } }]);
    assert.deepEqual(corpus.delete('bin'), ['bin']);
    assert.deepEqual(corpus.delete('bin'), []);
  });
});
