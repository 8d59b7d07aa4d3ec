// The DOM tier (`npm run test:dom`): the content script's page modules in a real Chromium,
// through Vitest's browser mode and Playwright, below the end-to-end tier (no extension built or
// loaded). Playwright downloads no browser here: it launches the system Chromium.
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export default defineConfig({
  // Bundled before the first test file loads: found later, they would make Vite reload the page
  // in the middle of a run.
  optimizeDeps: {
    include: [
      'preact',
      'preact/hooks',
      'preact/jsx-dev-runtime',
      'wxt/utils/content-script-context',
      'wxt/utils/content-script-ui/shadow-root',
      'zod/mini',
      'zod/locales',
    ],
  },
  test: {
    include: ['src/**/*.browser.test.ts'],
    browser: {
      enabled: true,
      headless: process.env.HEADED !== '1',
      // A failure's message says enough; no screenshots left in the tree.
      screenshotFailures: false,
      // CI runs as root, where Chromium's sandbox cannot start.
      provider: playwright({
        launchOptions: { executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
