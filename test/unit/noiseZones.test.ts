/**
 * Scrape noise found by the structure of the page rather than by phrases: short
 * lines above and below the article's prose (page header and footer), menus set
 * apart by wide spaces, post links with arrows, labels repeated under every
 * entry, promotion boxes with a title and a call to action, and a paragraph
 * scraped twice once with glued noise. With the traps that look like them:
 * a headline without a header, subheads, fact boxes, tables, timelines and the
 * author's signature.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildArticle } from '../../server/src/core/article/buildArticle';
import { detectNoise } from '../../server/src/core/noise/detectNoise';

const FIRST = 'Der Gemeinderat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr beschlossen.';
const SECOND = 'Die Opposition kritisierte vor allem die Kürzungen bei den Zuschüssen für die Vereine im Ort.';
const LAST = 'Die nächste Sitzung des Rates ist für den 14. Oktober geplant, teilte die Verwaltung mit.';

/** The flagged lines of an article made of the given lines, as [category, text] pairs. */
function flagged(text: string): [string, string][] {
  const article = buildArticle('zones.txt', text);
  return detectNoise(article).map((f) => [f.code.slice('noise.'.length), text.slice(f.span.start, f.span.end)]);
}

function texts(text: string): string[] {
  return flagged(text).map(([, line]) => line);
}

describe('noise: page header and footer around the prose', () => {
  test('short lines above the body are chrome; the headline without a header, the byline and the standfirst stay', () => {
    const text = [
      'Kreisbote Wendland', 'Nachrichten für den Landkreis', '', 'Rathausbericht', '',
      'Haushalt mit Lücken: Gemeinderat beschließt Sparpaket', '', 'Von Jana Tiedemann', '',
      'Die Vereine verlieren Zuschüsse', '',
      FIRST, '', 'Worum es geht', '', SECOND, '', LAST, '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Kreisbote Wendland', 'Nachrichten für den Landkreis', 'Rathausbericht']);
  });

  test('a tag list and footer links below the body are chrome; a fact box, a table, a timeline and the signature stay', () => {
    const text = [
      ' date 2025-09 Haushalt beschlossen', '', FIRST, '', SECOND, '', LAST, '',
      'Öffnungszeiten', 'Montag bis Freitag, 8 bis 12 Uhr', 'Stichwort: Bürgerbüro', '',
      'Tabelle', 'Platz  Verein  Punkte', '1  TSV Wendland  28', '',
      'Der Zeitplan:', 'Oktober: Beratung im Ausschuss', '',
      'Jana Tiedemann', '',
      'Themen', 'Gemeinderat', 'Haushalt', 'Vereine', '',
      'Kontaktformular',
    ].join('\n');
    assert.deepEqual(flagged(text), [
      ['navigation', 'Themen'], ['navigation', 'Gemeinderat'], ['navigation', 'Haushalt'], ['navigation', 'Vereine'], ['navigation', 'Kontaktformular'],
    ]);
  });

  test('without a paragraph of prose there is no body, and no zone is guessed', () => {
    assert.deepEqual(texts('Kurz notiert\n\nRathaus geschlossen\n\nBürgerbüro zieht um\n'), []);
  });
});

describe('noise: rows, labels and boxes recognised by their shape', () => {
  test('a menu set apart by wide spaces and post links with arrows are navigation; a table header is not a menu', () => {
    const text = [
      ' date 2025-09 Haushalt beschlossen', '', 'Politik   Wirtschaft   Kultur   Sport', '', FIRST, '',
      'Ergebnisse', 'Verein  Tore  Punkte', 'TSV Wendland  31  28', '', SECOND, '', LAST, '',
      '← Neuer Radweg an der Jeetzel', 'Kita-Gebühren steigen im Januar →', '',
    ].join('\n');
    assert.deepEqual(flagged(text), [
      ['navigation', 'Politik   Wirtschaft   Kultur   Sport'],
      ['navigation', '← Neuer Radweg an der Jeetzel'],
      ['navigation', 'Kita-Gebühren steigen im Januar →'],
    ]);
  });

  test('a short label repeated under every entry is a button; a speaker named twice is not', () => {
    const text = [
      ' date 2025-09 Haushalt beschlossen', '', FIRST, '', 'Zum Eintrag springen', '', SECOND, '', 'Zum Eintrag springen', '',
      'Jana Tiedemann', '', 'Wir haben lange beraten und am Ende einen Kompromiss gefunden, sagte sie.', '', 'Jana Tiedemann', '', LAST, '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Zum Eintrag springen', 'Zum Eintrag springen']);
  });

  test('a box with a short title and a call to action is a promotion; a subhead with its paragraph is not', () => {
    const text = [
      ' date 2025-09 Haushalt beschlossen', '', FIRST, '',
      'Podcast', 'Rathaus-Talk: Wohin fließt das Geld?', 'Jetzt anhören', '',
      'Wer profitiert', SECOND, '', LAST, '',
    ].join('\n');
    assert.deepEqual(flagged(text), [
      ['media-widget', 'Podcast'], ['media-widget', 'Rathaus-Talk: Wohin fließt das Geld?'], ['media-widget', 'Jetzt anhören'],
    ]);
  });

  test('a paragraph scraped twice, once with a glued paywall prompt, is a duplicate the second time', () => {
    const text = [' date 2025-09 Haushalt beschlossen', '', `${FIRST} Weiterlesen mit Kreisbote Plus`, '', SECOND, '', FIRST, '', LAST, ''].join('\n');
    assert.deepEqual(flagged(text), [['paywall', 'Weiterlesen mit Kreisbote Plus'], ['duplicate-line', FIRST]]);
  });

  test('one keyword in a sentence of running text is the article speaking of it', () => {
    const text = ` date 2025-09 Werbung an Schulen\n\n${FIRST}\n\nWer an der Schule werben will, darf keine Energydrinks, Wettanbieter oder Kredite bewerben, sagt die Schulleiterin.\n\n${LAST}\n`;
    assert.deepEqual(texts(text), []);
  });
});
