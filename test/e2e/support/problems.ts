/**
 * The Problems panel (Control+Shift+M) as a user reads it: typed into its
 * filter, then its rows, files at level 1 and their markers at level 2 below.
 */
import type { Page } from './browser';
import { waitFor } from './wait';

export interface ProblemsView {
  /** Markers under `file` that the filter shows now; undefined while the filter is still being set. */
  readonly markersUnder: (file: string) => Promise<{ markers?: string[]; seen: string }>;
}

/** Opens the Problems panel and keeps `filter` typed into its filter box. */
export async function openProblems(page: Page, filter: string): Promise<ProblemsView> {
  await page.keyboard.press('Control+Shift+M');
  const panel = page.locator('.markers-panel');
  await panel.waitFor({ state: 'visible', timeout: 15_000 });
  const box = page.locator('.panel .viewpane-filter input').first();
  const rows = panel.locator('.monaco-list-row');
  return {
    markersUnder: async (file) => {
      // The view may reset its filter while it is still being set up: type it again until it stays.
      if ((await box.inputValue({ timeout: 2_000 })) !== filter) {
        await box.fill(filter, { timeout: 5_000 });
        return { seen: 'filter (re)typed' };
      }
      const seen: { level: string | null; text: string }[] = [];
      for (let i = 0, count = await rows.count(); i < count; i++) {
        const row = rows.nth(i);
        seen.push({ level: await row.getAttribute('aria-level', { timeout: 2_000 }), text: (await row.innerText({ timeout: 2_000 })).replace(/\s+/g, ' ').trim() });
      }
      let current = '';
      const markers: string[] = [];
      for (const { level, text } of seen) {
        if (level === '1') current = text;
        else if (current.includes(file)) markers.push(text);
      }
      const shown = seen.map(({ level, text }) => `[${level}] ${text}`).join('\n');
      return { markers, seen: shown || `(no rows) ${(await panel.innerText({ timeout: 2_000 })).trim()}` };
    },
  };
}

/** Waits for a marker under `file` that matches `expected`, and returns its row text. */
export async function waitForMarker(view: ProblemsView, file: string, expected: RegExp, timeoutMs: number): Promise<string> {
  return waitFor(`a Problems row under ${file} matching ${expected}`, async () => {
    const { markers, seen } = await view.markersUnder(file);
    const hit = markers?.find((text) => expected.test(text));
    return { value: hit, seen };
  }, timeoutMs);
}
