import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // MV3 for Chromium (`wxt build` → .output/chrome-mv3) and Firefox (`wxt build -b firefox`).
  manifestVersion: 3,
  // `npm run zip`: the Chrome Web Store zip, the addons.mozilla.org zip and the sources zip AMO's
  // reviewers build from (see "Publishing" in the README). The sources are the repository's
  // files minus hidden ones, node_modules, .output and tests (WXT's defaults), and minus what
  // the build does not need: the end-to-end tests and their pages, and local results.
  zip: {
    excludeSources: [
      'e2e/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      'demo-output/**',
      '*.zip',
    ],
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Coalition Claims Check',
    description:
      "Fact-checks claims about the end of the US-led anti-ISIS coalition's mission in Iraq.",
    // Every permission is listed with its reason in the README.
    // storage: settings, imported dataset, per-tab reports (storage.session).
    // scripting: check a site the user enables (inject now, register for later visits).
    // activeTab: the popup reads and checks the current tab when the user opens it.
    permissions: ['storage', 'scripting', 'activeTab'],
    // Sites beyond the default news sites, asked for one at a time from the popup ("Check this
    // site"), or all at once when the user opts in to every site.
    optional_host_permissions: ['*://*/*'],
    // The card's stylesheet, loaded by the content script into its shadow root; listed for every
    // page because the user may enable any site at run time.
    // A dynamic URL (Chromium) keeps pages from probing for it to tell the extension is installed.
    web_accessible_resources: [
      {
        resources: ['content-scripts/content.css'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Firefox only (`npm run build:firefox`, MV3; see "Firefox" in the README): MV3 add-ons need
    // an id; 140 is the first Firefox with the CSS Custom Highlight API and the data-collection
    // consent key, and the extension collects nothing.
    // 105 is the first Chromium with the CSS Custom Highlight API, which paints the highlights
    // without touching the page's DOM; Firefox's minimum (140) is set below for the same reason.
    ...(browser === 'firefox' ? firefoxSettings : { minimum_chrome_version: '105' }),
  }),
});

const firefoxSettings = {
  browser_specific_settings: {
    gecko: {
      id: 'coalition-claims-check@coalition-claims-check.invalid',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
    // Firefox for Android reads the data-collection key from 142 on.
    gecko_android: { strict_min_version: '142.0' },
  },
};
