/**
 * Page-to-badge latency where reps feel it (#17): the built extension in Chromium, every real
 * LinkedIn page of ../shared/fixtures/real served at its real URL (its own scripts blocked), timed
 * from the page's DOMContentLoaded (the saved page's content is in the DOM then) to the moment the
 * toolbar badge shows the verdict. Measured with 0 stored accounts, then 10,000 and 100,000
 * (`--quick` or LEADFIT_BENCH_ACCOUNTS=10000 stops at 10,000), and after the service worker was
 * stopped (cold start). Printed as medians and p90s, and ratios within this one run.
 *
 * The badge is watched from an extension page (Options) that polls `action.getBadgeText` for every
 * tab: the browser answers that, not the service worker, so watching neither wakes the worker nor
 * keeps it alive — the cold-start figure is a real cold start. Skipped without a build or Chromium.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { urlForTruthEntry } from '../eval-extract';
import { findChromium } from '../find-chromium.mjs';
import { launchWithExtension } from '../launch-extension.mjs';

// The extension page's own `chrome` global (evaluated in the browser).
declare const chrome: any;

const dir = process.env.LEADFIT_REAL_FIXTURES ?? resolve(process.cwd(), '../shared/fixtures/real');
const EXTENSION = resolve(process.cwd(), '.output/chrome-mv3');
const VERDICT = /^(?:[ABCD?]|\d+)$/;

export interface LatencyFigures {
  pages: number;
  missing: number;
  medianMs: number | null;
  p90Ms: number | null;
}

export interface BadgeFigures {
  byAccounts: Record<string, LatencyFigures>;
  /** Median at 10k (and 100k) accounts ÷ median at 0: the issue asks ≤ 1.5 (flat). */
  ratioToEmpty: Record<string, number | null>;
  cold: LatencyFigures;
  /** Cold (worker stopped before each page) median ÷ warm median at 0 accounts: goal ≤ 2. */
  coldToWarmRatio: number | null;
}

const quantile = (xs: number[], q: number): number | null => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))]! * 10) / 10;
};
const figures = (xs: number[], missing: number): LatencyFigures => ({ pages: xs.length, missing, medianMs: quantile(xs, 0.5), p90Ms: quantile(xs, 0.9) });

async function workerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Accounts that are not the pages' companies, shaped like the ones the extension stores, written
 * straight into its database (lib/accounts/store.ts: 'leadfit-accounts', store 'accounts',
 * out-of-line keys). Generated in the worker (a string: evaluated as written), so 100,000 take
 * seconds rather than minutes of JSON through the debugging protocol.
 */
async function seedAccounts(worker: Worker, from: number, to: number): Promise<void> {
  await worker.evaluate(`(async () => {
    const db = await new Promise((res, rej) => { const r = indexedDB.open('leadfit-accounts'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const now = new Date().toISOString();
    for (let start = ${from}; start < ${to}; start += 5000) {
      await new Promise((res, rej) => {
        const tx = db.transaction('accounts', 'readwrite');
        for (let i = start; i < Math.min(${to}, start + 5000); i++) {
          const key = 'li:filler-' + i;
          tx.objectStore('accounts').put({ key, aliases: [key, 'domain:filler-' + i + '.example', 'name:filler company ' + i],
            company: { name: 'Filler Company ' + i, domain: 'filler-' + i + '.example', website: 'https://filler-' + i + '.example/', linkedinUrl: 'https://www.linkedin.com/company/filler-' + i + '/',
              industry: 'Software Development', employees: { min: 51, max: 200 }, employeesOnLinkedin: null, headquarters: 'Berlin, Germany', founded: 2015,
              description: 'A company that exists to fill the account store for a benchmark. '.repeat(3), specialties: ['benchmarks', 'latency'], followers: null,
              technologies: [{ name: 'HubSpot', category: 'marketing automation' }] },
            contacts: [], score: 62, tier: 'B', coverage: 0.8, icpId: 'x', icpName: 'X', reasons: ['Industry: matched (Software Development)'], packId: 'starter', packVersion: 1,
            outcome: null, outcomePackVersion: null, pages: ['https://www.linkedin.com/company/filler-' + i + '/'], firstSeenAt: now, lastSeenAt: now }, key);
        }
        tx.oncomplete = res; tx.onerror = () => rej(tx.error);
      });
    }
    db.close();
  })()`);
}

/** Starts polling every tab's badge from an extension page; first verdict time per tab id. */
export async function startWatcher(context: BrowserContext, extensionId: string): Promise<Page> {
  const watcher = await context.newPage();
  await watcher.goto(`chrome-extension://${extensionId}/options.html`);
  await watcher.evaluate((pattern) => {
    const w = window as unknown as { __badge: Record<number, number>; __stop: boolean };
    w.__badge = {};
    const re = new RegExp(pattern);
    void (async () => {
      while (!w.__stop) {
        const tabs = await chrome.tabs.query({});
        for (const tab of tabs) {
          if (tab.id === undefined || w.__badge[tab.id]) continue;
          const text = await chrome.action.getBadgeText({ tabId: tab.id });
          if (re.test(text)) w.__badge[tab.id] = Date.now();
        }
        await new Promise((r) => setTimeout(r, 1));
      }
    })();
  }, VERDICT.source);
  return watcher;
}

