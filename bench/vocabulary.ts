/**
 * Word lists for the synthetic corpus: invented people, places and outlets,
 * sentence parts and scrape-noise lines, in German and English. Everything is
 * made up for the benchmark; the lists are small and the generator combines
 * them, so the corpus has a realistic spread of rare and common words.
 */

export type BenchLanguage = 'de' | 'en';

export const FIRST_NAMES = [
  'Henrike', 'Jonas', 'Marlene', 'Tomasz', 'Irina', 'Wadim', 'Sabine', 'Lorenz', 'Greta', 'Anselm',
  'Ilka', 'Benedikt', 'Ronja', 'Kasimir', 'Thea', 'Malte', 'Vesna', 'Oskar', 'Frauke', 'Emil',
  'Nadja', 'Till', 'Leonore', 'Jaromir', 'Svenja', 'Quirin', 'Agnieszka', 'Bastian', 'Mirela', 'Konrad',
  'Harriet', 'Declan', 'Imogen', 'Rupert', 'Niamh', 'Callum', 'Priya', 'Desmond', 'Eleanor', 'Gareth',
];

const SURNAME_STEMS = [
  'Vollm', 'Hartw', 'Feldh', 'Kranz', 'Berend', 'Ostrow', 'Lindqu', 'Wierzb', 'Hallm', 'Tessen',
  'Gruber', 'Mahlk', 'Sonnt', 'Kettel', 'Brink', 'Scharn', 'Dornb', 'Rieml', 'Eckh', 'Pfeil',
  'Ashb', 'Crom', 'Penh', 'Thornb', 'Wexl', 'Marsd', 'Haldr', 'Quenn', 'Rossk', 'Zell',
];
const SURNAME_ENDINGS = ['er', 'ing', 'mann', 'ow', 'ski', 'ers', 'ke', 'inger', 'ton', 'ley', 'holt', 'rich'];

/** Surnames from stems and endings: 360 of them, enough for several hundred recurring people. */
export const SURNAMES = SURNAME_STEMS.flatMap((stem) => SURNAME_ENDINGS.map((ending) => stem + ending));

export const ROLES: Record<BenchLanguage, readonly string[]> = {
  de: ['Bürgermeisterin', 'Bürgermeister', 'Ministerin', 'Minister', 'Sprecherin', 'Sprecher', 'Abgeordnete', 'Landrat',
    'Gewerkschaftschefin', 'Verbandspräsident', 'Staatssekretärin', 'Fraktionschef', 'Polizeisprecher', 'Stadträtin'],
  en: ['Mayor', 'Minister', 'spokeswoman', 'spokesman', 'Senator', 'councillor', 'union leader', 'chief executive',
    'Secretary', 'party leader', 'police spokesman', 'commissioner'],
};

const PLACE_STEMS = ['Alt', 'Birk', 'Eschen', 'Falken', 'Grün', 'Hohen', 'Kalt', 'Linden', 'Marien', 'Neu', 'Ober', 'Rosen',
  'Sand', 'Stein', 'Tann', 'Wald', 'Weiden', 'Wolfs', 'Ash', 'Brook', 'Elm', 'Hart', 'Kings', 'Mill', 'North', 'Oak'];
const PLACE_ENDINGS = ['berg', 'hausen', 'stadt', 'dorf', 'au', 'feld', 'heim', 'brück', 'ford', 'bury', 'ton', 'wick'];

/** Invented towns, plus a few real capitals as the samples have them. */
export const PLACES = [
  ...PLACE_STEMS.flatMap((stem) => PLACE_ENDINGS.map((ending) => stem + ending)),
  'Berlin', 'Wien', 'Genf', 'Brüssel', 'Warschau', 'Prag', 'London', 'Dublin',
];

/** Organisations, in German in the genitive with its article ("nach Angaben des …"). */
export const ORGANISATIONS: Record<BenchLanguage, readonly string[]> = {
  de: ['des Bündnisses für Stadtentwicklung', 'des Landesamts für Wasserwirtschaft', 'des Verbands der Hafenbetriebe',
    'der Nordischen Energieagentur', 'des Instituts für Verkehrsforschung', 'der Gewerkschaft Bahn und Bus', 'der Kammer der Landwirte'],
  en: ['Harbour Authority', 'Regional Transport Board', 'Council of Northern Towns', 'Institute for Water Studies', 'Tenants Association'],
};

export const OUTLETS: Record<BenchLanguage, readonly string[]> = {
  de: ['Abendkurier Nord', 'Rheinblick Online', 'Der Landbote', 'Westfalen-Echo', 'Nachrichtenwerk', 'Stadtanzeiger Süd',
    'Morgenblatt', 'Kurier am Sonntag', 'Tagesfenster', 'Lausitzer Stimme'],
  en: ['Harbour Tribune', 'Midland Chronicle', 'Coastal Post', 'Evening Dispatch', 'Northern Record', 'Valley Gazette'],
};

export const AGENCIES: Record<BenchLanguage, readonly string[]> = {
  de: ['dpa', 'afp', 'rtr', 'epd', 'kna', 'dpa/afp'],
  en: ['Reuters', 'AP', 'AFP', 'PA'],
};

const NOUN_PREFIXES = ['Hafen', 'Wasser', 'Schul', 'Bahn', 'Energie', 'Wohnungs', 'Renten', 'Klinik', 'Straßen', 'Wald',
  'Grenz', 'Steuer', 'Kita', 'Brücken', 'Müll', 'Strom', 'Polizei', 'Bau', 'Land', 'Kultur', 'Miet', 'Fähr', 'Deich', 'Markt'];
