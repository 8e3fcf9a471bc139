/**
 * An inverted index from 32-bit feature hashes to unit ids, kept as sorted
 * typed arrays (a Map of arrays costs ~25 times the memory, see
 * /work/shared/pitfalls.md #6). New postings go to a delta, itself a hash
 * table over typed arrays (chained lists), that is merged into the sorted
 * arrays when it grows; removed units are dropped at merge time (callers
 * filter dead ids meanwhile). A merge sorts only the delta and walks the
 * sorted arrays once.
 *
 * Building the index is bound by memory latency, not arithmetic: what one
 * probe reads is kept side by side (a slot's key, chain head and count; an
 * entry's unit and next entry), so that it costs one cache miss, not three.
 */

/** Unit ids must stay below 2^21 (the limit the callers check). */
export const MAX_UNITS = 1 << 21;

const EMPTY = -1;
const MIN_BUCKET_BITS = 12;
const MAX_BUCKET_BITS = 22;
/** A delta slot: feature, head of its chain of entries, number of entries. */
const SLOT = 3;
/** A delta entry: unit, next entry of the same feature. */
const ENTRY = 2;
/** Slots of the cache of very common features (direct-mapped, small enough to stay in the processor's cache). */
const HOT_BITS = 12;

export class PostingIndex {
  /**
   * Per merged feature, side by side: the feature and where its postings start
   * in `units` (they end where the next feature's start; a last pair closes
   * the array). Sorted by feature.
   */
  private directory = new Uint32Array(2);
  private keyCount = 0;
  private units = new Int32Array(0);
  /**
   * Features of the directory whose top `bucketBits` bits are b stand at
   * buckets[b] .. buckets[b + 1]: with about one feature per bucket a lookup
   * reads one or two directory entries instead of binary-searching (each step
   * of which was a cache miss).
   */
  private bucketBits = MIN_BUCKET_BITS;
  private buckets = new Uint32Array((1 << MIN_BUCKET_BITS) + 1);
  // The delta: open addressing from feature to the head of a chain of entries.
  private slots = PostingIndex.emptySlots(1 << 12);
  private slotsUsed = 0;
  private entries = new Int32Array(ENTRY << 12);
  /** Feature of each entry, read only when merging (in entry order). */
  private entryFeatures = new Uint32Array(1 << 12);
  private deltaSize = 0;
  /**
   * Features found to have more than maxPostings postings since the last
   * merge: the most common features are looked up most often (by every
   * statement that has them), and skipped after one read of this small table.
   */
  private hotFeatures = new Uint32Array(1 << HOT_BITS);
  private hotKnown = new Uint8Array(1 << HOT_BITS);

  /** Features with more than maxPostings postings are ignored by countInto. */
  constructor(private readonly maxPostings = 400) {}

