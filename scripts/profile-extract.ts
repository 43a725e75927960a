/**
 * Where a first read spends its time in Chromium: a CPU profile of the raw read (what a content script runs) on fresh copies
 * of real pages (../shared/fixtures/real, read in place), summed per function (self and total).
 *   npx tsx scripts/profile-extract.ts [substring of page file] [top N]
 * A tool for the work on first-read speed (issue #12); the figures that count are npm run bench's.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { urlForTruthEntry } from './eval-extract';
import { findChromium } from './find-chromium.mjs';
import { QUIET_FLAGS } from './launch-extension.mjs';
import { serveOnlyPage } from './serve-page';

const dir = process.env.LEADFIT_REAL_FIXTURES ?? resolve(process.cwd(), '../shared/fixtures/real');

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[]; hitCount?: number }

async function main(): Promise<void> {
  const filter = process.argv[2] ?? '';
  const top = Number(process.argv[3] ?? 30);
  const code = (await build({ entryPoints: ['lib/extract/index.ts'], bundle: true, format: 'iife', globalName: 'LeadFitExtract', write: false, minify: false, target: 'es2022' })).outputFiles[0]!.text;
  const entries = (JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as { file: string; source: { original_url: string | null } }[]).filter((e) => e.file.includes(filter));
  const browser = await chromium.launch({ executablePath: findChromium({ install: false }), headless: true, args: QUIET_FLAGS });
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  try {
    const context = await browser.newContext();
    for (const e of entries) {
      const html = readFileSync(join(dir, e.file), 'utf8');
      const url = urlForTruthEntry(e);
      await serveOnlyPage(context, html);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.evaluate(`${code}; window.__lf = LeadFitExtract; for (let i = 0; i < 3; i++) LeadFitExtract.extractPageRaw(document.cloneNode(true), ${JSON.stringify(url)});`);
      await page.evaluate(`window.__docs = Array.from({ length: 20 }, () => { const d = document.cloneNode(true); for (const el of d.querySelectorAll('*')) el.nodeType; return d; });`);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      await page.evaluate(`for (const d of window.__docs) window.__lf.extractPageRaw(d, ${JSON.stringify(url)});`);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[] } };
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      for (const n of profile.nodes) {
        const hits = n.hitCount ?? 0;
        if (!hits) continue;
        const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
        if (n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') continue;
        all += hits;
        self.set(name(n), (self.get(name(n)) ?? 0) + hits);
        const seen = new Set<string>();
        for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
          const k = name(byId.get(id)!);
          if (seen.has(k)) continue;
          seen.add(k);
          total.set(k, (total.get(k) ?? 0) + hits);
        }
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const show = (title: string, m: Map<string, number>) => {
    console.log(`\n${title} (% of ${all} samples)`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * v) / all).toFixed(1).padStart(6)}%  ${k}`);
  };
  show('self', self);
  show('total', total);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
