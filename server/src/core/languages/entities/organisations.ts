/**
 * Organisations that news text names without any context that would reveal
 * them: alliances, institutions, seats of power used as metonyms ("der Kreml"),
 * agencies in credit lines. Organisations not listed are found by rule
 * (acronyms, "… Institut", "… Council", "X-Russland-Rat").
 */

export interface OrganisationEntry {
  /** Stable id, lower-case. */
  readonly id: string;
  /** Canonical names; the first of each language is shown. */
  readonly de: readonly string[];
  readonly en: readonly string[];
  /**
   * Lower-case forms that only count inside a credit, i.e. in parentheses or
   * after a slash: "(dpa/rtr)", "Foto: … / dpa".
   */
  readonly credit?: readonly string[];
}

type Row = readonly [id: string, de: string, en: string, credit?: string];

/** id, German forms (|-separated, canonical first, inflected forms listed), English forms, credit forms. */
const ROWS: readonly Row[] = [
  ['nato', 'NATO|Nato|Nordatlantische Allianz|Nordatlantischen Allianz|Nordatlantikpakt|Nordatlantikpakts|Nordatlantikpaktes', 'NATO|Nato|North Atlantic Treaty Organization|North Atlantic Alliance'],
  ['eu', 'EU|Europäische Union|Europäischen Union', 'EU|European Union|E.U'],
  ['un', 'UN|UNO|Vereinte Nationen|Vereinten Nationen', 'UN|U.N|United Nations'],
  ['osce', 'OSZE|Organisation für Sicherheit und Zusammenarbeit in Europa', 'OSCE|Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe'],
  ['kremlin', 'Kreml', 'Kremlin'],
  ['white-house', 'Weißes Haus|Weiße Haus|Weißen Haus|Weißen Hauses', 'White House'],
  ['pentagon', 'Pentagon', 'Pentagon'],
  ['state-department', 'US-Außenministerium', 'State Department'],
  ['bundestag', 'Bundestag', 'Bundestag'],
  ['bundesrat', 'Bundesrat', 'Bundesrat'],
  ['bundeswehr', 'Bundeswehr', 'Bundeswehr'],
  ['bundesverfassungsgericht', 'Bundesverfassungsgericht', 'Federal Constitutional Court'],
  ['german-foreign-office', 'Auswärtiges Amt|Auswärtigen Amt|Auswärtigen Amts|Auswärtigen Amtes', 'German Foreign Office|Federal Foreign Office'],
  ['kanzleramt', 'Kanzleramt|Bundeskanzleramt', 'Chancellery'],
  ['european-commission', 'EU-Kommission|Europäische Kommission|Europäischen Kommission', 'European Commission'],
  ['european-parliament', 'EU-Parlament|Europaparlament|Europäisches Parlament|Europäischen Parlament|Europäischen Parlaments', 'European Parliament'],
  ['council-of-europe', 'Europarat', 'Council of Europe'],
  ['un-security-council', 'UN-Sicherheitsrat|Weltsicherheitsrat', 'UN Security Council|Security Council'],
  ['duma', 'Duma|Staatsduma', 'Duma|State Duma'],
  ['g7', 'G7', 'G7'],
  ['g20', 'G20', 'G20'],
  ['imf', 'IWF|Internationaler Währungsfonds|Internationalen Währungsfonds', 'IMF|International Monetary Fund'],
  ['world-bank', 'Weltbank', 'World Bank'],
  ['who', 'WHO|Weltgesundheitsorganisation', 'WHO|World Health Organization'],
  ['icc', 'Internationaler Strafgerichtshof|Internationalen Strafgerichtshof|Internationalen Strafgerichtshofs', 'International Criminal Court|ICC'],
  ['dpa', 'dpa|Deutsche Presse-Agentur', 'dpa|Deutsche Presse-Agentur', 'dpa'],
  ['afp', 'AFP|Agence France-Presse', 'AFP|Agence France-Presse', 'afp'],
  ['reuters', 'Reuters', 'Reuters', 'rtr|reuters'],
  ['ap', 'Associated Press', 'Associated Press|AP', 'ap'],
  ['epd', 'epd', 'epd', 'epd'],
  ['kna', 'KNA', 'KNA', 'kna'],
  ['apa', 'APA', 'APA', 'apa'],
  ['rt', 'RT|Russia Today', 'RT|Russia Today', 'rt'],
  ['tass', 'TASS|Tass', 'TASS|Tass'],
  ['ria-novosti', 'RIA Nowosti|RIA Novosti', 'RIA Novosti'],
  ['interfax', 'Interfax', 'Interfax'],
  ['europol', 'Europol', 'Europol'],
  ['eurojust', 'Eurojust', 'Eurojust'],
  ['interpol', 'Interpol', 'Interpol'],
  ['frontex', 'Frontex', 'Frontex'],
  ['olaf', 'Europäisches Amt für Betrugsbekämpfung|OLAF', 'European Anti-Fraud Office|OLAF'],
  ['ecb', 'Europäische Zentralbank|Europäischen Zentralbank|EZB', 'European Central Bank|ECB'],
  ['eib', 'Europäische Investitionsbank|Europäischen Investitionsbank|EIB', 'European Investment Bank|EIB'],
  ['eugh', 'Europäischer Gerichtshof|Europäischen Gerichtshof|Europäischen Gerichtshofs|EuGH', 'European Court of Justice|EuGH'],
  ['oecd', 'OECD', 'OECD'],
  ['wto', 'Welthandelsorganisation|WTO', 'World Trade Organization|WTO'],
  ['unesco', 'Unesco|UNESCO', 'Unesco|UNESCO'],
  ['unicef', 'Unicef|UNICEF', 'Unicef|UNICEF'],
  ['unhcr', 'UNHCR|UN-Flüchtlingshilfswerk', 'UNHCR|UN Refugee Agency'],
  ['red-cross', 'Rotes Kreuz|Roten Kreuz|Roten Kreuzes|Deutsches Rotes Kreuz|Deutschen Roten Kreuz|Deutschen Roten Kreuzes|DRK', 'Red Cross|German Red Cross'],
  ['amnesty', 'Amnesty International', 'Amnesty International'],
  ['greenpeace', 'Greenpeace', 'Greenpeace'],
  ['adac', 'ADAC', 'ADAC'],
  ['getty-images', 'Getty Images', 'Getty Images'],
  ['anadolu', 'Anadolu|Anadolu Agency', 'Anadolu|Anadolu Agency'],
  ['telegram', 'Telegram', 'Telegram'],
  ['facebook', 'Facebook', 'Facebook'],
  ['twitter', 'Twitter', 'Twitter'],
  ['youtube', 'YouTube', 'YouTube'],
  // German federal courts and agencies, named without article or context.
  ['bundesgerichtshof', 'Bundesgerichtshof|Bundesgerichtshofs|Bundesgerichtshofes|BGH', 'Federal Court of Justice|BGH'],
  ['bundesverwaltungsgericht', 'Bundesverwaltungsgericht|Bundesverwaltungsgerichts', 'Federal Administrative Court'],
  ['bundessozialgericht', 'Bundessozialgericht|Bundessozialgerichts', 'Federal Social Court'],
  ['bundesarbeitsgericht', 'Bundesarbeitsgericht|Bundesarbeitsgerichts', 'Federal Labour Court'],
  ['bundesfinanzhof', 'Bundesfinanzhof|Bundesfinanzhofs', 'Federal Fiscal Court'],
  ['bundesrechnungshof', 'Bundesrechnungshof|Bundesrechnungshofs', 'Federal Court of Audit'],
  ['bundeskartellamt', 'Bundeskartellamt|Bundeskartellamts|Bundeskartellamtes', 'Federal Cartel Office'],
  ['bundesnetzagentur', 'Bundesnetzagentur', 'Federal Network Agency'],
  ['bundeskriminalamt', 'Bundeskriminalamt|Bundeskriminalamts|Bundeskriminalamtes|BKA', 'Federal Criminal Police Office|BKA'],
  ['bundespolizei', 'Bundespolizei', 'Federal Police'],
  ['bundesbank', 'Bundesbank', 'Bundesbank'],
  ['bundesagentur-fuer-arbeit', 'Bundesagentur für Arbeit|Arbeitsagentur', 'Federal Employment Agency'],
  ['bfarm', 'Bundesinstitut für Arzneimittel und Medizinprodukte|BfArM', 'Federal Institute for Drugs and Medical Devices|BfArM'],
  ['bafin', 'Bundesanstalt für Finanzdienstleistungsaufsicht|BaFin', 'BaFin'],
  ['bnd', 'Bundesnachrichtendienst|Bundesnachrichtendienstes|BND', 'Federal Intelligence Service|BND'],
  ['verfassungsschutz', 'Bundesamt für Verfassungsschutz|Verfassungsschutz|Verfassungsschutzes', 'Federal Office for the Protection of the Constitution'],
  ['umweltbundesamt', 'Umweltbundesamt|Umweltbundesamts|Umweltbundesamtes', 'German Environment Agency'],
  ['kba', 'Kraftfahrt-Bundesamt|Kraftfahrt-Bundesamts|Kraftfahrt-Bundesamtes|KBA', 'Federal Motor Transport Authority|KBA'],
  ['dwd', 'Deutscher Wetterdienst|Deutsche Wetterdienst|Deutschen Wetterdienst|Deutschen Wetterdienstes|DWD', 'German Weather Service|DWD'],
  ['rki', 'Robert Koch-Institut|Robert-Koch-Institut|Robert Koch-Instituts|Robert-Koch-Instituts|RKI', 'Robert Koch Institute|RKI'],
  ['stiko', 'Ständige Impfkommission|Ständigen Impfkommission|Stiko|STIKO', 'Standing Committee on Vaccination|STIKO'],
  ['deutsche-bahn', 'Deutsche Bahn|Deutschen Bahn', 'Deutsche Bahn'],
  // Photo agencies, mostly in credit lines.
  ['imago', 'Imago|IMAGO', 'Imago', 'imago'],
  ['picture-alliance', 'picture alliance|Picture Alliance', 'picture alliance|Picture Alliance', 'picture alliance'],
  ['istock', 'iStock', 'iStock', 'istock'],
  ['shutterstock', 'Shutterstock', 'Shutterstock', 'shutterstock'],
  ['keystone', 'Keystone', 'Keystone', 'keystone'],
  ['epa', 'EPA', 'EPA', 'epa'],
  ['ddp', 'ddp', 'ddp', 'ddp'],
  ['spd', 'SPD', 'SPD'],
  ['cdu', 'CDU', 'CDU'],
  ['csu', 'CSU', 'CSU'],
  ['fdp', 'FDP', 'FDP'],
  ['afd', 'AfD', 'AfD'],
  ['ig-metall', 'IG Metall', 'IG Metall'],
  ['verdi', 'Verdi|ver.di', 'Verdi'],
  ['dgb', 'DGB', 'DGB'],
  ['greens-de', 'Grünen|Grüne|Bündnis 90/Die Grünen', 'Greens|German Greens'],
  ['linke', 'Linke|Linken|Die Linke|Linkspartei', 'Left Party|Die Linke'],
  ['bsw', 'BSW|Bündnis Sahra Wagenknecht', 'BSW|Sahra Wagenknecht Alliance'],
  ['freie-waehler', 'Freie Wähler|Freien Wähler', 'Free Voters'],
  ['ovp', 'ÖVP', 'ÖVP|OVP'],
  ['spo', 'SPÖ', 'SPÖ|SPO'],
  ['fpo', 'FPÖ', 'FPÖ|FPO'],
  ['labour', 'Labour|Labour-Partei|Labour Party', 'Labour|Labour Party'],
  ['conservatives-uk', 'Tories', 'Tories|Conservatives|Conservative Party|Tory Party'],
  ['libdems', 'Liberaldemokraten', 'Liberal Democrats|Lib Dems'],
  ['snp', 'SNP', 'SNP|Scottish National Party'],
  ['plaid-cymru', 'Plaid Cymru', 'Plaid Cymru'],
  ['dup', 'DUP', 'DUP|Democratic Unionist Party'],
  ['fianna-fail', 'Fianna Fáil|Fianna Fail', 'Fianna Fáil|Fianna Fail'],
  ['reform-uk', 'Reform UK', 'Reform UK'],
  ['neos', 'NEOS|Neos', 'NEOS|Neos'],
  ['svp', 'SVP', 'SVP|Swiss People’s Party'],
  ['pis', 'PiS', 'PiS|Law and Justice'],
  ['fidesz', 'Fidesz', 'Fidesz'],
  ['rassemblement-national', 'Rassemblement National', 'Rassemblement National|National Rally'],
  ['vvd', 'VVD', 'VVD'],
  ['ecr-fratelli', 'Fratelli d’Italia|Fratelli d\'Italia', 'Brothers of Italy|Fratelli d’Italia'],
  ['us-democrats', 'Demokraten|Demokratische Partei|Demokratischen Partei', 'Democrats|Democratic Party'],
  ['us-republicans', 'Republikaner|Republikanische Partei|Republikanischen Partei', 'Republicans|Republican Party|GOP'],
];

