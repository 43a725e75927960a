/**
 * Extraction speed on the largest real pages (../shared/fixtures/real, read in place, never copied),
 * as a ratio to one `document.querySelectorAll('*')` walk of the same parsed document, measured
 * in the same run. Goal: at or under 1.0. Times are medians of repeated runs.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from '../../cli/parse-html';
import { extractPage } from '../../lib/extract';
import { urlForTruthEntry } from '../eval-extract';

const dir = process.env.LEADFIT_REAL_FIXTURES ?? resolve(process.cwd(), '../shared/fixtures/real');

function median(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export default function bench(): void {
  const truthPath = join(dir, 'truth.json');
  if (!existsSync(truthPath)) {
    console.log(`skipped: ${truthPath} not found`);
    return;
  }
  const entries = JSON.parse(readFileSync(truthPath, 'utf8')) as { file: string; source: { original_url: string | null } }[];
  const largest = entries
    .map((e) => ({ e, size: statSync(join(dir, e.file)).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 6);
  console.log('page                                              size   walk ms  extract ms  ratio');
  const ratios: number[] = [];
  for (const { e, size } of largest) {
    const doc = parseDocument(readFileSync(join(dir, e.file), 'utf8'));
    const url = urlForTruthEntry(e);
    // Warm up both, then measure alternately.
    for (let i = 0; i < 3; i++) {
      doc.querySelectorAll('*').length;
      extractPage(doc, url);
    }
    const walk = median(() => void doc.querySelectorAll('*').length, 15);
    const extract = median(() => void extractPage(doc, url), 15);
    const ratio = extract / walk;
    ratios.push(ratio);
    console.log(`${e.file.padEnd(48)} ${(size / 1024).toFixed(0).padStart(5)}K ${walk.toFixed(2).padStart(8)} ${extract.toFixed(2).padStart(11)} ${ratio.toFixed(2).padStart(6)}`);
  }
  const worst = Math.max(...ratios);
  console.log(`extraction / querySelectorAll('*') walk: worst ${worst.toFixed(2)}, median ${[...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]?.toFixed(2)} (goal ≤ 1.0; linkedom in Node)`);
}
