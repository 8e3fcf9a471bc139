/**
 * Scrape noise: detection quality on the labelled fixtures (test/fixtures/noise),
 * provenance that must never be flagged, glued spans, duplicates, and the
 * cleaning guarantees on every fixture and on samples/.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildArticle } from '../../server/src/core/article/buildArticle';
import type { Article } from '../../server/src/core/article/types';
import { analyzeArticle } from '../../server/src/core/analysis/analyzeArticle';
import { DIAGNOSTIC_CODES } from '../../server/src/core/diagnostics/codes';
import type { Finding } from '../../server/src/core/diagnostics/finding';
import { NOISE_CATEGORIES, type NoiseCategory } from '../../server/src/core/noise/categories';
import { applyEdits, cleanArticle, noiseEdits, removalEdit } from '../../server/src/core/noise/clean';
import { detectNoise } from '../../server/src/core/noise/detectNoise';
import { isNoiseLabel, loadLabelled, type LabelledArticle } from '../fixtures/noise/labelled';
import { repoRoot } from '../support/repo';

const FIXTURES = join(repoRoot(), 'test', 'fixtures', 'noise');
const fixtures = loadLabelled(FIXTURES);

interface Evaluated {
  readonly fixture: LabelledArticle;
  readonly article: Article;
  readonly findings: Finding[];
  /** Categories flagged on each line. */
  readonly flagged: Map<number, NoiseCategory[]>;
}

function evaluate(fixture: LabelledArticle): Evaluated {
  const article = buildArticle(fixture.name, fixture.text);
  const findings = detectNoise(article);
  const flagged = new Map<number, NoiseCategory[]>();
  for (const finding of findings) {
    const line = article.lineIndex.positionAt(finding.span.start).line;
    flagged.set(line, [...(flagged.get(line) ?? []), finding.code.slice('noise.'.length) as NoiseCategory]);
  }
  return { fixture, article, findings, flagged };
}

const evaluated = fixtures.map(evaluate);

function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

describe('noise fixtures', () => {
  test('the labelled set is big enough: ≥ 150 noise lines, ≥ 8 per category, German and English, ≥ 40 tricky lines', () => {
    const perCategory = new Map<string, number>();
    let noise = 0;
    let tricky = 0;
    for (const { lines } of fixtures) {
      for (const line of lines) {
        if (line.text === '') continue;
        if (isNoiseLabel(line.label)) {
          noise++;
          perCategory.set(line.label, (perCategory.get(line.label) ?? 0) + 1);
        }
        if (line.label === '~') tricky++;
      }
    }
    assert.ok(noise >= 150, `${noise} noise lines`);
    for (const category of NOISE_CATEGORIES) assert.ok((perCategory.get(category) ?? 0) >= 8, `${category}: ${perCategory.get(category) ?? 0}`);
    assert.ok(tricky >= 40, `${tricky} tricky lines`);
    const languages = new Set(evaluated.map((e) => e.article.language));
    assert.deepEqual([...languages].sort(), ['de', 'en']);
    const clean = evaluated.filter((e) => e.fixture.name.startsWith('clean-'));
    assert.ok(clean.some((e) => e.article.language === 'de') && clean.some((e) => e.article.language === 'en'));
  });

  test('line-level precision and recall are at least 0.95', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const misses: string[] = [];
    for (const { fixture, flagged } of evaluated) {
      for (const line of fixture.lines) {
        if (line.text === '') continue;
        const gold = isNoiseLabel(line.label);
        const got = flagged.has(line.line);
        if (gold && got) truePositives++;
        else if (got) {
          falsePositives++;
          misses.push(`false positive ${fixture.name}:${line.line + 1} ${line.text}`);
        } else if (gold) {
          falseNegatives++;
          misses.push(`missed ${fixture.name}:${line.line + 1} [${line.label}] ${line.text}`);
        }
      }
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    assert.ok(precision >= 0.95, `precision ${precision.toFixed(3)}\n${misses.join('\n')}`);
    assert.ok(recall >= 0.95, `recall ${recall.toFixed(3)}\n${misses.join('\n')}`);
  });

  test('per category: most lines of every category get that category, and no category is confused often', () => {
    for (const category of NOISE_CATEGORIES) {
      let total = 0;
      let right = 0;
      for (const { fixture, flagged } of evaluated) {
        for (const line of fixture.lines) {
          if (line.label !== category) continue;
          total++;
          if (flagged.get(line.line)?.includes(category)) right++;
        }
      }
      assert.ok(right / total >= 0.8, `${category}: ${right} of ${total} lines with the right category`);
    }
  });

  test('provenance and tricky article lines are never flagged', () => {
    for (const { fixture, flagged } of evaluated) {
      for (const line of fixture.lines) {
        if (line.label !== '!' && line.label !== '~') continue;
        assert.equal(flagged.get(line.line), undefined, `${fixture.name}:${line.line + 1} ${line.text}`);
      }
    }
  });

  test('glued noise is flagged on its exact span, not on the whole line', () => {
    let glued = 0;
    for (const { fixture, article, findings } of evaluated) {
      for (const line of fixture.lines) {
        if (!line.glued) continue;
        glued++;
        const lineStart = article.lines[line.line].span.start;
        const expected = line.text.slice(line.glued.start, line.glued.end).trim();
        const onLine = findings.filter((f) => article.lineIndex.positionAt(f.span.start).line === line.line);
        assert.equal(onLine.length, 1, `${fixture.name}:${line.line + 1}`);
        assert.equal(onLine[0].code, `noise.${line.label}`);
        assert.equal(article.text.slice(onLine[0].span.start, onLine[0].span.end), expected);
        assert.ok(onLine[0].span.start > lineStart, 'the span does not start at the line start');
      }
    }
    assert.ok(glued >= 4, `${glued} glued lines`);
  });

  test('every finding has its code, the code severity and a message that says what and why', () => {
    for (const { findings, article } of evaluated) {
      for (const finding of findings) {
        assert.ok(finding.code in DIAGNOSTIC_CODES);
        assert.equal(finding.severity, DIAGNOSTIC_CODES[finding.code].severity);
        const excerpt = article.text.slice(finding.span.start, finding.span.end);
        assert.match(finding.message, /^[A-Z][\w -]+: '.+' — .+; .+\.$/u, finding.message);
        assert.ok(finding.message.includes(excerpt.slice(0, 20).replace(/\s+/g, ' ').trim()), finding.message);
      }
    }
  });

  test('the noise codes are registered: warning, except duplicate-line and other (information)', () => {
    for (const category of NOISE_CATEGORIES) {
      const info = DIAGNOSTIC_CODES[`noise.${category}`];
      assert.equal(info.severity, category === 'duplicate-line' || category === 'other' ? 'information' : 'warning');
      assert.ok(info.summary.length > 20);
    }
  });
});