let cached: readonly OrganisationEntry[] | undefined;

export function organisations(): readonly OrganisationEntry[] {
  if (!cached) {
    cached = ROWS.map(([id, de, en, credit]) => ({
      id,
      de: de.split('|'),
      en: en.split('|'),
      ...(credit ? { credit: credit.split('|') } : {}),
    }));
  }
  return cached;
}

/**
 * Legal forms that close a company's name ("Kellerei Brandt GmbH", "Voltwise
 * Ltd"), as tokenised (the full stop of "e.V." and "Co." is not part of a token).
 */
export const LEGAL_SUFFIXES: readonly string[] = [
  'GmbH', 'AG', 'SE', 'KG', 'KGaA', 'OHG', 'UG', 'e.V', 'eG', 'mbH', 'Ltd', 'Limited', 'Inc', 'Corp', 'LLC', 'LLP', 'plc',
  'PLC', 'Plc', 'NV', 'N.V', 'BV', 'B.V', 'SA', 'S.A', 'SpA', 'S.p.A', 'Srl', 'S.r.l', 'SAS', 'AB', 'ASA', 'Oy', 'A/S',
  'sp', 'S.L',
  // Central and south-east European forms: Czech and Slovak, Polish, Hungarian, former Yugoslav.
  's.r.o', 'a.s', 'Sp', 'Kft', 'Zrt', 'Nyrt', 'd.o.o', 'd.d', 'SRL', 'SARL',
];

