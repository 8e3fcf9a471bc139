/**
 * End to end: the packaged extension in a real VS Code (code-server) in headless
 * Chromium, checked through what a user sees. Needs the tools from setup.sh.
 * Screenshots of every step go to test/e2e/screenshots/.
 *
 * SOURCE_LENS_E2E_KEEP=1 keeps the throwaway workspace and profile (with
 * code-server's and the extension host's logs); they are also kept when a test fails.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repoRoot } from '../support/repo';
import { launchBrowser, type Page, type RunningBrowser } from './support/browser';
import { installExtension, Profile, startCodeServer, type RunningCodeServer } from './support/codeServer';
import { run } from './support/processes';
import { findTools } from './support/tools';
import { waitFor } from './support/wait';

const ROOT = repoRoot();
const SCREENSHOTS = join(ROOT, 'test', 'e2e', 'screenshots');
/** Has the corpus's one unclosed quotation mark, at line 11; the tests never open it. */
const ARTICLE_WITH_FINDING = 'de-freie-stimme-kommentar.txt';
/** Opened through Quick Open; has paragraphs far wider than the editor. */
const ARTICLE_TO_OPEN = 'de-tagesblick-gipfel.txt';

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'update.mode': 'none',
};

describe('Source Lens in a real VS Code (code-server + headless Chromium)', () => {
  let tempDir = '';
  let server: RunningCodeServer | undefined;
  let browser: RunningBrowser | undefined;
  let page: Page;
  let failed = false;

  /** Screenshot of the current step (also when it failed). */
  async function screenshot(name: string): Promise<void> {
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), timeout: 15_000 });
  }

  async function step(name: string, body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      if (browser) await screenshot(name).catch((error: unknown) => console.error(`screenshot ${name} failed:`, error));
    }
  }

  before(async () => {
    const tools = findTools();
    mkdirSync(SCREENSHOTS, { recursive: true });
    tempDir = mkdtempSync(join(tmpdir(), 'source-lens-e2e-'));
    try {
      const packaged = await run('npm', ['run', 'package'], { cwd: ROOT, timeoutMs: 180_000 });
      assert.equal(packaged.code, 0, `npm run package failed:\n${packaged.output}`);

      const profile = new Profile(join(tempDir, 'profile'));
      profile.writeUserSettings(USER_SETTINGS);
      const installed = await installExtension(tools, profile, join(ROOT, 'source-lens.vsix'));
      const extensions = readdirSync(profile.extensionsDir);
      assert.ok(extensions.some((name) => name.startsWith('source-lens.source-lens-')), `not installed (${extensions.join(', ')}):\n${installed}`);

      const workspace = join(tempDir, 'workspace');
      cpSync(join(ROOT, 'samples'), workspace, { recursive: true });
      server = await startCodeServer(tools, profile, workspace);
      browser = await launchBrowser(tools, join(tempDir, 'chromium'));
      page = browser.page;
      await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`, { timeout: 60_000 });
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
      // The explorer shows the copied articles once the workspace is loaded.
      await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: ARTICLE_WITH_FINDING }).waitFor({ timeout: 60_000 });
      await screenshot('01-workbench');
    } catch (error) {
      failed = true;
      throw error;
    }
  }, { timeout: 6 * 60_000 });

  after(async () => {
    await browser?.stop();
    await server?.stop();
    if (!tempDir) return;
    const log = join(tempDir, 'profile', 'code-server.log');
    if (failed && existsSync(log)) console.error(`--- code-server log (tail) ---\n${readFileSync(log, 'utf8').slice(-4_000)}`);
    if (failed || process.env.SOURCE_LENS_E2E_KEEP) console.error(`e2e workspace and profile kept in ${tempDir}`);
    else rmSync(tempDir, { recursive: true, force: true });
  }, { timeout: 60_000 });

  it('lists quote.unbalanced of an article that was never opened in the Problems panel', { timeout: 120_000 }, async () => {
    await step('02-problems', async () => {
      const tabs = await page.locator('.tabs-container .tab').allInnerTexts();
      assert.ok(!tabs.some((tab) => tab.includes(ARTICLE_WITH_FINDING)), `${ARTICLE_WITH_FINDING} is open: ${tabs.join(', ')}`);

      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      await panel.waitFor({ state: 'visible', timeout: 15_000 });
      // Filter on the code, as a user would; it keeps the finding in view however many others come.
      const filter = page.locator('.panel .viewpane-filter input').first();
      const rows = panel.locator('.monaco-list-row');
      // Waits for the extension to start and the server to index the workspace.
      const finding = await waitFor(`a quote.unbalanced row under ${ARTICLE_WITH_FINDING}`, async () => {
        // The view may reset its filter while it is still being set up: type it again until it stays.
        if ((await filter.inputValue({ timeout: 2_000 })) !== 'quote.unbalanced') {
          await filter.fill('quote.unbalanced', { timeout: 5_000 });
          return { seen: 'filter (re)typed' };
        }
        const seen: { level: string | null; text: string }[] = [];
        for (let i = 0, count = await rows.count(); i < count; i++) {
          const row = rows.nth(i);
          seen.push({ level: await row.getAttribute('aria-level', { timeout: 2_000 }), text: (await row.innerText({ timeout: 2_000 })).replace(/\s+/g, ' ').trim() });
        }
        // Resource rows are at level 1, their markers at level 2 below them.
        let file = '';
        for (const { level, text } of seen) {
          if (level === '1') file = text;
          else if (file.includes(ARTICLE_WITH_FINDING) && text.includes('quote.unbalanced')) return { value: text, seen: '' };
        }
        const shown = seen.map(({ level, text }) => `[${level}] ${text}`).join('\n');
        return { seen: shown || `(no rows) ${(await panel.innerText({ timeout: 2_000 })).trim()}` };
      }, 60_000);

      assert.match(finding, /Quotation mark „ is never closed/);
      assert.match(finding, /Source Lens/);
      assert.match(finding, /\bLn 11\b/);
    });
  });

  it('opens a sample article from Quick Open as News Article with word wrap on', { timeout: 120_000 }, async () => {
    await step('03-quick-open', async () => {
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').first().waitFor({ state: 'visible', timeout: 15_000 });
      await page.keyboard.type(ARTICLE_TO_OPEN);
      await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: ARTICLE_TO_OPEN }).first().waitFor({ timeout: 30_000 });
    });

    await step('04-article-editor', async () => {
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active').filter({ hasText: ARTICLE_TO_OPEN }).waitFor({ timeout: 30_000 });

      const language = page.locator('[id="status.editor.mode"]');
      await waitFor('the status bar to name the language News Article', async () => {
        const text = (await language.innerText({ timeout: 2_000 })).trim();
        return { value: text === 'News Article' ? text : undefined, seen: text };
      }, 30_000);

      // With word wrap a long paragraph takes several screen rows, and only its first row has a line number.
      const editor = page.locator('.editor-group-container.active .monaco-editor').first();
      await waitFor('long paragraphs to wrap', async () => {
        const rows = await editor.locator('.view-lines .view-line').count();
        const numbered = (await editor.locator('.margin-view-overlays .line-numbers').allInnerTexts()).filter((text) => text.trim() !== '').length;
        return { value: numbered > 0 && rows > numbered ? true : undefined, seen: `${rows} screen rows, ${numbered} line numbers` };
      }, 30_000);
    });
  });
});
