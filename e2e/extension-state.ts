/**
 * Reading the extension's state from outside, for tests and the demo: which tab shows a page
 * (from the per-tab reports the background keeps in `storage.session`, since the extension has
 * no `tabs` permission to read addresses), the badge of a tab, and the content script's timings.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** Resolves once the initial scan's mentions all have their claims; false on timeout. */
export async function waitForMatch(page: Page, timeout = 15_000): Promise<boolean> {
  return page
    .waitForFunction(
      () => performance.getEntriesByName('factcheck:match', 'measure').length > 0,
      null,
      { timeout },
    )
    .then(
      () => true,
      () => false,
    );
}

/** The id of the tab showing `url`, once its content script has reported; throws on timeout. */
export async function tabIdOf(
  context: BrowserContext,
  url: string,
  timeout = 10_000,
): Promise<number> {
  const [worker] = context.serviceWorkers();
  if (!worker) throw new Error('no service worker');
  const deadline = Date.now() + timeout;
  for (;;) {
    const id = await worker.evaluate(async (u) => {
      const all = (await chrome.storage.session.get(null)) as Record<
        string,
        { url?: string } | undefined
      >;
      const key = Object.keys(all).find((k) => k.startsWith('report:') && all[k]?.url === u);
      return key ? Number(key.slice('report:'.length)) : -1;
    }, url);
    if (id >= 0) return id;
    if (Date.now() > deadline) throw new Error(`no tab has reported ${url} within ${timeout} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The toolbar badge text of a tab. */
export async function badgeText(context: BrowserContext, tabId: number): Promise<string> {
  const [worker] = context.serviceWorkers();
  if (!worker) throw new Error('no service worker');
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Opens `url` in a new tab and waits until its mentions have their claims; gives the tab id. */
export async function openChecked(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const page = await context.newPage();
  await page.goto(url);
  if (!(await waitForMatch(page))) throw new Error(`${url} was not matched within 15 s`);
  return { page, tabId: await tabIdOf(context, url) };
}

/** The popup as a page at popup size, showing the results of tab `tabId`. */
export async function popupFor(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}
