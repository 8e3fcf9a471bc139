/**
 * The server's view of the corpus: which articles exist on disk, which are open
 * in an editor (whose text then wins over the disk), and the diagnostics each
 * one has. Everything that changes an article goes through here, so the
 * diagnostics the client sees always follow the corpus.
 */
import { relative, sep, isAbsolute } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver/node';
import type { Article } from '../core/article/types';
import { Corpus } from '../core/corpus/corpus';
import type { EntityIndex } from '../core/entities/entityIndex';
import { articleGlobs, DEFAULT_SETTINGS, maxFileBytes, type SourceLensSettings } from '../core/settings';
import { tooLarge } from '../core/text/decode';
import { utf8Length } from '../core/text/utf8Length';
import { articleMatcher } from '../node/findArticleFiles';
import { readArticleFile, type FileStamp, type ReadResult } from '../node/readArticleFile';
import { diagnosticsOf } from './diagnostics';
import { canonicalUri, filePathOf } from './uris';

/** `version` is the editor's version of the text the diagnostics were computed from, for open documents. */
export type PublishDiagnostics = (uri: string, diagnostics: Diagnostic[], version?: number) => void;

export class ArticleWorkspace {
  readonly corpus = new Corpus();
  private folders: string[] = [];
  private settings: SourceLensSettings = DEFAULT_SETTINGS;
  private matches = articleMatcher({ include: articleGlobs(DEFAULT_SETTINGS) });
  /** Keys of documents open in an editor, with the URI spelling the editor uses. */
  private readonly openUris = new Map<string, string>();
  /** The editor's version of the text last analysed, per open document key. */
  private readonly openVersions = new Map<string, number>();
  /** Size and modification time of the file each disk article was last read from (for the diagnostics cache). */
  private readonly diskStamps = new Map<string, FileStamp>();

  /**
   * @param linksChanged called when an update changed other articles too (shared
   * quotations, boilerplate lines), so views such as code lenses can refresh.
   */
  constructor(private readonly publish: PublishDiagnostics, private readonly linksChanged: () => void = () => undefined) {}

  /** Applies folders and settings; articles whose findings the settings change are re-published. */
  configure(folders: readonly string[], settings: SourceLensSettings): void {
    this.folders = [...folders];
    this.settings = settings;
    this.matches = articleMatcher({ include: articleGlobs(settings), exclude: settings.excludeFiles });
    this.publishKeys(this.corpus.configure({ noise: settings.noise }));
  }

  get reviewedKeys(): ReadonlySet<string> {
    return this.corpus.reviewedKeys;
  }

  /** Applies new review marks and re-publishes the articles they change. */
  setReviewed(keys: ReadonlySet<string>): void {
    this.publishKeys(this.corpus.setReviewed(keys));
  }

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  get currentSettings(): SourceLensSettings {
    return this.settings;
  }

  /** The article model of a document, if it is an article that could be read. */
  articleOf(uri: string): Article | undefined {
    const entry = this.corpus.get(canonicalUri(uri));
    return entry?.kind === 'article' ? entry.article : undefined;
  }

  get entities(): EntityIndex {
    return this.corpus.entities;
  }

  /** The corpus key of a document, whichever way its URI is spelled. */
  keyOf(uri: string): string {
    return canonicalUri(uri);
  }

  /** The URI to show the client for a corpus key: the editor's spelling when the document is open. */
  uriOf(key: string): string {
    return this.uriFor(key);
  }

  isOpen(uri: string): boolean {
    return this.openUris.has(canonicalUri(uri));
  }

