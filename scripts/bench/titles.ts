/**
 * `leadfit title --batch` speed (issue #13: goal ≥ 100,000 titles/s): the real command in a fresh process, as a
 * user runs it, on generated files, and the classifier alone in this process. CPU time (user + system, all
 * threads), not wall time: the shared machine's load changes wall time several-fold. Figures are printed and
 * returned, never asserted.
 *
 * Inputs (deterministic, written to a temporary directory):
 * - `tuning`: the tuning and held-out titles (tests/data/titles.tsv, titles-holdout.tsv) with level prefixes,
 *   company tails, gender markers and a dropped letter in every 11th (typos), 200,000 lines (TITLE_BENCH_LINES);
 * - `esco`: ESCO occupation labels in 12 languages (the occupations outside the independent set, as
 *   scripts/eval-titles-esco.ts reads them) mixed 2:1 with the above, 100,000 lines; skipped without the mirror.
 * The independent evaluation set is never read (only its occupation ids, through build-job-nouns).
 *
 * Before/after in one run: LEADFIT_BENCH_BASELINE=<dir> holds earlier copies of source files at their repository
 * paths (e.g. <dir>/lib/normalize/title.ts, <dir>/cli/commands/title.ts); a copy of bin/, cli/ and lib/ with them
 * laid over runs as the baseline command, alternating with the current one on the same files.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LINES = Number(process.env.TITLE_BENCH_LINES ?? 200_000);
const RUNS = 3;

const PREFIXES = ['', '', '', 'Senior ', 'Ex-', 'Junior ', 'Interim ', 'Acting '];
const SUFFIXES = ['', '', '', ' | Acme GmbH', ' @ Zalando', ' bei Siemens', ' (m/w/d)', ' – EMEA', ', DACH', ' at McKinsey', ' | Speaker | Investor'];

function column0(path: string): string[] {
  return readFileSync(join(root, path), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')[0]!).filter(Boolean);
}

/** Drops the 4th letter of one word of 8+ letters: "Geschäftsführer" → "Gesähftsführer"-like typos. */
function typo(title: string, k: number): string {
  const words = title.split(' ');
  const i = k % words.length;
  if (words[i]!.length >= 8) words[i] = words[i]!.slice(0, 3) + words[i]!.slice(4);
  return words.join(' ');
}

function generate(lines: number, pick: (k: number) => string): string[] {
  const out: string[] = [];
  for (let k = 0; out.length < lines; k++) {
    let t = PREFIXES[k % PREFIXES.length]! + pick(k) + SUFFIXES[(k >> 3) % SUFFIXES.length]!;
    if (k % 11 === 0) t = typo(t, k);
    out.push(t);
  }
  return out;
}

/** ESCO labels outside the independent set, or null without the mirror (scripts/build-job-nouns.ts reads it). */
async function escoLabels(): Promise<string[] | null> {
  try {
    const { DATASETS, MELO, gitShow, evaluationOccupations } = await import('../build-job-nouns');
    const excluded = evaluationOccupations();
    const labels: string[] = [];
    for (const dataset of Object.values(DATASETS)) {
      const ds = `data/processed/melo/${dataset}`;
      const uris = new Map(gitShow(MELO, `${ds}/concept_mapping.tsv`).trim().split('\n').map((l) => l.split('\t') as [string, string]));
      for (const line of gitShow(MELO, `${ds}/corpus_elements.tsv`).trim().split('\n')) {
        const [id, label] = line.split('\t');
        const uri = id ? uris.get(id) : undefined;
        if (uri && label && uri.includes('/occupation/') && !excluded.has(uri.split('/').pop()!)) labels.push(label);
      }
    }
    return labels.length ? labels : null;
  } catch {
    return null;
  }
}

/** Prints the process's CPU time (µs) to stderr at exit: the child's own figure, all threads. */
const CPU_HOOK = `data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("\\nLEADFIT_CPU "+(u.user+u.system)+"\\n")})`;

interface CliRun {
  cpuSeconds: number;
  wallSeconds: number;
}

function runCli(file: string, tree = root): CliRun {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', CPU_HOOK, join(tree, 'bin', 'leadfit.mjs'), 'title', '--batch', file], { cwd: tree, maxBuffer: 1 << 30, encoding: 'utf8' });
  const wallSeconds = (performance.now() - start) / 1000;
  const m = /LEADFIT_CPU (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`leadfit title --batch failed: ${r.stderr.slice(0, 200)}`);
  return { cpuSeconds: Number(m[1]) / 1e6, wallSeconds };
}

