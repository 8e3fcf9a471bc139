/**
 * The floor every figure is compared with: read the same files and split them
 * into words, nothing more. It runs in a child process of its own, like the
 * server, so its time and peak memory compare with the server's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { peakRssKb } from './processMemory';

export interface FloorResult {
  readonly ms: number;
  readonly words: number;
  readonly peakRssMb: number;
}

/** Reads and splits every file, keeping the words (as an index would keep something per word). */
export function measureFloor(root: string, paths: readonly string[]): FloorResult {
  const start = performance.now();
  const kept: string[][] = [];
  for (const path of paths) kept.push(readFileSync(join(root, path), 'utf8').split(/[^\p{L}\p{N}]+/u));
  const ms = performance.now() - start;
  const peakRssMb = (peakRssKb(process.pid) ?? 0) / 1024;
  // Counted after the peak is read, so the words are still held when it is.
  return { ms, words: kept.reduce((sum, words) => sum + words.length, 0), peakRssMb };
}
