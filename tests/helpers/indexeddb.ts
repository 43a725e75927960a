import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { resetAccountStoreForTests } from '@/lib/accounts/store';

/**
 * Every test starts with an empty IndexedDB (fake-indexeddb, set up for the whole suite in
 * vitest.config.ts), as `fakeBrowser.reset()` gives it empty extension storage.
 */
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetAccountStoreForTests();
});
