/**
 * `npm run screenshots`: the README's pictures of LeadFit at the size a rep sees it, in light and
 * dark — the popup at Chrome's 400 × 600, the side panel, the options page — written to
 * docs/screenshots/{popup,sidepanel,options}-{light,dark}.png.
 *
 * Runs the built extension (.output/chrome-mv3; build first, inside the build lock:
 *   flock /tmp/leadfit-build.lock sh -c 'npx wxt build && npm run screenshots')
 * in Debian's Chromium (scripts/find-chromium.mjs), with the end-to-end tests' own LinkedIn pages
 * (tests/e2e/pages) and helpers (tests/e2e/fixtures.ts) served at their real URLs; nothing reaches the network. The browser's UI
 * language decides the extension's language: LEADFIT_LANG=de writes *-de-{light,dark}.png too.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { extensionDir, openScored, pagesDir } from '../tests/e2e/fixtures';
import { findChromium } from './find-chromium.mjs';
import { QUIET_FLAGS } from './launch-extension.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'docs/screenshots');

// The same pages and URLs as tests/e2e/summary.spec.ts: a person whose company was seen first.
const PAGES = {
  'https://www.linkedin.com/company/northwind-analytics/': 'linkedin-company-northwind.html',
  'https://www.linkedin.com/in/dana-whitfield-example/': 'linkedin-person-dana.html',
} as const;
const COMPANY_URL = 'https://www.linkedin.com/company/northwind-analytics/';
const PERSON_URL = 'https://www.linkedin.com/in/dana-whitfield-example/';

const SIZES = {
  popup: { width: 400, height: 600 },
  // Chrome's side panel opens about 400 px wide beside the page; the height of a laptop screen.
  sidepanel: { width: 400, height: 800 },
  options: { width: 1280, height: 800 },
} as const;

type Scheme = 'light' | 'dark';

async function launch(lang: string): Promise<{ context: BrowserContext; dir: string }> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No build at ${extensionDir}: run \`npx wxt build\` first (inside the build lock).`);
  const dir = mkdtempSync(join(tmpdir(), 'leadfit-shots-'));
  const context = await chromium.launchPersistentContext(dir, {
    headless: true,
    executablePath: findChromium(),
    locale: lang,
    // Chromium on Linux takes its UI language (which the extension's i18n follows) from LANGUAGE as well as --lang.
    env: { ...process.env, LANGUAGE: lang.replace('-', '_') },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, `--lang=${lang}`, ...QUIET_FLAGS],
  });
  await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url().replace(/[?#].*$/, '') as keyof typeof PAGES;
    const file = PAGES[url];
    if (file) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(pagesDir, file)) });
    else await route.abort();
  });
  return { context, dir };
}

async function shoot(page: Page, name: string): Promise<void> {
  // Fonts and the port's first push settle before the picture.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  const file = join(outDir, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
}

async function run(lang: string, suffix: string): Promise<void> {
  const { context, dir } = await launch(lang);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    await openScored(context, worker, COMPANY_URL);
    const { tab } = await openScored(context, worker, PERSON_URL);
    for (const scheme of ['light', 'dark'] as Scheme[]) {
      const view = async (path: string, size: { width: number; height: number }) => {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize(size);
        await page.goto(`chrome-extension://${extensionId}/${path}`);
        return page;
      };
      const popup = await view(`popup.html?tab=${tab}`, SIZES.popup);
      await popup.getByTestId('popup-state').and(popup.locator('[data-state="ready"]')).waitFor({ timeout: 15_000 });
      await shoot(popup, `popup${suffix}-${scheme}`);
      await popup.close();

      const panel = await view(`sidepanel.html?tab=${tab}`, SIZES.sidepanel);
      await panel.getByTestId('popup-state').and(panel.locator('[data-state="ready"]')).waitFor({ timeout: 15_000 });
      await shoot(panel, `sidepanel${suffix}-${scheme}`);
      await panel.close();

      const options = await view('options.html#profiles', SIZES.options);
      await options.getByTestId('save-pack').waitFor({ timeout: 15_000 });
      await shoot(options, `options${suffix}-${scheme}`);
      await options.close();
    }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

mkdirSync(outDir, { recursive: true });
await run('en-US', '');
if (process.env.LEADFIT_LANG) await run(process.env.LEADFIT_LANG, `-${process.env.LEADFIT_LANG}`);