describe('noise detection details', () => {
  test('a headline scraped twice: the later copy is flagged, the first is not', () => {
    const text = ' date 2025-06 Wernau baut einen neuen Deich für die Altstadt\n\nWernau baut einen neuen Deich für die Altstadt\n\nDer Stadtrat hat am Dienstag den Bau eines neuen Deichs beschlossen, wie ein Sprecher mitteilte.\n';
    const findings = detectNoise(buildArticle('dup.txt', text));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].code, 'noise.duplicate-line');
    assert.equal(findings[0].span.start, text.indexOf('\nWernau baut') + 1);
    assert.match(findings[0].message, /copy of line 1 \(the headline\)/);
  });

  test('a caption with its credit glued to the header line: only the credit is flagged, the header stays', () => {
    const text = ' date 2025-02 Die Ministerin am Montag in Hallberg. Foto: Nils Albers - Pool / Getty Images\n\nDie Minister haben sich am Freitag auf eine Reform geeinigt.\n';
    const article = buildArticle('glued.txt', text);
    const findings = detectNoise(article);
    assert.equal(findings.length, 1);
    assert.equal(text.slice(findings[0].span.start, findings[0].span.end), 'Foto: Nils Albers - Pool / Getty Images');
    assert.equal(cleanArticle(article, findings), ' date 2025-02 Die Ministerin am Montag in Hallberg.\n\nDie Minister haben sich am Freitag auf eine Reform geeinigt.\n');
  });

  test('an advertisement glued to the end of a paragraph is flagged from its first word on', () => {
    const text = 'Titel\n\nDer Bund zahlt jährlich 600 Millionen Euro. Jetzt einen von drei Kurztrips gewinnen Bote 6 Wochen gratis ausprobieren Jetzt teilnehmen Ich bin bereits Abonnent\n';
    const findings = detectNoise(buildArticle('ad.txt', text));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].code, 'noise.advertising');
    assert.equal(text.slice(findings[0].span.start, findings[0].span.end), text.slice(text.indexOf('Jetzt einen'), text.length - 1));
  });

  test('agency credits, datelines, author lines and quotations on their own lines are not noise', () => {
    const text = [
      'Einigung im Tarifstreit',
      '',
      'Von Anna Beispiel',
      '',
      'BERLIN (dpa) – Die Tarifparteien haben sich in der Nacht geeinigt, teilte die Gewerkschaft mit.',
      '',
      '„Wir sind zufrieden, aber nicht glücklich.“',
      '',
      '(afp/dl)',
      '',
      '(rt/dpa)',
      '',
      'By Sam Example',
      '',
      'Mit Material von dpa',
      '',
    ].join('\n');
    assert.deepEqual(detectNoise(buildArticle('provenance.txt', text)), []);
    // Even inside a block of share buttons, a credit or an author line stays.
    const block = 'Titel\n\nDer Rat tagte am Dienstag fünf Stunden lang und vertagte sich.\n\nTeilen\n(dpa)\nTeilen\nVon Anna Beispiel\nDrucken\n';
    assert.deepEqual(detectNoise(buildArticle('block.txt', block)).map((f) => block.slice(f.span.start, f.span.end)), ['Teilen', 'Teilen', 'Drucken']);
  });

  test('a bare duration and the video title above it are a video player; ticker times followed by an entry are not', () => {
    const video = 'Titel\n\nDer Rat tagte fünf Stunden lang und vertagte sich dann.\n\nWas die Reform für Pendler bedeutet\n\n10:37\n\nDie Opposition will die Reform prüfen, sagte ein Sprecher.\n';
    const found = detectNoise(buildArticle('video.txt', video));
    assert.deepEqual(found.map((f) => [f.code, video.slice(f.span.start, f.span.end)]), [
      ['noise.media-widget', 'Was die Reform für Pendler bedeutet'],
      ['noise.media-widget', '10:37'],
    ]);
    const ticker = 'Liveblog\n\n10:37\nDie Sitzung ist eröffnet, auf der Tagesordnung stehen 23 Punkte.\n\n11:02\nDer Kämmerer verteidigt den Haushalt, die Opposition widerspricht.\n';
    assert.deepEqual(detectNoise(buildArticle('ticker.txt', ticker)), []);
    // Three or more bare times and no player around them: a ticker, even with blank lines after the times.
    const spaced = 'Liveblog\n\n10:37\n\nDie Sitzung ist eröffnet.\n\n11:02\n\nDer Kämmerer spricht.\n\n11:40\n\nDie Opposition widerspricht.\n';
    assert.deepEqual(detectNoise(buildArticle('ticker2.txt', spaced)), []);
  });

  test('analyzeArticle includes the noise findings, sorted by offset', () => {
    const text = 'Titel\n\nTeilen\n\nDer Rat tagte am Dienstag fünf Stunden lang, dann vertagte er sich.\n\nSchreibe einen Kommentar\n';
    const findings = analyzeArticle(buildArticle('a.txt', text)).filter((f) => f.code.startsWith('noise.'));
    assert.deepEqual(findings.map((f) => f.code), ['noise.social-share', 'noise.comment-form']);
  });
});

