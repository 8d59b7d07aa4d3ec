/**
 * Hostile and odd pages (`e2e/pages/hostile/`): page CSS that restyles everything, text that
 * churns, a million nodes, a ten-thousand-deep DOM, shadow roots, iframes, editable regions,
 * overwritten built-ins, a re-rendering framework and a strict Content-Security-Policy.
 *
 * On each: no page error or console error caused by the extension, the page's own scripts keep
 * running (`#counter` ticks, `#clicker` works), the DOM is unchanged outside the card host (the
 * pages' `common.js` records every change their own scripts did not make), and where a card
 * should open, it opens with a visible size.
 */
import type { Page, Response } from '@playwright/test';
import { expect, test } from './fixtures';
import { startServer } from './server';

const NAMES = [
  'factcheck-matched',
  'factcheck-contradiction',
  'factcheck-unmatched',
  'factcheck-pending',
] as const;

interface Watch {
  /** Uncaught page errors and console errors, plus anything the extension logged. */
  problems: string[];
}

/** Collects errors from the page (either world) and the extension's own log lines. */
function watch(page: Page): Watch {
  const w: Watch = { problems: [] };
  page.on('pageerror', (error) => w.problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') w.problems.push(`console.error: ${text}`);
    else if (text.includes('[coalition-claims-check]'))
      w.problems.push(`console.${message.type()}: ${text}`);
  });
  return w;
}

/**
 * Runs `fn(arg)` in the page through the DevTools protocol, so it works even where the page has
 * overwritten `Array.prototype.push` (which Playwright's own `page.evaluate` needs). `isolated`
 * runs it in a fresh isolated world, where the page's overwritten globals are not seen either.
 */
