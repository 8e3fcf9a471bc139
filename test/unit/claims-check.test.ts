import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core/analysis/analyzeArticle';
import { buildArticle } from '../../server/src/core/article/buildArticle';
import type { Article } from '../../server/src/core/article/types';
import { assessClaims, claimFindings, sentenceKey } from '../../server/src/core/claims';
import { DIAGNOSTIC_CODES } from '../../server/src/core/diagnostics/codes';
import { repoRoot } from '../support/repo';

function article(text: string, language: 'de' | 'en' = 'de'): Article {
  return buildArticle('test:claims', text, { language });
}

function flagged(text: string, language: 'de' | 'en' = 'de') {
  const a = article(text, language);
  return claimFindings(a).map((f) => ({ code: f.code, text: text.slice(f.span.start, f.span.end), message: f.message }));
}

describe('claim findings', () => {
  it('registers its codes with the severities of the issue', () => {
    assert.equal(DIAGNOSTIC_CODES['claim.unattributed'].severity, 'warning');
    assert.equal(DIAGNOSTIC_CODES['claim.vague-source'].severity, 'information');
    assert.equal(DIAGNOSTIC_CODES['quote.no-speaker'].severity, 'information');
  });

  it('says why: the number with no source, the unnamed source', () => {
    const found = flagged('Titel\n\nNach US-Angaben hat Russland Truppen verlegt. Inzwischen stehen rund 100.000 Soldaten an der Grenze. Nach Einschätzung westlicher Geheimdienste soll das Ängste schüren.\n');
    assert.deepEqual(found.map((f) => f.code), ['claim.unattributed', 'claim.vague-source']);
    assert.match(found[0]!.message, /number '100\.000' with no source/);
    assert.match(found[1]!.message, /source is unnamed: 'westlicher Geheimdienste'/);
  });

  it('flags hearsay and impersonal sources in German and English', () => {
    const de = flagged('Titel\n\nOrlow soll den Saal verlassen haben. Der Plan galt als gescheitert. Aus Regierungskreisen hieß es, man sei enttäuscht.\n');
    assert.deepEqual(de.map((f) => f.code), ['claim.vague-source', 'claim.vague-source', 'claim.vague-source']);
    assert.match(de[0]!.message, /Hearsay: 'soll … verlassen haben'/);
    const en = flagged('Title\n\nThe delegation reportedly walked out. Officials say the drills are the largest in decades. The attack is believed to have started in March.\n', 'en');
    assert.deepEqual(en.map((f) => f.code), ['claim.vague-source', 'claim.vague-source', 'claim.vague-source']);
  });

  it('does not flag a named attribution or the Konjunktiv I sentences that continue it', () => {
    const text = 'Titel\n\n„Wir sind bereit“, sagte Vollmer am Abend. Der Pakt habe Russland 12 Vorschläge gemacht. Die Lage sei ernst, aber nicht ausweglos. Eine Einigung werde noch Monate dauern.\n\nDie Delegationen reisten am Freitag ab.\n';
    assert.deepEqual(flagged(text), []);
    const { sentences } = assessClaims(article(text));
    const chain = sentences.filter((s) => s.attribution?.via === 'reported-speech');
    assert.equal(chain.length, 3);
    assert.ok(chain.every((s) => s.attribution?.source?.name === 'Vollmer'));
  });

  it('breaks the chain at an indicative claim in the journalist\'s voice', () => {
    const found = flagged('Titel\n\nVollmer sagte, der Pakt sei bereit. Rund 80.000 Soldaten sind an den Übungen beteiligt.\n');
    assert.deepEqual(found.map((f) => f.code), ['claim.unattributed']);
  });

  it('does not flag a headline that summarises an attributed sentence', () => {
    const found = flagged('Nato erwartet lange Verhandlungen mit Russland\n\nDie Nato erwartet lange Verhandlungen mit Russland, sagte Stoltenberg am Mittwoch.\n');
    assert.deepEqual(found, []);
    const { sentences } = assessClaims(article('Russland zieht 100.000 Soldaten zusammen\n\nRussland zieht nach US-Angaben 100.000 Soldaten an der Grenze zusammen.\n'));
    assert.equal(sentences[0]!.verdict, 'headline-summary');
    assert.equal(sentences[0]!.supportedBy, 1);
    // Two attributed lead sentences together carry a headline that joins them; one alone would not.
    const lead = 'Hallenbad Ostdorf marode: Gemeinde schließt drei Schulen\n\nDas Hallenbad in Ostdorf ist nach Angaben des Kämmerers nicht mehr zu halten. Die Gemeinde will laut Bürgermeisterin Maria Holt deshalb drei Schulen schließen.\n';
    assert.deepEqual(assessClaims(article(lead)).sentences.map((s) => s.verdict), ['headline-summary', 'attributed', 'attributed']);
    // Unattributed lead sentences support nothing.
    const unattributed = 'Hallenbad Ostdorf marode: Gemeinde schließt drei Schulen\n\nDas Hallenbad in Ostdorf ist nicht mehr zu halten. Die Gemeinde will deshalb drei Schulen schließen.\n';
    assert.equal(assessClaims(article(unattributed)).sentences[0]!.verdict, 'unattributed');
  });

  it('flags a direct quotation with no identifiable speaker, but not a quoted name', () => {
    const found = flagged('Titel\n\n„Es war wie ein Inferno.“ Mehr als 40 Menschen wurden verletzt. Das Manöver „Grenzschild 2026“ läuft.\n');
    assert.deepEqual(found.map((f) => [f.code, f.text]), [['quote.no-speaker', '„Es war wie ein Inferno.“'], ['claim.unattributed', 'Mehr als 40 Menschen wurden verletzt.']]);
  });

  it('exposes the reasoning per sentence: signals, the attribution looked for and found', () => {
    const { sentences } = assessClaims(article('Titel\n\nDie Erwartungen waren gering, da die Forderungen inakzeptabel sind. Laut dem Ministerium stehen 3.000 Soldaten bereit.\n'));
    const [, unattributed, attributed] = sentences;
    assert.equal(unattributed!.verdict, 'unattributed');
    assert.deepEqual(unattributed!.signals.map((s) => `${s.kind}:${s.text}`), ['assessment:gering', 'cause:da', 'assessment:inakzeptabel']);
    assert.equal(unattributed!.attribution, undefined);
    assert.ok(unattributed!.lookedFor.some((l) => l.includes('laut')));
    assert.match(unattributed!.explanation, /No attribution found/);
    assert.equal(attributed!.verdict, 'attributed');
    assert.equal(attributed!.attribution?.cue?.cue, 'Laut');
    assert.equal(attributed!.attribution?.source?.name, 'Ministerium');
    assert.match(attributed!.key, /^s1-/);
  });

  it('does not flag sentences whose source is named in an unusual form', () => {
    // A named party that blames a cause, a study with a named owner, a document with "hieß es", a reported figure.
    assert.deepEqual(flagged('Titel\n\nLeiterin Carola Wendt macht vor allem die höheren Futterkosten verantwortlich.\n'), []);
    assert.deepEqual(flagged('Titel\n\nNach einer Studie der Universität Graz fällt in jedem dritten Winter zu wenig Schnee.\n'), []);
    assert.deepEqual(flagged('Titel\n\nDie Spieler wollten ein Zeichen setzen, hieß es in der Erklärung des Vereins.\n'), []);
    assert.deepEqual(flagged('Titel\n\nDer Anglerverband Kinzigtal hat innerhalb einer Woche mehr als 300 tote Forellen gemeldet.\n'), []);
  });

  it('continues reported speech in Konjunktiv I of a verb whose stem ends in -t ("koste")', () => {
    const found = flagged('Titel\n\nDie Geschäftsführerin, Ulla Brandis, forderte mehr Geld vom Land. Ein Wohnheimplatz koste heute rund 130.000 Euro.\n');
    assert.deepEqual(found, []);
  });

  it('lets a named source answer an impersonal or unnamed subject in the same sentence', () => {
    assert.deepEqual(flagged('Titel\n\nMan habe den Anwohnern nur eine Beteiligung angeboten, sagte eine Sprecherin des Betreibers.\n'), []);
    assert.deepEqual(flagged('Title\n\nOfficers believe the burglars entered through a skylight, according to the force.\n', 'en'), []);
    // Still vague when nothing named answers it.
    assert.deepEqual(flagged('Title\n\nOfficers believe the burglars entered through a skylight.\n', 'en').map((f) => f.code), ['claim.vague-source']);
  });

  it('reads English "it said" as the organisation named before; "said it would" opens the reported clause', () => {
    assert.deepEqual(flagged('Title\n\nThe operator said fares would rise by 4.2% in March. Season tickets will rise by less, it added.\n', 'en'), []);
    const { sentences } = assessClaims(article('Title\n\nThe county council, which funds the gallery, said it would review security at 12 sites.\n', 'en'));
    assert.equal(sentences[1]!.verdict, 'attributed');
    assert.equal(sentences[1]!.attribution?.source?.name, 'county council');
  });

  it('flags rumour frames and hearsay that hides a report ("ist von … die Rede", "Als … gilt", "sollen … gefordert haben")', () => {
    const vague = (text: string, language: 'de' | 'en' = 'de') => flagged(`Titel\n\n${text}\n`, language).map((f) => f.code);
    assert.deepEqual(vague('Im Ort ist von einem Streit um die Pacht die Rede.'), ['claim.vague-source']);
    assert.deepEqual(vague('Im Verein kursiert das Gerücht einer Fusion mit dem Nachbarclub.'), ['claim.vague-source']);
    assert.deepEqual(vague('Als aussichtsreichste Kandidatin gilt Staatssekretärin Hanne Ostrop.'), ['claim.vague-source']);
    assert.deepEqual(vague('Die Täter sollen ein Lösegeld in Millionenhöhe gefordert haben.'), ['claim.vague-source']);
    assert.deepEqual(vague('Schätzungen zufolge fehlen im Land mehr als 4.000 Erzieherinnen.'), ['claim.vague-source']);
    assert.deepEqual(vague('Tierschützer berichten von einem wachsenden Handel mit Welpen.'), ['claim.vague-source']);
    assert.deepEqual(vague('Fachleute sehen die Länder in der Pflicht.'), ['claim.vague-source']);
    assert.deepEqual(vague('Head teachers fear that more leaks will follow.', 'en'), ['claim.vague-source']);
    assert.deepEqual(vague('Businesses on the high street say trade has fallen sharply.', 'en'), ['claim.vague-source']);
  });

  it('reports no speaker for words on a sign, from someone or heard in passing, even after a named speaker', () => {
    const noSpeaker = (text: string, language: 'de' | 'en' = 'de') => flagged(text, language).map((f) => f.code);
    const de = 'Titel\n\nDer Bürgermeister Anton Riegler verteidigte die Schließung.\n\n';
    // Short and inside its paragraph: speech only because it opens the sentence before a comma.
    assert.deepEqual(noSpeaker(`${de}Das Tor blieb zu. „Danke für alles“, stand am Sonntag auf einem Plakat am Eingang.\n`), ['quote.no-speaker']);
    assert.deepEqual(noSpeaker(`${de}„Wir sind doch keine Bittsteller“, hatte jemand mit Kreide an die Tür geschrieben.\n`), ['quote.no-speaker']);
    assert.deepEqual(noSpeaker(`${de}„Wir haben ihm lange vertraut“, war nach der Sitzung vor dem Rathaus zu hören.\n`), ['quote.no-speaker']);
    const en = 'Title\n\nThe mayor, Anton Riley, defended the closure.\n\n';
    assert.deepEqual(noSpeaker(`${en}The gates stayed shut. "Not for sale," read a banner on the gates on Monday.\n`, 'en'), ['quote.no-speaker']);
    assert.deepEqual(noSpeaker(`${en}"Do not give up on us," a voice called out from the back of the hall.\n`, 'en'), ['quote.no-speaker']);
  });

  it('reports no speaker for words a poster "promises" or a photo caption carries, even after a named source', () => {
    const noSpeaker = (text: string) => flagged(text).map((f) => f.code);
    const de = 'Titel\n\nNach Angaben von Bürgermeister Anton Riegler ist die Halle seit Mai geschlossen.\n\n';
    assert.deepEqual(noSpeaker(`${de}„Sport für jedes Kind ab Herbst“, verspricht ein altes Plakat neben der Tür.\n`), ['quote.no-speaker']);
    assert.deepEqual(noSpeaker(`${de}„Unser schönster Abend im Verein“, stand unter einem Foto vom Sommerfest.\n`), ['quote.no-speaker']);
  });

  it('reads a bare plural subject of a plural verb as an unnamed group, not a singular noun or an article', () => {
    const codes = (text: string) => flagged(`Titel\n\n${text}\n`).map((f) => f.code);
    assert.deepEqual(codes('Frühere Busfahrer berichten, die Fahrpläne seien seit Jahren nicht zu halten gewesen.'), ['claim.vague-source']);
    // A plural role noun, with a name opening the reported clause after the comma (no inverted subject).
    assert.deepEqual(codes('Ehemalige Krankenpfleger berichten, Anna Berger sei jahrelang allein für 30 Betten zuständig gewesen.'), ['claim.vague-source']);
    assert.deepEqual(codes('Naturschutzgruppen werfen dem Landrat vor, den Bau von drei Ställen verschleppt zu haben.'), ['claim.vague-source']);
    // A singular noun fronted before the verb is no subject of a plural verb; the article makes a group specific.
    assert.deepEqual(codes('Als wichtigsten Grund nennen die Autoren der Studie des Landesamts die langen Wege.'), []);
    assert.deepEqual(codes('Die Organisatoren der Messe Brandt & Söhne warfen dem Landrat vor, die Genehmigung verschleppt zu haben.'), []);
  });

  it('does not read a participle after "als"/"than" as someone speaking ("mehr kosten als veranschlagt")', () => {
    const verdicts = (text: string, language: 'de' | 'en' = 'de') => assessClaims(article(text, language)).sentences.map((s) => `${s.verdict}:${s.cues.map((c) => c.cue).join(',')}`);
    assert.deepEqual(verdicts('Titel\n\nDer neue Steg soll 2,1 Millionen Euro mehr kosten als veranschlagt.\n'), ['neutral:', 'unattributed:']);
    assert.deepEqual(verdicts('Title\n\nThe new bridge cost 40 percent more than estimated.\n', 'en'), ['neutral:', 'unattributed:']);
  });

  it('names the owner in the genitive ("nach Riedels Angaben") and takes up a report named before ("dem Bericht zufolge")', () => {
    const codes = (text: string) => flagged(`Titel\n\n${text}\n`).map((f) => f.code);
    assert.deepEqual(codes('Nach Riedels Angaben hat der Verein bereits 40.000 Euro Spenden gesammelt.'), []);
    assert.deepEqual(codes('Der Jahresbericht des Rettungsdienstes Nordkreis liegt seit Montag vor. Dem Bericht zufolge dauerte jeder dritte Einsatz länger als 15 Minuten.'), []);
    // With no report named before, "dem Bericht" names no one.
    assert.deepEqual(codes('Die Feuerwehr rückte am Montag aus. Dem Bericht zufolge dauerte jeder dritte Einsatz länger als 15 Minuten.'), ['claim.vague-source']);
  });

  it('continues a named chain of reported speech: "Darauf hätten sich …, teilte X mit", past a break, and over its own estimates', () => {
    const verdicts = (text: string) => assessClaims(article(`Titel\n\n${text}\n`)).sentences.map((s) => s.verdict);
    // The pronominal adverb refers the previous sentence to the minister.
    assert.deepEqual(verdicts('Die drei Länder wollen zwölf neue Grenzübergänge öffnen. Darauf hätten sich die Regierungen geeinigt, teilte Ministerin Ruth Albers am Montag mit.'), ['neutral', 'attributed', 'attributed']);
    // Reported speech after one sentence of the journalist's own still reports the source of the chain before it.
    assert.deepEqual(verdicts('Der Landrat Bernd Kohl sagte, die Klinik bleibe offen. Sie werde im Herbst ein neues Labor bekommen. Zwei Stationen seien schon renoviert. Das Labor kostet 2,4 Millionen Euro. Für die Geräte gebe es 300.000 Euro vom Land.'), ['neutral', 'attributed', 'attributed', 'attributed', 'unattributed', 'attributed']);
    // Estimates with no owner, inside a named chain, are that source's.
    assert.deepEqual(verdicts('Die Stadtwerke Nordhausen teilten mit, die Leitung sei repariert. Der Schaden liege nach ersten Schätzungen bei rund 80.000 Euro.'), ['neutral', 'attributed', 'attributed']);
  });

  it('counts unnumbered quantities and durations as claim signals ("mehrere Brücken", "jahrelang", "many")', () => {
    const codes = (text: string, language: 'de' | 'en' = 'de') => flagged(text, language).map((f) => f.code);
    assert.deepEqual(codes('Titel\n\nIm Winter blieben mehrere Brücken jahrelang gesperrt.\n'), ['claim.unattributed']);
    assert.deepEqual(codes('Title\n\nSmall museums have struggled, and many have shut their doors.\n', 'en'), ['claim.unattributed']);
  });

  it('skips sentences on scrape noise, by spans or by predicate', () => {
    const text = 'Titel\n\nRund 80.000 Soldaten sind beteiligt.\nFoto: 3 Soldaten am Zaun / dpa\n';
    const a = article(text);
    assert.equal(claimFindings(a).length, 2);
    const caption = text.indexOf('Foto');
    assert.equal(claimFindings(a, { noise: [{ start: caption, end: text.length - 1 }] }).length, 1);
    assert.equal(claimFindings(a, { isNoise: (span) => text.slice(span.start, span.end).startsWith('Foto') }).length, 1);
    const skipped = assessClaims(a, { isNoise: () => true }).sentences;
    assert.ok(skipped.every((s) => s.verdict === 'skipped'));
  });

  it('leaves out sentences marked as checked', () => {
    const text = 'Titel\n\nRund 80.000 Soldaten sind beteiligt.\n';
    const a = article(text);
    assert.equal(claimFindings(a).length, 1);
    const key = sentenceKey('Rund 80.000 Soldaten sind beteiligt.');
    assert.equal(claimFindings(a, { reviewed: new Set([key]) }).length, 0);
  });

  it('is part of the per-article analysis', () => {
    const codes = analyzeArticle(article('Titel\n\nRund 80.000 Soldaten sind beteiligt.\n')).map((f) => f.code);
    assert.ok(codes.includes('claim.unattributed'));
  });
});

