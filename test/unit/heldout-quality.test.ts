/**
 * Blind held-out evaluation of the three detectors: scrape noise, people and
 * places, claims and speakers.
 *
 * The articles in test/fixtures/{noise,entities,claims}/heldout/ were written
 * and labelled on 2026-11-23 by someone who had not read the detector code,
 * by the definitions in each fixture README, and were not used for tuning.
 * They are NOT a target: do not change a detector to make one of these lines
 * pass, or the figures stop meaning anything. Fix the general cause, and write
 * a fresh held-out set to measure it.
 *
 * The test prints the metrics (lines prefixed "held-out") and asserts only a
 * regression floor of (first measured value − 0.05), rounded down to two
 * decimals; for the false-alarm rates, where lower is better, a ceiling of
 * (measured + 0.05), rounded up.
 *
 * Scoring follows the same definitions as noise.test.ts (line level),
 * entities-quality.test.ts (exact mention span and type, hover on the first
 * character of every gold person and place mention) and claims.test.ts (per
 * labelled sentence); those scorers are not exported, so minimal copies are here.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { buildArticle } from '../../server/src/core/article/buildArticle';
import type { Finding } from '../../server/src/core/diagnostics/finding';
import type { EntityType } from '../../server/src/core/entities';
import { NOISE_CATEGORIES, type NoiseCategory } from '../../server/src/core/noise/categories';
import { detectNoise } from '../../server/src/core/noise/detectNoise';
import { loadLabelled as loadClaims, type Label as ClaimLabel, type LabelledArticle as ClaimArticle } from '../fixtures/claims/labelled';
import { isNoiseLabel, loadLabelled as loadNoise } from '../fixtures/noise/labelled';
import { evaluateClaims, type ClaimOutcome, type Predicted } from '../support/claimScoring';
import { f1, parseFixture, scoreEntities, type Scores } from '../support/entityScoring';
import { repoRoot } from '../support/repo';

const FIXTURES = join(repoRoot(), 'test', 'fixtures');
const log = (line: string) => console.log(`held-out ${line}`);
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const fmt = (x: number) => x.toFixed(3);

// ---------------------------------------------------------------------------
// Floors and ceilings: first measured on 2026-11-23 (values in the comments).

const FLOOR = {
  noisePrecision: 0.93, // measured 0.986 (73/74) on 2026-11-23
  noiseRecall: 0.42, // measured 0.477 (73/153) on 2026-11-23
  personF1: 0.72, // measured 0.774 on 2026-11-23
  placeF1: 0.65, // measured 0.702 on 2026-11-23
  organisationF1: 0.64, // measured 0.697 on 2026-11-23
  hover: 0.55, // measured 0.608 (93/153) on 2026-11-23
  // Claims: first run 2026-11-23 recall 0.838, precision 0.859. Raised on 2026-11-24 after the general
  // fixes for the kinds of errors this set showed (so the claims set is no longer blind; heldout v2 is).
  claimRecall: 0.92, // measured 0.975 (78/80) on 2026-11-24
  claimPrecision: 0.95, // measured 1.000 (78/78) on 2026-11-24
  speakerAccuracy: 0.95, // measured 1.000 (24/24) on 2026-11-24
};

const CEILING = {
  attributedFalseAlarms: 0.05, // measured 0.000 (0/61) on 2026-11-24 (0.098, 6/61, on 2026-11-23)
  quotationFalseAlarms: 0.05, // measured 0.000 (0/24) on 2026-11-24
};

// ---------------------------------------------------------------------------
// Noise

describe('held-out: scrape noise', () => {
  const fixtures = loadNoise(join(FIXTURES, 'noise', 'heldout'));
  let tp = 0;
  let fp = 0;
  let fn = 0;

  before(() => {
    const errors: string[] = [];
    const perCategory = new Map<NoiseCategory, { total: number; right: number }>();
    let noiseLines = 0;
    let tricky = 0;
    let trickyFlagged = 0;
    let provenance = 0;
    let provenanceFlagged = 0;
    let glued = 0;
    let gluedExact = 0;
    for (const fixture of fixtures) {
      const article = buildArticle(fixture.name, fixture.text);
      const findings = detectNoise(article);
      const flagged = new Map<number, Finding[]>();
      for (const finding of findings) {
        const line = article.lineIndex.positionAt(finding.span.start).line;
        flagged.set(line, [...(flagged.get(line) ?? []), finding]);
      }
      for (const line of fixture.lines) {
        if (line.text === '') continue;
        const gold = isNoiseLabel(line.label);
        const got = flagged.get(line.line);
        const where = `${fixture.name}:${line.line + 1}`;
        if (gold) {
          noiseLines++;
          const c = perCategory.get(line.label as NoiseCategory) ?? { total: 0, right: 0 };
          c.total++;
          if (got?.some((f) => f.code === `noise.${line.label}`)) c.right++;
          perCategory.set(line.label as NoiseCategory, c);
        }
        if (line.label === '~') {
          tricky++;
          if (got) trickyFlagged++;
        }
        if (line.label === '!') {
          provenance++;
          if (got) provenanceFlagged++;
        }
        if (gold && got) tp++;
        else if (got) {
          fp++;
          errors.push(`false positive [${line.label}→${got.map((f) => f.code).join(',')}] ${where} ${line.text.slice(0, 90)}`);
        } else if (gold) {
          fn++;
          errors.push(`missed [${line.label}] ${where} ${line.text.slice(0, 90)}`);
        }
        if (line.glued && got) {
          glued++;
          const lineStart = article.lines[line.line]!.span.start;
          const expected = line.text.slice(line.glued.start, line.glued.end).trim();
          const exact = got.length === 1 && article.text.slice(got[0]!.span.start, got[0]!.span.end) === expected && got[0]!.span.start > lineStart;
          if (exact) gluedExact++;
          else errors.push(`glued span wrong ${where}: got ${got.map((f) => JSON.stringify(article.text.slice(f.span.start, f.span.end).slice(0, 60))).join(', ')}`);
        } else if (line.glued) glued++;
      }
    }
    log(`noise: ${fixtures.length} articles, ${noiseLines} noise lines, ${tricky} tricky lines, ${provenance} provenance lines`);
    log(`noise: line precision ${fmt(ratio(tp, tp + fp))} (tp ${tp}, fp ${fp}), recall ${fmt(ratio(tp, tp + fn))} (fn ${fn})`);
    log(`noise: tricky lines flagged ${trickyFlagged}/${tricky}, provenance lines flagged ${provenanceFlagged}/${provenance}, glued spans exact ${gluedExact}/${glued}`);
    for (const category of NOISE_CATEGORIES) {
      const c = perCategory.get(category);
      if (c) log(`noise: ${category.padEnd(15)} right category ${c.right}/${c.total}`);
    }
    for (const e of errors) log(`noise: ${e}`);
  });

  it('has ≥ 8 articles, ≥ 60 noise lines and ≥ 40 tricky lines', () => {
    const lines = fixtures.flatMap((f) => f.lines.filter((l) => l.text !== ''));
    assert.ok(fixtures.length >= 8);
    assert.ok(lines.filter((l) => isNoiseLabel(l.label)).length >= 60);
    assert.ok(lines.filter((l) => l.label === '~').length >= 40);
  });

  it('line precision and recall stay above the regression floor', () => {
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    assert.ok(precision >= FLOOR.noisePrecision, `precision ${fmt(precision)} < ${FLOOR.noisePrecision}`);
    assert.ok(recall >= FLOOR.noiseRecall, `recall ${fmt(recall)} < ${FLOOR.noiseRecall}`);
  });
});

// ---------------------------------------------------------------------------
// People, places, organisations (markup as in entities-quality.test.ts)

describe('held-out: people, places, organisations', () => {
  const dir = join(FIXTURES, 'entities', 'heldout');
  const fixtures = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => parseFixture(`heldout/${n}`, readFileSync(join(dir, n), 'utf8')));
  let scores: Record<EntityType, Scores>;
  let hoverRight = 0;
  let hoverTotal = 0;

  before(() => {
    // One index over the held-out folder, as in a workspace of these articles.
    const result = scoreEntities(fixtures);
    scores = result.scores;
    hoverTotal = result.hoverTotal;
    hoverRight = Math.round(result.hover * result.hoverTotal);
    const errors = result.errors;
    const people = new Set(fixtures.flatMap((f) => f.gold.filter((g) => g.type === 'person').map((g) => g.canonical)));
    log(`entities: ${fixtures.length} articles, ${people.size} people, ${fixtures.reduce((n, f) => n + f.gold.length, 0)} gold mentions`);
    for (const type of ['person', 'place', 'organisation'] as const) {
      const s = scores[type];
      log(`entities: ${type.padEnd(12)} F1 ${fmt(f1(s))} (precision ${fmt(ratio(s.tp, s.tp + s.fp))}, recall ${fmt(ratio(s.tp, s.tp + s.fn))}; tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
    }
    log(`entities: hover accuracy ${fmt(ratio(hoverRight, hoverTotal))} (${hoverRight}/${hoverTotal} person and place mentions)`);
    for (const e of errors) log(`entities: ${e}`);
  });

  it('has ≥ 6 articles and ≥ 25 people', () => {
    assert.ok(fixtures.length >= 6);
    assert.ok(new Set(fixtures.flatMap((f) => f.gold.filter((g) => g.type === 'person').map((g) => g.canonical))).size >= 25);
  });

  it('F1 per type and hover accuracy stay above the regression floor', () => {
    assert.ok(f1(scores.person) >= FLOOR.personF1, `person F1 ${fmt(f1(scores.person))}`);
    assert.ok(f1(scores.place) >= FLOOR.placeF1, `place F1 ${fmt(f1(scores.place))}`);
    assert.ok(f1(scores.organisation) >= FLOOR.organisationF1, `organisation F1 ${fmt(f1(scores.organisation))}`);
    assert.ok(ratio(hoverRight, hoverTotal) >= FLOOR.hover, `hover ${fmt(ratio(hoverRight, hoverTotal))}`);
  });
});

// ---------------------------------------------------------------------------
// Claims and speakers (same per-sentence definitions as claims.test.ts)

type Outcome = ClaimOutcome;
const evaluateHeldoutClaims = (article: ClaimArticle) => evaluateClaims(article, 'heldout');

describe('held-out: claims and speakers', () => {
  let outcomes: Outcome[] = [];
  const m = { recall: 0, precision: 0, attributed: 0, quotations: 0, speakers: 0 };

  before(() => {
    outcomes = loadClaims(join(FIXTURES, 'claims', 'heldout')).flatMap(evaluateHeldoutClaims);
    const isClaim = (o: Outcome) => o.predicted === 'unattributed' || o.predicted === 'vague';
    const of = (label: ClaimLabel) => outcomes.filter((o) => o.sentence.label === label);
    const positives = outcomes.filter((o) => o.sentence.label === 'U' || o.sentence.label === 'V');
    const flagged = outcomes.filter(isClaim);
    const attributed = of('A');
    const quotes = of('Q');
    m.recall = ratio(positives.filter(isClaim).length, positives.length);
    m.precision = ratio(positives.filter(isClaim).length, flagged.length);
    m.attributed = ratio(attributed.filter((o) => o.predicted !== 'none').length, attributed.length);
    m.quotations = ratio(quotes.filter((o) => o.predicted !== 'none').length, quotes.length);
    m.speakers = ratio(quotes.filter((o) => o.speakerCorrect).length, quotes.length);
    const files = new Set(outcomes.map((o) => o.article.file));
    log(`claims: ${files.size} articles, ${outcomes.length} sentences (${(['U', 'V', 'A', 'N', 'Q', 'Q-'] as const).map((l) => `${l} ${of(l).length}`).join(', ')})`);
    const columns: Predicted[] = ['unattributed', 'vague', 'no-speaker', 'none'];
    log(`claims: ${'lbl'.padEnd(3)}${'n'.padStart(5)} │ ${columns.map((c) => c.padStart(13)).join('')}`);
    for (const label of ['U', 'V', 'A', 'N', 'Q', 'Q-'] as const) {
      const row = of(label);
      log(`claims: ${label.padEnd(3)}${String(row.length).padStart(5)} │ ${columns.map((c) => String(row.filter((o) => o.predicted === c).length).padStart(13)).join('')}`);
    }
    log(`claims: recall ${fmt(m.recall)} (${positives.filter(isClaim).length}/${positives.length}), precision ${fmt(m.precision)} (${positives.filter(isClaim).length}/${flagged.length})`);
    log(`claims: false alarms on attributed sentences ${fmt(m.attributed)} (${attributed.filter((o) => o.predicted !== 'none').length}/${attributed.length}), on quotations ${fmt(m.quotations)} (${quotes.filter((o) => o.predicted !== 'none').length}/${quotes.length})`);
    log(`claims: speaker accuracy ${fmt(m.speakers)} (${quotes.filter((o) => o.speakerCorrect).length}/${quotes.length}); speakerless quotations flagged ${of('Q-').filter((o) => o.predicted === 'no-speaker').length}/${of('Q-').length}`);
    for (const language of ['de', 'en'] as const) {
      const sub = outcomes.filter((o) => o.article.language === language);
      const pos = sub.filter((o) => o.sentence.label === 'U' || o.sentence.label === 'V');
      log(`claims: ${language} (${sub.length} sentences): recall ${fmt(ratio(pos.filter(isClaim).length, pos.length))}, precision ${fmt(ratio(pos.filter(isClaim).length, sub.filter(isClaim).length))}`);
    }
    for (const o of outcomes) {
      const wanted = o.sentence.label === 'U' || o.sentence.label === 'V' ? 'claim' : o.sentence.label === 'Q-' ? 'no-speaker' : 'none';
      const got = isClaim(o) ? 'claim' : o.predicted;
      if (wanted === got && o.speakerCorrect !== false) continue;
      const speaker = o.sentence.label === 'Q' ? ` speaker=${JSON.stringify(o.speakers)} want ${o.sentence.speaker}` : '';
      log(`claims: ${o.article.file}:${o.sentence.line} [${o.sentence.label}→${o.predicted}]${speaker} ${o.sentence.text.slice(0, 90)}${o.message ? ` — ${o.message.slice(0, 110)}` : ''}`);
    }
  });

  it('has ≥ 8 articles and ≥ 120 sentences, covering every label', () => {
    assert.ok(new Set(outcomes.map((o) => o.article.file)).size >= 8);
    assert.ok(outcomes.length >= 120);
    for (const label of ['U', 'V', 'A', 'N', 'Q', 'Q-'] as const) assert.ok(outcomes.some((o) => o.sentence.label === label), label);
  });

  it('recall, precision and speaker accuracy stay above the floor; false alarms below the ceiling', () => {
    assert.ok(m.recall >= FLOOR.claimRecall, `recall ${fmt(m.recall)}`);
    assert.ok(m.precision >= FLOOR.claimPrecision, `precision ${fmt(m.precision)}`);
    assert.ok(m.speakers >= FLOOR.speakerAccuracy, `speaker accuracy ${fmt(m.speakers)}`);
    assert.ok(m.attributed <= CEILING.attributedFalseAlarms, `attributed false alarms ${fmt(m.attributed)}`);
    assert.ok(m.quotations <= CEILING.quotationFalseAlarms, `quotation false alarms ${fmt(m.quotations)}`);
  });
});
