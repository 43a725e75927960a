/**
 * `npm run eval:extract`: runs the extractor over the real pages in ../shared/fixtures/real
 * (never copied into this repository) and prints per-field accuracy against truth.json, with
 * every wrong, missed or invented value listed.
 *
 * Scoring: a field the truth states counts once; right when our value matches it (case, spacing,
 * quotes and dashes ignored; where the truth gives alternatives — "DataVisor (DataVisor, Inc.)" —
 * either one). A field the truth leaves null that we fill is "invented". Technologies are counted
 * one per vendor in the truth; detections the truth does not list are printed for a look, since the
 * truth records only vendors seen in script tags.
 * Exit code 0 unless the data is missing; LEADFIT_EVAL_MIN (e.g. 0.95) makes a lower score fail.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../cli/parse-html';
import { extractPage } from '../lib/extract';
import type { Observation } from '../lib/observation';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.LEADFIT_REAL_FIXTURES ?? path.resolve(root, '../shared/fixtures/real');

interface TruthEntry {
  file: string;
  kind: string;
  source: { original_url: string | null };
  truth: Record<string, unknown> & { entity: string };
}

type Outcome = 'right' | 'wrong' | 'missed' | 'invented' | 'unlisted';
interface FieldResult {
  file: string;
  field: string;
  outcome: Outcome;
  expected: string;
  got: string;
}

export function norm(s: unknown): string {
  return String(s ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[.,;:]+$/, '')
    .trim();
}

/** "DataVisor (DataVisor, Inc.)" → ["DataVisor", "DataVisor, Inc."]; "London, London (About); Kemp House…" → parts. */
function alternatives(truth: string): string[] {
  const out = new Set<string>([truth]);
  for (const part of truth.split(/;\s*/)) {
    out.add(part);
    const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(part);
    if (m) {
      if (m[1]) out.add(m[1]);
      if (m[2] && !/about|json-ld|footer|locations|as printed|staffcount/i.test(m[2])) out.add(m[2]);
    }
  }
  return [...out].map(norm).filter(Boolean);
}

function stated(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '' && v.trim() !== '—' && v.trim() !== '--';
}

/** The address a saved page came from; pages saved without one get a URL of their kind. */
export function urlForTruthEntry(entry: { file: string; source: { original_url: string | null } }): string {
  if (entry.source.original_url) return entry.source.original_url;
  const name = path.basename(entry.file);
  if (name.startsWith('search-')) return 'https://www.linkedin.com/search/results/people/';
  if (name.startsWith('company-')) return `https://www.linkedin.com/company/${name.split('_')[0]?.replace('company-', '')}/`;
  if (name.startsWith('person-')) return `https://www.linkedin.com/in/${name.split('_')[0]?.replace('person-', '')}/`;
  return 'https://example.com/';
}

let pageText = '';
/** A value the truth leaves null is invented only when the page does not state it anywhere. */
function onPage(value: string): boolean {
  return norm(value)
    .split(/[,\s]+/)
    .every((part) => pageText.includes(part));
}

function compareText(results: FieldResult[], file: string, field: string, expected: unknown, got: string | null | undefined, loose = false): void {
  const g = norm(got);
  if (!stated(expected)) {
    if (expected === null && g) results.push({ file, field, outcome: onPage(String(got)) ? 'unlisted' : 'invented', expected: '(not stated)', got: String(got) });
    return;
  }
  if (!g) {
    results.push({ file, field, outcome: 'missed', expected, got: '' });
    return;
  }
  const alts = alternatives(expected);
  const bare = (s: string): string => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const ok = alts.some((a) => a === g || (loose && a.length >= 4 && (bare(g).includes(bare(a)) || bare(a).includes(bare(g)))));
  results.push({ file, field, outcome: ok ? 'right' : 'wrong', expected, got: String(got) });
}

function compareEmployees(results: FieldResult[], file: string, expected: unknown, obs: Observation): void {
  const range = obs.company?.employees;
  const got = range ? `${range.min ?? ''}-${range.max ?? ''}` : '';
  if (!stated(expected)) {
    if (expected === null && got) results.push({ file, field: 'company.employees', outcome: 'invented', expected: '(not stated)', got });
    return;
  }
  const m = /(\d[\d,]*)\s*[-–]\s*(\d[\d,]*)|(\d[\d,]*)\+/.exec(expected);
  const want = m ? (m[3] ? `${m[3].replace(/,/g, '')}-` : `${m[1]?.replace(/,/g, '')}-${m[2]?.replace(/,/g, '')}`) : '';
  if (!got) results.push({ file, field: 'company.employees', outcome: 'missed', expected, got });
  else results.push({ file, field: 'company.employees', outcome: got === want ? 'right' : 'wrong', expected, got });
}

