/**
 * An inverted index from 32-bit feature hashes to unit ids, kept as sorted
 * typed arrays (a Map of arrays costs ~25 times the memory, see
 * /work/shared/pitfalls.md #6). New postings go to a small delta map that is
 * merged into the arrays when it grows; removed units are dropped at merge
 * time (callers filter dead ids meanwhile).
 */

/** Unit ids must stay below 2^21 so that (feature, unit) packs exactly into a float64. */
export const MAX_UNITS = 1 << 21;

export class PostingIndex {
  private keys = new Uint32Array(0);
  private starts = new Uint32Array(1);
  private units = new Int32Array(0);
  private delta = new Map<number, number[]>();
  private deltaSize = 0;

  add(unit: number, features: Uint32Array): void {
    for (const f of features) {
      const list = this.delta.get(f);
      if (list) list.push(unit);
      else this.delta.set(f, [unit]);
    }
    this.deltaSize += features.length;
  }

  /** True when the delta is large enough that merging pays off. */
  get wantsCompaction(): boolean {
    return this.deltaSize > Math.max(20_000, this.units.length / 4);
  }

  /** Number of postings of a feature (dead units included until the next merge). */
  count(feature: number): number {
    const i = this.find(feature);
    return (i < 0 ? 0 : this.starts[i + 1] - this.starts[i]) + (this.delta.get(feature)?.length ?? 0);
  }

  forEach(feature: number, visit: (unit: number) => void): void {
    const i = this.find(feature);
    if (i >= 0) for (let p = this.starts[i]; p < this.starts[i + 1]; p++) visit(this.units[p]);
    const list = this.delta.get(feature);
    if (list) for (const unit of list) visit(unit);
  }

  /** Merges the delta into the sorted arrays, dropping units for which alive() is false. */
  compact(alive: (unit: number) => boolean): void {
    const total = this.units.length + this.deltaSize;
    const packed = new Float64Array(total);
    let n = 0;
    for (let i = 0; i < this.keys.length; i++) {
      const base = this.keys[i] * MAX_UNITS;
      for (let p = this.starts[i]; p < this.starts[i + 1]; p++) if (alive(this.units[p])) packed[n++] = base + this.units[p];
    }
    for (const [feature, list] of this.delta) {
      const base = feature * MAX_UNITS;
      for (const unit of list) if (alive(unit)) packed[n++] = base + unit;
    }
    const sorted = packed.subarray(0, n).sort();
    const keys: number[] = [];
    const starts: number[] = [];
    const units = new Int32Array(n);
    let m = 0;
    let previous = -1;
    let previousUnit = -1;
    for (let i = 0; i < n; i++) {
      const value = sorted[i];
      const feature = Math.floor(value / MAX_UNITS);
      const unit = value - feature * MAX_UNITS;
      if (feature !== previous) {
        keys.push(feature);
        starts.push(m);
        previous = feature;
        previousUnit = -1;
      }
      if (unit === previousUnit) continue;
      units[m++] = unit;
      previousUnit = unit;
    }
    starts.push(m);
    this.keys = Uint32Array.from(keys);
    this.starts = Uint32Array.from(starts);
    this.units = units.slice(0, m);
    this.delta = new Map();
    this.deltaSize = 0;
  }

  /** Bytes held by the typed arrays (the delta is not counted). */
  get bytes(): number {
    return this.keys.byteLength + this.starts.byteLength + this.units.byteLength;
  }

  private find(feature: number): number {
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const key = this.keys[mid];
      if (key === feature) return mid;
      if (key < feature) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/** FNV-1a over a string, 32 bits. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
