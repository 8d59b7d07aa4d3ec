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
    // Keep permissions minimal; host permissions come later.
    permissions: ['storage'],
  },
});
