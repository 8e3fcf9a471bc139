/**
 * Blind held-out evaluation of the three detectors: scrape noise, people and
 * places, claims and speakers.
 *
 * The articles in test/fixtures/{noise,entities,claims}/heldout/ and
 * test/fixtures/{noise,entities,claims,quotes}/heldout2/ were written and
 * labelled on 2026-11-23 by people who had not read the detector code, by the
 * definitions in each fixture README, and were not used for tuning.
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
 * labelled sentence), through the shared scorers in test/support.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { buildArticle } from '../../server/src/core/article/buildArticle';
import type { Finding } from '../../server/src/core/diagnostics/finding';
import type { EntityType } from '../../server/src/core/entities';
import { NOISE_CATEGORIES, type NoiseCategory } from '../../server/src/core/noise/categories';
import { detectNoise } from '../../server/src/core/noise/detectNoise';
import { assessClaims } from '../../server/src/core/claims/assess';
import { QuoteIndex } from '../../server/src/core/quoteMatching';
import { loadLabelled as loadClaims, type Label as ClaimLabel, type LabelledArticle as ClaimArticle } from '../fixtures/claims/labelled';
import { isNoiseLabel, loadLabelled as loadNoise } from '../fixtures/noise/labelled';
import { evaluateClaims, type ClaimOutcome, type Predicted } from '../support/claimScoring';
import { f1, parseFixture, scoreEntities, type Scores } from '../support/entityScoring';
import { repoRoot } from '../support/repo';

const FIXTURES = join(repoRoot(), 'test', 'fixtures');
const logFor = (set: string) => (line: string) => console.log(`${set} ${line}`);
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const fmt = (x: number) => x.toFixed(3);

// ---------------------------------------------------------------------------
// Floors and ceilings: first measured on 2026-11-23 (values in the comments).

interface Floors {
  noisePrecision: number;
  noiseRecall: number;
  /** The issue's rule, asserted where a set meets it: no provenance line (dateline, byline, stamp) flagged. */
  noiseProvenanceKept?: true;
  personF1: number;
  placeF1: number;
  organisationF1: number;
  hover: number;
  claimRecall: number;
  claimPrecision: number;
  speakerAccuracy: number;
  attributedFalseAlarms: number;
  quotationFalseAlarms: number;
  quoteRecall?: number;
  /** False links among the pairs tolerated as a measured ceiling (default none). */
  quoteFalseLinks?: number;
}

/** The first blind set; the detectors were improved after its first run, so its figures flatter them. */
const HELDOUT_1: Floors = {
  // Noise raised after the lexicon families and context rules of issue #3; the kinds of the earlier misses
  // were studied (not their lines), so this set is no longer fully blind for noise: heldout2 measures it.
  noisePrecision: 0.95, // measured 1.000 (153/153) on 2026-11-23; first 0.986 (73/74) on 2026-11-23
  noiseRecall: 0.95, // measured 1.000 (153/153) on 2026-11-23; first 0.477 (73/153) on 2026-11-23
  // Entities raised on 2026-11-23 after the recogniser work of issue #4 (first run: person 0.774,
  // place 0.702, organisation 0.697, hover 0.608). The error kinds of this set were studied for that
  // work (not its lines), so these figures overstate: the fresh held-out set measures it.
  personF1: 0.95, // measured 1.000 (tp 79, fp 0, fn 0) on 2026-11-23
  placeF1: 0.93, // measured 0.980 (tp 74, fp 3, fn 0) on 2026-11-23
  organisationF1: 0.88, // measured 0.937 (tp 37, fp 0, fn 5) on 2026-11-23
  hover: 0.95, // measured 1.000 (153/153) on 2026-11-23
  // Claims: first run recall 0.838, precision 0.859. Raised after the general fixes for the kinds of
  // errors this set showed (so the claims set is no longer blind; heldout2 measures it).
  claimRecall: 0.92, // measured 0.975 (78/80) on 2026-11-23
  claimPrecision: 0.95, // measured 1.000 (78/78) on 2026-11-23
  speakerAccuracy: 0.95, // measured 1.000 (24/24) on 2026-11-23
  // Ceilings: lower is better.
  attributedFalseAlarms: 0.05, // measured 0.000 (0/61) on 2026-11-23; first 0.098 (6/61)
  quotationFalseAlarms: 0.05, // measured 0.000 (0/24) on 2026-11-23
};

