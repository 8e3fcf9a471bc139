import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../../server/src/core/segmentation/tokens';

function whole(text: string) {
  return { start: 0, end: text.length };
}

function words(text: string): string[] {
  return tokenize(text, whole(text)).map((t) => t.text);
}

describe('tokenize', () => {
  it('finds the words of a German sentence with exact spans', () => {
    const text = 'Jonas Muster traf Anna Beispiel in Brüssel.';
    const tokens = tokenize(text, whole(text));
    assert.deepEqual(
      tokens.map((t) => t.text),
      ['Jonas', 'Muster', 'traf', 'Anna', 'Beispiel', 'in', 'Brüssel'],
    );
    for (const token of tokens) assert.equal(text.slice(token.span.start, token.span.end), token.text);
    assert.deepEqual(tokens[6]!.span, { start: 35, end: 42 });
    assert.ok(tokens.every((t) => t.kind === 'word'));
  });

  it('keeps hyphenated compounds together', () => {
    assert.deepEqual(words('Der NATO-Russland-Rat tagte Corona-konform nach US-Angaben.'), [
      'Der', 'NATO-Russland-Rat', 'tagte', 'Corona-konform', 'nach', 'US-Angaben',
    ]);
  });

  it('keeps numbers with separators together and marks them as numbers', () => {
    const text = 'Rund 100.000 Soldaten, 3,5 Prozent, um 10:37 Uhr, date 2022-01, am 12.01.2022 und 1990er-Jahre.';
    const tokens = tokenize(text, whole(text));
    const numbers = tokens.filter((t) => t.kind === 'number').map((t) => t.text);
    assert.deepEqual(numbers, ['100.000', '3,5', '10:37', '2022-01', '12.01.2022', '1990er-Jahre']);
    assert.equal(tokens.find((t) => t.text === 'Soldaten')!.kind, 'word');
  });

  it('does not take a sentence-final period or comma into a number', () => {
    assert.deepEqual(words('Das war 2019. Dann 5, 6 und 7.'), ['Das', 'war', '2019', 'Dann', '5', '6', 'und', '7']);
  });

  it('keeps contractions with straight and typographic apostrophes', () => {
    assert.deepEqual(words("We don't know, they don’t either, Muster’s plan."), [
      'We', 'don\'t', 'know', 'they', 'don’t', 'either', 'Muster’s', 'plan',
    ]);
  });

  it('keeps dotted abbreviations without their final period', () => {
    assert.deepEqual(words('U.S. officials, z.B. heute'), ['U.S', 'officials', 'z.B', 'heute']);
  });

  it('splits words glued by a missing space after a period', () => {
    assert.deepEqual(words('per Faust.Jonas Muster'), ['per', 'Faust', 'Jonas', 'Muster']);
  });

  it('does not end a token in a dangling hyphen', () => {
    assert.deepEqual(words('Ost- und Westeuropa'), ['Ost', 'und', 'Westeuropa']);
  });

  it('skips emoji and punctuation, with spans right after surrogate pairs', () => {
    const text = '😀 „Wir kommen!“ 🇩🇪 – sagte 👍🏽 sie…';
    const tokens = tokenize(text, whole(text));
    assert.deepEqual(
      tokens.map((t) => t.text),
      ['Wir', 'kommen', 'sagte', 'sie'],
    );
    for (const token of tokens) assert.equal(text.slice(token.span.start, token.span.end), token.text);
  });

  it('keeps letters with combining marks in one token', () => {
    const text = 'Cafe\u0301 geo\u0308ffnet';
    assert.deepEqual(words(text), ['Cafe\u0301', 'geo\u0308ffnet']);
  });

  it('only tokenizes within the given span, with offsets into the whole text', () => {
    const text = 'Kopfzeile\r\nJonas Muster kam.\r\nFußzeile';
    const within = { start: 11, end: 28 };
    const tokens = tokenize(text, within);
    assert.deepEqual(
      tokens.map((t) => [t.text, t.span.start, t.span.end]),
      [['Jonas', 11, 16], ['Muster', 17, 23], ['kam', 24, 27]],
    );
  });

  it('cuts a token at the end of the span', () => {
    const text = 'Anna Beispiel';
    assert.deepEqual(tokenize(text, { start: 0, end: 8 }).map((t) => t.text), ['Anna', 'Bei']);
  });

  it('returns nothing for an empty span or text without words', () => {
    assert.deepEqual(tokenize('Anna', { start: 2, end: 2 }), []);
    assert.deepEqual(tokenize('„…“ – 😀!', whole('„…“ – 😀!')), []);
  });

  it('handles 50,000 characters of pathological input', () => {
    const dotted = 'a.'.repeat(25_000);
    assert.equal(tokenize(dotted, whole(dotted)).length, 1);
    const hyphens = 'a-'.repeat(25_000);
    assert.equal(tokenize(hyphens, whole(hyphens)).length, 1);
    const prose = 'Anna Beispiel sagte am 12. Januar: „Wir kommen.“ '.repeat(1_000);
    assert.equal(tokenize(prose, whole(prose)).length, 8_000);
  });
});
