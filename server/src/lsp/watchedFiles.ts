/**
 * Follows article files that change on disk outside the editor: created,
 * changed, deleted, and renamed (which arrives as a delete and a create).
 */
import { DidChangeWatchedFilesNotification, FileChangeType, WatchKind, type Connection } from 'vscode-languageserver/node';
import { articleGlobs, type SourceLensSettings } from '../core/settings';
import type { ArticleWorkspace } from './articleWorkspace';
import { guarded } from './guard';
import { REVIEWS_GLOB } from './reviews/reviewStore';
import { filePathOf } from './uris';

/** Told of every change too, for files that are not articles (reviews.json). */
export interface WatchedFileListener {
  fileChanged(uri: string): Promise<void>;
}

export function followWatchedFiles(connection: Connection, workspace: ArticleWorkspace, listener?: WatchedFileListener): void {
  connection.onDidChangeWatchedFiles(guarded(connection, 'applying file changes', async (params) => {
    for (const change of params.changes) {
      await listener?.fileChanged(change.uri);
      if (change.type === FileChangeType.Deleted) {
        workspace.removePath(change.uri);
        continue;
      }
      const path = filePathOf(change.uri);
      if (path !== undefined && workspace.isArticleFile(path) && !workspace.isOpen(change.uri)) {
        await workspace.reloadFromDisk(change.uri);
      }
    }
  }));
}

/** Asks the client to watch the article globs, and every deletion, since deleting a folder reports only the folder. */
export async function registerFileWatchers(connection: Connection, settings: SourceLensSettings) {
  return connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: [
      ...articleGlobs(settings).map((globPattern) => ({ globPattern })),
      { globPattern: '**/*', kind: WatchKind.Delete },
      { globPattern: REVIEWS_GLOB },
    ],
  });
}
