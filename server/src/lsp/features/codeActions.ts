/**
 * Quick fixes for scrape noise: remove one flagged line (or glued span), or
 * every piece of noise in the file at once.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { Article } from '../../core/article/types';
import type { Finding } from '../../core/diagnostics/finding';
import { isNoiseCode } from '../../core/noise/categories';
import { noiseEdits, removalEdit, type TextEdit as CoreEdit } from '../../core/noise/clean';
import type { ArticleWorkspace } from '../articleWorkspace';
import * as l10n from '../../core/messages/l10n';

export const FIX_ALL_NOISE_KIND = `${CodeActionKind.SourceFixAll}.sourceLens`;

export function codeActions(workspace: ArticleWorkspace, params: CodeActionParams): CodeAction[] {
  const uri = params.textDocument.uri;
  const article = workspace.articleOf(uri);
  const entry = workspace.corpus.get(workspace.keyOf(uri));
  if (!article || entry?.kind !== 'article') return [];
  const noise = entry.findings.filter((finding) => isNoiseCode(finding.code));
  if (noise.length === 0) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));

  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      const finding = noise.find((candidate) => matches(article, candidate, diagnostic));
      if (!finding) continue;
      const wholeLine = isWholeLine(article, finding);
      actions.push({
        title: wholeLine ? l10n.t('Remove this line') : l10n.t('Remove this scrape noise'),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: [toLspEdit(article, removalEdit(article, finding))] } },
      });
    }
  }
  const fixAll = { changes: { [uri]: noiseEdits(article, noise).map((edit) => toLspEdit(article, edit)) } };
  if (wants(CodeActionKind.QuickFix) && actions.length > 0) {
    actions.push({ title: l10n.t('Remove all scrape noise in this file'), kind: CodeActionKind.QuickFix, diagnostics: params.context.diagnostics, edit: fixAll });
  }
  if (only?.some((requested) => FIX_ALL_NOISE_KIND.startsWith(requested) && requested.startsWith(CodeActionKind.SourceFixAll))) {
    actions.push({ title: l10n.t('Remove all scrape noise in this file'), kind: FIX_ALL_NOISE_KIND, edit: fixAll });
  }
  return actions;
}

export function toLspEdit(article: Article, edit: CoreEdit): TextEdit {
  return { range: article.lineIndex.rangeOf(edit.span), newText: edit.newText };
}

function matches(article: Article, finding: Finding, diagnostic: Diagnostic): boolean {
  if (diagnostic.code !== finding.code) return false;
  const range = article.lineIndex.rangeOf(finding.span);
  return range.start.line === diagnostic.range.start.line && range.start.character === diagnostic.range.start.character
    && range.end.line === diagnostic.range.end.line && range.end.character === diagnostic.range.end.character;
}

function isWholeLine(article: Article, finding: Finding): boolean {
  const line = article.lines[article.lineIndex.positionAt(finding.span.start).line];
  return article.text.slice(line.span.start, finding.span.start).trim() === '' && article.text.slice(finding.span.end, line.span.end).trim() === '';
}
