/**
 * Shapes of place names the gazetteer cannot list one by one: Romance names
 * opened by a saint or an article ("San Pedro de Atacama", "La Serena"),
 * English landscape nouns after a name ("the Atacama Desert"), German compass
 * prefixes before a known place ("Nordwestschweiz") and German landscapes in
 * "-land" ("Markgräflerland"). No place is listed here.
 */

/** First words of Spanish, Portuguese and Italian place names: "San Pedro", "São Paulo", "Puerto Montt". */
export const ROMANCE_PLACE_OPENERS: ReadonlySet<string> = new Set(['san', 'santa', 'santo', 'são', 'puerto', 'porto', 'ciudad', 'villa']);

/** Lower-case joints inside Romance place names: "San Pedro de Atacama", "Santiago del Estero". */
export const ROMANCE_PLACE_JOINTS: ReadonlySet<string> = new Set(['de', 'del', 'do', 'da', 'dos', 'das', 'di']);

/** Spanish articles that open place names after a place preposition: "from La Serena", "auf La Palma". */
export const ROMANCE_PLACE_ARTICLES: ReadonlySet<string> = new Set(['la', 'las', 'los']);

/** English landscape nouns that close a place name: "the Atacama Desert", "the Rocky Mountains". */
export const ENGLISH_LANDSCAPE_NOUNS: ReadonlySet<string> = new Set([
  'desert', 'mountains', 'valley', 'peninsula', 'island', 'islands', 'plateau', 'basin', 'highlands', 'lowlands',
  'hills', 'range', 'forest', 'glacier', 'archipelago', 'steppe',
]);

/** German compass prefixes of regions named after a country or region: "Nordwestschweiz", "Westmünsterland", "Ostanatolien". */
export const GERMAN_COMPASS_PREFIXES: readonly string[] = ['nordwest', 'nordost', 'südwest', 'südost', 'nord', 'süd', 'ost', 'west', 'mittel', 'zentral'];

/** German common nouns in "-land", which name no landscape ("im Ausland", "ins Umland", "im Bundesland"). */
export const GERMAN_LAND_NOUNS: ReadonlySet<string> = new Set([
  'ausland', 'inland', 'umland', 'hinterland', 'heimatland', 'vaterland', 'mutterland', 'festland', 'neuland',
  'niemandsland', 'gastland', 'geburtsland', 'herkunftsland', 'zielland', 'drittland', 'nachbarland', 'partnerland',
  'bundesland', 'entwicklungsland', 'schwellenland', 'industrieland', 'agrarland', 'ackerland', 'bauland', 'grünland',
  'weideland', 'brachland', 'ödland', 'flachland', 'hochland', 'tiefland', 'bergland', 'hügelland', 'unterland',
  'oberland', 'heideland', 'wunderland', 'märchenland', 'abendland', 'morgenland', 'binnenland', 'mitgliedsland',
  'erzeugerland', 'exportland', 'importland', 'transitland', 'urlaubsland', 'reiseland', 'einwanderungsland',
  'durchgangsland', 'kernland', 'kulturland', 'sumpfland', 'moorland', 'marschland', 'küstenland', 'grenzland',
  'freiland', 'ferienland', 'traumland', 'spielland', 'schlaraffenland', 'euroland', 'ursprungsland', 'fluchtland',
  'aufnahmeland', 'gläubigerland', 'schuldnerland', 'geberland', 'empfängerland', 'anrainerland', 'heimland',
]);

/** Abbreviated and full German and English saints that open town names: "St. Gallen", "Sankt Augustin", "St. Albans". */
export const SAINT_PLACE_OPENERS: ReadonlySet<string> = new Set(['st', 'sankt']);

/** German landscape words that close the name of a valley or a forest after a place's "-er" form: "Zillertal", "Bregenzerwald". */
export const GERMAN_LANDSCAPE_ENDINGS: readonly string[] = ['tal', 'wald'];
