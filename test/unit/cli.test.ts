import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { emptyReviews, markChecked, serialiseReviews } from '../../server/src/core/claims/reviews';
import { sentenceKey } from '../../server/src/core/claims/reviewKey';
import { repoRoot } from '../support/repo';
import { TempCorpus } from '../support/tempCorpus';

function cli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [join(repoRoot(), 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('source-lens check', () => {
  let corpus: TempCorpus;

  before(() => {
    corpus = new TempCorpus({
      'a-clean.txt': 'Titel\n\nSie sagte: „Alles bleibt, wie es ist.“\n',
      'b-open.txt': 'Titel\n\n👍 Er sagte: „Das bleibt offen.\n',
      'sub/c-binary.txt': new Uint8Array([0x00, 0x01]),
      'ignored.md': 'Er sagte: „offen',
    });
  });
  after(() => corpus.dispose());

  test('text output lists file:line:col, severity, code and a summary; exit code 1 on findings', () => {
    const result = cli(['check', '.'], corpus.root);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^b-open\.txt\n {2}3:14 {2}warning {2}quote\.unbalanced {2}Quotation mark „ is never closed/m);
    assert.match(result.stdout, /sub\/c-binary\.txt\n {2}1:1 +info +file\.not-text/);
    assert.match(result.stdout, /✖ 2 problems \(0 errors, 1 warning, 1 info, 0 hints\) in 2 of 3 files\./);
    assert.doesNotMatch(result.stdout, /ignored\.md/);
    assert.match(result.stderr, /sub\/c-binary\.txt: Skipped: the file contains NUL bytes/);
  });

  test('exit code 0 and a clean summary when nothing is found', () => {
    const result = cli(['check', 'a-clean.txt'], corpus.root);
    assert.equal(result.code, 0);
    assert.equal(result.stdout, '✔ No problems in 1 file.\n');
  });

  test('JSON output has LSP-shaped diagnostics with UTF-16 characters', () => {
    const result = cli(['check', '--format', 'json', 'b-open.txt', 'a-clean.txt'], corpus.root);
    assert.equal(result.code, 1);
    const report = JSON.parse(result.stdout) as { file: string; diagnostics: { range: unknown; severity: number; code: string }[] }[];
    assert.deepEqual(report.map((file) => file.file).sort(), ['a-clean.txt', 'b-open.txt']);
    const open = report.find((file) => file.file === 'b-open.txt');
    assert.deepEqual(open?.diagnostics[0].range, { start: { line: 2, character: 13 }, end: { line: 2, character: 14 } });
    assert.equal(open?.diagnostics[0].severity, 2);
    assert.equal(open?.diagnostics[0].code, 'quote.unbalanced');
  });

  test('SARIF output is version 2.1.0 with rules, 1-based regions and UTF-16 columns', () => {
    const result = cli(['check', '--format=sarif', '.'], corpus.root);
    const log = JSON.parse(result.stdout);
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.ok(run.tool.driver.rules.some((rule: { id: string }) => rule.id === 'quote.unbalanced'));
    const finding = run.results.find((r: { ruleId: string }) => r.ruleId === 'quote.unbalanced');
    assert.equal(finding.level, 'warning');
    assert.deepEqual(finding.locations[0].physicalLocation.region, { startLine: 3, startColumn: 14, endLine: 3, endColumn: 15 });
    assert.equal(finding.locations[0].physicalLocation.artifactLocation.uri, 'b-open.txt');
  });

  test('usage errors and missing files exit with 2 and say why', () => {
    const unknownFormat = cli(['check', '--format', 'xml'], corpus.root);
    assert.equal(unknownFormat.code, 2);
    assert.match(unknownFormat.stderr, /Unknown format 'xml'/);
    const unknownOption = cli(['check', '--frobnicate'], corpus.root);
    assert.equal(unknownOption.code, 2);
    const missing = cli(['check', 'nowhere.txt', 'a-clean.txt'], corpus.root);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nowhere\.txt: no such file or folder/);
    assert.match(missing.stdout, /No problems in 1 file/, 'the rest is still checked');
  });

  test('help and version', () => {
    assert.match(cli(['--help'], corpus.root).stdout, /Usage: source-lens/);
    assert.match(cli(['--version'], corpus.root).stdout, /^\d+\.\d+\.\d+/);
  });
});

