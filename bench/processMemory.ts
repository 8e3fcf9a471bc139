/**
 * Memory of a process from /proc (Linux): the resident set now, and its peak
 * (VmHWM, the high-water mark the kernel keeps, so no sample can miss it).
 */
import { readFileSync } from 'node:fs';

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

export const rssKb = (pid: number): number | undefined => statusField(pid, 'VmRSS');
export const peakRssKb = (pid: number): number | undefined => statusField(pid, 'VmHWM');

/** Follows a child process's peak RSS until stopped; the peak survives the process's exit. */
export class PeakRssWatcher {
  private peakKb = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number, intervalMs = 50) {
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  sample(): void {
    this.peakKb = Math.max(this.peakKb, peakRssKb(this.pid) ?? rssKb(this.pid) ?? 0);
  }

  stop(): number {
    this.sample();
    clearInterval(this.timer);
    return this.peakKb / 1024;
  }
}
