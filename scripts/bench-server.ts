import { serve } from '@hono/node-server';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, stat, writeFileSync, createReadStream } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parsePack } from '../lib/profiles/schema';
import { syntheticBook } from '../tests/server/book-data';

/**
 * `npm run bench:server` — read throughput of the sync server against a plain static file
 * server serving the same pack JSON, on loopback, in the same run and under the same load
 * (#17). Each server runs in its own child process (as in production: the server has a core
 * of its own); this process is the load: BENCH_READERS keep-alive readers, each sending its
 * next request as soon as the last answer is read, for BENCH_SECONDS per phase. Phases:
 *   304  every request sends If-None-Match with the current ETag (how extensions poll)
 *   200  no If-None-Match: the whole pack, identity encoding for both servers
 * The static server is what `serve`/`http-server` do per request: stat the file, an ETag
 * from size and mtime, 304 or stream the file.
 *   BENCH_SECONDS (default 3)  seconds per phase and server (in all, 4 × BENCH_SECONDS plus start-up)
 *   BENCH_READERS (default 50) concurrent readers
 *   BENCH_ROUNDS (default 10)  alternating slices each phase is split into (short slices spread the
 *                              bursts of other work on a shared machine over both servers)
 *   BENCH_SYNC_BASELINE=DIR     earlier copies of server/ (see childSync), for a before/after
 *   BENCH_ONLY=304|200          one phase only; BENCH_CPU_PROF=DIR  CPU profiles of the servers
 *   BENCH_BOOK_ACCOUNTS (default 100000)  the account book published (gzipped) and pulled once, timed,
 *                              then polled with If-None-Match like the pack (the book file served statically too)
 *   npm run bench:server -- --json   one JSON object instead of the table
 * One machine runs both ends, so the figures are relative: read the ratio, not the rates.
 */

export interface PhaseResult {
  requestsPerSecond: number;
  /**
   * The server process's CPU time per answered request (user + system, µs). Unlike req/s it
   * hardly depends on what else the machine is doing, so it is the steadier comparison.
   */
  cpuMicrosPerRequest: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
}

export interface ServerBenchResult {
  readers: number;
  secondsPerPhase: number;
  packBytes: number;
  /** Every request with If-None-Match: 304s. `ratio` is sync ÷ static req/s; `cpuRatio` is static ÷ sync CPU per request (above 1: the sync server spends less). */
  notModified: { sync: PhaseResult; static: PhaseResult; ratio: number; cpuRatio: number };
  /** No If-None-Match: the whole pack, identity encoding. */
  full: { sync: PhaseResult; static: PhaseResult; ratio: number; cpuRatio: number };
  /** The team's account book (#11): one publish and one pull of BENCH_BOOK_ACCOUNTS accounts, then 304 polls. */
  book: {
    accounts: number;
    jsonBytes: number;
    gzipBytes: number;
    /** Manager's upload (gzipped) to 201: the server unzips, validates, re-serialises, gzips and stores. */
    publishMs: number;
    /** One reader's gzip pull of the whole book, to the last byte (not decompressed). */
    pullMs: number;
    notModified: { sync: PhaseResult; static: PhaseResult; ratio: number; cpuRatio: number };
  } | null;
  firstError: string | null;
}

function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

// ---------------------------------------------------------------- the servers (child side)

