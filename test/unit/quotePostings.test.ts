/**
 * The quote index's posting lists (typed arrays, a delta hash table, merges,
 * a cache of over-limit features) against a plain model: a Map from feature
 * to the units that added it, where removed units stay counted until the
 * next merge.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { PostingIndex } from '../../server/src/core/quoteMatching/postings';

const LIMIT = 4;
const UNITS = 40;

type Step =
  | { readonly op: 'add'; readonly unit: number; readonly features: readonly number[] }
  | { readonly op: 'remove'; readonly unit: number }
  | { readonly op: 'merge' }
  | { readonly op: 'count'; readonly feature: number };

/** Few distinct features, some of them large (the top bit set), so that lists pass the limit and fall below it again. */
const feature = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 3 }).map((f) => (0xfffffff0 + f) >>> 0));
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('add' as const), unit: fc.integer({ min: 0, max: UNITS - 1 }), features: fc.uniqueArray(feature, { maxLength: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('remove' as const), unit: fc.integer({ min: 0, max: UNITS - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('merge' as const) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('count' as const), feature }) },
);

describe('quote postings', () => {
  it('count the same units as a plain map, within the limit, across merges and removals', () => {
    fc.assert(fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
      const index = new PostingIndex(LIMIT);
      const model = new Map<number, number[]>();
      const live = new Set<number>();
      const dead = new Set<number>();
      const counts = new Uint16Array(UNITS);
      const touched = new Int32Array(UNITS);
      for (const s of steps) {
        if (s.op === 'add') {
          // A unit id is added once while alive (the index allocates fresh ids).
          if (live.has(s.unit) || dead.has(s.unit)) continue;
          live.add(s.unit);
          index.add(s.unit, s.features);
          for (const f of s.features) model.set(f, [...(model.get(f) ?? []), s.unit]);
        } else if (s.op === 'remove') {
          if (!live.has(s.unit)) continue;
          live.delete(s.unit);
          dead.add(s.unit);
        } else if (s.op === 'merge') {
          index.compact((unit) => !dead.has(unit));
          for (const [f, units] of model) model.set(f, units.filter((unit) => !dead.has(unit)));
          // Merged-away ids may be given out again.
          dead.clear();
        } else {
          const expected = model.get(s.feature) ?? [];
          const length = index.countInto(s.feature, counts, 1, touched, 0);
          const found = [...touched.subarray(0, length)].sort((a, b) => a - b);
          for (const unit of found) counts[unit] = 0;
          assert.deepEqual(found, expected.length > LIMIT ? [] : [...expected].sort((a, b) => a - b), `feature ${s.feature}`);
        }
      }
    }), { numRuns: 300 });
  });

  it('counts a feature again once a merge has taken it below the limit', () => {
    const index = new PostingIndex(2);
    const counts = new Uint16Array(8);
    const touched = new Int32Array(8);
    for (const unit of [1, 2, 3]) index.add(unit, [7]);
    assert.equal(index.countInto(7, counts, 1, touched, 0), 0, 'three postings are over the limit of two');
    index.compact((unit) => unit !== 3);
    assert.equal(index.countInto(7, counts, 1, touched, 0), 2);
  });
});