function linkedinUrls(text: unknown): string[] {
  return String(text ?? '')
    .match(/linkedin\.com\/(?:company|school)\/[^\s/)]+/g)
    ?.map((u) => decodeURIComponent(u).toLowerCase()) ?? [];
}

/** Vendor names the truth uses → names our fingerprints may use. */
function sameTech(truthName: string, ours: string): boolean {
  const a = norm(truthName).replace(/[^a-z0-9]/g, '');
  const b = norm(ours).replace(/[^a-z0-9]/g, '');
  return a === b || a.startsWith(b) || b.startsWith(a);
}

export function evaluate(entries: TruthEntry[]): { results: FieldResult[]; extras: string[] } {
  const results: FieldResult[] = [];
  const extras: string[] = [];
  for (const entry of entries) {
    const html = fs.readFileSync(path.join(dataDir, entry.file), 'utf8');
    const obs = extractPage(parseDocument(html), urlForTruthEntry(entry));
    pageText = norm(html).replace(/\s+/g, '');
    const t = entry.truth;
    const f = entry.file;
    switch (t.entity) {
      case 'person':
        compareText(results, f, 'person.name', t.full_name, obs.person?.name);
        compareText(results, f, 'person.headline', t.headline === '--' ? null : t.headline, obs.person?.headline);
        compareText(results, f, 'person.company', t.current_company, obs.person?.company);
        compareText(results, f, 'person.location', t.location, obs.person?.location);
        break;
      case 'linkedin_company':
        compareText(results, f, 'company.name', t.company_name, obs.company?.name);
        compareText(results, f, 'company.domain', t.website_domain, obs.company?.domain);
        compareText(results, f, 'company.industry', t.industry, obs.company?.industry);
        compareEmployees(results, f, t.employee_count_or_range, obs);
        compareText(results, f, 'company.headquarters', t.headquarters, obs.company?.headquarters);
        break;
      case 'linkedin_search': {
        const first = (t.first_results as { full_name: string; headline: string; location: string }[]) ?? [];
        first.forEach((p, i) => {
          const got = obs.people[i];
          compareText(results, f, `people[${i}].name`, p.full_name, got?.name);
          compareText(results, f, `people[${i}].headline`, p.headline, got?.headline);
          compareText(results, f, `people[${i}].location`, p.location, got?.location);
        });
        break;
      }
      case 'company_website': {
        compareText(results, f, 'company.name', t.company_name, obs.company?.name);
        compareText(results, f, 'company.domain', t.website_domain, obs.company?.domain);
        compareText(results, f, 'company.headquarters', t.headquarters, obs.company?.headquarters, true);
        if (t.founded !== undefined) compareText(results, f, 'company.founded', t.founded === null ? null : String(t.founded), obs.company?.founded === null || obs.company?.founded === undefined ? null : String(obs.company.founded));
        const wantLinks = linkedinUrls(t.linkedin_company);
        const gotLink = obs.company?.linkedinUrl ? decodeURIComponent(obs.company.linkedinUrl).toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '') : '';
        if (wantLinks.length === 0) {
          if (gotLink && t.linkedin_company === null) results.push({ file: f, field: 'company.linkedinUrl', outcome: 'invented', expected: '(not stated)', got: gotLink });
        } else if (!gotLink) results.push({ file: f, field: 'company.linkedinUrl', outcome: 'missed', expected: String(t.linkedin_company), got: '' });
        else results.push({ file: f, field: 'company.linkedinUrl', outcome: wantLinks.some((w) => w.replace(/\/$/, '') === gotLink) ? 'right' : 'wrong', expected: String(t.linkedin_company), got: gotLink });
        const techs = (t.technologies as string[] | null) ?? [];
        const found = obs.company?.technologies ?? [];
        for (const tech of techs) {
          const hit = found.find((x) => sameTech(tech, x.name));
          results.push({ file: f, field: 'company.technologies', outcome: hit ? 'right' : 'missed', expected: tech, got: hit?.name ?? '' });
        }
        for (const x of found) if (!techs.some((tech) => sameTech(tech, x.name))) extras.push(`${path.basename(f)}: ${x.name} (${x.category}) — site builder per truth: ${String(t.site_builder ?? '—')}`);
        break;
      }
      default:
        break;
    }
  }
  return { results, extras };
}

