import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LineIndex } from '../../server/src/core/text/lineIndex';

describe('LineIndex: the one offset ⇄ UTF-16 position conversion', () => {
  test('counts emoji as two UTF-16 code units', () => {
    const text = 'a👍b\n🎉„x';
    const index = new LineIndex(text);
    assert.deepEqual(index.positionAt(text.indexOf('b')), { line: 0, character: 3 });
    assert.deepEqual(index.positionAt(text.indexOf('„')), { line: 1, character: 2 });
    assert.equal(index.offsetAt({ line: 1, character: 2 }), text.indexOf('„'));
  });

  test('treats LF, CRLF and a lone CR as line breaks', () => {
    const text = 'eins\r\nzwei\rdrei\nvier';
    const index = new LineIndex(text);
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(text.indexOf('zwei')), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(text.indexOf('drei')), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(text.indexOf('vier')), { line: 3, character: 0 });
    assert.equal(index.lineContentEnd(0), 4);
    assert.equal(index.lineContentEnd(1), text.indexOf('\r', 6));
  });

  test('never lands inside a surrogate pair or a CRLF', () => {
    const text = 'x👍\r\ny';
    const index = new LineIndex(text);
    assert.deepEqual(index.positionAt(2), { line: 0, character: 1 }, 'middle of the emoji snaps to its start');
    assert.deepEqual(index.positionAt(4), { line: 0, character: 3 }, 'between CR and LF snaps to the CR');
    assert.equal(index.offsetAt({ line: 0, character: 2 }), 1);
  });

  test('clamps positions outside the document', () => {
    const text = 'kurz\nzeile';
    const index = new LineIndex(text);
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 4, 'past the end of a line stops before its break');
    assert.equal(index.offsetAt({ line: 9, character: 0 }), text.length);
    assert.equal(index.offsetAt({ line: -1, character: 5 }), 0);
    assert.deepEqual(index.positionAt(999), { line: 1, character: 5 });
  });

  test('round-trips every offset of a mixed text', () => {
    const text = '\uFEFFÜber 👨‍👩‍👧 und „Zitat“\r\n\r\nnoch 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\rEnde';
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const snapped = index.offsetAt(index.positionAt(offset));
      assert.ok(snapped === offset || snapped === offset - 1, `offset ${offset} came back as ${snapped}`);
    }
  });

  test('an empty text has one empty line', () => {
    const index = new LineIndex('');
    assert.equal(index.lineCount, 1);
    assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
  });
});
