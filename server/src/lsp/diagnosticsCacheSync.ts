/**
 * Keeps the diagnostics cache (node/diagnosticsCache.ts) in the extension's
 * storage folder in step with the workspace.
 *
 * At start it shows the cached diagnostics of every article file whose size
 * and modification time are unchanged, before the slow analysis. Diagnostics
 * depend on the whole corpus too (shared lines, quotations), so the indexing
 * still runs in full; what it publishes for those files is held back until it
 * is complete and then sent only where it differs, so the Problems panel does
 * not flicker through the findings of a half-read corpus.
 *
 * The cache is written when an indexing completes and, debounced, after later
 * changes, and only when its content changed.
 */
import { statSync, type Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  bundleBuild,
  CACHE_FILE_NAME,
  CACHE_FORMAT,
  CacheEncoder,
  contentDigest,
  readDiagnosticsCache,
  settingsKey,
  type CacheHeader,
  type LoadedCache,
} from '../node/diagnosticsCache';
import { writeAtomically } from '../node/writeAtomically';
import { VERSION } from '../version';
import type { ArticleWorkspace, PublishDiagnostics } from './articleWorkspace';
import { diagnosticsOf } from './diagnostics';
import { yieldToEventLoop } from './indexing';
import { filePathOf, uriOfPath } from './uris';

/** Long enough that a burst of file changes (a git checkout, a bulk clean) makes one write. */
const WRITE_DELAY_MS = 5_000;
/** Work between two turns of the event loop while showing the cache, comparing and encoding: requests wait no longer. */
const SHOW_SLICE_MS = 20;
/** A client that never answers must not keep the indexing from starting. */
const ROUND_TRIP_TIMEOUT_MS = 10_000;

/** Sends to the client; resolves once the message is written. */
export type SendDiagnostics = (...args: Parameters<PublishDiagnostics>) => Promise<void> | void;

export interface CacheSyncOptions {
  readonly log: (message: string) => void;
  /**
   * A request the client answers; as JSON-RPC keeps the order of messages, the
   * answer means the client has read everything sent before it.
   */
  readonly roundTrip?: () => Promise<unknown>;
  readonly roundTripTimeoutMs?: number;
  readonly writeDelayMs?: number;
}

export class DiagnosticsCacheSync {
  /**
   * The files whose cached diagnostics were shown and whose analysis is not
   * final yet (URI to path in the cache). The cache stays loaded until then,
   * its diagnostics still encoded: a fraction of the memory of decoded ones.
   */
  private readonly held = new Map<string, string>();
  private shownFrom: LoadedCache | undefined;
  private workspace?: ArticleWorkspace;
  private shownOnce = false;
  private indexing = false;
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  /** Digest of the cache file as last read or written, so an unchanged cache is not written again. */
  private lastWritten: string | undefined;
  private path: string | undefined;
  private language = 'en';
  /** The cache file's content, read from the start. */
  private reading: Promise<string> | undefined;

  constructor(private readonly send: SendDiagnostics, private readonly options: CacheSyncOptions) {}

  /**
   * @param folder the extension's storage folder for this workspace; no cache without one.
   * @param language the display language the messages are in.
   */
  useStorage(folder: string | undefined, language: string): void {
    this.path = folder === undefined ? undefined : join(folder, CACHE_FILE_NAME);
    this.language = language;
    // Read while the settings are fetched and the folders walked: at 10,000 articles the file has tens of megabytes.
    this.reading = this.path === undefined ? undefined : readFile(this.path, 'utf8');
    this.reading?.catch(() => undefined);
  }

  /** The workspace publishes through `publish`, so it is created after this and attached here. */
  attach(workspace: ArticleWorkspace): void {
    this.workspace = workspace;
  }

  readonly publish: PublishDiagnostics = (uri, diagnostics, version) => {
    if (this.held.has(uri)) {
      // An editor's version is what the user works on: it goes out at once, and is no longer held.
      if (version === undefined) return;
      this.held.delete(uri);
    }
    if (version === undefined) this.changed();
    void this.send(uri, diagnostics, version);
  };

