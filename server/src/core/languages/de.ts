/**
 * German language knowledge, as data.
 */
import type { LanguageProfile } from './profile';

const monthAbbreviations = ['jan', 'feb', 'febr', 'mär', 'apr', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez'];

/** Stems of reporting verbs, each listed in the forms that news text uses. */
const reportingVerbForms: readonly (readonly string[])[] = [
  ['sagte', 'sagten', 'sagt', 'sagen', 'sage', 'gesagt'],
  ['erklärte', 'erklärten', 'erklärt', 'erklären'],
  ['betonte', 'betonten', 'betont', 'betonen'],
  ['ergänzte', 'ergänzten', 'ergänzt', 'ergänzen'],
  ['meinte', 'meinten', 'meint', 'meinen'],
  // "fügte … hinzu", "teilte … mit", "räumte … ein": the particle comes later.
  ['fügte', 'fügten', 'fügt', 'hinzugefügt'],
  ['teilte', 'teilten', 'teilt', 'mitgeteilt'],
  ['räumte', 'räumten', 'räumt', 'eingeräumt'],
  ['stellte', 'stellten', 'stellt', 'klargestellt'],
  ['kündigte', 'kündigten', 'kündigt', 'angekündigt'],
  ['fasste', 'fassten', 'fasst', 'zusammengefasst'],
  ['warnte', 'warnten', 'warnt', 'warnen', 'gewarnt'],
  ['kritisierte', 'kritisierten', 'kritisiert', 'kritisieren'],
  ['unterstrich', 'unterstrichen', 'unterstreicht'],
  ['bekräftigte', 'bekräftigten', 'bekräftigt'],
  ['kommentierte', 'kommentierten', 'kommentiert'],
  ['versicherte', 'versicherten', 'versichert'],
  ['fragte', 'fragten', 'fragt', 'gefragt'],
  ['antwortete', 'antworteten', 'antwortet', 'geantwortet'],
  ['berichtete', 'berichteten', 'berichtet'],
  ['erläuterte', 'erläuterten', 'erläutert'],
  ['verkündete', 'verkündeten', 'verkündet'],
  ['bestätigte', 'bestätigten', 'bestätigt'],
  ['forderte', 'forderten', 'fordert', 'gefordert'],
  ['mahnte', 'mahnten', 'mahnt', 'gemahnt'],
  ['schrieb', 'schrieben', 'schreibt', 'geschrieben'],
  ['twitterte', 'twitterten', 'twittert', 'getwittert'],
  ['erinnerte', 'erinnerten', 'erinnert'],
  ['behauptete', 'behaupteten', 'behauptet'],
  ['argumentierte', 'argumentierten', 'argumentiert'],
  ['versprach', 'versprachen', 'verspricht', 'versprochen'],
  ['sprach', 'sprachen', 'spricht', 'gesprochen'],
  ['rief', 'riefen', 'ruft', 'gerufen'],
  ['äußerte', 'äußerten', 'äußert', 'geäußert'],
  ['beklagte', 'beklagten', 'beklagt'],
  ['lobte', 'lobten', 'lobt', 'gelobt'],
  ['zitierte', 'zitierten', 'zitiert'],
  ['bemerkte', 'bemerkten', 'bemerkt'],
  ['wiederholte', 'wiederholten', 'wiederholt'],
  ['beteuerte', 'beteuerten', 'beteuert'],
  ['entgegnete', 'entgegneten', 'entgegnet'],
  ['erwiderte', 'erwiderten', 'erwidert'],
  ['konstatierte', 'konstatierten', 'konstatiert'],
  ['resümierte', 'resümierten', 'resümiert'],
  ['präzisierte', 'präzisierten', 'präzisiert'],
  ['verwies', 'verwiesen', 'verweist'],
  ['hieß', 'heißt'],
];

export const german: LanguageProfile = {
  code: 'de',
  abbreviations: [
    // Multi-part abbreviations, spaced and unspaced.
    'z. B', 'z.B', 'u. a', 'u.a', 'd. h', 'd.h', 'v. a', 'v.a', 'z. T', 'z.T', 'o. ä', 'o.ä', 'u. ä', 'u.ä',
    'i. d. R', 'i.d.R', 'u. U', 'u.U', 's. o', 's. u', 'a. D', 'a.D', 'o. g', 'o.g', 'm. E', 'u. v. m', 'u.v.m',
    'v. Chr', 'v.Chr', 'n. Chr', 'n.Chr', 'U.S', 'U.S.A', 'U.K',
    // Titles and forms of address.
    'Dr', 'Prof', 'Dipl', 'Ing', 'Hr', 'Fr', 'Hl', 'St', 'Mr', 'Mrs', 'Ms', 'Abg',
    // References into texts and laws.
    'Nr', 'Art', 'Abs', 'S', 'Bd', 'Kap', 'Ziff', 'vgl', 'Hrsg', 'zit', 'lt',
    // Quantities and units.
    'ca', 'Mio', 'Mrd', 'Tsd', 'Std', 'Min', 'Sek', 'Jh', 'Jhd', 'Tel', 'Str',
    // Words.
    'bzw', 'usw', 'etc', 'ggf', 'evtl', 'inkl', 'exkl', 'zzgl', 'bspw', 'sog', 'ehem', 'geb', 'gest',
    'gem', 'allg', 'bzgl', 'einschl', 'entspr', 'dt', 'engl', 'frz', 'jr', 'sen',
    ...monthAbbreviations,
  ],
  numberAbbreviations: ['Art', 'S', 'jan'],
  sentenceFinalAbbreviations: ['usw', 'etc', 'o. ä', 'o.ä', 'u. ä', 'u.ä', 'u. v. m', 'u.v.m', 'v. Chr', 'v.Chr', 'n. Chr', 'n.Chr'],
  months: [
    'januar', 'jänner', 'februar', 'feber', 'märz', 'maerz', 'april', 'mai', 'juni', 'juli', 'august',
    'september', 'oktober', 'november', 'dezember',
    ...monthAbbreviations,
  ],
  ordinalNouns: [
    'jahrhundert', 'jahrhunderts', 'jahrtausend', 'jahrtausends', 'jahrzehnt', 'jahrzehnts',
    'mal', 'male', 'platz', 'platzes', 'rang', 'stelle', 'stock', 'stocks', 'stockwerk', 'etage',
    'klasse', 'jahrestag', 'jahrestags', 'jahrestages', 'lebensjahr', 'lebensjahrs', 'lebensjahres',
    'geburtstag', 'geburtstags', 'geburtstages', 'todestag', 'todestags', 'todestages',
    'runde', 'quartal', 'quartals', 'halbjahr', 'halbjahrs', 'halbjahres', 'spieltag', 'spieltags', 'spieltages',
    'tag', 'tages', 'woche', 'monat', 'monats', 'jahr', 'jahres', 'sitzung', 'sitzungstag', 'verhandlungstag',
    'weltkrieg', 'weltkriegs', 'weltkrieges', 'liga', 'bundesliga', 'fc', 'sv', 'fsv',
    'etappe', 'durchgang', 'wahlgang', 'lesung', 'auflage', 'ausgabe', 'kapitel', 'akt', 'satz', 'absatz',
    'stufe', 'grad', 'grades', 'ordnung', 'generation', 'semester', 'teil', 'band', 'folge', 'staffel',
    'welle', 'impfung', 'dosis', 'amtszeit', 'legislaturperiode', 'parteitag', 'gipfel', 'advent',
  ],
  ordinalLeadWords: [
    'am', 'im', 'zum', 'zur', 'vom', 'beim', 'ins', 'bis', 'seit', 'ab', 'vor', 'nach', 'zwischen',
    'der', 'die', 'das', 'des', 'dem', 'den', 'jeder', 'jede', 'jedes', 'jedem', 'jeden',
    'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'ihrem', 'ihren', 'ihrer', 'seinem', 'seinen', 'seiner',
    'unserem', 'unseren', 'unserer',
  ],
  reportingVerbs: reportingVerbForms.flat(),
  speakerPronouns: ['er', 'sie'],
  // "zufolge" and "laut" attribute a quotation but are not verbs.
  attributionWords: ['so', 'zufolge', 'laut'],
};
