/**
 * The place gazetteer: countries in German and English from the maintained
 * i18n-iso-countries data (ISO 3166-1), plus a small hand-kept table of
 * cities and regions with their German exonyms and English names. Only the
 * two languages' JSON files are imported, so the bundle stays small.
 */
import countriesDe from 'i18n-iso-countries/langs/de.json';
import countriesEn from 'i18n-iso-countries/langs/en.json';
import { AMBIGUOUS_REGIONS, regionRows } from './regions';

export type PlaceKind = 'country' | 'city' | 'region';

export interface GazetteerEntry {
  /** Stable id: the ISO 3166-1 alpha-2 code for countries, a lower-case English name otherwise. */
  readonly id: string;
  readonly kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country the place lies in (the country itself for countries). */
  readonly country?: string;
  /** Names as written in German text; the first is the canonical one. Inflected forms beyond a genitive -s are listed. */
  readonly de: readonly string[];
  /** Names as written in English text; the first is the canonical one. */
  readonly en: readonly string[];
  /** Names that are also ordinary words or given names, recognised only after a place preposition ("in Essen"). */
  readonly ambiguous?: readonly string[];
}

type Row = readonly [id: string, kind: PlaceKind, country: string, de: string, en: string];

/** id, kind, country, German names (|-separated, canonical first), English names. */
const ROWS: readonly Row[] = [
  // Germany.
  ['berlin', 'city', 'DE', 'Berlin', 'Berlin'],
  ['hamburg', 'city', 'DE', 'Hamburg', 'Hamburg'],
  ['munich', 'city', 'DE', 'München', 'Munich'],
  ['cologne', 'city', 'DE', 'Köln', 'Cologne'],
  ['frankfurt', 'city', 'DE', 'Frankfurt|Frankfurt am Main', 'Frankfurt|Frankfurt am Main'],
  ['stuttgart', 'city', 'DE', 'Stuttgart', 'Stuttgart'],
  ['dusseldorf', 'city', 'DE', 'Düsseldorf', 'Düsseldorf|Dusseldorf'],
  ['leipzig', 'city', 'DE', 'Leipzig', 'Leipzig'],
  ['dresden', 'city', 'DE', 'Dresden', 'Dresden'],
  ['hanover', 'city', 'DE', 'Hannover', 'Hanover|Hannover'],
  ['nuremberg', 'city', 'DE', 'Nürnberg', 'Nuremberg'],
  ['bremen', 'city', 'DE', 'Bremen', 'Bremen'],
  ['bonn', 'city', 'DE', 'Bonn', 'Bonn'],
  ['potsdam', 'city', 'DE', 'Potsdam', 'Potsdam'],
  ['mainz', 'city', 'DE', 'Mainz', 'Mainz'],
  ['wiesbaden', 'city', 'DE', 'Wiesbaden', 'Wiesbaden'],
  ['kiel', 'city', 'DE', 'Kiel', 'Kiel'],
  ['rostock', 'city', 'DE', 'Rostock', 'Rostock'],
  ['magdeburg', 'city', 'DE', 'Magdeburg', 'Magdeburg'],
  ['erfurt', 'city', 'DE', 'Erfurt', 'Erfurt'],
  ['schwerin', 'city', 'DE', 'Schwerin', 'Schwerin'],
  ['saarbrucken', 'city', 'DE', 'Saarbrücken', 'Saarbrücken|Saarbrucken'],
  ['karlsruhe', 'city', 'DE', 'Karlsruhe', 'Karlsruhe'],
  ['mannheim', 'city', 'DE', 'Mannheim', 'Mannheim'],
  ['freiburg', 'city', 'DE', 'Freiburg', 'Freiburg'],
  ['augsburg', 'city', 'DE', 'Augsburg', 'Augsburg'],
  ['regensburg', 'city', 'DE', 'Regensburg', 'Regensburg'],
  ['munster', 'city', 'DE', 'Münster', 'Münster|Munster'],
  ['aachen', 'city', 'DE', 'Aachen', 'Aachen'],
  ['dortmund', 'city', 'DE', 'Dortmund', 'Dortmund'],
  ['bochum', 'city', 'DE', 'Bochum', 'Bochum'],
  ['duisburg', 'city', 'DE', 'Duisburg', 'Duisburg'],
  ['essen', 'city', 'DE', 'Essen', 'Essen'],
  ['bielefeld', 'city', 'DE', 'Bielefeld', 'Bielefeld'],
  ['kassel', 'city', 'DE', 'Kassel', 'Kassel'],
  ['halle', 'city', 'DE', 'Halle', 'Halle'],
  ['chemnitz', 'city', 'DE', 'Chemnitz', 'Chemnitz'],
  ['ramstein', 'city', 'DE', 'Ramstein', 'Ramstein'],
  ['jena', 'city', 'DE', 'Jena', 'Jena'],
  ['cottbus', 'city', 'DE', 'Cottbus', 'Cottbus'],
  ['oldenburg', 'city', 'DE', 'Oldenburg', 'Oldenburg'],
  ['osnabruck', 'city', 'DE', 'Osnabrück', 'Osnabrück|Osnabruck'],
  ['ulm', 'city', 'DE', 'Ulm', 'Ulm'],
  ['ingolstadt', 'city', 'DE', 'Ingolstadt', 'Ingolstadt'],
  ['wolfsburg', 'city', 'DE', 'Wolfsburg', 'Wolfsburg'],
  ['brunswick', 'city', 'DE', 'Braunschweig', 'Braunschweig|Brunswick'],
  ['gorlitz', 'city', 'DE', 'Görlitz', 'Görlitz|Gorlitz'],
  ['heidelberg', 'city', 'DE', 'Heidelberg', 'Heidelberg'],
  ['gottingen', 'city', 'DE', 'Göttingen', 'Göttingen|Gottingen'],
  ['tubingen', 'city', 'DE', 'Tübingen', 'Tübingen|Tubingen'],
  ['wurzburg', 'city', 'DE', 'Würzburg', 'Würzburg|Wurzburg'],
  ['lubeck', 'city', 'DE', 'Lübeck', 'Lübeck|Lubeck'],
  ['konstanz', 'city', 'DE', 'Konstanz', 'Konstanz|Constance'],
  ['trier', 'city', 'DE', 'Trier', 'Trier'],
  ['frankfurt-oder', 'city', 'DE', 'Frankfurt (Oder)', 'Frankfurt an der Oder'],
  // Europe.
  ['vienna', 'city', 'AT', 'Wien', 'Vienna'],
  ['graz', 'city', 'AT', 'Graz', 'Graz'],
  ['salzburg', 'city', 'AT', 'Salzburg', 'Salzburg'],
  ['innsbruck', 'city', 'AT', 'Innsbruck', 'Innsbruck'],
  ['geneva', 'city', 'CH', 'Genf', 'Geneva'],
  ['bern', 'city', 'CH', 'Bern', 'Bern|Berne'],
  ['zurich', 'city', 'CH', 'Zürich', 'Zurich|Zürich'],
  ['basel', 'city', 'CH', 'Basel', 'Basel'],
  ['davos', 'city', 'CH', 'Davos', 'Davos'],
  ['brussels', 'city', 'BE', 'Brüssel', 'Brussels'],
  ['antwerp', 'city', 'BE', 'Antwerpen', 'Antwerp'],
  ['amsterdam', 'city', 'NL', 'Amsterdam', 'Amsterdam'],
  ['the-hague', 'city', 'NL', 'Den Haag', 'The Hague'],
  ['rotterdam', 'city', 'NL', 'Rotterdam', 'Rotterdam'],
  ['luxembourg-city', 'city', 'LU', 'Luxemburg-Stadt', 'Luxembourg City'],
  ['paris', 'city', 'FR', 'Paris', 'Paris'],
  ['strasbourg', 'city', 'FR', 'Straßburg', 'Strasbourg'],
  ['marseille', 'city', 'FR', 'Marseille', 'Marseille'],
  ['lyon', 'city', 'FR', 'Lyon', 'Lyon'],
  ['london', 'city', 'GB', 'London', 'London'],
  ['edinburgh', 'city', 'GB', 'Edinburgh', 'Edinburgh'],
  ['manchester', 'city', 'GB', 'Manchester', 'Manchester'],
  ['dublin', 'city', 'IE', 'Dublin', 'Dublin'],
  ['rome', 'city', 'IT', 'Rom', 'Rome'],
  ['milan', 'city', 'IT', 'Mailand', 'Milan'],
  ['naples', 'city', 'IT', 'Neapel', 'Naples'],
  ['venice', 'city', 'IT', 'Venedig', 'Venice'],
  ['florence', 'city', 'IT', 'Florenz', 'Florence'],
  ['turin', 'city', 'IT', 'Turin', 'Turin'],
  ['genoa', 'city', 'IT', 'Genua', 'Genoa'],
  ['bologna', 'city', 'IT', 'Bologna', 'Bologna'],
  ['trieste', 'city', 'IT', 'Triest', 'Trieste'],
  ['cannes', 'city', 'FR', 'Cannes', 'Cannes'],
  ['bordeaux', 'city', 'FR', 'Bordeaux', 'Bordeaux'],
  ['thessaloniki', 'city', 'GR', 'Thessaloniki|Saloniki', 'Thessaloniki'],
  ['porto', 'city', 'PT', 'Porto', 'Porto'],
  ['seville', 'city', 'ES', 'Sevilla', 'Seville'],
  ['valencia', 'city', 'ES', 'Valencia', 'Valencia'],
  ['gothenburg', 'city', 'SE', 'Göteborg', 'Gothenburg'],
  ['ghent', 'city', 'BE', 'Gent', 'Ghent'],
  ['lausanne', 'city', 'CH', 'Lausanne', 'Lausanne'],
  ['lucerne', 'city', 'CH', 'Luzern', 'Lucerne'],
  ['linz', 'city', 'AT', 'Linz', 'Linz'],
  ['madrid', 'city', 'ES', 'Madrid', 'Madrid'],
  ['barcelona', 'city', 'ES', 'Barcelona', 'Barcelona'],
  ['lisbon', 'city', 'PT', 'Lissabon', 'Lisbon'],
  ['athens', 'city', 'GR', 'Athen', 'Athens'],
  ['copenhagen', 'city', 'DK', 'Kopenhagen', 'Copenhagen'],
  ['stockholm', 'city', 'SE', 'Stockholm', 'Stockholm'],
  ['oslo', 'city', 'NO', 'Oslo', 'Oslo'],
  ['helsinki', 'city', 'FI', 'Helsinki', 'Helsinki'],
  ['reykjavik', 'city', 'IS', 'Reykjavík|Reykjavik', 'Reykjavik|Reykjavík'],
  ['warsaw', 'city', 'PL', 'Warschau', 'Warsaw'],
  ['krakow', 'city', 'PL', 'Krakau', 'Kraków|Krakow'],
  ['gdansk', 'city', 'PL', 'Danzig', 'Gdańsk|Gdansk'],
  ['wroclaw', 'city', 'PL', 'Breslau', 'Wrocław|Wroclaw'],
  ['poznan', 'city', 'PL', 'Posen', 'Poznań|Poznan'],
  ['lodz', 'city', 'PL', 'Łódź|Lodz', 'Łódź|Lodz'],
  ['rzeszow', 'city', 'PL', 'Rzeszów|Rzeszow', 'Rzeszów|Rzeszow'],
  ['prague', 'city', 'CZ', 'Prag', 'Prague'],
  ['bratislava', 'city', 'SK', 'Bratislava|Pressburg', 'Bratislava'],
  ['budapest', 'city', 'HU', 'Budapest', 'Budapest'],
  ['bucharest', 'city', 'RO', 'Bukarest', 'Bucharest'],
  ['sofia', 'city', 'BG', 'Sofia', 'Sofia'],
  ['belgrade', 'city', 'RS', 'Belgrad', 'Belgrade'],
  ['zagreb', 'city', 'HR', 'Zagreb', 'Zagreb'],
  ['ljubljana', 'city', 'SI', 'Ljubljana|Laibach', 'Ljubljana'],
  ['sarajevo', 'city', 'BA', 'Sarajevo', 'Sarajevo'],
  ['skopje', 'city', 'MK', 'Skopje', 'Skopje'],
  ['tirana', 'city', 'AL', 'Tirana', 'Tirana'],
  ['podgorica', 'city', 'ME', 'Podgorica', 'Podgorica'],
  ['pristina', 'city', 'XK', 'Pristina|Priština', 'Pristina'],
  ['chisinau', 'city', 'MD', 'Chișinău|Chisinau|Kischinau', 'Chișinău|Chisinau'],
  ['vilnius', 'city', 'LT', 'Vilnius|Wilna', 'Vilnius'],
  ['kaunas', 'city', 'LT', 'Kaunas', 'Kaunas'],
  ['druskininkai', 'city', 'LT', 'Druskininkai', 'Druskininkai'],
  ['riga', 'city', 'LV', 'Riga', 'Riga'],
  ['tallinn', 'city', 'EE', 'Tallinn|Reval', 'Tallinn'],
  ['narva', 'city', 'EE', 'Narva', 'Narva'],
  ['minsk', 'city', 'BY', 'Minsk', 'Minsk'],
  ['brest-by', 'city', 'BY', 'Brest', 'Brest'],
  ['grodno', 'city', 'BY', 'Grodno|Hrodna', 'Grodno|Hrodna'],
  ['kyiv', 'city', 'UA', 'Kiew|Kyjiw|Kyiv', 'Kyiv|Kiev'],
  ['kharkiv', 'city', 'UA', 'Charkiw|Charkow', 'Kharkiv|Kharkov'],
  ['odesa', 'city', 'UA', 'Odessa|Odesa', 'Odesa|Odessa'],
  ['lviv', 'city', 'UA', 'Lwiw|Lemberg', 'Lviv'],
  ['dnipro', 'city', 'UA', 'Dnipro', 'Dnipro'],
  ['donetsk', 'city', 'UA', 'Donezk', 'Donetsk'],
  ['luhansk', 'city', 'UA', 'Luhansk|Lugansk', 'Luhansk'],
  ['mariupol', 'city', 'UA', 'Mariupol', 'Mariupol'],
  ['kherson', 'city', 'UA', 'Cherson', 'Kherson'],
  ['zaporizhzhia', 'city', 'UA', 'Saporischschja', 'Zaporizhzhia'],
  ['sevastopol', 'city', 'UA', 'Sewastopol', 'Sevastopol'],
  ['moscow', 'city', 'RU', 'Moskau', 'Moscow'],
  ['st-petersburg', 'city', 'RU', 'Sankt Petersburg|St. Petersburg|Petersburg', 'St. Petersburg|Saint Petersburg'],
  ['kaliningrad', 'city', 'RU', 'Kaliningrad|Königsberg', 'Kaliningrad'],
  ['volgograd', 'city', 'RU', 'Wolgograd', 'Volgograd'],
  ['yekaterinburg', 'city', 'RU', 'Jekaterinburg', 'Yekaterinburg'],
  ['novosibirsk', 'city', 'RU', 'Nowosibirsk', 'Novosibirsk'],
  ['grozny', 'city', 'RU', 'Grosny', 'Grozny'],
  ['murmansk', 'city', 'RU', 'Murmansk', 'Murmansk'],
  ['belgorod', 'city', 'RU', 'Belgorod', 'Belgorod'],
  ['kursk', 'city', 'RU', 'Kursk', 'Kursk'],
  ['bryansk', 'city', 'RU', 'Brjansk', 'Bryansk'],
  ['smolensk', 'city', 'RU', 'Smolensk', 'Smolensk'],
  ['pskov', 'city', 'RU', 'Pskow', 'Pskov'],
  ['sochi', 'city', 'RU', 'Sotschi', 'Sochi'],
  ['kazan', 'city', 'RU', 'Kasan', 'Kazan'],
  ['vladivostok', 'city', 'RU', 'Wladiwostok', 'Vladivostok'],
  ['ankara', 'city', 'TR', 'Ankara', 'Ankara'],
  ['istanbul', 'city', 'TR', 'Istanbul', 'Istanbul'],
  ['tbilisi', 'city', 'GE', 'Tiflis|Tbilissi', 'Tbilisi'],
  ['yerevan', 'city', 'AM', 'Eriwan|Jerewan', 'Yerevan'],
  ['baku', 'city', 'AZ', 'Baku', 'Baku'],
  ['astana', 'city', 'KZ', 'Astana', 'Astana'],
  ['almaty', 'city', 'KZ', 'Almaty', 'Almaty'],
  ['tashkent', 'city', 'UZ', 'Taschkent', 'Tashkent'],
  ['bishkek', 'city', 'KG', 'Bischkek', 'Bishkek'],
  ['dushanbe', 'city', 'TJ', 'Duschanbe', 'Dushanbe'],
  ['ashgabat', 'city', 'TM', 'Aschgabat', 'Ashgabat'],
  // Rest of the world.
  ['washington', 'city', 'US', 'Washington', 'Washington'],
  ['new-york', 'city', 'US', 'New York', 'New York'],
  ['los-angeles', 'city', 'US', 'Los Angeles', 'Los Angeles'],
  ['chicago', 'city', 'US', 'Chicago', 'Chicago'],
  ['san-francisco', 'city', 'US', 'San Francisco', 'San Francisco'],
  ['ottawa', 'city', 'CA', 'Ottawa', 'Ottawa'],
  ['toronto', 'city', 'CA', 'Toronto', 'Toronto'],
  ['mexico-city', 'city', 'MX', 'Mexiko-Stadt', 'Mexico City'],
  ['brasilia', 'city', 'BR', 'Brasília|Brasilia', 'Brasília|Brasilia'],
  ['buenos-aires', 'city', 'AR', 'Buenos Aires', 'Buenos Aires'],
  ['beijing', 'city', 'CN', 'Peking', 'Beijing'],
  ['shanghai', 'city', 'CN', 'Shanghai', 'Shanghai'],
  ['hong-kong', 'city', 'HK', 'Hongkong', 'Hong Kong'],
  ['taipei', 'city', 'TW', 'Taipeh', 'Taipei'],
  ['tokyo', 'city', 'JP', 'Tokio', 'Tokyo'],
  ['seoul', 'city', 'KR', 'Seoul', 'Seoul'],
  ['pyongyang', 'city', 'KP', 'Pjöngjang', 'Pyongyang'],
  ['new-delhi', 'city', 'IN', 'Neu-Delhi', 'New Delhi'],
  ['islamabad', 'city', 'PK', 'Islamabad', 'Islamabad'],
  ['kabul', 'city', 'AF', 'Kabul', 'Kabul'],
  ['tehran', 'city', 'IR', 'Teheran', 'Tehran'],
  ['baghdad', 'city', 'IQ', 'Bagdad', 'Baghdad'],
  ['damascus', 'city', 'SY', 'Damaskus', 'Damascus'],
  ['beirut', 'city', 'LB', 'Beirut', 'Beirut'],
  ['jerusalem', 'city', 'IL', 'Jerusalem', 'Jerusalem'],
  ['tel-aviv', 'city', 'IL', 'Tel Aviv', 'Tel Aviv'],
  ['amman', 'city', 'JO', 'Amman', 'Amman'],
  ['riyadh', 'city', 'SA', 'Riad', 'Riyadh'],
  ['doha', 'city', 'QA', 'Doha', 'Doha'],
  ['dubai', 'city', 'AE', 'Dubai', 'Dubai'],
  ['abu-dhabi', 'city', 'AE', 'Abu Dhabi', 'Abu Dhabi'],
  ['cairo', 'city', 'EG', 'Kairo', 'Cairo'],
  ['nairobi', 'city', 'KE', 'Nairobi', 'Nairobi'],
  ['lagos', 'city', 'NG', 'Lagos', 'Lagos'],
  ['abuja', 'city', 'NG', 'Abuja', 'Abuja'],
  ['addis-ababa', 'city', 'ET', 'Addis Abeba', 'Addis Ababa'],
  ['johannesburg', 'city', 'ZA', 'Johannesburg', 'Johannesburg'],
  ['cape-town', 'city', 'ZA', 'Kapstadt', 'Cape Town'],
  ['canberra', 'city', 'AU', 'Canberra', 'Canberra'],
  ['sydney', 'city', 'AU', 'Sydney', 'Sydney'],
  // Regions.
  ['europe', 'region', '', 'Europa', 'Europe'],
  ['eastern-europe', 'region', '', 'Osteuropa', 'Eastern Europe'],
  ['western-europe', 'region', '', 'Westeuropa', 'Western Europe'],
  ['central-europe', 'region', '', 'Mitteleuropa|Zentraleuropa', 'Central Europe'],
  ['southern-europe', 'region', '', 'Südeuropa', 'Southern Europe'],
  ['northern-europe', 'region', '', 'Nordeuropa', 'Northern Europe'],
  ['southeastern-europe', 'region', '', 'Südosteuropa', 'Southeastern Europe|South-East Europe'],
  ['balkans', 'region', '', 'Balkan|Westbalkan', 'Balkans|Western Balkans'],
  ['baltics', 'region', '', 'Baltikum', 'Baltics|Baltic states'],
  ['scandinavia', 'region', '', 'Skandinavien', 'Scandinavia'],
  ['caucasus', 'region', '', 'Kaukasus|Südkaukasus', 'Caucasus|South Caucasus'],
  ['asia', 'region', '', 'Asien', 'Asia'],
  ['central-asia', 'region', '', 'Zentralasien', 'Central Asia'],
  ['africa', 'region', '', 'Afrika', 'Africa'],
  ['middle-east', 'region', '', 'Naher Osten|Nahen Osten|Nahost', 'Middle East'],
  ['latin-america', 'region', '', 'Lateinamerika', 'Latin America'],
  ['south-america', 'region', '', 'Südamerika', 'South America'],
  ['central-america', 'region', '', 'Mittelamerika|Zentralamerika', 'Central America'],
  ['north-america', 'region', '', 'Nordamerika', 'North America'],
  ['arctic', 'region', '', 'Arktis', 'Arctic'],
  ['crimea', 'region', 'UA', 'Krim', 'Crimea'],
  ['donbas', 'region', 'UA', 'Donbass|Donbas', 'Donbas|Donbass'],
  ['eastern-ukraine', 'region', 'UA', 'Ostukraine', 'East Ukraine'],
  ['western-ukraine', 'region', 'UA', 'Westukraine', 'West Ukraine'],
  ['siberia', 'region', 'RU', 'Sibirien', 'Siberia'],
  ['chechnya', 'region', 'RU', 'Tschetschenien', 'Chechnya'],
  ['transnistria', 'region', 'MD', 'Transnistrien', 'Transnistria'],
  ['abkhazia', 'region', 'GE', 'Abchasien', 'Abkhazia'],
  ['south-ossetia', 'region', 'GE', 'Südossetien', 'South Ossetia'],
  ['nagorno-karabakh', 'region', 'AZ', 'Bergkarabach|Berg-Karabach', 'Nagorno-Karabakh'],
  ['suwalki-gap', 'region', '', 'Suwalki-Lücke', 'Suwalki Gap'],
  ['kurdistan', 'region', '', 'Kurdistan', 'Kurdistan'],
  ['west-bank', 'region', 'PS', 'Westjordanland', 'West Bank'],
  ['gaza', 'region', 'PS', 'Gazastreifen|Gaza', 'Gaza Strip|Gaza'],
  ['tibet', 'region', 'CN', 'Tibet', 'Tibet'],
  ['xinjiang', 'region', 'CN', 'Xinjiang', 'Xinjiang'],
  ['bavaria', 'region', 'DE', 'Bayern', 'Bavaria'],
  ['saxony', 'region', 'DE', 'Sachsen', 'Saxony'],
  ['thuringia', 'region', 'DE', 'Thüringen', 'Thuringia'],
  ['brandenburg', 'region', 'DE', 'Brandenburg', 'Brandenburg'],
  ['hesse', 'region', 'DE', 'Hessen', 'Hesse'],
  ['north-rhine-westphalia', 'region', 'DE', 'Nordrhein-Westfalen', 'North Rhine-Westphalia'],
  ['baden-wurttemberg', 'region', 'DE', 'Baden-Württemberg', 'Baden-Württemberg'],
  ['lower-saxony', 'region', 'DE', 'Niedersachsen', 'Lower Saxony'],
  ['schleswig-holstein', 'region', 'DE', 'Schleswig-Holstein', 'Schleswig-Holstein'],
  ['mecklenburg-vorpommern', 'region', 'DE', 'Mecklenburg-Vorpommern', 'Mecklenburg-Western Pomerania'],
  ['rhineland-palatinate', 'region', 'DE', 'Rheinland-Pfalz', 'Rhineland-Palatinate'],
  ['saarland', 'region', 'DE', 'Saarland', 'Saarland'],
  ['saxony-anhalt', 'region', 'DE', 'Sachsen-Anhalt', 'Saxony-Anhalt'],
  ['tyrol', 'region', 'AT', 'Tirol', 'Tyrol'],
  ['california', 'region', 'US', 'Kalifornien', 'California'],
  ['texas', 'region', 'US', 'Texas', 'Texas'],
  ['florida', 'region', 'US', 'Florida', 'Florida'],
  ['scotland', 'region', 'GB', 'Schottland', 'Scotland'],
  ['wales', 'region', 'GB', 'Wales', 'Wales'],
  ['england', 'region', 'GB', 'England', 'England'],
  ['northern-ireland', 'region', 'GB', 'Nordirland', 'Northern Ireland'],
  ['catalonia', 'region', 'ES', 'Katalonien', 'Catalonia'],
  ['silesia', 'region', 'PL', 'Schlesien', 'Silesia'],
  ['masuria', 'region', 'PL', 'Masuren', 'Masuria'],
  // British cities.
  ['leeds', 'city', 'GB', 'Leeds', 'Leeds'],
  ['sheffield', 'city', 'GB', 'Sheffield', 'Sheffield'],
  ['bradford', 'city', 'GB', 'Bradford', 'Bradford'],
  ['liverpool', 'city', 'GB', 'Liverpool', 'Liverpool'],
  ['birmingham', 'city', 'GB', 'Birmingham', 'Birmingham'],
  ['bristol', 'city', 'GB', 'Bristol', 'Bristol'],
  ['newcastle', 'city', 'GB', 'Newcastle', 'Newcastle|Newcastle upon Tyne'],
  ['nottingham', 'city', 'GB', 'Nottingham', 'Nottingham'],
  ['leicester', 'city', 'GB', 'Leicester', 'Leicester'],
  ['cardiff', 'city', 'GB', 'Cardiff', 'Cardiff'],
  ['glasgow', 'city', 'GB', 'Glasgow', 'Glasgow'],
  ['belfast', 'city', 'GB', 'Belfast', 'Belfast'],
  ['aberdeen', 'city', 'GB', 'Aberdeen', 'Aberdeen'],
  ['dundee', 'city', 'GB', 'Dundee', 'Dundee'],
  ['southampton', 'city', 'GB', 'Southampton', 'Southampton'],
  ['plymouth', 'city', 'GB', 'Plymouth', 'Plymouth'],
  ['brighton', 'city', 'GB', 'Brighton', 'Brighton'],
  ['oxford', 'city', 'GB', 'Oxford', 'Oxford'],
  ['cambridge', 'city', 'GB', 'Cambridge', 'Cambridge'],
  ['coventry', 'city', 'GB', 'Coventry', 'Coventry'],
  ['swansea', 'city', 'GB', 'Swansea', 'Swansea'],
  ['inverness', 'city', 'GB', 'Inverness', 'Inverness'],
  ['norwich', 'city', 'GB', 'Norwich', 'Norwich'],
  ['exeter', 'city', 'GB', 'Exeter', 'Exeter'],
  ['portsmouth', 'city', 'GB', 'Portsmouth', 'Portsmouth'],
  ['utrecht', 'city', 'NL', 'Utrecht', 'Utrecht'],
  ['groningen', 'city', 'NL', 'Groningen', 'Groningen'],
  ['eindhoven', 'city', 'NL', 'Eindhoven', 'Eindhoven'],
  // Ports and towns of France, Belgium and South Tyrol that travel and trade reports name.
  ['calais', 'city', 'FR', 'Calais', 'Calais'],
  ['le-havre', 'city', 'FR', 'Le Havre', 'Le Havre'], ['roscoff', 'city', 'FR', 'Roscoff', 'Roscoff'],
  ['dunkirk', 'city', 'FR', 'Dünkirchen', 'Dunkirk'], ['caen', 'city', 'FR', 'Caen', 'Caen'], ['rennes', 'city', 'FR', 'Rennes', 'Rennes'],
  ['dieppe', 'city', 'FR', 'Dieppe', 'Dieppe'], ['montpellier', 'city', 'FR', 'Montpellier', 'Montpellier'],
  ['metz', 'city', 'FR', 'Metz', 'Metz'], ['reims', 'city', 'FR', 'Reims', 'Reims'],
  ['dijon', 'city', 'FR', 'Dijon', 'Dijon'], ['grenoble', 'city', 'FR', 'Grenoble', 'Grenoble'],
  ['ostend', 'city', 'BE', 'Ostende', 'Ostend'], ['zeebrugge', 'city', 'BE', 'Zeebrügge', 'Zeebrugge'],
  ['brunico', 'city', 'IT', 'Bruneck', 'Brunico|Bruneck'],
  ['toulouse', 'city', 'FR', 'Toulouse', 'Toulouse'],
  ['lille', 'city', 'FR', 'Lille', 'Lille'],
  ['nantes', 'city', 'FR', 'Nantes', 'Nantes'],
  ['bergen-no', 'city', 'NO', 'Bergen', 'Bergen'],
  ['malmo', 'city', 'SE', 'Malmö', 'Malmö|Malmo'],
  ['aarhus', 'city', 'DK', 'Aarhus', 'Aarhus'],
  ['bilbao', 'city', 'ES', 'Bilbao', 'Bilbao'],
  // Central European towns and regions with a traditional German exonym.
  ['plzen', 'city', 'CZ', 'Pilsen|Plzeň', 'Plzeň|Plzen|Pilsen'],
  ['brno', 'city', 'CZ', 'Brünn|Brno', 'Brno'],
  ['olomouc', 'city', 'CZ', 'Olmütz|Olomouc', 'Olomouc'],
  ['ostrava', 'city', 'CZ', 'Ostrau|Ostrava', 'Ostrava'],
  ['ceske-budejovice', 'city', 'CZ', 'Budweis|České Budějovice', 'České Budějovice|Ceske Budejovice'],
  ['karlovy-vary', 'city', 'CZ', 'Karlsbad|Karlovy Vary', 'Karlovy Vary'],
  ['liberec', 'city', 'CZ', 'Reichenberg|Liberec', 'Liberec'],
  ['szczecin', 'city', 'PL', 'Stettin|Szczecin', 'Szczecin'],
  ['katowice', 'city', 'PL', 'Kattowitz|Katowice', 'Katowice'],
  ['opole', 'city', 'PL', 'Oppeln|Opole', 'Opole'],
  ['gliwice', 'city', 'PL', 'Gleiwitz|Gliwice', 'Gliwice'],
  ['legnica', 'city', 'PL', 'Liegnitz|Legnica', 'Legnica'],
  ['olsztyn', 'city', 'PL', 'Allenstein|Olsztyn', 'Olsztyn'],
  ['bydgoszcz', 'city', 'PL', 'Bromberg|Bydgoszcz', 'Bydgoszcz'],
  ['torun', 'city', 'PL', 'Thorn|Toruń|Torun', 'Toruń|Torun'],
  ['kosice', 'city', 'SK', 'Kaschau|Košice', 'Košice|Kosice'],
  ['sibiu', 'city', 'RO', 'Hermannstadt|Sibiu', 'Sibiu'],
  ['cluj-napoca', 'city', 'RO', 'Klausenburg|Cluj-Napoca|Cluj', 'Cluj-Napoca|Cluj'],
  ['brasov', 'city', 'RO', 'Kronstadt|Brașov|Brasov', 'Brașov|Brasov'],
  ['timisoara', 'city', 'RO', 'Temeswar|Timișoara|Timisoara', 'Timișoara|Timisoara'],
  ['maribor', 'city', 'SI', 'Maribor|Marburg an der Drau', 'Maribor'],
  ['pecs', 'city', 'HU', 'Fünfkirchen|Pécs', 'Pécs|Pecs'],
  ['sopron', 'city', 'HU', 'Ödenburg|Sopron', 'Sopron'],
  ['gyor', 'city', 'HU', 'Raab|Győr', 'Győr|Gyor'],
  ['szeged', 'city', 'HU', 'Szeged|Szegedin', 'Szeged'],
  ['debrecen', 'city', 'HU', 'Debrecen|Debreczin', 'Debrecen'],
  ['bolzano', 'city', 'IT', 'Bozen', 'Bolzano'],
  ['trento', 'city', 'IT', 'Trient', 'Trento'],
  ['mulhouse', 'city', 'FR', 'Mülhausen', 'Mulhouse'],
  ['haguenau', 'city', 'FR', 'Hagenau', 'Haguenau'],
  ['colmar', 'city', 'FR', 'Colmar', 'Colmar'],
  ['liege', 'city', 'BE', 'Lüttich', 'Liège|Liege'],
  ['leuven', 'city', 'BE', 'Löwen|Leuven', 'Leuven'],
  ['bruges', 'city', 'BE', 'Brügge', 'Bruges'],
  ['apulia', 'region', 'IT', 'Apulien', 'Apulia'],
  ['veneto', 'region', 'IT', 'Venetien', 'Veneto'],
  ['lorraine', 'region', 'FR', 'Lothringen', 'Lorraine'],
  ['bohemia', 'region', 'CZ', 'Böhmen', 'Bohemia'],
  ['moravia', 'region', 'CZ', 'Mähren', 'Moravia'],
  ['pomerania', 'region', 'PL', 'Pommern', 'Pomerania'],
  ['transylvania', 'region', 'RO', 'Siebenbürgen', 'Transylvania'],
];