  /** Called before an indexing reads the files it found. The first time, shows the cached diagnostics of unchanged files. */
  async indexingStarts(paths: readonly string[]): Promise<void> {
    this.indexing = true;
    clearTimeout(this.timer);
    const path = this.path;
    const workspace = this.workspace;
    if (this.shownOnce || path === undefined || workspace === undefined) return;
    this.shownOnce = true;
    const started = performance.now();
    const reading = this.reading;
    this.reading = undefined;
    const loaded = await readDiagnosticsCache(path, this.header(workspace), reading);
    if (!loaded.ok) {
      this.options.log(`Source Lens: no cached diagnostics used: ${loaded.reason}.`);
      return;
    }
    const readMs = performance.now() - started;
    const cpuBefore = process.cpuUsage();
    const { shown, statMs } = await this.show(paths, loaded.cache, workspace);
    const cpu = process.cpuUsage(cpuBefore);
    this.lastWritten = loaded.digest;
    this.shownFrom = loaded.cache;
    this.options.log(`Source Lens: showed the cached diagnostics of ${shown} of ${paths.length} article files in ${Math.round(performance.now() - started)} ms, ${Math.round(started)} ms after the server started (reading the cache ${Math.round(readMs)} ms, looking at the files ${Math.round(statMs)} ms; looking and sending took ${Math.round((cpu.user + cpu.system) / 1000)} ms of CPU time).`);
  }