/** The second blind set, written in session 2 while the detectors were being changed by others. */
const HELDOUT_2: Floors = {
  // First run, 2026-11-23, on the code of the start of session 2 (before any change was tuned):
  // Noise raised in session 2 (branch noise2) after its miss KINDS were studied (zones, boxes, menus, lexicon
  // families; no line copied), so these figures flatter: the third blind set is the honest measure.
  noisePrecision: 0.95, // measured 1.000 (194/194); 0.993 before, on the code of the start of noise2
  noiseRecall: 0.935, // measured 0.985 (194/197); 0.685 before
  // Entities raised on 2026-11-23 after the second recogniser round of issue #4 (first run: person 0.827,
  // place 0.934, organisation 0.519, hover 0.847; at the start of that round: person 0.843, place 0.988,
  // organisation 0.604, hover 0.909). The error kinds of this set were studied for that round (not its
  // lines), so these figures overstate: the third blind set measures it.
  personF1: 0.95, // measured 1.000 (tp 81, fp 0, fn 0)
  placeF1: 0.95, // measured 1.000 (tp 128, fp 0, fn 0)
  organisationF1: 0.93, // measured 0.986 (tp 35, fp 0, fn 1)
  hover: 0.95, // measured 1.000 (209/209)
  // Claims raised on 2026-11-23 after the claims round 3 of issue #5 (claims3), which studied heldout3 and heldout4
  // (not this set): 0.881 (74/84), 0.937 (74/79), 0/69 and 0/21 at its start.
  claimRecall: 0.86, // measured 0.917 (77/84) on 2026-11-23; first 0.869 (73/84)
  claimPrecision: 0.88, // measured 0.939 (77/82) on 2026-11-23; first 0.880 (73/83)
  // Speakers raised on 2026-11-24 after the speaker work of issue #5 (claims2): the kinds of this set's
  // wrong speakers were studied (age and role nouns for a person introduced under another role, pronouns
  // after an object of the same gender, objects after the verb), not its lines, so this figure overstates
  // and the third blind set measures it. Before that work: 0.667 (14/21).
  speakerAccuracy: 0.95, // measured 1.000 (21/21) on 2026-11-24; first 0.571 (12/21)
  attributedFalseAlarms: 0.05, // measured 0.000 (0/69) on 2026-11-23; first 0.058 (4/69)
  quotationFalseAlarms: 0.05, // measured 0.000 (0/21) on 2026-11-23; first 0.048 (1/21)
  // Quotes raised after issue #6 (quotes2): the kinds of this set's misses (spelling variants, German–English
  // translations of ordinary news vocabulary) were studied, not their lines; heldout3 measures the work.
  quoteRecall: 0.95, // measured 1.000 (21/21), 0 false links, on 2026-11-23; first 0.714 (15/21)
};

/**
 * The third blind set: the honest measure of the session-2 work, which studied heldout2's error kinds. Its claims
 * and speakers are no longer blind: claims round 3 (claims3) studied their error kinds.
 */
