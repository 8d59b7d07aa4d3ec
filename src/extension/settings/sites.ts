/**
 * The news sites the extension runs on out of the box, and helpers to turn host names into
 * match patterns. Pure: no `browser.*`, so the content script's `matches` can be derived from it
 * at build time.
 */

/**
 * Host names (no scheme, no `www.`) of the sites enabled by default. A host also covers its
 * subdomains: `bbc.com` covers `www.bbc.com`. Users can turn any of them off (`disabledSites`).
 */
export const DEFAULT_SITES: readonly string[] = [
  // Kurdistan Region and Iraq
  'rudaw.net',
  'kurdistan24.net',
  'thenewregion.com',
  'shafaq.com',
  'ina.iq',
  'basnews.com',
  '964media.com',
  'iraqinews.com',
  // Regional
  'al-monitor.com',
  'aawsat.com',
  'thenationalnews.com',
  'aljazeera.com',
  'arabnews.com',
  'middleeasteye.net',
  'news.az',
  // Wires and international
  'reuters.com',
  'apnews.com',
  'afp.com',
  'bbc.com',
  'bbc.co.uk',
  'cnn.com',
  'nytimes.com',
  'washingtonpost.com',
  'theguardian.com',
  'politico.com',
  'axios.com',
  'voanews.com',
  'france24.com',
  // Defence press and official sources
  'thedefensepost.com',
  'defensenews.com',
  'militarytimes.com',
  'stripes.com',
  'breakingdefense.com',
  'defense.gov',
  'state.gov',
  'centcom.mil',
  'inherentresolve.mil',
];

/**
 * Hosts of the local test server (Playwright fixtures, `npm run demo`). Not part of
 * `DEFAULT_SITES`; a content script that must run on test pages can pass
 * `[...DEFAULT_SITES, ...LOCAL_TEST_SITES]` as the default list to `isSiteEnabled`.
 */
export const LOCAL_TEST_SITES: readonly string[] = ['localhost', '127.0.0.1'];

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Normalises what a user typed ("https://www.Rudaw.net/english", "rudaw.net.") to a bare host
 * name ("rudaw.net"), or returns null when it is not a plausible host name. Strips scheme, path,
 * port, a trailing dot and a leading `www.`.
 */
export function normalizeHostname(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  text = text.replace(/[/?#].*$/, '');
  text = text.replace(/^[^@]*@/, '');
  text = text.replace(/:\d*$/, '');
  text = text.replace(/\.$/, '');
  text = text.replace(/^www\./, '');
  if (text === 'localhost') return text;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(text)) return text;
  const labels = text.split('.');
  if (labels.length < 2 || labels.some((label) => !HOST_LABEL.test(label))) return null;
  if (!/[a-z]/.test(labels[labels.length - 1] ?? '')) return null;
  return text;
}

/** Whether `hostname` is `site` or one of its subdomains (`www.bbc.com` is under `bbc.com`). */
export function hostMatchesSite(hostname: string, site: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === site || host.endsWith(`.${site}`);
}

/**
 * Match patterns covering a site and its subdomains over http and https, for a content script's
 * `matches` or `permissions.request({ origins })`: `['*://rudaw.net/*', '*://*.rudaw.net/*']`.
 */
export function sitePatterns(site: string): string[] {
  return [`*://${site}/*`, `*://*.${site}/*`];
}

/** `sitePatterns` of every site, in order. */
export function matchPatternsFor(sites: readonly string[]): string[] {
  return sites.flatMap(sitePatterns);
}