/** The starter pack as version 1, serialised the way the server stores it. */
function benchPackJson(): string {
  const parsed = parsePack(JSON.parse(readFileSync(new URL('../assets/starter-pack.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error('assets/starter-pack.json is not a valid pack');
  return JSON.stringify({ ...parsed.pack, version: 1, publishedAt: '2026-01-01T00:00:00.000Z', publishedBy: 'Benchmark' });
}

/** Child: answers the parent's "cpu" message with the CPU time this process has used (µs). */
function reportCpuOnRequest(): void {
  process.on('message', (message) => {
    // After the book publish: the parsed 100k-account book is garbage; collect it before timing, not during.
    if (message === 'gc') (globalThis as { gc?: () => void }).gc?.();
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send?.({ cpuMicros: user + system });
    }
  });
}

/**
 * Child: the sync server on a temporary database with one team and its pack; prints its port
 * and token. BENCH_SYNC_BASELINE=DIR runs DIR/app.ts and DIR/storage.ts instead, for a
 * before/after: earlier copies of server/*.ts in a folder at the repository root, so their
 * `../lib` imports resolve (e.g. `mkdir .base-server && git show HEAD~1:server/app.ts >
 * .base-server/app.ts`, and the same for storage.ts, config.ts, rate-limit.ts).
 */
async function childSync(dir: string): Promise<void> {
  reportCpuOnRequest();
  const baseline = process.env.BENCH_SYNC_BASELINE;
  const appModule = baseline ? ((await import(pathToFileURL(join(baseline, 'app.ts')).href)) as Partial<typeof import('../server/app')> & Pick<typeof import('../server/app'), 'createApp'>) : await import('../server/app');
  const { createApp } = appModule;
  const { SqliteStore } = baseline ? ((await import(pathToFileURL(join(baseline, 'storage.ts')).href)) as typeof import('../server/storage')) : await import('../server/storage');
  const store = new SqliteStore(join(dir, 'leadfit.sqlite'));
  const team = store.createTeam('bench', 'Benchmark');
  const json = benchPackJson();
  const parsed = parsePack(JSON.parse(json));
  if (!parsed.ok) throw new Error('bench pack is not valid');
  const published = store.publish('bench', parsed.pack, json);
  if (!published.ok) throw new Error('publishing the bench pack failed');
  const app = createApp({ store, log: () => undefined });
  const onListening = (info: AddressInfo) => {
    console.log(
      JSON.stringify({ port: info.port, token: team.readerToken, managerToken: team.managerToken, path: '/v1/teams/bench/pack', bookPath: '/v1/teams/bench/book', bytes: Buffer.byteLength(json) }),
    );
  };
  // The production listener (server/main.ts: reads take the Node fast path); a baseline copy from before it is served through Hono.
  if (appModule.listenApp) appModule.listenApp(app, { hostname: '127.0.0.1', port: 0 }, onListening);
  else serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, onListening);
  // Exit at once on SIGTERM: keep-alive connections would hold close() open, and exit() still writes a CPU profile.
  process.on('SIGTERM', () => process.exit(0));
}

/** Child: a plain static file server (Node's http and fs) on the same JSON. */
function childStatic(dir: string): void {
  reportCpuOnRequest();
  const json = benchPackJson();
  writeFileSync(join(dir, 'pack.json'), json);
  const files: Record<string, string> = { '/pack.json': join(dir, 'pack.json'), '/book.json': join(dir, 'book.json') };
  const server = createServer((req, res) => {
    const file = files[req.url ?? ''];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    stat(file, (err, st) => {
      if (err) {
        res.writeHead(500).end();
        return;
      }
      const etag = `W/"${st.size.toString(16)}-${st.mtimeMs.toString(16)}"`;
      const headers = { ETag: etag, 'Cache-Control': 'no-cache', 'Last-Modified': st.mtime.toUTCString() };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      res.writeHead(200, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': st.size });
      createReadStream(file).pipe(res);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    console.log(JSON.stringify({ port, token: '', path: '/pack.json', bookPath: '/book.json', bytes: Buffer.byteLength(json) }));
  });
  process.on('SIGTERM', () => process.exit(0));
}

// ---------------------------------------------------------------- the load (parent side)

interface Running {
  child: ChildProcess;
  port: number;
  token: string;
  path: string;
  bookPath: string;
  managerToken?: string;
  bytes: number;
}

function startChild(kind: 'sync' | 'static', dir: string): Promise<Running> {
  const self = fileURLToPath(import.meta.url);
  // BENCH_CPU_PROF=DIR writes a V8 CPU profile of each server to DIR, to see where its time goes.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, '--expose-gc', '--import', 'tsx', self, `--child-${kind}`, dir], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the ${kind} server did not start within 30 s`)), 30_000);
    child.once('exit', (code) => reject(new Error(`the ${kind} server exited (${code}) before listening`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve({ child, ...(JSON.parse(line) as Omit<Running, 'child'>) });
    });
  });
}

/** CPU time (µs) the server process has used so far. */
function cpuOf(running: Running): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not report its CPU time')), 10_000);
    running.child.once('message', (message: { cpuMicros: number }) => {
      clearTimeout(timer);
      resolve(message.cpuMicros);
    });
    running.child.send('cpu');
  });
}

function stopChild(running: Running): Promise<void> {
  return new Promise((resolve) => {
    if (running.child.exitCode !== null) return resolve();
    running.child.once('exit', () => resolve());
    running.child.kill('SIGTERM');
    setTimeout(() => running.child.kill('SIGKILL'), 5000).unref();
  });
}

interface Answer {
  status: number;
  etag: string | undefined;
  bytes: number;
}

function get(agent: Agent, target: Running, headers: Record<string, string>, path = target.path): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: target.port, path, agent, headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, etag: res.headers.etag, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** One request with a body (the book publish); the answer's text. */
function send(target: Running, method: 'POST', path: string, headers: Record<string, string>, body: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: target.port, path, method, headers: { ...headers, 'Content-Length': String(body.length) } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Raw counts of one or more slices against one server, summed. */
interface Tally {
  latencies: number[];
  seconds: number;
  cpuMicros: number;
  failed: number;
}

/** `readers` loops against one server until the deadline (a bounded run), added to `tally`. */
async function slice(target: Running, readers: number, seconds: number, etag: string | null, tally: Tally, errors: string[], path = target.path): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: readers });
  const headers: Record<string, string> = { 'Accept-Encoding': 'identity' };
  if (target.token) headers.Authorization = `Bearer ${target.token}`;
  if (etag) headers['If-None-Match'] = etag;
  const want = etag ? 304 : 200;
  // Warm-up: connections opened and the server's first-request work done before timing.
  await Promise.all(Array.from({ length: readers }, () => get(agent, target, headers, path).catch(() => undefined)));
  const cpuBefore = await cpuOf(target);
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: readers }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        try {
          const answer = await get(agent, target, headers, path);
          tally.latencies.push(performance.now() - t);
          if (answer.status !== want) {
            tally.failed++;
            if (errors.length < 3) errors.push(`${path}: HTTP ${answer.status} where ${want} was expected`);
          }
        } catch (err) {
          tally.failed++;
          if (errors.length < 3) errors.push(`${path}: ${(err as Error).message}`);
        }
      }
    }),
  );
  tally.seconds += (performance.now() - started) / 1000;
  tally.cpuMicros += (await cpuOf(target)) - cpuBefore;
  agent.destroy();
}

