/**
 * End to end: the packaged extension in a real VS Code (code-server) in headless
 * Chromium, checked through what a user sees. Needs the tools from setup.sh.
 * Screenshots of every step go to test/e2e/screenshots/.
 *
 * SOURCE_LENS_E2E_KEEP=1 keeps the throwaway workspace and profile (with
 * code-server's and the extension host's logs); they are also kept when a test fails.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repoRoot } from '../support/repo';
import { launchBrowser, type Page, type RunningBrowser } from './support/browser';
import { activeEditor, hoverWord, visibleText, wordBox } from './support/editor';
import { installExtension, Profile, QUIET_USER_SETTINGS, startCodeServer, type RunningCodeServer } from './support/codeServer';
import { openProblems, waitForMarker } from './support/problems';
import { run } from './support/processes';
import { findTools, packagedExtension } from './support/tools';
import { waitFor } from './support/wait';
import { endSession, openFolder } from './support/session';

const ROOT = repoRoot();
const SCREENSHOTS = join(ROOT, 'test', 'e2e', 'screenshots');
/** Has the corpus's one unclosed quotation mark, at line 11; the tests never open it. */
const ARTICLE_WITH_FINDING = 'de-freie-stimme-kommentar.txt';
/** Opened through Quick Open; has paragraphs far wider than the editor. */
const ARTICLE_TO_OPEN = 'de-tagesblick-gipfel.txt';
/** A noise line of ARTICLE_TO_OPEN (noise.media-widget), removed by a quick fix and brought back by Undo. */
const NOISE_LINE = { number: 18, text: 'Video abspielen' };
/** Statement S2 of samples/README.md in ARTICLE_TO_OPEN, and the articles that quote it too. */
const QUOTATION = {
  /** One word of it, as rows wrap anywhere and inlay hints split the text. */
  context: 'ausweglos',
  word: 'ausweglos',
  quotedIn: ['de-rundschau-online-genf.txt', 'de-wochenecho-analyse.txt', 'en-continental-wire-geneva.txt'],
  /** How those articles word it. */
  elsewhere: /ernst, aber (sie ist )?nicht ausweglos|eastern flank/i,
};
/** Statement S1 of samples/README.md in ARTICLE_TO_OPEN: "an einem Tisch sitzen" here, "am gleichen Tisch saßen" in the Morgenpost. */
const COMPARED = {
  context: 'Funkstille wieder',
  word: 'Funkstille',
  expected: [
    /^Versions of „Dass wir nach zwei Jahren …“: \d+ in \d+ articles$/m,
    /^1\. de-tagesblick-gipfel, line 5 — the version you were reading$/m,
    /de-morgenpost-ost-vollmer, line \d+ — different wording, match \d+%/,
    /en-daily-courier-summit, line \d+ — translation/,
    /\[-an einem-\] \{\+am gleichen\+\} Tisch/,
  ],
  /** Marked words of the Morgenpost's version, as the view writes them (their first word: a wrapped row may end inside a mark). */
  differences: ['[-an', '{+am'],
};
/** Never opened: "Clean All Articles" has to change it on disk. */
const UNOPENED_WITH_NOISE = { file: 'de-morgenpost-ost-vollmer.txt', noise: 'Startseite > Politik > Ausland', content: 'Henrike Vollmer' };