/** A runnable copy of the command line with the baseline's files laid over it (LEADFIT_BENCH_BASELINE). */
function baselineTree(baseline: string, dir: string): string {
  const tree = join(dir, 'baseline');
  for (const part of ['bin', 'cli', 'lib']) cpSync(join(root, part), join(tree, part), { recursive: true });
  for (const file of ['tsconfig.json', 'package.json']) cpSync(join(root, file), join(tree, file));
  for (const link of ['node_modules', '.wxt']) if (existsSync(join(root, link))) symlinkSync(join(root, link), join(tree, link));
  cpSync(baseline, tree, { recursive: true });
  return tree;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rate = (n: number, s: number) => Math.round(n / s);
const fmt = (n: number) => n.toLocaleString('en-US');

export interface TitleBenchFigures {
  loadAverage1m: number;
  startupCpuSeconds: number;
  inputs: Record<string, { lines: number; distinct: number; batchTitlesPerCpuSecond: number; batchTitlesPerCpuSecondEndToEnd: number; engineTitlesPerCpuSecond: number }>;
  /** The same command from LEADFIT_BENCH_BASELINE's files, same files and runs. */
  baseline?: Record<string, { batchTitlesPerCpuSecond: number; batchTitlesPerCpuSecondEndToEnd: number }>;
}

export default async function bench(): Promise<TitleBenchFigures> {
  const base = [...column0('tests/data/titles.tsv'), ...column0('tests/data/titles-holdout.tsv')];
  const inputs: Record<string, string[]> = { tuning: generate(LINES, (k) => base[k % base.length]!) };
  const esco = await escoLabels();
  if (esco) inputs.esco = generate(Math.round(LINES / 2), (k) => (k % 3 === 0 ? base[k % base.length]! : esco[(k * 7919) % esco.length]!));
  else console.log('esco input: skipped (no ESCO mirror for scripts/build-job-nouns.ts)');

  const dir = mkdtempSync(join(tmpdir(), 'leadfit-bench-titles-'));
  const { classifyTitleUncached } = await import('../../lib/normalize/title');
  const figures: TitleBenchFigures = { loadAverage1m: Math.round(loadavg()[0]! * 100) / 100, startupCpuSeconds: 0, inputs: {} };
  try {
    const one = join(dir, 'one.txt');
    writeFileSync(one, 'CFO\n');
    const baselineDir = process.env.LEADFIT_BENCH_BASELINE;
    const baseline = baselineDir ? baselineTree(baselineDir, dir) : null;
    const startups: number[] = [];
    for (let i = 0; i < RUNS; i++) startups.push(runCli(one).cpuSeconds);
    const startup = median(startups);
    figures.startupCpuSeconds = startup;
    console.log(`load average ${figures.loadAverage1m} (2 cores here); CPU seconds, median of ${RUNS} runs; start-up (one title) ${startup.toFixed(2)} s`);
    console.log('input      lines  distinct   --batch titles/s (after start-up, end to end)   wall s   classifier alone titles/s');
    for (const [name, lines] of Object.entries(inputs)) {
      const file = join(dir, `${name}.txt`);
      writeFileSync(file, lines.join('\n') + '\n');
      const runs: CliRun[] = [];
      const baseRuns: CliRun[] = [];
      // Alternating with the baseline, when there is one, so both see the same load.
      for (let i = 0; i < RUNS; i++) {
        runs.push(runCli(file));
        if (baseline) baseRuns.push(runCli(file, baseline));
      }
      if (baseline) {
        const baseStartup = median(Array.from({ length: RUNS }, () => runCli(one, baseline).cpuSeconds));
        const cpuB = median(baseRuns.map((r) => r.cpuSeconds));
        const baseAfter = rate(lines.length, Math.max(1e-3, cpuB - baseStartup));
        figures.baseline = { ...figures.baseline, [name]: { batchTitlesPerCpuSecond: baseAfter, batchTitlesPerCpuSecondEndToEnd: rate(lines.length, cpuB) } };
        console.log(`${name.padEnd(8)} baseline (${baselineDir}): ${fmt(baseAfter)} titles/s after start-up (${fmt(rate(lines.length, cpuB))} end to end)`);
      }
      const cpu = median(runs.map((r) => r.cpuSeconds));
      const wall = median(runs.map((r) => r.wallSeconds));
      // The classifier alone, this process, distinct titles, after one warm-up pass (JIT, token caches).
      const distinct = [...new Set(lines.map((l) => l.trim()))];
      const passes: number[] = [];
      for (let p = 0; p < RUNS + 1; p++) {
        const c0 = process.cpuUsage();
        for (const t of distinct) classifyTitleUncached(t);
        const c = process.cpuUsage(c0);
        passes.push((c.user + c.system) / 1e6);
      }
      const engine = rate(distinct.length, median(passes.slice(1)));
      const after = rate(lines.length, Math.max(1e-3, cpu - startup));
      const endToEnd = rate(lines.length, cpu);
      figures.inputs[name] = { lines: lines.length, distinct: distinct.length, batchTitlesPerCpuSecond: after, batchTitlesPerCpuSecondEndToEnd: endToEnd, engineTitlesPerCpuSecond: engine };
      console.log(`${name.padEnd(8)} ${fmt(lines.length).padStart(8)} ${fmt(distinct.length).padStart(9)}   ${fmt(after).padStart(9)} (${fmt(endToEnd)})${' '.repeat(27)}${wall.toFixed(2).padStart(6)}   ${fmt(engine).padStart(9)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

// `npx tsx scripts/bench/titles.ts` runs it alone.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void bench();
