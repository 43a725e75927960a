/**
 * Evaluates lib/normalize/title.ts (npm run eval:titles) on three labelled sets:
 * - tests/data/titles.tsv, the tuning set (the rules are written against it);
 * - tests/data/titles-holdout.tsv, labelled blind and never used for tuning;
 * - tests/data/titles-independent.tsv when it exists: titles from public licensed sources, labelled by
 *   someone who never saw the classifier. Only aggregate figures are printed for it (overall, outside
 *   "other", per language, per class: recall, precision and the classes its misses went to, as counts) — never
 *   its rows or per-row errors, so nobody tunes against it.
 * Prints accuracy, a per-language table, the most frequent confusions, the wrong rows (first two sets
 * only) and a naive keyword baseline. Exit 0, unless a tuning/held-out file is missing or malformed (exit 1).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEPARTMENTS, SENIORITIES, type Department, type Seniority } from '../lib/profiles/taxonomy';
import { classifyTitle, classifyTitleUncached } from '../lib/normalize/title';
import { TITLE_LANGUAGE_CODES } from '../lib/normalize/titles/types';
import type { TitleClassification } from '../lib/scoring/types';

export interface LabelledTitle {
  line: number;
  title: string;
  department: Department;
  seniority: Seniority;
  language: string;
}

/** The title languages (lib/normalize/titles/types.ts): en de fr es it pt nl sv da no pl cs tr. */
const LANGUAGES: readonly string[] = TITLE_LANGUAGE_CODES;

/** Parses the TSV; throws an Error naming the line on anything malformed. */
export function parseTitlesTsv(text: string): LabelledTitle[] {
  const lines = text.split(/\r?\n/);
  const header = lines[0]?.trim();
  if (header !== 'title\tdepartment\tseniority\tlanguage') {
    throw new Error(`line 1: expected header "title<TAB>department<TAB>seniority<TAB>language", got "${header ?? ''}"`);
  }
  const rows: LabelledTitle[] = [];
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (!raw.trim()) continue;
    const cols = raw.split('\t');
    if (cols.length !== 4) throw new Error(`line ${i + 1}: expected 4 tab-separated columns, got ${cols.length}`);
    const [title, department, seniority, language] = cols as [string, string, string, string];
    if (!title.trim()) throw new Error(`line ${i + 1}: empty title`);
    if (!(DEPARTMENTS as readonly string[]).includes(department)) throw new Error(`line ${i + 1}: unknown department "${department}"`);
    if (!(SENIORITIES as readonly string[]).includes(seniority)) throw new Error(`line ${i + 1}: unknown seniority "${seniority}"`);
    if (!LANGUAGES.includes(language)) throw new Error(`line ${i + 1}: unknown language "${language}"`);
    rows.push({ line: i + 1, title, department: department as Department, seniority: seniority as Seniority, language });
  }
  if (rows.length === 0) throw new Error('no rows');
  return rows;
}

/** The naive baseline: the first English keyword found (substring, lower case), nothing else. */
const BASELINE_DEPTS: [string, Department][] = [
  ['sales', 'sales'], ['marketing', 'marketing'], ['business development', 'business_development'], ['customer success', 'customer_success'],
  ['support', 'support'], ['operations', 'operations'], ['finance', 'finance'], ['account', 'finance'], ['it ', 'it'], ['engineer', 'engineering'],
  ['developer', 'engineering'], ['data', 'data'], ['product', 'product'], ['design', 'design'], ['hr', 'hr'], ['recruit', 'hr'], ['legal', 'legal'],
  ['procurement', 'procurement'], ['project', 'project_management'], ['consult', 'consulting'], ['assistant', 'administrative'], ['research', 'research'],
  ['teacher', 'education'], ['nurse', 'health'], ['ceo', 'executive'], ['founder', 'executive'],
];
const BASELINE_LEVELS: [string, Seniority][] = [
  ['founder', 'owner'], ['owner', 'owner'], ['partner', 'partner'], ['chief', 'cxo'], ['ceo', 'cxo'], ['vp', 'vp'], ['vice president', 'vp'],
  ['director', 'director'], ['head', 'head'], ['manager', 'manager'], ['senior', 'senior'], ['junior', 'entry'], ['intern', 'intern'],
];
export function baseline(title: string): { department: Department; seniority: Seniority } {
  const t = title.toLowerCase() + ' ';
  const first = <T>(table: [string, T][], fallback: T): T => {
    let best: T = fallback;
    let at = Infinity;
    for (const [k, v] of table) {
      const i = t.indexOf(k);
      if (i >= 0 && i < at) {
        at = i;
        best = v;
      }
    }
    return best;
  };
  return { department: first(BASELINE_DEPTS, 'other'), seniority: first<Seniority>(BASELINE_LEVELS, 'individual') };
}

