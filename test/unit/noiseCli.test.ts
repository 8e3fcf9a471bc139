/**
 * `source-lens clean`, run as a process from the built CLI (npm run build first).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { repoRoot } from '../support/repo';
import { TempCorpus } from '../support/tempCorpus';

function cli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [join(repoRoot(), 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const NOISY = 'Neuer Deich für Wernau\r\n\r\nTeilen\r\n\r\nDer Stadtrat hat den Bau eines neuen Deichs beschlossen, teilte die Stadt mit.\r\n\r\nMehr zum Thema – Warum die Pegel so schnell steigen\r\n\r\n(dpa)\r\n';
const CLEANED = 'Neuer Deich für Wernau\r\n\r\nDer Stadtrat hat den Bau eines neuen Deichs beschlossen, teilte die Stadt mit.\r\n\r\n(dpa)\r\n';
const CLEAN = 'Ruhiger Tag im Rathaus\n\nDer Stadtrat hat am Dienstag ohne Streit getagt, sagte ein Sprecher.\n';

describe('source-lens clean', () => {
  let corpus: TempCorpus;
  beforeEach(() => {
    corpus = new TempCorpus({
      'in/a-noisy.txt': NOISY,
      'in/sub/b-clean.txt': CLEAN,
      'in/c-bom.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Titel\n\nDer Rat tagte lange und vertagte sich dann.\n\nTeilen\n')]),
    });
  });
  afterEach(() => corpus.dispose());

  test('--out writes cleaned copies mirroring relative paths, never touches the originals, exit 1', () => {
    const result = cli(['clean', 'in', '--out', 'out'], corpus.root);
    assert.equal(result.code, 1, result.stderr);
    assert.equal(readFileSync(corpus.path('out/in/a-noisy.txt'), 'utf8'), CLEANED);
    assert.equal(readFileSync(corpus.path('out/in/sub/b-clean.txt'), 'utf8'), CLEAN);
    assert.deepEqual([...readFileSync(corpus.path('out/in/c-bom.txt')).subarray(0, 3)], [0xef, 0xbb, 0xbf], 'byte order mark kept');
    assert.equal(readFileSync(corpus.path('in/a-noisy.txt'), 'utf8'), NOISY);
    assert.deepEqual(readdirSync(corpus.path('in')).sort(), ['a-noisy.txt', 'c-bom.txt', 'sub'], 'no temporary or .orig files');
    assert.deepEqual(readdirSync(corpus.path('out/in')).sort(), ['a-noisy.txt', 'c-bom.txt', 'sub']);
    assert.match(result.stdout, /in\/a-noisy\.txt: removed 2 lines/);
    assert.match(result.stdout, /Cleaned 2 of 3 files into out: 3 lines of scrape noise removed/);

    const again = cli(['clean', 'out', '--out', 'out2'], corpus.root);
    assert.equal(again.code, 0, 'cleaning cleaned copies finds nothing');
    assert.match(again.stdout, /Nothing to clean in 3 files/);
  });

  test('--in-place rewrites changed files through a temporary file and keeps <file>.orig', () => {
    const result = cli(['clean', 'in', '--in-place'], corpus.root);
    assert.equal(result.code, 1, result.stderr);
    assert.equal(readFileSync(corpus.path('in/a-noisy.txt'), 'utf8'), CLEANED);
    assert.equal(readFileSync(corpus.path('in/a-noisy.txt.orig'), 'utf8'), NOISY);
    assert.ok(!existsSync(corpus.path('in/sub/b-clean.txt.orig')), 'unchanged files get no .orig');
    assert.equal(readFileSync(corpus.path('in/sub/b-clean.txt'), 'utf8'), CLEAN);
    assert.ok(readdirSync(corpus.path('in')).every((name) => !name.endsWith('.tmp')));
    const again = cli(['clean', 'in', '--in-place'], corpus.root);
    assert.equal(again.code, 0);
    assert.equal(readFileSync(corpus.path('in/a-noisy.txt.orig'), 'utf8'), NOISY, 'the original stays');
  });

  test('usage and I/O errors exit with 2', () => {
    assert.equal(cli(['clean', 'in'], corpus.root).code, 2, 'neither --out nor --in-place');
    assert.equal(cli(['clean', 'in', '--out', 'x', '--in-place'], corpus.root).code, 2, 'both');
    assert.equal(cli(['clean', '--out', 'x'], corpus.root).code, 2, 'no paths');
    assert.equal(cli(['clean', 'in', '--out'], corpus.root).code, 2, 'no folder');
    assert.equal(cli(['clean', 'in', '--frobnicate', '--in-place'], corpus.root).code, 2);
    const missing = cli(['clean', 'nowhere.txt', '--out', 'out'], corpus.root);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nowhere\.txt/);
    corpus.write('blocker', 'a file where the output folder should be');
    const blocked = cli(['clean', 'in/a-noisy.txt', '--out', 'blocker'], corpus.root);
    assert.equal(blocked.code, 2);
    assert.equal(readFileSync(corpus.path('in/a-noisy.txt'), 'utf8'), NOISY);
  });
});
