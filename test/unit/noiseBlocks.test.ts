/**
 * Scrape noise that only shows as a block or through general cues: WordPress share
 * buttons with long labels, teaser lists under a heading (and headline runs with
 * ages), newsletter boxes with a brand name, betting ads, and the precision traps
 * that look like them ("Fotos: <a sentence>", event lists, "Quote von 62 Prozent").
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { flagged, INTRO, OUTRO } from '../support/noiseBetweenParagraphs';


function texts(found: [string, string][]): string[] {
  return found.map(([, text]) => text);
}

describe('noise: share buttons with long labels', () => {
  test('WordPress share buttons in German and English, with the new-window notice', () => {
    const lines = [
      'Klicken, um auf Bluesky zu teilen (Wird in neuem Fenster geöffnet)',
      'Klicken, um auf LinkedIn zu teilen (Wird in neuem Fenster geöffnet)',
      'Click to share on Reddit (Opens in new window)',
      'Click to print (Opens in new window)',
      'Zum Drucken klicken',
    ];
    const found = flagged([INTRO, '', ...lines, '', OUTRO]);
    assert.deepEqual(found, lines.map((line) => ['social-share', line]));
  });

  test('a sentence that mentions printing or sharing stays', () => {
    assert.deepEqual(flagged([INTRO, '', 'Drucken lassen will die Verwaltung den Haushalt diesmal nicht, er erscheint nur online.', '', OUTRO]), []);
  });
});

describe('noise: teaser lists as blocks', () => {
  test('the headlines (and their dates) under a related-articles heading belong to the list until prose resumes', () => {
    const list = ['Weitere Verkehrs-Meldungen', 'Neue Ampel an der Schulstraße geht in Betrieb', '3. September 2025', 'Radweg nach Oberau wird verbreitert', '28. August 2025'];
    const found = flagged([INTRO, '', ...list, '', OUTRO]);
    assert.deepEqual(texts(found), list);
    assert.ok(found.every(([code]) => code === 'related-links'));
  });

  test('a sponsored list keeps its category; a single subhead after an ad label stays', () => {
    const sponsored = flagged([INTRO, '', 'Sponsored Stories', 'This kitchen gadget sells out every week', 'Why pensioners are moving to the coast', '', OUTRO]);
    assert.deepEqual(sponsored.map(([code]) => code), ['advertising', 'advertising', 'advertising']);
    const subhead = flagged([INTRO, '', 'Anzeige', '', 'Streit um die Kita-Gebühren', '', 'Die Opposition kritisierte vor allem die höheren Gebühren für die Kindertagesstätten der Gemeinde.']);
    assert.deepEqual(texts(subhead), ['Anzeige']);
  });

  test('a run of headlines with ages is a teaser list even without a heading; an event list with dates is not', () => {
    const run = ['Brand in Lagerhalle: Feuerwehr stundenlang im Einsatz – vor 1 Stunde', 'Ortsdurchfahrt ab Montag gesperrt – vor 4 Stunden', 'Bäckerei am Markt schließt nach 90 Jahren – gestern'];
    assert.deepEqual(texts(flagged([INTRO, '', ...run, '', OUTRO])), run);
    const events = ['Die wichtigsten Termine:', 'Bürgerversammlung im Rathaus', '2. Oktober 2025', 'Laternenumzug der Grundschule', '11. November 2025'];
    assert.deepEqual(flagged([INTRO, '', ...events, '', OUTRO]), []);
  });
});

describe('noise: newsletter boxes and betting ads', () => {
  test('a newsletter box with a brand name', () => {
    const box = ['Oberau kompakt', 'Die wichtigsten Nachrichten aus der Gemeinde, jeden Freitag direkt in Ihr Postfach.', 'Jetzt abonnieren', 'Abmeldung jederzeit möglich.'];
    const found = flagged([INTRO, '', ...box, '', OUTRO]);
    assert.deepEqual(found, box.map((line) => ['newsletter', line]));
    const english = ['The Valley Weekly', 'The best of local news, delivered to your inbox every Saturday.', 'Enter your email', 'Sign up'];
    assert.deepEqual(flagged([INTRO, '', ...english, '', OUTRO]).map(([code]) => code), ['newsletter', 'newsletter', 'newsletter', 'newsletter']);
  });

  test('a betting ad with odds and its mandatory notice; a sentence with "Quote" stays', () => {
    const ad = ['Tipp des Tages: Heimsieg Oberau zur Quote 1,85', '18+ | Spielen mit Verantwortung | Hilfe unter www.example.org'];
    assert.deepEqual(flagged([INTRO, '', ...ad, '', OUTRO]), ad.map((line) => ['advertising', line]));
    assert.deepEqual(flagged([INTRO, '', 'Die Quote von 58 Prozent gewonnener Zweikämpfe war die beste der Saison.', '', OUTRO]), []);
  });

  test('an ad glued after a reported sentence is flagged from the label on', () => {
    const line = 'Man werde die Gebühren im Frühjahr erneut prüfen, sagte der Bürgermeister. Anzeige – Jetzt Heizöl bis zu 20 % günstiger bestellen';
    assert.deepEqual(flagged([INTRO, '', line, '', OUTRO]), [['advertising', 'Anzeige – Jetzt Heizöl bis zu 20 % günstiger bestellen']]);
  });
});

describe('noise: credit lines and sentences about photos', () => {
  test('"Fotos:" before a sentence is article text; before names and agencies it is a credit', () => {
    assert.deepEqual(flagged([INTRO, '', 'Fotos: Zwei Leserinnen haben uns ihre Bilder vom Unwetter geschickt, wir zeigen sie unten.', '', OUTRO]), []);
    assert.deepEqual(flagged([INTRO, '', 'Photos: Readers have sent us their pictures of the storm, and we show some of them below.', '', OUTRO]), []);
    assert.deepEqual(flagged([INTRO, '', 'Fotos: Gemeinde Oberau / Max Beispiel', '', OUTRO]), [['image-credit', 'Fotos: Gemeinde Oberau / Max Beispiel']]);
  });
});

describe('noise: reader comments under a blog post', () => {
  test('a comment head over its time is the comment section, and so are the texts and buttons in its box', () => {
    const thread = [
      '2 Kommentare zu „Haushalt beschlossen“',
      'Gerda Lindqvist sagt:',
      '3. September 2025 um 19:12 Uhr',
      'Endlich wird die Turnhalle saniert!',
      'Antworten',
      'Piet Vanhoutte says:',
      'September 3, 2025 at 8:40 pm',
      'And the footpath on Mill Lane?',
      'Antworten',
    ];
    const found = flagged([INTRO, '', OUTRO, '', ...thread]);
    assert.deepEqual(found.map(([code]) => code), thread.map(() => 'comment-form'));
  });

  test('a speaker announced with "sagt:" over a quotation in the article stays', () => {
    const lines = [INTRO, '', 'Kämmerin Ruth Abendroth sagt:', '„Wir sparen nicht an den Schulen, sondern an der Verwaltung.“', '', OUTRO];
    assert.deepEqual(flagged(lines), []);
  });
});
