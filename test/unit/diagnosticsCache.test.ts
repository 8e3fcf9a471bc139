import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import {
  decodeCache,
  encodeCache,
  readDiagnosticsCache,
  settingsKey,
  type CacheHeader,
  type CachedFile,
} from '../../server/src/node/diagnosticsCache';
import { TempCorpus } from '../support/tempCorpus';

const HEADER: CacheHeader = { format: 1, analyser: '0.1.0+abc', settings: settingsKey({ maxFileSize: 5 }), language: 'de' };

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

const FILES: CachedFile[] = [
  {
    path: '/corpus/a.txt',
    size: 1234,
    mtimeMs: 1763900000123.4567,
    diagnostics: [
      { range: range(0, 0, 12), severity: 2, code: 'noise.menuRow', source: 'Source Lens', message: 'Navigationszeile' },
      { range: range(4, 3, 9), severity: 3, code: 'claim.unattributed', source: 'Source Lens', message: 'Behauptung „ohne“ Quelle 👀' },
      { range: range(7, 0, 1), severity: 2, code: 'noise.menuRow', source: 'Source Lens', message: 'Navigationszeile' },
    ],
  },
  { path: '/corpus/leer.txt', size: 0, mtimeMs: 1, diagnostics: [] },
  {
    path: '/corpus/other fields.txt',
    size: 9,
    mtimeMs: 2,
    diagnostics: [
      { range: range(1, 0, 4), code: 42, message: 'numeric code, no severity or source' },
      { range: range(2, 0, 4), severity: 4, code: 'quote.x', message: 'tags and data survive', tags: [1], data: { key: 'k' } },
    ],
  },
];

/** Every file of a loaded cache, with its diagnostics decoded. */
function filesOf(loaded: ReturnType<typeof decodeCache>): CachedFile[] {
  assert.ok(loaded.ok, loaded.ok ? '' : loaded.reason);
  return [...loaded.cache.files.values()].map((stamp) => ({ ...stamp, diagnostics: loaded.cache.diagnostics(stamp.path)! }));
}

describe('diagnostics cache file', () => {
  test('round trip: every file, stamp and diagnostic comes back as it was', () => {
    const files = filesOf(decodeCache(encodeCache(HEADER, FILES), HEADER));
    assert.deepEqual(files, FILES);
    // Exact equality as the server compares (no stray undefined fields).
    assert.deepStrictEqual(files[0]!.diagnostics as Diagnostic[], FILES[0]!.diagnostics);
  });

  test('writes a repeated message once', () => {
    const content = encodeCache(HEADER, FILES);
    assert.equal(content.split('Navigationszeile').length - 1, 1);
  });

  for (const field of ['format', 'analyser', 'settings', 'language'] as const) {
    test(`a cache with another ${field} is not used`, () => {
      const other = { ...HEADER, [field]: field === 'format' ? 99 : 'other' };
      const loaded = decodeCache(encodeCache(other, FILES), HEADER);
      assert.equal(loaded.ok, false);
    });
  }

  test('the settings key ignores key order and changes with any value', () => {
    const noise = { categories: { menuRow: 'warning', share: 'off' }, userPatterns: ['^Anzeige$'] };
    const base = settingsKey({ articleFiles: ['**/*.txt'], maxFileSize: 5, noise, reviewed: ['k1'] });
    assert.equal(settingsKey({ reviewed: ['k1'], noise: { userPatterns: ['^Anzeige$'], categories: { share: 'off', menuRow: 'warning' } }, maxFileSize: 5, articleFiles: ['**/*.txt'] }), base);
    assert.notEqual(settingsKey({ articleFiles: ['**/*.txt'], maxFileSize: 6, noise, reviewed: ['k1'] }), base);
    assert.notEqual(settingsKey({ articleFiles: ['**/*.txt'], maxFileSize: 5, noise, reviewed: ['k1', 'k2'] }), base);
    assert.notEqual(settingsKey({ articleFiles: ['**/*.md'], maxFileSize: 5, noise, reviewed: ['k1'] }), base);
    assert.notEqual(settingsKey({ articleFiles: ['**/*.txt'], maxFileSize: 5, noise: { ...noise, userPatterns: [] }, reviewed: ['k1'] }), base);
  });

  test('a damaged or cut-short file is refused with a reason, never thrown', () => {
    const content = encodeCache(HEADER, FILES);
    const lines = content.trimEnd().split('\n');
    const damaged = [
      '',
      'not json at all',
      lines.slice(0, -1).join('\n'), // no string table
      content.slice(0, Math.floor(content.length / 2)),
      [lines[0], '["/x", "big", 3]\t[]', lines.at(-1)].join('\n'),
      [lines[0], '["/x", 1, 2] no tab', lines.at(-1)].join('\n'),
      '\u0000\u0001binary',
    ];
    for (const text of damaged) {
      const loaded = decodeCache(text, HEADER);
      assert.equal(loaded.ok, false, JSON.stringify(text.slice(0, 80)));
      assert.ok(!loaded.ok && loaded.reason.length > 0);
    }
  });

  test('a file whose diagnostics cannot be decoded has none, and the others are kept', () => {
    const lines = encodeCache(HEADER, FILES).trimEnd().split('\n');
    const rows = ['[[0, 0, 0, 0, 1, 99, -1, 0]]', '[[0, 0, 0, 0, 1, -1, -1, 999]]', '[["a", 0, 0, 0, 1, -1, -1, 0]]', '{"no": "rows"}', '[[0, 0'];
    const content = [lines[0], lines[1], ...rows.map((row, i) => `["/bad/${i}", 1, 2]\t${row}`), lines.at(-1)].join('\n');
    const loaded = decodeCache(content, HEADER);
    assert.ok(loaded.ok);
    assert.deepEqual(loaded.cache.diagnostics('/corpus/a.txt'), FILES[0]!.diagnostics);
    for (const i of rows.keys()) assert.equal(loaded.cache.diagnostics(`/bad/${i}`), undefined, rows[i]);
    assert.equal(loaded.cache.diagnostics('/not/cached.txt'), undefined);
  });

  test('reading: a missing file and a damaged file are both "no cache"', async () => {
    const folder = new TempCorpus();
    try {
      const missing = await readDiagnosticsCache(folder.path('none.jsonl'), HEADER);
      assert.equal(missing.ok, false);
      writeFileSync(folder.path('bad.jsonl'), '{"format":1');
      assert.equal((await readDiagnosticsCache(folder.path('bad.jsonl'), HEADER)).ok, false);
      writeFileSync(folder.path('good.jsonl'), encodeCache(HEADER, FILES));
      const good = await readDiagnosticsCache(folder.path('good.jsonl'), HEADER);
      assert.equal(filesOf(good).length, FILES.length);
    } finally {
      folder.dispose();
    }
  });
});
