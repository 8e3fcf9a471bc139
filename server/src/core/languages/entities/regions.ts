/**
 * Finite lists of administrative regions and of German towns that news text
 * names without any context: US states, Canadian provinces, Australian
 * states, Austrian and Swiss states, German district towns and islands. They
 * feed the gazetteer; none of them is a person. Rows are
 * built into gazetteer rows; US states are written `English|German/…`.
 */

export type RegionRow = readonly [id: string, kind: 'city' | 'region', country: string, de: string, en: string];

/** US states: a state name next to a town ("Dayton, Ohio") is never a person. */
const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'Colorado', 'Connecticut', 'Delaware', 'Hawaii', 'Idaho',
  'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'North Carolina|Nord-Carolina', 'North Dakota|Nord-Dakota',
  'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania|Pennsylvanien', 'Rhode Island', 'South Carolina|Süd-Carolina',
  'South Dakota|Süd-Dakota', 'Tennessee', 'Utah', 'Vermont', 'West Virginia', 'Wisconsin', 'Wyoming',
];

/** Other first-level regions, as [id, country, German, English]. */
const OTHER_REGIONS: readonly (readonly [string, string, string, string])[] = [
  ['virginia', 'US', 'Virginia', 'Virginia'],
  ['washington-state', 'US', 'Bundesstaat Washington', 'Washington State'],
  ['new-york-state', 'US', 'Bundesstaat New York', 'New York State'],
  ['ontario', 'CA', 'Ontario', 'Ontario'],
  ['quebec', 'CA', 'Québec/Quebec', 'Quebec/Québec'],
  ['british-columbia', 'CA', 'British Columbia/Britisch-Kolumbien', 'British Columbia'],
  ['alberta', 'CA', 'Alberta', 'Alberta'],
  ['manitoba', 'CA', 'Manitoba', 'Manitoba'],
  ['saskatchewan', 'CA', 'Saskatchewan', 'Saskatchewan'],
  ['nova-scotia', 'CA', 'Nova Scotia/Neuschottland', 'Nova Scotia'],
  ['new-brunswick', 'CA', 'New Brunswick/Neubraunschweig', 'New Brunswick'],
  ['newfoundland', 'CA', 'Neufundland', 'Newfoundland'],
  ['new-south-wales', 'AU', 'New South Wales/Neusüdwales', 'New South Wales'],
  ['queensland', 'AU', 'Queensland', 'Queensland'],
  ['tasmania', 'AU', 'Tasmanien', 'Tasmania'],
  ['western-australia', 'AU', 'Westaustralien', 'Western Australia'],
  ['lower-austria', 'AT', 'Niederösterreich', 'Lower Austria'],
  ['upper-austria', 'AT', 'Oberösterreich', 'Upper Austria'],
  ['styria', 'AT', 'Steiermark', 'Styria'],
  ['carinthia', 'AT', 'Kärnten', 'Carinthia'],
  ['salzburg-state', 'AT', 'Salzburger Land', 'Salzburg State'],
  ['vorarlberg', 'AT', 'Vorarlberg', 'Vorarlberg'],
  ['burgenland', 'AT', 'Burgenland', 'Burgenland'],
  ['ticino', 'CH', 'Tessin', 'Ticino'],
  ['valais', 'CH', 'Wallis', 'Valais'],
  ['graubunden', 'CH', 'Graubünden', 'Graubünden|Grisons'],
  ['aargau', 'CH', 'Aargau', 'Aargau'],
  ['south-tyrol', 'IT', 'Südtirol', 'South Tyrol'],
  ['lombardy', 'IT', 'Lombardei', 'Lombardy'],
  ['tuscany', 'IT', 'Toskana', 'Tuscany'],
  ['andalusia', 'ES', 'Andalusien', 'Andalusia'],
  ['basque-country', 'ES', 'Baskenland', 'Basque Country'],
  ['brittany', 'FR', 'Bretagne', 'Brittany'],
  ['normandy', 'FR', 'Normandie', 'Normandy'],
  ['alsace', 'FR', 'Elsass', 'Alsace'],
  ['flanders', 'BE', 'Flandern', 'Flanders'],
  ['wallonia', 'BE', 'Wallonien', 'Wallonia'],
  ['yorkshire', 'GB', 'Yorkshire', 'Yorkshire'],
  ['cornwall', 'GB', 'Cornwall', 'Cornwall'],
  ['kent', 'GB', 'Kent', 'Kent'],
  ['ruhr', 'DE', 'Ruhrgebiet', 'Ruhr'],
  ['sauerland', 'DE', 'Sauerland', 'Sauerland'],
  ['emsland', 'DE', 'Emsland', 'Emsland'],
  ['eifel', 'DE', 'Eifel', 'Eifel'],
  ['allgau', 'DE', 'Allgäu', 'Allgäu'],
  ['lusatia', 'DE', 'Lausitz', 'Lusatia'],
  ['uckermark', 'DE', 'Uckermark', 'Uckermark'],
  ['vogtland', 'DE', 'Vogtland', 'Vogtland'],
  ['ostwestfalen', 'DE', 'Ostwestfalen', 'East Westphalia'],
  ['westphalia', 'DE', 'Westfalen', 'Westphalia'],
  ['franconia', 'DE', 'Franken', 'Franconia'],
  ['swabia', 'DE', 'Schwaben', 'Swabia'],
  ['black-forest', 'DE', 'Schwarzwald', 'Black Forest'],
  // German, Austrian and Swiss landscapes that news text names like places.
  ['munsterland', 'DE', 'Münsterland', 'Münsterland'], ['ore-mountains', 'DE', 'Erzgebirge', 'Ore Mountains|Erzgebirge'],
  ['harz', 'DE', 'Harz', 'Harz'], ['rhon', 'DE', 'Rhön', 'Rhön'], ['spessart', 'DE', 'Spessart', 'Spessart'],
  ['taunus', 'DE', 'Taunus', 'Taunus'], ['odenwald', 'DE', 'Odenwald', 'Odenwald'], ['westerwald', 'DE', 'Westerwald', 'Westerwald'],
  ['hunsruck', 'DE', 'Hunsrück', 'Hunsrück'], ['fichtelgebirge', 'DE', 'Fichtelgebirge', 'Fichtel Mountains|Fichtelgebirge'],
  ['bavarian-forest', 'DE', 'Bayerischer Wald|Bayerischen Wald|Bayerischen Waldes', 'Bavarian Forest'],
  ['thuringian-forest', 'DE', 'Thüringer Wald|Thüringer Waldes', 'Thuringian Forest'],
  ['teutoburg-forest', 'DE', 'Teutoburger Wald|Teutoburger Waldes', 'Teutoburg Forest'], ['spreewald', 'DE', 'Spreewald', 'Spreewald'],
  ['altmark', 'DE', 'Altmark', 'Altmark'], ['prignitz', 'DE', 'Prignitz', 'Prignitz'], ['havelland', 'DE', 'Havelland', 'Havelland'],
  ['upper-lusatia', 'DE', 'Oberlausitz', 'Upper Lusatia'], ['saxon-switzerland', 'DE', 'Sächsische Schweiz|Sächsischen Schweiz', 'Saxon Switzerland'],
  ['east-frisia', 'DE', 'Ostfriesland', 'East Frisia'], ['north-frisia', 'DE', 'Nordfriesland', 'North Frisia'],
  ['dithmarschen', 'DE', 'Dithmarschen', 'Dithmarschen'], ['wendland', 'DE', 'Wendland', 'Wendland'],
  ['luneburg-heath', 'DE', 'Lüneburger Heide', 'Lüneburg Heath'], ['weserbergland', 'DE', 'Weserbergland', 'Weser Uplands'],
  ['siegerland', 'DE', 'Siegerland', 'Siegerland'], ['bergisches-land', 'DE', 'Bergisches Land|Bergischen Land|Bergischen Landes', 'Bergisches Land'],
  ['lower-rhine', 'DE', 'Niederrhein', 'Lower Rhine'], ['rhineland', 'DE', 'Rheinland', 'Rhineland'], ['rheinhessen', 'DE', 'Rheinhessen', 'Rhenish Hesse'],
  ['palatinate', 'DE', 'Pfalz', 'Palatinate'], ['breisgau', 'DE', 'Breisgau', 'Breisgau'], ['kraichgau', 'DE', 'Kraichgau', 'Kraichgau'],
  ['hohenlohe', 'DE', 'Hohenlohe', 'Hohenlohe'], ['chiemgau', 'DE', 'Chiemgau', 'Chiemgau'], ['upper-bavaria', 'DE', 'Oberbayern', 'Upper Bavaria'],
  ['lower-bavaria', 'DE', 'Niederbayern', 'Lower Bavaria'], ['upper-palatinate', 'DE', 'Oberpfalz', 'Upper Palatinate'],
  ['upper-franconia', 'DE', 'Oberfranken', 'Upper Franconia'], ['middle-franconia', 'DE', 'Mittelfranken', 'Middle Franconia'],
  ['lower-franconia', 'DE', 'Unterfranken', 'Lower Franconia'], ['eichsfeld', 'DE', 'Eichsfeld', 'Eichsfeld'],
  ['western-pomerania', 'DE', 'Vorpommern', 'Western Pomerania'], ['holstein', 'DE', 'Holstein', 'Holstein'],
  ['kaiserstuhl', 'DE', 'Kaiserstuhl', 'Kaiserstuhl'], ['lake-constance', 'DE', 'Bodensee', 'Lake Constance'],
  ['salzkammergut', 'AT', 'Salzkammergut', 'Salzkammergut'], ['wachau', 'AT', 'Wachau', 'Wachau'], ['zillertal', 'AT', 'Zillertal', 'Zillertal'],
  ['engadine', 'CH', 'Engadin', 'Engadine'], ['bernese-oberland', 'CH', 'Berner Oberland', 'Bernese Oberland'],
  // Mountain ranges that news text names like places (rivers, lakes and seas are not covered).
  ['pyrenees', '', 'Pyrenäen', 'Pyrenees'], ['dolomites', 'IT', 'Dolomiten', 'Dolomites'], ['apennines', 'IT', 'Apennin', 'Apennines'],
  ['tatra', '', 'Tatra|Hohe Tatra', 'Tatra Mountains|Tatras|High Tatras'], ['urals', 'RU', 'Ural', 'Urals|Ural Mountains'],
  ['vosges', 'FR', 'Vogesen', 'Vosges'], ['sudetes', '', 'Sudeten', 'Sudetes'], ['giant-mountains', '', 'Riesengebirge', 'Giant Mountains'],
  ['bohemian-forest', 'CZ', 'Böhmerwald', 'Bohemian Forest'], ['himalaya', '', 'Himalaya', 'Himalayas|Himalaya'],
  ['andes', '', 'Anden', 'Andes'], ['rocky-mountains', '', 'Rocky Mountains', 'Rocky Mountains|Rockies'], ['ardennes', '', 'Ardennen', 'Ardennes'],
  ['karwendel', 'AT', 'Karwendel', 'Karwendel'], ['swabian-jura', 'DE', 'Schwäbische Alb|Schwäbischen Alb', 'Swabian Jura'],
  // Italian and French regions German and English news name often.
  ['piedmont', 'IT', 'Piemont', 'Piedmont'], ['friuli', 'IT', 'Friaul', 'Friuli'],
  ['liguria', 'IT', 'Ligurien', 'Liguria'], ['umbria', 'IT', 'Umbrien', 'Umbria'], ['calabria', 'IT', 'Kalabrien', 'Calabria'],
  ['provence', 'FR', 'Provence', 'Provence'], ['burgundy', 'FR', 'Burgund', 'Burgundy'],
  // Islands.
  ['sylt', 'DE', 'Sylt', 'Sylt'], ['rugen', 'DE', 'Rügen', 'Rügen|Rugen'], ['usedom', 'DE', 'Usedom', 'Usedom'],
  ['fohr', 'DE', 'Föhr', 'Föhr'], ['amrum', 'DE', 'Amrum', 'Amrum'], ['heligoland', 'DE', 'Helgoland', 'Heligoland|Helgoland'],
  ['norderney', 'DE', 'Norderney', 'Norderney'], ['borkum', 'DE', 'Borkum', 'Borkum'], ['fehmarn', 'DE', 'Fehmarn', 'Fehmarn'],
  ['mallorca', 'ES', 'Mallorca', 'Mallorca|Majorca'], ['ibiza', 'ES', 'Ibiza', 'Ibiza'], ['tenerife', 'ES', 'Teneriffa', 'Tenerife'],
  ['gran-canaria', 'ES', 'Gran Canaria', 'Gran Canaria'], ['crete', 'GR', 'Kreta', 'Crete'], ['rhodes', 'GR', 'Rhodos', 'Rhodes'],
  ['lesbos', 'GR', 'Lesbos', 'Lesbos|Lesvos'], ['sicily', 'IT', 'Sizilien', 'Sicily'], ['sardinia', 'IT', 'Sardinien', 'Sardinia'],
  ['corsica', 'FR', 'Korsika', 'Corsica'], ['lampedusa', 'IT', 'Lampedusa', 'Lampedusa'], ['bornholm', 'DK', 'Bornholm', 'Bornholm'],
  ['gotland', 'SE', 'Gotland', 'Gotland'], ['hokkaido', 'JP', 'Hokkaido', 'Hokkaido'], ['bali', 'ID', 'Bali', 'Bali'],
  ['sumatra', 'ID', 'Sumatra', 'Sumatra'], ['java', 'ID', 'Java', 'Java'], ['tasmania-island', 'AU', 'Tasmanien', 'Tasmania'],
  ['madeira', 'PT', 'Madeira', 'Madeira'], ['azores', 'PT', 'Azoren', 'Azores'], ['canary-islands', 'ES', 'Kanaren|Kanarische Inseln|Kanarischen Inseln', 'Canary Islands|Canaries'],
  ['balearic-islands', 'ES', 'Balearen', 'Balearic Islands'], ['isle-of-man', 'IM', 'Isle of Man', 'Isle of Man'],
  ['isle-of-wight', 'GB', 'Isle of Wight', 'Isle of Wight'], ['hebrides', 'GB', 'Hebriden', 'Hebrides'], ['orkney', 'GB', 'Orkney', 'Orkney'],
  ['shetland', 'GB', 'Shetland', 'Shetland'], ['long-island', 'US', 'Long Island', 'Long Island'], ['martha-s-vineyard', 'US', "Martha's Vineyard", "Martha's Vineyard"],
];

