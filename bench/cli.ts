/**
 * The CLI's throughput: `node dist/cli.js check <dir> --format json`, output
 * discarded, timed from spawn to exit.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../test/support/repo';
import { PeakRssWatcher } from './processMemory';

export interface CliFigures {
  readonly ms: number;
  readonly mbPerSecond: number;
  readonly peakRssMb: number;
  readonly exitCode: number | null;
}

export async function measureCli(folder: string, bytes: number): Promise<CliFigures> {
  const devNull = openSync('/dev/null', 'w');
  try {
    const start = performance.now();
    const child = spawn(process.execPath, [join(repoRoot(), 'dist', 'cli.js'), 'check', folder, '--format', 'json'], {
      stdio: ['ignore', devNull, 'inherit'],
    });
    const memory = new PeakRssWatcher(child.pid!);
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code) => resolve(code));
    });
    const ms = performance.now() - start;
    return { ms, mbPerSecond: bytes / 1e6 / (ms / 1000), peakRssMb: memory.stop(), exitCode };
  } finally {
    closeSync(devNull);
  }
}