function main(): void {
  const truthPath = path.join(dataDir, 'truth.json');
  if (!fs.existsSync(truthPath)) {
    console.log(`eval:extract: ${truthPath} not found (the real pages live in ../shared, beside this repository); nothing to evaluate.`);
    return;
  }
  const entries = JSON.parse(fs.readFileSync(truthPath, 'utf8')) as TruthEntry[];
  const start = performance.now();
  const { results, extras } = evaluate(entries);
  const ms = performance.now() - start;
  const byField = new Map<string, Record<Outcome, number>>();
  for (const r of results) {
    const key = r.field.replace(/\[\d+\]/, '[]');
    const row = byField.get(key) ?? { right: 0, wrong: 0, missed: 0, invented: 0, unlisted: 0 };
    row[r.outcome] += 1;
    byField.set(key, row);
  }
  console.log(`Real pages: ${entries.length} (${dataDir})\n`);
  console.log('field                    right  wrong missed invented  accuracy');
  let right = 0;
  let statedCount = 0;
  let invented = 0;
  for (const [field, row] of [...byField.entries()].sort()) {
    const n = row.right + row.wrong + row.missed;
    right += row.right;
    statedCount += n;
    invented += row.invented;
    console.log(`${field.padEnd(24)} ${String(row.right).padStart(5)} ${String(row.wrong).padStart(6)} ${String(row.missed).padStart(6)} ${String(row.invented).padStart(8)}  ${n ? ((row.right / n) * 100).toFixed(1).padStart(6) : '     -'}%`);
  }
  const problems = results.filter((r) => r.outcome !== 'right' && r.outcome !== 'unlisted');
  const unlisted = results.filter((r) => r.outcome === 'unlisted');
  if (unlisted.length) {
    console.log('\nStated on the page but left null in the truth (shown for a look; not counted):');
    for (const p of unlisted) console.log(`  ${path.basename(p.file)} ${p.field}: ${JSON.stringify(p.got)}`);
  }
  if (problems.length) {
    console.log('\nNot right:');
    for (const p of problems) console.log(`  ${p.outcome.padEnd(8)} ${path.basename(p.file)} ${p.field}: expected ${JSON.stringify(p.expected)}, got ${JSON.stringify(p.got)}`);
  }
  if (extras.length) {
    console.log('\nDetected but not in the truth (the truth lists script-tag vendors only; check by eye):');
    for (const e of extras) console.log(`  ${e}`);
  }
  // The failure classes of issue #12, so a regression shows up under its name.
  const classOf = (field: string): string =>
    /\.name$/.test(field) ? 'names (person, company, list)'
    : /headquarters/.test(field) ? 'addresses'
    : /founded|employees/.test(field) ? 'facts (founded, head-count)'
    : /technologies/.test(field) ? 'technologies'
    : /title|headline|company$|companyLinkedinUrl/.test(field) ? 'positions and headlines'
    : 'other fields';
  const byClass = new Map<string, Record<Outcome, number>>();
  for (const r of results) {
    const key = classOf(r.field.replace(/\[\d+\]/, '[]'));
    const row = byClass.get(key) ?? { right: 0, wrong: 0, missed: 0, invented: 0, unlisted: 0 };
    row[r.outcome] += 1;
    byClass.set(key, row);
  }
  console.log('\nfailure class                  right  wrong missed invented  accuracy');
  for (const [cls, row] of [...byClass.entries()].sort()) {
    const n = row.right + row.wrong + row.missed;
    console.log(`${cls.padEnd(30)} ${String(row.right).padStart(5)} ${String(row.wrong).padStart(6)} ${String(row.missed).padStart(6)} ${String(row.invented).padStart(8)}  ${n ? ((row.right / n) * 100).toFixed(1).padStart(6) : '     -'}%`);
  }
  const accuracy = statedCount ? right / statedCount : 1;
  console.log(`\nextraction: ${(accuracy * 100).toFixed(1)}% of ${statedCount} stated fields right, ${invented} invented, ${entries.length} pages in ${ms.toFixed(0)} ms`);
  const min = Number(process.env.LEADFIT_EVAL_MIN ?? 0);
  if (accuracy < min || (min > 0 && invented > 0)) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
