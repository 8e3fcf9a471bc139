import assert from 'node:assert/strict';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CodeActionRequest,
  CodeLensRequest,
  DefinitionRequest,
  HoverRequest,
  ReferencesRequest,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  type CodeAction,
  type CodeLens,
  type Hover,
  type Location,
  type MarkupContent,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { repoRoot } from '../support/repo';
import { TempCorpus } from '../support/tempCorpus';
import { ServerUnderTest } from './serverUnderTest';

const ARTICLE = 'de-tagesblick-gipfel.txt';

function positionOf(text: string, needle: string, occurrence = 0) {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} not found`);
  return TextDocument.create('x', 'x', 0, text).positionAt(offset);
}

function applied(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'x', 0, text), edits);
}

describe('language features on the sample corpus', () => {
  let corpus: TempCorpus;
  let server: ServerUnderTest;
  let text: string;

  before(async () => {
    corpus = new TempCorpus();
    cpSync(join(repoRoot(), 'samples'), corpus.root, { recursive: true });
    text = readFileSync(corpus.path(ARTICLE), 'utf8');
    server = await ServerUnderTest.start({ rootUri: corpus.rootUri });
    await server.indexingFinished();
  });
  after(() => {
    server.kill();
    corpus.dispose();
  });

  const request = <R>(type: { method: string }, params: object) => server.connection.sendRequest(type.method, params) as Promise<R>;

  test('hover on a surname shows the person profile with roles, mentions and quotations from the corpus', async () => {
    const hover = await request<Hover>(HoverRequest.type, { textDocument: { uri: corpus.uri(ARTICLE) }, position: positionOf(text, 'Vollmer vor Journalisten') });
    const markdown = (hover.contents as MarkupContent).value;
    assert.match(markdown, /\*\*Henrike Vollmer\*\* — person/);
    assert.match(markdown, /How the articles describe them/);
    assert.match(markdown, /Generalsekretärin/);
    assert.match(markdown, /Mentioned \d+ times in \d+ articles/);
    assert.match(markdown, /Quoted as saying/);
    assert.match(markdown, /\(file:\/\/[^)]*en-[a-z-]+\.txt#L\d+,\d+\)/, 'links to an English article');
  });

  test('hover on a place names its kind and country; hover on an agency credit names the agencies', async () => {
    const place = await request<Hover>(HoverRequest.type, { textDocument: { uri: corpus.uri(ARTICLE) }, position: positionOf(text, 'Moskau') });
    assert.match((place.contents as MarkupContent).value, /\*\*Moskau\*\* — city, Russland/);
    const credit = await request<Hover>(HoverRequest.type, { textDocument: { uri: corpus.uri(ARTICLE) }, position: positionOf(text, '(dpa/afp)') });
    assert.match((credit.contents as MarkupContent).value, /Deutsche Presse-Agentur/);
    assert.match((credit.contents as MarkupContent).value, /Agence France-Presse/);
  });

  test('an ordinary capitalised noun gets no hover', async () => {
    const hover = await request<Hover | null>(HoverRequest.type, { textDocument: { uri: corpus.uri(ARTICLE) }, position: positionOf(text, 'Funkstille') });
    assert.equal(hover, null);
  });

  test('Find All References lists the mentions across the corpus', async () => {
    const locations = await request<Location[]>(ReferencesRequest.type, {
      textDocument: { uri: corpus.uri(ARTICLE) }, position: positionOf(text, 'Vollmer vor Journalisten'), context: { includeDeclaration: true },
    });
    const files = new Set(locations.map((location) => location.uri.slice(location.uri.lastIndexOf('/') + 1)));
    assert.ok(files.size >= 6, [...files].join(', '));
    assert.ok(files.has('en-daily-courier-summit.txt'));
    for (const location of locations) {
      const other = readFileSync(new URL(location.uri), 'utf8');
      const lineText = other.split(/\r?\n/)[location.range.start.line];
      assert.match(lineText.slice(location.range.start.character, location.range.end.character), /Vollmer|Henrike/);
    }
  });

  test('workspace symbols find people and places across the corpus', async () => {
    const symbols = await request<WorkspaceSymbol[]>(WorkspaceSymbolRequest.type, { query: 'belo' });
    assert.ok(symbols.some((symbol) => /Irina Belowa|Irina Belova/.test(symbol.name) && symbol.containerName === 'person'), symbols.map((s) => s.name).join(', '));
    const places = await request<WorkspaceSymbol[]>(WorkspaceSymbolRequest.type, { query: 'Genf' });
    assert.ok(places.some((symbol) => symbol.containerName === 'place'));
  });

  test('semantic tokens mark people, places and organisations', async () => {
    const tokens = await request<{ data: number[] }>(SemanticTokensRequest.type, { textDocument: { uri: corpus.uri(ARTICLE) } });
    const legend = server.initializeResult?.capabilities.semanticTokensProvider?.legend.tokenTypes ?? [];
    const lines = text.split('\n');
    const found: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [deltaLine, deltaStart, length, type] = tokens.data.slice(i, i + 4);
      line += deltaLine;
      character = deltaLine === 0 ? character + deltaStart : deltaStart;
      found.push(`${legend[type]}:${lines[line].slice(character, character + length)}`);
    }
    assert.ok(found.includes('person:Henrike Vollmer'), found.join(' '));
    assert.ok(found.includes('place:Moskau'));
    assert.ok(found.some((token) => token.startsWith('organisation:')));
    assert.ok(!found.some((token) => token.endsWith(':Funkstille')));
  });

  test('a quick fix removes one noise line; another removes all noise of the file', async () => {
    const uri = corpus.uri(ARTICLE);
    const diagnostics = await server.waitForDiagnostics(uri);
    const video = diagnostics.find((d) => d.code === 'noise.media-widget' && text.split('\n')[d.range.start.line] === 'Video abspielen');
    assert.ok(video, 'the video widget line is flagged');
    const actions = await request<CodeAction[]>(CodeActionRequest.type, { textDocument: { uri }, range: video.range, context: { diagnostics: [video] } });
    const removeLine = actions.find((action) => action.title === 'Remove this line');
    assert.ok(removeLine?.edit?.changes);
    const after = applied(text, removeLine.edit.changes[uri]);
    assert.equal(after, text.replace('Video abspielen\n', ''));

    const removeAll = actions.find((action) => action.title === 'Remove all scrape noise in this file');
    assert.ok(removeAll?.edit?.changes);
    const cleaned = applied(text, removeAll.edit.changes[uri]);
    assert.ok(!cleaned.includes('Video abspielen') && !cleaned.includes('Mehr zum Thema'));
    assert.ok(cleaned.includes('(dpa/afp)'), 'agency credits stay');
    const noiseLines = new Set(diagnostics.filter((d) => String(d.code).startsWith('noise.')).map((d) => d.range.start.line));
    text.split('\n').forEach((line, index) => {
      if (!noiseLines.has(index) && line.trim() !== '') assert.ok(cleaned.includes(line), `content line ${index + 1} survives`);
    });
  });

  test('Go to Definition inside a quotation jumps to the same statement in other articles, best first', async () => {
    const uri = corpus.uri(ARTICLE);
    const locations = await request<Location[]>(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, 'Funkstille wieder') });
    const files = locations.map((location) => location.uri.slice(location.uri.lastIndexOf('/') + 1));
    assert.ok(files.includes('de-morgenpost-ost-vollmer.txt'), files.join(', '));
    assert.ok(!files.includes(ARTICLE), 'only other versions');
    for (const location of locations) {
      const line = readFileSync(new URL(location.uri), 'utf8').split(/\r?\n/)[location.range.start.line];
      assert.match(line.slice(location.range.start.character), /^[„"»“]/, 'a location starts at the opening quotation mark');
      assert.match(line.slice(location.range.start.character), /Fortschritt|Tisch|progress|table/i);
    }

    const elsewhere = await request<Location[] | null>(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, 'Vertreter des Wiener') });
    assert.equal(elsewhere, null, 'outside a quotation there is no definition');
  });

  test('references on a quotation list every version, this one included; a code lens counts the other articles', async () => {
    const uri = corpus.uri(ARTICLE);
    const references = await request<Location[]>(ReferencesRequest.type, {
      textDocument: { uri }, position: positionOf(text, 'Funkstille wieder'), context: { includeDeclaration: true },
    });
    assert.equal(references[0].uri, uri);
    assert.ok(references.length >= 3);
    const lenses = await request<CodeLens[]>(CodeLensRequest.type, { textDocument: { uri } });
    const lens = lenses.find((candidate) => candidate.range.start.line === positionOf(text, '„Dass wir').line);
    assert.match(lens?.command?.title ?? '', /^„Dass wir nach …“: quoted in [2-9] other articles$/, 'two lenses share the line, so each names its quotation');
    assert.equal(lens?.command?.command, 'sourceLens.showQuoteVersions');
  });

  test('sourceLens/quoteVersions lists every version with the word differences marked and links back to each', async () => {
    const uri = corpus.uri(ARTICLE);
    interface Result {
      title: string;
      content: string;
      links: { line: number; start: number; end: number; target: string }[];
      marks: { line: number; start: number; end: number; kind: string }[];
    }
    const result = await server.connection.sendRequest('sourceLens/quoteVersions', { textDocument: { uri }, position: positionOf(text, 'Funkstille wieder') }) as Result;
    assert.ok(result, 'a quotation with versions');
    const lines = result.content.split('\n');
    assert.match(result.title, /^Quote versions: „Dass wir nach zwei Jahren …“$/);
    assert.match(lines[0], /^Versions of „Dass wir nach zwei Jahren …“: \d+ in \d+ articles$/);
    // The version under the cursor first, then the others, each with a link to its place.
    const headings = result.links.map((link) => lines[link.line]);
    assert.match(headings[0], /^1\. de-tagesblick-gipfel, line \d+ — the version you were reading$/);
    assert.ok(headings.some((h) => /de-morgenpost-ost-vollmer, line \d+ — different wording, match \d+%/.test(h)), headings.join('\n'));
    assert.ok(headings.some((h) => /en-daily-courier-summit, line \d+ — translation/.test(h)), headings.join('\n'));
    for (const link of result.links) {
      const [file, fragment] = link.target.split('#');
      const [line, column] = fragment.replace('L', '').split(',').map(Number);
      const target = readFileSync(new URL(file), 'utf8').split(/\r?\n/)[line - 1];
      assert.match(target.slice(column - 1), /^[„"»“]/, `${link.target} points at the opening quotation mark`);
      assert.equal(lines[link.line].slice(link.start, link.end), `${file.slice(file.lastIndexOf('/') + 1).replace(/\.txt$/, '')}, line ${line}`);
    }
    // Morgenpost: "am gleichen Tisch" where this article has "an einem Tisch".
    const morgenpost = result.links.find((link) => lines[link.line].includes('de-morgenpost-ost-vollmer'))!;
    const quoted = lines.slice(morgenpost.line + 1).find((l) => l.startsWith('   „'))!;
    assert.match(quoted, /\[-an einem-\] \{\+am gleichen\+\} Tisch/);
    const marks = result.marks.filter((m) => m.line === lines.indexOf(quoted));
    assert.deepEqual(marks.slice(0, 2).map((m) => [quoted.slice(m.start, m.end), m.kind]), [['[-an einem-]', 'removed'], ['{+am gleichen+}', 'added']]);

    const outside = await server.connection.sendRequest('sourceLens/quoteVersions', { textDocument: { uri }, position: positionOf(text, 'Vertreter des Wiener') });
    assert.equal(outside, null, 'outside a quotation there is nothing to compare');
  });

  test('quote.variant shows where the wording differs from another version', async () => {
    const diagnostics = await server.waitForDiagnostics(corpus.uri(ARTICLE));
    const message = (d: { message: string | MarkupContent }) => (typeof d.message === 'string' ? d.message : d.message.value);
    const variant = diagnostics.find((d) => d.code === 'quote.variant' && /schon/.test(message(d)));
    assert.ok(variant, diagnostics.filter((d) => d.code === 'quote.variant').map(message).join('\n'));
    assert.match(message(variant), /here: .*'[^']*schon[^']*'.* — de-morgenpost-ost-vollmer: .*'[^']*bereits[^']*'/);
  });

  test('an edit that links a quotation to other articles updates their quote.variant and refreshes code lenses', async () => {
    const uri = corpus.uri('de-neu-zitat.txt');
    const before = server.codeLensRefreshes;
    await server.open(uri, 'Neuer Bericht aus Genf\n\n„Dass wir nach zwei Jahren Funkstille wieder mit Moskau an einem Tisch saßen, ist für sich genommen schon ein Fortschritt“, sagte Vollmer.\n');
    await server.waitForDiagnostics(uri);
    await server.waitUntil('a code lens refresh', () => server.codeLensRefreshes > before);
    const lenses = await request<CodeLens[]>(CodeLensRequest.type, { textDocument: { uri } });
    assert.match(lenses[0]?.command?.title ?? '', /^quoted in \d+ other articles$/);
    await server.close(uri);
  });

  test('Clean All Articles is one WorkspaceEdit whose changes need confirmation', async () => {
    const result = await server.connection.sendRequest('sourceLens/cleanAllEdit') as { edit: WorkspaceEdit; files: number; removals: number };
    assert.ok(result.files >= 8, `files: ${result.files}`);
    const annotations = Object.values(result.edit.changeAnnotations ?? {});
    assert.equal(annotations.length, 1);
    assert.equal(annotations[0].needsConfirmation, true);
    for (const change of result.edit.documentChanges as TextDocumentEdit[]) {
      assert.equal(change.textDocument.version, null, 'files that are not open carry no version');
      const original = readFileSync(new URL(change.textDocument.uri), 'utf8');
      const cleaned = applied(original, change.edits as TextEdit[]);
      assert.ok(cleaned.length < original.length);
      assert.doesNotMatch(cleaned, /\n\n\n/, 'one blank line between paragraphs');
    }
  });
});
