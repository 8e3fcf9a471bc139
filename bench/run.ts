/**
 * `npm run bench`: generates (or reuses) seeded synthetic corpora of 1,000 and
 * 10,000 articles, measures the language server through the protocol, the
 * CLI, the core detectors and a floor (reading the same files and splitting
 * them into words), prints a table and writes bench/results.json.
 *
 *   npm run bench -- [--size 1000|10000] [--seed 42] [--requests 500] [--edits 50] [--cpu-prof] [--skip-cli]
 *
 * --cpu-prof writes the server's CPU profile to bench/profiles/; --skip-cli leaves the CLI out (its row stays empty).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../test/support/repo';
import { measureCli, type CliFigures } from './cli';
import { measureDetectors, type DetectorFigures } from './detectors';
import { measureFloor, type FloorResult } from './floor';
import { ensureCorpus, GENERATOR_VERSION, type Corpus } from './generate';
import { measureServer, type ServerFigures } from './protocol';
import { formatTable } from './table';

export interface SizeResult {
  readonly articles: number;
  readonly megabytes: number;
  readonly floor: FloorResult;
  readonly server: ServerFigures;
  readonly cli?: CliFigures;
  readonly detectors: DetectorFigures;
}

export interface BenchResults {
  readonly machine: { readonly cpu: string; readonly cores: number; readonly node: string; readonly date: string };
  readonly generator: { readonly version: number; readonly seed: number };
  readonly sizes: SizeResult[];
  /** Initialize-to-diagnostics time at the largest size over the smallest, and the same for the floor. */
  readonly scaling?: { readonly from: number; readonly to: number; readonly diagnostics: number; readonly floor: number };
}

interface Options {
  readonly sizes: number[];
  readonly seed: number;
  readonly requests: number;
  readonly edits: number;
  readonly cpuProf: boolean;
  readonly skipCli: boolean;
}

const DETECTOR_ARTICLES = 550;

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const size = value('--size');
  if (size !== undefined && !/^\d+$/.test(size)) throw new Error(`--size takes a number of articles, not '${size}'`);
  return {
    sizes: size ? [Number(size)] : [1_000, 10_000],
    seed: Number(value('--seed') ?? 42),
    requests: Number(value('--requests') ?? 500),
    edits: Number(value('--edits') ?? 50),
    cpuProf: argv.includes('--cpu-prof'),
    skipCli: argv.includes('--skip-cli'),
  };
}

/** The floor runs in a child process of its own (this same script with --floor), so its memory is its own. */
function runFloor(corpus: Corpus): FloorResult {
  const output = execFileSync(process.execPath, [__filename, '--floor', corpus.root], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(output) as FloorResult;
}

async function measureSize(size: number, options: Options): Promise<SizeResult> {
  const log = (message: string) => process.stderr.write(`[${size}] ${message}\n`);
  log('generating the corpus (cached after the first run)…');
  const corpus = ensureCorpus(size, options.seed);
  const megabytes = corpus.bytes / 1e6;
  log(`${corpus.articles.length} articles, ${megabytes.toFixed(1)} MB in ${corpus.root}`);
  runFloor(corpus); // once to warm the page cache, as the generator may just have written the files
  const floor = runFloor(corpus);
  log(`floor ${floor.ms.toFixed(0)} ms`);
  const detectors = measureDetectors(corpus.root, corpus.articles.slice(0, DETECTOR_ARTICLES).map((article) => article.path));
  log(`detectors: ${JSON.stringify(detectors)}; starting the server…`);
  const profileDir = join(repoRoot(), 'bench', 'profiles');
  if (options.cpuProf) mkdirSync(profileDir, { recursive: true });
  const server = await measureServer(corpus, {
    requests: options.requests,
    edits: options.edits,
    execArgv: options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=server-${size}.cpuprofile`] : [],
  });
  log(`server: ${JSON.stringify(server)}`);
  if (options.skipCli) return { articles: corpus.articles.length, megabytes, floor, server, detectors };
  log('running the CLI…');
  const cli = await measureCli(join(corpus.root, 'articles'), corpus.bytes);
  log(`CLI: ${JSON.stringify(cli)}`);
  return { articles: corpus.articles.length, megabytes, floor, server, cli, detectors };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--floor') {
    const root = argv[1]!;
    const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Pick<Corpus, 'articles'>;
    process.stdout.write(JSON.stringify(measureFloor(root, manifest.articles.map((article) => article.path))));
    return;
  }
  const options = parseOptions(argv);
  const sizes: SizeResult[] = [];
  for (const size of options.sizes) sizes.push(await measureSize(size, options));
  const first = sizes[0]!;
  const last = sizes.at(-1)!;
  const results: BenchResults = {
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, date: new Date().toISOString() },
    generator: { version: GENERATOR_VERSION, seed: options.seed },
    sizes,
    scaling: sizes.length > 1
      ? {
        from: first.articles,
        to: last.articles,
        diagnostics: last.server.diagnosticsMs / first.server.diagnosticsMs,
        floor: last.floor.ms / first.floor.ms,
      }
      : undefined,
  };
  const path = join(repoRoot(), 'bench', 'results.json');
  writeFileSync(path, JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(formatTable(results) + '\n');
  process.stderr.write(`Results written to ${path}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
