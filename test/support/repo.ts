import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, found from the bundled test file's location (out/test/...). */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the tests');
    dir = parent;
  }
  return dir;
}
