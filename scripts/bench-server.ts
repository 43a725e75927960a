import { serve, type ServerType } from '@hono/node-server';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parsePack } from '../lib/profiles/schema';
import { createApp } from '../server/app';
import { SqliteStore } from '../server/storage';

/**
 * `npm run bench:server` — read throughput of the sync server on loopback, the way reps
 * hit it: every extension polls with If-None-Match, so nearly every answer is a 304.
 * The server runs in this process on a temporary database; client and server share one
 * thread, so the figures are a floor for a server running on its own.
 *   BENCH_SECONDS (default 5)  how long to run
 *   BENCH_READERS (default 50) concurrent readers
 *   BENCH_FULL_EVERY (default 20) every Nth request of a reader sends no ETag (a 200 with the pack)
 */

function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

interface Tally {
  latenciesMs: number[];
  notModified: number;
  ok: number;
  errors: number;
  firstError: string | null;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function listen(app: ReturnType<typeof createApp>): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => resolve({ server, port: info.port }));
  });
}

/** One rep polling as fast as it can until the deadline (a bounded loop). */
async function reader(url: string, token: string, etag: string, deadline: number, fullEvery: number, tally: Tally): Promise<void> {
  for (let i = 1; performance.now() < deadline; i++) {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
    if (i % fullEvery !== 0) headers['If-None-Match'] = etag;
    const started = performance.now();
    try {
      const res = await fetch(url, { headers });
      // Reading the body hands the keep-alive connection back to the pool.
      await res.arrayBuffer();
      tally.latenciesMs.push(performance.now() - started);
      if (res.status === 304) tally.notModified++;
      else if (res.status === 200) tally.ok++;
      else {
        tally.errors++;
        tally.firstError ??= `HTTP ${res.status}`;
      }
    } catch (err) {
      tally.errors++;
      tally.firstError ??= (err as Error).message;
    }
  }
}

async function main(): Promise<void> {
  const seconds = envInt('BENCH_SECONDS', 5);
  const readers = Math.round(envInt('BENCH_READERS', 50));
  const fullEvery = Math.round(envInt('BENCH_FULL_EVERY', 20));
  const dir = mkdtempSync(join(tmpdir(), 'leadfit-bench-'));
  const store = new SqliteStore(join(dir, 'leadfit.sqlite'));
  const { server, port } = await listen(createApp({ store }));
  try {
    const team = store.createTeam('bench', 'Benchmark');
    const parsed = parsePack(JSON.parse(readFileSync(new URL('../assets/starter-pack.json', import.meta.url), 'utf8')));
    if (!parsed.ok) throw new Error('assets/starter-pack.json is not a valid pack');
    const base = `http://127.0.0.1:${port}`;
    const url = `${base}/v1/teams/bench/pack`;
    const published = await fetch(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${team.managerToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...parsed.pack, version: 1 }),
    });
    const etag = published.headers.get('ETag');
    await published.arrayBuffer();
    if (published.status !== 201 || !etag) throw new Error(`publishing failed: HTTP ${published.status}`);

    console.log(`bench: ${readers} readers for ${seconds} s against ${url} (1 in ${fullEvery} requests without an ETag)`);
    const tally: Tally = { latenciesMs: [], notModified: 0, ok: 0, errors: 0, firstError: null };
    const started = performance.now();
    const deadline = started + seconds * 1000;
    await Promise.all(Array.from({ length: readers }, () => reader(url, team.readerToken, etag, deadline, fullEvery, tally)));
    const elapsed = (performance.now() - started) / 1000;

    const sorted = tally.latenciesMs.sort((a, b) => a - b);
    const total = tally.notModified + tally.ok + tally.errors;
    console.log(`requests:    ${total} in ${elapsed.toFixed(2)} s (${tally.notModified} × 304, ${tally.ok} × 200)`);
    console.log(`throughput:  ${Math.round(total / elapsed)} requests/s`);
    console.log(`latency:     p50 ${percentile(sorted, 50).toFixed(2)} ms, p99 ${percentile(sorted, 99).toFixed(2)} ms`);
    console.log(`errors:      ${tally.errors}${tally.firstError ? ` (first: ${tally.firstError})` : ''}`);
    if (tally.errors > 0) process.exitCode = 1;
  } finally {
    await new Promise<void>((resolve) => {
      if ('closeAllConnections' in server) server.closeAllConnections();
      server.close(() => resolve());
    });
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`bench-server: ${(err as Error).message}`);
  process.exit(1);
});
