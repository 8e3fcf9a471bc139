/**
 * The start and end that every end-to-end suite shares: open a folder in the
 * workbench, and afterwards stop what was started, keeping the evidence when
 * something failed.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, RunningBrowser } from './browser';
import type { RunningCodeServer } from './codeServer';

/** Opens `folder` in the workbench and waits until the explorer lists `file` (the workspace is loaded). */
export async function openFolder(page: Page, server: RunningCodeServer, folder: string, file: string): Promise<void> {
  await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`, { timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: file }).waitFor({ timeout: 60_000 });
}

/** Stops the browser and code-server; keeps the temporary folder (and prints the log's tail) when a step failed or SOURCE_LENS_E2E_KEEP is set. */
export async function endSession(browser: RunningBrowser | undefined, server: RunningCodeServer | undefined, tempDir: string | undefined, failed: boolean): Promise<void> {
  await browser?.stop();
  await server?.stop();
  if (!tempDir) return;
  const log = join(tempDir, 'profile', 'code-server.log');
  if (failed && existsSync(log)) console.error(`--- code-server log (tail) ---\n${readFileSync(log, 'utf8').slice(-4_000)}`);
  if (failed || process.env.SOURCE_LENS_E2E_KEEP) console.error(`e2e workspace and profile kept in ${tempDir}`);
  else rmSync(tempDir, { recursive: true, force: true });
}
