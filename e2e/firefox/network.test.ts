/**
 * Zero network in Firefox: while the extension checks pages, opens a card, and while the popup,
 * the options page and the first-run page are open, nothing leaves the machine.
 *
 * Watched two ways:
 * - every request the tabs make (WebDriver BiDi network events): only the test server
 *   (127.0.0.1) and extension-internal addresses are allowed;
 * - Firefox's proxy preferences point at a recording proxy on 127.0.0.1 for every address but
 *   the loopback one, so any request to another host, from any part of the browser (background
 *   page, content script, extension pages), reaches the proxy, which records and refuses it.
 *   A control request at the end shows the proxy does see the extension's traffic.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { type StaticServer, startServer } from '../server';
import { type LaunchedFirefox, launchFirefox, waitForMatch } from './harness';

let ff: LaunchedFirefox;
let server: StaticServer;
let proxy: Server;
/** What reached the proxy: `CONNECT host:port` or `GET http://…`. */
const proxied: string[] = [];

/**
 * Firefox's own remote settings (blocklists, certificate data), which ESR fetches whatever the
 * preferences say: the browser's traffic, not the extension's (as Chromium's "not an origin"
 * requests are in `e2e/network.spec.ts`). Nothing else is left out.
 */
const BROWSER_OWN = /^CONNECT firefox\.settings\.services\.mozilla\.com:443$/;

before(async () => {
  server = await startServer();
  proxy = createServer((req, res) => {
    proxied.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket) => {
    proxied.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const { port } = proxy.address() as AddressInfo;
  ff = await launchFirefox({
    keepWelcome: true,
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      // Loopback stays direct: the test server is there.
      'network.proxy.allow_hijacking_localhost': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.predictor.enabled': false,
      // Firefox's own remote-settings traffic, kept down (what remains is left out below).
      'extensions.blocklist.enabled': false,
      'security.remote_settings.crlite_filters.enabled': false,
      'security.remote_settings.intermediates.enabled': false,
    },
  });
});

after(async () => {
  await ff?.close();
  await server?.close();
  proxy?.closeAllConnections();
  await new Promise((done) => proxy?.close(done));
});

test('the extension makes no network request of its own', async () => {
  const seen: string[] = [];
  const watch = (page: Awaited<ReturnType<LaunchedFirefox['open']>>) =>
    page.on('request', (request) => seen.push(request.url()));

  const page = await ff.browser.newPage();
  watch(page);
  for (const path of ['/fixtures/article.html', '/articles/wire-report.html']) {
    await page.goto(`${server.url}${path}`);
    assert.equal(await waitForMatch(page), true, `${path} was not matched`);
  }
  // Open a card: links to sources are shown, never fetched.
  await page.click('h1');
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyJ');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
  await page.waitForFunction(
    () => !!document.querySelector('factcheck-card')?.shadowRoot?.querySelector('[role="dialog"]'),
  );
  // Live additions.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent =
      'Deputy Pentagon Press Secretary Sabrina Singh said: "We\'ve received no request from the government of Iraq to withdraw our forces."';
    document.querySelector('article')?.append(p);
  });
  const tabId = await ff.tabIdOf(`${server.url}/articles/wire-report.html`);
  for (const path of [`popup.html?tabId=${tabId}`, 'options.html']) {
    const extensionPage = await ff.openExtensionPage(path);
    watch(extensionPage);
  }
  await new Promise((done) => setTimeout(done, 2_000));

  const allowed = (url: string): boolean =>
    url.startsWith(`${server.url}/`) ||
    url.startsWith(ff.base) ||
    url.startsWith('data:') ||
    url.startsWith('blob:') ||
    url.startsWith('about:');
  assert.ok(
    seen.some((url) => url.startsWith(server.url)),
    'no request was seen at all',
  );
  assert.deepEqual(
    seen.filter((url) => !allowed(url)),
    [],
  );
  assert.deepEqual(
    proxied.filter((line) => !BROWSER_OWN.test(line)),
    [],
    'requests left for other hosts',
  );

  // Control: a request from an extension page to another host does reach the proxy.
  const control = await ff.openExtensionPage('options.html');
  await control.evaluate(() =>
    fetch('http://control.coalition-claims-check.invalid/').catch(() => undefined),
  );
  const after = proxied.filter((line) => !BROWSER_OWN.test(line));
  assert.ok(
    after.some((line) => line.includes('control.coalition-claims-check.invalid')),
    `the proxy saw: ${after.join(', ')}`,
  );
});
