/**
 * Properties of cleaning (the CLI's `clean` and the server's "Remove all scrape
 * noise"): it is idempotent, and it removes only lines a noise finding flags
 * (and blank lines), keeping every other line byte for byte, in order.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, test } from 'node:test';
import { Corpus } from '../../../server/src/core/corpus/corpus';
import { isNoiseCode } from '../../../server/src/core/noise/categories';
import { cleanArticle } from '../../../server/src/core/noise/clean';
import { anyArticleText, articleText, hostileText } from '../../support/articleArbitraries';
import { cleanOnce, keptLinesOf, linesWithBreaks, type TextLine } from '../../support/cleaning';

describe('cleaning (property)', () => {
  test('cleaning a cleaned article changes nothing', () => {
    fc.assert(fc.property(anyArticleText, (text) => {
      const once = cleanOnce(text);
      assert.equal(cleanOnce(once), once);
    }), { numRuns: 80 });
  });

  test('every line no noise finding flags is kept byte for byte, in order', () => {
    fc.assert(fc.property(fc.oneof(articleText, hostileText), (text) => {
      const { kept, cleaned } = keptLinesOf(text);
      const lines = linesWithBreaks(cleaned);
      let at = 0;
      kept.forEach((line, i) => {
        // The last kept line may lose its line break (no blank lines at the end).
        const last = i === kept.length - 1;
        while (at < lines.length && !(last ? lines[at]!.content === line.content : sameLine(lines[at]!, line))) at++;
        assert.ok(at < lines.length, `kept line ${line.index} ${JSON.stringify(line.withBreak)} is in the cleaned text ${JSON.stringify(cleaned)}`);
        at++;
      });
    }), { numRuns: 120 });
  });

  test('cleaning in a corpus (boilerplate shared by several articles) keeps every unflagged line too', () => {
    fc.assert(fc.property(fc.array(articleText, { minLength: 3, maxLength: 4 }), (texts) => {
      const corpus = new Corpus();
      texts.forEach((text, i) => corpus.setText(`file:///c/${i}.txt`, text));
      for (const entry of corpus.values()) {
        if (entry.kind !== 'article') continue;
        const noise = entry.findings.filter((f) => isNoiseCode(f.code));
        const cleaned = cleanArticle(entry.article, noise);
        const flagged = (start: number, end: number) => noise.some((f) => f.span.start < end && f.span.end > start || (f.span.start === f.span.end && f.span.start >= start && f.span.start <= end));
        const remaining = new Set(linesWithBreaks(cleaned).map((line) => line.content));
        for (const line of entry.article.lines) {
          if (line.blank || flagged(line.span.start, line.span.end)) continue;
          const content = entry.article.text.slice(line.span.start, line.span.end);
          assert.ok(remaining.has(content), `unflagged line ${JSON.stringify(content)} survives cleaning`);
        }
      }
    }), { numRuns: 20 });
  });
});

/** The same line, line break included; a lone CR may have become LF (see keepingLineBreaksApart in clean.ts). */
function sameLine(cleaned: TextLine, original: TextLine): boolean {
  return cleaned.withBreak === original.withBreak || (cleaned.content === original.content && original.withBreak.endsWith('\r') && cleaned.withBreak.endsWith('\n') && cleaned.withBreak.length === original.withBreak.length);
}
