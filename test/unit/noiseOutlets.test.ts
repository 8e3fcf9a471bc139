/**
 * Furniture of the outlet types of the fourth noise round, in German and English
 * (broadcaster, tabloid, e-paper, trade magazine, live blog, press portal,
 * municipal site, advertising weekly, local radio), written for this test, and
 * sentences of the article that use the same words.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { flagged, INTRO, OUTRO } from '../support/noiseBetweenParagraphs';


/** Each line alone between two paragraphs: its category, or undefined when it is kept. */
function alone(line: string): string | undefined {
  return flagged([INTRO, '', line, '', OUTRO]).find(([, text]) => text === line)?.[0];
}

describe('noise: furniture of broadcasters, portals, magazines and local sites', () => {
  const cases: [string, string][] = [
    ['Jetzt läuft: Die Wellenreiter – Abendrot am Hafen', 'media-widget'],
    ['Alle Fotos ansehen (9)', 'media-widget'],
    ['Diesen Artikel anhören (6 Minuten)', 'media-widget'],
    ['Webinar-Aufzeichnung: Güllelager richtig planen (45 Minuten)', 'media-widget'],
    ['Staus: 4 Meldungen · Blitzer: 1 Meldung', 'other'],
    ['Das komplette Interview hören Sie am Sonntag in der Sendung „Hafenrunde“.', 'other'],
    ['Dieses Thema im Programm: Abendschau Nord | 02.05.2025 | 18:00 Uhr', 'other'],
    ['Für den Inhalt dieser Pressemitteilung ist allein der Herausgeber verantwortlich.', 'other'],
    ['Sie sind bereits Digital-Abonnent? Hier anmelden', 'paywall'],
    ['Registrieren Sie sich kostenlos, um den ganzen Bericht zu lesen.', 'paywall'],
    ['Unser Imker-Newsletter: jeden Montag das Neueste aus der Branche', 'newsletter'],
    ['Nachrichten dieses Absenders per E-Mail erhalten', 'newsletter'],
    ['+++ Werbung +++', 'advertising'],
    ['Gesponsert · Advertorial', 'advertising'],
    ['Prospekte aus Ihrer Region: Getränkemarkt Ost · Gartencenter Linde', 'advertising'],
    ['Weitere Meldungen: Polizei Mittelfeld', 'related-links'],
    ['Story continues below advertisement', 'advertising'],
    ['Photograph by Ines Varga-Holt for The Harbour Review', 'image-credit'],
    ['Letters to the editor: send us your view on this story.', 'comment-form'],
    ['Our Standards: how we report', 'other'],
    ['KLWB.DE  -1.45%', 'other'],
  ];
  for (const [line, category] of cases) {
    test(`"${line}" is ${category}`, () => assert.equal(alone(line), category));
  }

  test('sentences with the same words stay', () => {
    const lines = [
      'Im Saal läuft gerade die Abstimmung über den Haushalt, sagte der Sprecher am Abend.',
      'Der Kurs fiel um 1.45% auf 12 Euro, meldete die Börse.',
      'Die Zeitung hatte in 12 Bildern gezeigt, wie die Halle nach dem Sturm aussah.',
      'Verantwortlich für den Inhalt der Ausstellung ist der Heimatverein.',
      'Wer sich kostenlos registriert, bekommt nach Angaben des Vereins einen Ausweis.',
    ];
    assert.deepEqual(flagged([INTRO, '', ...lines, '', OUTRO]), []);
  });

  test('a live-blog entry under its time stamp is not drawn into the caption box above it', () => {
    const lines = ['Blick auf den Saal am Abend. Foto: Stadtbote/Tim Rehberg', '19:05 Uhr', 'Die Sitzung wird nach einer Pause fortgesetzt, teilte die Stadt am Abend mit.', 'Hier steht ein Video von YouTube. Zum Abspielen klicken.'];
    assert.deepEqual(texts(flagged([INTRO, '', ...lines, '', OUTRO])), [lines[0], lines[3]]);
  });
});

function texts(found: [string, string][]): string[] {
  return found.map(([, text]) => text);
}
