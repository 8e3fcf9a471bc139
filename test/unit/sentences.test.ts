import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { english, german } from '../../server/src/core/languages';
import type { LanguageProfile } from '../../server/src/core/languages/profile';
import { findQuotations } from '../../server/src/core/quotes/quotations';
import { splitSentences } from '../../server/src/core/segmentation/sentences';
import type { Span } from '../../server/src/core/text/span';

function sentenceSpans(text: string, paragraph: Span, profile: LanguageProfile): Span[] {
  const { quotations } = findQuotations(text, [paragraph], profile);
  return splitSentences(text, paragraph, profile, quotations);
}

/** The sentences of `text` taken as one paragraph, as strings. */
function sentencesOf(text: string, profile: LanguageProfile = german): string[] {
  return sentenceSpans(text, { start: 0, end: text.length }, profile).map((s) => text.slice(s.start, s.end));
}

interface BoundaryCase {
  readonly label: string;
  readonly profile: LanguageProfile;
  readonly sentences: readonly string[];
}

function de(label: string, ...sentences: string[]): BoundaryCase {
  return { label, profile: german, sentences };
}

function en(label: string, ...sentences: string[]): BoundaryCase {
  return { label, profile: english, sentences };
}

/** Each case's text is its sentences joined by a space; splitting must give them back. */
const boundaryCases: readonly BoundaryCase[] = [
  de('ordinal date "am 12. Januar"', 'Am 12. Januar 2022 kam Anna Beispiel nach Genf.', 'Dann reiste sie ab.'),
  de('ordinal century "im 19. Jahrhundert"', 'Im 19. Jahrhundert wuchs die Stadt stark.', 'Heute ist sie groß.'),
  de('ordinal genitive "des 20. Jahrhunderts"', 'Die Kriege des 20. Jahrhunderts prägten Europa.', 'Das wirkt nach.'),
  de('ordinal "Zum 2. Mal"', 'Zum 2. Mal tagte der Rat in diesem Format.', 'Das war neu.'),
  de('ordinal "der 3. Platz"', 'Der 3. Platz ging an Jonas Muster.', 'Anna Beispiel wurde Vierte.'),
  de('ordinal "am 10. Januar in Genf"', 'Die Gespräche fanden am 10. Januar in Genf statt.', 'Danach folgte Wien.'),
  de('ordinal after lead word, unknown noun "der 4. Versuch"', 'Erst der 4. Versuch gelang.', 'Alle jubelten.'),
  de('ordinal noun without lead word "3. Quartal"', 'Im Vergleich zum Vorjahr stieg der Umsatz im 3. Quartal kräftig.', 'Die Börse reagierte.'),
  de('month abbreviation "12. Jan. 2022"', 'Die Frist endet am 12. Jan. 2022 um Mitternacht.', 'Dann gilt das Gesetz.'),
  de('date "12.01.2022"', 'Das Treffen fand am 12.01.2022 statt.', 'Es war kurz.'),
  de('date "12. Januar 2022." then a sentence', 'Er kam am 12. Januar 2022.', 'Sie kam später.'),
  de('year ends a sentence "2019. Danach"', 'Das Treffen endete 2019.', 'Danach gab es keine Gespräche.'),
  de('year after a lead word ends a sentence "seit 2019."', 'Der Rat tagte nicht mehr seit 2019.', 'Nun gibt es ein Treffen.'),
  de('number without lead word ends a sentence "wurde 18."', 'Sie wurde 18.', 'Danach zog sie nach Musterstadt.'),
  de('time "um 10 Uhr."', 'Er kam um 10 Uhr.', 'Sie ging.'),
  de('number "100.000"', 'Rund 100.000 Soldaten stehen an der Grenze.', 'Die NATO ist besorgt.'),
  de('decimal "3,5 Prozent"', 'Die Wirtschaft wuchs um 3,5 Prozent.', 'Das war mehr als erwartet.'),
  de('abbreviation "z. B."', 'Einige Staaten, z. B. Frankreich, stimmten zu.', 'Andere nicht.'),
  de('abbreviation "z.B." unspaced', 'Einige, z.B. Polen, zögerten.', 'Dann stimmten sie zu.'),
  de('abbreviation "u. a."', 'Es sprachen u. a. Anna Beispiel und Jonas Muster.', 'Dann war Pause.'),
  de('abbreviation "d. h."', 'Das Büro bleibt zu, d. h. Russland hat keine Vertretung.', 'Das bedauert die NATO.'),
  de('abbreviation "i. d. R."', 'Der Rat tagt i. d. R. einmal im Monat.', 'Ausnahmen sind selten.'),
  de('title "Dr. Müller"', 'Dr. Müller leitete die Sitzung.', 'Sie dauerte vier Stunden.'),
  de('titles "Prof. Dr."', 'Prof. Dr. Anna Beispiel sprach zuerst.', 'Danach sprach Jonas Muster.'),
  de('abbreviation "Nr. 5"', 'Er wohnt in der Gartenstraße Nr. 5 in Musterstadt.', 'Sie wohnt nebenan.'),
  de('abbreviation "bzw."', 'Russland bzw. Belarus sollen zustimmen.', 'Das ist offen.'),
  de('abbreviation "Art. 5 GG"', 'Das regelt Art. 5 GG ausdrücklich.', 'Die Klage scheiterte.'),
  de('word "Art." at a sentence end', 'Das ist eine neue Art.', 'Sie lebt im Wald.'),
  de('abbreviation "ca. 300"', 'Es kamen ca. 300 Menschen.', 'Die Polizei blieb ruhig.'),
  de('abbreviation "St. Petersburg"', 'Der Gipfel fand in St. Petersburg statt.', 'Er endete ohne Ergebnis.'),
  de('abbreviations "vgl." and "Abs."', 'Die Lage ist ernst (vgl. Abs. 2).', 'Das betonte sie.'),
  de('abbreviation "Mio."', 'Der Schaden beträgt 3 Mio. Euro.', 'Die Versicherung zahlt.'),
  de('"usw." at a sentence end', 'Sie kauften Brot, Milch usw.', 'Danach gingen sie heim.'),
  de('"v. Chr." mid-sentence', 'Die Stadt wurde 50 v. Chr. gegründet.', 'Sie wuchs schnell.'),
  de('name "Jan." at a sentence end', 'Er traf seinen Freund Jan.', 'Sie gingen essen.'),
  de('initials "J. R. Muster"', 'Der Autor J. R. Muster schrieb das Buch.', 'Es erschien 2020.'),
  de('quotation of several sentences', 'Sie sagte: „Wir kommen. Wir bleiben. Wir gehen nicht.“', 'Dann schwieg sie.'),
  de('quotation then attribution in lower case', '„Wir kommen. Wir bleiben“, sagte sie.', 'Er nickte.'),
  de('question in quotation, then "fragte sie"', '„Was nun?“ fragte sie.', 'Niemand antwortete.'),
  de('quotation ending a sentence', 'Jonas Muster sagte: „Der Ball liegt bei Russland.“', 'Anna Beispiel widersprach.'),
  de('nested quotation of several sentences', '„Er sagte ‚Nein. Niemals.‘ Dann ging er.“', 'Sie nickte.'),
  de('question and exclamation', 'Warum?', 'Weil es so ist!', 'Gut.'),
  de('ordinal with lead word then lower case "Das 21. beginnt"', 'Das 20. Jahrhundert war blutig.', 'Das 21. beginnt ruhiger.'),
  en('title "Mr. Smith"', 'Mr. Smith arrived late.', 'Mrs. Jones did not.'),
  en('title "Ms."', 'Ms. Example declined to comment.', 'Her office confirmed it.'),
  en('"U.S. officials"', 'U.S. officials said the talks were useful.', 'Russia disagreed.'),
  en('"the U.S. President"', 'The meeting involved the U.S. President and his aides.', 'Nothing was decided.'),
  en('title "Dr."', 'Dr. Anna Example leads the team.', 'She is new.'),
  en('title "Gen."', 'Gen. Jonas Sample commanded the unit.', 'He retired in 2020.'),
  en('title "Sen."', 'Sen. Example voted against the bill.', 'It failed.'),
  en('title "Prof."', 'Prof. Sample disagreed.', 'The panel moved on.'),
  en('"Inc." at a sentence end', 'The contract went to Example Inc.', 'The company declined to comment.'),
  en('"Inc. said"', 'Example Inc. said it would appeal.', 'Shares fell.'),
  en('"Corp." at a sentence end', 'He now works for Sample Corp.', 'He likes it.'),
  en('"No. 10"', 'He lives at No. 10 Example Street.', 'It is quiet.'),
  en('word "no." at a sentence end', 'She said no.', 'Then she left.'),
  en('"vs."', 'It was Example vs. Sample in the final.', 'Example won.'),
  en('"etc." mid-sentence', 'Apples, pears, etc. were sold.', 'Prices rose.'),
  en('"etc." at a sentence end', 'They sold apples, pears, etc.', 'The market closed early.'),
  en('"e.g."', 'Some allies, e.g. Poland, were wary.', 'Others agreed.'),
  en('"i.e."', 'The core issue, i.e. NATO expansion, remained.', 'Talks ended.'),
  en('"Jan. 12"', 'The talks began on Jan. 12 in Geneva.', 'They ended a day later.'),
  en('"a.m." mid-sentence', 'The meeting began at 10 a.m. and lasted four hours.', 'It was tense.'),
  en('"p.m." at a sentence end', 'It ended at 5 p.m.', 'The ministers then left.'),
  en('"St. Louis"', 'He grew up in St. Louis.', 'Later he moved.'),
  en('initials "J. R. Sample"', 'The report by J. R. Sample was published.', 'It caused a stir.'),
  en('year ends a sentence', 'The council last met in 2019.', 'Since then, nothing.'),
  en('decimal "3.5 percent"', 'The economy grew 3.5 percent.', 'That beat forecasts.'),
  en('number "100,000"', 'About 100,000 troops are near the border.', 'NATO is worried.'),
  en('interrupted quotation', '"We are ready," she said, "but not at any price."', 'He nodded.'),
  en('quotation of several sentences', '"We talked. We disagreed. We will meet again," the chair said.', 'Nothing else was announced.'),
  en('question in quotation, then "she asked"', '“Why now?” she asked.', 'Nobody knew.'),
];

