/**
 * Recognition quality on our own labelled fixtures (test/fixtures/entities):
 * mention-level F1 per type and hover accuracy, with the corpus index over all
 * fixtures so that surnames resolve across articles. Also prints what the
 * recogniser finds in samples/ (and in the local seed articles when present),
 * and measures the time for a 10 KB article.
 *
 * Fixture markup: [[PER:Canonical Name|surface]] or [[PER:Surface]], with
 * PER, LOC and ORG. The span is the surface; a German genitive -s belongs to
 * it ("Okafors"), an English possessive 's and titles ("Frau", "Dr.") do not.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildArticle } from '../../server/src/core/article/buildArticle';
import { EntityIndex, nameKey } from '../../server/src/core/entities';
import type { EntityType } from '../../server/src/core/entities';
import {
  englishEntities,
  gazetteer,
  GIVEN_NAMES,
  germanEntities,
  organisations,
} from '../../server/src/core/languages/entities';
import germanStopWords from 'stopwords-de/stopwords-de.json';
import englishStopWords from 'stopwords-en/stopwords-en.json';
import { f1, parseFixture, scoreEntities, type Fixture } from '../support/entityScoring';
import { repoRoot } from '../support/repo';

function fixtures(): Fixture[] {
  const dir = join(repoRoot(), 'test', 'fixtures', 'entities');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => parseFixture(name, readFileSync(join(dir, name), 'utf8')));
}


/** Every word any shipped list contains, lower-case. */
function shippedWords(): Set<string> {
  const words = new Set<string>();
  const addAll = (list: readonly string[]) => {
    for (const entry of list) for (const w of entry.toLowerCase().split(/[\s|.,()-]+/u)) if (w) words.add(w);
  };
  addAll(GIVEN_NAMES);
  addAll(germanStopWords as string[]);
  addAll(englishStopWords as string[]);
  for (const data of [germanEntities, englishEntities]) {
    for (const value of Object.values(data)) if (Array.isArray(value)) addAll(value as string[]);
  }
  for (const entry of gazetteer()) addAll([...entry.de, ...entry.en]);
  for (const entry of organisations()) addAll([...entry.de, ...entry.en, ...(entry.credit ?? [])]);
  return words;
}

describe('entity recognition on the labelled fixtures', () => {
  const all = fixtures();
  const result = scoreEntities(all);
  const report = () => {
    const lines = (Object.keys(result.scores) as EntityType[]).map((type) => {
      const s = result.scores[type];
      return `${type}: F1 ${f1(s).toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
    });
    return [...lines, `hover accuracy ${result.hover.toFixed(3)} over ${result.hoverTotal} mentions`, ...result.errors].join('\n');
  };

  it('has at least 10 articles in both languages, with people no shipped list names', () => {
    console.log(report());
    assert.ok(all.length >= 10);
    assert.ok(all.some((f) => f.key.startsWith('de-')) && all.some((f) => f.key.startsWith('en-')));
    const shipped = shippedWords();
    const unlisted = new Set<string>();
    for (const f of all) {
      for (const g of f.gold) {
        if (g.type !== 'person' || !/\s/u.test(g.canonical)) continue;
        const words = g.canonical.toLowerCase().split(/[\s-]+/u);
        if (words.every((w) => !shipped.has(w))) unlisted.add(nameKey(g.canonical));
      }
    }
    console.log(`${unlisted.size} people whose names no shipped list contains`);
    assert.ok(unlisted.size >= 40, `only ${unlisted.size} people with names in no list`);
    const heldout = join(repoRoot(), 'test', 'fixtures', 'entities', 'heldout');
    const inHeldout = new Set<string>();
    for (const name of readdirSync(heldout).filter((n) => n.endsWith('.txt'))) {
      for (const g of parseFixture(name, readFileSync(join(heldout, name), 'utf8')).gold) {
        if (g.type === 'person' && /\s/u.test(g.canonical) && g.canonical.toLowerCase().split(/[\s-]+/u).every((w) => !shipped.has(w))) inHeldout.add(nameKey(g.canonical));
      }
    }
    console.log(`${new Set([...unlisted, ...inHeldout]).size} such people in the development and held-out sets together`);
  });

  it('finds people with mention-level F1 ≥ 0.9', () => {
    assert.ok(f1(result.scores.person) >= 0.9, report());
  });

  it('finds places with mention-level F1 ≥ 0.9', () => {
    assert.ok(f1(result.scores.place) >= 0.9, report());
  });

  it('finds organisations with mention-level F1 ≥ 0.75', () => {
    assert.ok(f1(result.scores.organisation) >= 0.75, report());
  });

  it('resolves ≥ 95 % of gold person and place mentions to the right canonical name and type', () => {
    assert.ok(result.hover >= 0.95, report());
  });
});

describe('entity recognition on samples and seeds (printed, not asserted)', () => {
  it('prints the people, places and organisations found', () => {
    const root = repoRoot();
    const dirs = [join(root, 'samples'), join(root, '..', 'shared', 'seeds'), '/work/shared/seeds'];
    const seen = new Set<string>();
    const index = new EntityIndex();
    for (const dir of dirs) {
      if (!existsSync(dir) || seen.has(dir)) continue;
      seen.add(dir);
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
        const key = join(dir, name);
        index.set(key, buildArticle(key, readFileSync(key, 'utf8')));
      }
    }
    for (const type of ['person', 'place', 'organisation'] as const) {
      const list = [...index.entities()].filter((e) => e.type === type).sort((a, b) => b.mentionCount - a.mentionCount);
      console.log(`${type}s (${list.length}): ${list.map((e) => `${e.name}${e.partial ? '?' : ''} ×${e.mentionCount}`).join(', ')}`);
    }
    assert.ok(index.size > 0);
  });
});
