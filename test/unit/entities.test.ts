import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArticle } from '../../server/src/core/article/buildArticle';
import type { LanguageCode } from '../../server/src/core/article/types';
import { buildEntityProfile, EntityIndex, nameKey, recognizeEntities } from '../../server/src/core/entities';
import type { ArticleEntities, Mention } from '../../server/src/core/entities';

function recognize(text: string, language: LanguageCode = 'de'): ArticleEntities {
  return recognizeEntities(buildArticle('test.txt', text, { language }));
}

function surfaces(result: ArticleEntities, type: Mention['type']): string[] {
  return result.mentions.filter((m) => m.type === type).map((m) => m.surface);
}

function mentionOf(result: ArticleEntities, surface: string): Mention {
  const mention = result.mentions.find((m) => m.surface === surface);
  assert.ok(mention, `no mention ${JSON.stringify(surface)} in ${JSON.stringify(result.mentions.map((m) => m.surface))}`);
  return mention;
}

describe('recognizeEntities: German people from context', () => {
  it('takes a name after a role noun and keeps the role', () => {
    const r = recognize('Bundeskanzler Olaf Scholz traf am Dienstag NATO-Generalsekretär Jens Stoltenberg in Berlin.');
    assert.deepEqual(surfaces(r, 'person'), ['Olaf Scholz', 'Jens Stoltenberg']);
    assert.equal(mentionOf(r, 'Jens Stoltenberg').role, 'NATO-Generalsekretär');
    assert.equal(mentionOf(r, 'Olaf Scholz').role, 'Bundeskanzler');
  });

  it('finds people nobody listed: role, apposition, reporting verb, title', () => {
    const r = recognize(
      'Die Sprecherin des Ministeriums, Anna Beispielhaft, wies das zurück. ' +
        'Gewerkschaftschefin Ngozi Okafor kündigte Streiks an. ' +
        '„Das ist falsch“, sagte Piotr Zając am Abend. ' +
        'Aleksandr Tichonow, stellvertretender Außenminister, reiste ab. ' +
        'Frau Wendeborn schwieg.',
    );
    assert.deepEqual(surfaces(r, 'person'), ['Anna Beispielhaft', 'Ngozi Okafor', 'Piotr Zając', 'Aleksandr Tichonow', 'Wendeborn']);
    assert.equal(mentionOf(r, 'Anna Beispielhaft').role, 'Sprecherin des Ministeriums');
    assert.equal(mentionOf(r, 'Anna Beispielhaft').cue, 'role');
    assert.equal(mentionOf(r, 'Aleksandr Tichonow').role, 'stellvertretender Außenminister');
    assert.equal(mentionOf(r, 'Aleksandr Tichonow').cue, 'apposition');
    assert.equal(mentionOf(r, 'Piotr Zając').cue, 'verb');
    assert.equal(mentionOf(r, 'Wendeborn').title, 'Frau');
  });

  it('links surnames and genitives to the full name given elsewhere in the article', () => {
    const r = recognize('Stoltenberg: Gespräche fortsetzen\n\nNATO-Generalsekretär Jens Stoltenberg lud ein. Stoltenbergs Vorschlag überraschte. Herr Stoltenberg, sagte sie, irre sich.');
    const people = r.mentions.filter((m) => m.type === 'person');
    assert.deepEqual(people.map((m) => m.surface), ['Stoltenberg', 'Jens Stoltenberg', 'Stoltenbergs', 'Stoltenberg']);
    assert.ok(people.every((m) => m.entityId === people[1]!.entityId));
    assert.deepEqual(people.map((m) => m.form), ['surname', 'full', 'surname', 'surname']);
    assert.equal(people[2]!.name, 'Stoltenberg');
    const entity = r.entities.find((e) => e.id === people[0]!.entityId)!;
    assert.equal(entity.name, 'Jens Stoltenberg');
    assert.equal(entity.partial, undefined);
  });

  it('keeps different descriptions of the same person apart', () => {
    const r = recognize('Vizeaußenministerin Wendy Sherman kam. Später sprach die stellvertretende Außenministerin Wendy Sherman.');
    const roles = r.mentions.filter((m) => m.type === 'person').map((m) => m.role);
    assert.deepEqual(roles, ['Vizeaußenministerin', 'stellvertretende Außenministerin']);
  });

  it('does not take the complement of one role for a second role', () => {
    const r = recognize('Dazu sagte der Sprecher des russischen Präsidenten Wladimir Putin, Dmitri Peskow, nichts.');
    assert.equal(mentionOf(r, 'Dmitri Peskow').role, 'Sprecher des russischen Präsidenten Wladimir Putin');
    assert.equal(mentionOf(r, 'Wladimir Putin').role, 'russischen Präsidenten');
  });

  it('claims no capitalised common noun', () => {
    const r = recognize(
      'Zeiten wie diese verlangen Geduld. Dialog sei wichtig. Forderungen wurden laut. Sicherheit geht vor. ' +
        'Bild: Archiv. Aussagen dazu gab es nicht. Am Montag und im März tagte der Rat. Ost und West stritten. ' +
        'Die Teilnehmer berichten von Streit, Diplomaten zufolge ohne Ergebnis. Beobachter meinen, die Lage sei ernst. ' +
        'Die Gewerkschaft kündigte Proteste an. Der Ukraine-Konflikt und die NATO-Staaten waren Thema.',
    );
    assert.deepEqual(surfaces(r, 'person'), []);
    assert.deepEqual(surfaces(r, 'place'), []);
    assert.deepEqual(surfaces(r, 'organisation'), []);
  });
});