const HELDOUT_3: Floors = {
  // Noise: blind to all noise work of session 2. First run 0.988/0.561 (after the first noise round),
  // then 0.988 (168/170) / 0.703 (168/239) after the second (zones, menus, widget blocks), 2026-11-23.
  // Raised after the third noise round (branch noise, issue #3): heldout3's miss KINDS were studied (player
  // controls, push prompts, affiliate notes, e-paper jumps, comment heads, author roles; no line copied), so
  // heldout3 is no longer blind for noise and these figures flatter: the fresh blind set measures it.
  noisePrecision: 0.94, // measured 0.996 (233/234), provenance lines flagged 0/49, on 2026-11-23
  noiseRecall: 0.92, // measured 0.975 (233/239) on 2026-11-23
  // Entities raised on 2026-11-23 after the third recogniser round of issue #4 (first run: person 0.887,
  // place 0.952, organisation 0.651, hover 0.890). The error kinds of this set were studied for that round
  // (not its lines; none of its names went into the lexicons), so these figures overstate: the fourth
  // blind set measures it.
  personF1: 0.94, // measured 0.993 (tp 75, fp 1, fn 0)
  placeF1: 0.92, // measured 0.971 (tp 118, fp 0, fn 7)
  organisationF1: 0.87, // measured 0.929 (tp 46, fp 1, fn 6)
  hover: 0.91, // measured 0.965 (193/200)
  // Claims and speakers: blind to both claims rounds of session 2 (first measured 2026-11-23: recall 0.856
  // (89/104), precision 0.890 (89/100), speakers 0.960 (24/25), false alarms 0.085 (7/82) and 0.000 (0/25)).
  // Raised after claims round 3 of issue #5 (claims3), which STUDIED this set's error kinds (attribution
  // cues missing from a family, Konjunktiv I of t-stems, "it said", impersonal subjects under a named source,
  // rumour frames; no line copied): the figures now flatter, and the fresh blind set measures that round.
  claimRecall: 0.85, // measured 0.904 (94/104) on 2026-11-23
  claimPrecision: 0.9, // measured 0.959 (94/98)
  speakerAccuracy: 0.95, // measured 1.000 (25/25)
  attributedFalseAlarms: 0.05, // measured 0.000 (0/82)
  quotationFalseAlarms: 0.05, // measured 0.000 (0/25)
  // Quotations: the helper of the second quote round had this set in its tree and saw only whether its
  // test passed (never its lines): first run 0.778 with one false link, now 0.833 (15/18), no false link.
  quoteRecall: 0.78,
};

/**
 * The fourth blind set (people, places, organisations and claims only): measures the third round of issues #4
 * and #5. Its entities, claims and speakers are no longer blind: the session-3 rounds studied their error kinds.
 */
const HELDOUT_4: Floors = {
  // Noise and quotation pairs of round 4 were written blind in session 3 (2026-11-23) and first measured
  // on the code as session 2 left it: noise precision 0.965 (164/170), recall 0.707 (164/232), 3 of 54
  // provenance lines flagged; quotes recall 0.875 (21/24) with one hard negative linked (both directions).
  // Raised after noise round 4 (branch noise2, issue #3): heldout4's noise was STUDIED in that round (its miss
  // and false-positive KINDS: stamp rows and issuers as provenance, live-blog entries, lexicon families of its
  // outlet types; none of its lines pasted). First blind measurement 0.965/0.707 with 3/54 provenance lines
  // flagged, on the code before session 3; 0.966/0.741 (172/178, fn 60) after noise round 3. These figures
  // now flatter: only a fresh blind set measures the noise detector.
  noisePrecision: 0.945, // measured 0.996 (222/223), provenance lines flagged 0/54, on 2026-11-23
  noiseRecall: 0.90, // measured 0.957 (222/232) on 2026-11-23
  noiseProvenanceKept: true,
  // Entities raised on 2026-11-23 after the fourth recogniser round of issue #4 (branch entities). The error
  // KINDS of this set were studied for that round (hyphenated given names, initials, surnames with particles,
  // Spanish double surnames, places by shape, legal forms, Romance bodies, clubs; none of its names went into a
  // list), so this set is no longer blind for entities: the fifth blind set measures that round. Before it:
  // person 0.908 (tp 118, fp 11, fn 13), place 0.907 (tp 117, fp 7, fn 17), organisation 0.594 (tp 49, fp 20,
  // fn 47), hover 0.860 (228/265); first run person 0.903, place 0.907, organisation 0.564, hover 0.853.
  personF1: 0.95, // measured 1.000 (tp 131, fp 0, fn 0)
  placeF1: 0.92, // measured 0.970 (tp 129, fp 3, fn 5)
  organisationF1: 0.8, // measured 0.852 (tp 75, fp 5, fn 21)
  hover: 0.93, // measured 0.981 (260/265)
  // Claims first measured 2026-11-23: recall 0.908 (79/87), precision 0.929 (79/85), speakers 0.792 (19/24),
  // false alarms 0.036 (3/84) and 0.083 (2/24) (the speaker round of session 2 had moved speakers from 0.625
  // and quotation false alarms from 0.167). Raised after claims round 3 of issue #5 (claims3), which STUDIED
  // this set's error kinds (quotations named by a following "Das sagte X", clergy roles, a role before a name
  // in apposition, documents with "hieß es"; no line copied): the fresh blind set measures that round.
  claimRecall: 0.89, // measured 0.943 (82/87) on 2026-11-23
  claimPrecision: 0.91, // measured 0.965 (82/85)
  speakerAccuracy: 0.95, // measured 1.000 (24/24)
  attributedFalseAlarms: 0.05, // measured 0.000 (0/84)
  quotationFalseAlarms: 0.05, // measured 0.000 (0/24)
  quoteRecall: 0.82,
  quoteFalseLinks: 2,
};

