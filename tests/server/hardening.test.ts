// @vitest-environment node
import type { ServerType } from '@hono/node-server';
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, listenApp, MAX_ERRORS_IN_BODY } from '../../server/app';
import { isAllowedOrigin, parseOriginPolicy, readConfig, startupWarnings, type OriginPolicy } from '../../server/config';
import { FailureLimiter } from '../../server/rate-limit';
import { checkToken, hashToken, SqliteStore, UNNAMED_MANAGER, type PackStore, type TokenRecord } from '../../server/storage';
import { parsePack, type Pack } from '../../lib/profiles/schema';

/**
 * The sync server against hostile or careless use (#9): origins, failed-token floods, the
 * authentication path, file modes, who and when a version records, no-op rollbacks and the
 * size of error answers. Real HTTP on loopback and real SQLite files in a temp folder.
 */

const starterJson: unknown = JSON.parse(readFileSync(new URL('../../assets/starter-pack.json', import.meta.url), 'utf8'));
function starter(): Pack {
  const parsed = parsePack(starterJson);
  if (!parsed.ok) throw new Error('starter pack invalid');
  return parsed.pack;
}

const CHROME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const OTHER_CHROME_ID = 'ponmlkjihgfedcbaponmlkjihgfedcba';
const FIREFOX_UUID = '0c9d6f1e-5a4b-4c3d-9e8f-7a6b5c4d3e2f';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leadfit-hardening-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A server on a free loopback port; closed after each test. */
interface Running {
  base: string;
  store: SqliteStore;
  logs: string[];
  clock: { now: Date };
}
const running: { server: ServerType; store: SqliteStore }[] = [];
afterEach(async () => {
  for (const { server, store } of running.splice(0)) {
    await new Promise<void>((resolve) => {
      if ('closeAllConnections' in server) server.closeAllConnections();
      server.close(() => resolve());
    });
    store.close();
  }
});

