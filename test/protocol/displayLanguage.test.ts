import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { TempCorpus } from '../support/tempCorpus';
import { ServerUnderTest } from './serverUnderTest';

const ARTICLE = 'Vollmer warnt vor Eskalation\n\nHenrike Vollmer sagte: „Wir werden nicht zurückweichen. Das ist unsere Linie.\n\nVideo abspielen\n';

async function findingsIn(locale: string | undefined): Promise<{ messages: string[]; hover: string }> {
  const corpus = new TempCorpus({ 'a.txt': ARTICLE });
  const server = await ServerUnderTest.start({ rootUri: corpus.rootUri, locale });
  try {
    await server.indexingFinished();
    const diagnostics = await server.waitForDiagnostics(corpus.uri('a.txt'), (found) => found.length >= 2);
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: corpus.uri('a.txt') }, position: { line: 2, character: 10 } });
    const contents = hover?.contents;
    return {
      messages: diagnostics.map((d) => `${d.code}: ${String(d.message)}`).sort(),
      hover: contents && typeof contents === 'object' && 'value' in contents ? contents.value : JSON.stringify(contents),
    };
  } finally {
    server.kill();
    corpus.dispose();
  }
}

test('the server speaks German when the editor\'s display language is German', async () => {
  const german = await findingsIn('de-DE');
  assert.ok(german.messages.includes('quote.unbalanced: Das Anführungszeichen „ wird in diesem Absatz nicht geschlossen.'), german.messages.join('\n'));
  assert.ok(german.messages.some((m) => m.startsWith("noise.media-widget: Videoplayer: 'Video abspielen' — Rest eines eingebetteten Video- oder Audioplayers; ")), german.messages.join('\n'));
  assert.match(german.hover, /\*\*Henrike Vollmer\*\* — Person/);
  assert.match(german.hover, /\*\*2-mal erwähnt in 1 Artikel\*\*/);
});

test('the server speaks English for English and for languages it has no bundle for', async () => {
  for (const locale of ['en', 'fr', undefined]) {
    const english = await findingsIn(locale);
    assert.ok(english.messages.includes('quote.unbalanced: Quotation mark „ is never closed in this paragraph.'), `${locale}: ${english.messages.join('\n')}`);
    assert.match(english.hover, /\*\*Henrike Vollmer\*\* — person/, String(locale));
  }
});
