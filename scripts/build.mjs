// Bundles the extension, the language server, the CLI and the tests with esbuild.
// Everything is bundled, so the .vsix needs no node_modules.
import * as esbuild from 'esbuild';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');

function testEntryPoints(dir) {
  const entries = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) entries.push(...testEntryPoints(path));
    else if (name.endsWith('.test.ts')) entries.push(path);
  }
  return entries;
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const common = {
  define: { SOURCE_LENS_VERSION: JSON.stringify(version) },
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
};

const builds = [
  {
    ...common,
    entryPoints: { client: 'client/src/extension.ts' },
    outdir: 'dist',
    format: 'cjs',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: { server: 'server/src/main.ts', cli: 'server/src/cli/main.ts' },
    outdir: 'dist',
    format: 'cjs',
  },
  {
    ...common,
    entryPoints: testEntryPoints('test').filter((p) => !p.startsWith(join('test', 'e2e'))),
    outdir: 'out/test',
    outbase: 'test',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
  },
  {
    ...common,
    entryPoints: { run: 'bench/run.ts', quotes: 'bench/quotes.ts' },
    outdir: 'out/bench',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
  },
];

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