/**
 * All-capital words that are not organisations: time zones, units, currencies,
 * page furniture, Roman numerals are matched by rule.
 */
export const NOT_ACRONYMS: readonly string[] = [
  'MEZ', 'MESZ', 'CET', 'CEST', 'GMT', 'UTC', 'EST', 'PST', 'TV', 'CEO', 'CFO', 'PDF', 'GDP', 'BIP', 'KI', 'AI',
  'IT', 'OK', 'USB', 'DNA', 'ID', 'EUR', 'USD', 'GBP', 'CHF', 'PS', 'AM', 'PM', 'NR', 'FAQ', 'URL', 'HTML', 'PR',
  'POOL', 'AGB', 'ANZEIGE', 'VIDEO', 'FOTO', 'LIVE', 'UPDATE', 'NEU', 'NEW', 'CO2', 'KM', 'KG', 'MW', 'GW',
  'LNG', 'NGO', 'NGOS', 'VIP', 'SMS', 'WLAN', 'GPS', 'APP', 'TT', 'II', 'III', 'IV', 'VI', 'VII', 'VIII',
  'IX', 'XI', 'XII', 'XX', 'XXI', 'DIE', 'DER', 'DAS', 'UND', 'THE', 'AND', 'OF', 'FÜR', 'MIT', 'ZU', 'IN',
  // Members' titles: "Labour MP X", "Opposition TD X", "MdB X" are roles.
  'MP', 'MPS', 'TD', 'TDS', 'MEP', 'MEPS', 'MSP', 'MLA', 'MDB', 'MDL', 'MDEP', 'COO', 'CTO',
];