  /**
   * Sends the cached diagnostics of unchanged files (each looked at just
   * before) a slice at a time, and returns once the client
   * has read them all: only then may the indexing take the event loop. Over
   * Node's IPC channel (VS Code's transport) a send only queues the message,
   * and the queue drains no faster than a pipe's buffer per turn of the event
   * loop; behind the indexing, that stretched seconds into half a minute. Each
   * slice is followed by a round trip to the client, and the next slice waits
   * for the one before, so the pipe stays full without the queue growing.
   */
  private async show(paths: readonly string[], cache: LoadedCache, workspace: ArticleWorkspace): Promise<{ shown: number; statMs: number }> {
    let shown = 0;
    let statMs = 0;
    let writes: (Promise<void> | void)[] = [];
    let previousSlice: Promise<void> = Promise.resolve();
    let sliceStart = performance.now();
    for (const file of paths) {
      const statStart = performance.now();
      const unchanged = isUnchanged(file, cache);
      statMs += performance.now() - statStart;
      const uri = unchanged ? uriOfPath(file) : undefined;
      const diagnostics = uri === undefined || workspace.isOpen(uri) || workspace.corpus.get(workspace.keyOf(uri)) ? undefined : cache.diagnostics(file);
      if (uri !== undefined && diagnostics !== undefined) {
        this.held.set(uri, file);
        writes.push(this.send(uri, diagnostics));
        shown++;
      }
      if (performance.now() - sliceStart < SHOW_SLICE_MS) continue;
      const slice = writes.length > 0 ? this.roundTrip() : Promise.resolve();
      await Promise.all(writes);
      writes = [];
      await previousSlice;
      previousSlice = slice;
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
    await Promise.all(writes);
    if (shown > 0) await Promise.all([previousSlice, this.roundTrip()]);
    return { shown, statMs };
  }

  /** Resolves once the client answered a request sent after everything before it, or when it is taking too long. */
  private roundTrip(): Promise<void> {
    const roundTrip = this.options.roundTrip;
    if (roundTrip === undefined) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, this.options.roundTripTimeoutMs ?? ROUND_TRIP_TIMEOUT_MS);
      void roundTrip().catch(() => undefined).then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Called when an indexing ends. A complete one makes the analysis final: held diagnostics that differ go out, and the cache is written. */
  async indexingEnds(complete: boolean): Promise<void> {
    if (!complete || !this.workspace) return;
    this.indexing = false;
    let sent = 0;
    let sliceStart = performance.now();
    for (const [uri, file] of [...this.held]) {
      this.held.delete(uri);
      if (this.workspace.isOpen(uri)) continue; // The editor's text has been published, with its version.
      const final = diagnosticsOf(this.workspace.corpus.get(this.workspace.keyOf(uri)));
      if (!isDeepStrictEqual(final, this.shownFrom?.diagnostics(file))) {
        void this.send(uri, final);
        sent++;
      }
      if (performance.now() - sliceStart >= SHOW_SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
    this.shownFrom = undefined;
    if (sent > 0) this.options.log(`Source Lens: ${sent} cached diagnostics lists were out of date and were replaced.`);
    this.dirty = true;
    this.scheduleWrite(0);
  }

  /** Writes what is pending now, for shutdown. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.dirty && !this.indexing) await this.write();
    await this.writing;
  }

  private changed(): void {
    if (this.path === undefined) return;
    this.dirty = true;
    if (!this.indexing) this.scheduleWrite(this.options.writeDelayMs ?? WRITE_DELAY_MS);
  }

  private scheduleWrite(delayMs: number): void {
    if (this.path === undefined) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.write();
    }, delayMs);
    this.timer.unref();
  }

  private write(): Promise<void> {
    this.writing = this.writing.then(async () => {
      const path = this.path;
      const workspace = this.workspace;
      if (!this.dirty || this.indexing || path === undefined || workspace === undefined) return;
      this.dirty = false;
      const content = await this.encode(workspace);
      if (this.indexing) return; // A new indexing began meanwhile: it will write when it ends.
      const digest = contentDigest(content);
      if (digest === this.lastWritten) return;
      try {
        await writeAtomically(path, content);
        this.lastWritten = digest;
      } catch (error) {
        this.options.log(`Source Lens: could not write the diagnostics cache ${path}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    return this.writing;
  }

  /** A slice at a time: a large corpus takes longer than the event loop may be held. */
  private async encode(workspace: ArticleWorkspace): Promise<string> {
    const encoder = new CacheEncoder(this.header(workspace));
    let sliceStart = performance.now();
    for (const [key, stamp] of [...workspace.diskArticles()]) {
      const path = filePathOf(key);
      const entry = workspace.corpus.get(key);
      if (path === undefined || entry === undefined) continue;
      encoder.add({ path, size: stamp.size, mtimeMs: stamp.mtimeMs, diagnostics: diagnosticsOf(entry) });
      if (performance.now() - sliceStart >= SHOW_SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
    return encoder.finish();
  }

  private header(workspace: ArticleWorkspace): CacheHeader {
    const settings = workspace.currentSettings;
    return {
      format: CACHE_FORMAT,
      analyser: analyserBuild(),
      settings: settingsKey({
        articleFiles: settings.articleFiles,
        maxFileSize: settings.maxFileSize,
        maxArticles: settings.maxArticles,
        noise: settings.noise,
        reviewed: [...workspace.reviewedKeys].sort(),
      }),
      language: this.language,
    };
  }
}

/**
 * Whether the file's size and modification time are those in the cache. A
 * synchronous stat of a file the walk has just listed takes microseconds, a
 * tenth of a round trip through the thread pool.
 */
function isUnchanged(file: string, cache: LoadedCache): boolean {
  const cached = cache.files.get(file);
  if (cached === undefined) return false;
  const stamp = stampOf(file);
  return stamp !== undefined && stamp.size === cached.size && stamp.mtimeMs === cached.mtimeMs;
}

function stampOf(file: string): Stats | undefined {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined; // Unreadable now: the indexing will say why.
  }
}

let build: string | undefined;

function analyserBuild(): string {
  build ??= bundleBuild(__filename, VERSION);
  return build;
}

/** The client names its storage folder in the initialization options (`cacheFolder`). */
export function cacheFolderOf(initializationOptions: unknown): string | undefined {
  const folder = initializationOptions && typeof initializationOptions === 'object'
    ? (initializationOptions as Record<string, unknown>).cacheFolder
    : undefined;
  return typeof folder === 'string' && folder !== '' ? folder : undefined;
}