describe('source-lens check with review marks', () => {
  const UNSOURCED = 'Die Sanierung des Hallenbads wird mindestens 14 Millionen Euro kosten.';
  const reviews = (text: string) => serialiseReviews(markChecked(emptyReviews(), sentenceKey(text), { text, by: 'test', at: '2026-11-23T10:00:00.000Z' }));
  let corpus: TempCorpus;

  before(() => {
    corpus = new TempCorpus({
      'artikel/bad.txt': `Hallenbad bleibt zu\n\n${UNSOURCED}\n`,
      '.source-lens/reviews.json': reviews(UNSOURCED),
      'andere-marken.json': reviews('Ein ganz anderer Satz, der nirgends vorkommt.'),
      'kaputt.json': '{"version": 1, "reviews": [',
    });
  });
  after(() => corpus.dispose());

  test('a sentence marked as checked in .source-lens/reviews.json of the current folder is not reported', () => {
    const result = cli(['check', 'artikel'], corpus.root);
    assert.doesNotMatch(result.stdout, /claim\./);
    assert.equal(result.code, 0);
    assert.match(result.stderr, /\.source-lens\/reviews\.json: 1 sentence marked as checked is not reported/);
  });

  test('--ignore-reviews reports it, and so does a reviews file without its mark', () => {
    for (const args of [['--ignore-reviews'], ['--reviews', 'andere-marken.json']]) {
      const result = cli(['check', ...args, 'artikel'], corpus.root);
      assert.match(result.stdout, /claim\.unattributed/, args.join(' '));
      assert.equal(result.code, 1);
    }
  });

  test('a reviews file that is missing or corrupt is an error, not a silent pass', () => {
    const corrupt = cli(['check', '--reviews', 'kaputt.json', 'artikel'], corpus.root);
    assert.equal(corrupt.code, 2);
    assert.match(corrupt.stderr, /kaputt\.json: cannot read the review marks: not valid JSON/);
    assert.equal(corrupt.stdout, '');
    const missing = cli(['check', '--reviews', 'fehlt.json', 'artikel'], corpus.root);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /fehlt\.json: cannot read the review marks: no such file/);
    assert.equal(cli(['check', '--reviews', 'x.json', '--ignore-reviews'], corpus.root).code, 2);
  });
});

describe('source-lens with more article files than --max-articles', () => {
  let corpus: TempCorpus;

  before(() => {
    corpus = new TempCorpus({
      'b.txt': 'Titel\n\nEr sagte: „Das bleibt offen.\n',
      'a.txt': 'Titel\n\nSie sagte: „Alles bleibt, wie es ist.“\n',
      'c.txt': 'Titel\n\nEr sagte: „Auch das bleibt offen.\n',
    });
  });
  after(() => corpus.dispose());

  test('check analyses the first files in path order and names the rest on stderr', () => {
    const result = cli(['check', '--max-articles', '2', '.'], corpus.root);
    assert.match(result.stderr, /3 article files found; only the first 2 \(in path order\) are analysed\. 1 files from c\.txt on are left out/);
    assert.match(result.stdout, /b\.txt/);
    assert.doesNotMatch(result.stdout, /c\.txt/);
    assert.match(result.stdout, /in 1 of 2 files/);
    assert.doesNotMatch(cli(['check', '.'], corpus.root).stderr, /left out/);
    assert.equal(cli(['check', '--max-articles', '0', '.'], corpus.root).code, 2);
  });

  test('clean leaves the files beyond the limit alone', () => {
    const result = cli(['clean', '--max-articles', '1', '--out', 'sauber', '.'], corpus.root);
    assert.match(result.stderr, /only the first 1 \(in path order\) are analysed\. 2 files from b\.txt on are left out/);
  });
});
