/**
 * Measures the diagnostics cache (issue #8: "a restart on an unchanged corpus
 * shows diagnostics within 3 s"): starts dist/server.js on a bench corpus with
 * a cache folder and times, from the answer to initialize, until every article
 * has diagnostics. A cold run (no cache yet) waits for the indexing to end and
 * shuts down, which leaves the cache. A warm run then sends hover and
 * definition requests while the indexing that follows runs, and with
 * --until-indexed waits for it to end and counts the articles whose
 * diagnostics were sent a second time (each one a change in the Problems panel).
 *
 *   npx esbuild bench/cacheRestart.ts --bundle --platform=node --outfile=out/bench/cacheRestart.cjs
 *   node out/bench/cacheRestart.cjs --size 1000 --cache /tmp/cache-1000 --cold
 *   node out/bench/cacheRestart.cjs --size 1000 --cache /tmp/cache-1000 [--restamp] [--until-indexed]
 *   node out/bench/cacheRestart.cjs --size 10000 --cache /tmp/cache-10000 --synthesise-from /tmp/cache-1000
 *
 * The cache names the server build that wrote it, so every build ignores the
 * caches of the others. --restamp names the current dist/server.js in the
 * cache's header, so a cache left by a cold run can time the warm path of a
 * later build (its diagnostics are those of the build that wrote it: only valid
 * while the analysis is unchanged). --synthesise-from writes a cache for the
 * larger corpus from a smaller one's (its diagnostics repeated over the larger
 * corpus's files, with their real sizes and times, stamped for the current
 * build), so the warm path can be timed at 10,000 articles without the cold run
 * of an hour that would otherwise make the cache.
 *
 * Other options: --ipc (talk over Node's IPC channel, as VS Code does, instead
 * of stdio), --probe-seconds N (how long to send requests after the cached
 * diagnostics are shown; 10 by default), --cpu-prof (the server's CPU profile
 * in bench/profiles/, and the bench's own from initialize until all are shown).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DefinitionRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { bundleBuild, CACHE_FILE_NAME, decodeCache, encodeCache, type CacheHeader, type CachedFile } from '../server/src/node/diagnosticsCache';
import { ServerUnderTest } from '../test/protocol/serverUnderTest';
import { repoRoot } from '../test/support/repo';
import { measureFloor } from './floor';
import { ensureCorpus, type ManifestEntry } from './generate';
import { mulberry32 } from './random';
import { summarise } from './stats';

const HOUR = 3_600_000;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** The build name dist/server.js writes into its caches. */
function currentBuild(): string {
  const { version } = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { version: string };
  return bundleBuild(join(repoRoot(), 'dist', 'server.js'), version);
}

function loadForCurrentBuild(folder: string): { header: CacheHeader; files: CachedFile[] } {
  const content = readFileSync(join(folder, CACHE_FILE_NAME), 'utf8');
  const header = JSON.parse(content.slice(0, content.indexOf('\n'))) as CacheHeader;
  const loaded = decodeCache(content, header);
  if (!loaded.ok) throw new Error(`the cache in ${folder} cannot be used: ${loaded.reason}`);
  const files = [...loaded.cache.files.values()].map((stamp) => ({ ...stamp, diagnostics: loaded.cache.diagnostics(stamp.path) ?? [] }));
  return { header: { ...header, analyser: currentBuild() }, files };
}

function synthesise(from: string, to: string, paths: readonly string[]): void {
  const { header, files: donors } = loadForCurrentBuild(from);
  const files: CachedFile[] = paths.map((path, i) => {
    const stamp = statSync(path);
    return { path, size: stamp.size, mtimeMs: stamp.mtimeMs, diagnostics: donors[i % donors.length]!.diagnostics };
  });
  mkdirSync(to, { recursive: true });
  writeFileSync(join(to, CACHE_FILE_NAME), encodeCache(header, files));
}

