/**
 * Zero network: the extension makes no request of its own, ever. Watched two ways while it
 * checks pages, opens a card, and while the popup and the options page are open:
 *
 * - Playwright's request events for the context (pages, extension pages and, in Chromium, the
 *   extension's service worker);
 * - Chromium's own network log (`--log-net-log`), which records every request the browser
 *   makes, whoever makes it, so nothing the service worker or content script does can slip by.
 *
 * Allowed: the test server's own pages and assets, and `chrome-extension://` loads.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchWithExtension } from './fixtures';
import { startServer } from './server';

/**
 * Every request the network log saw start, with who started it: a page or extension origin, or
 * `not an origin` for the browser's own traffic (its updater, account checks), which is not the
 * extension's and is left out.
 */
async function loggedRequests(netLog: string): Promise<Array<{ url: string; initiator: string }>> {
  const log = JSON.parse(await readFile(netLog, 'utf8')) as {
    constants: { logEventTypes: Record<string, number> };
    events: Array<{ type: number; params?: { url?: string; initiator?: string } }>;
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  const out: Array<{ url: string; initiator: string }> = [];
  for (const event of log.events) {
    const url = event.params?.url;
    if (event.type !== start || !url) continue;
    const initiator = event.params?.initiator ?? '(none)';
    if (initiator !== 'not an origin') out.push({ url, initiator });
  }
  return out;
}

test('the extension makes no network request of its own', async () => {
  test.setTimeout(90_000);
  const dir = await mkdtemp(join(tmpdir(), 'ccc-network-'));
  const netLog = join(dir, 'netlog.json');
  const server = await startServer();
  const { context } = await launchWithExtension({
    userDataDir: join(dir, 'profile'),
    extraArgs: [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'],
  });
  const seen: string[] = [];
  try {
    context.on('request', (request) => seen.push(request.url()));
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    const extensionId = new URL(worker.url()).host;

    const page = await context.newPage();
    for (const path of ['/fixtures/article.html', '/articles/wire-report.html']) {
      await page.goto(`${server.url}${path}`);
      await expect
        .poll(() => page.evaluate(() => performance.getEntriesByName('factcheck:match').length), {
          timeout: 15_000,
        })
        .toBeGreaterThan(0);
    }
    // Open a card: links to sources are shown, never fetched.
    await page.locator('h1').click();
    await page.keyboard.press('Alt+Shift+J');
    await expect(page.getByRole('dialog', { name: /Fact check/ })).toBeVisible();
    // Live additions.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent =
        'Deputy Pentagon Press Secretary Sabrina Singh said: "We\'ve received no request from the government of Iraq to withdraw our forces."';
      document.querySelector('article')?.append(p);
    });
    await page.waitForTimeout(1_000);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.waitForLoadState('networkidle');
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForLoadState('networkidle');
    await options.waitForTimeout(1_000);
  } finally {
    await context.close();
    await server.close();
  }
  const allowed = (url: string): boolean =>
    url.startsWith(`${server.url}/`) ||
    url.startsWith('chrome-extension://') ||
    url.startsWith('data:') ||
    url.startsWith('blob:') ||
    url.startsWith('about:') ||
    url.startsWith('chrome://');
  try {
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((url) => !allowed(url))).toEqual([]);
    const logged = await loggedRequests(netLog);
    expect(logged.some(({ url }) => url.startsWith(server.url))).toBe(true);
    expect(logged.filter(({ url }) => !allowed(url))).toEqual([]);
  } finally {
    if (!process.env.KEEP_NETLOG) await rm(dir, { recursive: true, force: true });
  }
});