/**
 * Abbreviations that open the name of a sports club ("SC Verl", "1. FC Köln",
 * "TSV 1860 München", "AFC Wimbledon"); the words after them belong to the name.
 */
export const CLUB_PREFIXES: readonly string[] = [
  'FC', 'SC', 'SV', 'TSV', 'VfB', 'VfL', 'VfR', 'TuS', 'SpVgg', 'SG', 'TSG', 'FSV', 'SSV', 'MSV', 'BSC',
  'SF', 'SpVg', 'ESV', 'SSC', 'FSC', 'KSV', 'DSC', 'HSV', 'TSC', 'AFC', 'CF', 'AC', 'AS', 'SK', 'RB',
  'Borussia', 'Eintracht', 'Fortuna', 'Arminia', 'Alemannia', 'Preußen', 'Rot-Weiss', 'Rot-Weiß', 'Blau-Weiß',
  'Dynamo', 'Hansa', 'Kickers', 'Hertha', 'Werder', 'Energie', 'Viktoria', 'Germania', 'Teutonia',
  // Gymnastics and multi-sport clubs (Männerturnverein, Turn- und Sportgemeinde, …) and volleyball clubs.
  'MTV', 'TuRa', 'TSG', 'TGV', 'ASV', 'PSV', 'USC', 'DJK', 'SuS', 'VC', 'TG', 'TB',
  // Ice hockey clubs (Eislaufverein, Hockey Club, …).
  'EV', 'EHC', 'ERC', 'EC', 'ESC', 'HC',
  // Eastern and Romance club names: "Dinamo Zagreb", "Lokomotive Leipzig", "Stade Rennais", "Racing 92".
  'Dinamo', 'Lokomotive', 'Lokomotiv', 'Spartak', 'Stade', 'Racing', 'Sporting', 'Olympique',
];