// ---------------------------------------------------------------------------
// Cleaning

/** Checks the cleaning guarantees for one article and returns the cleaned text. */
function assertCleaningProperties(name: string, article: Article, findings: readonly Finding[]): string {
  const cleaned = cleanArticle(article, findings);
  const original = splitLines(article.text);
  const result = splitLines(cleaned);

  // Cleaning twice changes nothing the second time.
  const again = buildArticle(article.uri, cleaned, { language: article.language });
  assert.equal(cleanArticle(again, detectNoise(again)), cleaned, `${name}: idempotent`);

  // Exactly one blank line between paragraphs, none at the start or the end.
  const body = cleaned.endsWith('\n') ? result.slice(0, -1) : result;
  for (let i = 0; i < body.length; i++) {
    const blank = body[i].trim() === '';
    assert.ok(!(blank && (i === 0 || i === body.length - 1)), `${name}: blank line at the start or end`);
    assert.ok(!(blank && body[i + 1] !== undefined && body[i + 1].trim() === ''), `${name}: two blank lines at line ${i + 1}`);
  }

  // Every line that no finding flags is kept byte for byte, in order; nothing is added.
  const flaggedLines = new Map<number, Finding[]>();
  for (const finding of findings) {
    const line = article.lineIndex.positionAt(finding.span.start).line;
    flaggedLines.set(line, [...(flaggedLines.get(line) ?? []), finding]);
  }
  const kept = original.filter((line, i) => line.trim() !== '' && !flaggedLines.has(i));
  const resultLines = body.filter((line) => line.trim() !== '');
  let at = 0;
  for (const line of resultLines) {
    if (at < kept.length && line === kept[at]) at++;
    else assert.ok(original.some((o) => o.startsWith(line.trimEnd()) || o.endsWith(line.trimStart())), `${name}: unexpected line '${line}'`);
  }
  assert.equal(at, kept.length, `${name}: an unflagged line went missing: '${kept[at]}'`);

  // Line endings stay as they were.
  if (article.text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(cleaned), `${name}: CRLF kept`);
  if (article.text.endsWith('\n')) assert.ok(cleaned.endsWith('\n'), `${name}: final line break kept`);
  return cleaned;
}