/** Names that are also words or given names; they count as places only after a place preposition. */
const AMBIGUOUS: Readonly<Record<string, readonly string[]>> = {
  essen: ['Essen'],
  halle: ['Halle'],
  sofia: ['Sofia'],
  'brest-by': ['Brest'],
  JO: ['Jordan'],
  TD: ['Chad', 'Tschad'],
  GE: ['Georgia'],
  NE: ['Niger'],
  JE: ['Jersey'],
  torun: ['Thorn'],
  'bergen-no': ['Bergen'],
  gyor: ['Raab'],
  leuven: ['Löwen'],
  colmar: ['Colmar'],
};

/** Aliases the library does not have, and canonical names where its choice does not suit news text. */
const COUNTRY_EXTRAS: Readonly<Record<string, { readonly de?: readonly string[]; readonly en?: readonly string[] }>> = {
  BY: { de: ['Belarus', 'Weißrussland', 'Weissrussland'], en: ['Belarus', 'Byelorussia'] },
  RU: { de: ['Russland'], en: ['Russia'] },
  US: { de: ['USA', 'Vereinigte Staaten', 'Vereinigten Staaten', 'Amerika', 'US'], en: ['United States', 'US', 'U.S', 'U.S.A', 'USA', 'America'] },
  GB: { de: ['Großbritannien', 'Vereinigtes Königreich', 'Vereinigten Königreich', 'Vereinigten Königreichs', 'Britannien'], en: ['United Kingdom', 'Britain', 'Great Britain', 'UK', 'U.K'] },
  NL: { de: ['Niederlande', 'Niederlanden', 'Holland'], en: ['Netherlands', 'Holland'] },
  CZ: { de: ['Tschechien', 'Tschechische Republik', 'Tschechischen Republik'], en: ['Czech Republic', 'Czechia'] },
  // The official German short name; "Moldau" alone is also the river Vltava.
  MD: { de: ['Republik Moldau', 'Moldau', 'Moldawien'], en: ['Moldova'] },
  SY: { de: ['Syrien'], en: ['Syria'] },
  KR: { de: ['Südkorea'], en: ['South Korea'] },
  KP: { de: ['Nordkorea'], en: ['North Korea'] },
  IR: { de: ['Iran'], en: ['Iran'] },
  VA: { de: ['Vatikan'], en: ['Vatican'] },
  TR: { de: ['Türkei'], en: ['Turkey', 'Türkiye'] },
  CN: { de: ['China', 'Volksrepublik China'], en: ['China'] },
  TW: { en: ['Taiwan'] },
  PS: { de: ['Palästina', 'Palästinensergebiete'], en: ['Palestine'] },
  MK: { de: ['Nordmazedonien'], en: ['North Macedonia'] },
  LA: { en: ['Laos'] },
  FM: { en: ['Micronesia'] },
  BO: { en: ['Bolivia'] },
  VE: { en: ['Venezuela'] },
  TZ: { en: ['Tanzania'] },
  VN: { en: ['Vietnam'] },
  AE: { de: ['Vereinigte Arabische Emirate', 'Vereinigten Arabischen Emiraten', 'Emirate'], en: ['United Arab Emirates', 'UAE'] },
  CH: { de: ['Schweiz'], en: ['Switzerland'] },
  CI: { de: ['Elfenbeinküste'], en: ['Ivory Coast', 'Côte d’Ivoire'] },
  XK: { de: ['Kosovo'], en: ['Kosovo'] },
  UA: { de: ['Ukraine'], en: ['Ukraine'] },
  DE: { de: ['Deutschland', 'Bundesrepublik'], en: ['Germany'] },
  PH: { de: ['Philippinen'], en: ['Philippines'] },
};