function summary(tally: Tally): PhaseResult {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  return {
    requestsPerSecond: Math.round(sorted.length / Math.max(tally.seconds, 1e-9)),
    cpuMicrosPerRequest: round(tally.cpuMicros / Math.max(1, sorted.length), 1),
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    requests: sorted.length,
    errors: tally.failed,
  };
}

/**
 * Runs both servers through both phases. The two servers run side by side but only one is
 * under load at a time, in alternating slices (BENCH_ROUNDS, default 10), so a burst of other
 * work on the machine falls on both rather than on whichever ran second.
 */
export async function benchServer(options: { seconds?: number; readers?: number; rounds?: number } = {}): Promise<ServerBenchResult> {
  const seconds = options.seconds ?? envInt('BENCH_SECONDS', 3);
  const readers = Math.round(options.readers ?? envInt('BENCH_READERS', 50));
  const rounds = Math.round(options.rounds ?? envInt('BENCH_ROUNDS', 10));
  // BENCH_ONLY=304 or 200 runs one phase (to profile it); the other's figures are then empty.
  const only = process.env.BENCH_ONLY;
  const dir = mkdtempSync(join(tmpdir(), 'leadfit-bench-'));
  const errors: string[] = [];
  const empty = (): Tally => ({ latencies: [], seconds: 0, cpuMicros: 0, failed: 0 });
  const tallies = { sync: { notModified: empty(), full: empty(), book: empty() }, static: { notModified: empty(), full: empty(), book: empty() } };
  const servers: Running[] = [];
  let packBytes = 0;
  const bookAccounts = Math.round(Number(process.env.BENCH_BOOK_ACCOUNTS ?? 100_000));
  let book: Omit<NonNullable<ServerBenchResult['book']>, 'notModified'> | null = null;
  const bookEtags = { static: '', sync: '' };
  try {
    const bookJson = bookAccounts > 0 ? JSON.stringify(syntheticBook(bookAccounts)) : null;
    if (bookJson) writeFileSync(join(dir, 'book.json'), bookJson);
    const targets = { static: await startChild('static', dir), sync: await startChild('sync', dir) };
    servers.push(targets.static, targets.sync);
    const etags = { static: '', sync: '' };
    for (const kind of ['static', 'sync'] as const) {
      const target = targets[kind];
      packBytes = target.bytes;
      const first = await get(new Agent(), target, target.token ? { Authorization: `Bearer ${target.token}` } : {});
      if (first.status !== 200 || !first.etag) throw new Error(`the ${kind} server answered HTTP ${first.status} without an ETag`);
      etags[kind] = first.etag;
    }
    if (bookJson) {
      const body = gzipSync(bookJson);
      const t0 = performance.now();
      const published = await send(targets.sync, 'POST', `${targets.sync.bookPath}?base=0`, { Authorization: `Bearer ${targets.sync.managerToken}`, 'Content-Encoding': 'gzip', 'Content-Type': 'application/json' }, body);
      const publishMs = performance.now() - t0;
      if (published.status !== 201) throw new Error(`publishing the book answered HTTP ${published.status}: ${published.body.slice(0, 300)}`);
      const t1 = performance.now();
      const pulled = await get(new Agent(), targets.sync, { Authorization: `Bearer ${targets.sync.token}`, 'Accept-Encoding': 'gzip' }, targets.sync.bookPath);
      const pullMs = performance.now() - t1;
      if (pulled.status !== 200 || !pulled.etag) throw new Error(`pulling the book answered HTTP ${pulled.status}`);
      bookEtags.sync = pulled.etag;
      const fromStatic = await get(new Agent(), targets.static, {}, targets.static.bookPath);
      bookEtags.static = fromStatic.etag ?? '';
      targets.sync.child.send('gc');
      book = { accounts: bookAccounts, jsonBytes: Buffer.byteLength(bookJson), gzipBytes: pulled.bytes, publishMs: Math.round(publishMs), pullMs: Math.round(pullMs) };
    }
    for (let round = 0; round < rounds; round++) {
      for (const kind of round % 2 === 0 ? (['static', 'sync'] as const) : (['sync', 'static'] as const)) {
        if (only !== '200') await slice(targets[kind], readers, seconds / rounds, etags[kind], tallies[kind].notModified, errors);
        if (only !== '304') await slice(targets[kind], readers, seconds / rounds, null, tallies[kind].full, errors);
        if (book && only !== '200') await slice(targets[kind], readers, seconds / rounds, bookEtags[kind], tallies[kind].book, errors, targets[kind].bookPath);
      }
    }
  } finally {
    await Promise.all(servers.map(stopChild));
    rmSync(dir, { recursive: true, force: true });
  }
  const compare = (sync: Tally, stat: Tally) => {
    const a = summary(sync);
    const b = summary(stat);
    return { sync: a, static: b, ratio: round(a.requestsPerSecond / b.requestsPerSecond), cpuRatio: round(b.cpuMicrosPerRequest / a.cpuMicrosPerRequest) };
  };
  return {
    readers,
    secondsPerPhase: seconds,
    packBytes,
    notModified: compare(tallies.sync.notModified, tallies.static.notModified),
    full: compare(tallies.sync.full, tallies.static.full),
    book: book ? { ...book, notModified: compare(tallies.sync.book, tallies.static.book) } : null,
    firstError: errors[0] ?? null,
  };
}