describe('cleaning', () => {
  test('on every fixture: idempotent, one blank line between paragraphs, article lines byte for byte', () => {
    for (const { fixture, article, findings } of evaluated) {
      const cleaned = assertCleaningProperties(fixture.name, article, findings);
      const lines = splitLines(cleaned);
      // Every article line of the fixture survives verbatim; glued lines lose just their noise.
      let at = 0;
      for (const line of fixture.lines) {
        if (line.text === '') continue;
        const expected = line.glued ? line.text.slice(0, line.glued.start).trimEnd() + line.text.slice(line.glued.end) : line.text;
        if (isNoiseLabel(line.label) && !line.glued) continue;
        const found = lines.indexOf(expected, at);
        assert.ok(found >= 0, `${fixture.name}: line ${line.line + 1} not kept verbatim: '${expected}'`);
        at = found + 1;
      }
      // And no noise line of the fixture is left.
      for (const line of fixture.lines) {
        if (isNoiseLabel(line.label) && !line.glued) assert.ok(!lines.includes(line.text) || line.label === 'duplicate-line', `${fixture.name}: '${line.text}' left`);
      }
    }
  });

  test('on samples/: the cleaning guarantees hold and the noise the README lists is gone', () => {
    const dir = join(repoRoot(), 'samples');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const article = buildArticle(file, readFileSync(join(dir, file), 'utf8'));
      const findings = detectNoise(article);
      assert.ok(findings.length > 0, `${file}: the samples all have scrape noise`);
      const cleaned = assertCleaningProperties(file, article, findings);
      for (const gone of ['Schreibe einen Kommentar', 'Video abspielen', 'Share on Facebook', 'Wir verwenden Cookies', 'Mehr zum Thema', 'ANZEIGE']) {
        assert.ok(!cleaned.includes(gone), `${file}: '${gone}' left`);
      }
      for (const kept of ['(dpa/afp)', '(afp/rtr)', '(dpa/rtr)', 'GENF (dpa) –', 'Von Dr. Theresa Albrecht', 'By Helen Marsh, Europe correspondent']) {
        if (article.text.includes(kept)) assert.ok(cleaned.includes(kept), `${file}: '${kept}' removed`);
      }
    }
  });

  test('the edits: "Remove this line" covers the line and its line break; all edits reproduce cleanArticle', () => {
    const text = 'Titel\r\n\r\nDer Rat tagte am Dienstag fünf Stunden lang und vertagte sich.\r\n\r\nTeilen\r\n\r\nDie Opposition kündigte Widerstand an, sagte ein Sprecher.';
    const article = buildArticle('edits.txt', text);
    const findings = detectNoise(article);
    assert.equal(findings.length, 1);
    const edit = removalEdit(article, findings[0]);
    assert.equal(text.slice(edit.span.start, edit.span.end), 'Teilen\r\n');
    assert.equal(edit.newText, '');
    const edits = noiseEdits(article, findings);
    assert.equal(applyEdits(text, edits), cleanArticle(article, findings));
    assert.equal(cleanArticle(article, findings), 'Titel\r\n\r\nDer Rat tagte am Dienstag fünf Stunden lang und vertagte sich.\r\n\r\nDie Opposition kündigte Widerstand an, sagte ein Sprecher.');
    for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].span.end <= edits[i].span.start, 'sorted, not overlapping');
  });

  test('cleaning ignores findings that are not noise and never removes an unflagged line', () => {
    const text = 'Titel\n\nEr sagte: „offen\n\nTeilen\n';
    const article = buildArticle('mixed.txt', text);
    const findings = analyzeArticle(article);
    assert.ok(findings.some((f) => f.code === 'quote.unbalanced'));
    assert.equal(cleanArticle(article, findings), 'Titel\n\nEr sagte: „offen\n');
    assert.equal(cleanArticle(article, []), text);
  });
});

describe('real scraped articles (local only, not asserted on their text)', () => {
  const seeds = join(repoRoot(), '..', 'shared', 'seeds');
  test('the seeds in ../shared/seeds: noise of the expected kinds is found and cleaning keeps its guarantees', { skip: !existsSync(seeds) }, () => {
    const categories = new Set<string>();
    for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
      const article = buildArticle(file, readFileSync(join(seeds, file), 'utf8'));
      const findings = detectNoise(article);
      findings.forEach((f) => categories.add(f.code));
      assertCleaningProperties(file, article, findings);
      // Agency credits stay.
      const cleaned = cleanArticle(article, findings);
      for (const credit of article.text.match(/\((?:[a-z]{2,5}\/)*[a-z]{2,5}\)/g) ?? []) assert.ok(cleaned.includes(credit), `${file}: ${credit}`);
    }
    for (const code of ['noise.related-links', 'noise.comment-form', 'noise.advertising', 'noise.image-credit', 'noise.media-widget', 'noise.duplicate-line']) {
      assert.ok(categories.has(code), code);
    }
  });
});
