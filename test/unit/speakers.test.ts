import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArticle } from '../../server/src/core/article/buildArticle';
import { findSpeakers, type QuotationAttribution } from '../../server/src/core/speakers';

function speakers(text: string, language: 'de' | 'en' = 'de') {
  const article = buildArticle('test:speakers', text, { language });
  const found = findSpeakers(article);
  const quoted = (q: QuotationAttribution) => text.slice(article.quotations[q.quotation]!.content.start, article.quotations[q.quotation]!.content.end);
  return { article, found, quoted, at: (n: number) => found[n]! };
}

describe('speakers: reporting verbs', () => {
  it('finds the speaker after the verb ("…“, sagte Vollmer"), with the span of the name', () => {
    const text = 'Titel\n\n„Das ist ein Fortschritt“, sagte Generalsekretärin Henrike Vollmer am Abend.\n';
    const { at } = speakers(text);
    const speaker = at(0).speaker!;
    assert.equal(speaker.via, 'reporting-verb');
    assert.equal(speaker.fullName, 'Henrike Vollmer');
    assert.equal(text.slice(speaker.nameSpan.start, speaker.nameSpan.end), 'Henrike Vollmer');
    assert.equal(at(0).kind, 'speech');
  });

  it('finds the speaker before the verb ("Vollmer sagte: „…“") and in English ("…,” Orlov said)', () => {
    assert.equal(speakers('Titel\n\nKolb kündigte Widerstand an: „Wir werden um jeden Arbeitsplatz kämpfen.“\n').at(0).speaker?.name, 'Kolb');
    const english = speakers('Title\n\n“We did not come to be lectured,” Orlov said at the start.\n', 'en');
    assert.equal(english.at(0).speaker?.name, 'Orlov');
    const inverted = speakers('Title\n\n“Moscow is testing the pact,” said Jonas Feldhaus, an analyst in Leipzig.\n', 'en');
    assert.equal(inverted.at(0).speaker?.name, 'Jonas Feldhaus');
  });

  it('takes the name from an apposition: "erklärte die Sprecherin des Ministeriums, Irina Belowa,"', () => {
    const { at } = speakers('Titel\n\n„Wir lassen uns nichts vorschreiben“, erklärte die Sprecherin des Ministeriums, Irina Belowa, in Moskau.\n');
    assert.equal(at(0).speaker?.fullName, 'Irina Belowa');
  });
});

describe('speakers: pronouns and roles', () => {
  it('resolves "sagte er" and "warnte sie" by gender, not just recency', () => {
    const text = 'Titel\n\nBundesaußenministerin Nina Kramer traf Präsident Victor Rusu. „Wir sind Partner“, sagte er. Kramer antwortete: „Ihre Sicherheit ist unsere Sicherheit.“ „Wir bleiben wachsam“, warnte sie.\n';
    const { found } = speakers(text);
    assert.deepEqual(found.map((q) => q.speaker?.fullName), ['Victor Rusu', 'Nina Kramer', 'Nina Kramer']);
    assert.equal(found[0]!.speaker!.via, 'pronoun');
    assert.equal(text.slice(found[0]!.speaker!.mention.start, found[0]!.speaker!.mention.end), 'er');
    assert.equal(text.slice(found[0]!.speaker!.nameSpan.start, found[0]!.speaker!.nameSpan.end), 'Victor Rusu');
  });

  it('resolves English "she said" to the last woman named', () => {
    const { at } = speakers('Title\n\nThe finance minister, Rachel Ames, met Daniel Hollis. “These are the right choices,” she said.\n', 'en');
    assert.equal(at(0).speaker?.fullName, 'Rachel Ames');
  });

  it('links a role noun to the person introduced with it ("die Generalsekretärin")', () => {
    const { at } = speakers('Titel\n\nGeneralsekretärin Henrike Vollmer reiste nach Genf. Dort traf sie Wadim Orlow. „Die Tür bleibt offen“, betonte die Generalsekretärin.\n');
    assert.equal(at(0).speaker?.fullName, 'Henrike Vollmer');
    assert.equal(at(0).speaker?.via, 'role');
  });

  it('keeps an unnamed role as the speaker ("Die Vorsitzende Richterin")', () => {
    const { at } = speakers('Titel\n\nDie Vorsitzende Richterin machte deutlich, dass sie zügig verhandeln will: „Wir werden hier keine Zeit verlieren.“\n');
    assert.equal(at(0).speaker?.name, 'Vorsitzende Richterin');
    assert.equal(at(0).speaker?.resolved, false);
  });
});

