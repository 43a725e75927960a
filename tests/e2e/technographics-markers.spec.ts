import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { QUIET_FLAGS } from '../../scripts/launch-extension.mjs';
import { everyMarkerPage } from '../helpers/marker-page';

/**
 * In Chromium the markup markers are looked up differently from linkedom (class markers by native
 * query, attribute markers in one pass over attribute names; tests/unit/technographics-markers.test.ts
 * covers the JavaScript DOMs): for every technology, the element found must be the one the
 * browser's own selector engine returns for all its markers joined, on a page holding every marker
 * with near misses, on every real page in ../shared/fixtures/real (read in place, skipped when
 * absent), and on a quirks-mode page (where a browser matches classes case-insensitively, and the
 * lookup keeps the exact-case element the CLI finds).
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const realDir = process.env.LEADFIT_REAL_FIXTURES ?? resolve(root, '../shared/fixtures/real');
const truthPath = join(realDir, 'truth.json');
const realPages: string[] = existsSync(truthPath) ? (JSON.parse(readFileSync(truthPath, 'utf8')) as { file: string }[]).map((e) => e.file) : [];

/** In the page: [technology, opening tag of its element, same element as the selector engine's] per technology. */
const COMPARE = `(() => {
  const tagOf = (el) => el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1);
  const mine = LF.markerElements(document);
  const ref = new Map();
  for (const f of LF.FINGERPRINTS) if (f.markers && f.markers.length) { const el = document.querySelectorAll(f.markers.join(', '))[0]; if (el) ref.set(f.name, el); }
  const names = [...new Set([...mine.keys(), ...ref.keys()])].sort();
  return names.map((n) => [n, mine.get(n) ? tagOf(mine.get(n)) : null, ref.get(n) ? tagOf(ref.get(n)) : null, mine.get(n) === ref.get(n)]);
})()`;

test.describe('markup markers in Chromium: the element the selector engine finds', () => {
  let browser: Browser;
  let page: Page;
  let code = '';
  let html = '';

  test.beforeAll(async () => {
    const bundle = await build({
      stdin: { contents: "export { markerElements, FINGERPRINTS } from './lib/technographics';", resolveDir: root, loader: 'ts' },
      bundle: true,
      format: 'iife',
      globalName: 'LF',
      write: false,
      target: 'es2022',
    });
    code = bundle.outputFiles[0]!.text;
    browser = await chromium.launch({ executablePath: findChromium({ install: false }), headless: true, args: QUIET_FLAGS });
    const context = await browser.newContext();
    // Served as a page with its own scripts blocked; nothing reaches the network.
    await context.route('**/*', (route) =>
      route.request().isNavigationRequest() && route.request().frame().parentFrame() === null
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': "script-src 'none'" }, body: html })
        : route.abort(),
    );
    page = await context.newPage();
  });
  test.afterAll(async () => {
    await browser?.close();
  });

  const compare = async (source: string, n: number): Promise<[string, string | null, string | null, boolean][]> => {
    html = source;
    await page.goto(`https://markers.test/${n}`, { waitUntil: 'domcontentloaded' });
    return (await page.evaluate(`(() => { ${code}; return ${COMPARE}; })()`)) as [string, string | null, string | null, boolean][];
  };

  test('a page holding every marker after near misses, in both orders', async () => {
    let n = 0;
    for (const order of ['forward', 'reverse'] as const) {
      const rows = await compare(everyMarkerPage(order), n++);
      expect(rows.filter((r) => !r[3]), order).toEqual([]);
      expect(rows.length).toBeGreaterThan(90);
    }
  });

  test('quirks mode: the exact-case class, as the CLI finds it', async () => {
    const rows = await compare('<html><body><form class="HS-FORM" id="a"></form><form class="hs-form" id="b"></form></body></html>', 100);
    const hubspot = rows.find((r) => r[0] === 'HubSpot');
    expect(hubspot?.[1]).toBe('<form class="hs-form" id="b">');
  });

  test('every real page', async () => {
    test.skip(realPages.length === 0, `real pages not found at ${realDir}`);
    test.setTimeout(120_000);
    const wrong: string[] = [];
    let n = 200;
    for (const file of realPages) {
      const rows = await compare(readFileSync(join(realDir, file), 'utf8'), n++);
      for (const r of rows) if (!r[3]) wrong.push(`${file}: ${r[0]} found ${r[1]} where the selector engine finds ${r[2]}`);
    }
    expect(wrong).toEqual([]);
  });
});