describe('recognizeEntities: places', () => {
  it('knows exonyms, genitives and article-bound forms, with kind and country', () => {
    const r = recognize('In Moskaus Umland, in der Ukraine und in Weißrussland (Belarus) sowie in Genf und Osteuropa. GENF (dpa) – Russlands Lage.');
    assert.deepEqual(surfaces(r, 'place'), ['Moskaus', 'Ukraine', 'Weißrussland', 'Belarus', 'Genf', 'Osteuropa', 'GENF', 'Russlands']);
    const byId = new Map(r.entities.map((e) => [e.id, e]));
    const moscow = byId.get(mentionOf(r, 'Moskaus').entityId)!;
    assert.deepEqual([moscow.name, moscow.placeKind, moscow.country], ['Moskau', 'city', 'RU']);
    assert.equal(mentionOf(r, 'Moskaus').name, 'Moskau');
    assert.equal(mentionOf(r, 'Weißrussland').entityId, mentionOf(r, 'Belarus').entityId);
    assert.equal(byId.get(mentionOf(r, 'Belarus').entityId)!.placeKind, 'country');
    assert.equal(byId.get(mentionOf(r, 'Osteuropa').entityId)!.placeKind, 'region');
    assert.equal(mentionOf(r, 'GENF').entityId, mentionOf(r, 'Genf').entityId);
  });

  it('gives German and English names of a place the same id', () => {
    const de = recognize('Treffen in Moskau und Brüssel.');
    const en = recognize('Talks in Moscow and Brussels.', 'en');
    assert.deepEqual(de.mentions.map((m) => m.entityId), en.mentions.map((m) => m.entityId));
  });

  it('does not take place adjectives for places', () => {
    const r = recognize('Die Genfer Gespräche und der Moskauer Kurs.');
    assert.deepEqual(surfaces(r, 'place'), []);
  });
});

describe('recognizeEntities: organisations', () => {
  it('recognises organisations and never calls them people or places', () => {
    const r = recognize('Der NATO-Russland-Rat tagte. Die Nato, die OSZE und der Kreml äußerten sich. Der Wiener Sicherheitspakt (WSP) reagierte; der WSP-Generalsekretär schwieg. (dpa/rtr)');
    assert.deepEqual(surfaces(r, 'organisation'), ['NATO-Russland-Rat', 'Nato', 'OSZE', 'Kreml', 'Wiener Sicherheitspakt', 'WSP', 'dpa', 'rtr']);
    assert.equal(mentionOf(r, 'WSP').entityId, mentionOf(r, 'Wiener Sicherheitspakt').entityId);
    assert.deepEqual(surfaces(r, 'person'), []);
    assert.deepEqual(surfaces(r, 'place'), []);
  });

  it('levels the genitive of a body compound', () => {
    const r = recognize('Die Sitzung des NATO-Russland-Rats und des Nato-Russland-Rates.');
    const ids = r.mentions.map((m) => m.entityId);
    assert.equal(ids.length, 2);
    assert.equal(ids[0], ids[1]);
  });
});

