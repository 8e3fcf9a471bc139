/**
 * Corpus evidence for scrape noise: a short line that several unrelated
 * articles share is boilerplate; the Corpus reports which other articles'
 * findings change when one article changes.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Corpus } from '../../server/src/core/corpus/corpus';

// A site's slogan that no lexicon knows: only the corpus can tell it is boilerplate.
const BOILERPLATE = 'Ihr Heimatblatt seit 1949, Stand der Recherche.';

function article(topic: string, extra: string[] = []): string {
  return [
    `${topic}: Stadtrat entscheidet über neue Pläne`,
    '',
    `Der Stadtrat hat am Dienstag lange über ${topic} beraten und am Ende eine Entscheidung vertagt, wie ein Sprecher mitteilte.`,
    '',
    `Die Opposition kritisierte das Vorgehen beim Thema ${topic} scharf und kündigte einen eigenen Antrag für die nächste Sitzung an.`,
    '',
    ...extra,
  ].join('\n');
}

const noiseOf = (corpus: Corpus, key: string) => corpus.findings(key).filter((f) => f.code.startsWith('noise.'));

describe('corpus evidence', () => {
  test('a line repeated in three unrelated articles is flagged in all of them; in two it is not', () => {
    const corpus = new Corpus();
    assert.deepEqual(corpus.setText('a', article('Hafen', [BOILERPLATE])), ['a']);
    assert.deepEqual(corpus.setText('b', article('Schwimmbad', [BOILERPLATE])), ['b']);
    assert.deepEqual(noiseOf(corpus, 'a'), []);
    const changed = corpus.setText('c', article('Radweg', [BOILERPLATE]));
    assert.deepEqual(changed.sort(), ['a', 'b', 'c'], 'the third copy changes the findings of the other two');
    for (const key of ['a', 'b', 'c']) {
      const findings = noiseOf(corpus, key);
      assert.equal(findings.length, 1, key);
      assert.equal(findings[0].code, 'noise.other');
      assert.match(findings[0].message, /appears in at least 3 unrelated articles/);
    }
  });

  test('changing one article so the line drops below the threshold returns the other keys', () => {
    const corpus = new Corpus();
    for (const [key, topic] of [['a', 'Hafen'], ['b', 'Schwimmbad'], ['c', 'Radweg']]) corpus.setText(key, article(topic, [BOILERPLATE]));
    assert.deepEqual(corpus.setText('c', article('Radweg')).sort(), ['a', 'b', 'c']);
    assert.deepEqual(noiseOf(corpus, 'a'), []);
    assert.deepEqual(noiseOf(corpus, 'b'), []);
    // Editing an article without touching shared lines changes no one else.
    assert.deepEqual(corpus.setText('a', article('Hafenbecken', [BOILERPLATE])), ['a']);
    // Deleting and skipping take the article's lines out of the index too.
    corpus.setText('c', article('Radweg', [BOILERPLATE]));
    assert.equal(noiseOf(corpus, 'a').length, 1);
    assert.deepEqual(corpus.delete('c').sort(), ['a', 'b', 'c']);
    assert.deepEqual(noiseOf(corpus, 'a'), []);
    corpus.setText('c', article('Radweg', [BOILERPLATE]));
    assert.deepEqual(corpus.setSkipped('c', { code: 'file.unreadable', message: 'gone' }).sort(), ['a', 'b', 'c']);
  });

  test('the same story syndicated three times is one source: its shared subhead is not boilerplate', () => {
    const story = (outlet: string) => [
      `${outlet}: Einigung im Tarifstreit`,
      '',
      'Die Tarifparteien im öffentlichen Dienst haben sich in der Nacht auf einen neuen Vertrag mit einer Laufzeit von zwei Jahren geeinigt.',
      '',
      'Kritik aus der Opposition',
      '',
      `Die Zeitung ${outlet} berichtet, dass die Einigung nach mehr als zwanzig Stunden Verhandlung zustande gekommen sei.`,
    ].join('\n');
    const corpus = new Corpus();
    for (const outlet of ['Kurier', 'Bote', 'Anzeiger']) corpus.setText(outlet, story(outlet));
    for (const outlet of ['Kurier', 'Bote', 'Anzeiger']) assert.deepEqual(noiseOf(corpus, outlet), [], outlet);
  });

  test('quotations, agency credits and headlines shared by many articles are not boilerplate', () => {
    const corpus = new Corpus();
    const shared = ['„Die Tür zum Dialog bleibt offen, aber wir lassen uns nicht spalten.“', '', '(dpa)', '', 'Von Anna Beispiel'];
    for (const topic of ['Hafen', 'Schwimmbad', 'Radweg', 'Bahnhof']) corpus.setText(topic, article(topic, shared));
    for (const topic of ['Hafen', 'Schwimmbad', 'Radweg', 'Bahnhof']) assert.deepEqual(noiseOf(corpus, topic), [], topic);
  });

  test('the threshold is an option; 0 turns the corpus evidence off, and configure() reports what changed', () => {
    const corpus = new Corpus({ noise: { corpusThreshold: 2 } });
    corpus.setText('a', article('Hafen', [BOILERPLATE]));
    assert.deepEqual(corpus.setText('b', article('Schwimmbad', [BOILERPLATE])).sort(), ['a', 'b']);
    assert.equal(noiseOf(corpus, 'a').length, 1);
    assert.deepEqual(corpus.configure({ noise: { corpusThreshold: 0 } }).sort(), ['a', 'b']);
    assert.deepEqual(noiseOf(corpus, 'a'), []);
    assert.deepEqual(corpus.configure({ noise: { corpusThreshold: 0 } }), [], 'nothing changes twice');
  });
});