function restamp(folder: string): void {
  const { header, files } = loadForCurrentBuild(folder);
  writeFileSync(join(folder, CACHE_FILE_NAME), encodeCache(header, files));
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`;
}

/** Hover and definition, alternately, one at a time every 20 ms, until `done` (checked after each answer); how long each waited. */
async function probe(server: ServerUnderTest, articles: readonly ManifestEntry[], uriOf: (entry: ManifestEntry) => string, done: () => boolean) {
  const random = mulberry32(7);
  const latencies: number[] = [];
  for (let i = 0; !done(); i++) {
    const entry = articles[Math.floor(random() * articles.length)]!;
    const positions = i % 2 === 0 ? entry.names : entry.quotes;
    const position = positions[Math.floor(random() * positions.length)] ?? { line: 0, character: 0 };
    const params = { textDocument: { uri: uriOf(entry) }, position };
    const start = performance.now();
    if (i % 2 === 0) await server.connection.sendRequest(HoverRequest.type, params);
    else await server.connection.sendRequest(DefinitionRequest.type, params);
    latencies.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return summarise(latencies);
}

async function startProfile(): Promise<Session> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return session;
}

async function main(): Promise<void> {
  const size = Number(option('--size') ?? 1000);
  const cacheFolder = option('--cache') ?? join('/tmp', `source-lens-cache-${size}`);
  const cold = process.argv.includes('--cold');
  const untilIndexed = cold || process.argv.includes('--until-indexed');
  const probeMs = Number(option('--probe-seconds') ?? 10) * 1000;
  const corpus = ensureCorpus(size, 42);
  const articlesRoot = join(corpus.root, 'articles');
  const uriOf = (entry: ManifestEntry) => pathToFileURL(join(corpus.root, entry.path)).href;
  const paths = corpus.articles.map((entry) => join(corpus.root, entry.path));
  const from = option('--synthesise-from');
  if (from) synthesise(from, cacheFolder, paths);
  else if (process.argv.includes('--restamp')) restamp(cacheFolder);

  const articlePaths = corpus.articles.map((entry) => entry.path);
  measureFloor(corpus.root, articlePaths); // warms the page cache, as the server will find it warm
  const floorMs = measureFloor(corpus.root, articlePaths).ms;

  const profileDir = join(repoRoot(), 'bench', 'profiles');
  const cpuProf = process.argv.includes('--cpu-prof');
  if (cpuProf) mkdirSync(profileDir, { recursive: true });
  const spawned = performance.now();
  const transport = process.argv.includes('--ipc') ? 'ipc' : 'stdio';
  const server = await ServerUnderTest.start({
    rootUri: pathToFileURL(articlesRoot).href,
    initializationOptions: { cacheFolder },
    transport,
    execArgv: cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=cache-${cold ? 'cold' : 'warm'}-${size}.cpuprofile`] : [],
  });
  try {
    const initialized = performance.now();
    const clientProfile = cpuProf ? await startProfile() : undefined;
    const total = corpus.articles.length;
    let firstMs: number | undefined;
    void server.waitUntil('a first diagnostics list', () => server.publishCount.size > 0, HOUR).then(() => (firstMs = performance.now() - initialized));
    const cpuBefore = process.cpuUsage();
    let allShown = false;
    const whileShowing = probe(server, corpus.articles, uriOf, () => allShown);
    await server.waitUntil('every article to have diagnostics', () => server.publishCount.size >= total, HOUR);
    allShown = true;
    const shownMs = performance.now() - initialized;
    const cpu = process.cpuUsage(cpuBefore);
    if (clientProfile) writeFileSync(join(profileDir, `cache-client-${size}.cpuprofile`), JSON.stringify((await clientProfile.post('Profiler.stop')).profile));
    const publishedBefore = new Map(server.publishCount);
    const shown = new Map(server.diagnostics);
    const diagnostics = [...shown.values()].reduce((sum, list) => sum + list.length, 0);
    const ended = () => server.progress.some((event) => event.value.kind === 'end');
    console.log(`${cold ? 'cold' : 'warm'} start over ${transport}, ${size} articles (${(corpus.bytes / 1e6).toFixed(1)} MB), load average ${(await import('node:os')).loadavg().map((load) => load.toFixed(1)).join(' ')}`);
    console.log(`  initialize answered ${seconds(initialized - spawned)} after spawning`);
    const showing = await whileShowing;
    console.log(`  receiving them took the bench ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms of CPU time; hover/definition meanwhile: ${showing.count} requests, p50 ${showing.p50.toFixed(1)} ms, p99 ${showing.p99.toFixed(1)} ms, max ${showing.max.toFixed(0)} ms`);
    console.log(`  after initialize: first diagnostics ${seconds(firstMs)}, all ${seconds(shownMs)} (${diagnostics} diagnostics); floor ${floorMs.toFixed(0)} ms, all / floor ${(shownMs / floorMs).toFixed(1)}×`);

    if (!cold) {
      // With --until-indexed, on past the end of the indexing: the held diagnostics are compared and the cache is written then.
      let probeUntil = performance.now() + probeMs;
      const indexedLogged = () => server.logs.some((line) => line.includes('indexed'));
      const requests = await probe(server, corpus.articles, uriOf, () => {
        if (!untilIndexed) return performance.now() > probeUntil || ended();
        if (!indexedLogged()) probeUntil = performance.now() + 3000;
        return performance.now() > probeUntil;
      });
      console.log(`  hover/definition while indexing: ${requests.count} requests, p50 ${requests.p50.toFixed(1)} ms, p99 ${requests.p99.toFixed(1)} ms, max ${requests.max.toFixed(0)} ms`);
    }
    if (untilIndexed) {
      await server.waitUntil('indexing to end', ended, HOUR);
      await server.waitUntil('the indexing log line', () => server.logs.some((line) => line.includes('indexed')), HOUR);
      console.log(`  indexing ended ${seconds(performance.now() - initialized)} after initialize`);
      if (!cold) {
        // Held diagnostics that turned out different are sent after indexing, in the same turn as its last log lines.
        await new Promise((resolve) => setTimeout(resolve, 2000));
        const again = [...server.publishCount].filter(([uri, count]) => count > (publishedBefore.get(uri) ?? 0));
        const differ = again.filter(([uri]) => JSON.stringify(server.diagnostics.get(uri)) !== JSON.stringify(shown.get(uri)));
        console.log(`  after indexing: ${again.length} articles' diagnostics sent again, ${differ.length} of them different from what the cache showed`);
      }
    }
    for (const line of server.logs.filter((log) => /cached|indexed/.test(log))) console.log(`  server: ${line}`);
    if (cold || cpuProf) await server.shutdown().catch(() => server.kill());
    else server.kill();
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
