/**
 * Reads every article file of the workspace folders at start (and again when
 * the folders or settings change), reporting work-done progress. It reads a
 * few files at a time and yields to the event loop between batches, so
 * requests are still answered while a large corpus is indexed.
 */
import type { WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { limitArticles, type LeftOut } from '../core/corpus/articleLimit';
import { articleGlobs, maxFileBytes } from '../core/settings';
import { findArticleFiles } from '../node/findArticleFiles';
import { readArticleFile } from '../node/readArticleFile';
import type { ArticleWorkspace } from './articleWorkspace';
import { EventLoopMonitor, type EventLoopStats } from './eventLoopMonitor';
import { uriOfPath } from './uris';

const READ_BATCH = 8;
/** Settling the corpus after loading yields to the event loop this often, so requests are still answered. */
const SETTLE_SLICE_MS = 20;

export interface IndexingOutcome {
  readonly files: number;
  readonly leftOut?: LeftOut;
  readonly cancelled: boolean;
  readonly folderErrors: readonly string[];
  /** Only when SOURCE_LENS_EVENT_LOOP_STATS is set. */
  readonly eventLoop?: EventLoopStats;
}

export async function indexWorkspace(
  workspace: ArticleWorkspace,
  progress: WorkDoneProgressReporter,
  isCancelled: () => boolean,
  /** Runs once the files are found, before any is read (the diagnostics cache shows what it has then). */
  beforeReading: (paths: readonly string[]) => Promise<void> = async () => undefined,
): Promise<IndexingOutcome> {
  const settings = workspace.currentSettings;
  const monitor = EventLoopMonitor.startIfRequested();
  progress.begin('Source Lens: indexing articles', 0, 'Looking for article files…', false);
  const found: string[] = [];
  const folderErrors: string[] = [];
  for (const folder of workspace.workspaceFolders) {
    const inFolder = await findArticleFiles(folder, { include: articleGlobs(settings), exclude: settings.excludeFiles });
    found.push(...inFolder.files);
    folderErrors.push(...inFolder.errors.map((error) => `${error.path}: ${error.message}`));
  }
  // Paths are all that is kept of the files beyond the limit; their text is never read.
  const { files: paths, leftOut } = limitArticles(found, settings.maxArticles);
  workspace.pruneOutsideCorpus(leftOut && new Set(paths));
  await beforeReading(paths);

  const maxBytes = maxFileBytes(settings);
  workspace.beginBulkLoad();
  try {
    return { ...await indexFiles(workspace, progress, isCancelled, paths, maxBytes, folderErrors, monitor), leftOut };
  } finally {
    const steps = workspace.endBulkLoad();
    let since = performance.now();
    while (!steps.next().done) {
      if (performance.now() - since < SETTLE_SLICE_MS) continue;
      await yieldToEventLoop();
      since = performance.now();
    }
    // Only now are the findings that depend on other articles in place: a client that waits for the
    // end of the progress must see the final diagnostics.
    progress.done();
  }
}

async function indexFiles(
  workspace: ArticleWorkspace,
  progress: WorkDoneProgressReporter,
  isCancelled: () => boolean,
  paths: readonly string[],
  maxBytes: number,
  folderErrors: string[],
  monitor: EventLoopMonitor | undefined,
): Promise<IndexingOutcome> {
  let done = 0;
  for (let batchStart = 0; batchStart < paths.length; batchStart += READ_BATCH) {
    if (isCancelled()) {
      return { files: done, cancelled: true, folderErrors, eventLoop: monitor?.stop() };
    }
    const batch = paths.slice(batchStart, batchStart + READ_BATCH);
    const results = await Promise.all(batch.map((path) => readArticleFile(path, maxBytes)));
    for (let i = 0; i < batch.length; i++) {
      const uri = uriOfPath(batch[i]);
      if (monitor) monitor.time(uri, () => workspace.applyDiskRead(uri, results[i]));
      else workspace.applyDiskRead(uri, results[i]);
      done++;
      await yieldToEventLoop();
    }
    progress.report(Math.floor((done / paths.length) * 100), `${done}/${paths.length} articles`);
  }
  return { files: done, cancelled: false, folderErrors, eventLoop: monitor?.stop() };
}

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
