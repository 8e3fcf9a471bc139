/**
 * The quote index alone at scale (issue #6: with 10,000 articles of 10
 * quotations each, index build under 5 s and definition p99 under 20 ms):
 *
 *   npm run -s build && node --expose-gc out/bench/quotes.cjs [--size 10000] [--runs 3] [--corpus synthetic|generated] [--cpu-prof]
 *
 * `synthetic` (the default) is bench/quoteCorpus.ts, exactly ten quotations
 * per article; `generated` is the main benchmark's corpus (bench/generate.ts)
 * through the real article model and speaker attribution (prepared before
 * the clock starts). The build is timed as wall time, as main-thread CPU
 * time, and as a ratio to the floor (reading and splitting the main
 * benchmark's corpus of the same size, measured right before each build): on
 * a machine shared with other jobs, wall time alone measures the neighbours.
 * A definition is what Go to Definition asks of the index: the quotation at
 * an offset and its matches, best first, with their spans.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { buildArticle } from '../server/src/core/article/buildArticle';
import type { Article } from '../server/src/core/article/types';
import { assessClaims } from '../server/src/core/claims/assess';
import type { QuotationAttribution } from '../server/src/core/speakers/discourse';
import { QuoteIndex } from '../server/src/core/quoteMatching/quoteIndex';
import { ensureCorpus } from './generate';
import { measureFloor } from './floor';
import { syntheticQuoteCorpus } from './quoteCorpus';
import { mulberry32 } from './random';
import { summarise, type LatencySummary } from './stats';

interface Options {
  readonly size: number;
  readonly runs: number;
  readonly corpus: 'synthetic' | 'generated';
  readonly cpuProf: boolean;
}

interface Prepared {
  readonly article: Article;
  readonly attributions?: readonly QuotationAttribution[];
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const corpus = value('--corpus') ?? 'synthetic';
  if (corpus !== 'synthetic' && corpus !== 'generated') throw new Error(`--corpus is synthetic or generated, not '${corpus}'`);
  return { size: Number(value('--size') ?? 10_000), runs: Number(value('--runs') ?? 3), corpus, cpuProf: argv.includes('--cpu-prof') };
}

/** CPU time of the main thread (Linux: /proc; elsewhere the whole process, GC helper threads included), in ms. */
function mainThreadCpuMs(): number {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  }
}

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

function prepare(options: Options): Prepared[] {
  if (options.corpus === 'synthetic') return syntheticQuoteCorpus(options.size).map((article) => ({ article }));
  const corpus = ensureCorpus(options.size, 42);
  return corpus.articles.map((entry, i) => {
    const article = buildArticle(`bench:${i}`, readFileSync(join(corpus.root, entry.path), 'utf8'));
    return { article, attributions: assessClaims(article, {}).quotations };
  });
}

function floor(size: number): { ms: number; cpuMs: number } {
  const corpus = ensureCorpus(size, 42);
  const cpu0 = mainThreadCpuMs();
  const { ms } = measureFloor(corpus.root, corpus.articles.map((entry) => entry.path));
  return { ms, cpuMs: mainThreadCpuMs() - cpu0 };
}

interface BuildFigures {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly floorMs: number;
  readonly floorCpuMs: number;
  readonly heapMb: number;
  readonly index: QuoteIndex;
}

function build(prepared: readonly Prepared[], size: number): BuildFigures {
  const reference = floor(size);
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const index = new QuoteIndex();
  const cpu0 = mainThreadCpuMs();
  const t0 = performance.now();
  for (const { article, attributions } of prepared) index.set(article.uri, article, attributions);
  index.compact();
  const wallMs = performance.now() - t0;
  const cpuMs = mainThreadCpuMs() - cpu0;
  collect();
  return { wallMs, cpuMs, floorMs: reference.ms, floorCpuMs: reference.cpuMs, heapMb: (process.memoryUsage().heapUsed - heapBefore) / 1e6, index };
}

interface LookupFigures {
  readonly definition: LatencySummary;
  readonly candidateSearch: LatencySummary;
  readonly edit: LatencySummary;
  readonly withMatches: number;
}

