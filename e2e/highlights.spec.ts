/**
 * Inline highlights, the card, live pages and the badge, against the built extension and the
 * fixture pages in `e2e/pages/fixtures/`.
 */
import type { Page } from '@playwright/test';
import {
  badgeText,
  waitForMatch as matched,
  openChecked,
  popupFor,
  tabIdOf,
} from './extension-state';
import { expect, test } from './fixtures';

const HIGHLIGHTS = [
  'factcheck-matched',
  'factcheck-contradiction',
  'factcheck-unmatched',
  'factcheck-pending',
] as const;

/** Text of every range in one named highlight, as the page's own scripts can read it. */
function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate(
    (n) => [...(CSS.highlights.get(n) ?? [])].map((range) => (range as Range).toString()),
    name,
  );
}

/** Every highlighted text with claims (matched or contradiction). */
async function withClaims(page: Page): Promise<string[]> {
  return [
    ...(await highlighted(page, 'factcheck-matched')),
    ...(await highlighted(page, 'factcheck-contradiction')),
  ];
}

/** Resolves once the initial scan's mentions all have their claims. */
async function waitForMatch(page: Page): Promise<void> {
  expect(await matched(page)).toBe(true);
}
/** Centre of the first highlighted range whose text is `text`, in viewport coordinates. */
async function rangeCentre(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ names, t }) => {
      for (const name of names) {
        for (const r of CSS.highlights.get(name) ?? []) {
          const range = r as Range;
          if (range.toString() !== t) continue;
          const rect = range.getClientRects()[0];
          if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    },
    { names: [...HIGHLIGHTS], t: text },
  );
  if (!point) throw new Error(`no highlight for "${text}"`);
  return point;
}

test('highlights mentions with claims on the right text', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server}/fixtures/article.html`);
  await waitForMatch(page);
  const texts = await withClaims(page);
  expect(texts).toContain('Sabrina Singh');
  expect(texts).toContain('withdrawing');
  expect(texts).toContain('the end of 2025');
  // Text in a form field is never read.
  const all = (await Promise.all(HIGHLIGHTS.map((n) => highlighted(page, n)))).flat();
  expect(all.every((t) => t.length > 0)).toBe(true);
  expect(all).not.toContain('Baghdad');
  const textareaHit = await page.evaluate(() => {
    const area = document.getElementById('comment');
    return [...CSS.highlights.values()].some((h) =>
      [...h].some((r) => area?.contains((r as Range).startContainer)),
    );
  });
  expect(textareaHit).toBe(false);
  // User Timing marks for the scan and the match.
  const measures = await page.evaluate(() =>
    performance.getEntriesByType('measure').map((m) => m.name),
  );
  expect(measures).toEqual(expect.arrayContaining(['factcheck:scan', 'factcheck:match']));
});

test('page DOM is unchanged outside the card host', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server}/fixtures/article.html`);
  await waitForMatch(page);
  // Open a card too, so its host exists.
  const { x, y } = await rangeCentre(page, 'Sabrina Singh');
  await page.mouse.click(x, y);
  await expect(page.getByRole('dialog')).toBeVisible();
  const same = await page.evaluate(async () => {
    const source = await (await fetch(location.href)).text();
    const pristine = new DOMParser().parseFromString(source, 'text/html');
    const extra = [...document.documentElement.children]
      .map((el) => el.tagName.toLowerCase())
      .filter((tag) => tag !== 'head' && tag !== 'body');
    return {
      body: document.body.innerHTML === pristine.body.innerHTML,
      head: document.head.innerHTML === pristine.head.innerHTML,
      extra,
    };
  });
  expect(same).toEqual({ body: true, head: true, extra: ['factcheck-card'] });
});

test('card opens on hover and shows the matched speaker', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server}/fixtures/article.html`);
  await waitForMatch(page);
  const { x, y } = await rangeCentre(page, 'Sabrina Singh');
  await page.mouse.move(x, y);
  const card = page.getByRole('dialog', { name: /Fact check/ });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Sabrina Singh');
  await expect(card).toContainText('Deputy Pentagon Press Secretary');
  await expect(card).toContainText("We've received no request from the government of Iraq");
  await expect(card.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
  // Moving away closes a card opened by hover.
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();
});

test('keyboard steps through mentions, Escape closes', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server}/fixtures/article.html`);
  await waitForMatch(page);
  await page.locator('h1').click();
  await page.keyboard.press('Alt+Shift+J');
  const card = page.getByRole('dialog', { name: /Fact check/ });
  await expect(card).toBeVisible();
  await expect(card).toContainText('mention 1 of');
  await expect(card).toContainText('Sabhan Mullah Jiad');
  // Contradictions show both sides.
  await expect(card).toContainText('Contradiction');
  await page.keyboard.press('Alt+Shift+J');
  await expect(card).toContainText('mention 2 of');
  await page.keyboard.press('Alt+Shift+K');
  await expect(card).toContainText('mention 1 of');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  // Inside a text field the shortcut is the page's, not ours.
  await page.locator('#comment').focus();
  await page.keyboard.press('Alt+Shift+J');
  await page.waitForTimeout(300);
  await expect(card).toBeHidden();
  // Screen readers hear where the step went.
  await page.locator('h1').click();
  await page.keyboard.press('Alt+Shift+J');
  await expect(page.getByRole('status')).toContainText(/Mention 1 of \d+/);
});

