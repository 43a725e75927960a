/**
 * Development check for the title classifier (issue #13) on ESCO occupation labels that are NOT in the
 * evaluation set: every label of an occupation that gave no row to tests/data/titles-independent.tsv, with the
 * department its ISCO-08 group maps to (scripts/build-job-nouns.ts, ISCO_DEPARTMENTS; `mixed` groups left out).
 * These labels may be read, printed and tuned against — unlike the independent set, whose occupations are
 * skipped here (only its `source` column is read). It is a rough check: ISCO gives the occupation's
 * department, while a title is labelled by what it says, so expect disagreement on the margins.
 * --to=DEPT: list only misses that went to DEPT; --with-other: also score occupations whose ISCO group is `other`
 *   (ISCO major groups 1–5 only, the independent set's strata), to see titles pulled out of `other`.
 * --dev: only the development fifth of occupations (build the lexicons with JOB_NOUNS_DEV=1 first, restore after).
 *   npx tsx scripts/eval-titles-esco.ts [--dev] [--lang=de] [--dept=finance] [--misses=40] [--sample=400]
 */
import { DATASETS, MELO, ESCO, gitShow, parseCsv, departmentOf, evaluationOccupations, isDevOccupation, type Lang } from './build-job-nouns';
import { classifyTitle } from '../lib/normalize/title';

const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const onlyLang = arg('lang');
const onlyDept = arg('dept');
const misses = Number(arg('misses') ?? 0);
const sample = Number(arg('sample') ?? 0);
/** --to=other: list only misses that went to this department. --with-other: also score ISCO `other` occupations
 * (public administration, culture, hospitality …), to see titles pulled out of `other`. */
const onlyTo = arg('to');
const withOther = process.argv.includes('--with-other');

const rows = parseCsv(gitShow(ESCO, 'occupations_en.csv'));
const header = rows[0]!;
const isco = new Map<string, string>();
for (const r of rows.slice(1)) if (r[header.indexOf('conceptUri')] && r[header.indexOf('iscoGroup')]) isco.set(r[header.indexOf('conceptUri')]!, r[header.indexOf('iscoGroup')]!);
const dev = process.argv.includes('--dev');
if (dev && process.env.JOB_NOUNS_DEV !== '1') throw new Error('--dev measures lexicons built with JOB_NOUNS_DEV=1; run with JOB_NOUNS_DEV=1 after building so');
const excluded = new Set([...evaluationOccupations()].filter((id) => !(dev && isDevOccupation(id))));

// A deterministic spread: every k-th label, so a sample covers all groups.
let total = 0, right = 0, nOther = 0, otherN = 0, otherRight = 0;
const perLang: string[] = [];
const wrong: string[] = [];
const confusion = new Map<string, number>();
for (const lang of Object.keys(DATASETS) as Lang[]) {
  if (onlyLang && lang !== onlyLang) continue;
  const ds = `data/processed/melo/${DATASETS[lang]}`;
  const labels = gitShow(MELO, `${ds}/corpus_elements.tsv`).trim().split('\n');
  const uris = new Map(gitShow(MELO, `${ds}/concept_mapping.tsv`).trim().split('\n').map((l) => l.split('\t') as [string, string]));
  let n = 0, ok = 0, k = 0;
  for (const line of labels) {
    const [id, label] = line.split('\t');
    const uri = id ? uris.get(id) : undefined;
    if (!uri || !label || !uri.includes('/occupation/') || excluded.has(uri.split('/').pop()!) || (dev && !isDevOccupation(uri.split('/').pop()!)) || label.includes('/') || label.length > 60) continue;
    const d = departmentOf(isco.get(uri) ?? '');
    if (!d || d === 'mixed' || (d === 'other' && !withOther)) continue;
    // The independent set draws from ISCO major groups 1–5 only (no armed forces, farming, crafts, machine
    // operators or elementary occupations): with --with-other, score the same strata.
    if (withOther && /^[06789]/.test(isco.get(uri) ?? '')) continue;
    if (onlyDept && d !== onlyDept) continue;
    if (sample && k++ % Math.max(1, Math.floor(labels.length / sample)) !== 0) continue;
    const got = classifyTitle(label);
    n++;
    if (d === 'other') otherN++;
    if (got.department === d) {
      ok++;
      if (d === 'other') otherRight++;
    }
    else {
      if (got.department === 'other') nOther++;
      confusion.set(`${d} → ${got.department}`, (confusion.get(`${d} → ${got.department}`) ?? 0) + 1);
      if (!onlyTo || got.department === onlyTo) wrong.push(`[${lang}] ${label}  →  ${got.department} (ISCO: ${d}) ${got.seniority}  | ${got.rules.department}`);
    }
  }
  total += n;
  right += ok;
  perLang.push(`${lang} ${String(n).padStart(6)}  department ${((100 * ok) / Math.max(1, n)).toFixed(1)}%`);
}
console.log(perLang.join('\n'));
console.log(`all ${total}: department ${((100 * right) / Math.max(1, total)).toFixed(1)}% (ISCO departments outside ${withOther ? '' : 'other/'}mixed); misses into other: ${nOther}`);
if (withOther) console.log(`  outside other ${total - otherN}: ${((100 * (right - otherRight)) / Math.max(1, total - otherN)).toFixed(1)}%; other ${otherN}: ${((100 * otherRight) / Math.max(1, otherN)).toFixed(1)}% stay other`);
console.log([...confusion].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => `  ${k}: ${v}`).join('\n'));
if (misses) {
  const step = Math.max(1, Math.floor(wrong.length / misses));
  console.log(wrong.filter((_, i) => i % step === 0).slice(0, misses).join('\n'));
}