function namesOf(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' ? [value] : [...value]).filter((name) => !name.includes(','));
}

/** Prefers a short everyday name: no comma, not an all-capital abbreviation. */
function canonicalCountryName(names: readonly string[]): string | undefined {
  const everyday = names.filter((n) => !/^[\p{Lu}.]+$/u.test(n));
  return everyday.sort((a, b) => a.length - b.length)[0];
}

function countryEntries(): GazetteerEntry[] {
  const de = countriesDe.countries as Record<string, string | string[]>;
  const en = countriesEn.countries as Record<string, string | string[]>;
  const entries: GazetteerEntry[] = [];
  for (const code of Object.keys(en)) {
    const extra = COUNTRY_EXTRAS[code];
    const deNames = unique([...(extra?.de ?? []), ...namesOf(de[code])]);
    const enNames = unique([...(extra?.en ?? []), ...namesOf(en[code])]);
    const deCanonical = extra?.de?.[0] ?? canonicalCountryName(deNames) ?? deNames[0];
    const enCanonical = extra?.en?.[0] ?? canonicalCountryName(enNames) ?? enNames[0];
    if (!deCanonical || !enCanonical) continue;
    entries.push({
      id: code,
      kind: 'country',
      country: code,
      de: unique([deCanonical, ...deNames]),
      en: unique([enCanonical, ...enNames]),
      ambiguous: AMBIGUOUS[code],
    });
  }
  return entries;
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}

