/**
 * Host access withheld (Firefox MV3 lets the user withhold the access the manifest asks for; here
 * the profile does not grant it at install): the page is not read, the first-run page and the
 * popup say why instead of "Checking this page…" (both axe-clean, in the dark scheme), and their buttons get the access back, after
 * which the open page is checked at once and later visits by the manifest's content script.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type StaticServer, startServer } from '../server';
import {
  axeViolations,
  bodyText,
  highlighted,
  type LaunchedFirefox,
  launchFirefox,
  until,
  waitForMatch,
} from './harness';

let ff: LaunchedFirefox;
let server: StaticServer;

before(async () => {
  server = await startServer();
  ff = await launchFirefox({
    grantHostAccess: false,
    keepWelcome: true,
    // Pages in the dark scheme, so the axe checks below cover it.
    prefs: { 'layout.css.prefers-color-scheme.content-override': 0 },
  });
});

after(async () => {
  await ff?.close();
  await server?.close();
});

test('the first-run page says the default sites are not readable yet', async () => {
  assert.ok(ff.welcome);
  const text = await until(
    () => bodyText(ff.welcome as NonNullable<typeof ff.welcome>),
    (t) => t.includes('Allow these news sites'),
  );
  assert.match(text, /has not allowed the extension to read these sites/);
  const welcome = ff.welcome as NonNullable<typeof ff.welcome>;
  assert.equal(
    await welcome.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
    true,
  );
  assert.deepEqual(await axeViolations(welcome), []);
});

test('the popup says the access is withheld, and "Allow access" checks the page', async () => {
  const url = `${server.url}/articles/wire-report.html`;
  const page = await ff.open(url);
  assert.equal(await waitForMatch(page, 2_000), false, 'the page was read without access');
  const tabId = await ff.newestHiddenTab();
  assert.ok(tabId >= 0);
  const popup = await ff.openExtensionPage(`popup.html?tabId=${tabId}`);
  const text = await until(
    () => bodyText(popup),
    (t) => t.includes('The browser withholds access to this site'),
  );
  assert.doesNotMatch(text, /Checking this page/);
  assert.deepEqual(await axeViolations(popup), []);
  const [allow] = await popup.$$('xpath/.//button[normalize-space()="Allow access"]');
  assert.ok(allow);
  await allow.click();
  // Checked at once, and the popup shows the report.
  assert.equal(await waitForMatch(page), true, 'the page was not checked after the grant');
  assert.ok((await highlighted(page, 'factcheck-contradiction')).length > 0);
  await until(
    () => bodyText(popup),
    (t) => t.includes('Positions by speaker'),
    10_000,
  );
  // Later visits are read by the manifest's content script.
  const again = await ff.open(url);
  assert.equal(await waitForMatch(again), true);
});
