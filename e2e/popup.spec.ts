/**
 * The toolbar popup, opened as `popup.html?tabId=<id>` in a tab so a test can drive it: results,
 * jumps to the page, each state (no mentions, site off, not enabled, restricted, paused,
 * badge-only), accessibility and layout at popup width.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { openChecked, popupFor } from './extension-state';
import { expect, test } from './fixtures';

async function expectAccessible(popup: Page): Promise<void> {
  const results = await new AxeBuilder({ page: popup }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

async function expectNoHorizontalScroll(popup: Page): Promise<void> {
  const overflow = await popup.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('says who the page quotes, whether the dataset knows them, and jumps to them', async ({
  context,
  extensionId,
  server,
}) => {
  const { page, tabId } = await openChecked(context, `${server}/wire/b-reuters-scaled-back.html`);
  const popup = await popupFor(context, extensionId, tabId);
  const credits = popup.getByTestId('page-credits');
  await expect(credits.getByRole('heading', { name: 'Who this page quotes' })).toBeVisible();
  const parnell = credits.locator('li', { hasText: 'Parnell' }).first();
  await expect(parnell).toContainText('in the dataset as Sean Parnell');
  await expect(parnell).toContainText(/\d+ statements?/);
  // An unnamed official is named as the page names them, and the dataset cannot tell who.
  await expect(credits.locator('li', { hasText: /official/i }).first()).toContainText(
    'not in the dataset',
  );
  await parnell.getByRole('button').click();
  await expect
    .poll(() =>
      page.evaluate(() => [...(CSS.highlights.get('factcheck-active') ?? [])].map(String)),
    )
    .not.toEqual([]);
});

test('shows positions by speaker and contradictions for the page', async ({
  context,
  extensionId,
  server,
}) => {
  const { tabId } = await openChecked(context, `${server}/fixtures/article.html`);
  const popup = await popupFor(context, extensionId, tabId);
  const positions = popup.getByTestId('positions');
  await expect(positions.getByRole('heading', { name: 'Positions by speaker' })).toBeVisible();
  const jiad = positions.locator('[data-speaker-id="sabhan-mullah-jiad"]');
  await expect(jiad.getByRole('heading', { name: 'Sabhan Mullah Jiad' })).toBeVisible();
  await expect(jiad).toContainText('Political advisor to the Iraqi prime minister');
  await expect(jiad).toContainText('Iraq');
  await expect(jiad).toContainText(/Deadline: .*end of 2025/);
  await expect(positions.locator('[data-speaker-id="sabrina-singh"]')).toBeVisible();
  // The claims behind a position, with quote, date and source link.
  await jiad.getByText(/claims? behind this/).click();
  await expect(jiad.locator('blockquote').first()).toContainText('we have reached an agreement');
  await expect(jiad.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
  // Contradictions, labelled, with both sides.
  const contradictions = popup.getByTestId('contradictions');
  await expect(contradictions.getByRole('heading', { name: 'Contradictions' })).toBeVisible();
  const first = contradictions.locator('.fc-finding').first();
  await expect(first.getByText('Contradiction', { exact: true })).toBeVisible();
  expect(await first.locator('.fc-claim').count()).toBeGreaterThanOrEqual(2);
  await expectAccessible(popup);
  await expectNoHorizontalScroll(popup);
});

test('clicking a claim scrolls the page to its mention and flashes it', async ({
  context,
  extensionId,
  server,
}) => {
  const { page, tabId } = await openChecked(context, `${server}/fixtures/article.html`);
  await page.setViewportSize({ width: 800, height: 300 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const popup = await popupFor(context, extensionId, tabId);
  const singh = popup.locator('[data-speaker-id="sabrina-singh"]');
  await singh.getByText(/claims? behind this/).click();
  await singh.getByRole('button', { name: 'Show on page' }).first().click();
  await expect
    .poll(() =>
      page.evaluate(() => [...(CSS.highlights.get('factcheck-active') ?? [])].map(String)),
    )
    .toEqual([expect.stringMatching(/Sabrina Singh|withdraw/)]);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test('page with no mentions says so', async ({ context, extensionId, server }) => {
  const { tabId } = await openChecked(context, `${server}/fixtures/unrelated.html`);
  const popup = await popupFor(context, extensionId, tabId);
  await expect(popup.getByRole('heading', { name: 'Nothing to check here' })).toBeVisible();
  await expect(popup.getByRole('link', { name: 'Search all claims' })).toHaveAttribute(
    'href',
    /options\.html/,
  );
  await expectAccessible(popup);
});

test('site turned off, then on again from the popup', async ({ context, extensionId, server }) => {
  const { tabId } = await openChecked(context, `${server}/fixtures/article.html`);
  const popup = await popupFor(context, extensionId, tabId);
  await popup.getByRole('checkbox', { name: 'Check this site' }).uncheck();
  await expect(popup.getByRole('heading', { name: 'Checking is off for this site' })).toBeVisible();
  await expectAccessible(popup);
  await popup.getByRole('button', { name: 'Turn on for this site' }).click();
  await expect(popup.getByTestId('positions')).toBeVisible();
});

test('paused everywhere: says so and resumes', async ({ context, extensionId, server }) => {
  const { tabId } = await openChecked(context, `${server}/fixtures/article.html`);
  const [worker] = context.serviceWorkers();
  await worker?.evaluate(async () => {
    const chrome = (
      globalThis as unknown as {
        chrome: {
          storage: {
            local: {
              get(k: string): Promise<Record<string, unknown>>;
              set(v: object): Promise<void>;
            };
          };
        };
      }
    ).chrome;
    const stored = (await chrome.storage.local.get('settings')).settings as object | undefined;
    await chrome.storage.local.set({ settings: { ...(stored ?? {}), paused: true } });
  });
  const popup = await popupFor(context, extensionId, tabId);
  await expect(popup.getByRole('heading', { name: 'Checking is paused' })).toBeVisible();
  await expectAccessible(popup);
  await popup.getByRole('button', { name: 'Resume checking' }).click();
  await expect(popup.getByTestId('positions')).toBeVisible();
});

test('badge-only mode is explained', async ({ context, extensionId, server }) => {
  const { tabId } = await openChecked(context, `${server}/fixtures/article.html`);
  const popup = await popupFor(context, extensionId, tabId);
  await popup.getByRole('checkbox', { name: /Badge only/ }).check();
  await expect(popup.getByText(/Badge-only mode/)).toBeVisible();
  await expect(popup.getByTestId('positions')).toBeVisible();
  await expectAccessible(popup);
});

test('a site that is not enabled offers to check it', async ({ context, extensionId }) => {
  const url = 'http://news.example/iraq/coalition';
  await context.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><head><title>Elsewhere</title></head><body><p>The coalition mission in Iraq.</p></body></html>',
    }),
  );
  const page = await context.newPage();
  await page.goto(url);
  const [worker] = context.serviceWorkers();
  // Without a host permission the worker cannot read the address: find the tab by elimination.
  const tabId = await worker?.evaluate(async () => {
    const chrome = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
      }
    ).chrome;
    const tabs = await chrome.tabs.query({});
    return tabs.filter((t) => !t.url).at(-1)?.id ?? -1;
  });
  expect(tabId).toBeGreaterThanOrEqual(0);
  const popup = await popupFor(context, extensionId, tabId ?? -1);
  await expect(popup.getByRole('heading', { name: "This site isn't checked" })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Check this site' })).toBeVisible();
  await expectAccessible(popup);
  await expectNoHorizontalScroll(popup);
});

test('a browser page cannot be checked', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('chrome://version');
  const [worker] = context.serviceWorkers();
  const tabId = await worker?.evaluate(async () => {
    const chrome = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
      }
    ).chrome;
    const tabs = await chrome.tabs.query({});
    return tabs.filter((t) => !t.url).at(-1)?.id ?? -1;
  });
  const popup = await popupFor(context, extensionId, tabId ?? -1);
  await expect(popup.getByRole('heading', { name: "This page can't be checked" })).toBeVisible();
  await expectAccessible(popup);
});

test('dark theme is accessible too', async ({ context, extensionId, server }) => {
  const { tabId } = await openChecked(context, `${server}/fixtures/article.html`);
  const popup = await context.newPage();
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.getByTestId('positions')).toBeVisible();
  const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe('rgb(255, 255, 255)');
  await popup
    .locator('details')
    .first()
    .evaluate((el) => el.setAttribute('open', ''));
  await expectAccessible(popup);
  await expectNoHorizontalScroll(popup);
});
