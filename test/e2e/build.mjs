// Bundles the end-to-end tests (test/e2e/**/*.test.ts) into out/e2e/ for `node --test`.
// playwright-core and code-server are not bundled: they live in the tools cache that setup.sh fills.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const entryPoints = readdirSync(import.meta.dirname, { recursive: true })
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => join(import.meta.dirname, name));

rmSync(join(root, 'out', 'e2e'), { recursive: true, force: true });
await esbuild.build({
  entryPoints,
  outdir: join(root, 'out', 'e2e'),
  outbase: import.meta.dirname,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
});
