/**
 * The Firefox build in Firefox ESR: highlights, the card by hover and keyboard, the popup's
 * report for a tab, the site toggle, the options page's search and a dataset import.
 * One browser for the whole file; each test opens its own tabs.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { ROOT_DIR } from '../fixtures';
import { type StaticServer, startServer } from '../server';
import {
  bodyText,
  highlighted,
  type LaunchedFirefox,
  launchFirefox,
  until,
  waitForMatch,
} from './harness';

const ARTICLE = '/articles/wire-report.html';

let ff: LaunchedFirefox;
let server: StaticServer;

before(async () => {
  server = await startServer();
  ff = await launchFirefox();
});

after(async () => {
  await ff?.close();
  await server?.close();
});

async function openChecked(path = ARTICLE): Promise<{ page: Page; url: string }> {
  const url = `${server.url}${path}`;
  const page = await ff.open(url);
  assert.equal(await waitForMatch(page), true, `${path} was not matched within 15 s`);
  return { page, url };
}

async function withClaims(page: Page): Promise<string[]> {
  return [
    ...(await highlighted(page, 'factcheck-matched')),
    ...(await highlighted(page, 'factcheck-contradiction')),
  ];
}

/** The card's text (it lives in an open shadow root), or null when no card is shown. */
function cardText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const dialog = document
      .querySelector('factcheck-card')
      ?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
    if (!dialog || dialog.getClientRects().length === 0) return null;
    return dialog.innerText;
  });
}

