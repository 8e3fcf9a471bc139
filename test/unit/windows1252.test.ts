/**
 * Windows-1252 (Latin-1) files, common in scraped archives: decoded when they
 * plausibly are such text, with a `file.decoded-windows-1252` notice, and
 * written back in the same encoding by `source-lens clean`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Corpus } from '../../server/src/core/corpus/corpus';
import { decodeArticleBytes } from '../../server/src/core/text/decode';
import { decodeWindows1252IfPlausible, encodeWindows1252 } from '../../server/src/core/text/windows1252';
import { repoRoot } from '../support/repo';
import { TempCorpus } from '../support/tempCorpus';

const LIMIT = 1 << 20;
const ARTICLE = 'Grüße aus Köln\n\nDie Bürgermeisterin sagte: „Wir müssen die Straße für 2 Mio. € sanieren.“ Das Ergebnis – äußerst knapp.\n\nTeilen\n';
const windows1252 = (text: string) => encodeWindows1252(text);

describe('Windows-1252 text', () => {
  test('German text in Windows-1252 is decoded, with a notice', () => {
    const decoded = decodeArticleBytes(windows1252(ARTICLE), LIMIT);
    assert.ok(decoded.ok);
    assert.equal(decoded.text, ARTICLE);
    assert.equal(decoded.encoding, 'windows-1252');
    assert.equal(decoded.notice?.code, 'file.decoded-windows-1252');
  });

  test('valid UTF-8 stays UTF-8, without a notice', () => {
    const decoded = decodeArticleBytes(new TextEncoder().encode(ARTICLE), LIMIT);
    assert.ok(decoded.ok);
    assert.equal(decoded.encoding, 'utf-8');
    assert.equal(decoded.notice, undefined);
  });

  test('UTF-8 with one damaged byte is not mistaken for Windows-1252 (that would garble every umlaut)', () => {
    const bytes = new TextEncoder().encode(ARTICLE);
    const damaged = new Uint8Array([...bytes.subarray(0, 10), 0xfc, ...bytes.subarray(10)]);
    const decoded = decodeArticleBytes(damaged, LIMIT);
    assert.equal(decoded.ok ? decoded.encoding : decoded.reason.code, 'file.invalid-encoding');
  });

  test('bytes that Windows-1252 leaves undefined, control characters or mostly high bytes are no Windows-1252 text', () => {
    assert.equal(decodeWindows1252IfPlausible(new Uint8Array([0x47, 0x72, 0x81, 0x65])), undefined, 'undefined byte 0x81');
    assert.equal(decodeWindows1252IfPlausible(new Uint8Array([0x47, 0xfc, 0x01, 0x02, 0x03, 0x65])), undefined, 'control characters');
    assert.equal(decodeWindows1252IfPlausible(new Uint8Array([0xe4, 0xf6, 0xfc, 0x41])), undefined, 'three high bytes in four');
    assert.equal(decodeWindows1252IfPlausible(new Uint8Array([0x41, 0x42, 0x43])), undefined, 'nothing above 0x7F: plain ASCII is UTF-8');
  });

  test('the corpus reports the notice at the start of the file, before the analysis findings', () => {
    const decoded = decodeArticleBytes(windows1252(ARTICLE), LIMIT);
    assert.ok(decoded.ok);
    const corpus = new Corpus();
    corpus.setText('file:///latin1.txt', decoded.text, decoded.notice ? [decoded.notice] : []);
    const findings = corpus.findings('file:///latin1.txt');
    assert.equal(findings[0]?.code, 'file.decoded-windows-1252');
    assert.deepEqual(findings[0]?.span, { start: 0, end: 0 });
    assert.ok(findings.some((f) => f.code === 'noise.social-share'), 'the article is analysed');
  });

  test('encoding back gives the original bytes', () => {
    const bytes = windows1252(ARTICLE);
    const decoded = decodeWindows1252IfPlausible(bytes);
    assert.equal(decoded, ARTICLE);
    assert.deepEqual(encodeWindows1252(decoded), bytes);
  });

  test('source-lens check reports the notice; clean --in-place writes Windows-1252 back', () => {
    const corpus = new TempCorpus({ 'latin1.txt': windows1252(ARTICLE) });
    try {
      const cli = (args: string[]) => spawnSync(process.execPath, [join(repoRoot(), 'dist', 'cli.js'), ...args], { cwd: corpus.root, encoding: 'utf8' });
      const check = cli(['check', '--format', 'json', 'latin1.txt']);
      assert.match(check.stderr, /decoded as Windows-1252/);
      const report = JSON.parse(check.stdout) as { diagnostics: { code: string }[] }[];
      assert.ok(report[0]!.diagnostics.some((d) => d.code === 'file.decoded-windows-1252'), check.stdout);
      const clean = cli(['clean', '--in-place', 'latin1.txt']);
      assert.equal(clean.status, 1, clean.stderr);
      const written = readFileSync(corpus.path('latin1.txt'));
      assert.deepEqual(new Uint8Array(written), windows1252(ARTICLE.replace('\n\nTeilen\n', '\n')));
      assert.deepEqual(new Uint8Array(readFileSync(corpus.path('latin1.txt.orig'))), windows1252(ARTICLE));
    } finally {
      corpus.dispose();
    }
  });
});
