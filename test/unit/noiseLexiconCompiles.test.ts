/**
 * Every pattern of the noise lexicons compiles. The start patterns are
 * compiled lazily, per first word of a segment, so a broken one would only
 * throw when some article happened to reach it; this test compiles each alone.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NOISE_CATEGORIES } from '../../server/src/core/noise/categories';
import { compiledLexicon, toSource } from '../../server/src/core/noise/compiledLexicon';
import { germanNoise } from '../../server/src/core/languages/noise/de';
import { englishNoise } from '../../server/src/core/languages/noise/en';
import type { CategoryLists } from '../../server/src/core/languages/noise/types';

function brokenPatterns(lists: CategoryLists, flags: (ignoreCase: boolean) => string): string[] {
  const broken: string[] = [];
  for (const category of NOISE_CATEGORIES) {
    for (const entry of lists[category] ?? []) {
      const { source, ignoreCase } = toSource(entry);
      try {
        new RegExp(`(?<c0>${source})`, flags(ignoreCase));
      } catch (error) {
        broken.push(`${category}: ${entry} (${(error as Error).message})`);
      }
    }
  }
  return broken;
}

describe('noise lexicons', () => {
  for (const lexicon of [germanNoise, englishNoise]) {
    test(`every start pattern of the ${lexicon.language} lexicon compiles on its own`, () => {
      assert.deepEqual(brokenPatterns(lexicon.starts, (ignoreCase) => (ignoreCase ? 'iuy' : 'uy')), []);
    });
  }

  test('the combined tables and regular expressions compile, and the start patterns of every first letter do', () => {
    const lexicon = compiledLexicon();
    for (const word of ['', ...'abcdefghijklmnopqrstuvwxyzäöüß'.split('')]) assert.ok(Array.isArray(lexicon.startsFor(word)));
  });
});