describe('recognizeEntities: English', () => {
  it('finds role-introduced names, titles and possessives', () => {
    const r = recognize(
      'Union leader Jane Doerwald said the strike would go on. Deputy Foreign Minister Vadim Orlov left. ' +
        'Ms. Doerwald’s team stayed in Geneva. "No," said Temperance Oyelaran, an analyst at the Vienna Institute for Security Studies.',
      'en',
    );
    assert.deepEqual(surfaces(r, 'person'), ['Jane Doerwald', 'Vadim Orlov', 'Doerwald', 'Temperance Oyelaran']);
    assert.equal(mentionOf(r, 'Jane Doerwald').role, 'Union leader');
    assert.equal(mentionOf(r, 'Vadim Orlov').role, 'Deputy Foreign Minister');
    assert.equal(mentionOf(r, 'Doerwald').title, 'Ms.');
    assert.equal(mentionOf(r, 'Temperance Oyelaran').role, 'an analyst at the Vienna Institute for Security Studies');
    assert.deepEqual(surfaces(r, 'organisation'), ['Vienna Institute for Security Studies']);
    assert.deepEqual(surfaces(r, 'place'), ['Geneva']);
  });
});

describe('nameKey', () => {
  it('folds German and English transliterations together', () => {
    assert.equal(nameKey('Irina Belowa'), nameKey('Irina Belova'));
    assert.equal(nameKey('Andrij Kowal'), nameKey('Andriy Koval'));
    assert.equal(nameKey('Aleksandr Tichonow'), nameKey('Aleksandr Tikhonov'));
    assert.equal(nameKey('Müller'), nameKey('Mueller'));
    assert.notEqual(nameKey('Vollmer'), nameKey('Volmar'));
  });
});

