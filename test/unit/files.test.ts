/**
 * Hostile folders: symbolic link loops, links that lead nowhere, FIFOs named
 * like articles, files that cannot be read, excluded folders. Each gives a
 * clear message (or is left out quietly where nobody would expect it) and the
 * rest of the corpus is found and read.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { articleMatcher, findArticleFiles } from '../../server/src/node/findArticleFiles';
import { readArticleFile } from '../../server/src/node/readArticleFile';
import { encodeWindows1252 } from '../../server/src/core/text/windows1252';
import { repoRoot } from '../support/repo';
import { TempCorpus } from '../support/tempCorpus';

const ARTICLE = 'Titel\n\nDer Stadtrat hat am Dienstag getagt, sagte ein Sprecher.\n\nTeilen\n';
const MB = 1 << 20;
const linux = process.platform === 'linux';

function makeFifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

describe('finding article files in a hostile folder', () => {
  let corpus: TempCorpus;
  beforeEach(() => {
    corpus = new TempCorpus({
      'good.txt': ARTICLE,
      'sub/also-good.txt': ARTICLE,
      'node_modules/pkg/readme.txt': ARTICLE,
      '.git/info.txt': ARTICLE,
      'archive/old.txt': ARTICLE,
      'deep/drafts/draft.txt': ARTICLE,
      'notes.bak.txt': ARTICLE,
    });
  });
  afterEach(() => corpus.dispose());

  test('a folder link back up the tree does not loop; every file is found once', async () => {
    symlinkSync(corpus.root, corpus.path('sub/up'), 'dir');
    symlinkSync(corpus.path('sub'), corpus.path('sub-again'), 'dir');
    const found = await findArticleFiles(corpus.root, { include: ['**/*.txt'] });
    const names = found.files.map((file) => file.slice(corpus.root.length + 1)).sort();
    assert.ok(names.includes('good.txt'));
    assert.equal(names.filter((name) => name.endsWith('also-good.txt')).length, 1, names.join(', '));
    assert.ok(!names.some((name) => name.startsWith('node_modules') || name.startsWith('.git')), 'node_modules and .git are skipped');
  });

  test('a link that leads nowhere or to itself is reported when it is named like an article, and quietly left out otherwise', async () => {
    symlinkSync(corpus.path('gone.txt'), corpus.path('dangling.txt'));
    symlinkSync(corpus.path('loop.txt'), corpus.path('loop.txt'));
    symlinkSync(corpus.path('gone.bin'), corpus.path('dangling.bin'));
    const found = await findArticleFiles(corpus.root, { include: ['**/*.txt'] });
    const errors = found.errors.map((error) => `${error.path.slice(corpus.root.length + 1)}: ${error.message}`);
    assert.ok(errors.some((e) => /^dangling\.txt: a symbolic link that leads nowhere \(no such file/.test(e)), errors.join('\n'));
    assert.ok(errors.some((e) => /^loop\.txt: a symbolic link that leads nowhere \(too many levels of symbolic links\)/.test(e)), errors.join('\n'));
    assert.ok(!errors.some((e) => e.startsWith('dangling.bin')), 'a dangling link that is no article is not worth a message');
    assert.ok(found.files.some((file) => file.endsWith('good.txt')), 'the rest is found');
  });

  test('a FIFO named like an article is not listed (reading it would block)', { skip: !linux }, async () => {
    makeFifo(corpus.path('pipe.txt'));
    const found = await findArticleFiles(corpus.root, { include: ['**/*.txt'] });
    assert.ok(!found.files.some((file) => file.endsWith('pipe.txt')));
  });

  test('exclude globs (VS Code files.exclude) leave out folders, their contents and single files', async () => {
    const exclude = ['archive', '**/drafts', '**/*.bak.txt'];
    const found = await findArticleFiles(corpus.root, { include: ['**/*.txt'], exclude });
    const names = found.files.map((file) => file.slice(corpus.root.length + 1).split('\\').join('/')).sort();
    assert.deepEqual(names, ['good.txt', 'sub/also-good.txt']);
    const matches = articleMatcher({ include: ['**/*.txt'], exclude });
    assert.equal(matches('archive/new.txt'), false, 'a file created later in an excluded folder');
    assert.equal(matches('a/b/drafts/c/d.txt'), false);
    assert.equal(matches('node_modules/x/y.txt'), false);
    assert.equal(matches('x.bak.txt'), false);
    assert.equal(matches('sub/archive.txt'), true, 'only the folder "archive" at the top is excluded');
  });
});

