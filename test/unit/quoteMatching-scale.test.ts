/**
 * Scale: synthetic articles × 10 quotations (bench/quoteCorpus.ts), a fifth
 * of them re-quoting an earlier statement with small changes. Prints build
 * time, memory and lookup latency; asserts only that the index is built and
 * links the re-quoted statements (speed belongs to bench/quotes.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { QuoteIndex } from '../../server/src/core/quoteMatching';
import { QUOTATIONS_PER_ARTICLE as PER_ARTICLE, syntheticQuoteCorpus } from '../../bench/quoteCorpus';
import { mulberry32 } from '../../bench/random';

// 1,000 in the test suite; QUOTE_SCALE_ARTICLES=10000 for a look at full scale (figures: bench/quotes.ts).
const ARTICLES = Number(process.env.QUOTE_SCALE_ARTICLES ?? 1_000);

/**
 * CPU time of the main thread (Linux: /proc; elsewhere the whole process,
 * which also counts the garbage collector's helper threads), in ms.
 */
function mainThreadCpuMs(): number {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  }
}

describe('quote matching at scale', () => {
  it(`indexes ${ARTICLES} articles × ${PER_ARTICLE} quotations and answers lookups quickly`, () => {
    const articles = syntheticQuoteCorpus(ARTICLES, 42);
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const index = new QuoteIndex();
    const t0 = performance.now();
    const cpu0 = mainThreadCpuMs();
    for (const article of articles) index.set(article.uri, article);
    index.compact();
    const buildMs = performance.now() - t0;
    // CPU time too: on a machine shared with other jobs, wall time says more about the neighbours.
    const buildCpuMs = mainThreadCpuMs() - cpu0;
    global.gc?.();
    const heapAfter = process.memoryUsage().heapUsed;

    const random = mulberry32(7);
    const stored: number[] = [];
    const fresh: number[] = [];
    let found = 0;
    for (let i = 0; i < 2000; i++) {
      const key = `a${Math.floor(random() * ARTICLES)}`;
      const q = Math.floor(random() * PER_ARTICLE);
      let t = performance.now();
      found += index.matchesOf(key, q).length;
      stored.push(performance.now() - t);
      t = performance.now();
      index.findMatches(key, q);
      fresh.push(performance.now() - t);
    }
    const p99 = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length * 0.99)];
    // Re-indexing one article (an edit) end to end.
    const edits: number[] = [];
    for (let i = 0; i < 200; i++) {
      const article = articles[Math.floor(random() * ARTICLES)];
      const t = performance.now();
      index.set(article.uri, article);
      edits.push(performance.now() - t);
    }
    const size = index.size;
    console.log(
      `scale: ${size.articles} articles, ${size.statements} statements, ${size.links} links; build ${(buildMs / 1000).toFixed(2)} s (main thread CPU ${(buildCpuMs / 1000).toFixed(2)} s); ` +
        `heap +${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB (postings ${(size.postingBytes / 1e6).toFixed(1)} MB), RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB; ` +
        `matchesOf p99 ${p99(stored).toFixed(3)} ms; candidate search+verify p99 ${p99(fresh).toFixed(3)} ms; set() p99 ${p99(edits).toFixed(2)} ms; ${found} matches in sample`,
    );
    assert.equal(size.articles, ARTICLES);
    assert.ok(size.links > ARTICLES / 10, 'the re-quoted statements are linked');
  });
});