describe('EntityIndex', () => {
  const full = 'Die Generalsekretärin Henrike Vollmer sprach in Genf. Vollmer blieb vorsichtig.';
  const surnameOnly = 'Ein Kommentar. Generalsekretärin Vollmer fordert einen direkten Draht.';
  const bare = 'Vollmers Vorschlag stößt auf Kritik.';
  const article = (key: string, text: string, language: LanguageCode = 'de') => buildArticle(key, text, { language });

  it('resolves surnames across articles and reports which articles changed', () => {
    const index = new EntityIndex();
    assert.deepEqual(index.set('b', article('b', surnameOnly)), ['b']);
    assert.deepEqual(index.set('c', article('c', bare)), ['c']);
    assert.equal(index.mentionsOf('b').find((m) => m.type === 'person')!.entityId, 'person:vollmer');
    assert.equal(index.mentionsOf('c').filter((m) => m.type === 'person').length, 0);

    // The full name arrives: b's surname and c's bare genitive now resolve to it.
    const changed = index.set('a', article('a', full));
    assert.deepEqual(changed[0], 'a');
    assert.deepEqual(new Set(changed), new Set(['a', 'b', 'c']));
    const id = index.mentionsOf('a').find((m) => m.type === 'person')!.entityId;
    assert.equal(index.mentionsOf('b').find((m) => m.type === 'person')!.entityId, id);
    const resolved = index.mentionsOf('c').find((m) => m.type === 'person')!;
    assert.deepEqual([resolved.entityId, resolved.surface, resolved.name, resolved.cue], [id, 'Vollmers', 'Vollmer', 'corpus']);

    assert.deepEqual(index.articlesMentioning(id), [{ key: 'a', count: 2 }, { key: 'b', count: 1 }, { key: 'c', count: 1 }]);
    assert.equal(index.references(id).length, 4);
    assert.deepEqual(index.rolesOf(id).get('a'), ['Generalsekretärin']);
    assert.deepEqual(index.rolesOf(id).get('b'), ['Generalsekretärin']);

    // Editing an unrelated article recomputes only that article.
    assert.deepEqual(index.set('d', article('d', 'Treffen in Wien.')), ['d']);

    // Removing the full name makes the others partial again.
    assert.deepEqual(new Set(index.delete('a')), new Set(['a', 'b', 'c']));
    assert.equal(index.mentionsOf('b').find((m) => m.type === 'person')!.entityId, 'person:vollmer');
    assert.equal(index.mentionsOf('c').filter((m) => m.type === 'person').length, 0);
    assert.equal(index.entity(id), undefined);
  });

  it('leaves a surname unresolved when two people in the corpus share it', () => {
    const index = new EntityIndex();
    index.set('a', article('a', full));
    index.set('x', article('x', 'Die Ministerin Sabine Vollmer widersprach.'));
    const changed = index.set('b', article('b', surnameOnly));
    assert.deepEqual(changed, ['b']);
    assert.equal(index.mentionsOf('b').find((m) => m.type === 'person')!.entityId, 'person:vollmer');
    assert.equal(index.entity('person:vollmer')!.partial, true);
  });

  it('links transliterations across languages and answers hover, search and document symbols', () => {
    const index = new EntityIndex();
    index.set('de', article('de', 'Außenamtssprecherin Irina Belowa sagte in Moskau, Belowa sei zufrieden.'));
    index.set('en', article('en', 'Foreign Ministry spokeswoman Irina Belova said in Moscow that Belova was pleased.', 'en'));
    const offset = index.mentionsOf('en').find((m) => m.surface === 'Belova')!.span.start + 2;
    const hit = index.entityAt('en', offset)!;
    assert.equal(hit.entity.name, 'Irina Belova');
    assert.equal(index.entityAt('de', index.mentionsOf('de')[0]!.span.start)!.entity.name, 'Irina Belowa');
    assert.equal(hit.entity.mentionCount, 4);
    assert.equal(hit.entity.articleCount, 2);
    assert.equal(index.entityAt('en', 0), undefined);

    assert.deepEqual(index.search('belo').map((e) => e.id), [hit.entity.id]);
    assert.deepEqual(index.search('moskau', 10, 'de').map((e) => e.name), ['Moskau']);
    assert.deepEqual(index.search('MOSCOW', 10, 'en').map((e) => e.name), ['Moscow']);

    const symbols = index.documentEntities('de');
    assert.deepEqual(symbols.map((s) => [s.entity.name, s.mentions.length]), [['Irina Belowa', 2], ['Moskau', 1]]);

    const profile = buildEntityProfile(index, hit.entity.id, { language: 'en' })!;
    assert.equal(profile.name, 'Irina Belova');
    assert.deepEqual(profile.articles.map((a) => [a.key, a.mentions, a.roles]), [
      ['de', 2, ['Außenamtssprecherin']],
      ['en', 2, ['Foreign Ministry spokeswoman']],
    ]);
    const moscow = buildEntityProfile(index, 'place:moscow', { language: 'de' })!;
    assert.deepEqual([moscow.name, moscow.placeKind, moscow.country, moscow.countryName, moscow.articleCount], ['Moskau', 'city', 'RU', 'Russland', 2]);
  });

  it('keeps hover profiles per entity and drops them when an article mentioning it changes', () => {
    const index = new EntityIndex();
    index.set('de', article('de', 'Außenamtssprecherin Irina Belowa sagte in Moskau, Belowa sei zufrieden.'));
    const first = buildEntityProfile(index, 'place:moscow', { language: 'de' })!;
    assert.equal(buildEntityProfile(index, 'place:moscow', { language: 'de' }), first, 'the second hover reuses the profile');
    assert.equal(first.articleCount, 1);
    // An article that does not mention Moscow leaves the profile alone.
    index.set('x', article('x', 'Treffen in Wien.'));
    assert.equal(buildEntityProfile(index, 'place:moscow', { language: 'de' }), first);
    // One that does makes the next hover see it.
    index.set('y', article('y', 'Gespräche in Moskau.'));
    assert.equal(buildEntityProfile(index, 'place:moscow', { language: 'de' })!.articleCount, 2);
    index.delete('y');
    assert.equal(buildEntityProfile(index, 'place:moscow', { language: 'de' })!.articleCount, 1);
  });
});
