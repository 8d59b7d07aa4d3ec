/**
 * Playwright fixtures for testing the built extension (`npm run build` first).
 *
 *   import { expect, test } from './fixtures';
 *   test('…', async ({ context, extensionId, openPopup, openOptions, server }) => { … });
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, test as base, chromium, type Page } from '@playwright/test';
import { startServer } from './server';

export const ROOT_DIR = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const EXTENSION_PATH = join(ROOT_DIR, '.output', 'chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface LaunchOptions {
  /** Defaults to headless unless `HEADED=1`. */
  headless?: boolean;
  /** Defaults to a fresh temporary directory. */
  userDataDir?: string;
  extensionPath?: string;
  /** More Chromium switches, e.g. a network log. */
  extraArgs?: readonly string[];
  /**
   * The first-run page the extension opens on install: `close` waits for it and closes it (the
   * default with a fresh profile, so tests start with no stray tab), `keep` waits for it and
   * leaves it open (`welcome` in the result), `ignore` does not wait (a reused profile).
   */
  welcome?: 'close' | 'keep' | 'ignore';
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  /** The first-run page, with `welcome: 'keep'`. */
  welcome: Page | null;
  /** Closes the browser and removes the temporary user-data dir (if one was made). */
  close(): Promise<void>;
}

/** Starts Chromium with the built extension loaded. Also usable outside tests (demo scripts). */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const extensionPath = options.extensionPath ?? EXTENSION_PATH;
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run \`npm run build\` first.`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it or set CHROMIUM_PATH.`);
  }
  const tempDir = options.userDataDir ? null : await mkdtemp(join(tmpdir(), 'ccc-profile-'));
  const userDataDir = options.userDataDir ?? (tempDir as string);
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: options.headless ?? process.env.HEADED !== '1',
    executablePath: CHROMIUM_PATH,
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.extraArgs ?? []),
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  const welcomeMode = options.welcome ?? (tempDir ? 'close' : 'ignore');
  let welcome: Page | null = null;
  if (welcomeMode !== 'ignore') {
    welcome = await waitForWelcome(context, extensionId);
    if (welcomeMode === 'close') {
      await welcome.close();
      welcome = null;
    }
  }
  return {
    context,
    extensionId,
    welcome,
    close: async () => {
      await context.close();
      if (tempDir) await rm(tempDir, { recursive: true, force: true });
    },
  };
}

/** The first-run page the background opens on install; throws when it does not come. */
export async function waitForWelcome(
  context: BrowserContext,
  extensionId: string,
  timeout = 10_000,
): Promise<Page> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const deadline = Date.now() + timeout;
  for (;;) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) return page;
    if (Date.now() > deadline)
      throw new Error(`the first-run page did not open within ${timeout} ms`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

export interface ExtensionFixtures {
  /** Persistent Chromium context with the extension loaded; a fresh profile per test. */
  context: BrowserContext;
  /** The extension's id, from its service worker URL. */
  extensionId: string;
  /** Opens `chrome-extension://<id>/popup.html` in a new tab (waits for load). */
  openPopup: () => Promise<Page>;
  /** Opens `chrome-extension://<id>/options.html` in a new tab (waits for load). */
  openOptions: () => Promise<Page>;
}

export interface WorkerFixtures {
  /** Base URL (no trailing slash) of the static server for `e2e/pages/`, one per worker. */
  server: string;
}

/** Internal: the launched browser for the current test. */
type InternalFixtures = { _launched: LaunchedExtension };

export const test = base.extend<ExtensionFixtures & InternalFixtures, WorkerFixtures>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires an object pattern here.
    async ({}, use) => {
      const server = await startServer();
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires an object pattern here.
  _launched: async ({}, use) => {
    const launched = await launchWithExtension();
    await use(launched);
    await launched.close();
  },
  context: async ({ _launched }, use) => {
    await use(_launched.context);
  },
  extensionId: async ({ _launched }, use) => {
    await use(_launched.extensionId);
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    });
  },
  openOptions: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    });
  },
});

export const expect = test.expect;
