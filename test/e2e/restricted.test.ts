/**
 * End to end: the samples in an untrusted folder (Restricted Mode). Source Lens
 * still analyses them, but a scrape-noise pattern from the folder's own
 * settings is ignored until the user trusts the folder; the user's own
 * pattern applies throughout. Screenshots go to test/e2e/screenshots/.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from '../support/repo';
import { launchBrowser, type Page, type RunningBrowser } from './support/browser';
import { installExtension, Profile, QUIET_USER_SETTINGS, startCodeServer, type RunningCodeServer } from './support/codeServer';
import { openProblems, waitForMarker, type ProblemsView } from './support/problems';
import { findTools, packagedExtension } from './support/tools';
import { waitFor } from './support/wait';
import { endSession, openFolder } from './support/session';

const ROOT = repoRoot();
const SCREENSHOTS = join(ROOT, 'test', 'e2e', 'screenshots');
const ARTICLE = 'de-freie-stimme-kommentar.txt';
/** From the user's settings: flags "Aus Moskau" (line 7). Workspace settings override it once trusted. */
const USER_PATTERN = { pattern: 'Aus Moskau', category: 'other' };
/** From the folder's .vscode/settings.json: would flag "Politik der Einschüchterung" (line 11). */
const WORKSPACE_PATTERN = { pattern: 'Politik der Einschüchterung', category: 'advertising' };

describe('Source Lens in Restricted Mode (an untrusted folder)', () => {
  let tempDir = '';
  let server: RunningCodeServer | undefined;
  let browser: RunningBrowser | undefined;
  let page: Page;
  let failed = false;

  async function step(name: string, body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      if (browser) await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), timeout: 15_000 }).catch((error: unknown) => console.error(`screenshot ${name} failed:`, error));
    }
  }

  before(async () => {
    const tools = findTools();
    mkdirSync(SCREENSHOTS, { recursive: true });
    tempDir = mkdtempSync(join(tmpdir(), 'source-lens-e2e-restricted-'));
    try {
      const profile = new Profile(join(tempDir, 'profile'));
      profile.writeUserSettings({
        ...QUIET_USER_SETTINGS,
        'security.workspace.trust.enabled': true,
        // Opens the folder in Restricted Mode without the modal question.
        'security.workspace.trust.startupPrompt': 'never',
        'sourceLens.noise.userPatterns': [USER_PATTERN],
      });
      const installed = await installExtension(tools, profile, packagedExtension());
      const extensions = readdirSync(profile.extensionsDir);
      assert.ok(extensions.some((name) => name.startsWith('source-lens.source-lens-')), `not installed (${extensions.join(', ')}):\n${installed}`);

      const workspace = join(tempDir, 'workspace');
      cpSync(join(ROOT, 'samples'), workspace, { recursive: true });
      mkdirSync(join(workspace, '.vscode'));
      writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'sourceLens.noise.userPatterns': [WORKSPACE_PATTERN] }, null, 2));
      server = await startCodeServer(tools, profile, workspace, { workspaceTrust: true });
      browser = await launchBrowser(tools, join(tempDir, 'chromium'));
      page = browser.page;
      await openFolder(page, server, workspace, ARTICLE);
    } catch (error) {
      failed = true;
      throw error;
    }
  }, { timeout: 4 * 60_000 });

  after(() => endSession(browser, server, tempDir, failed), { timeout: 60_000 });

  let problems: ProblemsView;

  it('analyses the articles, with the user\'s pattern but not the folder\'s', { timeout: 120_000 }, async () => {
    await step('r1-restricted-problems', async () => {
      await page.locator('.monaco-workbench').filter({ hasText: 'Restricted Mode' }).first().waitFor({ timeout: 30_000 });
      problems = await openProblems(page, 'user pattern');
      // The user's pattern is in the same publication as every other finding of the article.
      const fromUser = await waitForMarker(problems, ARTICLE, /Aus Moskau/, 60_000);
      assert.match(fromUser, /noise\.other/);
      // A moment for a late publication to show what it should not.
      await sleep(2_000);
      const { markers, seen } = await problems.markersUnder(ARTICLE);
      assert.ok(markers, seen);
      assert.ok(!markers.some((text) => text.includes('Einschüchterung')), `the folder's pattern was applied in Restricted Mode:\n${seen}`);
    });
  });

  it('applies the folder\'s pattern once the user trusts the folder', { timeout: 120_000 }, async () => {
    await step('r2-trust-editor', async () => {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input').first();
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      await input.fill('>Workspaces: Manage Workspace Trust', { timeout: 5_000 });
      await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Manage Workspace Trust' }).first().click({ timeout: 15_000 });
      const trust = page.locator('.workspace-trust-editor .monaco-button').filter({ hasText: /^\s*Trust( Folder)?\s*$/ }).first();
      await trust.click({ timeout: 20_000 });
    });
    await step('r3-trusted-problems', async () => {
      problems = await openProblems(page, 'user pattern');
      // Workspace settings override the user's array once they apply.
      const fromFolder = await waitForMarker(problems, ARTICLE, /Einschüchterung/, 60_000);
      assert.match(fromFolder, /noise\.advertising/);
      await waitFor('the user\'s pattern to give way to the folder\'s', async () => {
        const { markers, seen } = await problems.markersUnder(ARTICLE);
        return { value: markers && !markers.some((text) => text.includes('Aus Moskau')) ? true : undefined, seen };
      }, 20_000);
    });
  });
});
