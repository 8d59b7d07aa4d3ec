import { defineConfig } from '@playwright/test';

// Browsers come from Debian's Chromium (see e2e/fixtures.ts), not from `playwright install`.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 1 : 2,
  reporter: 'list',
  use: { trace: 'retain-on-failure' },
});
