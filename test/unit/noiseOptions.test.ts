/**
 * Scrape-noise options (categories, severities, user patterns) and the agency
 * credit hover.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeArticle } from '../../server/src/core/analysis/analyzeArticle';
import { buildArticle } from '../../server/src/core/article/buildArticle';
import { agencyCreditAt, describeAgencyCredit } from '../../server/src/core/noise/agencyCredits';
import { detectNoise } from '../../server/src/core/noise/detectNoise';
import { validateNoiseOptions, type NoiseOptions } from '../../server/src/core/noise/options';

const TEXT = [
  'Titel',
  '',
  'Der Rat tagte am Dienstag fünf Stunden lang und vertagte sich dann.',
  '',
  'Teilen',
  '',
  'Redaktionsschluss dieser Ausgabe war um 22 Uhr.',
  '',
  'Schreibe einen Kommentar',
  '',
].join('\n');

const codes = (options: NoiseOptions) => detectNoise(buildArticle('o.txt', TEXT), options).map((f) => `${f.code}:${f.severity}`);

describe('noise options', () => {
  test('a category can be turned off and another given a different severity', () => {
    assert.deepEqual(codes({}), ['noise.social-share:warning', 'noise.comment-form:warning']);
    assert.deepEqual(codes({ categories: { 'social-share': { enabled: false }, 'comment-form': { severity: 'hint' } } }), ['noise.comment-form:hint']);
  });

  test('analyzeArticle passes the options on', () => {
    const findings = analyzeArticle(buildArticle('o.txt', TEXT), { noise: { categories: { 'comment-form': { enabled: false } } } })
      .filter((f) => f.code.startsWith('noise.'));
    assert.deepEqual(findings.map((f) => f.code), ['noise.social-share']);
  });

  test('user patterns flag the matching line (or just the matched span) with their category', () => {
    const options: NoiseOptions = { userPatterns: [{ pattern: '^Redaktionsschluss .*$', category: 'other' }, { pattern: 'fünf Stunden', category: 'advertising' }] };
    const findings = detectNoise(buildArticle('o.txt', TEXT), options);
    const other = findings.find((f) => f.code === 'noise.other');
    assert.equal(TEXT.slice(other!.span.start, other!.span.end), 'Redaktionsschluss dieser Ausgabe war um 22 Uhr.');
    assert.match(other!.message, /user pattern #1/);
    const span = findings.find((f) => f.code === 'noise.advertising');
    assert.equal(TEXT.slice(span!.span.start, span!.span.end), 'fünf Stunden');
    assert.deepEqual(codes({ ...options, ignoreUserPatterns: true }), codes({}));
  });

  test('invalid patterns are reported, never thrown, and the valid ones still work', () => {
    const options = {
      userPatterns: [
        { pattern: 'a(', category: 'other' },
        { pattern: '(?<=x)y', category: 'other' },
        { pattern: 'x*', category: 'other' },
        { pattern: 'ok', category: 'no-such-category' },
        { pattern: 42, category: 'other' },
        { pattern: 'Redaktionsschluss', category: 'other' },
      ],
    } as unknown as NoiseOptions;
    const problems = validateNoiseOptions(options);
    assert.deepEqual(problems.map((p) => p.index), [0, 1, 2, 3, 4]);
    assert.match(problems[0].message, /Invalid pattern: .*missing closing \)/);
    assert.match(problems[2].message, /empty string/);
    assert.match(problems[3].message, /Unknown category 'no-such-category'/);
    assert.ok(detectNoise(buildArticle('o.txt', TEXT), options).some((f) => f.code === 'noise.other'));
    assert.doesNotThrow(() => validateNoiseOptions({ userPatterns: 'nonsense', categories: 7 } as unknown as NoiseOptions));
  });

  // The timeout turns a regression to a backtracking engine into a failure instead of a hang.
  test('a catastrophic pattern such as (a+)+$ on a 100,000-character line returns at once', { timeout: 10_000 }, () => {
    const text = `Titel\n\n${'a'.repeat(100_000)}!\n`;
    const article = buildArticle('redos.txt', text, { language: 'de' });
    const started = performance.now();
    const findings = detectNoise(article, { userPatterns: [{ pattern: '(a+)+$', category: 'other' }] });
    const elapsed = performance.now() - started;
    assert.deepEqual(findings, []);
    assert.ok(elapsed < 1000, `${elapsed.toFixed(0)} ms`);
  });
});

describe('agency credit hover', () => {
  const text = 'Titel\n\nBERLIN (dpa) – Der Rat tagte lange. Die Opposition widersprach. (afp/dl)\n\n(rt/dpa)\n\nKanzler Max Beispiel (SPD) und Stoltenberg (L) sprachen (ms).\n';
  const article = buildArticle('credits.txt', text);
  const at = (needle: string, delta = 1) => agencyCreditAt(article, text.indexOf(needle) + delta);

  test('names the agencies and initials of a credit or dateline at an offset', () => {
    assert.deepEqual(at('(dpa)')?.agencies.map((a) => `${a.abbreviation}=${a.name}`), ['dpa=Deutsche Presse-Agentur']);
    assert.deepEqual(at('(afp/dl)', 5)?.agencies.map((a) => [a.abbreviation, a.name, a.known]), [['afp', 'Agence France-Presse', true], ['dl', 'author initials', false]]);
    const rt = at('(rt/dpa)');
    assert.deepEqual(rt?.agencies.map((a) => a.abbreviation), ['rt', 'dpa']);
    assert.equal(text.slice(rt!.span.start, rt!.span.end), '(rt/dpa)');
    assert.match(describeAgencyCredit(rt!), /\*\*rt\*\* → RT \(formerly Russia Today\).*\n\*\*dpa\*\* → Deutsche Presse-Agentur/s);
  });

  test('nothing outside a credit, and party names or (L) are not credits', () => {
    assert.equal(at('Der Rat'), undefined);
    assert.equal(at('(SPD)'), undefined);
    assert.equal(at('(L)'), undefined);
    assert.equal(at('(ms)'), undefined, 'initials alone name no agency');
  });
});
