import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractMessages, placeholders } from '../support/l10nKeys';
import { repoRoot } from '../support/repo';

const root = repoRoot();
const readJson = (name: string) => JSON.parse(readFileSync(join(root, name), 'utf8')) as Record<string, unknown>;

/** Every "%key%" string in the manifest. */
function manifestKeys(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const match = /^%(.+)%$/.exec(value);
    if (match) found.add(match[1]);
  } else if (Array.isArray(value)) value.forEach((item) => manifestKeys(item, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => manifestKeys(item, found));
  return found;
}

test('every %key% of package.json is in package.nls.json, and package.nls.de.json translates every key', () => {
  const english = readJson('package.nls.json');
  const german = readJson('package.nls.de.json');
  const used = manifestKeys(readJson('package.json'));
  assert.ok(used.size > 20, `only ${used.size} localised strings in package.json`);
  assert.deepEqual([...used].filter((key) => !(key in english)), [], 'keys missing from package.nls.json');
  assert.deepEqual(Object.keys(english).filter((key) => !used.has(key)), [], 'keys of package.nls.json that package.json does not use');
  assert.deepEqual(Object.keys(english).filter((key) => typeof german[key] !== 'string' || german[key] === ''), [], 'keys missing from package.nls.de.json');
  assert.deepEqual(Object.keys(german).filter((key) => !(key in english)), [], 'keys of package.nls.de.json that package.nls.json does not have');
});

test('every setting has a description in the Settings UI', () => {
  const manifest = readJson('package.json') as { contributes: { configuration: { properties: Record<string, { markdownDescription?: string; description?: string }> } } };
  for (const [name, setting] of Object.entries(manifest.contributes.configuration.properties)) {
    assert.ok(setting.markdownDescription ?? setting.description, `${name} has no description`);
  }
});

test('the German bundle translates every message of the server, core and client, with the same placeholders', () => {
  const { messages, notLiteral } = extractMessages(root, ['server/src', 'client/src']);
  assert.deepEqual(notLiteral, [], 'l10n.t calls whose message is not a literal string');
  assert.ok(messages.length > 100, `only ${messages.length} localised messages found`);
  const german = readJson('l10n/bundle.l10n.de.json');
  const missing = messages.filter(({ template }) => typeof german[template] !== 'string').map(({ template, file }) => `${file}: ${template}`);
  assert.deepEqual(missing, [], 'messages missing from l10n/bundle.l10n.de.json');
  for (const { template } of messages) {
    assert.deepEqual(placeholders(german[template] as string), placeholders(template), `placeholders of the German for "${template}"`);
  }
  const used = new Set(messages.map(({ template }) => template));
  assert.deepEqual(Object.keys(german).filter((key) => !used.has(key)), [], 'translations that no code uses any more');
});
