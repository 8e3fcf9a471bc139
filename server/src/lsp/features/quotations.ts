/**
 * The same statement in other articles: Go to Definition inside a quotation
 * jumps to the other versions (best match first), Find All References lists
 * every version, and a code lens counts the other articles that quote it.
 */
import type { CodeLens, Location } from 'vscode-languageserver/node';
import type { QuoteMatch } from '../../core/quoteMatching/quoteIndex';
import type { ArticleWorkspace } from '../articleWorkspace';
import * as l10n from '../../core/messages/l10n';

export const SHOW_QUOTE_VERSIONS_COMMAND = 'sourceLens.showQuoteVersions';

function matchesAt(workspace: ArticleWorkspace, uri: string, offset: number): { key: string; quotation: number; matches: QuoteMatch[] } | undefined {
  const key = workspace.keyOf(uri);
  const quotation = workspace.corpus.quotes.quotationAt(key, offset);
  if (quotation === undefined) return undefined;
  return { key, quotation, matches: workspace.corpus.quotes.matchesOf(key, quotation) };
}

function locationOf(workspace: ArticleWorkspace, key: string, span: { start: number; end: number }): Location[] {
  const article = workspace.articleOf(key);
  return article ? [{ uri: workspace.uriOf(key), range: article.lineIndex.rangeOf(span) }] : [];
}

export function quotationDefinition(workspace: ArticleWorkspace, uri: string, offset: number): Location[] | undefined {
  const found = matchesAt(workspace, uri, offset);
  if (!found || found.matches.length === 0) return undefined;
  return found.matches.flatMap((match) => locationOf(workspace, match.key, match.span));
}

export function quotationReferences(workspace: ArticleWorkspace, uri: string, offset: number): Location[] | undefined {
  const found = matchesAt(workspace, uri, offset);
  const article = workspace.articleOf(uri);
  if (!found || !article) return undefined;
  const own = locationOf(workspace, found.key, article.quotations[found.quotation].span);
  return [...own, ...found.matches.flatMap((match) => locationOf(workspace, match.key, match.span))];
}

export function quotationCodeLenses(workspace: ArticleWorkspace, uri: string): CodeLens[] {
  const key = workspace.keyOf(uri);
  const article = workspace.articleOf(uri);
  if (!article) return [];
  const found: { index: number; others: number; range: CodeLens['range'] }[] = [];
  article.quotations.forEach((quotation, index) => {
    if (quotation.depth > 0 || quotation.continues !== undefined) return;
    const matches = workspace.corpus.quotes.matchesOf(key, index);
    const others = new Set(matches.map((match) => match.key).filter((other) => other !== key)).size;
    if (others > 0) found.push({ index, others, range: article.lineIndex.rangeOf(quotation.span) });
  });
  return found.map(({ index, others, range }) => {
    const count = others === 1 ? l10n.t('quoted in 1 other article') : l10n.t('quoted in {count} other articles', { count: others });
    // Lenses of one line stand side by side, so each names its quotation.
    const sharesLine = found.some((other) => other.index !== index && other.range.start.line === range.start.line);
    return {
      range,
      command: {
        title: sharesLine ? `${openingWords(article.text.slice(article.quotations[index].content.start, article.quotations[index].content.end))}: ${count}` : count,
        command: SHOW_QUOTE_VERSIONS_COMMAND,
        arguments: [workspace.uriOf(key), range.start.line, range.start.character],
      },
    };
  });
}

function openingWords(text: string): string {
  const words = text.trim().split(/\s+/);
  return `„${words.slice(0, 3).join(' ')}${words.length > 3 ? ' …' : ''}“`;
}
