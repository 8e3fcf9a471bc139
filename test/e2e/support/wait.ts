import { setTimeout as sleep } from 'node:timers/promises';

export interface Probe<T> {
  /** Set when the condition holds. */
  readonly value?: T;
  /** What the probe saw, for the timeout message. */
  readonly seen: string;
}

/** Polls `probe` every `intervalMs` until it returns a value, or fails after `timeoutMs` with what it last saw. */
export async function waitFor<T>(what: string, probe: () => Promise<Probe<T>>, timeoutMs: number, intervalMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let seen = '(nothing yet)';
  for (;;) {
    try {
      const result = await probe();
      if (result.value !== undefined) return result.value;
      seen = result.seen;
    } catch (error) {
      seen = `probe failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen:\n${seen}`);
    await sleep(intervalMs);
  }
}
