/**
 * `npm run demo`: builds the extension, opens the demo pages (a LinkedIn company page, a person
 * page, a people search and a company website, all served locally at their real URLs; nothing
 * reaches the network) in Chromium with LeadFit loaded, and saves a screenshot of the popup for
 * each into demo-output/ at Chrome's real popup size, 400 × 600 (plus the company and person popups
 * in dark mode).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from './launch-extension.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const extensionDir = join(root, '.output/chrome-mv3');
const pagesDir = join(root, 'tests/e2e/pages');
const outDir = join(root, 'demo-output');

const PAGES = {
  'https://www.linkedin.com/company/northwind-analytics/': 'linkedin-company-northwind.html',
  'https://www.linkedin.com/in/dana-whitfield-example/': 'linkedin-person-dana.html',
  'https://www.linkedin.com/search/results/people/?keywords=sales': 'linkedin-search-people.html',
  'https://www.northwind-analytics.com/': 'company-site-northwind.html',
};

// In this order: the company page first, so that Dana's account already knows its size and industry.
const SHOTS = [
  { name: 'popup-company.png', url: 'https://www.linkedin.com/company/northwind-analytics/', dark: 'popup-company-dark.png' },
  { name: 'popup-person.png', url: 'https://www.linkedin.com/in/dana-whitfield-example/', dark: 'popup-person-dark.png' },
  { name: 'popup-search.png', url: 'https://www.linkedin.com/search/results/people/?keywords=sales' },
  { name: 'popup-company-site.png', url: 'https://www.northwind-analytics.com/', read: true },
];

function build() {
  console.log('Building the extension (npx wxt build)…');
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
}

async function tabIdOf(worker, url) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const id = await worker.evaluate(async (u) => {
      // eslint-disable-next-line no-undef
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab found for ${url}`);
}

async function main() {
  build();
  mkdirSync(outDir, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'leadfit-demo-'));
  const userDataDir = join(tmp, 'profile');
  // The real popup reads a company website through activeTab (the toolbar click); a script cannot
  // click the toolbar, so the demo site is granted up front (see scripts/launch-extension.mjs).
  const context = await launchWithExtension(userDataDir, extensionDir, { grantHosts: ['https://www.northwind-analytics.com/'] });
  const saved = [];
  try {
    await context.route(/^https?:\/\//, async (route) => {
      const url = route.request().url().replace(/#.*$/, '');
      const file = PAGES[url] ?? PAGES[url.replace(/\?.*$/, '')];
      if (file) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(pagesDir, file)) });
      else await route.abort();
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;

    for (const shot of SHOTS) {
      const page = await context.newPage();
      await page.goto(shot.url);
      const tabId = await tabIdOf(worker, page.url());
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      const state = popup.getByTestId('popup-state');
      if (shot.read) {
        await state.and(popup.locator('[data-state="not-read"]')).waitFor({ timeout: 15_000 });
        await popup.getByTestId('read-page-button').click();
      }
      await popup.locator('[data-testid="popup-state"][data-state="ready"]').waitFor({ timeout: 20_000 });
      // Let fonts and the last render settle.
      await popup.waitForTimeout(300);
      const file = join(outDir, shot.name);
      // The viewport only (400 × 600): what Chrome's popup shows before any scrolling (#14).
      await popup.screenshot({ path: file });
      saved.push(file);
      if (shot.dark) {
        await popup.emulateMedia({ colorScheme: 'dark' });
        await popup.waitForTimeout(200);
        const darkFile = join(outDir, shot.dark);
        await popup.screenshot({ path: darkFile });
        saved.push(darkFile);
        await popup.emulateMedia({ colorScheme: 'light' });
      }
      await popup.close();
    }
  } finally {
    await context.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log('\nPopup screenshots:');
  for (const f of saved) console.log(`  ${relative(process.cwd(), f) || f}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
