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
import { EntityIndex } from '../../server/src/core/entities';
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

describe('recognizeEntities: organisations from context (invented names)', () => {
  it('takes a name after a descriptor, in an apposition, after a role at it, before a legal form, and links its other uses', () => {
    const r = recognize('Der Fahrgastverband Weiter Fahren lobte den Plan. Die Finanzpolizei Corpo di Vigilanza ermittelt. Auch die Kellerei Brandstetter GmbH ist betroffen. Analystin bei Fennhaus sei sie. Fennhaus beschäftigt rund 80 Menschen.');
    assert.deepEqual(surfaces(r, 'organisation'), ['Weiter Fahren', 'Corpo di Vigilanza', 'Kellerei Brandstetter GmbH', 'Fennhaus', 'Fennhaus']);
    assert.deepEqual(surfaces(r, 'person'), []);
    const en = recognize('Quellmark, a sensor start-up founded in Leeds, raised £3m. A partner at Ashdown Ventures led the round. Analyst Petra Lindqvist of Crowe Brothers said Quellmark would need more. Quellmark said sales had doubled. A spokesman for Bayleaf said nothing.', 'en');
    assert.deepEqual(surfaces(en, 'organisation'), ['Quellmark', 'Ashdown Ventures', 'Crowe Brothers', 'Quellmark', 'Quellmark', 'Bayleaf']);
    assert.deepEqual(surfaces(en, 'person'), ['Petra Lindqvist']);
  });

  it('names bodies after their seat or patron and keeps the place inside them', () => {
    const r = recognize('Die Industrie- und Handelskammer Vorderwald begrüßte es. Vor der Hochschule Quellbrück und der Staatsanwaltschaft Mainz, nicht im Verkehrsministerium Polens. Das Philharmonische Orchester Lindhorst dankte dem Goethe-Institut und dem Deutsch-Polnischen Jugendfonds.');
    assert.deepEqual(surfaces(r, 'organisation'), ['Industrie- und Handelskammer Vorderwald', 'Hochschule Quellbrück', 'Staatsanwaltschaft Mainz', 'Philharmonische Orchester Lindhorst', 'Goethe-Institut', 'Deutsch-Polnischen Jugendfonds']);
    assert.deepEqual(surfaces(r, 'place'), ['Polens']);
    const en = recognize('Advice came from the International Council for the Study of Inland Waters and the Friends of the Wexcombe Quartet, a charity run by volunteers.', 'en');
    assert.deepEqual(surfaces(en, 'organisation'), ['International Council for the Study of Inland Waters', 'Friends of the Wexcombe Quartet']);
  });

  it('keeps traps out: relative clauses, topics that occupy people, trade nouns before people, roles after "for"', () => {
    const r = recognize('Die Nachfolge von Ingmar van den Broek, der das Unternehmen lange führte, ist offen. Die Arbeit beschäftigt die Beschäftigten sehr. Der Sommer Ende Mai war kurz.');
    assert.deepEqual(surfaces(r, 'organisation'), []);
    assert.deepEqual(surfaces(r, 'person'), ['Ingmar van den Broek']);
    const en = recognize('Crane operator Eilidh Munro said it was hard. A spokesman for Prime Minister Aled Pryce declined to comment. Wendeborn shares the concern, said Tomas Wendeborn.', 'en');
    assert.deepEqual(surfaces(en, 'organisation'), []);
    assert.deepEqual(surfaces(en, 'person'), ['Eilidh Munro', 'Aled Pryce', 'Wendeborn', 'Tomas Wendeborn']);
  });
});

