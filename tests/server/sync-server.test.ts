// @vitest-environment node
import type { ServerType } from '@hono/node-server';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, listenApp, etagMatches, MAX_BODY_BYTES } from '../../server/app';
import { SqliteStore, type CreatedTeam } from '../../server/storage';
import { parsePack, type Pack } from '../../lib/profiles/schema';
import { checkForUpdate, publishPack } from '../../lib/sync/client';
import { diffPacks } from '../../lib/sync/diff';

/**
 * The sync server end to end: real HTTP on a loopback port, a real SQLite file, and the
 * extension's client library talking to it.
 */

const starterJson: unknown = JSON.parse(readFileSync(new URL('../../assets/starter-pack.json', import.meta.url), 'utf8'));

function starter(): Pack {
  const parsed = parsePack(starterJson);
  if (!parsed.ok) throw new Error('starter pack invalid');
  return parsed.pack;
}

/** The starter pack as version `version`, with one visible edit per version. */
function packVersion(version: number, changes: Partial<Pack> = {}): Pack {
  return { ...starter(), version, publishedAt: new Date(Date.UTC(2026, 10, version)).toISOString(), changeNotes: `version ${version}`, ...changes };
}

let dir: string;
let store: SqliteStore;
let server: ServerType;
let base: string;
let acme: CreatedTeam;
let other: CreatedTeam;
/** The server's clock: every version's publishedAt comes from it, whatever the client sends. */
let clock = new Date('2026-11-01T09:00:00.000Z');
const tick = () => (clock = new Date(clock.getTime() + 60_000));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leadfit-sync-'));
  store = new SqliteStore(join(dir, 'data', 'leadfit.sqlite'));
  acme = store.createTeam('acme', 'Maria Lopez');
  other = store.createTeam('other', 'Olu Ade');
  const app = createApp({ store, now: () => clock, log: () => undefined });
  await new Promise<void>((resolve) => {
    server = listenApp(app, { hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${info.port}`;
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

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

function post(path: string, token: string | null, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? auth(token) : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function get(path: string, token: string | null, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}${path}`, { headers: { ...(token ? auth(token) : {}), ...headers } });
}

// The tests below run in order and share the server's state: v1 → v2 → rollback (v3).
describe('sync server', () => {
  it('answers /health without a token', async () => {
    const res = await get('/health', null);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('stores tokens hashed, never in clear, each with its holder\'s name', () => {
    const raw = readFileSync(join(dir, 'data', 'leadfit.sqlite'));
    expect(raw.includes(Buffer.from(acme.managerToken))).toBe(false);
    expect(JSON.stringify(store.listTokens('acme'))).not.toContain(acme.managerToken);
    expect(store.listTokens('acme').map((t) => [t.role, t.name])).toEqual([
      ['manager', 'Maria Lopez'],
      ['reader', 'reader'],
    ]);
    expect(store.authenticate('acme', acme.readerToken)?.role).toBe('reader');
    expect(store.authenticate('acme', acme.managerToken)).toMatchObject({ role: 'manager', name: 'Maria Lopez' });
    expect(store.authenticate('acme', other.readerToken)).toBeNull();
  });

  it('refuses a second team with the same name, a bad name or no manager name', () => {
    expect(() => store.createTeam('acme', 'Someone')).toThrow(/already exists/);
    expect(() => store.createTeam('Bad Name', 'Someone')).toThrow(/not a valid team name/);
    expect(() => store.createTeam('nobody-named', '  ')).toThrow(/name/);
  });

  it('answers 404 with {error} before the first version', async () => {
    const res = await get('/v1/teams/acme/pack', acme.readerToken);
    expect(res.status).toBe(404);
    expect((await res.json()) as { error: string }).toEqual({ error: expect.stringMatching(/not published/) });
  });

  it('publishes version 1 (the starter pack) with the manager token', async () => {
    tick();
    const res = await post('/v1/teams/acme/pack', acme.managerToken, packVersion(1));
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ version: 1, publishedAt: clock.toISOString(), publishedBy: 'Maria Lopez' });
    expect(res.headers.get('ETag')).toMatch(/^"[\w-]+"$/);
  });

  it('serves the latest pack with a strong ETag and no-cache, then 304 for that ETag', async () => {
    const res = await get('/v1/teams/acme/pack', acme.readerToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    expect(res.headers.get('Content-Type')).toMatch(/application\/json/);
    const etag = res.headers.get('ETag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const body = (await res.json()) as Pack;
    expect(body.version).toBe(1);
    expect(parsePack(body).ok).toBe(true);

    const again = await get('/v1/teams/acme/pack', acme.readerToken, { 'If-None-Match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(etag);
    expect(await again.text()).toBe('');

    // The manager token reads too; a weak form of the same tag still matches.
    const weak = await get('/v1/teams/acme/pack', acme.managerToken, { 'If-None-Match': `W/${etag}` });
    expect(weak.status).toBe(304);
  });

  it('answers 409 with latestVersion for a stale or skipped version', async () => {
    for (const version of [1, 3]) {
      const res = await post('/v1/teams/acme/pack', acme.managerToken, packVersion(version));
      expect(res.status).toBe(409);
      const body = (await res.json()) as { error: string; latestVersion: number };
      expect(body.latestVersion).toBe(1);
      expect(body.error).toMatch(/latest is 1/);
    }
  });

  it('publishes version 2; the old ETag no longer matches', async () => {
    const v1 = await get('/v1/teams/acme/pack', acme.readerToken);
    const oldEtag = v1.headers.get('ETag') ?? '';
    const edited = packVersion(2, { publishedBy: 'Dana (RevOps)', icps: starter().icps.map((icp, i) => (i === 0 ? { ...icp, name: 'Mid-market SaaS (2027)' } : icp)) });
    tick();
    const res = await post('/v1/teams/acme/pack', acme.managerToken, edited);
    expect(res.status).toBe(201);

    const pulled = await get('/v1/teams/acme/pack', acme.readerToken, { 'If-None-Match': oldEtag });
    expect(pulled.status).toBe(200);
    expect(pulled.headers.get('ETag')).not.toBe(oldEtag);
    expect(((await pulled.json()) as Pack).version).toBe(2);
  });

  it('lists the history, newest first', async () => {
    const res = await get('/v1/teams/acme/versions', acme.readerToken);
    expect(res.status).toBe(200);
    // publishedAt is the server's clock and publishedBy the manager token's name: the client's values are ignored.
    expect(await res.json()).toEqual([
      { version: 2, publishedAt: '2026-11-01T09:02:00.000Z', publishedBy: 'Maria Lopez', changeNotes: 'version 2' },
      { version: 1, publishedAt: '2026-11-01T09:01:00.000Z', publishedBy: 'Maria Lopez', changeNotes: 'version 1' },
    ]);
  });

  it('serves one version by number, 404 for a missing one, 400 for a bad number', async () => {
    const res = await get('/v1/teams/acme/versions/1', acme.readerToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBeTruthy();
    expect(((await res.json()) as Pack).version).toBe(1);
    expect((await get('/v1/teams/acme/versions/9', acme.readerToken)).status).toBe(404);
    const bad = await get('/v1/teams/acme/versions/abc', acme.readerToken);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toHaveProperty('error');
  });

  it('rolls back by publishing an old version as the next one', async () => {
    tick();
    const res = await post('/v1/teams/acme/rollback', acme.managerToken, { version: 1, publishedBy: 'Dana (RevOps)' });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ version: 3, rolledBackTo: 1, publishedAt: clock.toISOString(), publishedBy: 'Maria Lopez' });

    const latest = (await (await get('/v1/teams/acme/pack', acme.readerToken)).json()) as Pack;
    const v1 = (await (await get('/v1/teams/acme/versions/1', acme.readerToken)).json()) as Pack;
    expect(latest.version).toBe(3);
    expect(latest.changeNotes).toMatch(/Rolled back to version 1/);
    expect(latest.icps).toEqual(v1.icps);
    expect(latest.personas).toEqual(v1.personas);
    expect(latest.publishedBy).toBe('Maria Lopez');

    expect((await post('/v1/teams/acme/rollback', acme.readerToken, { version: 1 })).status).toBe(403);
    expect((await post('/v1/teams/acme/rollback', acme.managerToken, { version: 42 })).status).toBe(404);
    expect((await post('/v1/teams/acme/rollback', acme.managerToken, { version: 'one' })).status).toBe(400);
  });

  it('answers 400 with paths for a pack that fails the schema', async () => {
    const bad = { ...packVersion(4), icps: [{ ...starter().icps[0], criteria: { employees: { min: 'many', weight: 20 } } }] };
    const res = await post('/v1/teams/acme/pack', acme.managerToken, bad);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; errors: { path: string; message: string }[] };
    expect(body.error).toMatch(/not valid/);
    expect(body.errors).toContainEqual({ path: 'icps[0].criteria.employees.min', message: expect.any(String) });
  });

  it('answers 400 for malformed JSON', async () => {
    const res = await post('/v1/teams/acme/pack', acme.managerToken, '{"version": 4,');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; errors: { path: string; message: string }[] };
    expect(body.error).toMatch(/JSON/);
    expect(body.errors[0]?.path).toBe('');
  });

  it('answers 401 without a token', async () => {
    for (const res of [await get('/v1/teams/acme/pack', null), await post('/v1/teams/acme/pack', null, packVersion(4))]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('WWW-Authenticate')).toMatch(/Bearer/);
      expect(await res.json()).toEqual({ error: expect.any(String) });
    }
  });

  it('answers 403 for a reader publishing, a wrong token, another team\'s token or an unknown team', async () => {
    const reader = await post('/v1/teams/acme/pack', acme.readerToken, packVersion(4));
    expect(reader.status).toBe(403);
    expect(((await reader.json()) as { error: string }).error).toMatch(/manager token/);
    expect((await get('/v1/teams/acme/pack', 'lfr_not-a-real-token')).status).toBe(403);
    expect((await post('/v1/teams/acme/pack', other.managerToken, packVersion(4))).status).toBe(403);
    expect((await get('/v1/teams/nobody/pack', acme.readerToken)).status).toBe(403);
    // Nothing was published by any of them.
    expect(store.latest('acme')?.version).toBe(3);
  });

  it('answers 413 for a body over the pack size limit, by Content-Length and by bytes read', async () => {
    const huge = packVersion(4, { changeNotes: 'x'.repeat(MAX_BODY_BYTES + 10) });
    const declared = await post('/v1/teams/acme/pack', acme.managerToken, huge);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: expect.stringMatching(/larger than/) });

    // A chunked upload declares no length: the server counts what it reads.
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent * chunk.byteLength > MAX_BODY_BYTES + chunk.byteLength) controller.close();
        else {
          sent++;
          controller.enqueue(chunk);
        }
      },
    });
    const streamed = await fetch(`${base}/v1/teams/acme/pack`, {
      method: 'POST',
      headers: { ...auth(acme.managerToken), 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    expect(streamed.status).toBe(413);
    expect(store.latest('acme')?.version).toBe(3);
  });

  it('allows CORS from extension origins only, exposing ETag', async () => {
    for (const origin of ['chrome-extension://abcdefghijklmnop', 'moz-extension://0c9d6f1e-5a4b-4c3d-9e8f-7a6b5c4d3e2f']) {
      const preflight = await fetch(`${base}/v1/teams/acme/pack`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization,if-none-match' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe(origin);
      expect(preflight.headers.get('Access-Control-Allow-Headers')).toMatch(/Authorization/);
      expect(preflight.headers.get('Access-Control-Allow-Headers')).toMatch(/If-None-Match/);
      const res = await get('/v1/teams/acme/pack', acme.readerToken, { Origin: origin });
      expect(res.status).toBe(200);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe(origin);
      expect(res.headers.get('Access-Control-Expose-Headers')).toMatch(/ETag/);
    }

    const evil = await fetch(`${base}/v1/teams/acme/pack`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(evil.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const evilGet = await get('/v1/teams/acme/pack', acme.readerToken, { Origin: 'https://evil.example' });
    expect(evilGet.status).toBe(403);
    expect(evilGet.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('answers unknown paths with a JSON 404', async () => {
    const res = await get('/v2/nothing', null);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: expect.any(String) });
  });
});

describe('ETag rules', () => {
  it('matches If-None-Match lists, weak tags and *', () => {
    expect(etagMatches('"a", "b"', '"b"')).toBe(true);
    expect(etagMatches('W/"b"', '"b"')).toBe(true);
    expect(etagMatches('*', '"b"')).toBe(true);
    expect(etagMatches('"c"', '"b"')).toBe(false);
    expect(etagMatches(undefined, '"b"')).toBe(false);
  });
});

describe('sync client against the server', () => {
  const url = () => `${base}/v1/teams/other/pack`;

  it('publishes, pulls (updated), then gets unchanged with the ETag', async () => {
    const published = await publishPack({ serverUrl: `${base}/`, team: 'other', token: other.managerToken, pack: packVersion(1), fetch });
    expect(published).toEqual({ ok: true, version: 1 });

    const first = await checkForUpdate({ url: url(), token: other.readerToken, etag: null, fetch, currentVersion: null });
    expect(first.status).toBe('updated');
    if (first.status !== 'updated') return;
    expect(first.pack.version).toBe(1);
    expect(first.etag).toMatch(/^"/);

    const second = await checkForUpdate({ url: url(), token: other.readerToken, etag: first.etag, fetch, currentVersion: 1 });
    expect(second).toEqual({ status: 'unchanged' });
  });

  it('reports a conflict with the latest version', async () => {
    const result = await publishPack({ serverUrl: base, team: 'other', token: other.managerToken, pack: packVersion(1), fetch });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.conflict).toEqual({ latestVersion: 1 });
    expect(result.error).toMatch(/version 1/);
  });

  it('reports schema errors from the server with their paths', async () => {
    const bad = { ...packVersion(2), icps: [] } as Pack;
    const result = await publishPack({ serverUrl: base, team: 'other', token: other.managerToken, pack: bad, fetch });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({ path: 'icps', message: expect.any(String) });
  });

  it('explains 401, 403 and 413 when publishing', async () => {
    const reader = await publishPack({ serverUrl: base, team: 'other', token: other.readerToken, pack: packVersion(2), fetch });
    expect(reader).toEqual({ ok: false, error: expect.stringMatching(/manager token/) });
    const anon = await publishPack({ serverUrl: base, team: 'other', token: '', pack: packVersion(2), fetch });
    expect(anon).toEqual({ ok: false, error: expect.stringMatching(/needs the manager token/) });
    const huge = await publishPack({ serverUrl: base, team: 'other', token: other.managerToken, pack: packVersion(2, { changeNotes: 'x'.repeat(MAX_BODY_BYTES + 10) }), fetch });
    expect(huge).toEqual({ ok: false, error: expect.stringMatching(/larger than the server accepts/) });
  });

  it('explains a missing or wrong token and a missing pack when pulling', async () => {
    const none = await checkForUpdate({ url: url(), token: null, etag: null, fetch, currentVersion: null });
    expect(none).toEqual({ status: 'error', error: expect.stringMatching(/needs a token/) });
    const wrong = await checkForUpdate({ url: url(), token: 'lfr_wrong', etag: null, fetch, currentVersion: null });
    expect(wrong).toEqual({ status: 'error', error: expect.stringMatching(/refused the token/) });
    const empty = store.createTeam('empty', 'Eve');
    const missing = await checkForUpdate({ url: `${base}/v1/teams/empty/pack`, token: empty.readerToken, etag: null, fetch, currentVersion: null });
    expect(missing).toEqual({ status: 'error', error: expect.stringMatching(/404/) });
  });

  it('refuses a pack older than the one the rep has', async () => {
    const result = await checkForUpdate({ url: url(), token: other.readerToken, etag: null, fetch, currentVersion: 3 });
    expect(result).toEqual({ status: 'error', error: expect.stringContaining('server sent version 1, older than the version 3 you have') });
  });

  it('reports an unreachable server without throwing', async () => {
    const closed = 'http://127.0.0.1:9/v1/teams/other/pack';
    const result = await checkForUpdate({ url: closed, token: other.readerToken, etag: null, fetch, currentVersion: null });
    expect(result).toEqual({ status: 'error', error: expect.stringMatching(/could not reach 127\.0\.0\.1:9/) });
    const published = await publishPack({ serverUrl: 'http://127.0.0.1:9', team: 'other', token: 'x', pack: packVersion(2), fetch });
    expect(published).toEqual({ ok: false, error: expect.stringMatching(/could not reach/) });
  });
});

describe('sync client with a fake server', () => {
  /** A fetch that answers every request with `body` and `status`. */
  const fakeFetch = (body: string, status = 200, headers: Record<string, string> = {}): typeof fetch =>
    (async () => new Response(body, { status, headers: { 'Content-Type': 'application/json', ...headers } })) as typeof fetch;
  const options = { url: 'https://packs.example.com/acme.json', token: null, etag: null, currentVersion: null };

  it('keeps the current pack when the served pack fails the schema, naming the first errors', async () => {
    const bad = { ...packVersion(2), version: 'two', publishedAt: 'yesterday', icps: [], name: '' };
    const result = await checkForUpdate({ ...options, fetch: fakeFetch(JSON.stringify(bad)) });
    expect(result.status).toBe('error');
    if (result.status !== 'error') return;
    expect(result.error).toMatch(/not valid, so the current pack was kept/);
    expect(result.error).toMatch(/version: /);
    expect(result.error).toMatch(/and 1 more/);
  });

  it('reports a body that is not JSON', async () => {
    const result = await checkForUpdate({ ...options, fetch: fakeFetch('<html>login</html>') });
    expect(result).toEqual({ status: 'error', error: expect.stringMatching(/not JSON/) });
  });

  it('reports server errors and sends the ETag and token it was given', async () => {
    let seen: Headers | null = null;
    const spy = (async (_url: string | URL | Request, init?: RequestInit) => {
      seen = new Headers(init?.headers);
      return new Response(JSON.stringify({ error: 'database is locked' }), { status: 503 });
    }) as typeof fetch;
    const result = await checkForUpdate({ ...options, token: 'lfr_x', etag: '"abc"', fetch: spy });
    expect(result).toEqual({ status: 'error', error: expect.stringMatching(/HTTP 503.*database is locked/) });
    expect(seen!.get('Authorization')).toBe('Bearer lfr_x');
    expect(seen!.get('If-None-Match')).toBe('"abc"');
  });

  it('accepts a static pack file without an ETag', async () => {
    const result = await checkForUpdate({ ...options, fetch: fakeFetch(JSON.stringify(packVersion(5))) });
    expect(result).toMatchObject({ status: 'updated', etag: null, pack: { version: 5 } });
  });
});

describe('diffPacks', () => {
  it('lists added, removed and changed ICPs and personas by name', () => {
    const a = starter();
    const [firstIcp, ...otherIcps] = a.icps;
    const [firstPersona, ...otherPersonas] = a.personas;
    if (!firstIcp || !firstPersona) throw new Error('starter pack needs an ICP and a persona');
    const b: Pack = {
      ...a,
      version: 2,
      icps: [{ ...firstIcp, name: 'Renamed ICP', painPoints: [...firstIcp.painPoints, 'churn'] }, ...otherIcps.slice(1), { ...firstIcp, id: 'new-icp', name: 'New ICP' }],
      personas: otherPersonas,
    };
    const diff = diffPacks(a, b);
    expect(diff.icps).toEqual({ added: ['New ICP'], removed: otherIcps.slice(0, 1).map((i) => i.name), changed: ['Renamed ICP'] });
    expect(diff.personas).toEqual({ added: [], removed: [firstPersona.name], changed: [] });
  });

  it('finds nothing between equal packs, whatever their key order', () => {
    const a = starter();
    const reordered = JSON.parse(JSON.stringify(a, Object.keys(a).reverse())) as Pack;
    const b: Pack = { ...a, icps: a.icps.map((icp) => Object.fromEntries(Object.entries(icp).reverse()) as typeof icp) };
    expect(diffPacks(a, b)).toEqual({ icps: { added: [], removed: [], changed: [] }, personas: { added: [], removed: [], changed: [] } });
    expect(diffPacks(a, { ...a, ...reordered, icps: a.icps }).icps.changed).toEqual([]);
  });
});