/**
 * The fifth blind set (people, places, organisations and claims): measures the session-3 rounds of issues #4 and #5.
 * Its claims are no longer blind: claims round 4 (claims2) studied their error kinds.
 */
const HELDOUT_5: Floors = {
  // Noise round 5 was written blind and first measured after noise round 3 of session 3 (2026-11-23):
  // precision 0.970 (131/135), recall 0.601 (131/218), 2 of 44 provenance lines flagged.
  noisePrecision: 0.92,
  noiseRecall: 0.55,
  // Entities first measured blind on the code as session 2 left it (2026-11-23), before the session-3 rounds:
  // person 0.930, place 0.913, organisation 0.696, hover 0.884; after entity round 4: 0.930, 0.920, 0.764,
  // 0.888. Raised after entity round 5 of issue #4 (branch entities2), which STUDIED this set's entity error
  // kinds (particle surnames beside an owner-named company, a role-shaped half of a double surname, valleys
  // and forests, St./Sankt towns, club nicknames and suffixes, a city's current and historical name in one
  // article; none of its names went into a list), so this set is no longer blind for entities: the next
  // blind set measures that round.
  personF1: 0.94, // measured 0.992 (tp 117, fp 1, fn 1)
  placeF1: 0.9, // measured 0.953 (tp 131, fp 4, fn 9)
  organisationF1: 0.79, // measured 0.847 (tp 69, fp 3, fn 22)
  hover: 0.91, // measured 0.961 (248/258)
  // Claims first measured blind: recall 0.812 (69/85), precision 0.821 (69/84), false alarms 0.084 (7/83) on the
  // code before session 3; 0.824 (70/85), 0.833 (70/84), 0.072 (6/83) after claims round 3. Raised after claims
  // round 4 of issue #5 (claims2), which STUDIED this set's claims error kinds (bare plural groups as sources,
  // participles completing a comparison, genitive owners, a report taken up again, pronominal adverbs and
  // estimates inside Konjunktiv chains, words on things, headlines joining the lead, unnumbered quantities; no
  // line copied): its numbers are no longer blind, the fresh blind set measures that round.
  claimRecall: 0.87, // measured 0.929 (79/85) on 2026-11-23
  claimPrecision: 0.85, // measured 0.908 (79/87)
  speakerAccuracy: 0.91, // measured 0.966 (28/29)
  attributedFalseAlarms: 0.05, // measured 0.012 (1/83)
  quotationFalseAlarms: 0.05, // measured 0.000 (0/29)
};