describe('splitSentences: tricky boundaries', () => {
  it('has at least 40 labelled cases in German and English', () => {
    assert.ok(boundaryCases.length >= 40);
    assert.ok(boundaryCases.some((c) => c.profile === german) && boundaryCases.some((c) => c.profile === english));
  });

  for (const { label, profile, sentences } of boundaryCases) {
    it(`${profile.code}: ${label}`, () => {
      assert.deepEqual(sentencesOf(sentences.join(' '), profile), sentences);
    });
  }
});

describe('splitSentences: spans', () => {
  it('returns offsets into the whole text for a later paragraph', () => {
    const text = 'Titelzeile\n\nAnna Beispiel kam am 3. Mai. Jonas Muster nicht.\n\nEnde.';
    const paragraph = { start: 12, end: 60 };
    const spans = sentenceSpans(text, paragraph, german);
    assert.deepEqual(spans, [
      { start: 12, end: 40 },
      { start: 41, end: 60 },
    ]);
    assert.equal(text.slice(41, 60), 'Jonas Muster nicht.');
  });

  it('trims whitespace, including no-break spaces, from every span', () => {
    const text = '  \u00A0Erster Satz.   Zweiter Satz.\t ';
    assert.deepEqual(sentencesOf(text), ['Erster Satz.', 'Zweiter Satz.']);
  });

  it('returns nothing for a blank paragraph', () => {
    assert.deepEqual(sentencesOf(' \r\n \t'), []);
  });

  it('returns a headline without a period as one sentence', () => {
    assert.deepEqual(sentencesOf('NATO und Russland sprechen wieder miteinander'), [
      'NATO und Russland sprechen wieder miteinander',
    ]);
  });

  it('handles CRLF line endings inside a paragraph', () => {
    const text = 'Er kam am 12. Januar.\r\nSie ging.\r\nDie Gespräche wurden\r\nfortgesetzt. Ende.';
    assert.deepEqual(sentencesOf(text), [
      'Er kam am 12. Januar.',
      'Sie ging.',
      'Die Gespräche wurden\r\nfortgesetzt.',
      'Ende.',
    ]);
  });

  it('keeps a quotation over several lines in one sentence', () => {
    const text = 'Er sagte:\r\n„Wir kommen.\r\nWir bleiben.“ Dann ging er.';
    assert.deepEqual(sentencesOf(text), ['Er sagte:', '„Wir kommen.\r\nWir bleiben.“', 'Dann ging er.']);
  });

  it('ends a sentence at a line break between a heading and a caption', () => {
    assert.deepEqual(sentencesOf('NATO-Russland-Rat\nEin Blick in den Saal am 12. Januar 2022.'), [
      'NATO-Russland-Rat',
      'Ein Blick in den Saal am 12. Januar 2022.',
    ]);
  });

  it('gives exact spans with emoji before and inside sentences', () => {
    const text = '😀 Anna kam am 12. Januar 🇩🇪. 👍🏽 Jonas ging! Dann 🎉 kam Dr. Muster.';
    assert.deepEqual(sentencesOf(text), ['😀 Anna kam am 12. Januar 🇩🇪.', '👍🏽 Jonas ging!', 'Dann 🎉 kam Dr. Muster.']);
  });

  it('gives exact spans with emoji inside quotations', () => {
    const text = '🎉 Sie sagte: „Wir 😀 kommen. Wir 👍🏽 bleiben.“ 🇩🇪 Er ging.';
    assert.deepEqual(sentencesOf(text), ['🎉 Sie sagte: „Wir 😀 kommen. Wir 👍🏽 bleiben.“', '🇩🇪 Er ging.']);
  });

  it('keeps a quotation continued into the next paragraph whole', () => {
    const text = 'She said: “We talked. We disagreed.\n\n“We will meet again,” she added. He left.';
    const paragraphs = [
      { start: 0, end: 35 },
      { start: 37, end: text.length },
    ];
    const { quotations } = findQuotations(text, paragraphs, english);
    const sentences = paragraphs.flatMap((p) => splitSentences(text, p, english, quotations));
    assert.deepEqual(
      sentences.map((s) => text.slice(s.start, s.end)),
      ['She said: “We talked. We disagreed.', '“We will meet again,” she added.', 'He left.'],
    );
  });

  it('leaves an unbalanced quotation mark to the ordinary rules', () => {
    assert.deepEqual(sentencesOf('Sie sagte: „Wir kommen. Wir bleiben. Ende.'), [
      'Sie sagte: „Wir kommen.',
      'Wir bleiben.',
      'Ende.',
    ]);
  });
});

