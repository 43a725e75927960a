// @vitest-environment node
import type { ServerType } from '@hono/node-server';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, createApp, listenApp } from '../../server/app';
import { SqliteStore, type CreatedTeam } from '../../server/storage';
import { parsePack, type Pack } from '../../lib/profiles/schema';

/**
 * The read path's caches (#17): the latest pack with its ETag and gzip body, and token grants,
 * are kept in memory, so these tests check that nothing stale is ever served: a publish or a
 * rollback shows up in the next pull, a rotated or revoked token fails at once (also when
 * another process changed the database), and the encoding follows Accept-Encoding.
 * Requests go through node:http, which does not decompress, to see the bytes on the wire.
 */

const starterJson: unknown = JSON.parse(readFileSync(new URL('../../assets/starter-pack.json', import.meta.url), 'utf8'));

function packVersion(version: number, changes: Partial<Pack> = {}): Pack {
  const parsed = parsePack(starterJson);
  if (!parsed.ok) throw new Error('starter pack invalid');
  return { ...parsed.pack, version, changeNotes: `version ${version}`, ...changes };
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let dir: string;
let dbPath: string;
let store: SqliteStore;
let server: ServerType;
let port: number;
let team: CreatedTeam;
const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

function call(method: 'GET' | 'POST', path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const pull = (token: string, headers: Record<string, string> = {}) => call('GET', '/v1/teams/acme/pack', { Authorization: `Bearer ${token}`, ...headers });
const publish = (pack: Pack) =>
  call('POST', '/v1/teams/acme/pack', { Authorization: `Bearer ${team.managerToken}`, 'Content-Type': 'application/json' }, JSON.stringify(pack));
const packOf = (answer: Answer) =>
  JSON.parse((answer.headers['content-encoding'] === 'gzip' ? gunzipSync(answer.body) : answer.body).toString('utf8')) as Pack;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leadfit-cache-'));
  dbPath = join(dir, 'data', 'leadfit.sqlite');
  // recheckMs 0: look for other processes' changes on every request, so the cross-process
  // test below needs no waiting.
  store = new SqliteStore(dbPath, { recheckMs: 0 });
  team = store.createTeam('acme', 'Maria Lopez');
  const app = createApp({ store, log: () => undefined });
  await new Promise<void>((resolve) => {
    server = listenApp(app, { hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      port = info.port;
      resolve();
    });
  });
});