describe('speakers: context', () => {
  it('takes the speaker of a quotation paragraph from the paragraph that introduces it', () => {
    const text = 'Titel\n\nStoltenberg lud Russland ein. Der Zeitung Die Welt sagte Stoltenberg:\n\n"Wir haben viel zu besprechen."\n';
    const { at } = speakers(text);
    assert.equal(at(0).speaker?.name, 'Stoltenberg');
    assert.equal(at(0).speaker?.via, 'introduction');
  });

  it('gives a resumed quotation the same speaker ("„…“, sagte Hoffmann, „…“")', () => {
    const { found } = speakers('Titel\n\n„Wer wechselt, spart Geld“, sagte Petra Hoffmann, „aber viele scheuen den Aufwand.“\n');
    assert.equal(found.length, 2);
    assert.equal(found[1]!.speaker?.fullName, 'Petra Hoffmann');
    assert.equal(found[1]!.speaker?.via, 'continuation');
  });

  it('continues the speaker of the sentence before in the same paragraph', () => {
    const { at } = speakers('Titel\n\n„Die Lage ist ernst“, sagte Vollmer. „Aber sie ist nicht ausweglos.“\n');
    assert.equal(at(1).speaker?.name, 'Vollmer');
    assert.equal(at(1).speaker?.via, 'context');
  });

  it('finds the speaker in the next sentence ("Mit diesen Worten dankte Tiedemann …")', () => {
    const { at } = speakers('Titel\n\nKreisbrandmeister Uwe Tiedemann war erschöpft.\n\n„Meine Leute haben Unglaubliches geleistet.“ Mit diesen Worten dankte Tiedemann den Einsatzkräften.\n');
    assert.equal(at(0).speaker?.fullName, 'Uwe Tiedemann');
    assert.equal(at(0).speaker?.via, 'following');
  });

  it('repeats the speaker for a pull quote that repeats an earlier quotation', () => {
    const text = 'Titel\n\n„Wir werden um jeden Arbeitsplatz kämpfen“, sagte Stefan Kolb.\n\nDer Bürgermeister schwieg.\n\n„Wir werden um jeden Arbeitsplatz kämpfen.“\n';
    const { at } = speakers(text);
    assert.equal(at(1).speaker?.fullName, 'Stefan Kolb');
    assert.equal(at(1).speaker?.via, 'repetition');
  });

  it('leaves a quotation without any speaker, and names and titles without one', () => {
    const { found } = speakers('Titel\n\n„Es war wie ein Inferno.“ Das Manöver „Grenzschild 2026“ läuft seit Februar.\n');
    assert.equal(found[0]!.kind, 'speech');
    assert.equal(found[0]!.speaker, undefined);
    assert.equal(found[1]!.kind, 'term');
    assert.equal(found[1]!.speaker, undefined);
  });

  it('records a vague source instead of a speaker ("Aus Regierungskreisen hieß es: „…“")', () => {
    const { at } = speakers('Titel\n\nAus Regierungskreisen hieß es: „Eine Einigung ist nicht in Sicht.“\n');
    assert.equal(at(0).speaker, undefined);
    assert.equal(at(0).vagueSource?.text, 'Aus Regierungskreisen');
  });
});
