import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  fromContentScript,
  fromExtension,
  fromExtensionPage,
  handleMessage,
  isOwnContentScript,
  isOwnExtensionPage,
  jumpRequestSchema,
  tabRequestSchema,
} from './messaging';

const CHROME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const CHROME_BASE = `chrome-extension://${CHROME_ID}/`;
// In Firefox the id is the add-on id and pages live under a per-profile uuid.
const GECKO_ID = 'coalition-claims-check@coalition-claims-check.invalid';
const UUID = '6f1c2c56-4a0b-4a43-9d3c-0f3d1b3c5a7e';
const FIREFOX_BASE = `moz-extension://${UUID}/`;

describe('isOwnExtensionPage', () => {
  it('accepts the popup and options page in Chromium', () => {
    expect(
      isOwnExtensionPage(
        { id: CHROME_ID, url: `${CHROME_BASE}popup.html?tabId=3` },
        CHROME_ID,
        CHROME_BASE,
      ),
    ).toBe(true);
    expect(
      isOwnExtensionPage(
        { id: CHROME_ID, origin: `chrome-extension://${CHROME_ID}` },
        CHROME_ID,
        CHROME_BASE,
      ),
    ).toBe(true);
  });

  it('accepts the popup and options page in Firefox (moz-extension://<uuid>)', () => {
    expect(
      isOwnExtensionPage(
        { id: GECKO_ID, url: `${FIREFOX_BASE}popup.html?tabId=3` },
        GECKO_ID,
        FIREFOX_BASE,
      ),
    ).toBe(true);
    expect(
      isOwnExtensionPage(
        { id: GECKO_ID, url: `${FIREFOX_BASE}options.html` },
        GECKO_ID,
        FIREFOX_BASE,
      ),
    ).toBe(true);
  });

  it('refuses web pages, other extensions and look-alike addresses', () => {
    const page = (url: string, id = GECKO_ID) =>
      isOwnExtensionPage({ id, url, tab: { id: 1 } }, GECKO_ID, FIREFOX_BASE);
    expect(page('http://127.0.0.1/article.html')).toBe(false);
    expect(page(`moz-extension://${UUID}.evil.example/popup.html`)).toBe(false);
    expect(page('moz-extension://00000000-0000-0000-0000-000000000000/popup.html')).toBe(false);
    expect(page(`${FIREFOX_BASE}popup.html`, 'other@example.org')).toBe(false);
    // A Chromium address does not pass in Firefox, nor the reverse.
    expect(page(`chrome-extension://${UUID}/popup.html`)).toBe(false);
    expect(
      isOwnExtensionPage(
        { id: CHROME_ID, url: `${FIREFOX_BASE}popup.html` },
        CHROME_ID,
        CHROME_BASE,
      ),
    ).toBe(false);
    expect(isOwnExtensionPage(undefined, GECKO_ID, FIREFOX_BASE)).toBe(false);
    expect(isOwnExtensionPage({ id: GECKO_ID }, GECKO_ID, FIREFOX_BASE)).toBe(false);
  });

  it('refuses everything when the base is not a directory address', () => {
    expect(
      isOwnExtensionPage({ id: GECKO_ID, url: `${FIREFOX_BASE}popup.html` }, GECKO_ID, ''),
    ).toBe(false);
  });
});

describe('isOwnContentScript', () => {
  it('accepts the top frame of a tab from this extension only', () => {
    expect(isOwnContentScript({ id: GECKO_ID, tab: { id: 4 }, frameId: 0 }, GECKO_ID)).toBe(true);
    expect(isOwnContentScript({ id: GECKO_ID, tab: { id: 4 }, frameId: 2 }, GECKO_ID)).toBe(false);
    expect(isOwnContentScript({ id: 'other', tab: { id: 4 } }, GECKO_ID)).toBe(false);
    expect(isOwnContentScript({ id: GECKO_ID }, GECKO_ID)).toBe(false);
  });
});

