/**
 * Scoring of the entity recogniser against articles marked up inline
 * ([[PER:Canonical Name|surface]]), shared by the development and the held-out
 * quality tests so both count mentions and hovers the same way.
 */
import { buildArticle } from '../../server/src/core/article/buildArticle';
import type { Article } from '../../server/src/core/article/types';
import { EntityIndex } from '../../server/src/core/entities';
import type { EntityType } from '../../server/src/core/entities';

export interface Gold {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly canonical: string;
}

export interface Fixture {
  readonly key: string;
  readonly text: string;
  readonly gold: readonly Gold[];
}

const TYPES: Record<string, EntityType> = { PER: 'person', LOC: 'place', ORG: 'organisation' };
const MARKUP = /\[\[(PER|LOC|ORG):([^|\]]+)(?:\|([^\]]+))?\]\]/gu;

export function parseFixture(key: string, marked: string): Fixture {
  let text = '';
  let last = 0;
  const gold: Gold[] = [];
  for (const match of marked.matchAll(MARKUP)) {
    text += marked.slice(last, match.index);
    const surface = match[3] ?? match[2]!;
    gold.push({ start: text.length, end: text.length + surface.length, type: TYPES[match[1]!]!, canonical: match[2]! });
    text += surface;
    last = match.index + match[0].length;
  }
  text += marked.slice(last);
  return { key, text, gold };
}

export interface Scores {
  tp: number;
  fp: number;
  fn: number;
}

export function f1(s: Scores): number {
  const precision = s.tp / Math.max(1, s.tp + s.fp);
  const recall = s.tp / Math.max(1, s.tp + s.fn);
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function scoreEntities(all: readonly Fixture[]) {
  const index = new EntityIndex();
  const articles = new Map<string, Article>();
  for (const fixture of all) {
    const article = buildArticle(fixture.key, fixture.text);
    articles.set(fixture.key, article);
    index.set(fixture.key, article);
  }
  const scores: Record<EntityType, Scores> = {
    person: { tp: 0, fp: 0, fn: 0 },
    place: { tp: 0, fp: 0, fn: 0 },
    organisation: { tp: 0, fp: 0, fn: 0 },
  };
  const errors: string[] = [];
  let hoverTotal = 0;
  let hoverRight = 0;
  for (const fixture of all) {
    const predicted = index.mentionsOf(fixture.key);
    const goldKeys = new Map(fixture.gold.map((g) => [`${g.start}:${g.end}:${g.type}`, g]));
    const predictedKeys = new Set(predicted.map((m) => `${m.span.start}:${m.span.end}:${m.type}`));
    for (const m of predicted) {
      if (goldKeys.has(`${m.span.start}:${m.span.end}:${m.type}`)) scores[m.type].tp++;
      else {
        scores[m.type].fp++;
        errors.push(`${fixture.key}: false ${m.type} ${JSON.stringify(m.surface)} (${m.cue ?? 'lexicon'})`);
      }
    }
    for (const g of fixture.gold) {
      if (!predictedKeys.has(`${g.start}:${g.end}:${g.type}`)) {
        scores[g.type].fn++;
        errors.push(`${fixture.key}: missed ${g.type} ${JSON.stringify(fixture.text.slice(g.start, g.end))}`);
      }
      if (g.type === 'organisation') continue;
      hoverTotal++;
      const hit = index.entityAt(fixture.key, g.start);
      if (hit && hit.entity.type === g.type && hit.entity.name === g.canonical) hoverRight++;
      else errors.push(`${fixture.key}: hover at ${JSON.stringify(fixture.text.slice(g.start, g.end))} shows ${hit ? `${hit.entity.type} ${JSON.stringify(hit.entity.name)}` : 'nothing'}, expected ${g.type} ${JSON.stringify(g.canonical)}`);
    }
  }
  return { index, articles, scores, errors, hover: hoverRight / Math.max(1, hoverTotal), hoverTotal };
}