export interface EvalResult {
  n: number;
  department: number;
  seniority: number;
  both: number;
}

export function evaluate(rows: LabelledTitle[], classify: (title: string) => TitleClassification = classifyTitle) {
  let dep = 0, sen = 0, both = 0;
  const perLang = new Map<string, { n: number; dep: number; sen: number }>();
  const confusions = new Map<string, number>();
  const wrong: { row: LabelledTitle; department: Department; seniority: Seniority }[] = [];
  for (const row of rows) {
    const got = classify(row.title);
    const d = got.department === row.department;
    const s = got.seniority === row.seniority;
    if (d) dep++;
    if (s) sen++;
    if (d && s) both++;
    const lang = perLang.get(row.language) ?? { n: 0, dep: 0, sen: 0 };
    lang.n++;
    if (d) lang.dep++;
    if (s) lang.sen++;
    perLang.set(row.language, lang);
    if (!d) confusions.set(`department ${row.department} → ${got.department}`, (confusions.get(`department ${row.department} → ${got.department}`) ?? 0) + 1);
    if (!s) confusions.set(`seniority ${row.seniority} → ${got.seniority}`, (confusions.get(`seniority ${row.seniority} → ${got.seniority}`) ?? 0) + 1);
    if (!d || !s) wrong.push({ row, department: got.department, seniority: got.seniority });
  }
  const n = rows.length;
  return { result: { n, department: dep / n, seniority: sen / n, both: both / n } as EvalResult, perLang, confusions, wrong };
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%';

/** Prints the figures for one labelled file; null when the file is missing or malformed. */
function report(file: string, heading: string): EvalResult | null {
  const path = fileURLToPath(new URL(`../${file}`, import.meta.url));
  if (!existsSync(path)) {
    console.error(`eval-titles: ${path} is missing`);
    return null;
  }
  let rows: LabelledTitle[];
  try {
    rows = parseTitlesTsv(readFileSync(path, 'utf8'));
  } catch (err) {
    console.error(`eval-titles: ${path} is malformed: ${(err as Error).message}`);
    return null;
  }
  const { result, perLang, confusions, wrong } = evaluate(rows);
  const base = evaluate(rows, (title) => ({ title, evidence: [], ...baseline(title) }));

  // Timed without the memo, as a title seen for the first time.
  for (let r = 0; r < 20; r++) for (const row of rows) classifyTitleUncached(row.title); // warm up the JIT
  const started = performance.now();
  const rounds = 50;
  for (let r = 0; r < rounds; r++) for (const row of rows) classifyTitleUncached(row.title);
  const micros = ((performance.now() - started) * 1000) / (rounds * rows.length);

  console.log(`\n##### ${heading}: ${rows.length} titles from ${file}\n`);
  console.log(`department accuracy  ${pct(result.department)}`);
  console.log(`seniority accuracy   ${pct(result.seniority)}`);
  console.log(`both right           ${pct(result.both)}`);
  console.log(`time per title       ${micros.toFixed(1)} µs per title seen for the first time (a repeated title is a map lookup)\n`);

  console.log('language    n   department  seniority');
  for (const lang of LANGUAGES) {
    const l = perLang.get(lang);
    if (!l) continue;
    console.log(`${lang.padEnd(8)} ${String(l.n).padStart(4)}   ${pct(l.dep / l.n)}     ${pct(l.sen / l.n)}`);
  }

  console.log('\nMost frequent errors (expected → got):');
  const top = [...confusions.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
  if (top.length === 0) console.log('  none');
  for (const [k, v] of top) console.log(`  ${String(v).padStart(3)}  ${k}`);

  console.log(`\nWrong rows (${wrong.length}${wrong.length > 40 ? ', first 40' : ''}):`);
  for (const w of wrong.slice(0, 40)) {
    const dep = w.department === w.row.department ? w.department : `${w.department} (want ${w.row.department})`;
    const sen = w.seniority === w.row.seniority ? w.seniority : `${w.seniority} (want ${w.row.seniority})`;
    console.log(`  line ${String(w.row.line).padStart(3)} [${w.row.language}] ${w.row.title}  →  ${dep} / ${sen}`);
  }

  console.log('\nKeyword baseline (first matching English keyword only):');
  console.log(`  department ${pct(base.result.department)}  (classifier ${pct(result.department)}, +${((result.department - base.result.department) * 100).toFixed(1)} points)`);
  console.log(`  seniority  ${pct(base.result.seniority)}  (classifier ${pct(result.seniority)}, +${((result.seniority - base.result.seniority) * 100).toFixed(1)} points)`);
  console.log(`  both right ${pct(base.result.both)}  (classifier ${pct(result.both)})`);
  return result;
}

/**
 * Two sets: titles.tsv, the set the rules were written and tuned against (its score says the
 * rules cover it, not how they generalise), and titles-holdout.tsv, labelled blind by someone who
 * never saw the classifier or the tuning set, and never used for tuning: the honest figure.
 */
function main(): number {
  const tuning = report('tests/data/titles.tsv', 'Tuning set (the rules were written against it)');
  const holdout = report('tests/data/titles-holdout.tsv', 'Held-out set (labelled blind, never used for tuning)');
  if (!tuning || !holdout) return 1;
  const independent = reportIndependent(INDEPENDENT_FILE);
  console.log(`\ntitles: held-out department ${holdout.department.toFixed(2)}, seniority ${holdout.seniority.toFixed(2)} on ${holdout.n} titles (tuning set ${tuning.department.toFixed(2)} / ${tuning.seniority.toFixed(2)} on ${tuning.n})`);
  if (independent) {
    console.log(`titles: independent department ${independent.department.toFixed(2)} (outside "other" ${independent.departmentOutsideOther.toFixed(2)}), seniority ${independent.seniority.toFixed(2)} on ${independent.n} titles`);
  }
  return 0;
}

// ---------------------------------------------------------------- the independent set: aggregates only
const INDEPENDENT_FILE = 'tests/data/titles-independent.tsv';
const INDEPENDENT_HEADER = 'title\tdepartment\tseniority\tlanguage\tsource';

export interface IndependentFigures {
  n: number;
  /** Rows left out (wrong column count, unknown label or language), counted, never shown. */
  skipped: number;
  department: number;
  seniority: number;
  /** Department accuracy on rows whose label is not "other". */
  departmentOutsideOther: number;
  nOutsideOther: number;
  perLanguage: Map<string, { n: number; department: number; seniority: number }>;
  /** Per labelled class: share of that class's rows classified into it (recall). */
  perDepartment: Map<string, { n: number; right: number }>;
  perSeniority: Map<string, { n: number; right: number }>;
  /** Labelled class → predicted class → count (a confusion matrix: aggregates, no rows). */
  departmentConfusion: Map<string, Map<string, number>>;
  seniorityConfusion: Map<string, Map<string, number>>;
}

/**
 * Scores the independent set without exposing a row: only counts and shares leave this function.
 * Malformed rows are skipped and counted (the set may be being written while this runs).
 */
export function scoreIndependent(text: string, classify: (title: string) => TitleClassification = classifyTitle): IndependentFigures | { error: string } {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== INDEPENDENT_HEADER) return { error: `expected the header "${INDEPENDENT_HEADER.replace(/\t/g, '<TAB>')}"` };
  let n = 0, skipped = 0, dep = 0, sen = 0, nOut = 0, depOut = 0;
  const perLanguage = new Map<string, { n: number; department: number; seniority: number }>();
  const perDepartment = new Map<string, { n: number; right: number }>();
  const perSeniority = new Map<string, { n: number; right: number }>();
  const departmentConfusion = new Map<string, Map<string, number>>();
  const seniorityConfusion = new Map<string, Map<string, number>>();
  const confuse = (m: Map<string, Map<string, number>>, want: string, got: string) => {
    const row = m.get(want) ?? m.set(want, new Map()).get(want)!;
    row.set(got, (row.get(got) ?? 0) + 1);
  };
  const bump = (m: Map<string, { n: number; right: number }>, k: string, right: boolean) => {
    const v = m.get(k) ?? { n: 0, right: 0 };
    v.n++;
    if (right) v.right++;
    m.set(k, v);
  };
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (!raw.trim()) continue;
    const cols = raw.split('\t');
    const [title, department, seniority, language] = cols as [string, string, string, string];
    if (cols.length !== 5 || !title?.trim() || !(DEPARTMENTS as readonly string[]).includes(department) || !(SENIORITIES as readonly string[]).includes(seniority) || !LANGUAGES.includes(language)) {
      skipped++;
      continue;
    }
    const got = classify(title);
    const d = got.department === department;
    const s = got.seniority === seniority;
    n++;
    if (d) dep++;
    if (s) sen++;
    if (department !== 'other') {
      nOut++;
      if (d) depOut++;
    }
    const l = perLanguage.get(language) ?? { n: 0, department: 0, seniority: 0 };
    l.n++;
    if (d) l.department++;
    if (s) l.seniority++;
    perLanguage.set(language, l);
    bump(perDepartment, department, d);
    bump(perSeniority, seniority, s);
    confuse(departmentConfusion, department, got.department);
    confuse(seniorityConfusion, seniority, got.seniority);
  }
  if (n === 0) return { error: `no usable rows (${skipped} skipped)` };
  return { n, skipped, department: dep / n, seniority: sen / n, departmentOutsideOther: nOut ? depOut / nOut : 0, nOutsideOther: nOut, perLanguage, perDepartment, perSeniority, departmentConfusion, seniorityConfusion };
}

