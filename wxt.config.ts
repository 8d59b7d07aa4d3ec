import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Chromium MV3 is the only target: `wxt build` writes .output/chrome-mv3.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
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
    web_accessible_resources: [
      { resources: ['content-scripts/content.css'], matches: ['<all_urls>'] },
    ],
  },
});
