import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHeader } from '../../server/src/core/metadata/header';

describe('metadata header', () => {
  test('reads the " date 2026-03" first-line form and leaves the rest of the line as body', () => {
    const text = ' date 2026-03 Gipfel in Genf endet ohne Einigung\n\nText.';
    const header = parseHeader(text);
    assert.equal(header.metadata.form, 'date-line');
    assert.equal(header.metadata.date, '2026-03');
    assert.equal(text.slice(header.bodyStart).split('\n')[0], 'Gipfel in Genf endet ohne Einigung');
    assert.deepEqual(header.metadata.span, { start: 0, end: header.bodyStart });
  });

  test('accepts full dates and no leading space', () => {
    assert.equal(parseHeader('date 2026-03-14 Titel').metadata.date, '2026-03-14');
    assert.equal(parseHeader(' date 2026 Titel').metadata.date, '2026');
  });

  test('reads a front-matter block with German or English keys', () => {
    const text = '---\ntitle: "Vollmer lädt ein"\nDatum: 2026-03-12\nQuelle: Tagesblick\nurl: https://example.org/a\nAutorin: Lena Beispiel\n---\nVollmer lädt ein\n';
    const header = parseHeader(text);
    assert.equal(header.metadata.form, 'front-matter');
    assert.equal(header.metadata.title, 'Vollmer lädt ein');
    assert.equal(header.metadata.date, '2026-03-12');
    assert.equal(header.metadata.source, 'Tagesblick');
    assert.equal(header.metadata.url, 'https://example.org/a');
    assert.equal(header.metadata.author, 'Lena Beispiel');
    assert.equal(text.slice(header.bodyStart), 'Vollmer lädt ein\n');
  });

  test('handles CRLF front matter and a byte order mark', () => {
    const text = '\uFEFF---\r\ntitle: Titel\r\n---\r\nText';
    const header = parseHeader(text);
    assert.equal(header.metadata.title, 'Titel');
    assert.equal(text.slice(header.bodyStart), 'Text');
  });

  test('a horizontal rule that is not front matter is body text', () => {
    assert.equal(parseHeader('---\nDas ist kein Kopf, sondern ein Satz.\n---\n').metadata.form, 'none');
    assert.equal(parseHeader('---\ntitle: nie geschlossen\n').metadata.form, 'none');
  });

  test('text without a header has none', () => {
    const header = parseHeader('Stoltenberg lädt ein\n\nText.');
    assert.equal(header.metadata.form, 'none');
    assert.equal(header.bodyStart, 0);
    assert.equal(parseHeader('').metadata.form, 'none');
    assert.equal(parseHeader('dates and more').metadata.form, 'none');
  });
});
