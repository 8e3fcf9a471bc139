/**
 * Measures the diagnostics cache (issue #8: "a restart on an unchanged corpus
 * shows diagnostics within 3 s"): starts dist/server.js on a bench corpus with
 * a cache folder and times, from spawning the server, until every article has
 * diagnostics. A cold run (no cache yet) waits for the indexing to end and
 * shuts down, which leaves the cache; a warm run stops as soon as every
 * article has its diagnostics.
 *
 *   npx esbuild bench/cacheRestart.ts --bundle --platform=node --outfile=out/bench/cacheRestart.cjs
 *   node out/bench/cacheRestart.cjs --size 1000 --cache /tmp/cache-1000 [--cold]
 *   node out/bench/cacheRestart.cjs --size 10000 --cache /tmp/cache-10000 --synthesise-from /tmp/cache-1000
 *
 * --synthesise-from writes a cache for the larger corpus from a smaller one's
 * (its diagnostics repeated over the larger corpus's files, with their real
 * sizes and times), so the warm path can be timed at 10,000 articles without
 * the cold run of an hour that would otherwise make the cache.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CACHE_FILE_NAME, decodeCache, encodeCache, type CacheHeader, type CachedFile } from '../server/src/node/diagnosticsCache';
import { ServerUnderTest } from '../test/protocol/serverUnderTest';
import { ensureCorpus } from './generate';

const HOUR = 3_600_000;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function synthesise(from: string, to: string, paths: readonly string[]): void {
  const content = readFileSync(join(from, CACHE_FILE_NAME), 'utf8');
  const header = JSON.parse(content.slice(0, content.indexOf('\n'))) as CacheHeader;
  const loaded = decodeCache(content, header);
  if (!loaded.ok) throw new Error(`the cache in ${from} cannot be used: ${loaded.reason}`);
  const donors = [...loaded.cache.files.keys()].map((path) => loaded.cache.diagnostics(path) ?? []);
  const files: CachedFile[] = paths.map((path, i) => {
    const stamp = statSync(path);
    return { path, size: stamp.size, mtimeMs: stamp.mtimeMs, diagnostics: donors[i % donors.length]! };
  });
  mkdirSync(to, { recursive: true });
  writeFileSync(join(to, CACHE_FILE_NAME), encodeCache(header, files));
}

async function main(): Promise<void> {
  const size = Number(option('--size') ?? 1000);
  const cacheFolder = option('--cache') ?? join('/tmp', `source-lens-cache-${size}`);
  const cold = process.argv.includes('--cold');
  const corpus = ensureCorpus(size, 42);
  const articlesRoot = join(corpus.root, 'articles');
  const paths = corpus.articles.map((entry) => join(corpus.root, entry.path));
  const from = option('--synthesise-from');
  if (from) synthesise(from, cacheFolder, paths);

  const spawned = performance.now();
  const server = await ServerUnderTest.start({ rootUri: pathToFileURL(articlesRoot).href, initializationOptions: { cacheFolder } });
  try {
    const initializedMs = performance.now() - spawned;
    const uris = paths.map((path) => pathToFileURL(path).href);
    let firstMs: number | undefined;
    void server.waitUntil('a first diagnostics list', () => server.publishCount.size > 0, HOUR).then(() => (firstMs = performance.now() - spawned));
    await server.waitUntil('every article to have diagnostics', () => uris.every((uri) => server.publishCount.has(uri)), HOUR);
    const shownMs = performance.now() - spawned;
    const diagnostics = uris.reduce((sum, uri) => sum + (server.diagnostics.get(uri)?.length ?? 0), 0);
    console.log(`${cold ? 'cold' : 'warm'} start, ${size} articles: all diagnostics after ${(shownMs / 1000).toFixed(2)} s (${diagnostics} diagnostics)`);
    console.log(`  initialize answered after ${(initializedMs / 1000).toFixed(2)} s, first diagnostics after ${((firstMs ?? NaN) / 1000).toFixed(2)} s`);
    if (!cold) await server.waitUntil('the cache log line', () => server.logs.some((log) => log.includes('cached')), 60_000).catch(() => undefined);
    for (const line of server.logs.filter((log) => log.includes('cached'))) console.log(`  server: ${line}`);
    if (cold) {
      await server.indexingFinished().catch(() => undefined);
      await server.waitUntil('indexing to end', () => server.progress.some((event) => event.value.kind === 'end'), HOUR);
      console.log(`  indexing ended after ${((performance.now() - spawned) / 1000).toFixed(1)} s`);
      await server.shutdown();
    } else {
      server.kill();
    }
    const bytes = statSync(join(cacheFolder, CACHE_FILE_NAME)).size;
    console.log(`  cache file: ${(bytes / 1e6).toFixed(2)} MB`);
  } finally {
    server.kill();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