export async function pageToBadge(context: BrowserContext, watcher: Page, url: string): Promise<number | null> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const dcl = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return performance.timeOrigin + (nav?.domContentLoadedEventStart ?? 0);
    });
    const tabId = await watcher.evaluate(async (u) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id ?? null, page.url());
    if (tabId === null) return null;
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      const at = await watcher.evaluate((id) => (window as unknown as { __badge: Record<number, number> }).__badge[id] ?? null, tabId);
      if (at !== null) return Math.max(0, at - dcl);
      await new Promise((r) => setTimeout(r, 20));
    }
    return null;
  } finally {
    await page.close();
  }
}

export default async function bench(args: string[] = process.argv.slice(2)): Promise<BadgeFigures | undefined> {
  const truthPath = join(dir, 'truth.json');
  if (!existsSync(truthPath)) return void console.log(`skipped: ${truthPath} not found`);
  if (!existsSync(join(EXTENSION, 'manifest.json'))) return void console.log('skipped: no build in .output/chrome-mv3 (run `npx wxt build` first)');
  try {
    findChromium({ install: false });
  } catch (err) {
    return void console.log(`skipped: ${(err as Error).message.split('\n')[0]}`);
  }
  const big = !args.includes('--quick') && process.env.LEADFIT_BENCH_ACCOUNTS !== '10000';
  const entries = (JSON.parse(readFileSync(truthPath, 'utf8')) as { file: string; source: { original_url: string | null } }[]).filter((e) => e.file.startsWith('linkedin/'));
  // Country hosts (uk.linkedin.com) are served at www: the content script is registered for www.linkedin.com.
  const pages = entries.map((e) => ({ url: urlForTruthEntry(e).replace(/^https?:\/\/[\w-]+\.linkedin\.com/, 'https://www.linkedin.com'), html: readFileSync(join(dir, e.file), 'utf8') }));
  const byUrl = new Map(pages.map((p) => [p.url.replace(/[?#].*$/, ''), p.html]));

  const profile = mkdtempSync(join(tmpdir(), 'leadfit-badge-'));
  const context = await launchWithExtension(profile, EXTENSION);
  try {
    const worker = await workerOf(context);
    const extensionId = new URL(worker.url()).host;
    // Everything else is aborted at once: nothing reaches the network (a DNS wait would hold DOMContentLoaded).
    await context.route('**/*', (route) => {
      const html = byUrl.get(route.request().url().replace(/[?#].*$/, ''));
      return html && route.request().isNavigationRequest()
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': "script-src 'none'" }, body: html })
        : route.abort();
    });
    const watcher = await startWatcher(context, extensionId);
    // Warm-up: the worker opens its databases and parses the pack once.
    for (const p of pages.slice(0, 3)) await pageToBadge(context, watcher, p.url);

    const run = async (): Promise<LatencyFigures> => {
      const xs: number[] = [];
      let missing = 0;
      for (const p of pages) {
        const ms = await pageToBadge(context, watcher, p.url);
        if (ms === null) missing++;
        else xs.push(ms);
      }
      return figures(xs, missing);
    };

    const byAccounts: Record<string, LatencyFigures> = {};
    byAccounts['0'] = await run();
    console.log(`badge, 0 accounts:      median ${byAccounts['0'].medianMs} ms, p90 ${byAccounts['0'].p90Ms} ms (${byAccounts['0'].pages} pages, ${byAccounts['0'].missing} without a badge)`);

    // Cold: stop the worker before each page (CDP), so the page's message starts it again.
    const cdp = await context.newCDPSession(watcher);
    await cdp.send('ServiceWorker.enable');
    const coldXs: number[] = [];
    let coldMissing = 0;
    for (const p of pages) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 200));
      const ms = await pageToBadge(context, watcher, p.url);
      if (ms === null) coldMissing++;
      else coldXs.push(ms);
    }
    const cold = figures(coldXs, coldMissing);
    console.log(`badge, cold worker:     median ${cold.medianMs} ms, p90 ${cold.p90Ms} ms (${cold.pages} pages, ${cold.missing} without a badge)`);

    let seeded = 0;
    for (const target of big ? [10_000, 100_000] : [10_000]) {
      const seedWorker = await workerOf(context);
      const t0 = Date.now();
      await seedAccounts(seedWorker, seeded, target);
      seeded = target;
      for (const p of pages.slice(0, 2)) await pageToBadge(context, watcher, p.url);
      byAccounts[String(target)] = await run();
      const f = byAccounts[String(target)]!;
      console.log(`badge, ${target.toLocaleString('en')} accounts: median ${f.medianMs} ms, p90 ${f.p90Ms} ms (seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    }
    const base = byAccounts['0'].medianMs;
    const ratioToEmpty: Record<string, number | null> = {};
    for (const [n, f] of Object.entries(byAccounts)) if (n !== '0') ratioToEmpty[n] = base && f.medianMs !== null ? Math.round((f.medianMs / base) * 100) / 100 : null;
    const coldToWarmRatio = base && cold.medianMs !== null ? Math.round((cold.medianMs / base) * 100) / 100 : null;
    console.log(`ratios: ${Object.entries(ratioToEmpty).map(([n, r]) => `${n} accounts ÷ 0 = ${r}`).join(', ')}; cold ÷ warm = ${coldToWarmRatio}`);
    await watcher.evaluate(() => ((window as unknown as { __stop: boolean }).__stop = true));
    return { byAccounts, ratioToEmpty, cold, coldToWarmRatio };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1] && /badge\.ts$/.test(process.argv[1])) {
  bench().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
