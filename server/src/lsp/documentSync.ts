/**
 * Keeps the analysis of open documents in step with the editor. The first
 * edit after a pause is analysed at once; edits that follow within the
 * debounce window wait for it to pass, and are analysed together. The analysis
 * always reads the newest text, so a newer version supersedes an older one
 * that has not run yet, and the diagnostics name the version they belong to.
 */
import { TextDocuments, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleWorkspace } from './articleWorkspace';
import { guarded } from './guard';

export const ARTICLE_LANGUAGE_IDS: ReadonlySet<string> = new Set(['news-article', 'plaintext']);
const EDIT_DEBOUNCE_MS = 60;

export function syncDocuments(connection: Connection, workspace: ArticleWorkspace): TextDocuments<TextDocument> {
  const documents = new TextDocuments({
    create: TextDocument.create,
    update: (document, changes, version) => {
      // A change based on an older version than the server holds would edit text the editor no
      // longer has; applying it would make the server's copy drift silently. It is dropped and
      // logged; the editor's next change (or reopening the file) brings the two back in step.
      if (version <= document.version) {
        connection.console.warn(`Source Lens: ignored a stale change to ${document.uri}: version ${version} is not newer than version ${document.version}.`);
        return document;
      }
      return TextDocument.update(document, changes, version);
    },
  });
  const pending = new Map<string, NodeJS.Timeout>();
  /** When each document was last analysed (performance.now()), and which version. */
  const analysed = new Map<string, { at: number; version: number }>();

  const analyseNow = (uri: string) => {
    pending.delete(uri);
    const document = documents.get(uri);
    if (!document || !ARTICLE_LANGUAGE_IDS.has(document.languageId)) return;
    workspace.setEditorText(uri, document.getText(), document.version);
    analysed.set(uri, { at: performance.now(), version: document.version });
  };

  documents.onDidOpen(guarded(connection, 'opening a document', (event) => {
    if (ARTICLE_LANGUAGE_IDS.has(event.document.languageId)) analyseNow(event.document.uri);
  }));

  documents.onDidChangeContent(guarded(connection, 'analysing an edit', (event) => {
    const uri = event.document.uri;
    const last = analysed.get(uri);
    // The open event analyses the first version itself (and TextDocuments reports it as a change too).
    if (!workspace.isOpen(uri) || last?.version === event.document.version) return;
    if (pending.has(uri)) return; // The scheduled analysis will read this newer text.
    const quietFor = performance.now() - (last?.at ?? -Infinity);
    if (quietFor >= EDIT_DEBOUNCE_MS) analyseNow(uri);
    else pending.set(uri, setTimeout(guarded(connection, 'analysing an edit', () => analyseNow(uri)), EDIT_DEBOUNCE_MS - quietFor));
  }));

  documents.onDidClose(guarded(connection, 'closing a document', async (event) => {
    clearTimeout(pending.get(event.document.uri));
    pending.delete(event.document.uri);
    analysed.delete(event.document.uri);
    if (workspace.isOpen(event.document.uri)) await workspace.closeEditor(event.document.uri);
  }));

  documents.listen(connection);
  return documents;
}