let cached: readonly GazetteerEntry[] | undefined;

/** Every place the recogniser knows, countries first. */
export function gazetteer(): readonly GazetteerEntry[] {
  if (!cached) {
    // Regions and towns from regions.ts, unless the main table already has the name.
    const known = new Set(ROWS.flatMap(([, , , de, en]) => [...de.split('|'), ...en.split('|')]));
    const extra = regionRows().filter(([, , , de]) => !de.split('|').some((name) => known.has(name)));
    const ambiguity: Readonly<Record<string, readonly string[]>> = { ...AMBIGUOUS, ...AMBIGUOUS_REGIONS };
    const places: GazetteerEntry[] = [...ROWS, ...extra].map(([id, kind, country, de, en]) => ({
      id,
      kind,
      ...(country ? { country } : {}),
      de: de.split('|'),
      en: en.split('|'),
      ambiguous: ambiguity[id],
    }));
    cached = [...countryEntries(), ...places];
  }
  return cached;
}

let countriesByCode: ReadonlyMap<string, GazetteerEntry> | undefined;

/** The name of a country by its ISO 3166-1 alpha-2 code, in German or English. */
export function countryName(code: string, language: 'de' | 'en'): string | undefined {
  countriesByCode ??= new Map(gazetteer().filter((e) => e.kind === 'country').map((e) => [e.id, e]));
  const entry = countriesByCode.get(code);
  return entry ? (language === 'de' ? entry.de[0] : entry.en[0]) : undefined;
}
