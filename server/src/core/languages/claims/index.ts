/**
 * Claim and speaker knowledge per language, compiled once into sets.
 */
import { english } from '../en';
import { german } from '../de';
import type { LanguageProfile } from '../profile';
import { germanClaims } from './de';
import { englishClaims } from './en';
import { femaleGivenNameEnding, femaleGivenNames, maleGivenNames, maleGivenNamesEndingInA } from './names';
import type { ClaimLanguageData } from './types';

export type { ClaimLanguageData } from './types';

/** Stems, longest first, with an index by their last two characters for fast suffix tests. */
export interface StemList extends ReadonlyArray<string> {
  readonly byEnding?: ReadonlyMap<string, readonly string[]>;
}

type WordList = readonly string[];

export interface ClaimLexicon {
  readonly data: ClaimLanguageData;
  readonly profile: LanguageProfile;
  /** The profile's reporting verbs and the stance verbs. */
  readonly reportingVerbs: ReadonlySet<string>;
  readonly particleVerbs: ReadonlyMap<string, ReadonlySet<string>>;
  readonly evidenceVerbs: ReadonlySet<string>;
  readonly impersonalVerbs: ReadonlySet<string>;
  readonly sourceBefore: readonly (readonly string[])[];
  readonly sourceAfter: ReadonlySet<string>;
  readonly sourceNounPrepositions: ReadonlySet<string>;
  readonly sourceNouns: ReadonlySet<string>;
  readonly contextWords: ReadonlySet<string>;
  readonly possessives: ReadonlySet<string>;
  readonly selfWords: ReadonlySet<string>;
  readonly vagueSourceStems: StemList;
  readonly alwaysVagueStems: StemList;
  readonly hiddenSourceStems: StemList;
  readonly vagueQuantifiers: ReadonlySet<string>;
  readonly unnamedQuantifiers: ReadonlySet<string>;
  readonly ownOutletDeterminers: ReadonlySet<string>;
  readonly headlineSourceNouns: ReadonlySet<string>;
  readonly documentNouns: StemList;
  readonly hearsayWords: ReadonlySet<string>;
  readonly hearsayModals: ReadonlySet<string>;
  readonly perfectInfinitives: ReadonlySet<string>;
  readonly hearsayStativeInfinitives: ReadonlySet<string>;
  readonly reputationVerbs: ReadonlySet<string>;
  readonly passiveAuxiliaries: ReadonlySet<string>;
  readonly impersonalParticiples: ReadonlySet<string>;
  readonly impersonalPhrases: readonly (readonly string[])[];
  readonly backReferences: ReadonlySet<string>;
  readonly backReferenceOpeners: readonly (readonly string[])[];
  readonly backReferenceAdverbs: ReadonlySet<string>;
  readonly inscriptionNouns: StemList;
  readonly anonymousSubjects: ReadonlySet<string>;
  readonly followingSpeakerPhrases: readonly (readonly string[])[];
  readonly subjunctiveI: ReadonlySet<string>;
  readonly subjunctiveII: ReadonlySet<string>;
  readonly notVerbsInE: ReadonlySet<string>;
  readonly numberWords: ReadonlySet<string>;
  readonly quantityWords: ReadonlySet<string>;
  readonly ordinalWords: ReadonlySet<string>;
  readonly timeWords: ReadonlySet<string>;
  readonly causeWords: ReadonlySet<string>;
  readonly causePhrases: readonly (readonly string[])[];
  readonly causeAfterComma: ReadonlySet<string>;
  readonly assessmentWords: ReadonlySet<string>;
  readonly assessmentStems: StemList;
  readonly superlativeExceptions: ReadonlySet<string>;
  readonly predictionWords: ReadonlySet<string>;
  readonly predictionPhrases: readonly (readonly string[])[];
  readonly futureAuxiliaries: ReadonlySet<string>;
  readonly scheduleWords: ReadonlySet<string>;
  readonly allegationWords: ReadonlySet<string>;
  readonly allegationStems: StemList;
  readonly backgroundWords: ReadonlySet<string>;
  readonly backgroundPhrases: readonly (readonly string[])[];
  readonly sinceWords: ReadonlySet<string>;
  readonly timeSpanWords: ReadonlySet<string>;
  readonly firstWords: ReadonlySet<string>;
  readonly firstCompanions: ReadonlySet<string>;
  readonly copulas: ReadonlySet<string>;
  readonly generalisationWords: ReadonlySet<string>;
  readonly generalisationPhrases: readonly (readonly string[])[];
  readonly assessmentPhrases: readonly (readonly string[])[];
  readonly notComparatives: ReadonlySet<string>;
  readonly numberDesignators: StemList;
  readonly questionOpeners: ReadonlySet<string>;
  readonly openPredicates: ReadonlySet<string>;
  readonly addresseeStems: StemList;
  readonly definiteArticles: ReadonlySet<string>;
  readonly indefiniteArticles: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
  readonly pronounsMale: ReadonlySet<string>;
  readonly pronounsFemale: ReadonlySet<string>;
  readonly pronounsPlural: ReadonlySet<string>;
  readonly pronounsImpersonal: ReadonlySet<string>;
  readonly pronounsOrganisation: ReadonlySet<string>;
  readonly objectPronouns: ReadonlySet<string>;
  readonly auxiliaries: ReadonlySet<string>;
  readonly nonSubjectStarters: ReadonlySet<string>;
  readonly nounModifiers: ReadonlySet<string>;
  readonly conjunctions: ReadonlySet<string>;
  readonly phraseStops: ReadonlySet<string>;
  readonly personNouns: ReadonlySet<string>;
  readonly roleStems: StemList;
  readonly femaleRoleStems: StemList;
  readonly maleRoleStems: StemList;
  /** Role stem → the fields it belongs to (indices into data.roleFamilies). */
  readonly roleFamilies: ReadonlyMap<string, readonly number[]>;
  readonly ageNoun: RegExp;
  readonly titleWords: ReadonlySet<string>;
  readonly femaleTitles: ReadonlySet<string>;
  readonly maleTitles: ReadonlySet<string>;
  readonly neutralTitles: ReadonlySet<string>;
  readonly nameParticles: ReadonlySet<string>;
  readonly notNames: ReadonlySet<string>;
  readonly femaleNames: ReadonlySet<string>;
  readonly months: ReadonlySet<string>;
  readonly ordinalNouns: ReadonlySet<string>;
  readonly maleNames: ReadonlySet<string>;
  /** Given names missing from the lists that end like this are guessed to be women's, except these men's names. */
  readonly femaleNameEnding: string;
  readonly maleNamesWithFemaleEnding: ReadonlySet<string>;
}