async function ev<T, A = undefined>(
  page: Page,
  fn: (arg: A) => T,
  arg?: A,
  world: 'main' | 'isolated' = 'main',
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let contextId: number | undefined;
    if (world === 'isolated') {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      ({ executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: 'hostile-test',
      }));
    }
    const result = await cdp.send('Runtime.evaluate', {
      expression: `(${fn.toString()})(${JSON.stringify(arg ?? null)})`,
      contextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (result.exceptionDetails) {
      throw new Error(
        `in page: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`,
      );
    }
    return result.result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** Opens a hostile page and waits until the first matching pass is done. */
async function open(page: Page, url: string, timeout = 15_000): Promise<Response | null> {
  const response = await page.goto(url);
  await expect
    .poll(() => ev(page, () => performance.getEntriesByName('factcheck:match').length), {
      timeout,
    })
    .toBeGreaterThan(0);
  return response;
}

/**
 * Texts of all highlighted ranges (with claims, or every kind), read without the page's
 * `Array.prototype` methods, which one page overwrites; `__realHighlights` is the registry that
 * page saved before replacing `CSS.highlights`.
 */
function highlightTexts(page: Page, names: readonly string[] = NAMES.slice(0, 2)) {
  return ev(
    page,
    (list: readonly string[]) => {
      const out: string[] = [];
      for (const name of list) {
        for (const range of CSS.highlights.get(name) ?? []) out[out.length] = String(range);
      }
      return out;
    },
    names,
    'isolated',
  );
}

/** Descriptions of every highlighted range whose text lies in a region the user edits. */
function rangesInEditable(page: Page) {
  return page.evaluate((list) => {
    const out: string[] = [];
    for (const name of list) {
      for (const r of CSS.highlights.get(name) ?? []) {
        const node = (r as Range).startContainer;
        const element = node instanceof Element ? node : node.parentElement;
        if (element?.closest('input, textarea, [contenteditable], [role="textbox"]'))
          out[out.length] = `${name}: "${String(r)}" in #${element.closest('[id]')?.id}`;
      }
    }
    return out;
  }, NAMES);
}

/** Viewport centre of the first matched (or contradiction) highlight. */
async function firstHighlightPoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await ev(
    page,
    () => {
      for (const name of ['factcheck-matched', 'factcheck-contradiction']) {
        for (const r of CSS.highlights.get(name) ?? []) {
          const range = r as Range;
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const rect = range.getClientRects()[0];
          if (rect && rect.width > 0 && rect.height > 0)
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    },
    undefined,
    'isolated',
  );
  if (!point) throw new Error('no visible highlight with claims');
  return point;
}

/** Size, place and style of the open card, read in an isolated world (no page selectors). */
function cardState(page: Page) {
  return ev(
    page,
    () => {
      const host = document.querySelector('factcheck-card');
      const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
      const slot = host?.shadowRoot?.querySelector('.fc-card-slot');
      if (!host || !dialog || !slot) return null;
      const rect = dialog.getBoundingClientRect();
      const style = getComputedStyle(slot);
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      return {
        width: rect.width,
        height: rect.height,
        visible: dialog.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
        onTop: hit?.tagName.toLowerCase() ?? null,
        position: style.position,
        background: style.backgroundColor,
      };
    },
    undefined,
    'isolated',
  );
}

/** Hovers the first highlight and expects a card of a real size, on top and styled. */
async function expectCardOnHover(page: Page, timeout = 5_000): Promise<void> {
  const { x, y } = await firstHighlightPoint(page);
  await page.mouse.move(x, y);
  await expect.poll(() => cardState(page), { timeout }).not.toBeNull();
  const state = await cardState(page);
  expect(state).toMatchObject({ visible: true, onTop: 'factcheck-card', position: 'fixed' });
  expect(state?.width ?? 0).toBeGreaterThan(150);
  expect(state?.height ?? 0).toBeGreaterThan(60);
  expect(state?.background).not.toBe('rgba(0, 0, 0, 0)');
}

/** The page's own scripts still run: the counter ticks and the button counts clicks. */
async function expectPageWorks(page: Page): Promise<void> {
  const ticks = () => ev(page, () => (window as unknown as { __ticks(): number }).__ticks());
  const before = await ticks();
  await expect.poll(ticks).toBeGreaterThan(before + 3);
  await page.locator('#clicker').click();
  await expect(page.locator('#clicks')).toHaveText('1');
}

/** No DOM change outside the card host that the page did not make itself. */
async function expectDomUntouched(page: Page): Promise<void> {
  const foreign = await ev(page, () => (window as unknown as { __foreign: string[] }).__foreign);
  expect(foreign).toEqual([]);
  const extra = await ev(
    page,
    () => {
      const out: string[] = [];
      for (const el of document.documentElement.children) {
        const tag = el.tagName.toLowerCase();
        if (tag !== 'head' && tag !== 'body') out[out.length] = tag;
      }
      return out;
    },
    undefined,
    'isolated',
  );
  // At most one extra child of <html>: the card's host.
  expect(extra.filter((tag) => tag !== 'factcheck-card')).toEqual([]);
  expect(extra.length).toBeLessThanOrEqual(1);
}

async function expectClean(page: Page, w: Watch): Promise<void> {
  await expectDomUntouched(page);
  expect(w.problems).toEqual([]);
}

test('page CSS that restyles everything: highlights, a visible card, page intact', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  const w = watch(page);
  await open(page, `${server}/hostile/restyle.html`);
  const texts = await highlightTexts(page);
  expect(texts).toEqual(expect.arrayContaining(['withdrawing', 'Sabhan Mullah Jiad']));
  await expectPageWorks(page);
  await expectCardOnHover(page);
  await expectClean(page, w);
});

test('a page that rewrites its text many times a second keeps working and highlighted', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  const w = watch(page);
  await open(page, `${server}/hostile/churn.html`);
  // Two seconds of churn: about a hundred rewrites.
  const ticks = () => ev(page, () => (window as unknown as { __ticks(): number }).__ticks());
  const ticks0 = await ticks();
  await page.waitForTimeout(2_000);
  const ticks1 = await ticks();
  // The 50 ms counter is not starved by rescans (40 ticks expected; allow a slow machine).
  expect(ticks1 - ticks0).toBeGreaterThan(20);
  expect(await highlightTexts(page)).toEqual(expect.arrayContaining(['withdrawing']));
  const rescans = await page.evaluate(() => ({
    count: performance.getEntriesByName('factcheck:rescan').length,
    total: performance
      .getEntriesByName('factcheck:rescan')
      .reduce((sum, entry) => sum + entry.duration, 0),
  }));
  test.info().annotations.push({ type: 'rescans in 2 s', description: JSON.stringify(rescans) });
  await expectPageWorks(page);
  await expectCardOnHover(page);
  await expectClean(page, w);
});

test('a DOM of a million nodes', async ({ context, server }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  const w = watch(page);
  await open(page, `${server}/hostile/huge-dom.html`, 90_000);
  const nodes = await page.evaluate(() => (window as unknown as { __nodes: number }).__nodes);
  expect(nodes).toBeGreaterThan(300_000);
  expect(await page.evaluate(() => document.body.querySelectorAll('*').length)).toBeGreaterThan(
    300_000,
  );
  const texts = await highlightTexts(page);
  expect(texts).toEqual(expect.arrayContaining(['withdrawing', 'Sabrina Singh']));
  await expectPageWorks(page);
  await expectCardOnHover(page);
  await expectClean(page, w);
});

test('a DOM nested ten thousand deep', async ({ context, server }) => {
  test.setTimeout(60_000);
  const page = await context.newPage();
  const w = watch(page);
  await open(page, `${server}/hostile/deep-dom.html`, 45_000);
  const texts = await highlightTexts(page);
  expect(texts).toEqual(expect.arrayContaining(['withdrawing', 'Sabrina Singh']));
  await expectPageWorks(page);
  await expectCardOnHover(page);
  await expectClean(page, w);
});

test('text in an open shadow root is highlighted and opens the card', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  const w = watch(page);
  await open(page, `${server}/hostile/shadow.html`);
  await expect.poll(() => highlightTexts(page)).toEqual(expect.arrayContaining(['withdrawing']));
  const inShadow = await page.evaluate(() => {
    for (const r of CSS.highlights.get('factcheck-matched') ?? []) {
      if ((r as Range).startContainer.getRootNode() instanceof ShadowRoot) return true;
    }
    return false;
  });
  expect(inShadow).toBe(true);
  await expectPageWorks(page);
  await expectCardOnHover(page);
  await expectClean(page, w);
});