describe('Source Lens in a real VS Code (code-server + headless Chromium)', () => {
  let tempDir = '';
  let workspace = '';
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

  /** Runs a command from the command palette (F1) by its title, as a user would pick it. */
  async function runCommand(title: string): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input').first();
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(`>${title}`, { timeout: 5_000 });
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first();
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    await row.click({ timeout: 5_000 });
    await page.locator('.quick-input-widget').first().waitFor({ state: 'hidden', timeout: 10_000 });
  }

  /** Ctrl+G to a line; waits for the status bar to show the cursor there. */
  async function goToLine(line: number): Promise<void> {
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.keyboard.type(String(line));
    await page.keyboard.press('Enter');
    const selection = page.locator('[id="status.editor.selection"]');
    await waitFor(`the cursor at line ${line}`, async () => {
      const text = (await selection.innerText({ timeout: 2_000 })).trim();
      return { value: text.startsWith(`Ln ${line}, Col 1`) ? text : undefined, seen: text };
    }, 15_000);
  }

  /** Waits until the file on disk is `expected` byte for byte. */
  async function waitForDisk(path: string, expected: Buffer, what: string): Promise<void> {
    await waitFor(what, async () => {
      const actual = readFileSync(path);
      return { value: actual.equals(expected) ? true : undefined, seen: firstDifference(actual, expected) };
    }, 20_000);
  }

  /** The status bar's error, warning and info counts of the Problems panel. */
  async function problemCounts(): Promise<string> {
    return (await page.locator('[id="status.problems"]').innerText({ timeout: 2_000 })).replace(/\s+/g, ' ').trim();
  }

  const activeTab = () => page.locator('.tabs-container .tab.active').first();

  /** Control+P, the file's name, Enter: the file's editor in front. */
  async function openWithQuickOpen(name: string): Promise<void> {
    // An article that is open already is brought back by its tab (after a jump from the peek view,
    // Quick Open sometimes left the other editor in front on a busy machine).
    const tab = page.locator('.tabs-container .tab').filter({ hasText: name.replace(/\.txt$/, '') }).first();
    if (await tab.count() > 0) {
      await tab.click();
      await activeTab().filter({ hasText: name.replace(/\.txt$/, '') }).waitFor({ timeout: 15_000 });
      return;
    }
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.keyboard.type(name);
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await activeTab().filter({ hasText: name.replace(/\.txt$/, '') }).waitFor({ timeout: 15_000 });
  }
  async function isDirty(): Promise<boolean> {
    return ((await activeTab().getAttribute('class', { timeout: 5_000 })) ?? '').split(/\s+/).includes('dirty');
  }

  before(async () => {
    const tools = findTools();
    mkdirSync(SCREENSHOTS, { recursive: true });
    tempDir = mkdtempSync(join(tmpdir(), 'source-lens-e2e-'));
    try {
      const profile = new Profile(join(tempDir, 'profile'));
      profile.writeUserSettings(QUIET_USER_SETTINGS);
      const installed = await installExtension(tools, profile, packagedExtension());
      const extensions = readdirSync(profile.extensionsDir);
      assert.ok(extensions.some((name) => name.startsWith('source-lens.source-lens-')), `not installed (${extensions.join(', ')}):\n${installed}`);

      workspace = join(tempDir, 'workspace');
      cpSync(join(ROOT, 'samples'), workspace, { recursive: true });
      server = await startCodeServer(tools, profile, workspace);
      browser = await launchBrowser(tools, join(tempDir, 'chromium'));
      page = browser.page;
      await openFolder(page, server, workspace, ARTICLE_WITH_FINDING);
      await screenshot('01-workbench');
    } catch (error) {
      failed = true;
      throw error;
    }
  }, { timeout: 6 * 60_000 });

  after(() => endSession(browser, server, tempDir, failed), { timeout: 60_000 });

  it('lists quote.unbalanced of an article that was never opened in the Problems panel', { timeout: 120_000 }, async () => {
    await step('02-problems', async () => {
      const tabs = await page.locator('.tabs-container .tab').allInnerTexts();
      assert.ok(!tabs.some((tab) => tab.includes(ARTICLE_WITH_FINDING)), `${ARTICLE_WITH_FINDING} is open: ${tabs.join(', ')}`);

      // Filter on the code, as a user would; it keeps the finding in view however many others come.
      const problems = await openProblems(page, 'quote.unbalanced');
      // Waits for the extension to start and the server to index the workspace.
      const finding = await waitForMarker(problems, ARTICLE_WITH_FINDING, /quote\.unbalanced/, 60_000);

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

  it('shows the profile of a person in a hover when the mouse rests on their name', { timeout: 90_000 }, async () => {
    await step('05-hover-person', async () => {
      await activeTab().filter({ hasText: ARTICLE_TO_OPEN }).waitFor({ timeout: 10_000 });
      // Paragraph 3: „…", sagte Vollmer vor Journalisten. Not a noise line, so no diagnostic hover competes.
      const hover = page.locator('.monaco-hover').filter({ hasText: 'Mentioned' }).first();
      const text = await waitFor('a hover with the profile of Henrike Vollmer', async () => {
        await hoverWord(page, 'sagte Vollmer', 'Vollmer');
        try {
          await hover.waitFor({ state: 'visible', timeout: 5_000 });
        } catch {
          const shown = (await page.locator('.monaco-hover').allInnerTexts()).join(' | ');
          await page.mouse.move(5, 450); // off the word, so that the next try starts a new hover
          return { seen: shown || '(no hover)' };
        }
        return { value: await hover.innerText({ timeout: 2_000 }), seen: '' };
      }, 45_000);
      assert.match(text, /Henrike Vollmer\s+—\s+person/);
      assert.match(text, /How the articles describe them/);
      assert.match(text, /Mentioned \d+ times in \d+ articles/);
      assert.match(text, new RegExp(ARTICLE_TO_OPEN.replace(/\./g, '\\.')));
    });
  });

  it('F12 inside a quotation opens the same statement quoted in another article', { timeout: 120_000 }, async () => {
    const peek = page.locator('.peekview-widget').first();
    await step('06-go-to-quotation-peek', async () => {
      await page.mouse.move(5, 450);
      await page.keyboard.press('Escape');
      await activeTab().filter({ hasText: ARTICLE_TO_OPEN }).waitFor({ timeout: 10_000 });
      // Statement S2 (samples/README.md): quoted in full here, and in other words in three other articles.
      const box = await wordBox(page, QUOTATION.context, QUOTATION.word);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.keyboard.press('F12');
      // Several articles quote it, so VS Code peeks at them (editor.gotoLocation.multipleDefinitions: peek).
      await peek.waitFor({ state: 'visible', timeout: 30_000 });
      const listed = await waitFor('the peek view to list the other articles', async () => {
        const rows = (await peek.locator('.ref-tree .monaco-list-row').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
        const all = QUOTATION.quotedIn.every((name) => rows.some((row) => row.includes(name)));
        return { value: all ? rows : undefined, seen: rows.join('\n') || '(no rows)' };
      }, 20_000);
      assert.ok(!listed.some((row) => row.includes(ARTICLE_TO_OPEN)), `the article itself is listed: ${listed.join(', ')}`);
      // The peek's editor shows the other version of the quotation.
      await waitFor('the quotation in the peek editor', async () => {
        const text = (await peek.locator('.preview .view-lines').first().innerText({ timeout: 2_000 })).replace(/\u00a0/g, ' ');
        return { value: QUOTATION.elsewhere.test(text) ? true : undefined, seen: text };
      }, 15_000);
    });

    await step('07-go-to-quotation-opened', async () => {
      // Enter opens the selected version in the editor.
      await peek.locator('.ref-tree .monaco-list').first().focus({ timeout: 5_000 });
      await page.keyboard.press('Enter');
      await peek.waitFor({ state: 'hidden', timeout: 15_000 });
      // (The tab shows the name and the extension in separate elements.)
      const tab = (await activeTab().innerText({ timeout: 5_000 })).replace(/\s+/g, '');
      const opened = QUOTATION.quotedIn.find((name) => tab.includes(name));
      assert.ok(opened, `the active tab is ${tab}`);
      // The cursor stands on that article's version (the viewport may still be scrolling on a busy machine).
      const line = readFileSync(join(ROOT, 'samples', opened), 'utf8').split(/\r?\n/).findIndex((text) => QUOTATION.elsewhere.test(text)) + 1;
      const selection = page.locator('[id="status.editor.selection"]');
      await waitFor(`the cursor on the quotation in line ${line} of ${opened}`, async () => {
        const text = (await selection.innerText({ timeout: 2_000 })).trim();
        return { value: text.startsWith(`Ln ${line},`) ? text : undefined, seen: text };
      }, 15_000);
      // Back to the article the next tests work on.
      await openWithQuickOpen(ARTICLE_TO_OPEN);
    });
  });

  it('"Source Lens: Compare Quote Versions" inside a quotation shows every version with the differences marked', { timeout: 120_000 }, async () => {
    const view = activeEditor(page);
    await step('08-compare-quote-versions', async () => {
      await page.mouse.move(5, 450);
      await page.keyboard.press('Escape');
      await openWithQuickOpen(ARTICLE_TO_OPEN);
      const box = await wordBox(page, COMPARED.context, COMPARED.word);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await runCommand('Source Lens: Compare Quote Versions');
      // The view opens beside the article, in a group of its own, in front.
      await page.locator('.editor-group-container.active .tab.active').filter({ hasText: 'Quote versions' }).first().waitFor({ timeout: 30_000 });
      const text = await waitFor('the versions of the statement in the view', async () => {
        const shown = await visibleText(page);
        const complete = COMPARED.expected.every((pattern) => pattern.test(shown));
        return { value: complete ? shown : undefined, seen: shown || '(empty view)' };
      }, 20_000);
      assert.ok(!text.includes(ARTICLE_WITH_FINDING.replace(/\.txt$/, '')), 'an article that does not quote the statement is listed');

      // The differences are marked on screen: a coloured background under "[-an einem-]" and "{+am gleichen+}".
      // (The view is half as wide as the window: wrapped, the whole version fits; Find scrolls down to it.)
      await runCommand('View: Toggle Word Wrap');
      await page.keyboard.press('Control+F');
      const find = page.locator('.editor-group-container.active .find-widget textarea, .editor-group-container.active .find-widget input').first();
      await find.waitFor({ state: 'visible', timeout: 10_000 });
      await page.keyboard.type(COMPARED.differences[1]);
      await page.keyboard.press('Escape');
      await waitFor('the marked words inside the view', async () => {
        const bounds = await view.boundingBox({ timeout: 2_000 });
        const words = await Promise.all(COMPARED.differences.map((difference) => wordBox(page, difference, difference)));
        const inside = bounds !== null && words.every((word) => word.x >= bounds.x && word.x + word.width <= bounds.x + bounds.width);
        return { value: inside ? true : undefined, seen: JSON.stringify({ bounds, words }) };
      }, 15_000);
      const marked = await view.locator('.view-overlays [class*="ced-"]').evaluateAll((elements) => elements.map((element) => {
        const rect = (element as unknown as { getBoundingClientRect(): { x: number; y: number; width: number; height: number } }).getBoundingClientRect();
        const style = (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(element);
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height, background: style.backgroundColor };
      }));
      for (const difference of COMPARED.differences) {
        const word = await wordBox(page, difference, difference);
        const centre = { x: word.x + word.width / 2, y: word.y + word.height / 2 };
        const under = marked.find((rect) => centre.x >= rect.x && centre.x <= rect.x + rect.width && centre.y >= rect.y && centre.y <= rect.y + rect.height);
        assert.ok(under, `no mark under ${difference} at ${JSON.stringify(centre)}; marks: ${JSON.stringify(marked)}`);
        assert.doesNotMatch(under.background, /^(transparent|rgba\(0, 0, 0, 0\))$/, `the mark under ${difference} has no colour`);
      }
    });

    // Closing the view closes its group: the article is the active editor again for the next tests.
    await page.keyboard.press('Control+W');
    await activeTab().filter({ hasText: ARTICLE_TO_OPEN.replace(/\.txt$/, '') }).waitFor({ timeout: 15_000 });
  });

  it('removes a noise line with the quick fix "Remove this line", and Undo brings it back byte for byte', { timeout: 120_000 }, async () => {
    const file = join(workspace, ARTICLE_TO_OPEN);
    const original = readFileSync(join(ROOT, 'samples', ARTICLE_TO_OPEN));
    assert.ok(readFileSync(file).equals(original), `${file} changed before the test`);
    const lines = original.toString('utf8').split('\n');
    assert.equal(lines[NOISE_LINE.number - 1], NOISE_LINE.text, 'the sample changed: pick another noise line');
    const withoutLine = Buffer.from(lines.filter((_, index) => index !== NOISE_LINE.number - 1).join('\n'), 'utf8');
    const menu = page.locator('.action-widget').first();
    // The server analysed this article long ago: the counts with the noise line.
    const countsWithLine = await problemCounts();

    await step('09-quick-fix-menu', async () => {
      await page.mouse.move(5, 450);
      await page.keyboard.press('Escape');
      await openWithQuickOpen(ARTICLE_TO_OPEN);
      await goToLine(NOISE_LINE.number);
      // Waits for the diagnostics of the open document: without them there is no quick fix yet.
      const offered = await waitFor('the quick fix "Remove this line"', async () => {
        await page.keyboard.press('Control+.');
        try {
          await menu.filter({ hasText: 'Remove this line' }).waitFor({ state: 'visible', timeout: 3_000 });
        } catch {
          const shown = (await menu.isVisible()) ? await menu.innerText({ timeout: 2_000 }) : '(no quick fix menu)';
          await page.keyboard.press('Escape');
          return { seen: shown };
        }
        return { value: await menu.innerText({ timeout: 2_000 }), seen: '' };
      }, 45_000);
      assert.match(offered, /Remove all scrape noise in this file/);
    });

    await step('10-quick-fix-applied', async () => {
      await menu.locator('.monaco-list-row').filter({ hasText: 'Remove this line' }).first().click({ timeout: 5_000 });
      await waitFor(`"${NOISE_LINE.text}" to leave the editor`, async () => {
        const text = await visibleText(page);
        return { value: !text.includes(NOISE_LINE.text) && text.includes('04:12') ? true : undefined, seen: text };
      }, 15_000);
      assert.ok(await isDirty(), 'the tab is not marked dirty after the quick fix');
      await page.keyboard.press('Control+S');
      // Exactly that line (and its line break) is gone, nothing else.
      await waitForDisk(file, withoutLine, `${ARTICLE_TO_OPEN} saved without line ${NOISE_LINE.number}`);
    });

    await step('11-quick-fix-undone', async () => {
      await page.keyboard.press('Control+Z');
      await waitFor(`"${NOISE_LINE.text}" back in the editor`, async () => {
        const text = await visibleText(page);
        return { value: text.includes(NOISE_LINE.text) ? true : undefined, seen: text };
      }, 15_000);
      assert.ok(await isDirty(), 'the tab is not marked dirty after Undo');
      // The disk holds the file without the line until this save: equal to the sample means the undo restored every byte.
      await page.keyboard.press('Control+S');
      await waitForDisk(file, original, `${ARTICLE_TO_OPEN} saved after Undo, equal to the sample`);
      await waitFor('the tab to be saved', async () => ({ value: (await isDirty()) ? undefined : true, seen: 'dirty' }), 10_000);
      // Undo is a document change like any other: the server analyses it after a short pause, and the counts
      // come back. (The next test starts from these counts, so it must not read them before the server is done.)
      await waitFor(`the status bar to count ${countsWithLine} again`, async () => {
        const now = await problemCounts();
        return { value: now === countsWithLine ? true : undefined, seen: now };
      }, 30_000);
    });
  });

  it('cleans every article with "Source Lens: Clean All Articles" through the refactor preview, and Undo restores them', { timeout: 180_000 }, async () => {
    const articles = readdirSync(join(ROOT, 'samples')).filter((name) => name.endsWith('.txt')).sort();
    const originals = new Map(articles.map((name) => [name, readFileSync(join(ROOT, 'samples', name))]));
    for (const [name, content] of originals) assert.ok(readFileSync(join(workspace, name)).equals(content), `${name} changed before the test`);
    // What the command line's `clean` makes of the same files: the same edits, so the same bytes.
    const cleanedDir = join(tempDir, 'cleaned');
    const cli = await run(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'clean', 'samples', '--out', cleanedDir], { cwd: ROOT, timeoutMs: 60_000 });
    assert.equal(cli.code, 1, `source-lens clean failed:\n${cli.output}`);
    const cleaned = new Map(articles.map((name) => [name, readFileSync(join(cleanedDir, 'samples', name))]));
    const unopened = join(workspace, UNOPENED_WITH_NOISE.file);
    const readme = readFileSync(join(workspace, 'README.md'));
    const pane = page.locator('.bulk-edit-panel').first();
    const apply = pane.locator('.monaco-button').filter({ hasText: /^\s*Apply\s*$/ }).first();

    // (The quick-fix test ended once the server had re-published its article: these counts are settled.)
    const countsBefore = await problemCounts();

    await step('12-refactor-preview', async () => {
      await runCommand('Source Lens: Clean All Articles');
      await pane.waitFor({ state: 'visible', timeout: 30_000 });
      await page.locator('.panel .composite.title').filter({ hasText: /Refactor Preview/i }).first().waitFor({ timeout: 10_000 });
      // The tree shows only the rows that fit: the first article (by name) and its first removal are always among them.
      const first = articles[0];
      await waitFor(`the refactor preview to list ${first} and its scrape noise`, async () => {
        const texts = (await pane.locator('.monaco-list-row').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
        const at = texts.findIndex((text) => text.includes(first));
        return { value: at >= 0 && texts[at + 1]?.includes('Siehe auch') ? true : undefined, seen: texts.join('\n') || '(no rows)' };
      }, 30_000);
      // Every change needs confirmation: each starts unticked, and Apply with nothing ticked applies nothing.
      // Tick each article with the keyboard (clicking a row also opens its diff): Space ticks the article with
      // all its changes, Left folds it, Down goes to the next one; then all ten folded rows fit in the panel.
      const tree = pane.locator('.monaco-list').first();
      await tree.focus({ timeout: 5_000 });
      await page.keyboard.press('Home');
      for (let i = 0; i < articles.length; i++) {
        await page.keyboard.press('Space');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowDown');
      }
      // The list renders the rows in view only: read the ticks at the top, then at the bottom.
      const fileRows = pane.locator('.monaco-list-row[aria-label$="making text edits"]');
      const ticks = new Map<string, string | null | undefined>();
      await waitFor('every article and change ticked in the refactor preview', async () => {
        for (const key of ['Home', 'End']) {
          await page.keyboard.press(key);
          const rows = await fileRows.evaluateAll((elements) => elements.map((row) => {
            const element = row as { getAttribute(name: string): string | null; querySelector(selector: string): { getAttribute(name: string): string | null } | null };
            return [element.getAttribute('aria-label') ?? '', element.querySelector('.edit-checkbox')?.getAttribute('aria-checked')] as const;
          }));
          for (const [label, checked] of rows) ticks.set(label.replace(/, making text edits$/, ''), checked);
          if ((await pane.locator('.edit-checkbox[aria-checked="false"]').count()) > 0) return { seen: 'an unticked box' };
        }
        const all = articles.every((name) => ticks.get(name) === 'true');
        return { value: all ? true : undefined, seen: [...ticks].map(([name, checked]) => `${name}: ${checked}`).join('\n') };
      }, 15_000);
      // Nothing is written before the user applies the preview.
      assert.ok(readFileSync(unopened).equals(originals.get(UNOPENED_WITH_NOISE.file)!), `${UNOPENED_WITH_NOISE.file} changed before Apply`);
    });

    await step('13-refactor-applied', async () => {
      await apply.click({ timeout: 5_000 });
      await page.locator('.notifications-toasts').filter({ hasText: /removed \d+ pieces of scrape noise from 10 articles/ }).first().waitFor({ timeout: 30_000 });
      await pane.waitFor({ state: 'hidden', timeout: 10_000 });
      // Unopened articles are saved by VS Code after a refactoring; the open one is saved here.
      await runCommand('File: Save All');
      await waitFor('every article on disk equal to `source-lens clean`', async () => {
        const differing = articles.filter((name) => !readFileSync(join(workspace, name)).equals(cleaned.get(name)!));
        return { value: differing.length === 0 ? true : undefined, seen: differing.map((name) => `${name}: ${firstDifference(readFileSync(join(workspace, name)), cleaned.get(name)!)}`).join('\n') };
      }, 30_000);
      const text = readFileSync(unopened, 'utf8');
      assert.ok(!text.includes(UNOPENED_WITH_NOISE.noise), `"${UNOPENED_WITH_NOISE.noise}" still in ${UNOPENED_WITH_NOISE.file}`);
      assert.ok(text.includes(UNOPENED_WITH_NOISE.content), `article text lost from ${UNOPENED_WITH_NOISE.file}`);
      assert.ok(readFileSync(join(workspace, 'README.md')).equals(readme), 'README.md (not an article) was changed');
      // The open article shows the paragraph after the video player, and none of the player's lines. (The preview's
      // own multi-file diff editor may still be in front: Quick Open brings the article's editor back.)
      await openWithQuickOpen(ARTICLE_TO_OPEN);
      await waitFor(`the editor of ${ARTICLE_TO_OPEN} without the video player`, async () => {
        const text = await visibleText(page);
        const clean = text.includes('Nach Einschätzung westlicher Diplomaten') && !text.includes(NOISE_LINE.text) && !text.includes('04:12');
        return { value: clean ? true : undefined, seen: text };
      }, 10_000);
      // The server analyses the cleaned articles: fewer findings than before.
      await waitFor('the status bar counts to change', async () => {
        const now = await problemCounts();
        return { value: now !== countsBefore ? true : undefined, seen: now };
      }, 30_000);
    });

    await step('14-clean-all-undone', async () => {
      // Undo in the open article undoes the whole workspace edit (it reopens the other articles, dirty).
      await page.keyboard.press('Control+1');
      await page.keyboard.press('Control+Z');
      // VS Code may ask whether to undo across all files; this one undoes at once. Either way the noise comes back.
      const dialog = page.locator('.monaco-dialog-box').first();
      await waitFor(`"${NOISE_LINE.text}" back in ${ARTICLE_TO_OPEN}`, async () => {
        if (await dialog.isVisible()) {
          await dialog.locator('.monaco-button').filter({ hasText: /Undo in \d+ Files/ }).first().click({ timeout: 5_000 });
          return { seen: 'confirmed the undo dialog' };
        }
        const text = await visibleText(page);
        return { value: text.includes(NOISE_LINE.text) ? true : undefined, seen: text };
      }, 20_000);
      await page.mouse.move(150, 600); // off the tabs, whose tooltips would cover the editor in the screenshot
      // The disk holds the cleaned articles until this save.
      await runCommand('File: Save All');
      await waitFor('every article on disk equal to the sample again', async () => {
        const differing = articles.filter((name) => !readFileSync(join(workspace, name)).equals(originals.get(name)!));
        return { value: differing.length === 0 ? true : undefined, seen: differing.map((name) => `${name}: ${firstDifference(readFileSync(join(workspace, name)), originals.get(name)!)}`).join('\n') };
      }, 30_000);
      // The server follows the undo: the Problems counts are those from before Clean All again.
      await waitFor(`the status bar to count ${countsBefore} again`, async () => {
        const now = await problemCounts();
        return { value: now === countsBefore ? true : undefined, seen: now };
      }, 30_000);
    });
  });
});

/** Where two byte strings first differ, for failure messages. */
function firstDifference(actual: Buffer, expected: Buffer): string {
  if (actual.equals(expected)) return 'equal';
  let at = 0;
  while (at < actual.length && at < expected.length && actual[at] === expected[at]) at++;
  const show = (buffer: Buffer) => JSON.stringify(buffer.subarray(Math.max(0, at - 20), at + 40).toString('utf8'));
  return `${actual.length} vs ${expected.length} bytes, first difference at byte ${at}: ${show(actual)} vs expected ${show(expected)}`;
}
