import { describe, expect, it } from 'vitest';
import { isOwnContentScript, isOwnExtensionPage } from './messaging';

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
