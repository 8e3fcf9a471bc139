/**
 * "Who says so?" over the protocol: the claim hover, the speaker inlay hints,
 * and the review workflow with .source-lens/reviews.json.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CodeActionRequest,
  ExecuteCommandRequest,
  FileChangeType,
  HoverRequest,
  InlayHintRequest,
  MessageType,
  type CodeAction,
  type Diagnostic,
  type InlayHint,
  type MarkupContent,
  type Position,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { TempCorpus } from '../support/tempCorpus';
import { ServerUnderTest } from './serverUnderTest';

const GERMAN = [
  'Stadtwerke Lindenau erhöhen die Gaspreise',
  '',
  'Lindenau. Die Stadtwerke Lindenau erhöhen zum 1. Juli die Gaspreise um 18 Prozent. „Wir können die gestiegenen Einkaufskosten nicht länger auffangen“, sagte Geschäftsführerin Petra Albrecht am Dienstag.',
  '',
  'Die Erhöhung ist die stärkste seit 2009.',
  '',
  'Nach Informationen aus dem Umfeld des Stadtrats ist eine zweite Erhöhung bereits beschlossen. Sie solle im Herbst folgen und rund 40.000 Haushalte treffen.',
  '',
  '👉 „Das ist ein schwarzer Tag für alle Mieter“, sagte Jonas Brückner vom Mieterbund. „Viele wissen jetzt schon nicht“, fügte er hinzu, „wie sie den Winter bezahlen sollen.“',
  '',
].join('\n');

const ENGLISH = [
  'Harbour city raises ferry fares',
  '',
  'Ferry fares in Port Alder will rise by 12 percent in April. "We have no other way to keep the boats running," transport commissioner Ruth Okafor said on Monday.',
  '',
  'The increase is the largest since 2015 and will hit commuters hardest.',
  '',
].join('\n');

const RECORD = 'Die Erhöhung ist die stärkste seit 2009.';
const CLAIM_CODES = ['claim.unattributed', 'claim.vague-source'];

const lines = (text: string) => text.split('\n');
/** The position of a piece of text, in UTF-16 code units as LSP counts by default. */
function positionOf(text: string, needle: string, from = 0): Position {
  const offset = text.indexOf(needle, from);
  assert.ok(offset >= 0, `fixture contains ${needle}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}
const claimsIn = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => CLAIM_CODES.includes(String(d.code)));
const onLine = (line: number) => (diagnostics: Diagnostic[]) => claimsIn(diagnostics).filter((d) => d.range.start.line === line);
const wholeDocument = (text: string): Range => ({ start: { line: 0, character: 0 }, end: { line: lines(text).length, character: 0 } });
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { version: number; reviews: Record<string, Record<string, string>> };

async function hoverText(server: ServerUnderTest, uri: string, position: Position): Promise<string | undefined> {
  const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

async function actionsAt(server: ServerUnderTest, uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const actions = await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only && { only }) } });
  return (actions ?? []) as CodeAction[];
}

async function run(server: ServerUnderTest, action: CodeAction | undefined): Promise<unknown> {
  assert.ok(action?.command, 'the action carries a command');
  return server.connection.sendRequest(ExecuteCommandRequest.type, { command: action.command.command, arguments: action.command.arguments });
}

describe('who says so: hover, speaker hints, reviews', () => {
  let corpus: TempCorpus;
  let server: ServerUnderTest;
  const german = () => corpus.uri('lokal/gaspreise.txt');
  const english = () => corpus.uri('en/ferry.txt');
  const reviewsPath = () => corpus.path('.source-lens/reviews.json');

  before(async () => {
    corpus = new TempCorpus({ 'lokal/gaspreise.txt': GERMAN, 'en/ferry.txt': ENGLISH });
    server = await ServerUnderTest.start({ rootUri: corpus.rootUri });
    await server.indexingFinished();
  });

  after(() => {
    server.kill();
    corpus.dispose();
  });

  test('announces inlay hints, the review commands and the unmark action kind', () => {
    const capabilities = server.initializeResult?.capabilities;
    assert.ok(capabilities?.inlayHintProvider);
    assert.deepEqual(capabilities?.executeCommandProvider?.commands, ['sourceLens.markChecked', 'sourceLens.unmarkChecked']);
    const kinds = typeof capabilities?.codeActionProvider === 'object' ? capabilities.codeActionProvider.codeActionKinds : [];
    assert.ok(kinds?.includes('source.sourceLens.unmark'));
  });

  test('hover on an unattributed claim names the signals, what was looked for and the mood', async () => {
    await server.waitForDiagnostics(german(), (d) => claimsIn(d).length > 0);
    const text = await hoverText(server, german(), positionOf(GERMAN, 'Erhöhung ist'));
    assert.ok(text, 'a hover on the claim');
    assert.match(text, /Unattributed claim/);
    assert.match(text, /assessment: “stärkste”/);
    assert.match(text, /background fact: “seit 2009”/);
    assert.match(text, /None found/);
    assert.match(text, /Looked for:[\s\S]*nach Angaben von/);
    assert.match(text, /\*\*Mood:\*\* indicative/);

    const english = await hoverText(server, corpus.uri('en/ferry.txt'), positionOf(ENGLISH, 'increase is'));
    assert.match(english ?? '', /assessment: “largest”/);
    assert.match(english ?? '', /according to/);
    assert.doesNotMatch(english ?? '', /Mood/);
  });

  test('hover on a vague Konjunktiv I chain names the mood and the source it continues', async () => {
    const text = await hoverText(server, german(), positionOf(GERMAN, 'im Herbst folgen'));
    assert.ok(text);
    assert.match(text, /Vague source/);
    assert.match(text, /number or quantity: “40\.000”/);
    assert.match(text, /Konjunktiv I \(“solle”\)/);
    assert.match(text, /continues an unnamed source, “Nach Informationen aus dem Umfeld des Stadtrats”/);
    assert.match(text, /sentence 6/);
  });

  test('sentences without a claim finding have no claim hover', async () => {
    // Inside an attributed quotation, and in the headline (nothing check-worthy).
    assert.equal(await hoverText(server, german(), positionOf(GERMAN, 'Einkaufskosten')), undefined);
    assert.equal(await hoverText(server, german(), positionOf(GERMAN, 'Gaspreise\n')), undefined);
  });

  test('inlay hints name the speaker right after the closing mark, UTF-16 correct after an emoji', async () => {
    const hints = (await server.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: german() }, range: wholeDocument(GERMAN) })) as InlayHint[];
    const labels = hints.map((hint) => [hint.label, hint.position]);
    const emojiLine = lines(GERMAN)[8]!;
    const albrecht = positionOf(GERMAN, '“, sagte Geschäftsführerin');
    assert.deepEqual(labels, [
      ['— Petra Albrecht', { line: albrecht.line, character: albrecht.character + 1 }],
      // "👉" is two UTF-16 code units: the closing mark "“" is at code unit 45, so the hint sits at 46.
      ['— Jonas Brückner', { line: 8, character: 46 }],
      // The resumed quotation „…“, fügte er hinzu, „…“ gets one hint, after its last part.
      ['— Jonas Brückner', { line: 8, character: emojiLine.length }],
    ]);
    assert.equal(emojiLine.indexOf('“'), 45);
    assert.ok(hints.every((hint) => hint.paddingLeft === true));
    const tooltip = hints[0]!.tooltip as MarkupContent;
    assert.match(tooltip.value, /reporting verb/);
    assert.match((hints[2]!.tooltip as MarkupContent).value, /pronoun[\s\S]*2 parts/);
  });

  test('inlay hints respect the requested range', async () => {
    const range = { start: { line: 8, character: 0 }, end: { line: 8, character: 50 } };
    const hints = (await server.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: german() }, range })) as InlayHint[];
    assert.deepEqual(hints.map((hint) => hint.position), [{ line: 8, character: 46 }]);
    const english = (await server.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: corpus.uri('en/ferry.txt') }, range: wholeDocument(ENGLISH) })) as InlayHint[];
    assert.deepEqual(english.map((hint) => hint.label), ['— Ruth Okafor']);
  });

  test('mark as checked removes the diagnostic, writes reviews.json, survives an edit elsewhere; unmark brings it back', async () => {
    const uri = german();
    const [diagnostic] = onLine(4)(await server.waitForDiagnostics(uri, (d) => onLine(4)(d).length === 1));
    assert.ok(diagnostic);
    // No mark action for a source-action request, no unmark on a sentence that is not checked.
    assert.deepEqual(await actionsAt(server, uri, diagnostic.range, [diagnostic], ['source']), []);
    const actions = await actionsAt(server, uri, diagnostic.range, [diagnostic]);
    const mark = actions.find((action) => action.command?.command === 'sourceLens.markChecked');
    assert.equal(mark?.kind, 'quickfix');
    assert.deepEqual(mark?.diagnostics, [diagnostic]);
    const result = await run(server, mark);
    assert.deepEqual(result, { key: mark?.command?.arguments?.[1], checked: true });

    await server.waitForDiagnostics(uri, (d) => onLine(4)(d).length === 0);
    assert.equal(claimsIn(server.diagnostics.get(uri)!).length, 3, 'the other claims stay');

    const written = readFileSync(reviewsPath(), 'utf8');
    const file = readJson(reviewsPath());
    const key = mark?.command?.arguments?.[1] as string;
    assert.match(key, /^s1-[0-9a-f]{16}$/);
    assert.equal(file.version, 1);
    assert.deepEqual(Object.keys(file.reviews), [key]);
    assert.equal(file.reviews[key]!.text, RECORD);
    assert.equal(file.reviews[key]!.by, process.env.USER?.trim() || 'unknown');
    assert.equal(file.reviews[key]!.file, 'lokal/gaspreise.txt');
    assert.ok(!Number.isNaN(Date.parse(file.reviews[key]!.at)));
    assert.match(written, new RegExp(`\\n    "${key}": \\{ "at": .*"text": .*\\}\\n  \\}\\n\\}\\n$`), 'one review per line, diff-friendly');
    assert.deepEqual(readdirSync(corpus.path('.source-lens')), ['reviews.json'], 'no temp file is left behind');

    // An edit elsewhere: the sentence moves down a line, its mark holds.
    await server.open(uri, GERMAN);
    await server.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Eilmeldung\n' }]);
    await server.waitForDiagnostics(uri, (d) => onLine(3)(d).length === 1 && onLine(7)(d).length === 2);
    assert.deepEqual(onLine(5)(server.diagnostics.get(uri)!), [], 'the checked sentence stays quiet');

    // Unmark: a source action at a position inside the checked sentence, where there is no diagnostic.
    const inside = { start: { line: 5, character: 10 }, end: { line: 5, character: 10 } };
    assert.deepEqual(await actionsAt(server, uri, inside, [], ['quickfix']), []);
    const unmark = (await actionsAt(server, uri, inside, [])).find((action) => action.command?.command === 'sourceLens.unmarkChecked');
    assert.equal(unmark?.kind, 'source.sourceLens.unmark');
    assert.deepEqual(await run(server, unmark), { key, checked: false });
    await server.waitForDiagnostics(uri, (d) => onLine(5)(d).length === 1);
    assert.deepEqual(readJson(reviewsPath()).reviews, {});
    await server.close(uri);
  });

  test('reviews.json changed on disk (a teammate pulled) is reloaded', async () => {
    assert.ok(server.registrations.some((r) => JSON.stringify(r.registerOptions).includes('**/.source-lens/reviews.json')), 'the file is watched');
    const uri = english();
    const [diagnostic] = onLine(4)(await server.waitForDiagnostics(uri, (d) => onLine(4)(d).length === 1));
    const mark = (await actionsAt(server, uri, diagnostic!.range, [diagnostic!])).find((action) => action.command?.command === 'sourceLens.markChecked');
    const [, key, text] = mark?.command?.arguments ?? [];
    corpus.write('.source-lens/reviews.json', JSON.stringify({ version: 1, reviews: { [key]: { text, by: 'teammate', at: '2026-11-20T09:00:00Z' } } }));
    await server.filesChanged([{ uri: corpus.uri('.source-lens/reviews.json'), type: FileChangeType.Changed }]);
    await server.waitForDiagnostics(uri, (d) => onLine(4)(d).length === 0);

    corpus.remove('.source-lens');
    await server.filesChanged([{ uri: corpus.uri('.source-lens'), type: FileChangeType.Deleted }]);
    await server.waitForDiagnostics(uri, (d) => onLine(4)(d).length === 1);
  });

  test('a command with a key that does not match the sentence is refused', async () => {
    await assert.rejects(
      server.connection.sendRequest(ExecuteCommandRequest.type, { command: 'sourceLens.markChecked', arguments: [german(), 's1-0000000000000000', RECORD] }),
      /does not match/,
    );
  });
});

describe('a corrupt reviews.json', () => {
  const CONFLICT = '{\n  "version": 1,\n<<<<<<< HEAD\n  "reviews": {}\n=======\n>>>>>>> origin/main\n}\n';
  let corpus: TempCorpus;
  let server: ServerUnderTest;

  before(async () => {
    corpus = new TempCorpus({ 'en/ferry.txt': ENGLISH, '.source-lens/reviews.json': CONFLICT });
    server = await ServerUnderTest.start({ rootUri: corpus.rootUri });
    await server.indexingFinished();
  });

  after(() => {
    server.kill();
    corpus.dispose();
  });

  test('is reported, ignored and left alone until a mark, which keeps it aside', async () => {
    await server.waitUntil('a warning', () => server.messages.some((m) => m.type === MessageType.Warning && m.message.includes('reviews.json')));
    assert.match(server.messages[0]!.message, /could not be read \(not valid JSON/);
    const uri = corpus.uri('en/ferry.txt');
    const diagnostics = await server.waitForDiagnostics(uri, (d) => claimsIn(d).length === 2);
    assert.equal(readFileSync(corpus.path('.source-lens/reviews.json'), 'utf8'), CONFLICT, 'not overwritten at start');

    // Reloading the same broken file does not warn again (file operations run in order, so the reload is done when the mark is).
    await server.filesChanged([{ uri: corpus.uri('.source-lens/reviews.json'), type: FileChangeType.Changed }]);
    const [first] = claimsIn(diagnostics);
    const mark = (await actionsAt(server, uri, first!.range, [first!])).find((action) => action.command?.command === 'sourceLens.markChecked');
    await run(server, mark);
    assert.deepEqual(server.messages.map((m) => (/moved aside/.test(m.message) ? 'moved' : /ignored/.test(m.message) ? 'ignored' : m.message)), ['ignored', 'moved']);
    await server.waitForDiagnostics(uri, (d) => claimsIn(d).length === 1);
    const names = readdirSync(corpus.path('.source-lens')).sort();
    assert.equal(names.length, 2);
    assert.equal(names[0], 'reviews.json');
    assert.match(names[1]!, /^reviews\.json\.corrupt-\d{4}-\d\d-\d\dT[\d-]+Z$/);
    assert.equal(readFileSync(join(corpus.path('.source-lens'), names[1]!), 'utf8'), CONFLICT, 'the broken file is kept aside');
    assert.deepEqual(Object.keys(readJson(corpus.path('.source-lens/reviews.json')).reviews), [mark?.command?.arguments?.[1]]);
  });

  test('a new server reads the reviews at start: the checked claim is never published', async () => {
    const second = await ServerUnderTest.start({ rootUri: corpus.rootUri });
    try {
      await second.indexingFinished();
      const uri = corpus.uri('en/ferry.txt');
      await second.waitForDiagnostics(uri);
      assert.equal(second.publishCount.get(uri), 1);
      assert.equal(claimsIn(second.diagnostics.get(uri)!).length, 1);
      assert.deepEqual(second.messages, []);
    } finally {
      second.kill();
    }
  });
});
