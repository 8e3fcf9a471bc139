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
 * never noise.
 */
import type { Article } from '../article/types';
import type { Finding } from '../diagnostics/finding';
import { captions } from './captions';
import { classifyLine } from './classifyLine';
import { collectLines } from './collectLines';
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
import { buildArticle } from '../article/buildArticle';
import { cleanArticle, keptLines } from './clean';

export { noiseLines } from './collectLines';
export { corpusEligible, isSharedProse, SHARED_PROSE_MIN_WORDS, type NoiseCorpusEvidence } from './corpusEvidence';
export { excerpt, type NoiseLine } from './lineState';

export interface NoiseContext {
  readonly corpus?: NoiseCorpusEvidence;
}

/** Passes of detection over the article without the noise found so far (the first is the article itself). */
const MAX_PASSES = 3;

/**
 * Several rules read a line's neighbours (a bare duration under a video title, a short line above
 * the prose), and removing noise changes the neighbours: a second cleaning would then find more.
 * So detection runs again on the article as cleaning leaves it, until nothing new turns up, and
 * reports the union on the original text. Cleaning once removes all of it; cleaning again finds
 * nothing, and no line goes that a finding did not name.
 */
export function detectNoise(article: Article, options?: NoiseOptions, context: NoiseContext = {}): Finding[] {
  let findings = detectNoiseOnce(article, options, context);
  for (let pass = 1; pass < MAX_PASSES && findings.length > 0; pass++) {
    const kept = keptLines(article, findings);
    const cleaned = buildArticle(article.uri, cleanArticle(article, findings), { language: article.language });
    const cleanedLines = cleaned.lines.filter((line) => !line.blank);
    if (cleanedLines.length !== kept.length) break; // cannot happen: cleaning keeps every other line, in order
    const flagged = new Set(findings.map((finding) => article.lineIndex.positionAt(finding.span.start).line));
    const position = new Map(cleanedLines.map((line, k) => [line.index, k]));
    const added: Finding[] = [];
    for (const finding of detectNoiseOnce(cleaned, options, context)) {
      const original = kept[position.get(cleaned.lineIndex.positionAt(finding.span.start).line) ?? -1];
      if (original === undefined || flagged.has(original)) continue;
      // The line is kept verbatim (it had no finding), so offsets within it carry over.
      const shift = article.lines[original].span.start - cleaned.lines[cleaned.lineIndex.positionAt(finding.span.start).line].span.start;
      added.push({ ...finding, span: { start: finding.span.start + shift, end: finding.span.end + shift } });
    }
    if (added.length === 0) break;
    findings = [...findings, ...added].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  }
  return findings;
}

function detectNoiseOnce(article: Article, options: NoiseOptions | undefined, context: NoiseContext): Finding[] {
  const compiled = compileNoiseOptions(options);
  const lexicon = compiledLexicon();
  const lines = collectLines(article, lexicon);
  const byIndex = new Map(lines.map((line, position) => [line.index, position]));

  for (const line of lines) {
    if (line.provenance === undefined) classifyLine(line, lexicon);
  }
  menuRows(lines);
  captions(article, lines, byIndex);
  mediaWidgets(lines);
  teaserBlocks(lines);
  duplicates(lines);
  contextSmoothing(lines, lexicon);
  widgetBlocks(lines, lexicon);
  zones(article, lines);
  if (context.corpus && compiled.corpusThreshold > 0) corpusEvidence(lines, context.corpus, compiled.corpusThreshold);
  const user = userPatterns(lines, compiled);
  return toFindings(article, lines, user, compiled);
}
