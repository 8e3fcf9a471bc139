/**
 * Finds the leftovers of the web page in a scraped article: every line (or,
 * when glued to a content line, every span) that is not article text, with
 * its category and the reason it was recognised.
 *
 * Three kinds of evidence, in the spirit of jusText:
 * 1. the line itself: phrases from the lexicons (languages/noise/de.ts, en.ts)
 *    and line features (stop-word density, complete sentence, length, calls to
 *    action, URLs, prices, bare times): classifyLine.ts, segmentNoise.ts;
 * 2. its neighbours: the caption above a photo credit, the title above a video
 *    duration, teaser lists under their heading, a form field label next to a
 *    comment form: captions.ts, mediaWidgets.ts, teaserBlocks.ts, contextSmoothing.ts;
 * 3. the corpus: a short line that several unrelated articles share is
 *    boilerplate of the site: corpusEvidence.ts.
 * Provenance (agency credits, datelines, author lines) and quotations are
 * never noise. The rules of 2 and 3 settle on the article as cleaning leaves it (settle.ts).
 */
import type { Article } from '../article/types';
import type { Finding } from '../diagnostics/finding';
import { captions } from './captions';
import { classifyLine } from './classifyLine';
import { collectLines } from './collectLines';
import { commentThreads } from './commentThreads';
import { compiledLexicon } from './compiledLexicon';
import { contextSmoothing } from './contextSmoothing';
import { corpusEvidence, type NoiseCorpusEvidence } from './corpusEvidence';
import { duplicates } from './duplicates';
import { toFindings } from './findings';
import { mediaWidgets } from './mediaWidgets';
import { menuRows } from './menuRows';
import { compileNoiseOptions, type NoiseOptions } from './options';
import { teaserBlocks } from './teaserBlocks';
import { userPatterns } from './userPatterns';
import { widgetBlocks } from './widgetBlocks';
import { zones } from './zones';
import { parseHeader } from '../metadata/header';
import type { LineState } from './lineState';
import { copyState, settle } from './settle';

export { noiseLines } from './collectLines';
export { corpusEligible, isSharedProse, SHARED_PROSE_MIN_WORDS, type NoiseCorpusEvidence } from './corpusEvidence';
export { excerpt, type NoiseLine } from './lineState';

export interface NoiseContext {
  readonly corpus?: NoiseCorpusEvidence;
}

export function detectNoise(article: Article, options?: NoiseOptions, context: NoiseContext = {}): Finding[] {
  const compiled = compileNoiseOptions(options);
  const lexicon = compiledLexicon();
  const lines = collectLines(article, lexicon);
  for (const line of lines) {
    if (line.provenance === undefined) classifyLine(line, lexicon);
  }
  const classified = lines.map(copyState);
  const headerTitled = parseHeader(article.text).metadata.title !== undefined;
  const rules = (active: LineState[]) => {
    menuRows(active);
    captions(active);
    mediaWidgets(active);
    teaserBlocks(active);
    duplicates(active);
    commentThreads(active, lexicon);
    contextSmoothing(active, lexicon);
    widgetBlocks(active, lexicon);
    zones(active, headerTitled);
    if (context.corpus && compiled.corpusThreshold > 0) corpusEvidence(active, context.corpus, compiled.corpusThreshold);
  };
  rules(lines);
  const user = userPatterns(lines, compiled);
  const findings = toFindings(article, lines, user, compiled);
  const added = settle({ lines, classified, extra: user, options: compiled, lexicon, rules });
  if (added.length === 0) return findings;
  return [...findings, ...toFindings(article, added, [], compiled)].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