  add(unit: number, features: readonly number[]): void {
    for (let k = 0; k < features.length; k++) {
      const feature = features[k];
      if (this.deltaSize * ENTRY === this.entries.length) this.growEntries();
      if ((this.slotsUsed + 1) * 2 * SLOT > this.slots.length) this.growSlots();
      const slot = this.slotOf(feature);
      const slots = this.slots;
      if (slots[slot + 1] === EMPTY) {
        slots[slot] = feature;
        this.slotsUsed++;
      }
      const entry = this.deltaSize++;
      this.entryFeatures[entry] = feature;
      this.entries[entry * ENTRY] = unit;
      this.entries[entry * ENTRY + 1] = slots[slot + 1];
      slots[slot + 1] = entry;
      slots[slot + 2]++;
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
    return (i < 0 ? 0 : this.directory[2 * i + 3] - this.directory[2 * i + 1]) + (this.slots[slot + 1] === EMPTY ? 0 : this.slots[slot + 2]);
  }

  /** Calls visit(unit) for every posting of the feature. */
  forEach(feature: number, visit: (unit: number) => void): void {
    const i = this.find(feature);
    if (i >= 0) for (let p = this.directory[2 * i + 1]; p < this.directory[2 * i + 3]; p++) visit(this.units[p]);
    for (let e = this.slots[this.slotOf(feature) + 1]; e !== EMPTY; e = this.entries[e * ENTRY + 1]) visit(this.entries[e * ENTRY]);
  }

  /**
   * Adds 1 to counts[unit * stride] for every posting of the feature and
   * records units seen for the first time in `touched` (returns its new
   * length), unless the feature has more than maxPostings postings. The hot
   * path of candidate search, without a callback per posting.
   */
  countInto(feature: number, counts: Uint16Array, stride: number, touched: Int32Array, length: number): number {
    const hot = Math.imul(feature, 0x9e3779b1) >>> (32 - HOT_BITS);
    if (this.hotKnown[hot] === 1 && this.hotFeatures[hot] === feature) return length;
    const slot = this.slotOf(feature);
    const head = this.slots[slot + 1];
    const inDelta = head === EMPTY ? 0 : this.slots[slot + 2];
    const i = inDelta > this.maxPostings ? -1 : this.find(feature);
    const from = i < 0 ? 0 : this.directory[2 * i + 1];
    const to = i < 0 ? 0 : this.directory[2 * i + 3];
    // Very common features (stop-shingles) would only add noise and time: skip them, as passim does.
    if (to - from + inDelta > this.maxPostings) {
      this.hotFeatures[hot] = feature;
      this.hotKnown[hot] = 1;
      return length;
    }
    const units = this.units;
    for (let p = from; p < to; p++) {
      const unit = units[p];
      if (counts[unit * stride]++ === 0) touched[length++] = unit;
    }
    const entries = this.entries;
    for (let e = head; e !== EMPTY; e = entries[e * ENTRY + 1]) {
      const unit = entries[e * ENTRY];
      if (counts[unit * stride]++ === 0) touched[length++] = unit;
    }
    return length;
  }

  /** Merges the delta into the sorted arrays, dropping units for which alive() is false. */
  compact(alive: (unit: number) => boolean): void {
    // Sorting (feature, unit) packed into one float64 reads the delta in entry order: walking each feature's chain instead was a cache miss per entry.
    const delta = new Float64Array(this.deltaSize);
    let d = 0;
    for (let e = 0; e < this.deltaSize; e++) {
      const unit = this.entries[e * ENTRY];
      if (alive(unit)) delta[d++] = this.entryFeatures[e] * MAX_UNITS + unit;
    }
    const sortedDelta = delta.subarray(0, d).sort();
    const keyCount = this.keyCount;
    const directory = new Uint32Array(2 * (keyCount + d) + 2);
    const units = new Int32Array(this.units.length + d);
    let k = 0;
    let m = 0;
    let previousFeature = -1;
    let previousUnit = -1;
    let i = 0; // key of the sorted arrays
    let q = 0; // entry of the sorted delta
    while (i < keyCount || q < d) {
      const mainFeature = i < keyCount ? this.directory[2 * i] : Infinity;
      const deltaFeature = q < d ? Math.floor(sortedDelta[q] / MAX_UNITS) : Infinity;
      // Postings of one feature stay sorted by unit only within each source; order across sources does not matter to readers.
      if (mainFeature <= deltaFeature) {
        for (let p = this.directory[2 * i + 1], end = this.directory[2 * i + 3]; p < end; p++) {
          const unit = this.units[p];
          if (!alive(unit)) continue;
          if (mainFeature !== previousFeature) {
            directory[2 * k] = mainFeature;
            directory[2 * k++ + 1] = m;
            previousFeature = mainFeature;
            previousUnit = -1;
          }
          units[m++] = unit;
        }
        i++;
      } else {
        const unit = sortedDelta[q] - deltaFeature * MAX_UNITS;
        if (deltaFeature !== previousFeature) {
          directory[2 * k] = deltaFeature;
          directory[2 * k++ + 1] = m;
          previousFeature = deltaFeature;
          previousUnit = -1;
        }
        // A unit adds a feature once per call; two calls (word pairs, concepts) may share a hash.
        if (unit !== previousUnit) units[m++] = unit;
        previousUnit = unit;
        q++;
      }
    }
    directory[2 * k + 1] = m;
    this.keyCount = k;
    this.directory = directory.slice(0, 2 * k + 2);
    this.units = units.slice(0, m);
    this.indexBuckets();
    this.resetDelta();
  }

  /** Bytes held by the typed arrays, delta included. */
  get bytes(): number {
    return this.directory.byteLength + this.units.byteLength + this.buckets.byteLength + this.slots.byteLength + this.entries.byteLength + this.entryFeatures.byteLength;
  }

  private static emptySlots(count: number): Int32Array {
    const slots = new Int32Array(count * SLOT);
    for (let slot = 1; slot < slots.length; slot += SLOT) slots[slot] = EMPTY;
    return slots;
  }

  private resetDelta(): void {
    this.slots = PostingIndex.emptySlots(1 << 12);
    this.slotsUsed = 0;
    this.entries = new Int32Array(ENTRY << 12);
    this.entryFeatures = new Uint32Array(1 << 12);
    this.deltaSize = 0;
    // Dead postings were counted until now: a feature may have fallen below the limit.
    this.hotKnown.fill(0);
  }

  /** About one feature per bucket, within bounds. */
  private indexBuckets(): void {
    const bits = Math.min(MAX_BUCKET_BITS, Math.max(MIN_BUCKET_BITS, Math.ceil(Math.log2(this.keyCount + 1))));
    this.bucketBits = bits;
    this.buckets = new Uint32Array((1 << bits) + 1);
    let b = 0;
    for (let key = 0; key < this.keyCount; key++) {
      const bucket = this.directory[2 * key] >>> (32 - bits);
      while (b <= bucket) this.buckets[b++] = key;
    }
    while (b <= 1 << bits) this.buckets[b++] = this.keyCount;
  }

  /** Offset in `slots` of the feature's slot, or of the empty slot where it would go. */
  private slotOf(feature: number): number {
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    let slot = (Math.imul(feature, 0x9e3779b1) >>> 0) & mask;
    while (slots[slot * SLOT + 1] !== EMPTY && slots[slot * SLOT] !== (feature | 0)) slot = (slot + 1) & mask;
    return slot * SLOT;
  }

  private growEntries(): void {
    const bigger = new Int32Array(this.entries.length * 2);
    bigger.set(this.entries);
    this.entries = bigger;
    const features = new Uint32Array(this.entryFeatures.length * 2);
    features.set(this.entryFeatures);
    this.entryFeatures = features;
  }

  private growSlots(): void {
    const old = this.slots;
    this.slots = PostingIndex.emptySlots((old.length / SLOT) * 2);
    for (let s = 0; s < old.length; s += SLOT) {
      if (old[s + 1] === EMPTY) continue;
      const slot = this.slotOf(old[s] >>> 0);
      this.slots[slot] = old[s];
      this.slots[slot + 1] = old[s + 1];
      this.slots[slot + 2] = old[s + 2];
    }
  }

  private find(feature: number): number {
    const bucket = feature >>> (32 - this.bucketBits);
    const directory = this.directory;
    for (let i = this.buckets[bucket], end = this.buckets[bucket + 1]; i < end; i++) {
      const key = directory[2 * i];
      if (key === feature) return i;
      if (key > feature) return -1;
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
