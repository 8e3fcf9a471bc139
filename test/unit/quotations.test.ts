import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Quotation } from '../../server/src/core/article/types';
import { english, german } from '../../server/src/core/languages';
import type { LanguageProfile } from '../../server/src/core/languages/profile';
import { findQuotations } from '../../server/src/core/quotes/quotations';
import type { Span } from '../../server/src/core/text/span';

/** Paragraphs are separated by blank lines, as in the scraped articles. */
function paragraphsOf(text: string): Span[] {
  const paragraphs: Span[] = [];
  const blankLine = /(?:\r?\n)[ \t]*(?:\r?\n)+/g;
  let start = 0;
  for (const match of text.matchAll(blankLine)) {
    paragraphs.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  paragraphs.push({ start, end: text.length });
  return paragraphs.filter((p) => p.end > p.start);
}

function scan(text: string, profile: LanguageProfile = german) {
  return findQuotations(text, paragraphsOf(text), profile);
}

function contents(text: string, quotations: readonly Quotation[]): string[] {
  return quotations.map((q) => text.slice(q.content.start, q.content.end));
}

function spans(text: string, quotations: readonly Quotation[]): string[] {
  return quotations.map((q) => text.slice(q.span.start, q.span.end));
}

describe('findQuotations: styles', () => {
  const cases: { style: Quotation['style']; text: string; profile: LanguageProfile }[] = [
    { style: 'german', text: 'Sie sagte: „Wir kommen morgen.“ Dann ging sie.', profile: german },
    { style: 'english', text: 'She said: “We will come tomorrow.” Then she left.', profile: english },
    { style: 'straight', text: 'Sie sagte: "Wir kommen morgen." Dann ging sie.', profile: german },
    { style: 'german-guillemets', text: 'Sie sagte: »Wir kommen morgen.« Dann ging sie.', profile: german },
    { style: 'french-guillemets', text: 'Sie sagte: «Wir kommen morgen.» Dann ging sie.', profile: german },
    { style: 'german-single', text: 'Sie sagte: ‚Wir kommen morgen.‘ Dann ging sie.', profile: german },
    { style: 'english-single', text: 'She said: ‘We will come tomorrow.’ Then she left.', profile: english },
  ];
  for (const { style, text, profile } of cases) {
    it(`finds a ${style} quotation with its span and content`, () => {
      const { quotations, unbalanced } = scan(text, profile);
      assert.equal(quotations.length, 1);
      const [q] = quotations;
      assert.equal(q!.style, style);
      assert.equal(q!.index, 0);
      assert.equal(q!.depth, 0);
      assert.equal(q!.parent, undefined);
      assert.equal(q!.continues, undefined);
      assert.match(spans(text, quotations)[0]!, /^.(We will come tomorrow|Wir kommen morgen)\..$/);
      assert.equal(q!.content.start, q!.span.start + 1);
      assert.equal(q!.content.end, q!.span.end - 1);
      assert.deepEqual(unbalanced, []);
    });
  }

  it('finds French guillemets padded with no-break spaces', () => {
    const text = 'Elle a dit\u00A0: «\u00A0Nous venons\u00A0», puis elle est partie.';
    const { quotations, unbalanced } = scan(text, english);
    assert.deepEqual(spans(text, quotations), ['«\u00A0Nous venons\u00A0»']);
    assert.deepEqual(unbalanced, []);
  });

  it('finds several quotations in order, with index equal to position', () => {
    const text = 'Er nannte es „falsch“ und „gefährlich“. Sie sprach von "Unsinn".';
    const { quotations } = scan(text);
    assert.deepEqual(contents(text, quotations), ['falsch', 'gefährlich', 'Unsinn']);
    assert.deepEqual(quotations.map((q) => q.index), [0, 1, 2]);
  });

  it('opens after a bracket or a dash and closes before punctuation', () => {
    const text = 'Der Plan (»Projekt Morgen«) sei gut –„Ja“– und „nein“; so weit.';
    assert.deepEqual(contents(text, scan(text).quotations), ['Projekt Morgen', 'Ja', 'nein']);
  });
});

describe('findQuotations: ambiguous marks', () => {
  it('closes „ with “ in German', () => {
    const text = 'Er sprach von einer „Politik der offenen Tür“ der NATO.';
    const { quotations } = scan(text);
    assert.deepEqual(quotations.map((q) => q.style), ['german']);
    assert.deepEqual(contents(text, quotations), ['Politik der offenen Tür']);
  });

  it('opens with “ in English', () => {
    const text = 'He called it an “open door policy” of the alliance.';
    const { quotations } = scan(text, english);
    assert.deepEqual(quotations.map((q) => q.style), ['english']);
    assert.deepEqual(contents(text, quotations), ['open door policy']);
  });

  it('tells English “…” inside German „…“ apart by position', () => {
    const text = '„Er sagte “never” zu mir“, erklärte sie.';
    const { quotations } = scan(text);
    assert.deepEqual(spans(text, quotations), ['„Er sagte “never” zu mir“', '“never”']);
    assert.deepEqual(quotations.map((q) => q.style), ['german', 'english']);
    assert.equal(quotations[1]!.parent, 0);
  });

  it('accepts ” as the closer of „ (Polish-style marks in scraped text)', () => {
    const text = 'Sie nannte es „nicht einfach” und ging.';
    assert.deepEqual(contents(text, scan(text).quotations), ['nicht einfach']);
  });

  it('reads » as opening in German guillemets and as closing in French ones', () => {
    const text = 'Erst »deutsch« und dann «französisch» zitiert.';
    const { quotations } = scan(text);
    assert.deepEqual(quotations.map((q) => q.style), ['german-guillemets', 'french-guillemets']);
    assert.deepEqual(contents(text, quotations), ['deutsch', 'französisch']);
  });

  it('reads ‘ as closing ‚ but as opening English single quotes', () => {
    const german_ = 'Die Ukraine dürfe niemals der ‚NATO‘ beitreten.';
    assert.deepEqual(scan(german_).quotations.map((q) => q.style), ['german-single']);
    const english_ = 'They called it the ‘core principle’ of the alliance.';
    const { quotations } = scan(english_, english);
    assert.deepEqual(quotations.map((q) => q.style), ['english-single']);
    assert.deepEqual(contents(english_, quotations), ['core principle']);
  });

  it('treats a straight " as opener or closer by position', () => {
    const text = 'Er sagte "Ja" und sie sagte "Nein".';
    assert.deepEqual(contents(text, scan(text).quotations), ['Ja', 'Nein']);
  });

  it('does not open or close anything with an apostrophe between letters', () => {
    const text = '“We don’t know what Muster’s plan is,” she said.';
    const { quotations, unbalanced } = scan(text, english);
    assert.deepEqual(contents(text, quotations), ['We don’t know what Muster’s plan is,']);
    assert.deepEqual(unbalanced, []);
  });

  it('closes an English single quotation despite apostrophes inside it', () => {
    const text = 'He said ‘it’s Sample’s decision’ and left.';
    const { quotations, unbalanced } = scan(text, english);
    assert.deepEqual(contents(text, quotations), ['it’s Sample’s decision']);
    assert.deepEqual(unbalanced, []);
  });

  it('ignores a straight " between letters or digits', () => {
    const text = 'Der 27"-Monitor und ein "Test".';
    assert.deepEqual(contents(text, scan(text).quotations), ['Test']);
  });
});

describe('findQuotations: nesting', () => {
  it('records depth and parent of nested quotations', () => {
    const text = 'Sie sagte: „Er nannte es ‚absurd‘ und ging.“ Dann schwieg sie.';
    const { quotations } = scan(text);
    assert.deepEqual(spans(text, quotations), ['„Er nannte es ‚absurd‘ und ging.“', '‚absurd‘']);
    assert.deepEqual(quotations.map((q) => [q.index, q.depth, q.parent]), [[0, 0, undefined], [1, 1, 0]]);
  });

  it('records depth and parent in English', () => {
    const text = '“He called it ‘absurd’,” she said.';
    const { quotations } = scan(text, english);
    assert.deepEqual(spans(text, quotations), ['“He called it ‘absurd’,”', '‘absurd’']);
    assert.deepEqual(quotations.map((q) => [q.style, q.depth, q.parent]), [
      ['english', 0, undefined],
      ['english-single', 1, 0],
    ]);
  });

  it('nests three levels deep', () => {
    const text = '»Er schrieb: „Sie rief ‚Halt‘ und lief.“ Mehr nicht.« Ende.';
    const { quotations } = scan(text);
    assert.deepEqual(contents(text, quotations), ['Er schrieb: „Sie rief ‚Halt‘ und lief.“ Mehr nicht.', 'Sie rief ‚Halt‘ und lief.', 'Halt']);
    assert.deepEqual(quotations.map((q) => [q.depth, q.parent]), [[0, undefined], [1, 0], [2, 1]]);
  });

  it('skips an unclosed quotation when finding parent and depth', () => {
    const text = '„Er sagte ‚dann »hier« und ging.“ Ende.';
    const { quotations, unbalanced } = scan(text);
    assert.deepEqual(spans(text, quotations), ['„Er sagte ‚dann »hier« und ging.“', '»hier«']);
    assert.deepEqual(quotations.map((q) => [q.depth, q.parent]), [[0, undefined], [1, 0]]);
    assert.deepEqual(unbalanced, [{ offset: text.indexOf('‚'), mark: '‚' }]);
  });

  it('keeps siblings at the same depth under one parent', () => {
    const text = '„Erst ‚ja‘, dann ‚nein‘“, sagte er.';
    const { quotations } = scan(text);
    assert.deepEqual(quotations.map((q) => [q.depth, q.parent]), [[0, undefined], [1, 0], [1, 0]]);
  });
});

describe('findQuotations: unbalanced and stray marks', () => {
  it('reports an opening mark never closed in its paragraph, at its offset', () => {
    const text = 'Anna Beispiel sagte: „Wir kommen morgen. Dann ging sie.';
    const { quotations, unbalanced } = scan(text);
    assert.deepEqual(quotations, []);
    assert.deepEqual(unbalanced, [{ offset: text.indexOf('„'), mark: '„' }]);
  });

  it('scopes quotations to one paragraph', () => {
    const text = 'Er sagte: „Wir kommen\n\nmorgen“, sagte er. Sie nickte.';
    const { quotations, unbalanced } = scan(text);
    assert.deepEqual(quotations, []);
    assert.deepEqual(unbalanced, [{ offset: 10, mark: '„' }]);
  });

  it('reports the offset in a later paragraph, and still finds balanced quotations', () => {
    const text = 'Erster Absatz mit „Zitat“.\r\n\r\nZweiter Absatz: „offen und „zu“ danach.\r\n\r\nDritter mit "gerade".';
    const { quotations, unbalanced } = scan(text);
    assert.deepEqual(contents(text, quotations), ['Zitat', 'zu', 'gerade']);
    assert.deepEqual(unbalanced, [{ offset: text.indexOf('„offen'), mark: '„' }]);
    // The inner one's enclosing quotation was never closed, so it is top-level.
    assert.deepEqual(quotations.map((q) => [q.depth, q.parent]), [[0, undefined], [0, undefined], [0, undefined]]);
  });

  it('reports an unclosed inner quotation when the outer one closes', () => {
    const text = '„Er sagte ‚nein und ging.“ Fertig.';
    const { quotations, unbalanced } = scan(text);
    assert.deepEqual(spans(text, quotations), ['„Er sagte ‚nein und ging.“']);
    assert.deepEqual(unbalanced, [{ offset: text.indexOf('‚'), mark: '‚' }]);
  });

  it('ignores stray closing marks', () => {
    const text = 'Er sagte nein“ und ging» weg” danach.';
    assert.deepEqual(scan(text), { quotations: [], unbalanced: [] });
  });

  it('ignores marks outside the given paragraphs', () => {
    const text = 'Kopf „offen\n\nText mit „Zitat“.';
    const { quotations, unbalanced } = findQuotations(text, [{ start: 13, end: text.length }], german);
    assert.deepEqual(contents(text, quotations), ['Zitat']);
    assert.deepEqual(unbalanced, []);
  });

  it('does not open at a mark followed by a space', () => {
    const text = 'Ein Zeichen „ allein und „echt“.';
    const { quotations, unbalanced } = scan(text);
    assert.deepEqual(contents(text, quotations), ['echt']);
    assert.deepEqual(unbalanced, []);
  });
});

describe('findQuotations: quotations over several paragraphs', () => {
  it('continues a quotation when the next paragraph opens with the same mark', () => {
    const text = 'She said: “We talked for four hours.\n\n“We will meet again next week,” she added.';
    const { quotations, unbalanced } = scan(text, english);
    assert.deepEqual(unbalanced, []);
    assert.deepEqual(spans(text, quotations), ['“We talked for four hours.', '“We will meet again next week,”']);
    assert.equal(quotations[1]!.continues, 0);
  });

  it('continues over three paragraphs in German', () => {
    const text = '„Erstens.\n\n„Zweitens.\n\n„Drittens.“ Ende.';
    const { quotations, unbalanced } = scan(text);
    assert.deepEqual(unbalanced, []);
    assert.deepEqual(contents(text, quotations), ['Erstens.', 'Zweitens.', 'Drittens.']);
    assert.deepEqual(quotations.map((q) => q.continues), [undefined, 0, 1]);
  });

  it('reports the mark when the next paragraph opens differently', () => {
    const text = '“We talked.\n\nThen she left.';
    assert.deepEqual(scan(text, english).unbalanced, [{ offset: 0, mark: '“' }]);
  });
});

describe('findQuotations: interrupted quotations', () => {
  const resumed: { label: string; text: string; profile: LanguageProfile }[] = [
    { label: 'German, sagte sie', text: '„Wir sind bereit“, sagte sie, „aber nicht um jeden Preis.“', profile: german },
    { label: 'English, she said', text: '"We are ready," she said, "but not at any price."', profile: english },
    { label: 'English curly, Jonas Sample told reporters', text: '“We are ready,” Jonas Sample told reporters, “but not yet.”', profile: english },
    { label: 'German, so Muster', text: '„Das ist ein Anfang“, so Muster, „mehr nicht.“', profile: german },
    { label: 'German, Muster zufolge', text: '„Das ist ein Anfang“, Muster zufolge, „mehr nicht.“', profile: german },
    { label: 'German, fügte er hinzu', text: '»Wir reden«, fügte er hinzu, »aber wir handeln nicht.«', profile: german },
    { label: 'German question, fragte Anna Beispiel', text: '„Warum jetzt?“, fragte Anna Beispiel, „und warum hier?“', profile: german },
  ];
  for (const { label, text, profile } of resumed) {
    it(`links the resumed part: ${label}`, () => {
      const { quotations } = scan(text, profile);
      assert.equal(quotations.length, 2);
      assert.equal(quotations[0]!.continues, undefined);
      assert.equal(quotations[1]!.continues, 0);
    });
  }

  it('links a chain of three parts', () => {
    const text = '„Eins“, sagte sie, „zwei“, sagte sie dann, „drei.“';
    assert.deepEqual(scan(text).quotations.map((q) => q.continues), [undefined, 0, 1]);
  });

  const separate: { label: string; text: string; profile: LanguageProfile }[] = [
    { label: 'a new sentence between', text: '„Wir sind bereit.“ Sie ging. „Aber nicht heute.“', profile: german },
    { label: 'a clause without a reporting verb', text: '„Erst Brot“, dann Butter, „dann Milch“ stand auf dem Zettel.', profile: german },
    { label: 'an English clause without a reporting verb', text: '"First bread," then butter, "then milk" was the list.', profile: english },
    {
      label: 'a clause of more than eight words',
      text: '„Wir sind bereit“, sagte die Sprecherin des Ministeriums am Mittwoch in der Hauptstadt vor Journalisten, „aber nicht jetzt.“',
      profile: german,
    },
    { label: 'no comma before the second part', text: '"We are ready," she said "but not yet."', profile: english },
    { label: 'different paragraphs', text: '„Wir sind bereit“, sagte sie,\n\n„aber nicht jetzt.“', profile: german },
  ];
  for (const { label, text, profile } of separate) {
    it(`does not link quotations with ${label}`, () => {
      const { quotations } = scan(text, profile);
      assert.ok(quotations.length >= 2);
      assert.ok(quotations.every((q) => q.continues === undefined));
    });
  }

  it('does not link a nested quotation to a top-level one', () => {
    const text = '„Er sagte ‚ja‘, sagte sie, ‚und nein‘“, erklärte er.';
    const { quotations } = scan(text);
    assert.ok(quotations.every((q) => q.continues === undefined));
  });
});

describe('findQuotations: offsets', () => {
  it('gives exact spans with CRLF line endings', () => {
    const text = 'Titel\r\n\r\nEr sagte:\r\n„Wir kommen.\r\nWir bleiben.“\r\n\r\n"Ende", so Muster.';
    const { quotations, unbalanced } = scan(text);
    assert.deepEqual(spans(text, quotations), ['„Wir kommen.\r\nWir bleiben.“', '"Ende"']);
    assert.deepEqual(unbalanced, []);
  });

  it('gives exact spans around and inside emoji (surrogate pairs)', () => {
    const text = '😀 Sie sagte: „Wir 🇩🇪 kommen 👍🏽“ 😀 und "🎉".';
    const { quotations } = scan(text);
    assert.deepEqual(spans(text, quotations), ['„Wir 🇩🇪 kommen 👍🏽“', '"🎉"']);
    assert.deepEqual(contents(text, quotations), ['Wir 🇩🇪 kommen 👍🏽', '🎉']);
  });

  it('gives an unbalanced offset after emoji', () => {
    const text = '🎉🎉 „offen';
    assert.deepEqual(scan(text).unbalanced, [{ offset: 5, mark: '„' }]);
  });
});

describe('findQuotations: long input', () => {
  it('scans a paragraph of 50,000 characters', () => {
    const unit = '„Wir kommen“, sagte Anna Beispiel, „aber nicht ‚heute‘.“ Er ging. ';
    const text = unit.repeat(Math.ceil(50_000 / unit.length));
    const { quotations, unbalanced } = scan(text);
    const units = text.length / unit.length;
    assert.equal(quotations.length, units * 3);
    assert.equal(quotations.filter((q) => q.continues !== undefined).length, units);
    assert.deepEqual(unbalanced, []);
  });

  it('scans 50,000 nested opening marks', () => {
    const text = '„'.repeat(50_000) + 'x' + '“'.repeat(50_000);
    const { quotations, unbalanced } = scan(text);
    assert.equal(quotations.length, 50_000);
    assert.equal(quotations.at(-1)!.depth, 49_999);
    assert.deepEqual(unbalanced, []);
  });

  it('scans 50,000 unclosed marks', () => {
    const text = '„a '.repeat(17_000);
    const { quotations, unbalanced } = scan(text);
    assert.equal(quotations.length, 0);
    assert.equal(unbalanced.length, 17_000);
    assert.ok(unbalanced.every((u, i) => u.offset === i * 3));
  });
});