function reportIndependent(file: string): IndependentFigures | null {
  const path = fileURLToPath(new URL(`../${file}`, import.meta.url));
  if (!existsSync(path)) {
    console.log(`\n##### Independent set: ${file} is not there yet; skipped`);
    return null;
  }
  const r = scoreIndependent(readFileSync(path, 'utf8'));
  if ('error' in r) {
    console.log(`\n##### Independent set: ${file} not evaluated: ${r.error}`);
    return null;
  }
  console.log(`\n##### Independent set (public sources, labelled without the classifier; aggregates only): ${r.n} titles from ${file}${r.skipped ? `, ${r.skipped} malformed rows skipped` : ''}\n`);
  console.log(`department accuracy            ${pct(r.department)}`);
  console.log(`department outside "other"     ${pct(r.departmentOutsideOther)}  (${r.nOutsideOther} titles)`);
  console.log(`seniority accuracy             ${pct(r.seniority)}\n`);
  console.log('language    n   department  seniority');
  for (const lang of LANGUAGES) {
    const l = r.perLanguage.get(lang);
    if (l) console.log(`${lang.padEnd(8)} ${String(l.n).padStart(4)}   ${pct(l.department / l.n)}     ${pct(l.seniority / l.n)}`);
  }
  // Recall per labelled class, the classes its misses went to (counts), and precision per predicted class.
  const confusions = (m: Map<string, Map<string, number>>, want: string) =>
    [...(m.get(want) ?? [])].filter(([got]) => got !== want).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([got, c]) => `${got} ${c}`).join(', ');
  const precision = (m: Map<string, Map<string, number>>, cls: string) => {
    let all = 0;
    for (const row of m.values()) all += row.get(cls) ?? 0;
    const right = m.get(cls)?.get(cls) ?? 0;
    return all ? `${pct(right / all)} of ${String(all).padStart(4)}` : '    –          ';
  };
  console.log('\nper labelled department: recall, precision (of titles classified into it), misses went to');
  for (const d of DEPARTMENTS) {
    const v = r.perDepartment.get(d);
    if (v) console.log(`  ${d.padEnd(22)} ${String(v.n).padStart(4)}   ${pct(v.right / v.n)}   ${precision(r.departmentConfusion, d)}   ${confusions(r.departmentConfusion, d)}`);
  }
  console.log('\nper labelled seniority: recall, precision (of titles classified into it), misses went to');
  for (const s of SENIORITIES) {
    const v = r.perSeniority.get(s);
    if (v) console.log(`  ${s.padEnd(22)} ${String(v.n).padStart(4)}   ${pct(v.right / v.n)}   ${precision(r.seniorityConfusion, s)}   ${confusions(r.seniorityConfusion, s)}`);
  }
  return r;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
