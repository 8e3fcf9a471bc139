/**
 * The hand-written quotation scanner against the regular expression it
 * replaced (kept here as the reference): the same words, numbers and gaps,
 * at the same offsets, on random text made of the characters that matter.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { END, GAP, QuoteScanner, WORD } from '../../server/src/core/quoteMatching/scanner';

const REFERENCE = /(\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\)|\.\.\.|…)|(\[[^\]\n]{0,80}\])|(\p{N}+(?:[.,]\p{N}+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)/gu;

function reference(text: string): string[] {
  const out: string[] = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
    if (m[1]) out.push('gap');
    else if (m[2]) continue;
    else out.push(`${m[3] ? 'number' : 'word'} ${m.index}-${m.index + m[0].length}`);
  }
  return out;
}

function scanned(text: string): string[] {
  const scanner = new QuoteScanner().reset(text, 0, text.length);
  const out: string[] = [];
  for (let kind = scanner.next(); kind !== END; kind = scanner.next()) {
    out.push(kind === GAP ? 'gap' : `${kind === WORD ? 'word' : 'number'} ${scanner.start}-${scanner.end}`);
  }
  return out;
}

const PIECES = ['a', 'Ü', 'ß', 'é', 'e\u0301', '7', '٣', '²', '.', ',', '…', '...', '[', ']', '(', ')', ' ', '\u00a0', '\n', "'", '’', '-', '𝒜', '😀', '\ud800', 'x'.repeat(30)];

describe('quotation scanner', () => {
  it('finds what the reference regular expression finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(scanned(text), reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('handles the forms of ellipsis and insertion', () => {
    const text = 'Wir [...] werden ( … ) es [der Minister] 1.200,5 Mal…sagen... Russia’s [offen';
    assert.deepEqual(scanned(text), reference(text));
    assert.equal(scanned(text).filter((t) => t === 'gap').length, 4);
  });

  it('stays within the range it is given', () => {
    const text = 'eins zwei drei';
    const scanner = new QuoteScanner().reset(text, 5, 8);
    assert.equal(scanner.next(), WORD);
    assert.deepEqual([scanner.start, scanner.end], [5, 8]);
    assert.equal(scanner.next(), END);
  });
});
