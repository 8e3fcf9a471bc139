import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIAGNOSTIC_CODES } from '../../server/src/core/diagnostics/codes';
import { repoRoot } from '../support/repo';

test('the README documents every diagnostic code with its default severity', () => {
  const readme = readFileSync(join(repoRoot(), 'README.md'), 'utf8');
  for (const info of Object.values(DIAGNOSTIC_CODES)) {
    assert.ok(readme.includes(`| \`${info.code}\` | ${info.severity} |`), `${info.code} is missing from the README's table`);
  }
});

test('the README documents every setting the extension contributes', () => {
  const root = repoRoot();
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, unknown> } } };
  for (const setting of Object.keys(manifest.contributes.configuration.properties)) {
    assert.ok(readme.includes(`\`${setting}\``), `${setting} is missing from the README`);
  }
});