test('a same-origin iframe: the top page is checked, nothing breaks', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  const w = watch(page);
  await open(page, `${server}/hostile/iframe.html`);
  expect(await highlightTexts(page)).toEqual(expect.arrayContaining(['withdrawing']));
  const frame = page.frameLocator('#frame');
  await expect(frame.locator('article')).toContainText('Sabrina Singh');
  // The content script runs in the top frame only (no `all_frames`), and the top frame's
  // reader skips iframes: the inner page is neither changed nor painted.
  const inner = await page
    .frame({ url: /frame-inner/ })
    ?.evaluate(() => ({ painted: CSS.highlights.size, body: document.body.innerHTML.length }));
  test.info().annotations.push({ type: 'iframe', description: JSON.stringify(inner) });
  await expectPageWorks(page);
  await expectCardOnHover(page);
  await expectClean(page, w);
});

test('editable fields and contenteditable regions are never highlighted', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  const w = watch(page);
  await open(page, `${server}/hostile/editable.html`);
  expect(await highlightTexts(page)).toEqual(
    expect.arrayContaining(['withdrawing', 'Sabhan Mullah Jiad']),
  );
  expect(await rangesInEditable(page)).toEqual([]);
  // Typing in an editable region changes the page; it is still not highlighted.
  await page.locator('#editable p').click();
  await page.keyboard.press('End');
  await page.keyboard.type(
    ' "To be clear, the US is not withdrawing from Iraq," the official said.',
  );
  // A region made editable after the scan (like designMode on one section) loses its marks.
  await page.evaluate(() =>
    (window as unknown as { pageWrite(fn: () => void): void }).pageWrite(() =>
      document.getElementById('design')?.setAttribute('contenteditable', 'true'),
    ),
  );
  await page.waitForTimeout(1_000);
  expect(await rangesInEditable(page)).toEqual([]);
  await expectPageWorks(page);
  await expectCardOnHover(page);
  // The typing above is the user's change, made through the page: leave it out.
  await page.evaluate(() => {
    const list = (window as unknown as { __foreign: string[] }).__foreign;
    const kept = list.filter((entry) => !/#(editable|design)\b|in p$/.test(entry));
    list.length = 0;
    for (const entry of kept) list[list.length] = entry;
  });
  await expectClean(page, w);
});