describe('splitSentences: long paragraphs', () => {
  /** Sentences tile the paragraph: ordered, disjoint, trimmed, and covering all non-space text. */
  function assertTiles(text: string, spans: readonly Span[]): void {
    let previousEnd = 0;
    for (const span of spans) {
      assert.ok(span.start >= previousEnd && span.end > span.start);
      assert.match(text.slice(previousEnd, span.start), /^\s*$/);
      assert.doesNotMatch(text[span.start]!, /\s/);
      assert.doesNotMatch(text[span.end - 1]!, /\s/);
      previousEnd = span.end;
    }
    assert.match(text.slice(previousEnd), /^\s*$/);
  }

  it('splits a paragraph of 50,000 characters into all its sentences', () => {
    const unit = 'Am 12. Januar sagte Dr. Muster z. B.: „Wir kommen. Wir bleiben.“ Danach ging er. ';
    const text = unit.repeat(Math.ceil(50_000 / unit.length));
    const spans = sentenceSpans(text, { start: 0, end: text.length }, german);
    assertTiles(text, spans);
    const units = text.length / unit.length;
    assert.equal(spans.length, units * 2);
    assert.equal(text.slice(spans[1]!.start, spans[1]!.end), 'Danach ging er.');
  });

  it('splits a 50,000-character paragraph of long sentences cut across chunks', () => {
    const longSentence = `${'Anna Beispiel und Jonas Muster reden lange, '.repeat(400)}und am 3. Mai endet es.`;
    const text = `${longSentence} ${longSentence} ${longSentence}`;
    const spans = sentenceSpans(text, { start: 0, end: text.length }, german);
    assertTiles(text, spans);
    assert.deepEqual(
      spans.map((s) => text.slice(s.start, s.end)),
      [longSentence, longSentence, longSentence],
    );
  });

  it('keeps a quotation longer than a chunk in one sentence', () => {
    const quoted = 'Wir kommen. Wir bleiben. '.repeat(800).trim();
    const text = `Sie sagte: „${quoted}“ Dann ging sie.`;
    assert.deepEqual(sentencesOf(text), [`Sie sagte: „${quoted}“`, 'Dann ging sie.']);
  });

  it('splits a 50,000-character paragraph where every space follows a period', () => {
    const text = 'Ja. '.repeat(12_500);
    const spans = sentenceSpans(text, { start: 0, end: text.length }, german);
    assertTiles(text, spans);
    assert.equal(spans.length, 12_500);
  });

  it('splits a 50,000-character paragraph of lines without periods at every line', () => {
    const text = Array.from({ length: 2_000 }, (_, i) => `Zeile ${i} ohne Punkt`).join('\n');
    const spans = sentenceSpans(text, { start: 0, end: text.length }, german);
    assertTiles(text, spans);
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), text.split('\n'));
  });

  it('splits at a line break that ends a chunk after one long line', () => {
    const longLine = 'Anna Beispiel redet ohne Punkt '.repeat(240).trim();
    const text = `${longLine}\n${'Zweite Zeile ohne Punkt '.repeat(100).trim()}`;
    assert.deepEqual(sentencesOf(text), text.split('\n'));
  });

  it('splits 50,000 characters without whitespace, never inside a surrogate pair', () => {
    const text = `a${'😀'.repeat(25_000)}`;
    const spans = sentenceSpans(text, { start: 0, end: text.length }, german);
    assert.deepEqual(spans, [{ start: 0, end: text.length }]);
  });
});