export function printServerBench(r: ServerBenchResult): void {
  console.log(`${r.readers} keep-alive readers on loopback, ${r.secondsPerPhase} s per phase; pack ${(r.packBytes / 1024).toFixed(1)} KB; each server in its own process`);
  console.log('phase                     sync req/s   static req/s   ratio   CPU µs/req sync / static   sync p50/p99 ms   static p50/p99 ms');
  for (const [label, p] of [
    ['304 (If-None-Match)', r.notModified],
    ['200 (full pack)', r.full],
    ...(r.book ? ([['book 304 (If-None-Match)', r.book.notModified]] as const) : []),
  ] as const) {
    console.log(
      `${label.padEnd(24)} ${String(p.sync.requestsPerSecond).padStart(11)} ${String(p.static.requestsPerSecond).padStart(14)} ${p.ratio.toFixed(2).padStart(6)}×` +
        `   ${`${p.sync.cpuMicrosPerRequest} / ${p.static.cpuMicrosPerRequest} (${p.cpuRatio.toFixed(2)}×)`.padStart(26)}` +
        `   ${`${p.sync.p50Ms} / ${p.sync.p99Ms}`.padStart(15)}   ${`${p.static.p50Ms} / ${p.static.p99Ms}`.padStart(17)}`,
    );
  }
  if (r.book)
    console.log(
      `account book: ${r.book.accounts.toLocaleString('en-US')} accounts, ${(r.book.jsonBytes / 1048576).toFixed(1)} MB JSON, ${(r.book.gzipBytes / 1048576).toFixed(1)} MB gzip ` +
        `(${Math.round(r.book.gzipBytes / r.book.accounts)} B/account on the wire); publish (gzip upload → 201) ${r.book.publishMs} ms, pull (gzip) ${r.book.pullMs} ms`,
    );
  console.log(`goal: ≥ 0.70× the static server's req/s in every phase (CPU ratio: static ÷ sync, the steadier figure on a busy machine)${r.firstError ? `; errors (first: ${r.firstError})` : ''}`);
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child-sync' && argv[1]) return childSync(argv[1]);
  if (argv[0] === '--child-static' && argv[1]) return childStatic(argv[1]);
  const result = await benchServer();
  if (argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else printServerBench(result);
  if (result.firstError) process.exitCode = 1;
}

// Run as a script (or as a benchmark child), not when bench.ts imports benchServer.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(`bench-server: ${(err as Error).message}`);
    process.exit(1);
  });
}
