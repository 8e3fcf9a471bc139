/**
 * Opt-in scale test: one folder of many small articles (100,000 by default),
 * checked by the CLI and indexed by the server, with wall time and peak
 * resident memory reported. It takes minutes, so it runs only when asked:
 *
 *   npm run build && SOURCE_LENS_SCALE=1 node --test out/test/scale/
 *   (SOURCE_LENS_SCALE_FILES=20000 for fewer files; --test-name-pattern server for the server alone)
 *
 * It is outside out/test/unit and out/test/protocol, so `npm test` never runs it.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { repoRoot } from '../support/repo';
import { ServerUnderTest } from '../protocol/serverUnderTest';

const enabled = process.env.SOURCE_LENS_SCALE === '1';
const FILES = Number(process.env.SOURCE_LENS_SCALE_FILES ?? 100_000);
/** The default of sourceLens.maxArticles: the server analyses this many and names the rest. */
const MAX_ARTICLES = 10_000;

const TOWNS = ['Kleinfeld', 'Wernau', 'Ostheim', 'Bergdorf', 'Talstadt', 'Seewalde', 'Nordkirchen', 'Lindau am Bach'];
const PEOPLE = ['Anna Leitner', 'Markus Feld', 'Jana Roth', 'Peter Sand', 'Eva Kurz', 'Tom Weber'];
const TOPICS = ['den Haushalt', 'den neuen Bahnhof', 'die Schulsanierung', 'den Radweg', 'die Gebühren', 'das Freibad'];

/** A made-up word for a number, so that each story has its own vocabulary. */
function wordFor(n: number): string {
  let word = '';
  for (let k = n + 1; k > 0; k = Math.floor(k / 20)) word += 'bdfgklmnprstvwz'[k % 15]! + 'aeiou'[k % 5]!;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * A small article of its own: varied sentences, a quotation, sometimes scrape
 * noise shared by many files. As in a real archive, a story (and its quotation,
 * sometimes reworded) is covered by a handful of articles, not by all of them.
 */
function smallArticle(n: number): string {
  const town = TOWNS[n % TOWNS.length]!;
  const person = PEOPLE[(n >> 3) % PEOPLE.length]!;
  const topic = TOPICS[(n >> 5) % TOPICS.length]!;
  const story = Math.floor(n / 6);
  const project = `${wordFor(story)} ${wordFor(story * 7 + 3)}`;
  const quotation = n % 2 === 0
    ? `Wir brauchen für das Projekt ${project} eine Lösung bis zum Herbst`
    : `Wir brauchen für das Projekt ${project} dringend eine Lösung vor dem Herbst`;
  const lines = [
    `${town}: Streit um ${topic} (${n})`,
    '',
    `Der Rat von ${town} hat am Dienstag über ${topic} und das Projekt ${project} beraten. Die Kosten stiegen um ${n % 97} Prozent.`,
    '',
    `„${quotation}“, sagte ${person}. Kritiker sprechen von Verschwendung.`,
  ];
  if (n % 3 === 0) lines.push('', 'Teilen');
  if (n % 5 === 0) lines.push('', 'Mehr zum Thema – Was der Rat noch plant');
  return `${lines.join('\n')}\n`;
}

/** Loaded with --require: reports the peak resident memory when the process exits. */
const PEAK_RSS_REPORTER = "process.on('exit', () => require('fs').writeSync(2, `\\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\\n`));\n";

function peakRssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
}

describe(`scale: ${FILES} small articles in one folder`, { skip: enabled ? false : 'set SOURCE_LENS_SCALE=1 to run' }, () => {
  let root = '';
  let bytes = 0;

  test('writing the folder', () => {
    root = mkdtempSync(join(tmpdir(), 'source-lens-scale-'));
    const started = performance.now();
    for (let n = 0; n < FILES; n++) {
      const text = smallArticle(n);
      bytes += Buffer.byteLength(text);
      writeFileSync(join(root, `article-${String(n).padStart(6, '0')}.txt`), text);
    }
    console.log(`wrote ${FILES} files, ${(bytes / 1024 / 1024).toFixed(1)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });

  test('the CLI checks them all', { timeout: 60 * 60_000 }, async () => {
    const reporter = join(root, '..', `peak-rss-${process.pid}.cjs`);
    writeFileSync(reporter, PEAK_RSS_REPORTER);
    try {
      const started = performance.now();
      const child = spawn(process.execPath, ['--require', reporter, join(repoRoot(), 'dist', 'cli.js'), 'check', '--format', 'text', root], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      const seconds = (performance.now() - started) / 1000;
      const peak = Number(/PEAK_RSS_KB=(\d+)/.exec(stderr)?.[1]);
      console.log(`CLI check: exit ${code}, ${seconds.toFixed(1)} s, ${(FILES / seconds).toFixed(0)} files/s, peak RSS ${(peak / 1024).toFixed(0)} MB`);
      assert.equal(code, 1, stderr.slice(-2000));
    } finally {
      rmSync(reporter, { force: true });
    }
  });

  test('the server indexes up to sourceLens.maxArticles of them, names the rest, and still answers', { timeout: 60 * 60_000 }, async () => {
    const started = performance.now();
    const server = await ServerUnderTest.start({ rootUri: pathToFileURL(root).href });
    try {
      await server.waitUntil('indexing to end', () => server.progress.some((event) => event.value.kind === 'end'), 60 * 60_000);
      const seconds = (performance.now() - started) / 1000;
      const peak = peakRssOf(server.process.pid!);
      const published = server.diagnostics.size;
      console.log(`server indexing: ${seconds.toFixed(1)} s, ${(FILES / seconds).toFixed(0)} files/s, peak RSS ${(peak / 1024).toFixed(0)} MB, diagnostics published for ${published} files`);
      const answered = performance.now();
      const symbols = await server.connection.sendRequest('workspace/symbol', { query: 'Leitner' });
      console.log(`workspace/symbol after indexing: ${(performance.now() - answered).toFixed(0)} ms, ${(symbols as unknown[]).length} results`);
      assert.equal(published, Math.min(FILES, MAX_ARTICLES));
      if (FILES > MAX_ARTICLES) {
        await server.waitUntil('the warning about the files left out', () => server.messages.some((m) => m.message.includes('sourceLens.maxArticles')), 60_000);
        console.log(`warning: ${server.messages.find((m) => m.message.includes('sourceLens.maxArticles'))!.message}`);
      }
    } finally {
      server.kill();
    }
  });

  test('cleaning up', () => {
    rmSync(root, { recursive: true, force: true });
  });
});
