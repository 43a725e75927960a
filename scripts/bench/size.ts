/**
 * Bundle sizes of the built extension (.output/chrome-mv3), gzipped, against the budgets:
 * content script under 30 KB, popup under 100 KB. Run `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const out = join(process.cwd(), '.output/chrome-mv3');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function gz(paths: string[]): number {
  return paths.reduce((sum, p) => sum + gzipSync(readFileSync(p), { level: 9 }).length, 0);
}

/** The scripts and styles an HTML entry loads (WXT writes them as chunks/*.js and assets/*.css). */
function htmlEntry(html: string): string[] {
  const text = readFileSync(join(out, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => join(out, m[1]!.replace(/^\//, '')));
  // Follow static imports of the entry chunk one level deep is not needed: WXT/Vite lists
  // modulepreload links for shared chunks in the HTML.
  return [...new Set(refs)].filter((p) => existsSync(p));
}

export default function bench(): void {
  if (!existsSync(out)) {
    console.log('skipped: no build in .output/chrome-mv3 (run npm run build)');
    return;
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const content = files(join(out, 'content-scripts')).filter((p) => p.endsWith('.js'));
  for (const p of content) {
    const size = gz([p]);
    const budget = 30 * 1024;
    console.log(`${relative(out, p).padEnd(36)} ${kb(size).padStart(9)} gzipped   (budget 30 KB: ${(size / budget).toFixed(2)}× budget)`);
  }
  for (const html of ['popup.html', 'options.html']) {
    if (!existsSync(join(out, html))) continue;
    const size = gz(htmlEntry(html));
    const line = `${html.padEnd(36)} ${kb(size).padStart(9)} gzipped`;
    console.log(html === 'popup.html' ? `${line}   (budget 100 KB: ${(size / (100 * 1024)).toFixed(2)}× budget)` : line);
  }
  console.log(`${'background.js'.padEnd(36)} ${kb(gz([join(out, 'background.js')])).padStart(9)} gzipped`);
}