/** German towns: district towns and mid-sized cities the main table leaves out. */
const GERMAN_TOWNS = `
Gütersloh Bielefeld Paderborn Herford Minden Detmold Lemgo Höxter Warburg Lippstadt Soest Unna Hamm Arnsberg Meschede
Brilon Olpe Siegen Iserlohn Lüdenscheid Hagen Bochum Gelsenkirchen Oberhausen Mülheim Krefeld Mönchengladbach Wuppertal
Solingen Remscheid Leverkusen Neuss Moers Wesel Kleve Bocholt Borken Coesfeld Steinfurt Warendorf Rheine Ahlen Beckum
Recklinghausen Bottrop Gladbeck Dorsten Lünen Herne Witten Bergkamen Siegburg Euskirchen Düren Heinsberg Viersen Troisdorf
Osnabrück Oldenburg Emden Aurich Wilhelmshaven Cuxhaven Stade Lüneburg Celle Wolfsburg Braunschweig Salzgitter Hildesheim
Göttingen Goslar Hameln Nienburg Verden Vechta Cloppenburg Meppen Lingen Nordhorn Uelzen Gifhorn Peine Wolfenbüttel
Helmstedt Northeim Holzminden Delmenhorst Lübeck Flensburg Neumünster Husum Itzehoe Elmshorn Pinneberg Norderstedt
Eutin Ratzeburg Stralsund Greifswald Wismar Neubrandenburg Güstrow Parchim Ludwigslust Eberswalde Oranienburg Neuruppin
Dessau Wittenberg Stendal Halberstadt Quedlinburg Wernigerode Merseburg Naumburg Weißenfels Bitterfeld Jena Gera Weimar
Gotha Eisenach Suhl Nordhausen Mühlhausen Chemnitz Zwickau Plauen Görlitz Bautzen Meißen Pirna Freiberg Riesa
Hoyerswerda Kassel Fulda Marburg Gießen Wetzlar Darmstadt Offenbach Hanau Limburg Rüsselsheim Trier Koblenz
Kaiserslautern Ludwigshafen Worms Speyer Landau Pirmasens Zweibrücken Saarlouis Neunkirchen Heidelberg Heilbronn Ulm
Pforzheim Reutlingen Tübingen Esslingen Ludwigsburg Konstanz Ravensburg Friedrichshafen Offenburg Aalen Göppingen
Sindelfingen Böblingen Lörrach Waiblingen Biberach Würzburg Bamberg Bayreuth Erlangen Fürth Ingolstadt Landshut Passau
Rosenheim Kempten Memmingen Kaufbeuren Straubing Deggendorf Schweinfurt Aschaffenburg Coburg Amberg Ansbach Traunstein
Verl Harsewinkel Rietberg Bünde Bad Oeynhausen Bad Salzuflen Bad Kreuznach Bad Homburg Bad Tölz
Bad Segeberg Bad Hersfeld Bad Nauheim Baden-Baden Villingen-Schwenningen Schwäbisch Hall Schwäbisch Gmünd
Neu-Ulm Garmisch-Partenkirchen Idar-Oberstein Castrop-Rauxel Rheda-Wiedenbrück Bergisch Gladbach Frankfurt (Oder)
`;

