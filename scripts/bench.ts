/**
 * `npm run bench`: runs every benchmark module in scripts/bench/ (each exports a default
 * function that prints its own figures, and may return them as an object). Figures are ratios
 * or rates measured in one run; nothing here asserts a time.
 *   npm run bench                     all of them, as tables for people
 *   npm run bench -- scoring          only modules whose file name contains "scoring"
 *   npm run bench -- --json           one JSON object on stdout (the tables go to stderr)
 *   npm run bench -- --json FILE      the JSON object written to FILE (the tables stay on stdout)
 *   npm run bench -- --json --no-server   without the sync server run (~15 s)
 * The JSON holds named figures a script can compare between runs (#17): extraction ratio per
 * page kind, scoring µs, CSV rows/s and peak RSS, book figures, bundle sizes, sync server
 * req/s and its ratio to a static file server measured in the same run; figures not measured
 * are null with a note saying why. `modules` keeps every module's own figures (or its lines).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { benchServer, printServerBench, type ServerBenchResult } from './bench-server';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'scripts', 'bench');

interface Args {
  filter: string | undefined;
  json: boolean;
  jsonFile: string | null;
  server: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { filter: undefined, json: false, jsonFile: null, server: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') {
      args.json = true;
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--') && /[./\\]/.test(next)) {
        args.jsonFile = next;
        i++;
      }
    } else if (arg.startsWith('--json=')) {
      args.json = true;
      args.jsonFile = arg.slice('--json='.length) || null;
    } else if (arg === '--no-server') args.server = false;
    else if (!arg.startsWith('--')) args.filter = arg;
    else throw new Error(`unknown option ${arg} (use --json [FILE], --no-server, or a module name)`);
  }
  return args;
}

/** Runs `fn` with console.log's lines collected (and still shown, on stderr when stdout carries the JSON). */
async function capture<T>(toStderr: boolean, fn: () => Promise<T> | T): Promise<{ result: T; lines: string[] }> {
  const lines: string[] = [];
  const original = console.log;
  console.log = (...parts: unknown[]) => {
    const line = parts.map((p) => (typeof p === 'string' ? p : String(p))).join(' ');
    lines.push(...line.split('\n'));
    if (toStderr) process.stderr.write(`${line}\n`);
    else original(...parts);
  };
  try {
    return { result: await fn(), lines };
  } finally {
    console.log = original;
  }
}

const num = (s: string | undefined) => (s === undefined ? null : Number(s.replace(/,/g, '')));

/**
 * Figures read from the tables of modules that print but do not return them (they belong to
 * other work; returning an object from the module's default function is the better way, and
 * wins when present). A table that changes shape gives nulls, never a wrong number.
 */
