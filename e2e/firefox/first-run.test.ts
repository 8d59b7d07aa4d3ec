/**
 * The first-run page in Firefox: opened on install, lists the default sites, passes axe, and its "every site" button gets the access (Firefox's prompt answers "Allow" in
 * these tests: `extensions.webextOptionalPermissionPrompts` is off).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { DEFAULT_SITES } from '../../src/extension/settings/sites';
import { axeViolations, bodyText, type LaunchedFirefox, launchFirefox, until } from './harness';

let ff: LaunchedFirefox;
let welcome: Page;

before(async () => {
  ff = await launchFirefox({ keepWelcome: true });
  assert.ok(ff.welcome, 'the first-run page did not open on install');
  welcome = ff.welcome;
});

after(async () => {
  await ff?.close();
});

test('opens on install and lists the default sites', async () => {
  const text = await until(
    () => bodyText(welcome),
    (t) => t.includes('Nothing leaves your computer'),
  );
  assert.match(text, /sends nothing anywhere/);
  const sites = await welcome.$$eval('[data-testid="default-sites"] li', (els) =>
    els.map((el) => el.textContent),
  );
  assert.deepEqual(sites, [...DEFAULT_SITES]);
  // Firefox granted the default sites at install here: no warning.
  assert.equal(await welcome.$('[data-testid="default-access"]'), null);
  const link = await welcome.$eval('a', (a) => a.href);
  assert.equal(link, `${ff.base}options.html`);
});

test('axe finds no accessibility violations (light; dark is in access.test.ts)', async () => {
  const dark = await welcome.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  assert.equal(dark, false);
  assert.deepEqual(await axeViolations(welcome), []);
});

test('"Check every site" gets access to every site and turns the setting on', async () => {
  const [button] = await welcome.$$('xpath/.//button[normalize-space()="Check every site"]');
  assert.ok(button);
  await button.click();
  await until(
    () => bodyText(welcome),
    (t) => t.includes('Every site is checked from now on.'),
  );
  const { origins, everySite } = await welcome.evaluate(async () => {
    const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
    const all = await ext.permissions.getAll();
    const stored = (await ext.storage.local.get('settings')).settings as { everySite?: boolean };
    return { origins: all.origins ?? [], everySite: stored?.everySite };
  });
  assert.ok(origins.includes('*://*/*'), `granted: ${origins.join(', ')}`);
  assert.equal(everySite, true);
});