/** Abbreviations that close a club's name after its seat or name: "Djurgården IF", "Chelsea FC", "Hertha BSC". */
export const CLUB_SUFFIXES: readonly string[] = ['HC', 'FC', 'SC', 'BSC', 'IF', 'BK', 'FF', 'AFC', 'CF'];

/**
 * Plural animal and figure nicknames of German and English sports teams,
 * which name a club with its seat ("Eisbären Oberhausen", "Kasseler Löwen"),
 * lower-case.
 */
export const CLUB_NICKNAMES: readonly string[] = [
  'eisbären', 'bären', 'adler', 'haie', 'pinguine', 'füchse', 'löwen', 'tiger', 'wölfe', 'falken', 'panther', 'grizzlys',
  'steelers', 'towers', 'baskets', 'dragons', 'lions', 'eagles', 'wolves', 'bulls', 'tigers', 'sharks', 'bears', 'kings',
  'giants', 'titans', 'rhinos', 'hurricanes', 'roosters', 'skyliners', 'telekom baskets', 'volleys', 'recycling volleys',
];

/**
 * Head nouns of Spanish, Portuguese, French and Italian bodies, lower-case,
 * which German and English news keep untranslated ("Universidad de Chile",
 * "Superintendencia del Medio Ambiente", "Collectivité européenne d'Alsace").
 * The name runs on over joints, elided articles, capitalised words and
 * Romance adjectives.
 */
export const ROMANCE_ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'universidad', 'universidade', 'université', 'università', 'instituto', 'istituto', 'superintendencia',
  'sindicato', 'syndicat', 'sindacato', 'fundación', 'fundação', 'fondation', 'fondazione', 'collectivité',
  'asociación', 'associação', 'associazione', 'confederación', 'confédération', 'confederazione', 'federación',
  'fédération', 'federazione', 'ministerio', 'ministère', 'ministério', 'ministero', 'secretaría', 'dirección',
  'comisión', 'comissão', 'commissione', 'consejo', 'agencia', 'agência', 'agenzia', 'banco', 'banque',
  'compañía', 'compagnie', 'companhia', 'minera', 'empresa', 'corporación', 'partido', 'servicio', 'serviço',
  'cámara', 'câmara', 'ayuntamiento', 'municipalidad', 'prefeitura', 'gobierno', 'carabineros', 'gendarmerie',
  'radio', 'rádio', 'radiotelevisión', 'télévision', 'televisión', 'televisão', 'chambre', 'tribunal',
]);

/** Heads shared with German or English ("Institut", "Centre"), a body's name only before a Romance adjective: "Institut national de …". */
export const ROMANCE_WEAK_HEADS: ReadonlySet<string> = new Set(['institut', 'centre', 'centro', 'conseil', 'direction', 'office', 'agence', 'commission', 'comité', 'cour', 'corte', 'parti', 'union', 'unión', 'société', 'società', 'sociedad']);

/** Joints inside Romance names: "de", "del", "de la", "d'", "y", "e", "et", "per", "pour", "para". */
export const ROMANCE_NAME_JOINTS: ReadonlySet<string> = new Set([
  'de', 'del', 'des', 'du', 'la', 'le', 'les', 'los', 'las', 'el', 'do', 'da', 'dos', 'das', 'di', 'della', 'dello',
  'delle', 'degli', 'dei', 'y', 'e', 'et', 'per', 'pour', 'para', 'en', 'sur', 'al', 'ao',
]);

/** Endings of Romance adjectives and nouns written in lower case inside a name: "national", "européenne", "recherches", "nacional", "técnica". */
export const ROMANCE_LOWER_WORD = /(?:al|ale|ales|ali|aux|ique|iques|ien|ienne|iennes|éen|éenne|ais|aise|aises|ches|ción|ciones|ção|ções|zione|zioni|dad|ero|era|eros|eras|ario|aria|arios|arias|ivo|iva|ivos|ivas|ano|ana|anos|anas|ico|ica|icos|icas|ese|esi|ité|ée|ées|és|eur|eurs|euse|oire|oires|iste|istes|ista|isti|che|ches|ine|ines|ens|aire|aires|ois|oise|ola|olas|ole|oles)$/u;

/** Compass words that name a regional company or branch after an organisation's name: "TÜV Süd", "KVW Nord". */
export const REGIONAL_DIVISION_WORDS: ReadonlySet<string> = new Set(['Nord', 'Süd', 'Ost', 'West', 'Mitte', 'Nordost', 'Nordwest', 'Südost', 'Südwest', 'North', 'South', 'East']);
