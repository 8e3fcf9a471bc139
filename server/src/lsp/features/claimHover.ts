/**
 * Hover on a sentence with a claim finding (unattributed, or a vague source):
 * the reasoning behind it. Which claim signals were found, in which words;
 * which attribution was looked for and what was found; and, in German, the
 * mood, since Konjunktiv I carries an attribution from sentence to sentence.
 * Other sentences have no claim hover, so people and agency hovers stay.
 */
import type { Hover } from 'vscode-languageserver/node';
import type { Article } from '../../core/article/types';
import type { ClaimAnalysis, SentenceAssessment } from '../../core/claims/assess';
import type { SignalKind } from '../../core/claims/signals';
import type { AttributionCue } from '../../core/speakers/attribution';
import type { ResolvedAttribution } from '../../core/speakers/discourse';
import type { VagueReason } from '../../core/speakers/sources';
import type { ArticleWorkspace } from '../articleWorkspace';
import { escapeMarkdown } from '../render/links';

const SIGNAL_LABEL: Record<SignalKind, string> = {
  number: 'number or quantity',
  cause: 'cause or motive',
  assessment: 'assessment',
  prediction: 'prediction',
  allegation: 'allegation',
  background: 'background fact',
  generalisation: 'generalisation',
};

const VAGUE_REASON: Record<VagueReason, string> = {
  unnamed: 'it names no one in particular',
  'own-outlet': "it is the outlet's own unnamed information",
  'no-owner': 'it does not say whose',
  impersonal: 'an impersonal form names no source',
  place: 'it names a place, not a source',
};

const CUE_KIND: Record<AttributionCue['kind'], string> = {
  named: 'names a source',
  vague: 'an unnamed source',
  hearsay: 'hearsay, no source',
  context: 'points back to an earlier source',
};

const EXCERPT_CHARS = 70;

export function claimHover(workspace: ArticleWorkspace, uri: string, offset: number): Hover | undefined {
  const entry = workspace.corpus.get(workspace.keyOf(uri));
  if (entry?.kind !== 'article') return undefined;
  const sentence = entry.claims.sentences.find((s) => s.span.start <= offset && offset < s.span.end && (s.verdict === 'unattributed' || s.verdict === 'vague'));
  if (!sentence) return undefined;
  const value = renderClaimHover(entry.article, entry.claims, sentence, workspace.reviewedKeys.has(sentence.key));
  return { contents: { kind: 'markdown', value }, range: entry.article.lineIndex.rangeOf(sentence.span) };
}

export function renderClaimHover(article: Article, claims: ClaimAnalysis, sentence: SentenceAssessment, checked: boolean): string {
  const quote = (words: string) => `“${escapeMarkdown(words.replace(/\s+/g, ' ').trim())}”`;
  const lines: string[] = [];
  lines.push(sentence.verdict === 'vague' ? '**Vague source** — Source Lens' : '**Unattributed claim** — Source Lens');
  if (sentence.message) lines.push('', escapeMarkdown(sentence.message));

  lines.push('', '**Claim signals** (in the journalist’s own words)', '');
  const signals = sentence.signals.filter((s) => !sentence.signals.some((other) => other !== s && other.kind === s.kind
    && other.span.start <= s.span.start && s.span.end <= other.span.end && other.span.end - other.span.start > s.span.end - s.span.start));
  if (signals.length === 0) lines.push('- none');
  for (const signal of signals) lines.push(`- ${SIGNAL_LABEL[signal.kind]}: ${quote(signal.text)}`);

  lines.push('', '**Attribution**', '');
  lines.push(`- ${describeAttribution(sentence.attribution, article, quote)}`);
  const deciding = sentence.attribution?.cue;
  for (const cue of sentence.cues) {
    if (cue === deciding) continue;
    lines.push(`- also ${quote(cue.cue)} (${CUE_KIND[cue.kind]}${cue.source ? `: ${quote(cue.source.text)}` : ''})`);
  }
  lines.push('', 'Looked for:', '', ...sentence.lookedFor.map((what) => `- ${escapeMarkdown(what)}`));

  if (article.language === 'de') {
    const reading = claims.discourse.sentences[sentence.sentence]?.mood;
    const cue = reading?.cue ? ` (${quote(reading.cue.text)})` : '';
    const from = sentence.attribution?.from;
    const chain = sentence.attribution?.via === 'reported-speech' ? `: reported speech, continuing the source of ${from === undefined ? 'an earlier sentence' : `sentence ${from + 1}`}` : '';
    switch (sentence.mood) {
      case 'subjunctive-i':
        lines.push('', `**Mood:** Konjunktiv I${cue}${chain || ': reported speech, but no earlier source to continue'}`);
        break;
      case 'subjunctive-ii':
        lines.push('', `**Mood:** Konjunktiv II${cue}${chain}`);
        break;
      default:
        lines.push('', sentence.attribution
          ? '**Mood:** indicative'
          : '**Mood:** indicative — no Konjunktiv I, so no reported-speech chain carries a source into this sentence');
    }
  }

  lines.push('', checked
    ? '_Marked as checked in .source-lens/reviews.json._'
    : '_Verified it? The quick fix “Mark as checked” records that in .source-lens/reviews.json._');
  return lines.join('\n');
}

function describeAttribution(attribution: ResolvedAttribution | undefined, article: Article, quote: (words: string) => string): string {
  if (!attribution) return 'None found: no source is named for this sentence, here or in a reported-speech chain before it.';
  const source = attribution.source;
  const cue = attribution.cue;
  const why = source?.vagueReason ? ` Vague: ${VAGUE_REASON[source.vagueReason]}.` : '';
  const what = source ? `${attribution.kind === 'vague' ? 'an unnamed source' : 'a source'}, ${quote(source.text)}` : 'no source';
  switch (attribution.via) {
    case 'own':
      if (!source && cue) return `Found only ${quote(cue.cue)} (${CUE_KIND[cue.kind]}): it does not say who.`;
      return `Found${cue ? ` by ${quote(cue.cue)}` : ''} ${what}.${why}`;
    case 'reported-speech':
      return `Found by reported speech: it continues ${what}, from ${sentenceRef(article, attribution.from, quote)}.${why}`;
    case 'context':
      return `Found by pointing back${cue ? ` (${quote(cue.cue)})` : ''} to ${what}, in ${sentenceRef(article, attribution.from, quote)}.${why}`;
    case 'following':
      return `Found in the next sentence: ${what}.${why}`;
    case 'quotation':
      return `Found as the speaker of the quotation: ${what}.${why}`;
  }
}

function sentenceRef(article: Article, index: number | undefined, quote: (words: string) => string): string {
  const sentence = index === undefined ? undefined : article.sentences[index];
  if (!sentence || index === undefined) return 'an earlier sentence';
  const words = article.text.slice(sentence.span.start, sentence.span.end).replace(/\s+/g, ' ').trim();
  const excerpt = words.length > EXCERPT_CHARS ? `${words.slice(0, EXCERPT_CHARS - 1).trimEnd()}…` : words;
  return `sentence ${index + 1} (${quote(excerpt)})`;
}
