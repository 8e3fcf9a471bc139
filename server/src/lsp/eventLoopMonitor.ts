/**
 * Measures, when SOURCE_LENS_EVENT_LOOP_STATS is set (the benchmark sets it),
 * how long the event loop was blocked while indexing: the longest delay is
 * the longest a request had to wait before the server could even read it.
 */
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

export const EVENT_LOOP_STATS_VARIABLE = 'SOURCE_LENS_EVENT_LOOP_STATS';

export interface EventLoopStats {
  readonly maxMs: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  /** The slowest pieces of work timed with `time`, slowest first. */
  readonly slowest: readonly { readonly label: string; readonly ms: number }[];
}

const SLOWEST_KEPT = 5;

export class EventLoopMonitor {
  private readonly slowest: { label: string; ms: number }[] = [];

  private constructor(private readonly histogram: IntervalHistogram) {}

  /** Runs the work, keeping its duration if it is among the slowest. */
  time<T>(label: string, work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      const ms = performance.now() - start;
      if (this.slowest.length < SLOWEST_KEPT || ms > this.slowest.at(-1)!.ms) {
        this.slowest.push({ label, ms: Math.round(ms) });
        this.slowest.sort((a, b) => b.ms - a.ms);
        this.slowest.length = Math.min(this.slowest.length, SLOWEST_KEPT);
      }
    }
  }

  /** Starts measuring if the environment asks for it. */
  static startIfRequested(): EventLoopMonitor | undefined {
    if (!process.env[EVENT_LOOP_STATS_VARIABLE]) return undefined;
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    return new EventLoopMonitor(histogram);
  }

  stop(): EventLoopStats {
    this.histogram.disable();
    // The histogram counts nanoseconds and includes the sampling interval itself.
    const ms = (ns: number) => Math.round(ns / 1e5) / 10;
    return { maxMs: ms(this.histogram.max), p99Ms: ms(this.histogram.percentile(99)), meanMs: ms(this.histogram.mean), slowest: this.slowest };
  }
}

export function describeEventLoopStats(stats: EventLoopStats): string {
  const slowest = stats.slowest.map((work) => `${work.ms} ms ${work.label}`).join('; ');
  return `event loop delay while indexing: max ${stats.maxMs} ms, p99 ${stats.p99Ms} ms, mean ${stats.meanMs} ms; slowest articles: ${slowest}`;
}
