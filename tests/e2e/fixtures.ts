import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithExtension as launch } from '../../scripts/launch-extension.mjs';

// The service worker's and the extension page's own `chrome` global (evaluated in the browser).
declare const chrome: any;

/**
 * Playwright fixtures: Chromium with the built extension (.output/chrome-mv3), fixture pages
 * served at their real https URLs through `context.route` (nothing reaches the network: every
 * other request is aborted), and helpers to read the badge and open the popup for a tab.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const extensionDir = join(root, '.output/chrome-mv3');
export const pagesDir = join(root, 'tests/e2e/pages');

/** A page of the fixture tree (tests/fixtures/<site>/<name>.html), for `site.serve`: one copy serves unit and browser tests. */
export function fixture(path: string): string {
  return join('../../fixtures', path);
}

export interface Site {
  /** Serve `file` (in tests/e2e/pages) at `url`. */
  serve: (url: string, file: string) => Promise<void>;
}

interface Fixtures {
  /** Sites the extension may read without a toolbar click (see scripts/launch-extension.mjs). */
  grantHosts: string[];
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  site: Site;
}

export async function launchWithExtension(userDataDir: string, options: { grantHosts?: string[] } = {}): Promise<BrowserContext> {
  return launch(userDataDir, extensionDir, options);
}

export const test = base.extend<Fixtures>({
  grantHosts: [[], { option: true }],
  context: async ({ grantHosts }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'leadfit-e2e-'));
    const context = await launchWithExtension(dir, { grantHosts });
    const served = new Map<string, string>();
    await context.route(/^https?:\/\//, async (route) => {
      const url = route.request().url().replace(/#.*$/, '');
      const file = served.get(url) ?? served.get(url.replace(/\?.*$/, ''));
      if (file) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(pagesDir, file)) });
      else await route.abort();
    });
    (context as BrowserContext & { __served: Map<string, string> }).__served = served;
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  site: async ({ context }, use) => {
    const served = (context as BrowserContext & { __served: Map<string, string> }).__served;
    await use({
      serve: async (url, file) => {
        served.set(url, file);
      },
    });
  },
});

export const expect = test.expect;

/** The browser's tab id for a page (the popup is pointed at it with ?tab=ID). */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  const url = page.url();
  const id = await worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t: { url?: string; id?: number }) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab found for ${url}`);
  return id;
}

export async function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * Waits until the tab's badge shows its verdict: a tier letter, or "?" while unknown criteria
 * could still change the tier (issue #10); returns it.
 */
export async function waitForTier(worker: Worker, tabId: number, timeout = 15_000): Promise<string> {
  const start = Date.now();
  let text = '';
  while (Date.now() - start < timeout) {
    text = await badgeText(worker, tabId);
    if (/^[ABCD?]$/.test(text)) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`badge never showed a tier (last: "${text}")`);
}

/** Opens the options page, at a section (`#accounts`, `#profiles` …) when given. */
export async function openOptions(context: BrowserContext, extensionId: string, section = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html${section ? `#${section}` : ''}`);
  return page;
}

export async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Opens `url` in a new tab and waits until the background has scored it (badge set); returns the page and its tab id. */
export async function openScored(context: BrowserContext, worker: Worker, url: string): Promise<{ page: Page; tab: number }> {
  const page = await context.newPage();
  await page.goto(url);
  const tab = await tabIdOf(worker, page);
  await waitForTier(worker, tab);
  return { page, tab };
}

/**
 * The accounts stored by the extension (IndexedDB 'leadfit-accounts', lib/accounts/store.ts), read
 * in the service worker or any extension page (one origin, one database).
 */
export async function storedAccounts(where: Worker | Page): Promise<Array<Record<string, any>>> {
  // A string, not a function: evaluated as written (no bundler helpers in the browser).
  return (where as Page).evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('leadfit-accounts');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('accounts')) { db.close(); resolve([]); return; }
      const all = db.transaction('accounts').objectStore('accounts').getAll();
      all.onsuccess = () => { db.close(); resolve(all.result); };
      all.onerror = () => reject(all.error);
    };
  })`) as Promise<Array<Record<string, any>>>;
}
