/**
 * Helpers for the active Monaco editor of the workbench, through the page as a
 * user sees it (code-server does not expose `monaco` to the page).
 */
import type { Locator, Page } from './browser';
import { waitFor } from './wait';

/** The editor of the active editor group. */
export function activeEditor(page: Page): Locator {
  return page.locator('.editor-group-container.active .monaco-editor').first();
}

/** Text of the screen rows the editor renders now (only the visible part of the file), spaces normalised. */
export async function visibleText(page: Page): Promise<string> {
  const rows = await activeEditor(page).locator('.view-lines .view-line').allInnerTexts();
  return rows.map((row) => row.replace(/\u00a0/g, ' ')).join('\n');
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where `word` is on screen: in the first rendered row of the active editor that
 * contains `context` (which contains `word`), found through a DOM Range over the
 * row's text nodes, as Monaco splits a row into one span per token.
 */
export async function wordBox(page: Page, context: string, word: string): Promise<Box> {
  const lines = activeEditor(page).locator('.view-lines');
  return waitFor(`"${word}" of "${context}" on screen`, async () => {
    const found = await lines.evaluate((element, { context, word }) => {
      // Runs in the page: the project's TypeScript has no DOM types, so the few used are declared here.
      interface TextNode { readonly data: string }
      interface DomRange {
        setStart(node: TextNode, offset: number): void;
        setEnd(node: TextNode, offset: number): void;
        getClientRects(): ArrayLike<{ x: number; y: number; width: number; height: number }>;
      }
      interface Row { readonly textContent: string | null }
      interface Doc {
        createRange(): DomRange;
        createTreeWalker(root: Row, whatToShow: number): { nextNode(): TextNode | null };
      }
      const doc = (globalThis as unknown as { document: Doc }).document;
      const rows = Array.from((element as unknown as { querySelectorAll(selector: string): ArrayLike<Row> }).querySelectorAll('.view-line'));
      const normalise = (text: string) => text.replace(/\u00a0/g, ' ');
      const row = rows.find((candidate) => normalise(candidate.textContent ?? '').includes(context));
      if (!row) return { seen: `no row with "${context}" among ${rows.length}: ${rows.map((r) => normalise(r.textContent ?? '')).join(' | ').slice(0, 600)}` };
      const nodes: { node: TextNode; start: number }[] = [];
      let text = '';
      const walker = doc.createTreeWalker(row, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, start: text.length });
        text += normalise(node.data);
      }
      const start = text.indexOf(context) + context.indexOf(word);
      const end = start + word.length;
      const at = (offset: number, isEnd: boolean) => {
        const hit = nodes.filter((entry) => (isEnd ? entry.start < offset : entry.start <= offset)).pop()!;
        return { node: hit.node, offset: offset - hit.start };
      };
      const range = doc.createRange();
      const from = at(start, false);
      const to = at(end, true);
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      const rect = range.getClientRects()[0];
      if (!rect || rect.width === 0) return { seen: `"${word}" has no box in "${text}"` };
      return { value: { x: rect.x, y: rect.y, width: rect.width, height: rect.height }, seen: '' };
    }, { context, word }, { timeout: 5_000 });
    return found;
  }, 20_000);
}

/** Moves the mouse over `word` (see `wordBox`), in steps as a user would. */
export async function hoverWord(page: Page, context: string, word: string): Promise<void> {
  const box = await wordBox(page, context, word);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
}
