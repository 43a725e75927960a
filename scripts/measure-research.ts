/**
 * `npx tsx scripts/measure-research.ts`: which way should one-click company research read a page —
 * a plain `fetch` of its HTML, or a background tab that runs the page and the content script?
 * (#11; the result is written up in docs/design.md "Company research".)
 *
 * On every company page in ../shared/fixtures/real (never copied into this repository) it runs
 * the same reader LeadFit uses on the HTML exactly as stored, scripts not run — which is what a
 * `fetch` + parse gets for the captures that were made with a plain HTTP client (the invest-iq
 * crawl) — and reports, per page: how much text a reader sees without running scripts, which
 * facts the reader finds, and how many of the truth's script-tag vendors it detects.
 * Browser-saved captures (LinkedIn logged-in pages, metascraper's) show the DOM after scripts ran:
 * what the tab approach reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../cli/parse-html';
import { extractPage } from '../lib/extract';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.LEADFIT_REAL_FIXTURES ?? path.resolve(root, '../shared/fixtures/real');
if (!fs.existsSync(path.join(dataDir, 'truth.json'))) {
  console.log(`no real pages at ${dataDir}; nothing measured`);
  process.exit(0);
}

interface Entry {
  file: string;
  source: { repo: string; original_url: string | null };
  truth: { entity: string; technologies?: unknown; industry?: unknown; employee_count_or_range?: unknown };
}
const entries = (JSON.parse(fs.readFileSync(path.join(dataDir, 'truth.json'), 'utf8')) as Entry[]).filter(
  (e) => e.file.startsWith('company/') || e.file.startsWith('linkedin/company-'),
);

function visibleText(html: string): number {
  const doc = parseDocument(html);
  for (const el of Array.from(doc.querySelectorAll('script, style, noscript, template, code'))) el.remove();
  return (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

function truthVendors(t: unknown): string[] {
  if (!Array.isArray(t)) return [];
  return t.map((x) => (typeof x === 'string' ? x : typeof x === 'object' && x && 'name' in x ? String((x as { name: unknown }).name) : '')).filter(Boolean);
}

const rows: string[][] = [];
const sum = { plain: 0, plainThin: 0, plainTechTruth: 0, plainTechFound: 0, plainDesc: 0, plainName: 0 };
for (const e of entries) {
  const html = fs.readFileSync(path.join(dataDir, e.file), 'utf8');
  const url = e.source.original_url ?? 'https://example.com/';
  const obs = extractPage(parseDocument(html), url);
  const c = obs.company;
  const text = visibleText(html);
  const plain = e.source.repo === 'shah-somil/invest-iq';
  const vendors = truthVendors(e.truth.technologies);
  const found = new Set((c?.technologies ?? []).map((t) => t.name.toLowerCase()));
  const hit = vendors.filter((v) => [...found].some((f) => f.includes(v.toLowerCase()) || v.toLowerCase().includes(f))).length;
  if (plain) {
    sum.plain++;
    if (text < 300) sum.plainThin++;
    sum.plainTechTruth += vendors.length;
    sum.plainTechFound += hit;
    if (c?.description) sum.plainDesc++;
    if (c?.name) sum.plainName++;
  }
  rows.push([
    e.file,
    plain ? 'plain HTTP' : 'browser-saved',
    String(text),
    c?.name ? 'yes' : '-',
    c?.industry ?? '-',
    c?.employees ? `${c.employees.min ?? ''}-${c.employees.max ?? ''}` : '-',
    c?.description ? 'yes' : '-',
    vendors.length ? `${hit}/${vendors.length}` : `${found.size} (no truth list)`,
  ]);
}
console.log(['page', 'capture', 'visible chars', 'name', 'industry', 'size', 'description', 'vendors found'].join('\t'));
for (const r of rows) console.log(r.join('\t'));
console.log(
  `\nplain-HTTP captures (what fetch gets): ${sum.plain} pages; name on ${sum.plainName}, description on ${sum.plainDesc}; ` +
    `${sum.plainThin} have < 300 visible characters (drawn by script); script-tag vendors found ${sum.plainTechFound}/${sum.plainTechTruth}`,
);
