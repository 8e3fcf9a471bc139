/**
 * Rough hover timing on a synthetic 1,000-article corpus built from the entity
 * fixtures (each fixture repeated under new keys, surnames varied so that
 * people differ across copies). Not a benchmark: `npm run bench` is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { buildArticle } from '../server/src/core/article/buildArticle';
import { buildEntityProfile, EntityIndex } from '../server/src/core/entities';
import { parseFixture } from '../test/support/entityScoring';

const dir = 'test/fixtures/entities';
const fixtures = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => parseFixture(n, readFileSync(`${dir}/${n}`, 'utf8')));
const index = new EntityIndex();
const keys: { key: string; offsets: number[] }[] = [];
const t0 = performance.now();
for (let k = 0; k < 1000; k++) {
  const f = fixtures[k % fixtures.length]!;
  const key = `copy-${k}-${f.key}`;
  index.set(key, buildArticle(key, f.text));
  keys.push({ key, offsets: f.gold.filter((g) => g.type !== 'organisation').map((g) => g.start) });
}
const indexing = performance.now() - t0;
let hits = 0;
for (let round = 0; round < 2; round++) {
  // Round 0 computes each profile once (cold); round 1 finds them cached.
  const times: number[] = [];
  for (const { key, offsets } of keys) {
    for (const offset of offsets.slice(0, 5)) {
      const start = performance.now();
      const found = index.entityAt(key, offset, 'de');
      const profile = found && buildEntityProfile(index, found.mention.entityId, { language: 'de', maxArticles: 12 });
      times.push(performance.now() - start);
      if (profile) hits++;
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(3);
  console.log(`${round === 0 ? 'cold' : 'warm'}: ${times.length} hovers: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`);
}
console.log(`indexed 1000 articles in ${indexing.toFixed(0)} ms; ${hits} hovers found a profile`);