function lookups(index: QuoteIndex, prepared: readonly Prepared[]): LookupFigures {
  const random = mulberry32(7);
  const definition: number[] = [];
  const candidateSearch: number[] = [];
  let withMatches = 0;
  for (let i = 0; i < 2_000; i++) {
    const { article } = prepared[Math.floor(random() * prepared.length)]!;
    if (article.quotations.length === 0) continue;
    const quotation = article.quotations[Math.floor(random() * article.quotations.length)]!;
    const offset = quotation.content.start + Math.floor((quotation.content.end - quotation.content.start) / 2);
    let t = performance.now();
    const at = index.quotationAt(article.uri, offset);
    const matches = at === undefined ? [] : index.matchesOf(article.uri, at);
    let spans = 0;
    for (const match of matches) spans += match.span.end - match.span.start;
    definition.push(performance.now() - t);
    if (matches.length > 0 && spans > 0) withMatches++;
    t = performance.now();
    if (at !== undefined) index.findMatches(article.uri, at);
    candidateSearch.push(performance.now() - t);
  }
  const edit: number[] = [];
  for (let i = 0; i < 200; i++) {
    const { article, attributions } = prepared[Math.floor(random() * prepared.length)]!;
    const t = performance.now();
    index.set(article.uri, article, attributions);
    edit.push(performance.now() - t);
  }
  return { definition: summarise(definition), candidateSearch: summarise(candidateSearch), edit: summarise(edit), withMatches };
}

async function profiled<T>(enabled: boolean, name: string, work: () => T): Promise<T> {
  if (!enabled) return work();
  const session = new Session();
  session.connect();
  const post = (method: string) => new Promise<unknown>((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.start');
  const result = work();
  const { profile } = (await post('Profiler.stop')) as { profile: unknown };
  const dir = join(__dirname, '..', '..', 'bench', 'profiles');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  session.disconnect();
  return result;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const log = (message: string) => process.stderr.write(`${message}\n`);
  if (!(globalThis as { gc?: unknown }).gc) log('(run with node --expose-gc for heap figures after collection)');
  const prepared = prepare(options);
  const quotations = prepared.reduce((sum, p) => sum + p.article.quotations.length, 0);
  log(`${options.corpus} corpus: ${prepared.length} articles, ${quotations} quotations`);
  floor(options.size); // warms the page cache
  const builds: BuildFigures[] = [];
  for (let run = 0; run < options.runs; run++) {
    const figures = await profiled(options.cpuProf && run === options.runs - 1, `quotes-${options.corpus}-${options.size}`, () => build(prepared, options.size));
    log(`build ${run + 1}: ${figures.wallMs.toFixed(0)} ms wall, ${figures.cpuMs.toFixed(0)} ms main-thread CPU, floor ${figures.floorMs.toFixed(0)} ms wall (×${(figures.wallMs / figures.floorMs).toFixed(2)}), ${figures.floorCpuMs.toFixed(0)} ms CPU (×${(figures.cpuMs / figures.floorCpuMs).toFixed(2)}), heap +${figures.heapMb.toFixed(1)} MB`);
    builds.push(figures);
  }
  const best = [...builds].sort((a, b) => a.wallMs / a.floorMs - b.wallMs / b.floorMs)[0]!;
  const last = builds.at(-1)!;
  const size = last.index.size;
  const looked = lookups(last.index, prepared);
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const result = {
    corpus: options.corpus,
    articles: prepared.length,
    quotations,
    statements: size.statements,
    links: size.links,
    build: {
      wallMsMedian: median(builds.map((b) => b.wallMs)),
      cpuMsMedian: median(builds.map((b) => b.cpuMs)),
      floorMsMedian: median(builds.map((b) => b.floorMs)),
      ratioBest: best.wallMs / best.floorMs,
      ratioMedian: median(builds.map((b) => b.wallMs / b.floorMs)),
      floorCpuMsMedian: median(builds.map((b) => b.floorCpuMs)),
      cpuRatioMedian: median(builds.map((b) => b.cpuMs / b.floorCpuMs)),
      heapMb: last.heapMb,
      postingMb: size.postingBytes / 1e6,
    },
    ...looked,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

void main();
