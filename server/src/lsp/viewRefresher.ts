/**
 * When an edit to one article changes what other articles show (a quotation
 * now matched elsewhere, a name resolved across the corpus), the client's code
 * lenses, semantic tokens and inlay hints of those articles are stale. This asks
 * the client to refresh them, once per burst of changes, where it supports it.
 */
import {
  CodeLensRefreshRequest,
  InlayHintRefreshRequest,
  SemanticTokensRefreshRequest,
  type ClientCapabilities,
  type Connection,
} from 'vscode-languageserver/node';
import { logFailure } from './guard';

const REFRESH_DELAY_MS = 300;

export class ViewRefresher {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly connection: Connection, private readonly capabilities: () => ClientCapabilities | undefined) {}

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.refresh().catch((error: unknown) => logFailure(this.connection, 'refreshing views', error));
    }, REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const workspace = this.capabilities()?.workspace;
    const requests: Promise<void>[] = [];
    if (workspace?.codeLens?.refreshSupport) requests.push(this.connection.sendRequest(CodeLensRefreshRequest.type));
    if (workspace?.semanticTokens?.refreshSupport) requests.push(this.connection.sendRequest(SemanticTokensRefreshRequest.type));
    if (workspace?.inlayHint?.refreshSupport) requests.push(this.connection.sendRequest(InlayHintRefreshRequest.type));
    await Promise.all(requests);
  }
}
