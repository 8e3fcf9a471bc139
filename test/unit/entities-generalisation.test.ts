/**
 * General cues beyond the word lists: places missing from the gazetteer,
 * regions that are not people, full names found by their later surname,
 * name particles and non-German name shapes, parties, outlets, institutes and
 * clubs. All names are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArticle } from '../../server/src/core/article/buildArticle';
import type { LanguageCode } from '../../server/src/core/article/types';
import { recognizeEntities } from '../../server/src/core/entities';
import type { ArticleEntities, Mention } from '../../server/src/core/entities';

function recognize(text: string, language: LanguageCode = 'de'): ArticleEntities {
  return recognizeEntities(buildArticle('test.txt', text, { language }));
}

const surfaces = (r: ArticleEntities, type: Mention['type']) => r.mentions.filter((m) => m.type === type).map((m) => m.surface);
const entityName = (r: ArticleEntities, surface: string) => r.entities.find((e) => e.id === r.mentions.find((m) => m.surface === surface)?.entityId)?.name;

describe('recognizeEntities: places from context', () => {
  it('finds German towns after a preposition, a place noun or a postcode, and keeps common nouns out', () => {
    const r = recognize('Helfer kamen aus Quellbrück (Kreis Lindhorst) und von der Insel Fennö. In Zukunft will man nach Angaben der Stadt aus Sicht der Wehr in Widersprüche nicht mehr geraten. Post an 27711 Quellbrück.');
    assert.deepEqual(surfaces(r, 'place'), ['Quellbrück', 'Lindhorst', 'Fennö', 'Quellbrück']);
  });

  it('finds English towns after a preposition, "the town of" and before a state', () => {
    const r = recognize('Volunteers came from Ashgrove and the town of Brinley. Residents of Pellston, Ohio, met in Cedar Falls in March.', 'en');
    assert.deepEqual(surfaces(r, 'place'), ['Ashgrove', 'Brinley', 'Pellston', 'Ohio', 'Cedar Falls']);
  });

  it('knows US states and German district towns as places, never as people', () => {
    const r = recognize('"We will rebuild," Ohio said in a statement, as did Gütersloh.', 'en');
    assert.ok(!surfaces(r, 'person').includes('Ohio'));
    assert.ok(surfaces(r, 'place').includes('Ohio'));
  });
});

describe('recognizeEntities: full names found from a later surname', () => {
  it('links the surname to an earlier full name that had no cue', () => {
    const r = recognize('Auch Gesine Harmsdorf packte mit an. Später sagte Harmsdorf, viele Keller seien verloren.');
    assert.deepEqual(surfaces(r, 'person'), ['Gesine Harmsdorf', 'Harmsdorf']);
    assert.equal(entityName(r, 'Harmsdorf'), 'Gesine Harmsdorf');
  });
});

describe('recognizeEntities: name particles and shapes', () => {
  it('keeps particles, hyphenated given names, apostrophes and Turkish letters', () => {
    const r = recognize('Der Forscher Maarten van der Hoeven und die Ärztin Mi-rae Choi kamen. Laut van der Hoeven fehlt Platz. Ministerin Nguyen Thi Lan und Frau Aydoğdu lachten.');
    assert.deepEqual(surfaces(r, 'person'), ['Maarten van der Hoeven', 'Mi-rae Choi', 'van der Hoeven', 'Nguyen Thi Lan', 'Aydoğdu']);
    assert.equal(entityName(r, 'van der Hoeven'), 'Maarten van der Hoeven');
    const en = recognize("Engineer Rafael de la Fuente and hydrologist Aoife O'Donoghue agreed. Later de la Fuente said levees were too low.", 'en');
    assert.deepEqual(surfaces(en, 'person'), ['Rafael de la Fuente', "Aoife O'Donoghue", 'de la Fuente']);
    assert.equal(entityName(en, 'de la Fuente'), 'Rafael de la Fuente');
  });
});

describe('recognizeEntities: organisations', () => {
  it('finds parties, outlets, institutes with a "für" complement and clubs', () => {
    const r = recognize('Das Bundesamt für Bevölkerungsschutz und Katastrophenhilfe warnte. Das Lindhorster Tageblatt und das Ebersmoor Echo berichteten. Die SPD und die Grünen stritten. Der SC Quellbrück schlug den 1. FC Ebersmoor, der TSV 1874 Lindhorst verlor.');
    assert.deepEqual(surfaces(r, 'organisation'), [
      'Bundesamt für Bevölkerungsschutz und Katastrophenhilfe', 'Lindhorster Tageblatt', 'Ebersmoor Echo', 'SPD', 'Grünen', 'SC Quellbrück', '1. FC Ebersmoor', 'TSV 1874 Lindhorst',
    ]);
    assert.deepEqual(surfaces(r, 'person'), []);
    const en = recognize('The Pellston Courier said Labour and the Tories agreed.', 'en');
    assert.deepEqual(surfaces(en, 'organisation'), ['Pellston Courier', 'Labour', 'Tories']);
  });
});

describe('recognizeEntities: people introduced by everyday context (invented names)', () => {
  it('takes everyday roles, relatives, an age, a naming verb, a relative clause and a credit line as cues', () => {
    const r = recognize('Stammkundin Hedda Quernheim kam. Ihr Mann Ewald Quernheim wartete. Die 58-jährige Imke Tolksdorf lachte. Der Nachfolger heißt Jost Wiebking. Geholfen hat Lam Thi Hoa, die in der Stadt einen Laden hat. Lam war müde.\n\n© Kreisbote / Silja Overbeck');
    assert.deepEqual(surfaces(r, 'person'), ['Hedda Quernheim', 'Ewald Quernheim', 'Imke Tolksdorf', 'Jost Wiebking', 'Lam Thi Hoa', 'Lam', 'Silja Overbeck']);
    assert.equal(entityName(r, 'Lam'), 'Lam Thi Hoa');
    const en = recognize('His widow, Orla Penhallow, spoke first. Linus Achterberg, who runs the bakery, agreed. The 61-year-old Fenna Rooke did not. Later the Penrose Trust said it would help.', 'en');
    assert.deepEqual(surfaces(en, 'person'), ['Orla Penhallow', 'Linus Achterberg', 'Fenna Rooke']);
  });

  it('keeps an abbreviated surname with its full stop, and no noun is taken for one', () => {
    const r = recognize('Der 33-jährige Bogdan K. schwieg. Als Zeugin sagte die Nachbarin aus.');
    assert.deepEqual(surfaces(r, 'person'), ['Bogdan K.']);
  });
});

describe('recognizeEntities: places from datelines and lists (invented towns)', () => {
  it('reads a dateline in capitals as a place and links the later mention', () => {
    const r = recognize('KRUMMENSIEK – Der Ort hat gewählt. In Krummensiek lag die Beteiligung hoch.');
    assert.deepEqual(surfaces(r, 'place'), ['KRUMMENSIEK', 'Krummensiek']);
    assert.equal(entityName(r, 'KRUMMENSIEK'), 'Krummensiek');
    const en = recognize('BRADLEIGH, Vermont (AP) — Voters in Bradleigh went to the polls.', 'en');
    assert.deepEqual(surfaces(en, 'place'), ['BRADLEIGH', 'Vermont', 'Bradleigh']);
    assert.deepEqual(surfaces(en, 'organisation'), ['AP']);
  });

  it('takes every item of a list a place preposition opens, but no adjective, person or compound noun', () => {
    const r = recognize('Gäste kamen aus Dortmund, Wemmersdorf und Quakenmoor. Nach Starkregen blieb es ruhig. Sie war Botschafterin in Warschau und Ständige Vertreterin in Genf.');
    assert.deepEqual(surfaces(r, 'place'), ['Dortmund', 'Wemmersdorf', 'Quakenmoor', 'Warschau', 'Genf']);
    const en = recognize('Reporting by Ada Brill in Geneva and Tomek Marr in Warsaw. Crews came from Dayton, Pellbrook and Ashmere.', 'en');
    assert.deepEqual(surfaces(en, 'place'), ['Geneva', 'Warsaw', 'Dayton', 'Pellbrook', 'Ashmere']);
  });
});