/** Centre of the first highlighted range reading `text`. */
async function rangeCentre(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((t) => {
    for (const name of ['factcheck-matched', 'factcheck-contradiction']) {
      for (const r of CSS.highlights.get(name) ?? []) {
        const range = r as Range;
        if (range.toString() !== t) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
  assert.ok(point, `no highlight reads "${text}"`);
  return point;
}

test('highlights the mentions of a news page, read from CSS.highlights', async () => {
  const { page } = await openChecked();
  const texts = await withClaims(page);
  assert.ok(texts.length >= 5, `only ${texts.length} highlights with claims: ${texts}`);
  assert.ok(
    texts.some((t) => /September 2025/i.test(t)),
    `no deadline highlighted: ${texts.join(' | ')}`,
  );
  // The page's DOM holds only the card host besides its own elements.
  const extra = await page.evaluate(() =>
    [...document.documentElement.children]
      .map((el) => el.tagName.toLowerCase())
      .filter((tag) => tag !== 'head' && tag !== 'body'),
  );
  assert.ok(extra.every((tag) => tag === 'factcheck-card'));
  await page.close();
});

test('the card opens on hover and shows who said it', async () => {
  const { page } = await openChecked();
  const [first] = await highlighted(page, 'factcheck-contradiction');
  assert.ok(first, 'no contradiction highlighted');
  const { x, y } = await rangeCentre(page, first);
  await page.mouse.move(x, y);
  const text = await until(
    () => cardText(page),
    (t) => t !== null,
  );
  assert.match(text ?? '', /Fact check/i);
  assert.match(text ?? '', /Contradiction/);
  await page.mouse.move(2, 2);
  await until(
    () => cardText(page),
    (t) => t === null,
  );
  await page.close();
});

test('Alt+Shift+J and Alt+Shift+K step through the mentions; Escape closes the card', async () => {
  const { page } = await openChecked();
  await page.click('h1');
  const chord = async (key: 'KeyJ' | 'KeyK') => {
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press(key);
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
  };
  await chord('KeyJ');
  await until(
    () => cardText(page),
    (t) => /mention 1 of \d+/.test(t ?? ''),
  );
  await chord('KeyJ');
  await until(
    () => cardText(page),
    (t) => /mention 2 of \d+/.test(t ?? ''),
  );
  await chord('KeyK');
  await until(
    () => cardText(page),
    (t) => /mention 1 of \d+/.test(t ?? ''),
  );
  await page.keyboard.press('Escape');
  await until(
    () => cardText(page),
    (t) => t === null,
  );
  await page.close();
});

test("the popup shows that tab's report: positions by speaker and contradictions", async () => {
  const { page, url } = await openChecked();
  const tabId = await ff.tabIdOf(url);
  const popup = await ff.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.setViewport({ width: 380, height: 600 });
  const text = await until(
    () => bodyText(popup),
    (t) => t.includes('Positions by speaker'),
    10_000,
  );
  assert.doesNotMatch(text, /Checking this page/);
  assert.match(text, /\d+ claims? from \d+ speakers? matched on this page, \d+ contradictions?/);
  assert.match(text, /Contradictions/);
  const speakers = await popup.$$eval('[data-speaker-id]', (els) => els.length);
  assert.ok(speakers > 0);
  await popup.close();
  await page.close();
});

test('the site toggle turns checking off for the site and back on', async () => {
  const { page, url } = await openChecked();
  const tabId = await ff.tabIdOf(url);
  const popup = await ff.openExtensionPage(`popup.html?tabId=${tabId}`);
  await until(
    () => bodyText(popup),
    (t) => t.includes('Positions by speaker'),
    10_000,
  );
  const toggle = await popup.waitForSelector('label.switch input[type="checkbox"]');
  assert.ok(toggle);
  await toggle.click();
  await until(
    () => bodyText(popup),
    (t) => t.includes('Checking is off for this site'),
  );
  // The page loses its highlights.
  await until(
    () => withClaims(page),
    (texts) => texts.length === 0,
  );
  const [turnOn] = await popup.$$('xpath/.//button[normalize-space()="Turn on for this site"]');
  assert.ok(turnOn, 'no "Turn on for this site" button');
  await turnOn.click();
  await until(
    () => bodyText(popup),
    (t) => t.includes('Positions by speaker'),
    15_000,
  );
  await until(
    () => withClaims(page),
    (texts) => texts.length > 0,
    15_000,
  );
  await popup.close();
  await page.close();
});

test('options: search narrows the claims as you type', async () => {
  const options = await ff.openExtensionPage('options.html');
  const total = await until(
    () => options.$$eval('[data-testid="claim-list"] > li', (els) => els.length),
    (n) => n > 0,
    10_000,
  );
  const box = await options.waitForSelector('input[type="search"]');
  assert.ok(box);
  await box.type('withdrawal');
  const count = await until(
    () => options.$$eval('[data-testid="claim-list"] > li', (els) => els.length),
    (n) => n > 0 && n < total,
  );
  assert.ok(count < total);
  const marked = await options.$$eval('[data-testid="claim-list"] mark', (els) =>
    els.map((el) => el.textContent?.toLowerCase() ?? ''),
  );
  assert.ok(
    marked.some((m) => m.includes('withdraw')),
    `marked: ${marked.join(', ')}`,
  );
  assert.equal(
    new URL(await options.evaluate(() => location.href)).searchParams.get('q'),
    'withdrawal',
  );
  await options.close();
});

// Last: the imported dataset stays active for the rest of this browser's life.
test('options: a dataset file is imported and used', async () => {
  const bundled = JSON.parse(await readFile(join(ROOT_DIR, 'data', 'claims.json'), 'utf8'));
  const small = { ...bundled, claims: bundled.claims.slice(0, 3), contradictions: [] };
  const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'ccc-firefox-import-'));
  const file = join(dir, 'small.json');
  await writeFile(file, JSON.stringify(small));
  const options = await ff.openExtensionPage('options.html');
  try {
    const input = await options.waitForSelector('#import-file');
    assert.ok(input);
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    await until(
      () => options.$eval('[data-testid="dataset-status"]', (el) => el.textContent ?? ''),
      (t) => t.includes('Using imported dataset (3 claims)'),
      10_000,
    );
    await until(
      () => options.$$eval('[data-testid="claim-list"] > li', (els) => els.length),
      (n) => n === 3,
    );
  } finally {
    await options.close();
    await rm(dir, { recursive: true, force: true });
  }
});
