/**
 * An inverted index from 32-bit feature hashes to unit ids, kept as sorted
 * typed arrays (a Map of arrays costs ~25 times the memory, see
 * /work/shared/pitfalls.md #6). New postings go to a delta, itself a hash
 * table over typed arrays (chained lists), that is merged into the sorted
 * arrays when it grows; removed units are dropped at merge time (callers
 * filter dead ids meanwhile). A merge sorts only the delta and walks the
 * sorted arrays once.
 */

/** Unit ids must stay below 2^21 so that (feature, unit) packs exactly into a float64. */
export const MAX_UNITS = 1 << 21;

const EMPTY = -1;
const BUCKET_BITS = 16;

export class PostingIndex {
  private keys = new Uint32Array(0);
  private starts = new Uint32Array(1);
  private units = new Int32Array(0);
  /**
   * keys[buckets[b] .. buckets[b + 1]) are the keys whose top BUCKET_BITS bits
   * are b: a lookup binary-searches a handful of neighbouring keys instead of
   * the whole array (each step of which was a cache miss).
   */
  private buckets = new Uint32Array((1 << BUCKET_BITS) + 1);
  // The delta: open addressing from feature to the head of a chain of entries.
  private slotKeys = new Uint32Array(1 << 12);
  private slotHeads = new Int32Array(1 << 12).fill(EMPTY);
  private slotCounts = new Int32Array(1 << 12);
  private slotsUsed = 0;
  private entryUnits = new Int32Array(1 << 12);
  private entryFeatures = new Uint32Array(1 << 12);
  private entryNext = new Int32Array(1 << 12);
  private deltaSize = 0;

  add(unit: number, features: readonly number[]): void {
    for (let k = 0; k < features.length; k++) {
      const feature = features[k];
      if (this.deltaSize === this.entryUnits.length) this.growEntries();
      if ((this.slotsUsed + 1) * 2 > this.slotKeys.length) this.growSlots();
      const slot = this.slotOf(feature);
      if (this.slotHeads[slot] === EMPTY) {
        this.slotKeys[slot] = feature;
        this.slotsUsed++;
      }
      const entry = this.deltaSize++;
      this.entryUnits[entry] = unit;
      this.entryFeatures[entry] = feature;
      this.entryNext[entry] = this.slotHeads[slot];
      this.slotHeads[slot] = entry;
      this.slotCounts[slot]++;
    }
  }

  /** True when the delta is large enough that merging pays off. */
  get wantsCompaction(): boolean {
    // Each merge copies the sorted arrays: letting the delta grow to their size keeps the copying linear overall.
    return this.deltaSize > Math.max(100_000, this.units.length);
  }

  /** Number of postings of a feature (dead units included until the next merge). */
  count(feature: number): number {
    const i = this.find(feature);
    const slot = this.slotOf(feature);
    return (i < 0 ? 0 : this.starts[i + 1] - this.starts[i]) + (this.slotHeads[slot] === EMPTY ? 0 : this.slotCounts[slot]);
  }

  /** Calls visit(unit) for every posting of the feature. */
  forEach(feature: number, visit: (unit: number) => void): void {
    const i = this.find(feature);
    if (i >= 0) for (let p = this.starts[i]; p < this.starts[i + 1]; p++) visit(this.units[p]);
    for (let e = this.slotHeads[this.slotOf(feature)]; e !== EMPTY; e = this.entryNext[e]) visit(this.entryUnits[e]);
  }

  /**
   * Adds 1 to counts[unit] for every posting of the feature and records units
   * seen for the first time in `touched` (returns its new length), unless
   * the feature has more than maxPostings postings. The hot path of
   * candidate search, without a callback per posting.
   */
  countInto(feature: number, maxPostings: number, counts: Uint16Array, touched: Int32Array, length: number): number {
    const i = this.find(feature);
    const slot = this.slotOf(feature);
    const inDelta = this.slotHeads[slot] === EMPTY ? 0 : this.slotCounts[slot];
    // Very common features (stop-shingles) would only add noise and time: skip them, as passim does.
    if ((i < 0 ? 0 : this.starts[i + 1] - this.starts[i]) + inDelta > maxPostings) return length;
    if (i >= 0) {
      for (let p = this.starts[i], end = this.starts[i + 1]; p < end; p++) {
        const unit = this.units[p];
        if (counts[unit]++ === 0) touched[length++] = unit;
      }
    }
    for (let e = this.slotHeads[slot]; e !== EMPTY; e = this.entryNext[e]) {
      const unit = this.entryUnits[e];
      if (counts[unit]++ === 0) touched[length++] = unit;
    }
    return length;
  }

