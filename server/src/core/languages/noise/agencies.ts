/**
 * News and picture agencies, as data: the news agencies that credit an
 * article's text (kept, and explained on hover), and the picture agencies and
 * stock libraries that credit a photo (a photo credit is noise).
 */

export interface NewsAgency {
  /** The abbreviations and spellings used in credits, lower-case. */
  readonly names: readonly string[];
  readonly fullName: string;
  readonly note?: string;
}

export const NEWS_AGENCIES: readonly NewsAgency[] = [
  { names: ['dpa'], fullName: 'Deutsche Presse-Agentur', note: 'German news agency, Hamburg/Berlin' },
  { names: ['afp'], fullName: 'Agence France-Presse', note: 'French news agency, Paris' },
  { names: ['rtr', 'reuters'], fullName: 'Reuters', note: 'British news agency, London' },
  { names: ['ap'], fullName: 'Associated Press', note: 'US news agency, New York' },
  { names: ['epd'], fullName: 'Evangelischer Pressedienst', note: 'Protestant church news agency, Frankfurt' },
  { names: ['kna'], fullName: 'Katholische Nachrichten-Agentur', note: 'Catholic church news agency, Bonn' },
  { names: ['rt'], fullName: 'RT (formerly Russia Today)', note: 'Russian state-funded broadcaster; its German service RT DE is banned from broadcasting in the EU' },
  { names: ['sid'], fullName: 'Sport-Informations-Dienst', note: 'German sports news agency' },
  { names: ['dts'], fullName: 'dts Nachrichtenagentur', note: 'German news agency, Halle' },
  { names: ['ddp'], fullName: 'ddp (Deutscher Depeschendienst)', note: 'German news and picture agency' },
  { names: ['apa'], fullName: 'Austria Presse Agentur', note: 'Austrian news agency, Vienna' },
  { names: ['sda', 'sda-ats', 'keystone-sda'], fullName: 'Keystone-SDA (Schweizerische Depeschenagentur)', note: 'Swiss news agency, Bern' },
  { names: ['ansa'], fullName: 'ANSA (Agenzia Nazionale Stampa Associata)', note: 'Italian news agency, Rome' },
  { names: ['efe'], fullName: 'Agencia EFE', note: 'Spanish news agency, Madrid' },
  { names: ['upi'], fullName: 'United Press International', note: 'US news agency' },
  { names: ['tass'], fullName: 'TASS', note: 'Russian state news agency, Moscow' },
  { names: ['ria', 'ria novosti'], fullName: 'RIA Novosti', note: 'Russian state news agency, Moscow' },
  { names: ['interfax'], fullName: 'Interfax', note: 'Russian news agency, Moscow' },
  { names: ['xinhua'], fullName: 'Xinhua', note: 'Chinese state news agency, Beijing' },
  { names: ['anp'], fullName: 'Algemeen Nederlands Persbureau', note: 'Dutch news agency, The Hague' },
  { names: ['belga'], fullName: 'Belga', note: 'Belgian news agency, Brussels' },
  { names: ['pap'], fullName: 'Polska Agencja Prasowa', note: 'Polish state news agency, Warsaw' },
  { names: ['ukrinform'], fullName: 'Ukrinform', note: 'Ukrainian state news agency, Kyiv' },
  { names: ['kyodo'], fullName: 'Kyodo News', note: 'Japanese news agency, Tokyo' },
  { names: ['bloomberg'], fullName: 'Bloomberg News', note: 'US financial news agency' },
  { names: ['ots'], fullName: 'Originaltext-Service (press release via news aktuell)', note: 'a press release, not agency reporting' },
];

/** Picture agencies, stock libraries and photo-credit words, lower-case. */
export const PICTURE_AGENCIES: readonly string[] = [
  'getty images', 'getty', 'dpa', 'picture alliance', 'picture-alliance', 'imago', 'imago images', 'reuters', 'afp',
  'ap', 'ap photo', 'epa', 'epa-efe', 'keystone', 'shutterstock', 'istock', 'istockphoto', 'anadolu agency', 'anadolu',
  'sputnik', 'tass', 'ria novosti', 'pool', 'privat', 'archiv', 'unsplash', 'pixabay', 'adobe stock', 'xinhua', 'zuma',
  'zuma press', 'sipa', 'alamy', 'ddp', 'ddp images', 'action press', 'dts', 'wikimedia commons', 'nurphoto',
  'bloomberg', 'photothek', 'ullstein bild', 'agentur', 'pa images', 'pa wire', 'afp via getty images',
];