/** Feminine heads only, so that every compound takes "die" and "der". */
const NOUN_HEADS = ['reform', 'abgabe', 'verordnung', 'prüfung', 'förderung', 'sanierung', 'krise', 'debatte', 'studie',
  'planung', 'umlage', 'vorlage', 'satzung', 'kommission'];

/** German compound nouns, 336 of them: the rare, topical words of the corpus. */
export const COMPOUNDS = NOUN_PREFIXES.flatMap((prefix) => NOUN_HEADS.map((head) => prefix + head));

const EN_MODIFIERS = ['harbour', 'water', 'school', 'rail', 'energy', 'housing', 'pension', 'hospital', 'road', 'forest',
  'border', 'tax', 'childcare', 'bridge', 'waste', 'power', 'police', 'building', 'farm', 'arts', 'rent', 'ferry'];
const EN_HEADS = ['reform', 'levy', 'plan', 'bill', 'dispute', 'report', 'contract', 'fund', 'project', 'rules',
  'scheme', 'summit', 'budget', 'committee', 'review', 'grant', 'repairs', 'crisis', 'debate', 'study'];

export const EN_TOPICS = EN_MODIFIERS.flatMap((modifier) => EN_HEADS.map((head) => `${modifier} ${head}`));

export interface LanguageWords {
  readonly adjectives: readonly string[];
  readonly infinitives: readonly string[];
  /** Finite verb and separable particle: „…“, räumte Müller ein. */
  readonly reportingVerbs: readonly (readonly [string, string])[];
  readonly weekdays: readonly string[];
  readonly months: readonly string[];
  readonly vagueSources: readonly string[];
  readonly groups: readonly string[];
}

export const WORDS: Record<BenchLanguage, LanguageWords> = {
  de: {
    adjectives: ['ernst', 'schwierig', 'offen', 'richtig', 'falsch', 'teuer', 'dringend', 'überfällig', 'gerecht', 'vernünftig',
      'gefährlich', 'notwendig', 'fair', 'klar', 'unklar', 'bezahlbar', 'riskant', 'mutig', 'verfrüht', 'realistisch'],
    infinitives: ['aufgeben', 'verschieben', 'hinnehmen', 'bezahlen', 'zurücknehmen', 'unterschreiben', 'prüfen', 'stoppen',
      'umsetzen', 'verhandeln', 'erklären', 'verteidigen', 'aufschieben', 'kürzen', 'erhöhen', 'schließen'],
    reportingVerbs: [['sagte', ''], ['erklärte', ''], ['betonte', ''], ['warnte', ''], ['kritisierte', ''], ['sagte', ''],
      ['fügte', 'hinzu'], ['räumte', 'ein'], ['teilte', 'mit'], ['sagte', '']],
    weekdays: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    vagueSources: ['Beobachter meinen', 'In Verwaltungskreisen heißt es', 'Kritiker befürchten', 'Experten gehen davon aus',
      'Aus gut unterrichteten Kreisen verlautete', 'Insider berichten'],
    groups: ['Anwohner', 'Pendler', 'Eltern', 'Beschäftigte', 'Landwirte', 'Händler', 'Mieter', 'Studierende'],
  },
  en: {
    adjectives: ['serious', 'difficult', 'open', 'right', 'wrong', 'expensive', 'urgent', 'overdue', 'fair', 'sensible',
      'dangerous', 'necessary', 'clear', 'unclear', 'affordable', 'risky', 'brave', 'premature', 'realistic', 'late'],
    infinitives: ['give up', 'delay', 'accept', 'pay for', 'withdraw', 'sign', 'review', 'stop', 'deliver', 'negotiate',
      'explain', 'defend', 'postpone', 'cut', 'raise', 'close'],
    reportingVerbs: [['said', ''], ['told reporters', ''], ['warned', ''], ['added', ''], ['said', ''], ['insisted', ''], ['admitted', '']],
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    vagueSources: ['Critics say', 'Officials say', 'Observers believe', 'According to people familiar with the talks', 'Insiders expect'],
    groups: ['residents', 'commuters', 'parents', 'workers', 'farmers', 'traders', 'tenants', 'students'],
  },
};

/** Lines a scraper leaves behind; `{outlet}`, `{name}`, `{agency}`, `{headline}` and `{time}` are filled in. */
export const NOISE_LINES: Record<BenchLanguage, readonly string[]> = {
  de: ['Foto: {name} / {agency}', 'Video abspielen', '{time}', 'Mehr zum Thema – {headline}', 'Lesen Sie auch: {headline}',
    'Teilen', 'Twittern', 'E-Mail', 'Jetzt 4 Wochen gratis testen', 'Ich bin bereits Abonnent', 'Anzeige',
    'Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten. Alle akzeptieren',
    'Newsletter abonnieren und nichts mehr verpassen', 'Startseite > Politik > Region', 'Schreibe einen Kommentar',
    '© {outlet} 2026 – Alle Rechte vorbehalten', 'Kommentare (12)', 'Siehe auch: {headline}'],
  en: ['Photo: {name}/{agency}', 'Play video', '{time}', 'Read more: {headline}', 'Share on Facebook', 'Share on X', 'Copy link',
    'Subscribe to continue reading', 'Advertisement', 'We use cookies to improve your experience. Accept all',
    'Sign up for our morning newsletter', 'Home › News › Region', 'Leave a Reply', '© {outlet} 2026. All rights reserved.',
    'Comments (7)', 'Related: {headline}'],
};
