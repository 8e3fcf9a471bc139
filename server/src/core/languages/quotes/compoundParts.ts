/**
 * German compounds are matched to a translation through their parts
 * ("Grenzkontrollen" = "Grenz" + "kontrollen" = "border controls"). A word
 * that merely ends in a known word after one of these prefixes is a derived
 * verb or noun, not a compound: "Verantwortung" is not an "Antwort",
 * "Vorschlag" not a "Schlag".
 */
export const GERMAN_NON_MODIFIERS: ReadonlySet<string> = new Set([
  'ab', 'an', 'auf', 'aus', 'be', 'bei', 'da', 'dar', 'durch', 'ein', 'emp', 'ent', 'er', 'fort', 'ge', 'her', 'hin', 'miss',
  'mit', 'nach', 'um', 'un', 'unter', 'ur', 'ver', 'vor', 'weg', 'wider', 'wieder', 'zer', 'zu', 'zurück', 'zusammen', 'über',
  'heraus', 'herum', 'hinaus', 'voran', 'vorbei', 'entgegen', 'gegen', 'los', 'ob', 'anti', 'bereit', 'statt', 'teil', 'fest',
]);

/** Linking letters between the parts of a compound ("Arbeit-s-markt", "Klima-ziele", "Sonne-n-energie"). */
export const GERMAN_LINKING_ENDINGS: readonly string[] = ['s', 'es', 'n', 'en', 'e', 'er'];
