/**
 * Headless Debian Chromium driven by playwright-core from the tools cache.
 * playwright-core is loaded at run time (it is not a project dependency), so
 * the few parts of its API the tests use are typed here.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { endProcessGroup, track } from './processes';
import type { Tools } from './tools';

export interface Locator {
  first(): Locator;
  nth(index: number): Locator;
  locator(selector: string): Locator;
  filter(options: { hasText: string | RegExp }): Locator;
  count(): Promise<number>;
  waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  innerText(options?: { timeout?: number }): Promise<string>;
  allInnerTexts(): Promise<string[]>;
  getAttribute(name: string, options?: { timeout?: number }): Promise<string | null>;
  click(options?: { timeout?: number }): Promise<void>;
  focus(options?: { timeout?: number }): Promise<void>;
  fill(value: string, options?: { timeout?: number }): Promise<void>;
  inputValue(options?: { timeout?: number }): Promise<string>;
  isVisible(): Promise<boolean>;
  boundingBox(options?: { timeout?: number }): Promise<{ x: number; y: number; width: number; height: number } | null>;
  /** Runs `fn` in the page on the (first) matching element. */
  evaluate<R, A>(fn: (element: unknown, arg: A) => R, arg: A, options?: { timeout?: number }): Promise<R>;
  /** Runs `fn` in the page on all matching elements. */
  evaluateAll<R>(fn: (elements: unknown[]) => R): Promise<R>;
}

export interface Page extends Pick<Locator, 'locator'> {
  goto(url: string, options?: { timeout?: number; waitUntil?: 'load' | 'domcontentloaded' }): Promise<unknown>;
  screenshot(options: { path: string; timeout?: number }): Promise<unknown>;
  keyboard: { press(key: string): Promise<void>; type(text: string, options?: { delay?: number }): Promise<void> };
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<void>; click(x: number, y: number): Promise<void> };
  setDefaultTimeout(ms: number): void;
}

interface BrowserContext {
  newPage(): Promise<Page>;
}

interface Browser {
  newContext(options?: { viewport?: { width: number; height: number } }): Promise<BrowserContext>;
  close(): Promise<void>;
}

interface BrowserServer {
  wsEndpoint(): string;
  process(): { pid?: number };
  close(): Promise<void>;
}

interface PlaywrightCore {
  chromium: {
    launchServer(options: { executablePath: string; args: string[]; headless: boolean; timeout: number; env: NodeJS.ProcessEnv }): Promise<BrowserServer>;
    connect(wsEndpoint: string, options?: { timeout?: number }): Promise<Browser>;
  };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface RunningBrowser {
  readonly page: Page;
  readonly pid: number;
  stop(): Promise<void>;
}

/** Starts Chromium with a throwaway profile; `homeDir` takes what it writes outside that profile (crash reports). */
export async function launchBrowser(tools: Tools, homeDir: string, viewport = { width: 1440, height: 900 }): Promise<RunningBrowser> {
  const { chromium } = createRequire(tools.requireFrom)('playwright-core') as PlaywrightCore;
  const env = { ...process.env, XDG_CONFIG_HOME: join(homeDir, 'config'), XDG_CACHE_HOME: join(homeDir, 'cache') };
  const server = await chromium.launchServer({ executablePath: tools.chromium, args: CHROMIUM_ARGS, headless: true, timeout: 60_000, env });
  const pid = server.process().pid;
  if (pid === undefined) throw new Error('Chromium started without a pid');
  track(pid);
  const stop = async (): Promise<void> => {
    await Promise.race([server.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    await endProcessGroup(pid);
  };
  try {
    const browser = await chromium.connect(server.wsEndpoint(), { timeout: 30_000 });
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    return { page, pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
