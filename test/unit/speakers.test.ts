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

describe('speakers: people taken up again', () => {
  it('resolves an age noun to the last person of its gender ("sagte die 52-Jährige")', () => {
    const { at } = speakers('Titel\n\nDie Vorsitzende des Vereins, Mirela Hoxhaj, traf Landrat Gernot Vielhaber. „Davon ist nichts angekommen“, sagte die 52-Jährige.\n');
    assert.equal(at(0).speaker?.fullName, 'Mirela Hoxhaj');
    assert.equal(at(0).speaker?.via, 'role');
    const english = speakers('Title\n\nHarbour master Callum Reid closed the slipway. “I would not let my children near it,” the 58-year-old added.\n', 'en');
    assert.equal(english.at(0).speaker?.fullName, 'Callum Reid');
  });

  it('resolves a definite role noun of the same field to a person introduced under another role ("der CDU-Politiker")', () => {
    const text = 'Titel\n\nBildungsminister Carsten Hollweck räumte Probleme ein. Man habe viele Lehrer eingestellt. Zudem würden Pensionäre angeschrieben. Schulleiter Bernd Kessler widersprach. „Wir drehen an jeder Schraube“, sagte der CDU-Politiker.\n';
    assert.equal(speakers(text).at(0).speaker?.fullName, 'Carsten Hollweck');
  });

  it('prefers the person with the same role over a more recent one of the same field', () => {
    const text = 'Titel\n\nLandrat Gernot Vielhaber wies die Kritik zurück. Der Abgeordnete Pascal Reuning forderte mehr Geld. „Darüber entscheidet der Kreistag“, entgegnete der Landrat.\n';
    assert.equal(speakers(text).at(0).speaker?.fullName, 'Gernot Vielhaber');
  });

  it('does not give a role noun to a person of another field ("der Mediziner" skips a managing director)', () => {
    const text = 'Titel\n\nDer Chirurg Anselm Wietholt warnte vor der Schließung. Geschäftsführer Bernd Kessler verwies auf den Personalmangel. „Das Problem ist lange bekannt“, sagte der Mediziner.\n';
    assert.equal(speakers(text).at(0).speaker?.fullName, 'Anselm Wietholt');
  });

  it('keeps a role given after a name or a copula with the person ("Lindqvist ist seit 2021 Kapitänin")', () => {
    const german = speakers('Titel\n\nProfessorin Anna Lindqvist ist seit 2021 Kapitänin der Mannschaft. Trainerin Monika Ferchland lobte sie. „Ich habe hier viel erlebt“, schrieb die Kapitänin.\n');
    assert.equal(german.at(0).speaker?.fullName, 'Anna Lindqvist');
    const english = speakers('Title\n\nProfessor Robin Abernethy, the chair of the trust, met the mayor, Peter Haldane. “That is simply not true,” the chair said.\n', 'en');
    assert.equal(english.at(0).speaker?.fullName, 'Robin Abernethy');
  });

  it('resolves a pronoun to the subject of the sentence before, not its object of the same gender', () => {
    const german = speakers('Titel\n\nZweiter Bürgermeister Quirin Stadlhuber forderte Florian Weidacher zum Rücktritt auf. „Das Vertrauen ist verspielt“, sagte er.\n');
    assert.equal(german.at(0).speaker?.fullName, 'Quirin Stadlhuber');
    const english = speakers('Title\n\nAbernethy urged the council leader, Joanna Greaves, to restore the grant. “Every month costs us volunteers,” she said.\n', 'en');
    assert.equal(english.at(0).speaker?.name, 'Abernethy');
  });

  it('takes the subject before an apposition, not the object after the verb ("nannte die Forderung „…“", "told a forum")', () => {
    const german = speakers('Titel\n\nDer Bürgermeister von Grevenbrück, Dirk Ostermann, nannte die Forderung „ärgerlich, aber kein Grund zur Panik“.\n');
    assert.equal(german.at(0).speaker?.fullName, 'Dirk Ostermann');
    const english = speakers('Title\n\nThe club\'s chairman, Graham Pettifer, told a fans\' forum that he wanted to leave "a club that is debt-free and in safe hands".\n', 'en');
    assert.equal(english.at(0).speaker?.fullName, 'Graham Pettifer');
  });

  it('lets a person\'s clause before a colon introduce the quotation ("X was more cautious: "…"")', () => {
    const { at } = speakers('Title\n\nThe trust\'s treasurer, Priya Nandakumar, was more cautious: "We can survive this winter, but not another one."\n', 'en');
    assert.equal(at(0).speaker?.fullName, 'Priya Nandakumar');
  });
});

describe('speakers: named after the quotation or through an apposition', () => {
  it('takes the speaker from a following "Das sagte X" / "Das erzählte X" over the chain of the passage before', () => {
    const text = 'Titel\n\nDer Park bleibt nach Angaben des Betreibers geschlossen.\n\n„Wir standen gerade unten, als es knallte.“ Das erzählte Marlene Ostwald, die aus Speyer gekommen war.\n';
    assert.equal(speakers(text).at(0).speaker?.fullName, 'Marlene Ostwald');
    assert.equal(speakers(text).at(0).speaker?.via, 'following');
    const plain = speakers('Titel\n\nTorwart Jannik Brosowski wurde verletzt.\n\n„Ich habe den Ball gar nicht kommen sehen.“ Das sagte Brosowski am Montag einem Radiosender.\n');
    assert.equal(plain.at(0).speaker?.fullName, 'Jannik Brosowski');
  });

  it('takes the speaker from a following "That was what X told …"', () => {
    const { at } = speakers('Title\n\nThe council confirmed the closures.\n\n"Half of the people who come here have nowhere else to go." That was what the Reverend Samuel Adebayo told a meeting on Monday.\n', 'en');
    assert.equal(at(0).speaker?.fullName, 'Samuel Adebayo');
  });

  it('continues a speaker who contradicted just before ("X widersprach dieser Darstellung. „…“")', () => {
    const { at } = speakers('Titel\n\nAugenzeugen berichten von Lücken. Betreiberin Hedwig Annaberg widersprach dieser Darstellung.\n„Unsere Leute stehen an jeder Station.“\n');
    assert.equal(at(0).speaker?.fullName, 'Hedwig Annaberg');
  });

  it('resolves a clergy role noun to the person introduced as Pfarrer ("sagte der Geistliche")', () => {
    const { at } = speakers('Titel\n\nDekan Wolfram Eibich bedauerte den Vorfall. Pfarrer Jonas Mbeki hat nach eigenen Worten nichts bemerkt. „Ich habe jede Abrechnung geprüft“, sagte der Geistliche.\n');
    assert.equal(at(0).speaker?.fullName, 'Jonas Mbeki');
  });

  it('reads a possessive before the subject\'s role as part of it ("Ihr Vorsitzender X sprach von „…“")', () => {
    const { at } = speakers('Titel\n\nDie Fraktion verlangte Aufklärung. Ihr Vorsitzender Gregor Almstedt sprach von einem „System der gegenseitigen Gefälligkeiten“.\n');
    assert.equal(at(0).speaker?.fullName, 'Gregor Almstedt');
  });

  it('names the person in apposition to a role with no name of its own ("Its chief executive, X, said:")', () => {
    // "Florence" is read as a place, so only the surname is a person here (named again later, as the recogniser needs).
    const { at } = speakers('Title\n\nThe trust apologised on Monday. Its chief executive, Florence Haddington, said: "We failed these families, and we will put it right."\n\nAccording to Ms Haddington, new staff have been hired.\n', 'en');
    assert.match(at(0).speaker?.name ?? '', /Haddington/);
  });
});