test('live additions are highlighted', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server}/fixtures/live.html`);
  await waitForMatch(page);
  expect(await withClaims(page)).not.toContain('Sabrina Singh');
  await page.evaluate(() => {
    const item = document.createElement('li');
    item.innerHTML =
      '<p>10:30 Deputy Pentagon Press Secretary Sabrina Singh said: "We\'ve received no request from the government of Iraq to withdraw our forces."</p>';
    document.getElementById('feed')?.append(item);
  });
  await expect.poll(() => withClaims(page)).toContain('Sabrina Singh');
  const rescans = await page.evaluate(
    () => performance.getEntriesByName('factcheck:rescan').length,
  );
  expect(rescans).toBeGreaterThan(0);
});

test('unrelated page stays clean and the badge empty', async ({ context, server }) => {
  const page = await context.newPage();
  const url = `${server}/fixtures/unrelated.html`;
  await page.goto(url);
  await waitForMatch(page);
  const all = (await Promise.all(HIGHLIGHTS.map((n) => highlighted(page, n)))).flat();
  expect(all).toEqual([]);
  expect(await badgeText(context, await tabIdOf(context, url))).toBe('');
});

test('badge counts distinct matched claims', async ({ context, server }) => {
  const page = await context.newPage();
  const url = `${server}/fixtures/article.html`;
  await page.goto(url);
  await waitForMatch(page);
  const tabId = await tabIdOf(context, url);
  await expect.poll(() => badgeText(context, tabId)).toMatch(/^[1-9]\d*$/);
});

test('client-side navigation resets and rescans', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server}/fixtures/article.html`);
  await waitForMatch(page);
  expect(await withClaims(page)).toContain('Sabrina Singh');
  await page.evaluate(() => {
    history.pushState({}, '', '/fixtures/other-view');
    const story = document.getElementById('story');
    if (story) {
      story.innerHTML =
        '<h1>Coalition talks</h1><p>A senior administration official told reporters on a briefing call: "To be clear, the US is not withdrawing from Iraq." The coalition mission will change.</p>';
    }
  });
  await expect.poll(() => withClaims(page)).not.toContain('Sabrina Singh');
  await expect.poll(() => withClaims(page)).toContain('withdrawing');
});

test('turning the site off clears highlights and badge; on brings them back', async ({
  context,
  server,
  extensionId,
}) => {
  const { page, tabId } = await openChecked(context, `${server}/fixtures/article.html`);
  const popup = await popupFor(context, extensionId, tabId);
  const toggle = popup.getByRole('checkbox', { name: 'Check this site' });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect.poll(() => withClaims(page)).toEqual([]);
  await expect.poll(() => badgeText(context, tabId)).toBe('');
  await expect(popup.getByRole('heading', { name: 'Checking is off for this site' })).toBeVisible();
  await popup.getByRole('button', { name: 'Turn on for this site' }).click();
  await expect.poll(() => withClaims(page)).toContain('Sabrina Singh');
  await expect.poll(() => badgeText(context, tabId)).toMatch(/^[1-9]\d*$/);
});

test('badge-only mode paints nothing but still counts', async ({
  context,
  server,
  extensionId,
}) => {
  const { page, tabId } = await openChecked(context, `${server}/fixtures/article.html`);
  const popup = await popupFor(context, extensionId, tabId);
  await popup.getByRole('checkbox', { name: /Badge only/ }).check();
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('factcheck-matched'))).toBe(false);
  await expect.poll(() => badgeText(context, tabId)).toMatch(/^[1-9]\d*$/);
  await expect(popup.getByText(/Badge-only mode/)).toBeVisible();
});

/** A long article: `words` words of filler with a story paragraph every 100 paragraphs. */
function longPage(words: number): string {
  const filler =
    'The committee met again on Thursday to discuss the budget for roads, schools and water works in the province, and members said the talks would continue next month after the holiday.';
  const story =
    'Sabhan Mullah Jiad, political advisor to the prime minister, said the US-led coalition would withdraw from Iraq by the end of 2025. Deputy Pentagon Press Secretary Sabrina Singh said: "We\'ve received no request from the government of Iraq to withdraw our forces." The coalition mission in Iraq is changing.';
  const perParagraph = filler.split(' ').length;
  const paragraphs: string[] = [];
  for (let i = 0; i * perParagraph < words; i++) {
    paragraphs.push(`<p>${i % 100 === 50 ? story : filler}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long analysis of the coalition in Iraq</title></head><body><main><article><h1>The coalition mission in Iraq: a long read</h1>${paragraphs.join('\n')}</article></main></body></html>`;
}

// How long the work takes, and whether any task blocks the page, is measured by `npm run bench`
// from a Chromium trace; a timed assertion here would flake on a busy machine.
test('a 300,000-word page is read and matched to the end', async ({ context, server }) => {
  test.setTimeout(120_000);
  const url = `${server}/fixtures/generated-long.html`;
  const html = longPage(300_000);
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page = await context.newPage();
  await page.goto(url);
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('factcheck:match').length), {
      timeout: 90_000,
    })
    .toBeGreaterThan(0);
  expect(await page.evaluate(() => document.body.innerText.split(/\s+/).length)).toBeGreaterThan(
    290_000,
  );
  const speakers = await withClaims(page);
  expect(speakers.filter((t) => t === 'Sabrina Singh').length).toBeGreaterThan(50);
  // The last paragraphs are checked like the first.
  const lastHighlight = await page.evaluate(() => {
    let last = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('factcheck')) continue;
      for (const range of highlight)
        last = Math.max(last, (range as Range).getBoundingClientRect().top + window.scrollY);
    }
    return last / document.documentElement.scrollHeight;
  });
  expect(lastHighlight).toBeGreaterThan(0.95);
});