describe('claims on the samples and timing', () => {
  const samples = join(repoRoot(), 'samples');
  const files = readdirSync(samples).filter((f) => f.endsWith('.txt'));

  it('finds the patterns the samples README lists', () => {
    const byFile = new Map(files.map((f) => {
      const text = readFileSync(join(samples, f), 'utf8');
      return [f, claimFindings(buildArticle(f, text)).map((x) => `${x.code} ${text.slice(x.span.start, x.span.end)}`)];
    }));
    const has = (file: string, code: string, start: string) => assert.ok(byFile.get(file)!.some((x) => x.startsWith(`${code} ${start}`)), `${file}: ${code} ${start}`);
    has('de-tagesblick-gipfel.txt', 'claim.unattributed', 'Rund 80.000 Soldaten');
    has('de-tagesblick-gipfel.txt', 'claim.vague-source', 'Nach Einschätzung westlicher Diplomaten');
    has('de-tagesblick-gipfel.txt', 'claim.unattributed', 'Eine Einigung über neue Regeln');
    has('de-rundschau-online-genf.txt', 'claim.vague-source', 'Beobachter meinen');
    has('de-rundschau-online-genf.txt', 'claim.vague-source', 'Aus Delegationskreisen');
    has('de-morgenpost-ost-vollmer.txt', 'claim.vague-source', 'Diplomaten zufolge');
    has('de-nachrichtenportal-ticker.txt', 'claim.vague-source', 'Westliche Geheimdienste sollen');
    has('de-wochenecho-analyse.txt', 'claim.vague-source', 'In Diplomatenkreisen heißt es');
    has('en-daily-courier-summit.txt', 'claim.vague-source', 'Officials say');
    has('en-northern-ledger-analysis.txt', 'claim.vague-source', 'The drills are likely');
    assert.ok(!byFile.get('de-tagesblick-gipfel.txt')!.some((x) => x.includes('Man sei bereit')), 'Konjunktiv I after "Vollmer kündigte an"');
  });
});
