/**
 * Hover on an agency credit such as "(rt/dpa)" or a dateline "BERLIN (dpa) –":
 * names the agencies, which a critical reader needs to weigh the source.
 */
import type { Hover } from 'vscode-languageserver/node';
import { agencyCreditAt, describeAgencyCredit } from '../../core/noise/agencyCredits';
import type { ArticleWorkspace } from '../articleWorkspace';

export function agencyHover(workspace: ArticleWorkspace, uri: string, offset: number): Hover | undefined {
  const article = workspace.articleOf(uri);
  const credit = article && agencyCreditAt(article, offset);
  if (!article || !credit) return undefined;
  return { contents: { kind: 'markdown', value: describeAgencyCredit(credit) }, range: article.lineIndex.rangeOf(credit.span) };
}
