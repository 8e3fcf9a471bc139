/**
 * The language data of quote matching: spelling variants folded to one key,
 * numbers written as words, polarity axes, and the bilingual lexicon's shape.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArticle } from '../../server/src/core/article/buildArticle';
import { assessClaims } from '../../server/src/core/claims/assess';
import { BILINGUAL_LEXICON } from '../../server/src/core/languages/quotes/bilingualLexicon';
import { QuoteIndex } from '../../server/src/core/quoteMatching';
import { foldSpelling } from '../../server/src/core/quoteMatching/spelling';
import { VOCABULARIES, lexiconSize, stemWord } from '../../server/src/core/quoteMatching/vocabulary';

function linkedKinds(a: string, b: string): string[] {
  const index = new QuoteIndex();
  for (const [key, text] of [['a', a], ['b', b]]) {
    const article = buildArticle(key, text);
    index.set(key, article, assessClaims(article).quotations);
  }
  return index.statementsOf('a').flatMap((qs) => index.matchesOf('a', qs[0]).filter((m) => m.key === 'b').map((m) => m.kind));
}

const de = (quote: string, speaker = 'Ministerin Eva Lorenz') => `Titel\n\n„${quote}“, sagte ${speaker}.`;
const en = (quote: string, speaker = 'minister Eva Lorenz') => `Title\n\n“${quote},” ${speaker} said.`;

describe('quote matching: spelling variants', () => {
  it('folds German old and new orthography to one stem', () => {
    for (const [old, current] of [['muß', 'muss'], ['daß', 'dass'], ['photovoltaikanlage', 'fotovoltaikanlage'], ['schiffahrt', 'schifffahrt'], ['potentiell', 'potenziell'], ['plaziert', 'platziert'], ['selbständig', 'selbstständig'], ['graphik', 'grafik']]) {
      assert.equal(stemWord(old, 'de'), stemWord(current, 'de'), `${old}/${current}`);
    }
  });

  it('folds British and American spellings to one stem', () => {
    for (const [british, american] of [['prioritise', 'prioritize'], ['prioritised', 'prioritized'], ['organisation', 'organization'], ['neighbourhoods', 'neighborhoods'], ['labour', 'labor'], ['travelled', 'traveled'], ['cancelling', 'canceling'], ['counsellor', 'counselor'], ['centre', 'center'], ['theatres', 'theaters'], ['catalogue', 'catalog'], ['dialogues', 'dialogs'], ['analyse', 'analyze'], ['defence', 'defense'], ['programme', 'program'], ['grey', 'gray']]) {
      assert.equal(stemWord(british, 'en'), stemWord(american, 'en'), `${british}/${american}`);
    }
  });

  it('leaves words alone that only look like variants', () => {
    for (const word of ['four', 'hour', 'tour', 'our', 'rise', 'wise', 'smaller', 'called', 'yelled']) assert.equal(foldSpelling(word, 'en'), word);
    assert.notEqual(stemWord('four', 'en'), stemWord('for', 'en'));
    assert.equal(foldSpelling('haus', 'de'), 'haus');
  });

  it('links quotations that differ only in spelling, as variants', () => {
    assert.deepEqual(linkedKinds(de('Jeder Betrieb muß seine Photovoltaikanlage bis zum Sommer melden'), de('Jeder Betrieb muss seine Fotovoltaikanlage bis zum Sommer melden')), ['variant']);
    assert.deepEqual(linkedKinds(en('We must prioritise the neighbourhoods the buses never reach'), en('We must prioritize the neighborhoods the buses never reach')), ['variant']);
  });
});

describe('quote matching: numbers and polarity', () => {
  it('reads numbers written as words as numbers', () => {
    const vocabulary = VOCABULARIES.de;
    const drei = vocabulary.idOf('drei', false);
    const three = vocabulary.idOf('3', true);
    assert.equal(vocabulary.stemText[vocabulary.stem[drei]], vocabulary.stemText[vocabulary.stem[three]]);
    assert.deepEqual(linkedKinds(de('Wir werden drei neue Schulen im Norden der Stadt bauen'), de('Wir werden 3 neue Schulen im Norden der Stadt bauen')).length, 1);
    assert.deepEqual(linkedKinds(de('Wir werden drei neue Schulen im Norden der Stadt bauen'), de('Wir werden vier neue Schulen im Norden der Stadt bauen')), []);
  });

  it('does not link statements of opposite polarity', () => {
    assert.deepEqual(linkedKinds(de('Die Preise für Strom werden im nächsten Jahr deutlich steigen'), de('Die Preise für Strom werden im nächsten Jahr deutlich sinken')), []);
    assert.deepEqual(linkedKinds(en('We need more buses on the routes to the hospital'), en('We need fewer buses on the routes to the hospital')), []);
    assert.deepEqual(linkedKinds(en('It is likely that the bridge will reopen before Christmas'), en('It is unlikely that the bridge will reopen before Christmas')), []);
    assert.deepEqual(linkedKinds(de('Die Preise für Strom werden im nächsten Jahr deutlich steigen'), en('Electricity prices will fall sharply next year')), []);
  });

  it('still links the same statement when both sides name both poles', () => {
    assert.deepEqual(linkedKinds(de('Ob die Preise steigen oder sinken, entscheidet der Winter'), de('Ob die Preise steigen oder sinken, entscheidet allein der Winter')).length, 1);
  });

  it('does not link a known word put for another at the same place', () => {
    assert.deepEqual(linkedKinds(en('In ten years we will be short of thousands of nurses in the north'), en('In ten years we will be short of thousands of teachers in the north')), []);
    assert.deepEqual(linkedKinds(en('We will close the last coal power plant in 2030'), en('We will close the last nuclear power plant in 2030')), []);
  });
});

describe('quote matching: the bilingual lexicon', () => {
  const lines = BILINGUAL_LEXICON.flatMap((text) => text.split('\n')).filter((line) => line.trim() !== '');

  it('holds one concept per line, German forms = English forms', () => {
    for (const line of lines) assert.match(line, /^[^=]+ = [^=]+$/, line);
    const { concepts, de: germanStems, en: englishStems } = lexiconSize();
    assert.ok(concepts >= 1500 && concepts <= 2600, `${concepts} concepts`);
    console.log(`lexicon: ${concepts} concepts, ${germanStems} German and ${englishStems} English stems`);
  });

  it('puts no bare function word beside others on a line (it would carry the concept everywhere)', () => {
    const FUNCTION_WORDS = [
      new Set(['der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'zu', 'von', 'im']),
      new Set(['a', 'an', 'the', 'of', 'to', 'up', 'in', 'on', 'at']),
    ];
    for (const line of lines) {
      line.split('=').forEach((side, language) => {
        const words = side.trim().split(/\s+/);
        if (words.length > 1) for (const word of words) assert.ok(!FUNCTION_WORDS[language].has(word), `${word} in: ${line}`);
      });
    }
  });
});
