import { defineConfig } from '@playwright/test';

// Each spec launches Chromium with the built extension (tests/e2e/fixtures.ts); one worker,
// because two cores are shared with the build and each browser is a few processes.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: { trace: 'off' },
});
