import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/server/**/*.test.ts'],
    testTimeout: 20_000,
    // IndexedDB for the account store (and the book), fresh for each test; English UI strings through
    // the fake browser.i18n (components/i18n.ts).
    setupFiles: ['tests/helpers/indexeddb.ts', 'tests/helpers/i18n-setup.ts'],
  },
});