function townRows(): RegionRow[] {
  const rows: RegionRow[] = [];
  // Multi-word names are written with a space after "Bad", "Bergisch", "Schwäbisch".
  const words = GERMAN_TOWNS.trim().split(/\s+/u);
  for (let k = 0; k < words.length; k++) {
    let name = words[k]!;
    if ((name === 'Bad' || name === 'Bergisch' || name === 'Schwäbisch' || name === 'Frankfurt') && k + 1 < words.length) name = `${name} ${words[++k]!}`;
    if (name === 'Frankfurt (Oder)') continue;
    rows.push([`de-town-${name.toLowerCase()}`, 'city', 'DE', name, name]);
  }
  return rows;
}

let cached: RegionRow[] | undefined;

export function regionRows(): readonly RegionRow[] {
  if (cached) return cached;
  const rows: RegionRow[] = [];
  for (const entry of US_STATES) {
    const [en, alternatives] = entry.split('|') as [string, string | undefined];
    const de = [en, ...(alternatives ? alternatives.split('/') : [])].filter((v, k, all) => all.indexOf(v) === k);
    rows.push([`us-${en.toLowerCase().replace(/\s+/gu, '-')}`, 'region', 'US', de.join('|'), en]);
  }
  for (const [id, country, de, en] of OTHER_REGIONS) rows.push([id, 'region', country, de.replace(/\//gu, '|'), en.replace(/\//gu, '|')]);
  rows.push(...townRows());
  cached = rows;
  return rows;
}

/** Region and town names that are also words or names: places only after a place preposition. */
export const AMBIGUOUS_REGIONS: Readonly<Record<string, readonly string[]>> = {
  virginia: ['Virginia'],
  kent: ['Kent'],
  java: ['Java'],
  'us-maine': ['Maine'],
  'us-indiana': ['Indiana'],
  'us-montana': ['Montana'],
  'de-town-hagen': ['Hagen'],
  'de-town-hamm': ['Hamm'],
  'de-town-verl': ['Verl'],
  'de-town-worms': ['Worms'],
  'de-town-landau': ['Landau'],
  'de-town-limburg': ['Limburg'],
  'de-town-celle': ['Celle'],
  'de-town-peine': ['Peine'],
  'de-town-verden': ['Verden'],
  'de-town-witten': ['Witten'],
  franconia: ['Franken'],
  swabia: ['Schwaben'],
  'de-town-wesel': ['Wesel'],
  'de-town-stade': ['Stade'],
  'de-town-bünde': ['Bünde'],
  'de-town-amberg': ['Amberg'],
  'de-town-minden': ['Minden'],
  'de-town-gera': ['Gera'],
  'de-town-olpe': ['Olpe'],
  'de-town-fulda': ['Fulda'],
};
