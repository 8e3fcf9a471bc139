import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeArticleBytes } from '../../server/src/core/text/decode';
import { utf8Length } from '../../server/src/core/text/utf8Length';

const bytes = (text: string) => new TextEncoder().encode(text);
const LIMIT = 1024;

describe('decoding article files', () => {
  test('decodes UTF-8 and drops a byte order mark, as VS Code does', () => {
    assert.deepEqual(decodeArticleBytes(bytes('Grüße „aus“ Genf 👋'), LIMIT), { ok: true, text: 'Grüße „aus“ Genf 👋', encoding: 'utf-8' });
    assert.deepEqual(decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), LIMIT), { ok: true, text: 'A', encoding: 'utf-8-bom' });
  });

  test('decodes UTF-16 with a byte order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xfc, 0x00]);
    assert.deepEqual(decodeArticleBytes(le, LIMIT), { ok: true, text: 'Aü', encoding: 'utf-16le' });
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x41]);
    assert.deepEqual(decodeArticleBytes(be, LIMIT), { ok: true, text: 'A', encoding: 'utf-16be' });
  });

  test('an empty file is an empty article', () => {
    assert.deepEqual(decodeArticleBytes(new Uint8Array(), LIMIT), { ok: true, text: '', encoding: 'utf-8' });
  });

  test('skips binary, invalid and oversized files with a reason', () => {
    const binary = decodeArticleBytes(new Uint8Array([0x41, 0x00, 0x42]), LIMIT);
    assert.equal(binary.ok ? undefined : binary.reason.code, 'file.not-text');
    // Mostly bytes above 0x7F, in no plausible arrangement: neither UTF-8 nor Windows-1252 text.
    const invalid = decodeArticleBytes(new Uint8Array([0x47, 0xc3, 0x28, 0xa0, 0xa1, 0xfe, 0xfd, 0x65]), LIMIT);
    assert.equal(invalid.ok ? undefined : invalid.reason.code, 'file.invalid-encoding');
    const large = decodeArticleBytes(new Uint8Array(LIMIT + 1).fill(0x41), LIMIT);
    assert.equal(large.ok ? undefined : large.reason.code, 'file.too-large');
    assert.match(large.ok ? '' : large.reason.message, /1\.0 KB/);
  });

  test('utf8Length counts bytes as the encoder does', () => {
    for (const text of ['', 'abc', 'Grüße', '„Zitat“', '👍🏽 und 𝔘', 'x\uD800y']) {
      assert.equal(utf8Length(text), bytes(text).length, text);
    }
  });
});
