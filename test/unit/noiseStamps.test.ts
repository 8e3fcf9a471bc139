/**
 * Publication stamps set out as rows of separated pieces, and the issuer under a
 * stamp, are provenance: never mistaken for a menu or the page header. A live
 * blog's time stamp heads an entry, not a promotion box.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { flaggedTexts, INTRO, OUTRO } from '../support/noiseBetweenParagraphs';
import { isIssuerName, isStampRow } from '../../server/src/core/noise/stampRows';


describe('noise: publication stamps', () => {
  test('a row with a date or a time and short pieces is a stamp; a menu, a teaser with its age or an e-paper head is not', () => {
    assert.equal(isStampRow('Lindau | 03.04.2025 | Redaktion: Eva Brandmeier'), true);
    assert.equal(isStampRow('12.05.2025 | 09:30 Uhr | Radio Beispielwelle'), true);
    assert.equal(isStampRow('02.11.2025 – 17:05'), true);
    assert.equal(isStampRow('Home | Politik | Lokales | Sport'), false);
    assert.equal(isStampRow('Ortsdurchfahrt ab Montag gesperrt – vor 4 Stunden'), false);
    assert.equal(isStampRow('7 | LOKALES | FREITAG, 6. JUNI 2025'), false);
  });

  test('an issuer is a short capitalised name', () => {
    assert.equal(isIssuerName('Polizeipräsidium Mittelfeld'), true);
    assert.equal(isIssuerName('Mehr zum Thema:'), false);
    assert.equal(isIssuerName('Heute 3 Meldungen'), false);
  });

  test('a dateline row, a station row and the issuer under a stamp are kept above the article', () => {
    const lines = ['Lindau | 03.04.2025 | Redaktion: Eva Brandmeier', '', '12.05.2025 | 09:30 Uhr | Radio Beispielwelle', '', '02.11.2025 – 17:05', 'Polizeipräsidium Mittelfeld'];
    assert.deepEqual(flaggedTexts([...lines, '', INTRO, '', OUTRO]), []);
  });

  test('the issuer under a stamp stays even in a block with share buttons', () => {
    const lines = ['02.11.2025 – 17:05', 'Polizeipräsidium Mittelfeld', 'Teilen   Drucken'];
    assert.deepEqual(flaggedTexts([...lines, '', INTRO, '', OUTRO]), ['Teilen   Drucken']);
  });

  test('a live-blog entry under its time stamp is not a box, even with a share button under it', () => {
    const entry = ['18:40 Uhr', 'Die Verwaltung meldet: Der Saal ist wieder geöffnet. Die Sitzung geht am Abend weiter.', 'Diesen Eintrag teilen'];
    assert.deepEqual(flaggedTexts([INTRO, '', ...entry, '', OUTRO]), ['Diesen Eintrag teilen']);
  });
});
