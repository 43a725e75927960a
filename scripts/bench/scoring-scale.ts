/**
 * Scoring cost as the pack grows (#17): one contact on a LinkedIn person page scored against
 * 20 and 100 ICPs (50 personas each time), and the cost each extra ICP adds. Goal: 100 ICPs ×
 * 50 personas under 1 ms. Sizes are interleaved run by run, so a busy machine slows both alike.
 * Figures only, no assertions; the figures are returned for `npm run bench -- --json`.
 *
 * Before/after in one run: LEADFIT_BENCH_BASELINE=<dir> holds earlier copies of source files at
 * their repository paths (e.g. <dir>/lib/scoring/criteria/kit.ts); scoring is bundled twice,
 * with and without them, and both are timed on the same packs, interleaved.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { emptyCompany, emptyPerson } from '../../lib/observation-empty';
import type { Observation } from '../../lib/observation';
import { parsePack, type Pack } from '../../lib/profiles/schema';
import { loadStarterPack } from '../../lib/profiles/starter';
import { scorePage } from '../../lib/scoring';

/**
 * The starter pack's ICPs and personas repeated to `icpCount` ICPs and `personaCount` personas
 * (distinct ids). Packs hold at most 50 ICPs (PACK_LIMITS), so the 100-ICP pack is built from
 * validated ICPs without validating the whole: it measures how the cost grows, past the limit.
 */
export function scaledPack(icpCount: number, personaCount: number): Pack {
  const starter = loadStarterPack();
  const icps = Array.from({ length: icpCount }, (_, i) => ({ ...starter.icps[i % starter.icps.length]!, id: `icp-${i}`, name: `ICP ${i}` }));
  const personas = Array.from({ length: personaCount }, (_, i) => ({ ...starter.personas[i % starter.personas.length]!, id: `persona-${i}`, name: `Persona ${i}`, icpIds: [] }));
  const parsed = parsePack({ ...starter, icps: icps.slice(0, 50), personas });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return { ...parsed.pack, icps: icpCount <= 50 ? parsed.pack.icps : [...parsed.pack.icps, ...icps.slice(50)] };
}

export const benchObservation: Observation = {
  url: 'https://www.linkedin.com/in/dana/',
  kind: 'linkedin-person',
  person: { ...emptyPerson(), name: 'Dana Whitfield', title: 'VP of Sales EMEA', headline: 'VP of Sales EMEA at Northwind | ex-Oracle', company: 'Northwind Analytics' },
  people: [],
  company: {
    ...emptyCompany(),
    name: 'Northwind Analytics',
    industry: 'Software Development',
    employees: { min: 201, max: 500 },
    headquarters: 'Boston, MA',
    description: 'B2B SaaS for revenue teams',
    technologies: [
      { name: 'Salesforce', category: 'CRM' },
      { name: 'HubSpot', category: 'Marketing automation' },
    ],
  },
  evidence: {},
  missing: [],
};

type Score = (observation: Observation, pack: Pack) => unknown;

/** scorePage bundled from the tree, with files under `baselineDir` in place of the tree's. */
async function bundledScorePage(baselineDir: string): Promise<Score> {
  const root = process.cwd();
  const plugin: Plugin = {
    name: 'leadfit-baseline',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const rel = relative(root, args.path);
        const alt = join(baselineDir, rel);
        if (rel.startsWith('..') || !existsSync(alt)) return undefined;
        return { contents: readFileSync(alt, 'utf8'), loader: 'ts', resolveDir: dirname(args.path) };
      });
    },
  };
  const out = await build({
    stdin: { contents: "export { scorePage } from './lib/scoring';", resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    plugins: [plugin],
  });
  const dir = mkdtempSync(join(tmpdir(), 'leadfit-bench-scoring-'));
  try {
    const file = join(dir, 'scoring.mjs');
    writeFileSync(file, out.outputFiles[0]!.text);
    return ((await import(pathToFileURL(file).href)) as { scorePage: Score }).scorePage;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface ScoringFigures {
  /** Median µs to score one contact against 20 ICPs and 50 personas. */
  icps20Personas50Micros: number;
  /** Median µs against 100 ICPs and 50 personas (goal < 1000). */
  icps100Personas50Micros: number;
  /** (100-ICP time − 20-ICP time) / 80. */
  perIcpMicros: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

function figuresOf(samples: Record<20 | 100, number[]>): ScoringFigures {
  const a = median(samples[20]);
  const b = median(samples[100]);
  return { icps20Personas50Micros: Math.round(a), icps100Personas50Micros: Math.round(b), perIcpMicros: Math.round(((b - a) / 80) * 10) / 10 };
}

export default async function bench(): Promise<ScoringFigures & { baseline?: ScoringFigures }> {
  const packs = { 20: scaledPack(20, 50), 100: scaledPack(100, 50) };
  const baselineDir = process.env.LEADFIT_BENCH_BASELINE;
  const scorers: { name: 'now' | 'baseline'; score: Score }[] = [{ name: 'now', score: scorePage }];
  // With a baseline, both sides are bundled the same way, so only the source differs.
  if (baselineDir) scorers.splice(0, 1, { name: 'now', score: await bundledScorePage(join(tmpdir(), 'leadfit-no-baseline')) }, { name: 'baseline', score: await bundledScorePage(baselineDir) });
  const samples = { now: { 20: [] as number[], 100: [] as number[] }, baseline: { 20: [] as number[], 100: [] as number[] } };
  for (const { score } of scorers) for (const size of [20, 100] as const) for (let i = 0; i < 100; i++) score(benchObservation, packs[size]);
  // 30 samples per size (and scorer), each the mean of a batch, alternating.
  for (let round = 0; round < 30; round++) {
    for (const { name, score } of round % 2 ? [...scorers].reverse() : scorers) {
      for (const size of round % 2 ? ([100, 20] as const) : ([20, 100] as const)) {
        const batch = size === 20 ? 100 : 20;
        const t = performance.now();
        for (let i = 0; i < batch; i++) score(benchObservation, packs[size]);
        samples[name][size].push(((performance.now() - t) / batch) * 1000);
      }
    }
  }
  const figures = figuresOf(samples.now);
  const before = baselineDir ? figuresOf(samples.baseline) : undefined;
  const was = (_: number, b: number | undefined) => (b === undefined ? '' : ` (baseline ${b})`);
  console.log(`one contact vs  20 ICPs × 50 personas: ${figures.icps20Personas50Micros} µs${was(0, before?.icps20Personas50Micros)}`);
  console.log(`one contact vs 100 ICPs × 50 personas: ${figures.icps100Personas50Micros} µs${was(0, before?.icps100Personas50Micros)} (goal < 1000 µs)`);
  console.log(`each further ICP: ${figures.perIcpMicros} µs${was(0, before?.perIcpMicros)}`);
  return before ? { ...figures, baseline: before } : figures;
}