describe('recognizeEntities: people from name shapes and unlisted roles (invented names)', () => {
  it('finds double-barrelled surnames, particles, agent nouns and noun-shaped given names', () => {
    const r = recognize('Geleitet wird die Kita von Solène Garnier-Haas. Der Obsthändler Ottavio Brunelleschi schwieg. Ihr Kollege Mathis Roussel spricht Elsässisch und Deutsch. „Gut so“, sagte Ruprecht Weidenhammer, Präsident des Vereins. Der Forscher Gerolf Anspach von der Hochschule Quellbrück kam. Im Stadtteil Cronenbourg protestierten Eltern.');
    assert.deepEqual(surfaces(r, 'person'), ['Solène Garnier-Haas', 'Ottavio Brunelleschi', 'Mathis Roussel', 'Ruprecht Weidenhammer', 'Gerolf Anspach']);
    assert.deepEqual(surfaces(r, 'place'), ['Cronenbourg']);
    const en = recognize('The board named Katarina de Vries. De Vries, 39, trained in Utrecht. Violinist Temperance Okonjo agreed, and de Vries thanked her. Photograph: Tamsin Ludgvan-Pascoe/Quellmark', 'en');
    assert.deepEqual(surfaces(en, 'person'), ['Katarina de Vries', 'De Vries', 'Temperance Okonjo', 'de Vries', 'Tamsin Ludgvan-Pascoe']);
    assert.equal(entityName(en, 'De Vries'), 'Katarina de Vries');
  });
});

describe('recognizeEntities: round-3 patterns (invented names, traps included)', () => {
  it('takes no anniversary for a person and picks the person Frau/Herr/Mrs/Mr mean of two sharing a surname', () => {
    const r = recognize('Zum 30-jährigen Bestehen lud die Chefin Wiebke Harlinger ein, das 40-jährige Jubiläum folgt. Ihr Mann Okke Harlinger kochte. Frau Harlinger dankte, Herr Harlinger nickte.');
    assert.deepEqual(surfaces(r, 'person'), ['Wiebke Harlinger', 'Okke Harlinger', 'Harlinger', 'Harlinger']);
    const namesOf = (x: ArticleEntities, surface: string) => x.mentions.filter((m) => m.surface === surface).map((m) => x.entities.find((e) => e.id === m.entityId)?.name);
    assert.deepEqual(namesOf(r, 'Harlinger'), ['Wiebke Harlinger', 'Okke Harlinger']);
    const en = recognize('Farmer Cathal Ó Duibhir spoke first. His wife, Renske Ó Duibhir, translated. Mrs Ó Duibhir laughed and Mr Ó Duibhir agreed. Later Ó Duibhir left.', 'en');
    assert.deepEqual(surfaces(en, 'person'), ['Cathal Ó Duibhir', 'Renske Ó Duibhir', 'Ó Duibhir', 'Ó Duibhir', 'Ó Duibhir']);
    assert.deepEqual(namesOf(en, 'Ó Duibhir'), ['Renske Ó Duibhir', 'Cathal Ó Duibhir', 'Cathal Ó Duibhir']);
  });

  it('finds people by their organisation, by coordination and after members’ titles', () => {
    const r = recognize('Die Studie leitet Jorinde Staffhorst von der Universität Vechta. Staffhorst ist zufrieden. Die Anfrage kam von der Stadt.');
    assert.deepEqual(surfaces(r, 'person'), ['Jorinde Staffhorst', 'Staffhorst']);
    const en = recognize('Two riders joined from Leeds: Marit Oyelaran and Bronwen Castell-Ruiz. Opposition MP Tadhg Kearns of Plaid Cymru welcomed it.', 'en');
    assert.deepEqual(surfaces(en, 'person'), ['Marit Oyelaran', 'Bronwen Castell-Ruiz', 'Tadhg Kearns']);
    assert.deepEqual(surfaces(en, 'organisation'), ['Plaid Cymru']);
  });

  it('finds bodies with listed fields, seats and trades, and not descriptions', () => {
    const r = recognize('Neues Kühlhaus für Damme. Geld kommt vom Ministerium für Wohnen, Bau und Heimat und vom Ziegelwerk Lindhorst. Der Spediteur Ohlendorf Logistik baut ein Lager für Paletten, der Busbetreiber Moorlinie fährt. Kritik kommt vom Förderkreis Quellbrück.');
    assert.deepEqual(surfaces(r, 'organisation'), ['Ministerium für Wohnen, Bau und Heimat', 'Ziegelwerk Lindhorst', 'Ohlendorf Logistik', 'Moorlinie', 'Förderkreis Quellbrück']);
    const en = recognize('Bread goes to Kornhalle, which runs 40 shops. Kornhalle’s head of buying, Ilka Brandes, came. Quellmark chief executive Ines Tapper spoke. Flour comes from Mahlwerk, a mill in Limerick.', 'en');
    assert.deepEqual(surfaces(en, 'organisation'), ['Kornhalle', 'Kornhalle', 'Quellmark', 'Mahlwerk']);
    assert.ok(!surfaces(en, 'place').includes('Mahlwerk'));
  });

  it('closes company names with trade nouns and finds several-word companies by what they run', () => {
    const r = recognize('Die Busse stellt der Reiseveranstalter Hollmann Reisen. Günstige Reisen gibt es nicht.');
    assert.deepEqual(surfaces(r, 'organisation'), ['Hollmann Reisen']);
    assert.deepEqual(surfaces(r, 'person'), []);
    const en = recognize('Quay Bakes, which operates 9 cafés, and Marlow Logistics grew. Leeds, which runs a festival, grew too.', 'en');
    assert.deepEqual(surfaces(en, 'organisation'), ['Quay Bakes', 'Marlow Logistics']);
  });

  it('shows a city as the corpus names it and links a company across articles', () => {
    const index = new EntityIndex();
    index.set('a.txt', buildArticle('a.txt', 'Die Messe in Reval war voll. In Reval blieb man länger, auch Revals Hafen wuchs.'));
    const hit = index.entityAt('a.txt', index.mentionsOf('a.txt')[0]!.span.start);
    assert.equal(hit?.entity.name, 'Reval');
    index.set('b.txt', buildArticle('b.txt', 'Shelves at Kornhalle were empty, Kornhalle said.', { language: 'en' }));
    index.set('c.txt', buildArticle('c.txt', 'The bakery supplies Kornhalle, which runs 40 shops.', { language: 'en' }));
    assert.deepEqual(index.mentionsOf('b.txt').map((m) => `${m.type} ${m.surface}`), ['organisation Kornhalle', 'organisation Kornhalle']);
  });
});