  /** Merges the delta into the sorted arrays, dropping units for which alive() is false. */
  compact(alive: (unit: number) => boolean): void {
    const delta = new Float64Array(this.deltaSize);
    let d = 0;
    for (let e = 0; e < this.deltaSize; e++) if (alive(this.entryUnits[e])) delta[d++] = this.entryFeatures[e] * MAX_UNITS + this.entryUnits[e];
    const sortedDelta = delta.subarray(0, d).sort();
    const keys = new Uint32Array(this.keys.length + d);
    const starts = new Uint32Array(this.keys.length + d + 1);
    const units = new Int32Array(this.units.length + d);
    let k = 0;
    let m = 0;
    let previousFeature = -1;
    let previousUnit = -1;
    const push = (feature: number, unit: number) => {
      if (feature !== previousFeature) {
        keys[k] = feature;
        starts[k++] = m;
        previousFeature = feature;
        previousUnit = -1;
      }
      if (unit === previousUnit) return;
      units[m++] = unit;
      previousUnit = unit;
    };
    let i = 0; // key of the sorted arrays
    let p = 0; // posting of the sorted arrays
    let q = 0; // entry of the sorted delta
    while (i < this.keys.length || q < d) {
      const mainFeature = i < this.keys.length ? this.keys[i] : Infinity;
      const deltaFeature = q < d ? Math.floor(sortedDelta[q] / MAX_UNITS) : Infinity;
      if (mainFeature <= deltaFeature) {
        // Postings of one feature stay sorted by unit only within each source; order across sources does not matter to readers.
        for (const end = this.starts[i + 1]; p < end; p++) if (alive(this.units[p])) push(mainFeature, this.units[p]);
        i++;
      } else {
        push(deltaFeature, sortedDelta[q] - deltaFeature * MAX_UNITS);
        q++;
      }
    }
    starts[k] = m;
    this.keys = keys.slice(0, k);
    this.starts = starts.slice(0, k + 1);
    this.units = units.slice(0, m);
    this.buckets = new Uint32Array((1 << BUCKET_BITS) + 1);
    let b = 0;
    for (let key = 0; key < k; key++) {
      const bucket = this.keys[key] >>> (32 - BUCKET_BITS);
      while (b <= bucket) this.buckets[b++] = key;
    }
    while (b <= 1 << BUCKET_BITS) this.buckets[b++] = k;
    this.resetDelta();
  }

  /** Bytes held by the typed arrays, delta included. */
  get bytes(): number {
    return (
      this.keys.byteLength + this.starts.byteLength + this.units.byteLength + this.buckets.byteLength +
      this.slotKeys.byteLength + this.slotHeads.byteLength + this.slotCounts.byteLength +
      this.entryUnits.byteLength + this.entryFeatures.byteLength + this.entryNext.byteLength
    );
  }

  private resetDelta(): void {
    this.slotKeys = new Uint32Array(1 << 12);
    this.slotHeads = new Int32Array(1 << 12).fill(EMPTY);
    this.slotCounts = new Int32Array(1 << 12);
    this.slotsUsed = 0;
    this.entryUnits = new Int32Array(1 << 12);
    this.entryFeatures = new Uint32Array(1 << 12);
    this.entryNext = new Int32Array(1 << 12);
    this.deltaSize = 0;
  }

  private slotOf(feature: number): number {
    const mask = this.slotKeys.length - 1;
    let slot = (Math.imul(feature, 0x9e3779b1) >>> 0) & mask;
    while (this.slotHeads[slot] !== EMPTY && this.slotKeys[slot] !== feature) slot = (slot + 1) & mask;
    return slot;
  }

  private growEntries(): void {
    const size = this.entryUnits.length * 2;
    const grow = <T extends Int32Array | Uint32Array>(array: T, make: (n: number) => T): T => {
      const bigger = make(size);
      bigger.set(array);
      return bigger;
    };
    this.entryUnits = grow(this.entryUnits, (n) => new Int32Array(n));
    this.entryFeatures = grow(this.entryFeatures, (n) => new Uint32Array(n));
    this.entryNext = grow(this.entryNext, (n) => new Int32Array(n));
  }

  private growSlots(): void {
    const oldKeys = this.slotKeys;
    const oldHeads = this.slotHeads;
    const oldCounts = this.slotCounts;
    this.slotKeys = new Uint32Array(oldKeys.length * 2);
    this.slotHeads = new Int32Array(oldKeys.length * 2).fill(EMPTY);
    this.slotCounts = new Int32Array(oldKeys.length * 2);
    for (let s = 0; s < oldKeys.length; s++) {
      if (oldHeads[s] === EMPTY) continue;
      const slot = this.slotOf(oldKeys[s]);
      this.slotKeys[slot] = oldKeys[s];
      this.slotHeads[slot] = oldHeads[s];
      this.slotCounts[slot] = oldCounts[s];
    }
  }

  private find(feature: number): number {
    const bucket = feature >>> (32 - BUCKET_BITS);
    let lo = this.buckets[bucket];
    let hi = this.buckets[bucket + 1] - 1;
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

/** Mixes two 32-bit integers into a 32-bit feature hash. */
export function hashPair(x: number, y: number, seed: number): number {
  let h = Math.imul(x ^ seed, 0x85ebca6b) ^ Math.imul(y + 0x9e3779b9, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x27d4eb2d);
  return (h ^ (h >>> 13)) >>> 0;
}