const set = (words: WordList): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));
const phrases = (words: WordList): string[][] => words.map((w) => w.toLowerCase().split(/\s+/));
/** Longest first, so "sprecherin" is tried before "in". */
const stems = (words: WordList): StemList => {
  const list = [...new Set(words.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length);
  const byEnding = new Map<string, string[]>();
  for (const stem of list) {
    const ending = stem.slice(-2);
    if (!byEnding.has(ending)) byEnding.set(ending, []);
    byEnding.get(ending)!.push(stem);
  }
  return Object.assign(list, { byEnding });
};

function compile(data: ClaimLanguageData, profile: LanguageProfile): ClaimLexicon {
  const particleVerbs = new Map<string, ReadonlySet<string>>();
  for (const [verb, companions] of Object.entries(data.particleVerbs)) particleVerbs.set(verb, set(companions));
  return {
    data,
    profile,
    reportingVerbs: set([...profile.reportingVerbs, ...data.stanceVerbs].filter((verb) => !(verb in data.particleVerbs))),
    particleVerbs,
    evidenceVerbs: set(data.evidenceVerbs),
    impersonalVerbs: set(data.impersonalVerbs),
    sourceBefore: phrases(data.sourceBefore),
    sourceAfter: set(data.sourceAfter),
    sourceNounPrepositions: set(data.sourceNounPrepositions),
    sourceNouns: set(data.sourceNouns),
    contextWords: set(data.contextWords),
    possessives: set(data.possessives),
    selfWords: set(data.selfWords),
    vagueSourceStems: stems(data.vagueSourceStems),
    alwaysVagueStems: stems(data.alwaysVagueStems),
    hiddenSourceStems: stems(data.hiddenSourceStems),
    vagueQuantifiers: set(data.vagueQuantifiers),
    unnamedQuantifiers: set(data.unnamedQuantifiers),
    ownOutletDeterminers: set(data.ownOutletDeterminers),
    headlineSourceNouns: set(data.headlineSourceNouns),
    documentNouns: stems(data.documentNouns),
    hearsayWords: set(data.hearsayWords),
    hearsayModals: set(data.hearsayModals),
    perfectInfinitives: set(data.perfectInfinitives),
    hearsayStativeInfinitives: set(data.hearsayStativeInfinitives),
    reputationVerbs: set(data.reputationVerbs),
    passiveAuxiliaries: set(data.passiveAuxiliaries),
    impersonalParticiples: set(data.impersonalParticiples),
    impersonalPhrases: phrases(data.impersonalPhrases),
    backReferences: set(data.backReferences),
    backReferenceOpeners: phrases(data.backReferenceOpeners),
    backReferenceAdverbs: set(data.backReferenceAdverbs),
    inscriptionNouns: stems(data.inscriptionNouns),
    anonymousSubjects: set(data.anonymousSubjects),
    followingSpeakerPhrases: phrases(data.followingSpeakerPhrases),
    subjunctiveI: set(data.subjunctiveI),
    subjunctiveII: set(data.subjunctiveII),
    notVerbsInE: set(data.notVerbsInE),
    numberWords: set(data.numberWords),
    quantityWords: set(data.quantityWords),
    ordinalWords: set(data.ordinalWords),
    timeWords: set(data.timeWords),
    causeWords: set(data.causeWords),
    causePhrases: phrases(data.causePhrases),
    causeAfterComma: set(data.causeAfterComma),
    assessmentWords: set(data.assessmentWords),
    assessmentStems: stems(data.assessmentStems),
    superlativeExceptions: set(data.superlativeExceptions),
    predictionWords: set(data.predictionWords),
    predictionPhrases: phrases(data.predictionPhrases),
    futureAuxiliaries: set(data.futureAuxiliaries),
    scheduleWords: set(data.scheduleWords),
    allegationWords: set(data.allegationWords),
    allegationStems: stems(data.allegationStems),
    backgroundWords: set(data.backgroundWords),
    backgroundPhrases: phrases(data.backgroundPhrases),
    sinceWords: set(data.sinceWords),
    timeSpanWords: set(data.timeSpanWords),
    firstWords: set(data.firstWords),
    firstCompanions: set(data.firstCompanions),
    copulas: set(data.copulas),
    generalisationWords: set(data.generalisationWords),
    generalisationPhrases: phrases(data.generalisationPhrases),
    assessmentPhrases: phrases(data.assessmentPhrases),
    notComparatives: set(data.notComparatives),
    numberDesignators: stems(data.numberDesignators),
    questionOpeners: set(data.questionOpeners),
    openPredicates: set(data.openPredicates),
    addresseeStems: stems(data.addresseeStems),
    definiteArticles: set(data.definiteArticles),
    indefiniteArticles: set(data.indefiniteArticles),
    determiners: set(data.determiners),
    prepositions: set(data.prepositions),
    pronounsMale: set(data.pronounsMale),
    pronounsFemale: set(data.pronounsFemale),
    pronounsPlural: set(data.pronounsPlural),
    pronounsImpersonal: set(data.pronounsImpersonal),
    pronounsOrganisation: set(data.pronounsOrganisation),
    objectPronouns: set(data.objectPronouns),
    auxiliaries: set(data.auxiliaries),
    nonSubjectStarters: set(data.nonSubjectStarters),
    nounModifiers: set(data.nounModifiers),
    conjunctions: set(data.conjunctions),
    phraseStops: set(data.phraseStops),
    personNouns: set(data.personNouns),
    roleStems: stems([...data.roleStems, ...data.roleFamilies.flat()]),
    roleFamilies: familiesByStem(data.roleFamilies),
    ageNoun: data.ageNoun,
    femaleRoleStems: stems(data.femaleRoleStems),
    maleRoleStems: stems(data.maleRoleStems),
    titleWords: set(data.titleWords),
    femaleTitles: set(data.femaleTitles),
    maleTitles: set(data.maleTitles),
    neutralTitles: set(data.neutralTitles),
    nameParticles: set(data.nameParticles),
    notNames: set(data.notNames),
    femaleNames: set(femaleGivenNames),
    months: set(profile.months),
    ordinalNouns: set(profile.ordinalNouns),
    maleNames: set(maleGivenNames),
    femaleNameEnding: femaleGivenNameEnding,
    maleNamesWithFemaleEnding: set(maleGivenNamesEndingInA),
  };
}

function familiesByStem(families: readonly (readonly string[])[]): ReadonlyMap<string, readonly number[]> {
  const byStem = new Map<string, number[]>();
  families.forEach((family, index) => {
    for (const stem of family) {
      const key = stem.toLowerCase();
      if (!byStem.has(key)) byStem.set(key, []);
      if (!byStem.get(key)!.includes(index)) byStem.get(key)!.push(index);
    }
  });
  return byStem;
}

const cache = new Map<'de' | 'en', ClaimLexicon>();

export function claimLexiconFor(code: 'de' | 'en'): ClaimLexicon {
  let lexicon = cache.get(code);
  if (!lexicon) {
    lexicon = code === 'de' ? compile(germanClaims, german) : compile(englishClaims, english);
    cache.set(code, lexicon);
  }
  return lexicon;
}

/** True when `word` (lower-case) ends with one of `stems` and is at least as long. */
export function endsWithStem(word: string, stemList: StemList): string | undefined {
  const candidates = stemList.byEnding ? stemList.byEnding.get(word.slice(-2)) ?? SHORT_STEMS(stemList) : stemList;
  for (const stem of candidates) if (word.endsWith(stem)) return stem;
  return undefined;
}

/** Stems shorter than two characters cannot be found by their ending. */
function SHORT_STEMS(stemList: StemList): readonly string[] {
  return stemList.filter((s) => s.length < 2);
}
