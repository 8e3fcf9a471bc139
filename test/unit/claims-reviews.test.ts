import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  emptyReviews,
  fnv1a64,
  isChecked,
  markChecked,
  normaliseSentence,
  parseReviews,
  sentenceKey,
  serialiseReviews,
  unmark,
} from '../../server/src/core/claims';

describe('sentenceKey', () => {
  it('is FNV-1a 64 of the normalised text (reference vectors)', () => {
    assert.equal(fnv1a64(''), 'cbf29ce484222325');
    assert.equal(fnv1a64('a'), 'af63dc4c8601ec8c');
    assert.equal(fnv1a64('foobar'), '85944171f73967e8');
    assert.match(sentenceKey('Rund 80.000 Soldaten sind beteiligt.'), /^s1-[0-9a-f]{16}$/);
  });

  it('survives case, spacing, line wrapping, quotation-mark and dash style', () => {
    const key = sentenceKey('„Die Lage ist ernst“, sagte Vollmer – am Abend.');
    assert.equal(sentenceKey('"die Lage  ist\nernst", SAGTE Vollmer - am Abend.'), key);
    assert.equal(sentenceKey('»Die Lage ist ernst«, sagte Vollmer — am Abend.'), key);
    assert.equal(sentenceKey('\u00a0„Die Lage ist\u00adernst“, sagte Vollmer – am Abend. '), sentenceKey('„Die Lage isternst“, sagte Vollmer – am Abend.'));
    assert.equal(normaliseSentence('It’s  “fine”'), 'it\'s "fine"');
  });

  it('changes when the words change', () => {
    assert.notEqual(sentenceKey('Rund 80.000 Soldaten sind beteiligt.'), sentenceKey('Rund 90.000 Soldaten sind beteiligt.'));
  });
});

describe('reviews.json model', () => {
  const key = sentenceKey('Rund 80.000 Soldaten sind beteiligt.');
  const other = sentenceKey('Zuletzt hatte der Rat 2024 getagt.');
  const review = { text: 'Rund 80.000 Soldaten sind beteiligt.', by: 'anna', at: '2026-03-12T10:00:00.000Z', file: 'samples/a.txt' };

  it('round-trips through a deterministic, sorted, one-review-per-line serialisation', () => {
    const a = markChecked(markChecked(emptyReviews(), other, { text: 'Zuletzt …', by: 'ben', at: '2026-03-13T09:00:00Z', note: 'Ratsprotokoll' }), key, review);
    const b = markChecked(markChecked(emptyReviews(), key, review), other, { note: 'Ratsprotokoll', at: '2026-03-13T09:00:00Z', by: 'ben', text: 'Zuletzt …' });
    const json = serialiseReviews(a);
    assert.equal(json, serialiseReviews(b), 'independent of insertion and field order');
    assert.ok(json.endsWith('\n'));
    const lines = json.split('\n');
    const entryLines = lines.filter((l) => l.includes('"s1-'));
    assert.equal(entryLines.length, 2);
    assert.deepEqual([...entryLines].sort(), entryLines, 'keys sorted');
    assert.match(entryLines.find((l) => l.includes(key))!, /"at": .*"by": .*"file": .*"text": /);
    const parsed = parseReviews(json);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.reviews.reviews.get(key), review);
    assert.equal(serialiseReviews(parsed.reviews), json);
    JSON.parse(json);
  });

  it('marks and unmarks without mutating', () => {
    const empty = emptyReviews();
    const marked = markChecked(empty, key, review);
    assert.equal(isChecked(marked, key), true);
    assert.equal(isChecked(empty, key), false);
    assert.equal(isChecked(unmark(marked, key), key), false);
    assert.equal(unmark(empty, key), empty);
    assert.throws(() => markChecked(empty, 'not-a-key', review), RangeError);
  });

  it('reads an empty file as no reviews and rejects malformed ones with a reason', () => {
    assert.deepEqual(parseReviews('').ok, true);
    const cases: [string, RegExp][] = [
      ['{', /not valid JSON/],
      ['[]', /JSON object/],
      ['{"version": 2, "reviews": {}}', /newer Source Lens/],
      ['{"version": "1", "reviews": {}}', /'version' must be 1/],
      ['{"version": 1, "reviews": []}', /'reviews' must be an object/],
      ['{"version": 1, "reviews": {"abc": {}}}', /not a sentence key/],
      [`{"version": 1, "reviews": {"${key}": {"text": "x", "by": "", "at": "2026-01-01"}}}`, /by must not be empty/],
      [`{"version": 1, "reviews": {"${key}": {"text": "x", "by": "a", "at": "yesterday"}}}`, /ISO 8601/],
      [`{"version": 1, "reviews": {"${key}": {"text": 1, "by": "a", "at": "2026-01-01"}}}`, /text must be a string/],
      [`{"version": 1, "reviews": {"${key}": {"text": "x", "by": "a", "at": "2026-01-01", "extra": true}}}`, /unknown field 'extra'/],
      ['{"version": 1, "reviews": {}, "other": 1}', /unknown field 'other'/],
    ];
    for (const [json, error] of cases) {
      const parsed = parseReviews(json);
      assert.equal(parsed.ok, false, json);
      if (!parsed.ok) assert.match(parsed.error, error, json);
    }
  });
});
