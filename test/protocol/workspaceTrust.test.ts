import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withUserLevelPatternsOnly } from '../../client/src/restrictedSettings';
import { TempCorpus } from '../support/tempCorpus';
import { ServerUnderTest } from './serverUnderTest';

const ARTICLE = 'Gipfel in Genf\n\nDie Gespräche in Genf dauerten bis in die Nacht, berichtete die Sprecherin Irina Belowa.\n\nAm Freitag reisten die Delegationen ab.\n';
const WORKSPACE_PATTERN = { pattern: 'reisten die Delegationen', category: 'advertising' };
const USER_PATTERN = { pattern: 'Gespräche', category: 'other' };

test('the client hands an untrusted workspace only the user-level noise patterns', () => {
  const section = { maxFileSize: 2, noise: { corpusThreshold: 4, userPatterns: [USER_PATTERN, WORKSPACE_PATTERN] } };
  assert.deepEqual(withUserLevelPatternsOnly(section, [USER_PATTERN]), { maxFileSize: 2, noise: { corpusThreshold: 4, userPatterns: [USER_PATTERN] } });
  assert.deepEqual(withUserLevelPatternsOnly(section, undefined), { maxFileSize: 2, noise: { corpusThreshold: 4, userPatterns: [] } });
  assert.deepEqual(withUserLevelPatternsOnly(undefined, undefined), { noise: { userPatterns: [] } });
});

test('in Restricted Mode the server applies what the client hands it, and reads the settings again when trust is granted', async () => {
  const corpus = new TempCorpus({ 'a.txt': ARTICLE });
  let trusted = false;
  // Plays the client: while untrusted, the section carries only the user's own pattern.
  const settings = () => ({ noise: { userPatterns: trusted ? [USER_PATTERN, WORKSPACE_PATTERN] : [USER_PATTERN] } });
  const server = await ServerUnderTest.start({ rootUri: corpus.rootUri, settings, initializationOptions: { workspaceTrusted: false } });
  const patternsFound = (diagnostics: { message: unknown }[]) => diagnostics.map((d) => /user pattern #(\d)/.exec(String(d.message))?.[1]).filter(Boolean);
  try {
    await server.indexingFinished();
    assert.deepEqual(patternsFound(await server.waitForDiagnostics(corpus.uri('a.txt'))), ['1']);
    assert.ok(server.logs.some((line) => line.includes('Restricted Mode')), server.logs.join('\n'));
    const requestsBefore = server.configurationRequests;

    trusted = true;
    await server.connection.sendNotification('sourceLens/workspaceTrustGranted');
    const after = await server.waitForDiagnostics(corpus.uri('a.txt'), (diagnostics) => patternsFound(diagnostics).length === 2);
    assert.deepEqual(patternsFound(after).sort(), ['1', '2']);
    assert.ok(server.configurationRequests > requestsBefore);
  } finally {
    server.kill();
    corpus.dispose();
  }
});