let serial = 0;
async function start(options: { originPolicy?: OriginPolicy; trustProxy?: boolean; store?: PackStore } = {}): Promise<Running> {
  const store = new SqliteStore(join(dir, `db-${++serial}`, 'leadfit.sqlite'));
  const logs: string[] = [];
  const clock = { now: new Date('2026-11-02T10:00:00.000Z') };
  const app = createApp({ store: options.store ?? store, originPolicy: options.originPolicy, trustProxy: options.trustProxy, now: () => clock.now, log: (line) => logs.push(line) });
  const base = await new Promise<string>((resolve) => {
    const server = listenApp(app, { hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => resolve(`http://127.0.0.1:${info.port}`));
    running.push({ server, store });
  });
  return { base, store, logs, clock };
}

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
function publish(base: string, team: string, token: string, body: unknown, path = 'pack'): Promise<Response> {
  return fetch(`${base}/v1/teams/${team}/${path}`, {
    method: 'POST',
    headers: { ...auth(token), 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('origin matching', () => {
  const list = (origins: string, ids = '') => parseOriginPolicy(origins, ids);
  // [origin, policy, allowed]
  const table: [string, OriginPolicy, boolean][] = [
    // Default (nothing configured): any extension, no web page.
    [`chrome-extension://${CHROME_ID}`, list(''), true],
    [`moz-extension://${FIREFOX_UUID}`, list(''), true],
    ['chrome-extension://', list(''), false],
    ['https://chrome-extension.example', list(''), false],
    ['chrome-extension://abc.evil.example/path', list(''), false],
    ['null', list(''), false],
    ['https://app.example.com', list(''), false],
    // Exact origins: no prefix matching (#9).
    ['https://app.example.com', list('https://app.example.com'), true],
    ['https://APP.example.com', list('https://app.example.com/'), true],
    ['https://app.example.com.attacker.net', list('https://app.example.com'), false],
    ['https://app.example.com:8443', list('https://app.example.com'), false],
    ['http://app.example.com', list('https://app.example.com'), false],
    // Listing origins drops the any-extension default.
    [`chrome-extension://${CHROME_ID}`, list('https://app.example.com'), false],
    // Pinned extension ids.
    [`chrome-extension://${CHROME_ID}`, list('', CHROME_ID), true],
    [`chrome-extension://${OTHER_CHROME_ID}`, list('', CHROME_ID), false],
    [`moz-extension://${FIREFOX_UUID}`, list('', CHROME_ID), false],
    [`moz-extension://${FIREFOX_UUID}`, list('', `${CHROME_ID}, ${FIREFOX_UUID}`), true],
    [`chrome-extension://${OTHER_CHROME_ID}`, list('', `${CHROME_ID} *`), true],
    ['https://app.example.com', list('', `${CHROME_ID} *`), false],
    // A lone * is every origin.
    ['https://anything.example', list('*'), true],
    ['null', list('*'), true],
  ];
  it.each(table)('%s against %o → %s', (origin, policy, allowed) => {
    expect(isAllowedOrigin(origin, policy)).toBe(allowed);
  });

  it('refuses a wildcard inside an entry, a path, or something that is not an extension id, naming the entry', () => {
    expect(() => parseOriginPolicy('https://app.example.com*', '')).toThrow(/"https:\/\/app\.example\.com\*" has a wildcard/);
    expect(() => parseOriginPolicy('https://*.example.com', '')).toThrow(/wildcard/);
    expect(() => parseOriginPolicy('moz-extension://*', '')).toThrow(/wildcard/);
    expect(() => parseOriginPolicy('https://app.example.com/sync', '')).toThrow(/not an origin/);
    expect(() => parseOriginPolicy('', 'leadfit@leadfit.dev')).toThrow(/LEADFIT_EXTENSION_IDS: "leadfit@leadfit\.dev" is neither/);
    expect(() => readConfig({ LEADFIT_ALLOWED_ORIGINS: 'https://a.example*' })).toThrow(/LEADFIT_ALLOWED_ORIGINS/);
  });

  it('warns at startup about any extension, a lone *, and plain HTTP beyond loopback', () => {
    const quiet = readConfig({ LEADFIT_EXTENSION_IDS: CHROME_ID });
    expect(startupWarnings(quiet)).toEqual([]);
    expect(startupWarnings(readConfig({}))).toEqual([expect.stringMatching(/any browser extension may call this server.*LEADFIT_EXTENSION_IDS/)]);
    expect(startupWarnings(readConfig({ LEADFIT_EXTENSION_IDS: CHROME_ID, LEADFIT_ALLOWED_ORIGINS: '*' }))).toEqual([expect.stringMatching(/"\*": every web page/)]);
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'sync.example.com'])
      expect(startupWarnings(readConfig({ LEADFIT_EXTENSION_IDS: CHROME_ID, LEADFIT_HOST: host }))).toEqual([expect.stringMatching(/plain HTTP.*TLS/)]);
    for (const host of ['127.0.0.1', 'localhost', '::1', '127.0.0.2']) expect(startupWarnings(readConfig({ LEADFIT_EXTENSION_IDS: CHROME_ID, LEADFIT_HOST: host }))).toEqual([]);
  });

  it('over HTTP: the pinned extension gets the pack and CORS headers; another extension and a look-alike site get 403 without them', async () => {
    const { base, store } = await start({ originPolicy: parseOriginPolicy('https://app.example.com', CHROME_ID) });
    const team = store.createTeam('acme', 'Maria');
    expect((await publish(base, 'acme', team.managerToken, { ...starter(), version: 1 })).status).toBe(201);
    for (const origin of [`chrome-extension://${CHROME_ID}`, 'https://app.example.com']) {
      const res = await fetch(`${base}/v1/teams/acme/pack`, { headers: { ...auth(team.readerToken), Origin: origin } });
      expect(res.status).toBe(200);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe(origin);
    }
    for (const origin of [`chrome-extension://${OTHER_CHROME_ID}`, `moz-extension://${FIREFOX_UUID}`, 'https://app.example.com.attacker.net']) {
      const res = await fetch(`${base}/v1/teams/acme/pack`, { headers: { ...auth(team.readerToken), Origin: origin } });
      expect(res.status).toBe(403);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
      const preflight = await fetch(`${base}/v1/teams/acme/pack`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' } });
      expect(preflight.headers.get('Access-Control-Allow-Origin')).toBeNull();
    }
  });
});

describe('failed authentication', () => {
  it('answers 429 with Retry-After after 10 failures a minute from one address, logs each without the token, and lets it in again after the minute', async () => {
    const { base, store, logs, clock } = await start();
    const team = store.createTeam('acme', 'Maria');
    const wrong = Array.from({ length: 12 }, (_, i) => `lfr_wrong-token-${i}-${'x'.repeat(20)}`);
    for (const token of wrong.slice(0, 10)) expect((await fetch(`${base}/v1/teams/acme/pack`, { headers: auth(token) })).status).toBe(403);
    const limited = await fetch(`${base}/v1/teams/acme/pack`, { headers: auth(wrong[10] ?? '') });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThanOrEqual(59);
    expect(Number(limited.headers.get('Retry-After'))).toBeLessThanOrEqual(60);
    expect(((await limited.json()) as { error: string }).error).toMatch(/too many failed attempts/);
    // The address is held back whatever token it sends, so it cannot keep guessing.
    expect((await fetch(`${base}/v1/teams/acme/pack`, { headers: auth(team.readerToken) })).status).toBe(429);

    expect(logs).toHaveLength(10);
    expect(logs[0]).toMatch(/authentication failed: address 127\.0\.0\.1, team "acme", GET \/v1\/teams\/acme\/pack \(1 from this address/);
    expect(logs[9]).toMatch(/10 from this address.*further attempts get 429/);
    for (const line of logs) for (const token of [...wrong, team.readerToken, team.managerToken]) expect(line).not.toContain(token);

    clock.now = new Date(clock.now.getTime() + 61_000);
    expect((await fetch(`${base}/v1/teams/acme/pack`, { headers: auth(team.readerToken) })).status).toBe(404); // in: no pack yet
  });

  it('limits failures per team across addresses, but not for addresses that recently authenticated to that team', async () => {
    const { base, store } = await start({ trustProxy: true });
    const acme = store.createTeam('acme', 'Maria');
    const other = store.createTeam('other', 'Olu');
    const from = (address: string, token: string, team = 'acme') =>
      fetch(`${base}/v1/teams/${team}/versions`, { headers: { ...auth(token), 'X-Forwarded-For': `198.51.100.7, ${address}` } });
    expect((await from('10.0.0.1', acme.readerToken)).status).toBe(200); // a rep, before the attack
    for (let i = 0; i < 10; i++) expect((await from(`203.0.113.${i}`, `lfr_guess-${i}`)).status).toBe(403);
    expect((await from('203.0.113.99', 'lfr_guess-99')).status).toBe(429); // a new address, same team
    expect((await from('10.0.0.2', acme.readerToken)).status).toBe(429); // a rep not seen before waits a minute
    expect((await from('10.0.0.1', acme.readerToken)).status).toBe(200); // the rep seen before is not locked out
    expect((await from('203.0.113.99', other.readerToken, 'other')).status).toBe(200); // other teams are unaffected
  });

  it('counts per sliding window and forgets the oldest keys first', () => {
    let t = 0;
    const limiter = new FailureLimiter({ limit: 3, windowMs: 1000, maxKeys: 2, now: () => t });
    limiter.fail('a');
    t = 500;
    limiter.fail('a');
    limiter.fail('a');
    expect(limiter.retryAfter('a')).toBe(1);
    t = 1001; // the first failure left the window
    expect(limiter.retryAfter('a')).toBe(0);
    limiter.fail('b');
    limiter.fail('c'); // over maxKeys: 'a' is forgotten
    limiter.fail('a');
    expect(limiter.fail('a')).toBe(2);
  });

  it('takes the same path for a wrong token on an existing team and for an unknown team', async () => {
    const { store: real } = await start();
    const acme = real.createTeam('acme', 'Maria');
    // Every store call the app makes, in order.
    const calls: string[] = [];
    const recording = new Proxy(real, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        return typeof value === 'function' ? (...args: unknown[]) => (calls.push(String(key)), (value as (...a: unknown[]) => unknown).apply(target, args)) : value;
      },
    });
    const { base } = await start({ store: recording });
    const trace = async (team: string, token: string) => {
      calls.length = 0;
      const res = await fetch(`${base}/v1/teams/${team}/pack`, { headers: auth(token) });
      return { status: res.status, body: await res.text(), calls: [...calls] };
    };
    const wrongToken = await trace('acme', 'lfr_wrong');
    const unknownTeam = await trace('zzzz', 'lfr_wrong');
    const otherTeamsToken = await trace('zzzz', acme.readerToken);
    expect(wrongToken.calls).toEqual(['authenticate']);
    expect(unknownTeam.calls).toEqual(wrongToken.calls);
    expect(otherTeamsToken.calls).toEqual(wrongToken.calls);
    expect([wrongToken.status, unknownTeam.status, otherTeamsToken.status]).toEqual([403, 403, 403]);
    expect(unknownTeam.body.replace('zzzz', 'acme')).toBe(wrongToken.body);

    // Inside: one lookup by the token's hash and one constant-time comparison, found or not.
    const lookups: string[] = [];
    const rows = new Map<string, TokenRecord>([[hashToken(acme.readerToken), { hash: hashToken(acme.readerToken), team: 'acme', role: 'reader', name: 'reader', createdAt: '' }]]);
    const find = (hash: string) => (lookups.push(hash), rows.get(hash));
    expect(checkToken('acme', 'lfr_wrong', find)).toBeNull();
    expect(checkToken('zzzz', 'lfr_wrong', find)).toBeNull();
    expect(checkToken('zzzz', acme.readerToken, find)).toBeNull();
    expect(checkToken('acme', acme.readerToken, find)?.role).toBe('reader');
    expect(lookups).toEqual([hashToken('lfr_wrong'), hashToken('lfr_wrong'), hashToken(acme.readerToken), hashToken(acme.readerToken)]);
  });
});

describe('data files', () => {
  it('creates the data folder 0700 and the database, its WAL and shared-memory files 0600, whatever the umask', () => {
    let previous: number | null = null;
    try {
      previous = process.umask(0o000);
    } catch {
      // Worker threads cannot change the umask; the default one still shows the modes are set, not inherited.
    }
    try {
      const path = join(dir, 'modes', 'nested', 'leadfit.sqlite');
      const store = new SqliteStore(path);
      store.createTeam('acme', 'Maria'); // a write, so the WAL exists
      const mode = (p: string) => (statSync(p).mode & 0o777).toString(8);
      expect(mode(join(dir, 'modes'))).toBe('700');
      expect(mode(join(dir, 'modes', 'nested'))).toBe('700');
      expect(mode(path)).toBe('600');
      expect(mode(`${path}-wal`)).toBe('600');
      expect(mode(`${path}-shm`)).toBe('600');
      store.close();
    } finally {
      if (previous !== null) process.umask(previous);
    }
  });

  it('migrates a first-release database: tokens keep working, the old manager token is marked unnamed', () => {
    const path = join(dir, 'v1', 'leadfit.sqlite');
    new SqliteStore(join(dir, 'v1', 'probe.sqlite')).close(); // makes the folder
    const old = new Database(path);
    old.exec(`CREATE TABLE teams (name TEXT PRIMARY KEY, created_at TEXT NOT NULL, manager_token_hash TEXT NOT NULL, reader_token_hash TEXT NOT NULL);
      CREATE TABLE versions (team TEXT NOT NULL REFERENCES teams(name), version INTEGER NOT NULL, published_at TEXT NOT NULL, published_by TEXT NOT NULL,
        change_notes TEXT NOT NULL, body TEXT NOT NULL, etag TEXT NOT NULL, stored_at TEXT NOT NULL, PRIMARY KEY (team, version)) WITHOUT ROWID;`);
    old.prepare('INSERT INTO teams VALUES (?, ?, ?, ?)').run('acme', '2026-01-01T00:00:00.000Z', hashToken('lfm_old'), hashToken('lfr_old'));
    old.prepare('INSERT INTO versions VALUES (?, 1, ?, ?, ?, ?, ?, ?)').run('acme', '2026-01-02T00:00:00.000Z', 'Dana', 'first', '{}', '"e"', '2026-01-02T00:00:00.000Z');
    old.close();

    const store = new SqliteStore(path);
    expect(store.authenticate('acme', 'lfm_old')).toMatchObject({ role: 'manager', name: UNNAMED_MANAGER });
    expect(store.authenticate('acme', 'lfr_old')).toMatchObject({ role: 'reader' });
    expect(store.listVersions('acme')).toEqual([{ version: 1, publishedAt: '2026-01-02T00:00:00.000Z', publishedBy: 'Dana', changeNotes: 'first' }]);
    store.addToken('acme', 'manager', 'Dana');
    store.close();
    // Opening again is a no-op.
    const again = new SqliteStore(path);
    expect(again.listTokens('acme').map((t) => `${t.role}: ${t.name}`).sort()).toEqual([`manager: ${UNNAMED_MANAGER}`, 'manager: Dana', 'reader: reader'].sort());
    again.close();
  });
});

describe('who and when', () => {
  it('records the server clock and the manager token name, ignoring the client values; each manager under their own name', async () => {
    const { base, store, clock } = await start();
    const team = store.createTeam('acme', 'Maria Lopez');
    const joe = store.addToken('acme', 'manager', 'Joe Bloggs');
    const first = await publish(base, 'acme', team.managerToken, { ...starter(), version: 1, publishedAt: '1999-01-01T00:00:00Z', publishedBy: 'Mallory' });
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ version: 1, publishedAt: '2026-11-02T10:00:00.000Z', publishedBy: 'Maria Lopez' });

    // A client may leave them out entirely.
    clock.now = new Date('2026-11-03T08:30:00.000Z');
    const { publishedAt: _a, publishedBy: _b, ...bare } = { ...starter(), version: 2, changeNotes: 'by Joe' };
    expect((await publish(base, 'acme', joe.token, bare)).status).toBe(201);

    const served = (await (await fetch(`${base}/v1/teams/acme/pack`, { headers: auth(team.readerToken) })).json()) as Pack;
    expect(served).toMatchObject({ version: 2, publishedAt: '2026-11-03T08:30:00.000Z', publishedBy: 'Joe Bloggs' });
    expect(store.listVersions('acme').map((v) => [v.version, v.publishedAt, v.publishedBy])).toEqual([
      [2, '2026-11-03T08:30:00.000Z', 'Joe Bloggs'],
      [1, '2026-11-02T10:00:00.000Z', 'Maria Lopez'],
    ]);
  });

  it('refuses with 409 a rollback that would change nothing, and publishes nothing', async () => {
    const { base, store } = await start();
    const team = store.createTeam('acme', 'Maria');
    const edited = { ...starter(), name: 'Edited pack' };
    expect((await publish(base, 'acme', team.managerToken, { ...starter(), version: 1 })).status).toBe(201);
    expect((await publish(base, 'acme', team.managerToken, { ...edited, version: 2 })).status).toBe(201);
    // Version 3 has version 1's content again, under other notes.
    expect((await publish(base, 'acme', team.managerToken, { ...starter(), version: 3, changeNotes: 'back to the original' })).status).toBe(201);

    for (const [version, sentence] of [
      [3, /version 3 is the latest version already, so rolling back to it would change nothing/],
      [1, /version 1 has the same content as the latest version 3, so rolling back to it would change nothing/],
    ] as const) {
      const res = await publish(base, 'acme', team.managerToken, { version }, 'rollback');
      expect(res.status).toBe(409);
      expect(await res.json()).toEqual({ error: expect.stringMatching(sentence), latestVersion: 3, reason: 'no-change' });
    }
    expect(store.latest('acme')?.version).toBe(3);
    // A real change still goes through.
    const res = await publish(base, 'acme', team.managerToken, { version: 2 }, 'rollback');
    expect(res.status).toBe(201);
    expect(store.latest('acme')?.version).toBe(4);
  });
});

describe('error bodies', () => {
  it('an invalid 86 KB pack gets a short answer: the first errors, clipped, and the count', async () => {
    const { base, store } = await start();
    const team = store.createTeam('acme', 'Maria');
    // Every persona lists 200 goals that are numbers, not text: tens of thousands of schema errors.
    const bad = { ...starter(), version: 1, personas: Array.from({ length: 200 }, (_, i) => ({ id: `p${i}`, name: `P${i}`, goals: Array.from({ length: 200 }, () => 1) })) };
    const body = JSON.stringify(bad);
    expect(body.length).toBeGreaterThan(80_000);
    expect(body.length).toBeLessThan(120_000);
    const all = parsePack(bad);
    expect(all.ok).toBe(false);
    if (all.ok) return;
    // Listed in full, the errors alone would be megabytes.
    expect(JSON.stringify(all.errors).length).toBeGreaterThan(2_000_000);
    const res = await publish(base, 'acme', team.managerToken, body);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text.length).toBeLessThan(16_000);
    const answer = JSON.parse(text) as { error: string; errors: unknown[]; errorCount: number };
    expect(answer.error).toMatch(/not valid/);
    expect(answer.errors).toHaveLength(MAX_ERRORS_IN_BODY);
    expect(answer.errorCount).toBeGreaterThan(MAX_ERRORS_IN_BODY);
  });

  it('echoes at most a few hundred characters of a long origin, team name or path', async () => {
    const { base } = await start({ originPolicy: parseOriginPolicy('', CHROME_ID) });
    const long = 'a'.repeat(6000);
    const answers = [
      await fetch(`${base}/health`, { headers: { Origin: `https://${long}.example` } }),
      await fetch(`${base}/v1/teams/${long}/pack`, { headers: auth('lfr_x') }),
      await fetch(`${base}/${long}`),
    ];
    expect(answers.map((r) => r.status)).toEqual([403, 403, 404]);
    for (const res of answers) expect((await res.text()).length).toBeLessThan(1000);
  });
});
