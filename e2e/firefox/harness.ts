/**
 * Firefox end-to-end harness: Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the
 * Firefox build (`npm run build:firefox` → `.output/firefox-mv3`) installed as a temporary
 * add-on. The add-on's internal uuid is fixed before launch (`extensions.webextensions.uuids`),
 * so tests can open `moz-extension://<uuid>/popup.html?tabId=…` and the other extension pages.
 *
 *   const ff = await launchFirefox();
 *   const page = await ff.open(`${server}/articles/wire-report.html`);
 *   const popup = await ff.openExtensionPage(`popup.html?tabId=${await ff.tabIdOf(url)}`);
 *   await ff.close();
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT_DIR } from '../fixtures';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_PATH = join(ROOT_DIR, '.output', 'firefox-mv3');

/** The add-on id from the built manifest (`browser_specific_settings.gecko.id`). */
export function addonId(extensionPath = FIREFOX_EXTENSION_PATH): string {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionPath}/manifest.json has no gecko id`);
  return id;
}

export interface FirefoxOptions {
  /**
   * Whether Firefox grants the host access the manifest asks for (the default news sites and
   * the local test pages) at install. Firefox MV3 lets the user withhold it; false starts in
   * that state. Default true.
   */
  grantHostAccess?: boolean;
  /** More preferences (e.g. a proxy for the network test). */
  prefs?: Record<string, string | number | boolean>;
  /** Leave the first-run page open (it is closed by default once it has opened). */
  keepWelcome?: boolean;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** `moz-extension://<uuid>/`. */
  base: string;
  /** The first-run page, when `keepWelcome` was set. */
  welcome: Page | null;
  /** Opens a web page in a new tab and waits for its load. */
  open(url: string): Promise<Page>;
  /** Opens `moz-extension://<uuid>/<path>` in a new tab and waits until it has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** The tab id of the tab showing `url`, once its content script has reported to the background. */
  tabIdOf(url: string, timeout?: number): Promise<number>;
  /**
   * The id of the newest tab whose address the extension may not read (a page it has no host
   * access to): how a test finds a tab that has no report.
   */
  newestHiddenTab(): Promise<number>;
  close(): Promise<void>;
}

/** Waits until `page` shows an extension page that has finished loading. */
export async function waitForExtensionPage(page: Page, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await page.waitForFunction(
        () => location.protocol === 'moz-extension:' && document.readyState === 'complete',
        { timeout: Math.max(1, deadline - Date.now()) },
      );
      return;
    } catch (error) {
      // The navigation may replace the document while the check runs (a remote-protocol error
      // rather than a timeout): ask again until the time is up.
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<LaunchedFirefox> {
  if (!existsSync(join(FIREFOX_EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(
      `No Firefox build at ${FIREFOX_EXTENSION_PATH}: run \`npm run build:firefox\` first.`,
    );
  }
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`No Firefox at ${FIREFOX_PATH}: install firefox-esr or set FIREFOX_PATH.`);
  }
  const uuid = randomUUID();
  const base = `moz-extension://${uuid}/`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: process.env.HEADED !== '1',
    // Lets the automation open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId()]: uuid }),
      'extensions.originControls.grantByDefault': options.grantHostAccess ?? true,
      // permissions.request() answers at once, as if the user had clicked "Allow" (a test
      // cannot click Firefox's own prompt).
      'extensions.webextOptionalPermissionPrompts': false,
      ...options.prefs,
    },
  });
  const welcomeOpened = new Promise<Page | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), 10_000);
    browser.on('targetcreated', async (target) => {
      const page = await target.page();
      if (!page) return;
      try {
        await page.waitForFunction(() => location.pathname === '/welcome.html', {
          timeout: 10_000,
        });
        clearTimeout(timer);
        resolve(page);
      } catch {
        // Another page.
      }
    });
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_PATH);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const welcome = await welcomeOpened;
  if (welcome && !options.keepWelcome) await welcome.close();

  const open = async (url: string): Promise<Page> => {
    const page = await browser.newPage();
    await page.goto(url);
    return page;
  };

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    // Firefox reports no load to the automation for moz-extension:// navigations: start it and
    // watch the page itself.
    page.goto(`${base}${path.replace(/^\//, '')}`).catch(() => {});
    await waitForExtensionPage(page);
    return page;
  };

  let helper: Page | null = null;
  const tabIdOf = async (url: string, timeout = 10_000): Promise<number> => {
    helper ??= await openExtensionPage('popup.html');
    const deadline = Date.now() + timeout;
    for (;;) {
      const id = await helper.evaluate(async (u) => {
        const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
        const all = (await ext.storage.session.get(null)) as Record<string, { url?: string }>;
        const key = Object.keys(all).find((k) => k.startsWith('report:') && all[k]?.url === u);
        return key ? Number(key.slice('report:'.length)) : -1;
      }, url);
      if (id >= 0) return id;
      if (Date.now() > deadline) throw new Error(`no tab has reported ${url} within ${timeout} ms`);
      await new Promise((done) => setTimeout(done, 100));
    }
  };

  const newestHiddenTab = async (): Promise<number> => {
    helper ??= await openExtensionPage('popup.html');
    return helper.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
      const tabs = await ext.tabs.query({});
      const ids = tabs.filter((t) => !t.url && t.id !== undefined).map((t) => t.id as number);
      return ids.length > 0 ? Math.max(...ids) : -1;
    });
  };

  return {
    browser,
    base,
    newestHiddenTab,
    welcome: options.keepWelcome ? welcome : null,
    open,
    openExtensionPage,
    tabIdOf,
    close: () => browser.close(),
  };
}

/** Resolves once the page's initial scan has all its claims; false on timeout. */
export async function waitForMatch(page: Page, timeout = 15_000): Promise<boolean> {
  return page
    .waitForFunction(() => performance.getEntriesByName('factcheck:match', 'measure').length > 0, {
      timeout,
    })
    .then(
      () => true,
      () => false,
    );
}

/** Text of every range of one named highlight, read from `CSS.highlights` in the page. */
export function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate(
    (n) => [...(CSS.highlights.get(n) ?? [])].map((range) => (range as Range).toString()),
    name,
  );
}

/** Polls `read` until `accept` holds; throws with the last value after `timeout`. */
export async function until<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeout = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > deadline)
      throw new Error(`still ${JSON.stringify(value)} after ${timeout} ms`);
    await new Promise((done) => setTimeout(done, 100));
    value = await read();
  }
  return value;
}

/** Text content of the page's body (innerText: what a reader sees). */
export function bodyText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

/** Runs axe-core in the page; gives the violations as `id: help` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(): Promise<{ violations: Array<{ id: string; help: string }> }> };
      }
    ).axe;
    const results = await axe.run();
    return results.violations.map((v) => `${v.id}: ${v.help}`);
  });
}