  /** Whether a file on disk belongs to the corpus: inside a workspace folder and matched by the article globs. */
  isArticleFile(path: string): boolean {
    return this.folders.some((folder) => {
      const inside = relative(folder, path);
      return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) && this.matches(inside.split(sep).join('/'));
    });
  }

  /**
   * Initial indexing: until endBulkLoad, each article is analysed on its own and
   * what depends on other articles (quote.variant, shared boilerplate lines)
   * is settled in one pass at the end, which publishes what it changed.
   */
  beginBulkLoad(): void {
    this.corpus.beginBatch();
  }

  /** One step per article settled; the caller may yield to the event loop between steps. */
  *endBulkLoad(): Generator<void, void> {
    let changed = false;
    for (const key of this.corpus.settleBatch()) {
      if (key !== undefined) {
        this.publishKeys([key]);
        changed = true;
      }
      yield;
    }
    if (changed) this.linksChanged();
  }

  /** Applies what was read from disk, unless an editor holds the document. */
  applyDiskRead(uri: string, result: ReadResult): void {
    const key = canonicalUri(uri);
    if (this.openUris.has(key)) return;
    // A file created once the corpus holds sourceLens.maxArticles disk articles is left out, as the indexing leaves out the files beyond it.
    if (result.kind !== 'missing' && !this.diskStamps.has(key) && this.diskStamps.size >= this.settings.maxArticles) {
      if (this.corpus.has(key)) this.removeKey(key); // an editor's copy, closed
      return;
    }
    if (result.kind !== 'missing' && result.stamp) this.diskStamps.set(key, result.stamp);
    else this.diskStamps.delete(key);
    switch (result.kind) {
      case 'text':
        this.publishKeys(this.corpus.setText(key, result.text, result.notices));
        break;
      case 'skipped':
        this.publishKeys(this.corpus.setSkipped(key, result.reason));
        break;
      case 'missing':
        this.removeKey(key);
        break;
    }
  }

  async reloadFromDisk(uri: string): Promise<void> {
    const path = filePathOf(uri);
    if (path === undefined) return;
    this.applyDiskRead(uri, await readArticleFile(path, maxFileBytes(this.settings)));
  }

  setEditorText(uri: string, text: string, version?: number): void {
    const key = canonicalUri(uri);
    this.openUris.set(key, uri);
    if (version === undefined) this.openVersions.delete(key);
    else this.openVersions.set(key, version);
    const limit = maxFileBytes(this.settings);
    const size = text.length * 3 > limit ? utf8Length(text) : 0;
    this.publishKeys(size > limit ? this.corpus.setSkipped(key, tooLarge(size, limit)) : this.corpus.setText(key, text));
  }

  /** After an editor closes a document, the disk copy is the truth again, if it is an article at all. */
  async closeEditor(uri: string): Promise<void> {
    const key = canonicalUri(uri);
    const path = filePathOf(uri);
    this.openVersions.delete(key);
    if (path !== undefined && this.isArticleFile(path)) {
      this.openUris.delete(key);
      await this.reloadFromDisk(uri);
    } else {
      this.removeKey(key);
      this.openUris.delete(key);
    }
  }

  /** A deleted path may be a file or a whole folder of articles. */
  removePath(uri: string): void {
    const key = canonicalUri(uri);
    const folderPrefix = key.endsWith('/') ? key : `${key}/`;
    for (const existing of [...this.corpus.keys()]) {
      if ((existing === key || existing.startsWith(folderPrefix)) && !this.openUris.has(existing)) this.removeKey(existing);
    }
  }

  /**
   * Drops every disk article that the current folders and globs no longer
   * cover, or that is not among `kept` (the files within sourceLens.maxArticles).
   */
  pruneOutsideCorpus(kept?: ReadonlySet<string>): void {
    for (const key of [...this.corpus.keys()]) {
      const path = filePathOf(key);
      if (!this.openUris.has(key) && (path === undefined || !this.isArticleFile(path) || (kept !== undefined && !kept.has(path)))) this.removeKey(key);
    }
  }

  /** The articles whose text is the disk's, with the stamp of the file they were read from. */
  *diskArticles(): IterableIterator<[key: string, stamp: FileStamp]> {
    for (const [key, stamp] of this.diskStamps) if (!this.openUris.has(key) && this.corpus.get(key)) yield [key, stamp];
  }

  private removeKey(key: string): void {
    this.diskStamps.delete(key);
    const uri = this.uriFor(key);
    const changed = this.corpus.delete(key);
    if (changed.includes(key)) this.publish(uri, []);
    this.publishKeys(changed.filter((other) => other !== key));
    if (changed.length > 1 || (changed.length === 1 && changed[0] !== key)) this.linksChanged();
  }

  private publishKeys(keys: readonly string[]): void {
    if (keys.length > 1) this.linksChanged();
    for (const key of keys) this.publish(this.uriFor(key), diagnosticsOf(this.corpus.get(key)), this.openVersions.get(key));
  }

  private uriFor(key: string): string {
    return this.openUris.get(key) ?? key;
  }
}
