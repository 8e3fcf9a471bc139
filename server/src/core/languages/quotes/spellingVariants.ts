/**
 * Spelling variants that name the same word: German old and new orthography
 * ("muß"/"muss", "Photovoltaik"/"Fotovoltaik", "Schiffahrt"/"Schifffahrt")
 * and British and American English ("prioritise"/"prioritize",
 * "neighbourhood"/"neighborhood", "travelled"/"traveled"). Each variant is
 * folded to one canonical key before stemming, for matching only: displayed
 * text and word diffs keep the writer's spelling.
 *
 * Folding is applied to every word of both sides, so a canonical key need not
 * be a real word; it must only never make two different words equal.
 */
import type { LanguageCode } from '../../article/types';

export interface SpellingFolds {
  /** Whole lower-cased words → canonical form. */
  readonly words: Readonly<Record<string, string>>;
  /** [variant, canonical] substrings, replaced inside words in this order. */
  readonly substrings: readonly (readonly [string, string])[];
  /** Whole-word patterns → replacement, applied after the substrings. */
  readonly patterns: readonly (readonly [RegExp, string])[];
}

const GERMAN: SpellingFolds = {
  words: {
    tip: 'tipp',
    tips: 'tipps',
    stop: 'stopp',
    rauh: 'rau',
    rauhe: 'raue',
    rauhen: 'rauen',
    känguruh: 'känguru',
  },
  substrings: [
    ['ß', 'ss'],
    ['ph', 'f'],
    ['th', 't'],
    ['plazier', 'platzier'],
    ['numerier', 'nummerier'],
    ['selbständig', 'selbstständig'],
    ['stengel', 'stängel'],
    ['behende', 'behände'],
    ['gemse', 'gämse'],
    ['schneuz', 'schnäuz'],
    ['überschwenglich', 'überschwänglich'],
    ['aufwendig', 'aufwändig'],
    ['alptraum', 'albtraum'],
    ['tolpatsch', 'tollpatsch'],
    ['zierat', 'zierrat'],
    ['greuel', 'gräuel'],
    ['greulich', 'gräulich'],
    ['quentchen', 'quäntchen'],
    ['friseur', 'frisör'],
    ['joghurt', 'jogurt'],
    ['spaghetti', 'spagetti'],
    ['portemonnaie', 'portmonee'],
  ],
  patterns: [
    // Three equal consonants at a compound seam were written as two before 1996: Schiffahrt, Stoffetzen.
    [/([bcdfgklmnprst])\1\1/g, '$1$1'],
    // -tial/-tiell became -zial/-ziell: Potential/Potenzial, essentiell/essenziell.
    [/ntial/g, 'nzial'],
    [/ntiell/g, 'nziell'],
  ],
};

/** The British -our words (a list: "four", "hour" and "tour" must not lose their u). */
const OUR_STEMS = [
  'ard', 'arm', 'behavi', 'cand', 'clam', 'col', 'demean', 'endeav', 'fav', 'ferv', 'flav', 'glam', 'harb', 'hon',
  'hum', 'lab', 'neighb', 'od', 'parl', 'ranc', 'rig', 'rum', 'sav', 'savi', 'splend', 'succ', 'tum', 'val', 'vap', 'vig',
];

/** British -tre, -ce and other single-word spellings, with their American forms. */
const ENGLISH_SUBSTRINGS: readonly (readonly [string, string])[] = [
  ['centred', 'centered'],
  ['centring', 'centering'],
  ['centre', 'center'],
  ['theatre', 'theater'],
  ['metre', 'meter'],
  ['litre', 'liter'],
  ['fibre', 'fiber'],
  ['calibre', 'caliber'],
  ['sombre', 'somber'],
  ['spectre', 'specter'],
  ['lustre', 'luster'],
  ['meagre', 'meager'],
  ['sabre', 'saber'],
  ['manoeuvring', 'maneuvering'],
  ['manoeuvred', 'maneuvered'],
  ['manoeuvre', 'maneuver'],
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['pretence', 'pretense'],
  ['licence', 'license'],
  ['practis', 'practic'],
  ['programme', 'program'],
  ['aluminium', 'aluminum'],
  ['jewellery', 'jewelry'],
  ['judgement', 'judgment'],
  ['acknowledgement', 'acknowledgment'],
  ['ageing', 'aging'],
  ['enrolment', 'enrollment'],
  ['instalment', 'installment'],
  ['fulfilment', 'fulfillment'],
  ['skilful', 'skillful'],
  ['wilful', 'willful'],
  ['sceptic', 'skeptic'],
  ['mould', 'mold'],
  ['plough', 'plow'],
  ['draught', 'draft'],
  ['moustache', 'mustache'],
  ['pyjama', 'pajama'],
  ['paed', 'ped'],
  ['leukaem', 'leukem'],
  ['anaem', 'anem'],
  ['haem', 'hem'],
  ['oesoph', 'esoph'],
  ['oestr', 'estr'],
  ['foet', 'fet'],
  ['diarrhoea', 'diarrhea'],
  ['encyclopaed', 'encycloped'],
];

const ENGLISH: SpellingFolds = {
  words: {
    grey: 'gray',
    greys: 'grays',
    whilst: 'while',
    amongst: 'among',
    towards: 'toward',
    learnt: 'learned',
    spelt: 'spelled',
    burnt: 'burned',
    dreamt: 'dreamed',
    spoilt: 'spoiled',
    leapt: 'leaped',
    gaol: 'jail',
    cosy: 'cozy',
    fulfil: 'fulfill',
    fulfils: 'fulfills',
    enrol: 'enroll',
    enrols: 'enrolls',
    distil: 'distill',
    instil: 'instill',
    kerb: 'curb',
  },
  substrings: [...ENGLISH_SUBSTRINGS, ...OUR_STEMS.map((stem) => [`${stem}our`, `${stem}or`] as const)],
  patterns: [
    // -ise/-isation → -ize/-ization (a stem of three letters or more: "rise", "wise" and "prise" stay).
    [/^([a-z]{3,})is(e|es|ed|ing|er|ers|ation|ations|able)$/, '$1iz$2'],
    // -yse → -yze: analyse, paralyse, catalyse.
    [/^([a-z]{2,})ys(e|es|ed|ing|er|ers)$/, '$1yz$2'],
    // The l doubled before a suffix after an unstressed e or a: travelled, cancelling, counsellor, marvellous.
    [/^([a-z]*[aeiou][a-z]*?)([ae])ll(ed|ing|er|ers|or|ors|ous)$/, '$1$2l$3'],
    // -ogue → -og: catalogue, dialogue, analogue.
    [/ogue(s|d)?$/, 'og$1'],
  ],
};

export const SPELLING_FOLDS: Record<LanguageCode, SpellingFolds> = { de: GERMAN, en: ENGLISH };