/** The sixth blind set (claims; people and places): measures the last session-3 rounds of issues #4 and #5. */
const HELDOUT_6: Floors = {
  noisePrecision: 0, // no noise fixtures in this set
  noiseRecall: 0,
  // Entities first measured 2026-11-23 after entity round 4; entity round 5 (which studied heldout5) left
  // every figure of this set unchanged: its fixes did not generalise to these articles.
  personF1: 0.83, // measured 0.886 (tp 93, fp 12, fn 12)
  placeF1: 0.79, // measured 0.840 (tp 97, fp 17, fn 20)
  organisationF1: 0.65, // measured 0.704 (tp 56, fp 15, fn 32)
  hover: 0.78, // measured 0.833 (185/222)
  // Claims first measured blind 2026-11-23 after claims round 3: recall 0.911 (82/90), precision 0.872 (82/94),
  // speakers 0.828, false alarms 0.110 (9/82) and 0.034 (1/29). Then claims round 4 (which studied heldout5,
  // not this set) moved it to:
  claimRecall: 0.89, // measured 0.944 (85/90)
  claimPrecision: 0.84, // measured 0.895 (85/95)
  speakerAccuracy: 0.77, // measured 0.828 (24/29)
  attributedFalseAlarms: 0.14, // measured 0.085 (7/82)
  quotationFalseAlarms: 0.09, // measured 0.034 (1/29)
};

/** The sets that have fixtures of this feature (not every round covers every feature). */
const setsWith = (feature: string) => HELDOUT_SETS.filter(([set]) => existsSync(join(FIXTURES, feature, set)));

const HELDOUT_SETS: readonly (readonly [string, Floors])[] = [
  ['heldout', HELDOUT_1],
  ['heldout2', HELDOUT_2],
  ['heldout3', HELDOUT_3],
  ['heldout4', HELDOUT_4],
  ['heldout5', HELDOUT_5],
  ['heldout6', HELDOUT_6],
];

// ---------------------------------------------------------------------------
// Noise

for (const [set, floor] of setsWith('noise')) describe(`${set}: scrape noise`, () => {
  const log = logFor(set);
  const fixtures = loadNoise(join(FIXTURES, 'noise', set));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let provenanceKept = true;

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
    provenanceKept = provenanceFlagged === 0;
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
    assert.ok(precision >= floor.noisePrecision, `precision ${fmt(precision)} < ${floor.noisePrecision}`);
    assert.ok(recall >= floor.noiseRecall, `recall ${fmt(recall)} < ${floor.noiseRecall}`);
    if (floor.noiseProvenanceKept) assert.ok(provenanceKept, 'a provenance line was flagged');
  });
});

// ---------------------------------------------------------------------------
// People, places, organisations (markup as in entities-quality.test.ts)

for (const [set, floor] of setsWith('entities')) describe(`${set}: people, places, organisations`, () => {
  const log = logFor(set);
  const dir = join(FIXTURES, 'entities', set);
  const fixtures = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => parseFixture(`${set}/${n}`, readFileSync(join(dir, n), 'utf8')));
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
    assert.ok(f1(scores.person) >= floor.personF1, `person F1 ${fmt(f1(scores.person))}`);
    assert.ok(f1(scores.place) >= floor.placeF1, `place F1 ${fmt(f1(scores.place))}`);
    assert.ok(f1(scores.organisation) >= floor.organisationF1, `organisation F1 ${fmt(f1(scores.organisation))}`);
    assert.ok(ratio(hoverRight, hoverTotal) >= floor.hover, `hover ${fmt(ratio(hoverRight, hoverTotal))}`);
  });
});

// ---------------------------------------------------------------------------
// Claims and speakers (same per-sentence definitions as claims.test.ts)

type Outcome = ClaimOutcome;
const evaluateHeldoutClaims = (article: ClaimArticle) => evaluateClaims(article, 'heldout');