test("page scripts that overwrite the DOM's built-ins do not reach the content script", async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  const w = watch(page);
  await open(page, `${server}/hostile/globals.html`);
  // The page really did break them in its own world.
  expect(
    await ev(page, () => {
      try {
        document.createRange();
        return 'not overwritten';
      } catch (error) {
        return String(error);
      }
    }),
  ).toContain('page overwrote');
  expect(await ev(page, () => String(Array.prototype.push).includes('page overwrote'))).toBe(true);
  expect(await highlightTexts(page)).toEqual(
    expect.arrayContaining(['withdrawing', 'Sabhan Mullah Jiad']),
  );
  await expectPageWorks(page);
  await expectCardOnHover(page);
  await expectClean(page, w);
});

test('a framework-like page that re-renders its article gets its highlights back', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  const w = watch(page);
  await open(page, `${server}/hostile/rerender.html`);
  expect(await highlightTexts(page)).toEqual(expect.arrayContaining(['withdrawing']));
  /** Highlights with claims whose text is still in the document. */
  const live = () =>
    page.evaluate(() => {
      const out: string[] = [];
      for (const name of ['factcheck-matched', 'factcheck-contradiction']) {
        for (const r of CSS.highlights.get(name) ?? []) {
          const range = r as Range;
          if (range.startContainer.isConnected && !range.collapsed) out[out.length] = String(r);
        }
      }
      return out;
    });
  for (let round = 1; round <= 3; round++) {
    await page.locator('#rerender').click();
    await expect(page.locator('#renders')).toHaveText(String(round + 1));
    await expect
      .poll(live, { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['withdrawing', 'Sabhan Mullah Jiad']));
  }
  // No highlight is left on the nodes the page threw away.
  const stale = await page.evaluate(() => {
    let count = 0;
    for (const highlight of CSS.highlights.values()) {
      for (const r of highlight) if (!(r as Range).startContainer.isConnected) count++;
    }
    return count;
  });
  expect(stale).toBe(0);
  await expectPageWorks(page);
  await expectCardOnHover(page);
  await expectClean(page, w);
});

test('a strict Content-Security-Policy in a meta element', async ({ context, server }) => {
  const page = await context.newPage();
  const w = watch(page);
  await open(page, `${server}/hostile/csp-meta.html`);
  expect(await highlightTexts(page)).toEqual(expect.arrayContaining(['withdrawing']));
  await expectPageWorks(page);
  await expectCardOnHover(page);
  await expectClean(page, w);
});

test('a strict Content-Security-Policy sent as a header', async ({ context }) => {
  const csp = "default-src 'none'; style-src 'none'; script-src 'self'; img-src 'self'";
  const strict = await startServer(undefined, {
    headers: (path) =>
      path.endsWith('/csp-header.html') ? { 'content-security-policy': csp } : undefined,
  });
  try {
    const page = await context.newPage();
    const w = watch(page);
    const response = await open(page, `${strict.url}/hostile/csp-header.html`);
    expect(response?.headers()['content-security-policy']).toBe(csp);
    expect(await highlightTexts(page)).toEqual(expect.arrayContaining(['withdrawing']));
    await expectPageWorks(page);
    await expectCardOnHover(page);
    await expectClean(page, w);
  } finally {
    await strict.close();
  }
});
