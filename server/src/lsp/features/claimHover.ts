/**
 * Hover on a sentence with a claim finding (unattributed, or a vague source):
 * the reasoning behind it. Which claim signals were found, in which words;
 * which attribution was looked for and what was found; and, in German, the
 * mood, since Konjunktiv I carries an attribution from sentence to sentence.
 * Other sentences have no claim hover, so people and agency hovers stay.
 */
import type { Hover } from 'vscode-languageserver/node';
import type { Article } from '../../core/article/types';
import type { MoodReading } from '../../core/speakers/mood';
import type { SignalKind } from '../../core/claims/signals';
import type { AttributionCue } from '../../core/speakers/attribution';
import type { ResolvedAttribution } from '../../core/speakers/discourse';
import type { VagueReason } from '../../core/speakers/sources';
import type { FlaggedAssessment } from '../../core/corpus/compact';
import type { ArticleWorkspace } from '../articleWorkspace';
import * as l10n from '../../core/messages/l10n';
import { escapeMarkdown } from '../render/links';

const SIGNAL_LABEL: Record<SignalKind, () => string> = {
  number: () => l10n.t('number or quantity'),
  cause: () => l10n.t('cause or motive'),
  assessment: () => l10n.t('assessment'),
  prediction: () => l10n.t('prediction'),
  allegation: () => l10n.t('allegation'),
  background: () => l10n.t('background fact'),
  generalisation: () => l10n.t('generalisation'),
};

const VAGUE_REASON: Record<VagueReason, () => string> = {
  unnamed: () => l10n.t('it names no one in particular'),
  'own-outlet': () => l10n.t("it is the outlet's own unnamed information"),
  'no-owner': () => l10n.t('it does not say whose'),
  impersonal: () => l10n.t('an impersonal form names no source'),
  place: () => l10n.t('it names a place, not a source'),
};

const CUE_KIND: Record<AttributionCue['kind'], () => string> = {
  named: () => l10n.t('names a source'),
  vague: () => l10n.t('an unnamed source'),
  hearsay: () => l10n.t('hearsay, no source'),
  context: () => l10n.t('points back to an earlier source'),
};

const EXCERPT_CHARS = 70;

export function claimHover(workspace: ArticleWorkspace, uri: string, offset: number): Hover | undefined {
  const entry = workspace.corpus.get(workspace.keyOf(uri));
  if (entry?.kind !== 'article') return undefined;
  const flagged = entry.claims.flagged.find(({ assessment: s }) => s.span.start <= offset && offset < s.span.end);
  if (!flagged) return undefined;
  const sentence = flagged.assessment;
  const value = renderClaimHover(entry.article, flagged.mood, sentence, workspace.reviewedKeys.has(sentence.key));
  return { contents: { kind: 'markdown', value }, range: entry.article.lineIndex.rangeOf(sentence.span) };
}