afterAll(async () => {
  await new Promise<void>((resolve) => {
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close(() => resolve());
  });
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sync server read cache', () => {
  it('a publish replaces the cached pack: the next pull gets the new ETag and body, not a 304', async () => {
    expect((await publish(packVersion(1))).status).toBe(201);
    const first = await pull(team.readerToken);
    expect(first.status).toBe(200);
    const etag1 = String(first.headers.etag);
    expect(packOf(first).version).toBe(1);
    // Cached now: the same answer again, and a 304 for its ETag.
    expect((await pull(team.readerToken, { 'If-None-Match': etag1 })).status).toBe(304);

    const v1 = packVersion(1);
    const renamed = v1.icps.map((icp, i) => (i === 0 ? { ...icp, name: `${icp.name} (renamed)` } : icp));
    const published = await publish(packVersion(2, { changeNotes: 'second', icps: renamed }));
    expect(published.status).toBe(201);
    const next = await pull(team.readerToken, { 'If-None-Match': etag1 });
    expect(next.status).toBe(200);
    expect(next.headers.etag).toBe(published.headers.etag);
    expect(next.headers.etag).not.toBe(etag1);
    expect(packOf(next)).toMatchObject({ version: 2, changeNotes: 'second' });
  });

  it('a rollback replaces the cached pack too', async () => {
    const before = await pull(team.readerToken);
    const rolled = await call(
      'POST',
      '/v1/teams/acme/rollback',
      { Authorization: `Bearer ${team.managerToken}`, 'Content-Type': 'application/json' },
      JSON.stringify({ version: 1 }),
    );
    expect(rolled.status).toBe(201);
    const after = await pull(team.readerToken, { 'If-None-Match': String(before.headers.etag) });
    expect(after.status).toBe(200);
    expect(packOf(after)).toMatchObject({ version: 3, changeNotes: 'Rolled back to version 1 (from version 2).' });
  });

  it('a publish by another process (a second connection to the file) shows up at the next pull', async () => {
    const current = await pull(team.readerToken);
    const other = new SqliteStore(dbPath);
    try {
      const pack = { ...packVersion(4, { changeNotes: 'from elsewhere' }), publishedBy: 'Maria Lopez', publishedAt: '2026-11-02T10:00:00.000Z' };
      expect(other.publish('acme', pack, JSON.stringify(pack)).ok).toBe(true);
    } finally {
      other.close();
    }
    const next = await pull(team.readerToken, { 'If-None-Match': String(current.headers.etag) });
    expect(next.status).toBe(200);
    expect(packOf(next).changeNotes).toBe('from elsewhere');
  });

  it('a rotated reader token stops working at once and the new one works', async () => {
    const old = team.readerToken;
    expect((await pull(old)).status).toBe(200); // cached as a grant now
    const rotated = store.rotateToken('acme', 'reader');
    expect((await pull(old)).status).toBe(403);
    expect((await pull(rotated.token)).status).toBe(200);
    team = { ...team, readerToken: rotated.token };
  });

  it('a revoked token stops working at once, also when the admin command (another process) revoked it', async () => {
    const emea = store.addToken('acme', 'reader', 'EMEA reps');
    expect((await pull(emea.token)).status).toBe(200);
    const id = store.listTokens('acme').find((t) => t.name === 'EMEA reps')!.id;
    store.revokeToken('acme', id);
    expect((await pull(emea.token)).status).toBe(403);

    const apac = store.addToken('acme', 'reader', 'APAC reps');
    expect((await pull(apac.token)).status).toBe(200);
    const admin = new SqliteStore(dbPath); // what `npm run server -- token revoke` opens
    try {
      admin.revokeToken('acme', store.listTokens('acme').find((t) => t.name === 'APAC reps')!.id);
    } finally {
      admin.close();
    }
    expect((await pull(apac.token)).status).toBe(403);
    expect((await pull(team.readerToken)).status).toBe(200);
  });

  it('gzips only for a client that accepts gzip, with Vary: Accept-Encoding either way', async () => {
    const gzipped = await pull(team.readerToken, { 'Accept-Encoding': 'gzip, deflate, br' });
    const plain = await pull(team.readerToken, { 'Accept-Encoding': 'identity' });
    const none = await pull(team.readerToken);
    const refused = await pull(team.readerToken, { 'Accept-Encoding': 'gzip;q=0, *;q=0.5' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(Number(gzipped.headers['content-length'])).toBe(gzipped.body.length);
    expect(gzipped.body.length).toBeLessThan(plain.body.length);
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
    for (const answer of [plain, none, refused]) {
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.body.equals(plain.body)).toBe(true);
    }
    for (const answer of [gzipped, plain]) {
      expect(answer.headers.vary).toMatch(/Accept-Encoding/);
      expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
    // The ETag names the version's content, so it is the same whatever the encoding.
    expect(gzipped.headers.etag).toBe(plain.headers.etag);
  });

  it('answers a matching If-None-Match with a body-less 304 carrying the ETag and, for the extension, CORS headers', async () => {
    const current = await pull(team.readerToken);
    const etag = String(current.headers.etag);
    for (const tag of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const answer = await pull(team.readerToken, { 'If-None-Match': tag, Origin: EXTENSION, 'Accept-Encoding': 'gzip' });
      expect(answer.status).toBe(304);
      expect(answer.body.length).toBe(0);
      expect(answer.headers.etag).toBe(etag);
      expect(answer.headers['cache-control']).toBe('no-cache');
      expect(answer.headers['access-control-allow-origin']).toBe(EXTENSION);
      expect(answer.headers['access-control-expose-headers']).toMatch(/ETag/);
      expect(answer.headers['content-encoding']).toBeUndefined();
    }
    // A stale ETag gets the whole pack, and no CORS grant goes to a client without an Origin.
    const stale = await pull(team.readerToken, { 'If-None-Match': '"stale"' });
    expect(stale.status).toBe(200);
    expect(stale.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the same answers through app.fetch (no Node socket), as scripts and other runtimes call it', async () => {
    const app = createApp({ store, log: () => undefined });
    const url = 'http://localhost/v1/teams/acme/pack';
    const auth = { Authorization: `Bearer ${team.readerToken}` };
    const full = await app.fetch(new Request(url, { headers: { ...auth, 'Accept-Encoding': 'gzip' } }));
    expect(full.status).toBe(200);
    expect(full.headers.get('Content-Encoding')).toBe('gzip');
    expect(full.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const etag = full.headers.get('ETag')!;
    const gz = Buffer.from(await full.arrayBuffer());
    expect((JSON.parse(gunzipSync(gz).toString('utf8')) as Pack).version).toBe(packOf(await pull(team.readerToken)).version);
    const notModified = await app.fetch(new Request(url, { headers: { ...auth, 'If-None-Match': etag } }));
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('ETag')).toBe(etag);
  });
});

describe('acceptsGzip', () => {
  it('follows the listed codings and their q values', () => {
    expect(acceptsGzip('gzip')).toBe(true);
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('GZIP;q=0.8')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('br, deflate')).toBe(false);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('gzip; q=0.000, *')).toBe(false);
    expect(acceptsGzip('*;q=0')).toBe(false);
  });
});
