/**
 * Tells the user that a workspace holds more article files than the
 * sourceLens.maxArticles setting lets the server analyse, and which are left
 * out: a warning once per indexing, and the details in the output channel.
 */
import type { Connection } from 'vscode-languageserver/node';
import * as l10n from '../core/messages/l10n';
import type { LeftOut } from '../core/corpus/articleLimit';

export function reportLeftOut(connection: Connection, leftOut: LeftOut): void {
  const message = l10n.t(
    'Source Lens: the workspace has {found} article files; only the first {limit} (in path order) are analysed, as the setting sourceLens.maxArticles allows. {count} files from {first} on have no diagnostics, hovers or links unless opened.',
    { found: leftOut.found, limit: leftOut.limit, count: leftOut.count, first: leftOut.first },
  );
  connection.console.warn(message);
  void connection.window.showWarningMessage(message);
}
