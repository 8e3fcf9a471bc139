/**
 * Child processes that the tests start, and ending them by their own pid.
 * Each is started as the leader of its own process group, so ending it also
 * ends what it started (code-server's extension host and our language server,
 * Chromium's renderers) and nothing else.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const started = new Set<number>();

// Last resort if the test process exits without running its after hooks.
process.on('exit', () => {
  for (const pid of started) signalGroup(pid, 'SIGKILL');
});

export function track(pid: number): void {
  started.add(pid);
}

function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone
  }
}

/** SIGTERM to the process group led by `pid`, SIGKILL after `graceMs`; resolves when the group is gone. */
export async function endProcessGroup(pid: number, graceMs = 5_000): Promise<void> {
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (signalGroup(pid, 0)) {
    if (Date.now() > deadline) {
      signalGroup(pid, 'SIGKILL');
      await sleep(200);
      break;
    }
    await sleep(100);
  }
  started.delete(pid);
}

/** Starts `command` as a process group leader and remembers it for `endProcessGroup`. */
export function spawnTracked(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  track(child.pid);
  return child;
}

export interface RunResult {
  readonly code: number | null;
  readonly output: string;
}

/** Runs a command to completion within `timeoutMs` (then ends its process group), collecting its output. */
export async function run(command: string, args: readonly string[], options: SpawnOptions & { timeoutMs: number }): Promise<RunResult> {
  const { timeoutMs, ...spawnOptions } = options;
  const child = spawnTracked(command, args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const timer = setTimeout(() => void endProcessGroup(child.pid!), timeoutMs);
  try {
    const code = await exited;
    if (code === null) output += `\n(${command} ended: timeout of ${timeoutMs} ms or signal)`;
    return { code, output };
  } finally {
    clearTimeout(timer);
    await endProcessGroup(child.pid!);
  }
}
