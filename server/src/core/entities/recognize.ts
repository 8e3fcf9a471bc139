/**
 * Finds the people, places and organisations an article names.
 *
 * In German every noun is capitalised, so a capital letter proves nothing.
 * Places and organisations come from the gazetteer and lexicon or from rules
 * (acronyms, "… Institut", "X-Russland-Rat"); people are only ever taken on
 * evidence from context: a role noun or title before the name, an apposition,
 * a reporting verb next to it, a byline or photo credit, a frequent given name.
 * Once a person is found, every later use of the surname (and its genitive)
 * in the article is linked to them; the corpus index links surnames that only
 * other articles introduce.
 *
 * The work is linear in the article: one pass per stage over the tokens, with
 * set lookups.
 */
import type { Article } from '../article/types';
import { findDatelines } from './datelines';
import { findLexiconPhrases } from './lexiconMatches';
import { findContextOrganisations, findIntroducedOrganisations, findLegalForms, linkShortOrganisationNames } from './organisationContext';
import { findAcronymsAndCompounds, findCapitalisedFieldBodies, findClubs, findOrganisationRuns, findRomanceBodies } from './organisationRules';
import { findPeople } from './personCandidates';
import { findCoordinatedNames } from './personCues';
import { findContextPlaces, findShapedPlaces } from './placeRules';
import { RecognitionContext } from './recognitionContext';
import { result } from './recognitionResult';
import { extendParticleSurnames, propagateNames } from './surnameLinking';
import type { ArticleEntities } from './types';

/** The stages in order: each claims tokens the earlier ones left free. */
export function recognizeEntities(article: Article): ArticleEntities {
  const ctx = new RecognitionContext(article);
  findDatelines(ctx);
  findLegalForms(ctx);
  findClubs(ctx);
  findCapitalisedFieldBodies(ctx);
  findOrganisationRuns(ctx);
  findRomanceBodies(ctx);
  findIntroducedOrganisations(ctx);
  findLexiconPhrases(ctx);
  findShapedPlaces(ctx);
  findAcronymsAndCompounds(ctx);
  findContextOrganisations(ctx);
  findPeople(ctx);
  findCoordinatedNames(ctx);
  propagateNames(ctx);
  extendParticleSurnames(ctx);
  linkShortOrganisationNames(ctx);
  findContextPlaces(ctx);
  return result(ctx);
}