for (const [set, floor] of setsWith('claims')) describe(`${set}: claims and speakers`, () => {
  const log = logFor(set);
  let outcomes: Outcome[] = [];
  const m = { recall: 0, precision: 0, attributed: 0, quotations: 0, speakers: 0 };

  before(() => {
    outcomes = loadClaims(join(FIXTURES, 'claims', set)).flatMap(evaluateHeldoutClaims);
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
    assert.ok(m.recall >= floor.claimRecall, `recall ${fmt(m.recall)}`);
    assert.ok(m.precision >= floor.claimPrecision, `precision ${fmt(m.precision)}`);
    assert.ok(m.speakers >= floor.speakerAccuracy, `speaker accuracy ${fmt(m.speakers)}`);
    assert.ok(m.attributed <= floor.attributedFalseAlarms, `attributed false alarms ${fmt(m.attributed)}`);
    assert.ok(m.quotations <= floor.quotationFalseAlarms, `quotation false alarms ${fmt(m.quotations)}`);
  });
});

// ---------------------------------------------------------------------------
// The same statement in other articles (format of test/fixtures/quotes/pairs.json)

interface QuotePair {
  readonly id: string;
  readonly kind?: string;
  readonly a: string;
  readonly b: string;
  /** For a negative: the positive whose statement its "a" side repeats on purpose. */
  readonly sameStatementAs?: string;
}

for (const [set, floor] of HELDOUT_SETS) {
  const file = join(FIXTURES, 'quotes', set, 'pairs.json');
  if (!existsSync(file)) continue;
  describe(`${set}: quotation pairs`, () => {
    const log = logFor(set);
    const { positives, negatives } = JSON.parse(readFileSync(file, 'utf8')) as { positives: QuotePair[]; negatives: QuotePair[] };
    const index = new QuoteIndex();
    for (const p of [...positives, ...negatives]) {
      for (const side of ['a', 'b'] as const) {
        const article = buildArticle(`${p.id}/${side}`, p[side]);
        index.set(`${p.id}/${side}`, article, assessClaims(article).quotations);
      }
    }
    const pairOf = (key: string) => key.split('/')[0]!;
    const linked = (from: string, to: string) =>
      index.statementsOf(from).some((qs) => index.matchesOf(from, qs[0]!).some((m) => m.key === to));
    const designedSame = (x: string, y: string) =>
      negatives.some((n) => (n.id === x && n.sameStatementAs === y) || (n.id === y && n.sameStatementAs === x));

    it('recall on matching pairs stays above the floor; no false link', () => {
      const missed = positives.filter((p) => !linked(`${p.id}/a`, `${p.id}/b`) && !linked(`${p.id}/b`, `${p.id}/a`)).map((p) => p.id);
      const recall = ratio(positives.length - missed.length, positives.length);
      const negativeIds = new Set(negatives.map((n) => n.id));
      const falseLinks: string[] = [];
      for (const p of [...positives, ...negatives]) {
        for (const key of [`${p.id}/a`, `${p.id}/b`]) {
          for (const qs of index.statementsOf(key)) {
            for (const m of index.matchesOf(key, qs[0]!)) {
              const same = pairOf(m.key) === pairOf(key);
              if (m.key === key || (same && !negativeIds.has(pairOf(key)))) continue;
              if (!same && designedSame(pairOf(key), pairOf(m.key))) continue;
              falseLinks.push(`${key} → ${m.key} (${m.kind} ${m.score.toFixed(2)})`);
            }
          }
        }
      }
      log(`quotes: ${positives.length} pairs, ${negatives.length} hard negatives: recall ${fmt(recall)}; missed ${missed.join(', ') || 'none'}; false links ${falseLinks.length} ${falseLinks.join('; ')}`);
      assert.ok(recall >= (floor.quoteRecall ?? 0.9), `recall ${fmt(recall)}`);
      assert.ok(falseLinks.length <= (floor.quoteFalseLinks ?? 0), `false links: ${falseLinks.join('; ')}`);
    });
  });
}
