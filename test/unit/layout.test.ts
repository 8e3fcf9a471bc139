import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { linesOf, markHeadline, paragraphsOf } from '../../server/src/core/article/layout';
import { parseHeader } from '../../server/src/core/metadata/header';
import { LineIndex } from '../../server/src/core/text/lineIndex';

function layout(text: string) {
  const lines = linesOf(text, new LineIndex(text));
  const paragraphs = paragraphsOf(text, lines, parseHeader(text).bodyStart);
  const headline = markHeadline(paragraphs, text);
  return {
    lines,
    paragraphs: paragraphs.map((p) => text.slice(p.span.start, p.span.end)),
    kinds: paragraphs.map((p) => p.kind),
    headline: headline && text.slice(headline.start, headline.end),
  };
}

describe('article layout', () => {
  test('paragraphs are runs of non-blank lines; the date-line header is not part of them', () => {
    const result = layout(' date 2026-03 Vollmer lädt nach Genf ein\n\nErster Absatz.\nZweite Zeile.\n  \t\nZweiter Absatz.\n');
    assert.deepEqual(result.paragraphs, ['Vollmer lädt nach Genf ein', 'Erster Absatz.\nZweite Zeile.', 'Zweiter Absatz.']);
    assert.equal(result.headline, 'Vollmer lädt nach Genf ein');
    assert.deepEqual(result.kinds, ['headline', 'body', 'body']);
  });

  test('a long lead on the date line is body text, not a headline', () => {
    const lead = ' date 2026-03 Vertreter aus zwölf Staaten sind in Genf zusammengekommen, um über die Lage an der Grenze zu beraten. Die Erwartungen sind gering.\n\nMehr.';
    const result = layout(lead);
    assert.equal(result.headline, undefined);
    assert.equal(result.paragraphs[0].startsWith('Vertreter'), true);
  });

  test('a headline ends without a period; a question mark is fine', () => {
    assert.equal(layout('Wer zahlt für den Wiederaufbau?\n\nText.').headline, 'Wer zahlt für den Wiederaufbau?');
    assert.equal(layout('Das ist ein ganzer Satz.\n\nText.').headline, undefined);
    assert.equal(layout('Zeile eins\nZeile zwei\n\nText.').headline, undefined, 'two lines are a block, not a headline');
  });

  test('front matter is skipped and CRLF lines keep exact spans', () => {
    const text = '---\r\ntitle: T\r\n---\r\nÜberschrift hier\r\n\r\nText mit 👍.\r\n';
    const result = layout(text);
    assert.deepEqual(result.paragraphs, ['Überschrift hier', 'Text mit 👍.']);
    for (const line of result.lines) assert.equal(text.slice(line.span.start, line.span.end).includes('\r'), false);
  });

  test('an empty or blank text has no paragraphs', () => {
    assert.deepEqual(layout('').paragraphs, []);
    assert.deepEqual(layout('\n \n\t\n').paragraphs, []);
  });
});
