/**
 * Inlay hints that name the speaker of each quotation, "— Vollmer", right
 * after its closing mark, with how the speaker was found in the tooltip. A
 * quotation resumed after an interruption („…“, sagte sie, „…“) is one
 * utterance: its hint follows the last part only.
 */
import type { InlayHint, InlayHintParams } from 'vscode-languageserver/node';
import type { Article } from '../../core/article/types';
import type { QuotationAttribution, QuotationSpeaker, SpeakerEvidence } from '../../core/speakers/discourse';
import type { ArticleWorkspace } from '../articleWorkspace';
import { escapeMarkdown } from '../render/links';

const EVIDENCE: Record<SpeakerEvidence, string> = {
  'reporting-verb': 'a reporting verb next to the name',
  'attribution-phrase': 'an attribution phrase (laut, zufolge, according to …)',
  pronoun: 'a pronoun, linked to the person last named',
  role: 'a role, linked to the person who holds it',
  continuation: 'the first part of this quotation',
  repetition: 'the same words, quoted earlier with their speaker',
  introduction: 'the sentence before, which introduces the quotation',
  context: 'the source of the reported speech around it',
  following: 'the next sentence, which names the speaker',
};

const MAX_CHAIN = 1000;

/**
 * `currentText` is the editor's newest text of the document: if the analysis
 * has not caught up with typing yet, it runs now, so no hint lands on a stale
 * offset.
 */
export function speakerInlayHints(workspace: ArticleWorkspace, params: InlayHintParams, currentText?: string): InlayHint[] {
  const uri = params.textDocument.uri;
  const stale = workspace.articleOf(uri);
  if (stale && currentText !== undefined && workspace.isOpen(uri) && stale.text !== currentText) workspace.setEditorText(uri, currentText);
  const entry = workspace.corpus.get(workspace.keyOf(uri));
  if (entry?.kind !== 'article') return [];
  const article = entry.article;
  const from = article.lineIndex.offsetAt(params.range.start);
  const to = article.lineIndex.offsetAt(params.range.end);

  // The parts of each utterance, by the index of its first part.
  const parts = new Map<number, number[]>();
  for (const quotation of article.quotations) {
    const first = firstPart(article, quotation.index);
    parts.set(first, [...(parts.get(first) ?? []), quotation.index]);
  }

  const hints: InlayHint[] = [];
  for (const [first, indexes] of parts) {
    const attribution = entry.claims.quotations[first];
    if (!attribution || (attribution.kind !== 'speech' && attribution.kind !== 'partial')) continue;
    const speaker = speakerOf(attribution, indexes.map((index) => entry.claims.quotations[index]));
    if (!speaker) continue;
    const last = article.quotations[indexes[indexes.length - 1]!]!;
    const offset = last.span.end;
    if (offset < from || offset > to) continue;
    hints.push({
      position: article.lineIndex.positionAt(offset),
      label: `— ${speaker.name}`,
      paddingLeft: true,
      tooltip: { kind: 'markdown', value: tooltipOf(article, speaker, indexes.length) },
    });
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

function firstPart(article: Article, index: number): number {
  let current = index;
  for (let step = 0; step < MAX_CHAIN; step++) {
    const earlier = article.quotations[current]?.continues;
    if (earlier === undefined || earlier >= current) return current;
    current = earlier;
  }
  return current;
}

/** The speaker of the first part, or of a later part that found one itself. */
function speakerOf(first: QuotationAttribution, parts: readonly (QuotationAttribution | undefined)[]): QuotationSpeaker | undefined {
  return first.speaker ?? parts.find((part) => part?.speaker && part.speaker.via !== 'continuation')?.speaker;
}

function tooltipOf(article: Article, speaker: QuotationSpeaker, partCount: number): string {
  const mention = article.text.slice(speaker.mention.start, speaker.mention.end).replace(/\s+/g, ' ').trim();
  const name = speaker.fullName ?? speaker.name;
  const lines = [`**${escapeMarkdown(name)}** — speaker found by ${EVIDENCE[speaker.via]}: “${escapeMarkdown(mention)}”.`];
  if (!speaker.resolved) lines.push('', '_The pronoun or role could not be linked to a name._');
  if (partCount > 1) lines.push('', `Speaks all ${partCount} parts of this quotation.`);
  return lines.join('\n');
}
