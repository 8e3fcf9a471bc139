/**
 * English language knowledge, as data.
 */
import type { LanguageProfile } from './profile';

const monthAbbreviations = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** Stems of reporting verbs, each listed in the forms that news text uses. */
const reportingVerbForms: readonly (readonly string[])[] = [
  ['said', 'says', 'say', 'saying'],
  ['told', 'tells', 'tell'],
  ['added', 'adds', 'add'],
  ['stressed', 'stresses'],
  ['warned', 'warns'],
  ['explained', 'explains'],
  ['noted', 'notes'],
  ['insisted', 'insists'],
  ['claimed', 'claims'],
  ['argued', 'argues'],
  ['stated', 'states'],
  ['announced', 'announces'],
  ['asked', 'asks'],
  ['replied', 'replies'],
  ['answered', 'answers'],
  ['responded', 'responds'],
  ['wrote', 'writes'],
  ['tweeted', 'tweets'],
  ['posted', 'posts'],
  ['declared', 'declares'],
  ['confirmed', 'confirms'],
  ['acknowledged', 'acknowledges'],
  ['admitted', 'admits'],
  ['emphasized', 'emphasizes', 'emphasised', 'emphasises'],
  ['observed', 'observes'],
  ['remarked', 'remarks'],
  ['recalled', 'recalls'],
  ['continued', 'continues'],
  ['concluded', 'concludes'],
  ['suggested', 'suggests'],
  ['urged', 'urges'],
  ['cautioned', 'cautions'],
  ['predicted', 'predicts'],
  ['promised', 'promises'],
  ['vowed', 'vows'],
  ['pointed', 'points'],
  ['agreed', 'agrees'],
  ['denied', 'denies'],
  ['countered', 'counters'],
  ['conceded', 'concedes'],
  ['maintained', 'maintains'],
  ['contended', 'contends'],
  ['asserted', 'asserts'],
  ['affirmed', 'affirms'],
  ['reiterated', 'reiterates'],
  ['testified', 'testifies'],
  ['complained', 'complains'],
  ['wondered', 'wonders'],
];

export const english: LanguageProfile = {
  code: 'en',
  abbreviations: [
    'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Mt', 'Jr', 'Sr', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Capt', 'Sgt',
    'Adm', 'Rev', 'Hon', 'Pres', 'Inc', 'Corp', 'Ltd', 'Co', 'No', 'Nos', 'Nr', 'Art', 'Vol', 'Fig', 'pp',
    'vs', 'etc', 'cf', 'al', 'approx', 'ca', 'Dept', 'Univ', 'Ave', 'Blvd',
    'e.g', 'e. g', 'i.e', 'i. e', 'U.S', 'U.S.A', 'U.K', 'U.N', 'E.U', 'a.m', 'p.m',
    ...monthAbbreviations,
  ],
  numberAbbreviations: ['No', 'Nos', 'Art', 'Vol', 'Fig', 'pp', 'jan'],
  sentenceFinalAbbreviations: ['etc', 'Inc', 'Corp', 'Ltd', 'Co', 'Jr', 'Sr', 'al', 'Ave', 'Blvd', 'a.m', 'p.m'],
  months: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december',
    ...monthAbbreviations,
  ],
  // English writes ordinals as "3rd" and "12th", never "3." or "12.", so no number-period rule is needed.
  ordinalNouns: [],
  ordinalLeadWords: [],
  reportingVerbs: reportingVerbForms.flat(),
  speakerPronouns: ['he', 'she', 'they', 'it'],
  attributionWords: ['according'],
};
