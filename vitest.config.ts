import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    // The DOM tier runs in Chromium: `npm run test:dom` (vitest.browser.config.ts).
    exclude: [...configDefaults.exclude, 'src/**/*.browser.test.ts'],
  },
});
