import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, expect, test, type Browser } from '@playwright/test';
import { build } from 'esbuild';
import { parseDocument } from '../../cli/parse-html';
import { completeObservation, extractPage } from '../../lib/extract';
import type { Observation } from '../../lib/observation';
import { urlForTruthEntry } from '../../scripts/eval-extract';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { QUIET_FLAGS } from '../../scripts/launch-extension.mjs';

/**
 * The extension and the CLI must give the same observation for the same HTML (issue #12): every
 * real page in ../shared/fixtures/real (never copied into the repo; skipped when absent) is read
 * by lib/extract in Chromium — bundled as the content scripts bundle it, run in the page at its
 * real URL with the page's own scripts blocked, and completed as the background completes what a
 * content script sends (lib/extract/complete.ts) — and by the CLI's path (linkedom, cli/parse-html.ts).
 * The two observations are compared field by field; evidence snippets only up to whitespace,
 * since the two DOMs may keep different runs of spaces in text nodes.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const realDir = process.env.LEADFIT_REAL_FIXTURES ?? resolve(root, '../shared/fixtures/real');
const truthPath = join(realDir, 'truth.json');
const entries: { file: string; source: { original_url: string | null } }[] = existsSync(truthPath) ? JSON.parse(readFileSync(truthPath, 'utf8')) : [];

/** Every leaf of an observation as "path = value" (whitespace collapsed), for a readable diff. */
function leaves(v: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(v)) v.forEach((x, i) => leaves(x, `${path}[${i}]`, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) leaves(x, path ? `${path}.${k}` : k, out);
  else out.set(path, typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : JSON.stringify(v));
  if (Array.isArray(v) && v.length === 0) out.set(path, '[]');
  return out;
}

function differences(a: unknown, b: unknown): string[] {
  const left = leaves(a);
  const right = leaves(b);
  const out: string[] = [];
  for (const key of new Set([...left.keys(), ...right.keys()])) {
    if (left.get(key) !== right.get(key)) out.push(`${key}: chromium ${left.get(key) ?? '(absent)'} ≠ cli ${right.get(key) ?? '(absent)'}`);
  }
  return out;
}

test.describe('extension (Chromium) and CLI (linkedom) read the same observation', () => {
  test.skip(entries.length === 0, `real pages not found at ${realDir}`);
  let browser: Browser;
  let code = '';

  test.beforeAll(async () => {
    const bundle = await build({ entryPoints: [join(root, 'lib/extract/index.ts')], bundle: true, format: 'iife', globalName: 'LeadFitExtract', write: false, target: 'es2022' });
    code = bundle.outputFiles[0]!.text;
    browser = await chromium.launch({ executablePath: findChromium({ install: false }), headless: true, args: QUIET_FLAGS });
  });
  test.afterAll(async () => {
    await browser?.close();
  });

  test('every real page: same fields, same values, same evidence', async () => {
    test.setTimeout(240_000);
    // JavaScript stays on, as for the content script (<noscript> is then parsed as text, which
    // cli/parse-html.ts gives linkedom too); the page's own scripts are kept from running by the CSP
    // of the served response.
    const context = await browser.newContext();
    const all: string[] = [];
    // Served at the page's real URL (nothing reaches the network), as the content script sees it.
    // One route and one tab for every page: opening a tab and routing per page was most of the run.
    let html = '';
    await context.route('**/*', (route) =>
      route.request().isNavigationRequest() && route.request().frame().parentFrame() === null ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': "script-src 'none'" }, body: html }) : route.abort(),
    );
    const page = await context.newPage();
    try {
      for (const entry of entries) {
        html = readFileSync(join(realDir, entry.file), 'utf8');
        const url = urlForTruthEntry(entry);
        // Chromium loads and reads the page while Node reads the CLI's copy.
        const browserRead = (async () => {
          // Same address up to the fragment would be a same-document navigation: the new HTML would not load.
          if (page.url().split('#')[0] === url.split('#')[0]) await page.goto('about:blank');
          await page.goto(url, { waitUntil: 'domcontentloaded' });
          return page.evaluate(`(() => { ${code}; return LeadFitExtract.extractPageRaw(document, ${JSON.stringify(url)}); })()`);
        })();
        const inCli = extractPage(parseDocument(html), url);
        // What the content script sends is raw (#12: headline and size band unparsed); the background
        // completes it on receipt, so the COMPLETED observations are compared.
        const inBrowser = completeObservation((await browserRead) as Observation);
        for (const d of differences(inBrowser, inCli)) all.push(`${entry.file}: ${d}`);
      }
    } finally {
      await context.close();
    }
    console.log(all.length ? `differences:\n${all.join('\n')}` : `no differences over ${entries.length} pages`);
    expect(all).toEqual([]);
  });
});
