/**
 * "Compare Quote Versions" in the core: every version of a statement, the one
 * under the cursor first, with speakers and word differences; and the
 * marking of those differences in one line of text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Corpus } from '../../server/src/core/corpus/corpus';
import { quoteVersions } from '../../server/src/core/corpus/quoteVersions';
import { markDifferences } from '../../server/src/core/quoteMatching';

const A = 'Schulen bleiben offen\n\n„Wir werden die Schulen im Herbst nicht schließen“, sagte Ministerin Anna Berger am Montag.\n';
const B = 'Landtag\n\nMinisterin Anna Berger sagte: »Wir werden die Schulen im kommenden Herbst nicht schließen.«\n';
const C = 'Kurz gemeldet\n\nBerger versprach, man werde „die Schulen im Herbst nicht schließen“.\n';
const D = 'Anderes Thema\n\n„Die Busse fahren im Winter seltener, weil Fahrer fehlen“, sagte ein Sprecher der Verkehrsbetriebe.\n';

function corpusOf(texts: Record<string, string>): Corpus {
  const corpus = new Corpus();
  for (const [key, text] of Object.entries(texts)) corpus.setText(key, text);
  return corpus;
}

describe('quote versions', () => {
  const corpus = corpusOf({ a: A, b: B, c: C, d: D });
  const inA = A.indexOf('Schulen im Herbst');

  it('lists the version under the cursor first, then its matches best first, with speakers', () => {
    const versions = quoteVersions(corpus, 'a', inA)!;
    assert.deepEqual(versions.map((v) => [v.key, v.current]), [['a', true], ['c', false], ['b', false]]);
    assert.equal(versions[0].speakerName, 'Anna Berger');
    assert.equal(versions[0].text, 'Wir werden die Schulen im Herbst nicht schließen');
    assert.equal(versions[2].kind, 'variant');
    assert.ok(versions[1].score! >= versions[2].score!, 'best first');
    assert.deepEqual(versions[0].wordDiff, []);
    assert.ok(versions.every((v) => v.key !== 'd'), 'a different statement is no version');
  });

  it('diffs each version against the one under the cursor', () => {
    const b = quoteVersions(corpus, 'a', inA)!.find((v) => v.key === 'b')!;
    const marked = markDifferences(b.wordDiff, B);
    assert.equal(marked.text, 'Wir werden die Schulen im {+kommenden+} Herbst nicht schließen');
    assert.deepEqual(marked.marks.map((m) => [marked.text.slice(m.start, m.end), m.kind]), [['{+kommenden+}', 'added']]);
    // From the other side, the same difference is a word this version lacks.
    const fromB = quoteVersions(corpus, 'b', B.indexOf('kommenden'))!;
    const toA = fromB.find((v) => v.key === 'a')!;
    assert.equal(markDifferences(toA.wordDiff, A).text, 'Wir werden die Schulen im [-kommenden-] Herbst nicht schließen');
  });

  it('marks the words a partial quotation leaves out as no change of wording', () => {
    const c = quoteVersions(corpus, 'a', inA)!.find((v) => v.key === 'c')!;
    const marked = markDifferences(c.wordDiff, C);
    assert.equal(marked.text, '⟨-Wir werden-⟩ die Schulen im Herbst nicht schließen');
    assert.deepEqual(marked.marks.map((m) => m.kind), ['omittedHere']);
  });

  it('has one version for a statement quoted once, and none outside quotations', () => {
    const alone = quoteVersions(corpus, 'd', D.indexOf('Busse'))!;
    assert.equal(alone.length, 1);
    assert.equal(alone[0].current, true);
    assert.equal(quoteVersions(corpus, 'a', A.indexOf('Montag')), undefined);
    assert.equal(quoteVersions(corpus, 'unknown', 0), undefined);
  });
});

describe('markDifferences', () => {
  it('keeps the punctuation of the other text between its words and marks replacements', () => {
    const text = 'x „eins, zwei drei“';
    const parts = [
      { op: 'equal' as const, here: 'eins', there: 'eins', hereSpan: { start: 0, end: 4 }, thereSpan: { start: 3, end: 7 } },
      { op: 'changed' as const, here: 'vier', there: 'zwei', hereSpan: { start: 5, end: 9 }, thereSpan: { start: 9, end: 13 } },
      { op: 'equal' as const, here: 'drei', there: 'drei', hereSpan: { start: 10, end: 14 }, thereSpan: { start: 14, end: 18 } },
    ];
    assert.equal(markDifferences(parts, text).text, 'eins, [-vier-] {+zwei+} drei');
    assert.equal(markDifferences(parts).text, 'eins [-vier-] {+zwei+} drei');
  });
});
