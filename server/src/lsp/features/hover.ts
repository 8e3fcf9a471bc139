/**
 * textDocument/hover: asks each feature in turn; the first that knows
 * something about the position answers.
 */
import type { Hover, HoverParams } from 'vscode-languageserver/node';
import type { ArticleWorkspace } from '../articleWorkspace';
import { agencyHover } from './agencyHover';
import { claimHover } from './claimHover';
import { entityHover } from './entities';

type HoverProvider = (workspace: ArticleWorkspace, uri: string, offset: number) => Hover | undefined;

const PROVIDERS: readonly HoverProvider[] = [entityHover, agencyHover, claimHover];

export function hover(workspace: ArticleWorkspace, params: HoverParams): Hover | null {
  const article = workspace.articleOf(params.textDocument.uri);
  if (!article) return null;
  const offset = article.lineIndex.offsetAt(params.position);
  for (const provider of PROVIDERS) {
    const answer = provider(workspace, params.textDocument.uri, offset);
    if (answer) return answer;
  }
  return null;
}