describe('handleMessage', () => {
  const own = { id: fakeBrowser.runtime.id, base: fakeBrowser.runtime.getURL('/') };
  const contentScript = { id: own.id, tab: { id: 12 }, frameId: 0, url: 'http://127.0.0.1/a.html' };
  const popup = { id: own.id, url: `${own.base}popup.html?tabId=12` };
  const webPage = { tab: { id: 12 }, frameId: 0, url: 'http://127.0.0.1/a.html' };
  let removers: Array<() => void> = [];

  beforeEach(() => {
    fakeBrowser.reset();
    removers = [];
  });
  afterEach(() => {
    for (const remove of removers) remove();
  });

  /** Delivers a message as `@webext-core/messaging` sends it, from `sender`; the answer. */
  function deliver(type: string, data: unknown, sender: object): Promise<unknown> {
    return new Promise((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(
        { id: 1, type, data, timestamp: Date.now() },
        sender,
        (response: { res?: unknown }) => resolve(response.res),
      );
    });
  }

  it('answers the senders it accepts with what the handler returns, the tab named', async () => {
    const seen: unknown[] = [];
    removers.push(
      handleMessage(
        'reportPage',
        { from: fromContentScript, refused: undefined },
        (data, sender) => {
          seen.push([data, sender.tabId]);
        },
      ),
      handleMessage(
        'getReport',
        { from: fromExtensionPage, schema: tabRequestSchema, refused: null },
        ({ tabId }) => ({ report: { tabId } }) as never,
      ),
    );
    await deliver('reportPage', { url: 'x' }, contentScript);
    expect(seen).toEqual([[{ url: 'x' }, 12]]);
    expect(await deliver('getReport', { tabId: 12 }, popup)).toEqual({ report: { tabId: 12 } });
  });

  it('refuses other senders and bad payloads without calling the handler', async () => {
    let calls = 0;
    removers.push(
      handleMessage(
        'getReport',
        { from: fromExtensionPage, schema: tabRequestSchema, refused: null },
        () => {
          calls++;
          return null;
        },
      ),
      handleMessage(
        'jumpToMention',
        { from: fromExtension, schema: jumpRequestSchema, refused: false },
        () => {
          calls++;
          return true;
        },
      ),
    );
    // A content script is not an extension page; a web page is neither.
    expect(await deliver('getReport', { tabId: 12 }, contentScript)).toBeNull();
    expect(await deliver('getReport', { tabId: 12 }, webPage)).toBeNull();
    expect(await deliver('getReport', { tabId: -1 }, popup)).toBeNull();
    expect(await deliver('getReport', { tabId: 12, more: true }, popup)).toBeNull();
    expect(await deliver('jumpToMention', { id: 3 }, webPage)).toBe(false);
    expect(await deliver('jumpToMention', { index: 3 }, popup)).toBe(false);
    expect(calls).toBe(0);
    expect(await deliver('jumpToMention', { id: 3 }, popup)).toBe(true);
    expect(calls).toBe(1);
  });
});

describe('sender checks', () => {
  const own = { id: GECKO_ID, base: FIREFOX_BASE };

  it('tell the content script, the pages and the extension apart as Firefox names them', () => {
    const tab = { id: GECKO_ID, tab: { id: 4 }, frameId: 0, url: 'http://127.0.0.1/a.html' };
    const page = { id: GECKO_ID, url: `${FIREFOX_BASE}popup.html` };
    expect(fromContentScript(tab, own)).toEqual({ tabId: 4 });
    expect(fromContentScript(page, own)).toBeNull();
    expect(fromExtensionPage(page, own)).toEqual({});
    expect(fromExtensionPage(tab, own)).toBeNull();
    expect(fromExtension(tab, own)).toEqual({});
    expect(fromExtension({ url: `${FIREFOX_BASE}popup.html` }, own)).toBeNull();
  });
});