export function renderClaimHover(article: Article, reading: MoodReading | undefined, sentence: FlaggedAssessment, checked: boolean): string {
  const quote = (words: string) => `“${escapeMarkdown(words.replace(/\s+/g, ' ').trim())}”`;
  const lines: string[] = [];
  lines.push(`**${sentence.verdict === 'vague' ? l10n.t('Vague source') : l10n.t('Unattributed claim')}** — Source Lens`);
  if (sentence.message) lines.push('', escapeMarkdown(sentence.message));

  lines.push('', l10n.t('**Claim signals** (in the journalist’s own words)'), '');
  const signals = sentence.signals.filter((s) => !sentence.signals.some((other) => other !== s && other.kind === s.kind
    && other.span.start <= s.span.start && s.span.end <= other.span.end && other.span.end - other.span.start > s.span.end - s.span.start));
  if (signals.length === 0) lines.push(`- ${l10n.t('none')}`);
  for (const signal of signals) lines.push(`- ${SIGNAL_LABEL[signal.kind]()}: ${quote(signal.text)}`);

  lines.push('', `**${l10n.t('Attribution')}**`, '');
  lines.push(`- ${describeAttribution(sentence.attribution, article, quote)}`);
  const deciding = sentence.attribution?.cue;
  for (const cue of sentence.cues) {
    if (cue === deciding) continue;
    lines.push(`- ${l10n.t('also {cue} ({kind})', { cue: quote(cue.cue), kind: `${CUE_KIND[cue.kind]()}${cue.source ? `: ${quote(cue.source.text)}` : ''}` })}`);
  }
  lines.push('', l10n.t('Looked for:'), '', ...sentence.lookedFor.map((what) => `- ${escapeMarkdown(what)}`));

  if (article.language === 'de') {
    const cue = reading?.cue ? ` (${quote(reading.cue.text)})` : '';
    const from = sentence.attribution?.from;
    const earlier = from === undefined ? l10n.t('an earlier sentence') : l10n.t('sentence {number}', { number: from + 1 });
    const chain = sentence.attribution?.via === 'reported-speech' ? l10n.t(': reported speech, continuing the source of {sentence}', { sentence: earlier }) : '';
    const mood = `**${l10n.t('Mood:')}**`;
    switch (sentence.mood) {
      case 'subjunctive-i':
        lines.push('', `${mood} Konjunktiv I${cue}${chain || l10n.t(': reported speech, but no earlier source to continue')}`);
        break;
      case 'subjunctive-ii':
        lines.push('', `${mood} Konjunktiv II${cue}${chain}`);
        break;
      default:
        lines.push('', `${mood} ${sentence.attribution
          ? l10n.t('indicative')
          : l10n.t('indicative — no Konjunktiv I, so no reported-speech chain carries a source into this sentence')}`);
    }
  }

  lines.push('', checked
    ? `_${l10n.t('Marked as checked in .source-lens/reviews.json.')}_`
    : `_${l10n.t('Verified it? The quick fix “Mark as checked” records that in .source-lens/reviews.json.')}_`);
  return lines.join('\n');
}

function describeAttribution(attribution: ResolvedAttribution | undefined, article: Article, quote: (words: string) => string): string {
  if (!attribution) return l10n.t('None found: no source is named for this sentence, here or in a reported-speech chain before it.');
  const source = attribution.source;
  const cue = attribution.cue;
  const why = source?.vagueReason ? l10n.t(' Vague: {reason}.', { reason: VAGUE_REASON[source.vagueReason]() }) : '';
  const what = source
    ? (attribution.kind === 'vague' ? l10n.t('an unnamed source, {source}', { source: quote(source.text) }) : l10n.t('a source, {source}', { source: quote(source.text) }))
    : l10n.t('no source');
  switch (attribution.via) {
    case 'own':
      if (!source && cue) return l10n.t('Found only {cue} ({kind}): it does not say who.', { cue: quote(cue.cue), kind: CUE_KIND[cue.kind]() });
      return cue ? l10n.t('Found by {cue} {source}.{why}', { cue: quote(cue.cue), source: what, why }) : l10n.t('Found {source}.{why}', { source: what, why });
    case 'reported-speech':
      return l10n.t('Found by reported speech: it continues {source}, from {sentence}.{why}', { source: what, sentence: sentenceRef(article, attribution.from, quote), why });
    case 'context':
      return cue
        ? l10n.t('Found by pointing back ({cue}) to {source}, in {sentence}.{why}', { cue: quote(cue.cue), source: what, sentence: sentenceRef(article, attribution.from, quote), why })
        : l10n.t('Found by pointing back to {source}, in {sentence}.{why}', { source: what, sentence: sentenceRef(article, attribution.from, quote), why });
    case 'following':
      return l10n.t('Found in the next sentence: {source}.{why}', { source: what, why });
    case 'quotation':
      return l10n.t('Found as the speaker of the quotation: {source}.{why}', { source: what, why });
  }
}

function sentenceRef(article: Article, index: number | undefined, quote: (words: string) => string): string {
  const sentence = index === undefined ? undefined : article.sentences[index];
  if (!sentence || index === undefined) return l10n.t('an earlier sentence');
  const words = article.text.slice(sentence.span.start, sentence.span.end).replace(/\s+/g, ' ').trim();
  const excerpt = words.length > EXCERPT_CHARS ? `${words.slice(0, EXCERPT_CHARS - 1).trimEnd()}…` : words;
  return l10n.t('sentence {number} ({excerpt})', { number: index + 1, excerpt: quote(excerpt) });
}