describe('recognizeEntities: round-4 patterns (invented names, traps included)', () => {
  it('finds hyphenated given names, initials, a function word as surname, foreign given names and Vietnamese names', () => {
    const r = recognize('Durch den Abend führten Jean-Luc Ostermeier aus Kassel und Anna-Lena Pfisterer aus Fulda. Ostermeier moderiert, Pfisterers Gast kam später. Der Schäfer Bernd Immer war eigens gekommen, erzählte Herr Immer. Für die Restaurierung ist Zdeněk Hraboš aus Brünn angereist. Hraboš will es festigen. Die Praktikantin Lê Văn Mai kommt aus Hanoi. Lê soll ab Mai senden.');
    assert.deepEqual(surfaces(r, 'person'), ['Jean-Luc Ostermeier', 'Anna-Lena Pfisterer', 'Ostermeier', 'Pfisterers', 'Bernd Immer', 'Immer', 'Zdeněk Hraboš', 'Hraboš', 'Lê Văn Mai', 'Lê']);
    assert.equal(entityName(r, 'Pfisterers'), 'Anna-Lena Pfisterer');
    assert.equal(entityName(r, 'Lê'), 'Lê Văn Mai');
    const en = recognize('Head brewer R. T. Hallworth has worked there for 20 years. Hallworth said the recipe would stay.', 'en');
    assert.deepEqual(surfaces(en, 'person'), ['R. T. Hallworth', 'Hallworth']);
    assert.equal(entityName(en, 'Hallworth'), 'R. T. Hallworth');
  });

  it('links surnames with particles, Spanish double surnames and a place joined to a surname to the full name', () => {
    const r = recognize('Zum Team gehört der Doktorand Rui Sampaio da Costa aus Porto. Das sagte Sampaio da Costa. Die Grabung leitet Prof. Katrin Jena-Okafor. Jena-Okafor vermutet einen Händler. Er folgt auf Heinz-Otto ter Braake. In ter Braakes Amtszeit fiel der Streik.');
    assert.equal(entityName(r, 'Sampaio da Costa'), 'Rui Sampaio da Costa');
    assert.equal(entityName(r, 'Jena-Okafor'), 'Katrin Jena-Okafor');
    assert.equal(entityName(r, 'ter Braakes'), 'Heinz-Otto ter Braake');
    const en = recognize('The mayor, Joaquín Villalba Ortúzar, said the port would stay open. Mr Villalba added that jobs depended on it.', 'en');
    assert.equal(entityName(en, 'Villalba'), 'Joaquín Villalba Ortúzar');
  });

  it('finds places by shape: Romance openers and articles, landscapes, compass prefixes, -land, a given name as town', () => {
    const r = recognize('Sie kam aus Santa Rosa de Lima über die Nordostschweiz ins Oberweidenland. Im Ausland und im Bundesland war sie nie.');
    assert.deepEqual(surfaces(r, 'place'), ['Santa Rosa de Lima', 'Nordostschweiz', 'Oberweidenland']);
    const adjective = recognize('Er grub zuvor im spanischen Olvera und sprach im spanischen Fernsehen. Deren Redaktionen Nachrichten zuliefern.');
    assert.deepEqual(surfaces(adjective, 'place'), ['Olvera']);
    assert.deepEqual(surfaces(adjective, 'organisation'), []);
    const en = recognize('A mine in the Karoo Desert upset the astronomers; the sky over the Karoo is dark. A group from La Paloma met people from San Isidro del Monte. She grew up in Charlotte.', 'en');
    assert.deepEqual(surfaces(en, 'place'), ['Karoo Desert', 'Karoo', 'La Paloma', 'San Isidro del Monte', 'Charlotte']);
    assert.equal(entityName(en, 'Karoo'), 'Karoo Desert');
    assert.equal(en.entities.find((e) => e.name === 'La Paloma')?.type, 'place');
  });

  it('finds companies with legal forms and short names, unions, clubs, Romance bodies and capitalised fields', () => {
    const r = recognize('Die Bertrava s.r.o. liefert an die Kallmünzer Tiefbau GmbH & Co. KG aus Gera. Kallmünzer Tiefbau schwieg. Die IG FORST protestierte. Gegner sind der Kasseler SC und der Landesverband der Hessischen Imker. Das Institut national des recherches alpines und die Universidad de Valdivia forschen mit der Generaldirektion Historisches Erbe Saarland. Der Mieterverein Wohnen Plus rät ab.');
    assert.deepEqual(surfaces(r, 'organisation'), ['Bertrava s.r.o.', 'Kallmünzer Tiefbau GmbH & Co. KG', 'Kallmünzer Tiefbau', 'IG FORST', 'Kasseler SC', 'Landesverband der Hessischen Imker', 'Institut national des recherches alpines', 'Universidad de Valdivia', 'Generaldirektion Historisches Erbe Saarland', 'Wohnen Plus']);
    const en = recognize('Ballochmyle Brewery Ltd was sold. Head brewer Ailsa Dunmore has worked at Ballochmyle for years. The Fisheries and Oceans Authority must clear it, XR Media reported. Chile\'s Supreme Court ruled.', 'en');
    assert.deepEqual(surfaces(en, 'organisation'), ['Ballochmyle Brewery Ltd', 'Ballochmyle', 'Fisheries and Oceans Authority', 'XR Media', 'Supreme Court']);
    assert.ok(surfaces(en, 'place').includes('Chile'));
  });

  it('leaves the owner a person where the company carries the name, and a role before a name to that name', () => {
    const r = recognize('Die Tochter arbeitet bei Demirtaş Bedachungen GmbH. Geschäftsführerin Elif Demirtaş will helfen. Demirtaş sagte, das Dach sei dicht. Sie blockte dreimal in Folge, die Kanadierin Maeve Lindqvist kam im Winter.');
    assert.deepEqual(surfaces(r, 'person'), ['Elif Demirtaş', 'Demirtaş', 'Maeve Lindqvist']);
    // Feminine agent nouns in -antin/-entin are roles; given names with those endings are not.
    const roles = recognize('Die Praktikantin Jule Brandhorst und der Kämmerer Florentin Hallbach widersprachen.');
    assert.deepEqual(surfaces(roles, 'person'), ['Jule Brandhorst', 'Florentin Hallbach']);
  });

  it('keeps an owner-named company from hiding a particle surname, and a role-shaped half inside a double surname', () => {
    const r = recognize('Angeklagt ist der Schreiner Lothar von der Mühlbeck. Seine Firma, die Mühlbeck Holzbau GmbH, ist insolvent. Von der Mühlbeck schwieg.');
    assert.deepEqual(surfaces(r, 'person'), ['Lothar von der Mühlbeck', 'Von der Mühlbeck']);
    const d = recognize('Siegerin des Abends ist Roswitha Almgruber-Kanzler. Danach sprach Landeshauptmann Kilian Pfeifhofer mit Almgruber-Kanzler. Der Grünen-Politiker schwieg.');
    assert.deepEqual(surfaces(d, 'person'), ['Roswitha Almgruber-Kanzler', 'Kilian Pfeifhofer', 'Almgruber-Kanzler']);
    assert.equal(entityName(d, 'Almgruber-Kanzler'), 'Roswitha Almgruber-Kanzler');
  });

  it('names a city by its current name where an article also writes it, keeps Südamerika apart, and reads a confirmed ambiguous country again', () => {
    const index = new EntityIndex();
    index.set('a.txt', buildArticle('a.txt', 'Die Delegation reiste nach Reval. In Reval blieb sie, und von Tallinn aus flog sie heim.'));
    assert.equal(index.entityAt('a.txt', index.mentionsOf('a.txt')[0]!.span.start)?.entity.name, 'Tallinn');
    const r = recognize('Staub aus Südamerika und Lateinamerika.');
    assert.deepEqual(r.mentions.map((m) => m.entityId).length, 2);
    assert.notEqual(r.mentions[0]!.entityId, r.mentions[1]!.entityId);
    const en = recognize('Envoys from Armenia and Georgia met. Georgia\'s envoy spoke first. Georgia Pennock, a singer, did not.', 'en');
    assert.deepEqual(surfaces(en, 'place'), ['Armenia', 'Georgia', 'Georgia']);
  });

  it('finds valleys and forests named after a place, and towns opened by a saint', () => {
    const r = recognize('Stimmen verlor sie im Gosauerwald und im Lammertal, nicht im Mischwald, im Hochtal oder im Unterwald. Viele pendeln nach St. Veitsberg oder nach Sankt Ilgenau.');
    assert.deepEqual(surfaces(r, 'place'), ['Gosauerwald', 'Lammertal', 'St. Veitsberg', 'Sankt Ilgenau']);
  });

  it('finds clubs by a closing abbreviation and by a team nickname with its seat', () => {
    const r = recognize('Der Stürmer kommt von Skärholmen HC zu den Eisbären Hamburg. Zuvor spielte er für die Kasseler Füchse. Die Eisbären zahlen gut. Der EV Regensburg schwieg.');
    assert.deepEqual(surfaces(r, 'organisation'), ['Skärholmen HC', 'Eisbären Hamburg', 'Kasseler Füchse', 'Eisbären', 'EV Regensburg']);
    assert.deepEqual(surfaces(r, 'place'), []);
  });

  it('keeps a capitalised French article after "de" inside the surname, also in the surname alone', () => {
    const r = recognize('The club president, Aurélien de La Morvandière, spoke first. Mr de La Morvandière did not say more.', 'en');
    assert.deepEqual(surfaces(r, 'person'), ['Aurélien de La Morvandière', 'de La Morvandière']);
    assert.equal(entityName(r, 'de La Morvandière'), 'Aurélien de La Morvandière');
  });

  it('reads a compass word after an acronym as its regional company', () => {
    const r = recognize('Die Anlage hat zuletzt der KVW Süd geprüft, nicht die KVW.');
    assert.deepEqual(surfaces(r, 'organisation'), ['KVW Süd', 'KVW']);
  });
});
