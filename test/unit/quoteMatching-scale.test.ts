/**
 * Scale: 10,000 synthetic articles × 10 quotations (seeded), a fifth of them
 * re-quoting an earlier statement with small changes. Prints build time,
 * memory and lookup latency; asserts only generous bounds so that a loaded CI
 * machine stays green.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Article, Quotation } from '../../server/src/core/article/types';
import { QuoteIndex } from '../../server/src/core/quoteMatching';

// 1,000 in the test suite; QUOTE_SCALE_ARTICLES=10000 for the measurement at full scale (speed belongs to the benchmark).
const ARTICLES = Number(process.env.QUOTE_SCALE_ARTICLES ?? 1_000);
const PER_ARTICLE = 10;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ber', 'lin', 'to', 'mar', 'sen', 'gu', 'rest', 'ol', 'vin', 'da', 'pe', 'ter', 'sch', 'au', 'ei', 'ko', 'mun', 'al', 'fel'];
const FUNCTION_WORDS = ['die', 'der', 'und', 'nicht', 'wir', 'ist', 'in', 'den', 'mit', 'auf', 'für', 'es', 'ein', 'eine', 'sich', 'dass', 'aber', 'zu'];

function syntheticCorpus(seed: number): Article[] {
  const random = mulberry32(seed);
  const vocabulary = Array.from({ length: 6000 }, (_, i) => {
    let w = '';
    for (let s = 0; s < 2 + (i % 3); s++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return w + (i % 7 === 0 ? 'ung' : 'en');
  });
  // Zipf-like: frequent topic words are far more common than rare ones.
  const word = () => vocabulary[Math.floor(vocabulary.length * Math.pow(random(), 2.2))];
  const statements: string[][] = [];
  const articles: Article[] = [];
  for (let a = 0; a < ARTICLES; a++) {
    let text = 'Titel\n\n';
    const quotations: Quotation[] = [];
    for (let q = 0; q < PER_ARTICLE; q++) {
      let words: string[];
      if (statements.length > 50 && random() < 0.2) {
        words = [...statements[Math.floor(random() * statements.length)]];
        if (random() < 0.5) words.splice(Math.floor(random() * words.length), 1);
        if (random() < 0.3) words = words.slice(0, Math.max(4, Math.floor(words.length * 0.6)));
      } else {
        const length = 6 + Math.floor(random() * 14);
        words = Array.from({ length }, () => (random() < 0.4 ? FUNCTION_WORDS[Math.floor(random() * FUNCTION_WORDS.length)] : word()));
        statements.push(words);
      }
      const start = text.length;
      text += '„' + words.join(' ') + '“, sagte Politikerin Muster. ';
      quotations.push({ index: q, style: 'german', span: { start, end: start + words.join(' ').length + 2 }, content: { start: start + 1, end: start + 1 + words.join(' ').length }, depth: 0 });
    }
    articles.push({ uri: `a${a}`, text, language: 'de', quotations } as unknown as Article);
  }
  return articles;
}

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
    const articles = syntheticCorpus(42);
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