describe('reading one article file', () => {
  let corpus: TempCorpus;
  beforeEach(() => {
    corpus = new TempCorpus({ 'good.txt': ARTICLE, 'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'big.txt': 'x'.repeat(2048) });
  });
  afterEach(() => corpus.dispose());

  test('a FIFO is skipped at once with a message, never read', { skip: !linux, timeout: 10_000 }, async () => {
    makeFifo(corpus.path('pipe.txt'));
    const result = await readArticleFile(corpus.path('pipe.txt'), MB);
    assert.equal(result.kind, 'skipped');
    assert.ok(result.kind === 'skipped' && result.reason.code === 'file.unreadable' && /pipe/.test(result.reason.message), JSON.stringify(result));
  });

  test('a file whose read fails (EIO from /proc/self/mem) is skipped as unreadable', { skip: !linux }, async () => {
    symlinkSync('/proc/self/mem', corpus.path('mem.txt'));
    const result = await readArticleFile(corpus.path('mem.txt'), MB);
    assert.ok(result.kind === 'skipped' && result.reason.code === 'file.unreadable', JSON.stringify(result));
    assert.match(result.kind === 'skipped' ? result.reason.message : '', /cannot be read/);
  });

  test('a file without read permission is skipped as unreadable', { skip: !linux || process.getuid?.() === 0 ? 'root reads every file' : false }, async () => {
    chmodSync(corpus.path('good.txt'), 0o000);
    const result = await readArticleFile(corpus.path('good.txt'), MB);
    assert.ok(result.kind === 'skipped' && result.reason.code === 'file.unreadable' && /permission denied/.test(result.reason.message), JSON.stringify(result));
  });

  test('binary, too large, a folder, a missing file', async () => {
    const binary = await readArticleFile(corpus.path('binary.txt'), MB);
    assert.ok(binary.kind === 'skipped' && binary.reason.code === 'file.not-text');
    const big = await readArticleFile(corpus.path('big.txt'), 1024);
    assert.ok(big.kind === 'skipped' && big.reason.code === 'file.too-large');
    mkdirSync(corpus.path('folder.txt'));
    assert.equal((await readArticleFile(corpus.path('folder.txt'), MB)).kind, 'missing');
    assert.equal((await readArticleFile(corpus.path('nowhere.txt'), MB)).kind, 'missing');
    const good = await readArticleFile(corpus.path('good.txt'), MB);
    assert.ok(good.kind === 'text' && good.text === ARTICLE);
  });
});

describe('source-lens check over a hostile folder', () => {
  test('every bad file gets a clear message, and the good article is still analysed', { skip: !linux, timeout: 60_000 }, () => {
    const corpus = new TempCorpus({
      'good.txt': ARTICLE,
      'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'latin1.txt': encodeWindows1252('Grüße\n\nDie Straße wird für 2 Mio. € saniert.\n'),
      'garbage.txt': new Uint8Array([0x41, 0xc3, 0x28, 0xa0, 0xa1, 0xfe, 0xfd, 0x65]),
    });
    try {
      makeFifo(corpus.path('pipe.txt'));
      symlinkSync(corpus.path('gone.txt'), corpus.path('dangling.txt'));
      symlinkSync('/proc/self/mem', corpus.path('mem.txt'));
      symlinkSync(corpus.root, corpus.path('loop'), 'dir');
      const result = spawnSync(process.execPath, [join(repoRoot(), 'dist', 'cli.js'), 'check', '--format', 'json', '.'], { cwd: corpus.root, encoding: 'utf8', timeout: 50_000 });
      assert.equal(result.error, undefined, 'the command ends');
      const stderr = result.stderr;
      assert.match(stderr, /binary\.txt: Skipped: the file contains NUL bytes/);
      assert.match(stderr, /garbage\.txt: Skipped: the file is not valid UTF-8 text, nor text in Windows-1252/);
      assert.match(stderr, /latin1\.txt: The file is not valid UTF-8; it was decoded as Windows-1252/);
      assert.match(stderr, /dangling\.txt: a symbolic link that leads nowhere/);
      assert.match(stderr, /mem\.txt: Skipped: the file cannot be read/);
      assert.ok(!/pipe\.txt/.test(stderr), 'a FIFO in a folder is left out quietly');
      const report = JSON.parse(result.stdout) as { file: string; diagnostics: { code: string }[] }[];
      const good = report.find((file) => file.file === 'good.txt');
      assert.ok(good?.diagnostics.some((d) => d.code === 'noise.social-share'), 'the good article is analysed');
      assert.ok(report.find((file) => file.file === 'latin1.txt'), 'the Windows-1252 article is analysed');
      assert.equal(result.status, 2, 'unreadable files make it an I/O error run');

      const fifo = spawnSync(process.execPath, [join(repoRoot(), 'dist', 'cli.js'), 'check', 'pipe.txt', 'good.txt'], { cwd: corpus.root, encoding: 'utf8', timeout: 50_000 });
      assert.equal(fifo.error, undefined, 'naming a FIFO on the command line does not hang');
      assert.match(fifo.stderr, /pipe\.txt: not a regular file/);
    } finally {
      corpus.dispose();
    }
  });
});