const READERS: Record<string, (lines: string[]) => Record<string, unknown> | null> = {
  'extract-browser': (lines) => {
    const start = lines.findIndex((l) => /^page kind\s+pages\s+median\s+worst/.test(l));
    if (start < 0) return null;
    const kinds: Record<string, { pages: number; median: number; worst: number }> = {};
    for (const line of lines.slice(start + 1)) {
      const m = /^(.+?)\s+(\d+)\s+([\d.]+)\s+([\d.]+)/.exec(line);
      if (!m) break;
      kinds[m[1]!.trim()] = { pages: Number(m[2]), median: Number(m[3]), worst: Number(m[4]) };
    }
    return { firstReadToWalkRatioByPageKind: kinds };
  },
  extract: (lines) => {
    const m = /worst ([\d.]+), median ([\d.]+)/.exec(lines.join('\n'));
    return m ? { linkedomRatioWorst: Number(m[1]), linkedomRatioMedian: Number(m[2]) } : null;
  },
  csv: (lines) => {
    const m = /([\d,]+) rows .*? = ([\d,]+) rows\/s; peak RSS (\d+) MB \((\d+) MB before/.exec(lines.join('\n'));
    return m ? { rows: num(m[1]), rowsPerSecond: num(m[2]), peakRssMb: num(m[3]), rssBeforeMb: num(m[4]) } : null;
  },
  book: (lines) => {
    const text = lines.join('\n');
    const head = /([\d,]+) accounts imported in ([\d.]+) s .*?= (\d+) bytes\/account; index built in (\d+) ms/.exec(text);
    if (!head) return null;
    const lookups: Record<string, { meanMicros: number; p99Micros: number }> = {};
    for (const m of text.matchAll(/^\s+(\w+)\s+mean ([\d.]+) µs, p99 (\d+) µs/gm)) lookups[m[1]!] = { meanMicros: Number(m[2]), p99Micros: Number(m[3]) };
    return { accounts: num(head[1]), importSeconds: Number(head[2]), bytesPerAccount: Number(head[3]), indexMs: Number(head[4]), lookups };
  },
  scoring: (lines) => {
    const text = lines.join('\n');
    const one = /20 ICPs and 50 personas: (\d+) µs/.exec(text);
    const csv = /CSV: ([\d,]+) rows in [\d.]+ s = ([\d,]+) rows\/s/.exec(text);
    return { icps20Personas50Micros: num(one?.[1]), csvRowsPerSecond: num(csv?.[2]) };
  },
};

/** Gzipped bytes (level 9) of the built extension's entry points, or null when there is no build. */
function bundleSizes(): Record<string, unknown> | null {
  const out = join(root, '.output', 'chrome-mv3');
  if (!existsSync(out)) return null;
  const gz = (paths: string[]) => paths.reduce((sum, p) => sum + gzipSync(readFileSync(p), { level: 9 }).length, 0);
  const contentDir = join(out, 'content-scripts');
  const contentScripts: Record<string, number> = {};
  if (existsSync(contentDir)) for (const f of readdirSync(contentDir).filter((f) => f.endsWith('.js')).sort()) contentScripts[f] = gz([join(contentDir, f)]);
  /** The scripts and styles an HTML entry loads, as size.ts counts them. */
  const htmlEntry = (html: string): number | null => {
    const path = join(out, html);
    if (!existsSync(path)) return null;
    const refs = [...readFileSync(path, 'utf8').matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => join(out, m[1]!.replace(/^\//, '')));
    return gz([...new Set(refs)].filter((p) => existsSync(p)));
  };
  const background = join(out, 'background.js');
  return {
    gzipBytes: {
      contentScripts,
      popup: htmlEntry('popup.html'),
      options: htmlEntry('options.html'),
      background: existsSync(background) ? gz([background]) : null,
    },
    builtAt: statSync(out).mtime.toISOString(),
    note: `gzip -9 of ${relative(root, out)} as built then (run npm run build first for current figures)`,
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // With the JSON on stdout, the tables go to stderr so stdout parses.
  const tablesToStderr = args.json && !args.jsonFile;
  const say = (line: string) => (tablesToStderr ? process.stderr.write(`${line}\n`) : console.log(line));
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && (!args.filter || f.includes(args.filter)))
    .sort();
  const modules: Record<string, unknown> = {};
  for (const file of files) {
    const name = file.replace(/\.ts$/, '');
    say(`\n== ${name}`);
    try {
      const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<unknown> | unknown };
      const { result, lines } = await capture(tablesToStderr, () => mod.default());
      const skipped = lines.find((l) => l.startsWith('skipped:'));
      const figures = result && typeof result === 'object' ? result : (READERS[name]?.(lines) ?? null);
      modules[name] = skipped ? { skipped: skipped.slice('skipped:'.length).trim() } : (figures ?? { lines });
    } catch (err) {
      // One broken module (another change in progress) must not lose the others' figures.
      say(`failed: ${(err as Error).message.split('\n')[0]}`);
      modules[name] = { error: (err as Error).message.split('\n')[0] };
    }
  }

  let server: ServerBenchResult | null = null;
  let serverNote: string | null = null;
  const wantServer = args.server && (!args.filter || 'server'.includes(args.filter));
  if (wantServer) {
    say('\n== server (sync server vs a static file server, same run; npm run bench:server for this alone)');
    try {
      server = await benchServer();
      await capture(tablesToStderr, () => printServerBench(server!));
    } catch (err) {
      serverNote = `not measured: ${(err as Error).message}`;
      say(serverNote);
    }
  } else serverNote = 'not measured in this run (--no-server or a module filter)';

  if (!args.json) return;
  const pick = (name: string) => {
    const value = modules[name];
    return value && typeof value === 'object' && !('lines' in value) && !('error' in value) && !('skipped' in value) ? (value as Record<string, unknown>) : null;
  };
  const scale = pick('scoring-scale');
  const scoring = pick('scoring');
  const csv = pick('csv');
  const extraction = pick('extract-browser');
  const badge = pick('badge') as import('./bench/badge').BadgeFigures | null;
  const report = {
    schema: 1,
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, loadAverage1m: Math.round(loadavg()[0]! * 100) / 100 },
    figures: {
      extractionRatioByPageKind: extraction?.firstReadToWalkRatioByPageKind ?? null,
      extractionNote: extraction ? 'first read ÷ one querySelectorAll walk in Chromium, median and worst per page kind (goal ≤ 1.0)' : 'not measured: no Chromium or no ../shared real pages, or filtered out',
      scoringMicros: {
        icps20Personas50: scale?.icps20Personas50Micros ?? scoring?.icps20Personas50Micros ?? null,
        icps100Personas50: scale?.icps100Personas50Micros ?? null,
        perIcp: scale?.perIcpMicros ?? null,
      },
      csv: csv ? { rowsPerSecond: csv.rowsPerSecond ?? null, peakRssMb: csv.peakRssMb ?? null, rows: csv.rows ?? null } : null,
      csvScoringRowsPerSecondInMemory: scoring?.csvRowsPerSecond ?? null,
      book: pick('book'),
      bundle: bundleSizes(),
      server: server
        ? {
            readers: server.readers,
            notModified: { requestsPerSecond: server.notModified.sync.requestsPerSecond, staticRequestsPerSecond: server.notModified.static.requestsPerSecond, ratio: server.notModified.ratio, cpuMicrosPerRequest: server.notModified.sync.cpuMicrosPerRequest, staticCpuMicrosPerRequest: server.notModified.static.cpuMicrosPerRequest, cpuRatio: server.notModified.cpuRatio, p99Ms: server.notModified.sync.p99Ms },
            full: { requestsPerSecond: server.full.sync.requestsPerSecond, staticRequestsPerSecond: server.full.static.requestsPerSecond, ratio: server.full.ratio, cpuMicrosPerRequest: server.full.sync.cpuMicrosPerRequest, staticCpuMicrosPerRequest: server.full.static.cpuMicrosPerRequest, cpuRatio: server.full.cpuRatio, p99Ms: server.full.sync.p99Ms },
            book: server.book
              ? {
                  accounts: server.book.accounts,
                  jsonBytes: server.book.jsonBytes,
                  gzipBytes: server.book.gzipBytes,
                  publishMs: server.book.publishMs,
                  pullMs: server.book.pullMs,
                  notModified: { requestsPerSecond: server.book.notModified.sync.requestsPerSecond, staticRequestsPerSecond: server.book.notModified.static.requestsPerSecond, ratio: server.book.notModified.ratio, cpuRatio: server.book.notModified.cpuRatio, p99Ms: server.book.notModified.sync.p99Ms },
                }
              : null,
          }
        : null,
      serverNote,
      // scripts/bench/badge.ts: DOMContentLoaded → verdict badge on the real LinkedIn pages, by accounts stored.
      badgeLatencyMs: badge ? badge.byAccounts : null,
      badgeRatioToEmptyStore: badge ? badge.ratioToEmpty : null,
      badgeLatencyNote: badge ? 'median and p90 ms per number of stored accounts (0, 10,000, 100,000; --quick stops at 10,000); goal: median ≤ 100 ms, ratios ≤ 1.5' : 'not measured: no build in .output/chrome-mv3, no Chromium or no ../shared real pages, or filtered out',
      coldStartRatio: badge ? badge.coldToWarmRatio : null,
      coldStartMs: badge ? badge.cold : null,
      coldStartNote: badge ? 'service worker stopped (CDP) before each page: cold median ÷ warm median at 0 accounts; goal ≤ 2' : 'not measured (see badgeLatencyNote)',
    },
    server,
    modules,
  };
  const text = `${JSON.stringify(report, null, 2)}\n`;
  if (args.jsonFile) {
    writeFileSync(args.jsonFile, text);
    console.log(`\nfigures written to ${args.jsonFile}`);
  } else process.stdout.write(text);
}

main().catch((err: unknown) => {
  console.error(`bench: ${(err as Error).message}`);
  process.exit(1);
});
