// @vitest-environment node
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkNow, originPattern, publishBookNow, pullBookNow, status, validateSyncSettings, type PackHooks } from '@/lib/background/sync';
import { closeBookDb, readBookMeta, readBook, replaceBook } from '@/lib/book/store';
import type { ActivePack } from '@/lib/messaging';
import { parsePack } from '@/lib/profiles/schema';
import { DEFAULT_SETTINGS, settingsSchema, type SyncSettings } from '@/lib/settings';
import { readBookSyncState, settingsItem } from '@/lib/storage';
import { createApp, listenApp } from '../../server/app';
import { SqliteStore, type CreatedTeam } from '../../server/storage';
import { syntheticBook } from '../server/book-data';
import { smallPack } from '../helpers/limit-pack';

/**
 * The background's account book sync (#11): after the pack, the book is pulled from the team's
 * sync server (real HTTP, real SQLite file) or a static file and stored in IndexedDB
 * (lib/book/store.ts); a manager publishes the stored book; an upload that is not published is
 * never overwritten by a pull; the options page's status carries version, count and last error.
 */

let dir: string;
let store: SqliteStore;
let server: Server;
let base: string;
let team: CreatedTeam;
/** Status codes of the answers the background got, to see 304s. */
let statuses: number[] = [];
const countingFetch: typeof fetch = async (input, init) => {
  const res = await fetch(input, init);
  statuses.push(res.status);
  return res;
};

const parsedPack = parsePack(smallPack());
if (!parsedPack.ok) throw new Error('small pack invalid');
const starter: ActivePack = { pack: parsedPack.pack, source: 'starter', updatedAt: '2026-11-01T00:00:00.000Z' };
const hooks: PackHooks = { activate: async (a) => a, getActivePack: async () => starter };

async function useSync(sync: Partial<SyncSettings>): Promise<void> {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, sync: { ...DEFAULT_SETTINGS.sync, ...sync } });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leadfit-book-bg-'));
  store = new SqliteStore(join(dir, 'leadfit.sqlite'));
  team = store.createTeam('acme', 'Maria Lopez');
  await new Promise<void>((resolve) => {
    server = listenApp(createApp({ store, log: () => undefined }), { hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
  // The manager's first book, published straight to the server.
  const res = await fetch(`${base}/v1/teams/acme/book?base=0`, { method: 'POST', headers: { Authorization: `Bearer ${team.managerToken}` }, body: JSON.stringify(syntheticBook(120)) });
  if (res.status !== 201) throw new Error(`publish: ${res.status}`);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  fakeBrowser.reset();
  await closeBookDb();
  statuses = [];
});

describe('background: the team account book', () => {
  it('a rep gets the team book after the pack, stored as synced, then 304s; the status shows version, count and no error', async () => {
    await useSync({ mode: 'server', serverUrl: base, team: 'acme', readerToken: team.readerToken });
    const first = await checkNow(hooks, countingFetch);
    expect(first.book).toMatchObject({ url: `${base}/v1/teams/acme/book`, version: 1, count: 120, source: 'sync', lastError: null });
    expect(await readBookMeta()).toMatchObject({ version: 1, source: 'sync', count: 120 });
    expect((await readBook())?.accounts[7]).toEqual(syntheticBook(120).accounts[7]);

    statuses = [];
    await pullBookNow(countingFetch);
    expect(statuses).toEqual([304]);
    expect((await readBookSyncState()).lastError).toBeNull();
  });

  it('the periodic check and "Check now" at the same moment: one runs after the other, the book is stored once with no error', async () => {
    await useSync({ mode: 'server', serverUrl: base, team: 'acme', readerToken: team.readerToken });
    let inFlight = 0;
    let most = 0;
    const overlapping: typeof fetch = async (input, init) => {
      most = Math.max(most, ++inFlight);
      try {
        return await countingFetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const [alarm, click, pull] = await Promise.all([checkNow(hooks, overlapping), checkNow(hooks, overlapping), pullBookNow(overlapping).then(() => status(starter))]);
    for (const st of [alarm, click, pull]) expect(st.book).toMatchObject({ version: 1, count: 120, source: 'sync', lastError: null });
    expect(most).toBe(1);
    expect(await readBookMeta()).toMatchObject({ version: 1, source: 'sync', count: 120 });
  });

  it('a wrong token is a sentence in the status and the stored book stays', async () => {
    await useSync({ mode: 'server', serverUrl: base, team: 'acme', readerToken: team.readerToken });
    await pullBookNow(countingFetch);
    await useSync({ mode: 'server', serverUrl: base, team: 'acme', readerToken: 'lfr_wrong' });
    await pullBookNow(countingFetch);
    const st = await status(starter);
    expect(st.book?.lastError).toMatch(/refused the token for the account book/);
    expect(st.book?.count).toBe(120);
  });

  it("a manager's upload is not overwritten by a pull; publishing it makes the next version, and a stale publish gets a 409 sentence", async () => {
    await useSync({ mode: 'server', serverUrl: base, team: 'acme', readerToken: team.readerToken, managerToken: team.managerToken });
    await pullBookNow(countingFetch); // version 1 from the server
    const mine = syntheticBook(130, '2026-11-03T08:00:00.000Z');
    await replaceBook(mine, { version: 2, etag: null, source: 'upload' });
    // The server still has version 1: a pull keeps the upload (the manager has not published it).
    const updated = syntheticBook(121, '2026-11-02T08:00:00.000Z');
    await pullBookNow(countingFetch);
    expect((await readBookMeta())?.source).toBe('upload');

    const published = await publishBookNow(countingFetch);
    expect(published).toMatchObject({ ok: true, version: 2, accounts: 130 });
    expect(await readBookMeta()).toMatchObject({ version: 2, source: 'sync', count: 130 });
    statuses = [];
    await pullBookNow(countingFetch);
    expect(statuses).toEqual([304]);

    // A colleague publishes version 3; this browser's next upload is based on version 2.
    const colleague = await fetch(`${base}/v1/teams/acme/book?base=2`, { method: 'POST', headers: { Authorization: `Bearer ${team.managerToken}` }, body: JSON.stringify(updated) });
    expect(colleague.status).toBe(201);
    await replaceBook(syntheticBook(140), { version: 3, etag: null, source: 'upload' });
    await pullBookNow(countingFetch);
    expect((await readBookMeta())?.count).toBe(140);
    expect((await readBookSyncState()).lastError).toMatch(/uploaded in this browser is not published.*version 3.*was not stored over it/);
    const stale = await publishBookNow(countingFetch);
    expect(stale).toMatchObject({ ok: false, conflict: { latestVersion: 3 } });
    expect(!stale.ok && stale.error).toMatch(/someone published account book version 3/);
    expect((await status(starter)).book?.lastError).toMatch(/someone published account book version 3/);
  });

  it('a reader cannot publish: the sentence says a manager token is needed', async () => {
    await useSync({ mode: 'server', serverUrl: base, team: 'acme', readerToken: team.readerToken });
    await replaceBook(syntheticBook(3), { version: 1, etag: null, source: 'upload' });
    expect(await publishBookNow(countingFetch)).toEqual({ ok: false, error: expect.stringMatching(/needs a manager token/) });
  });
});

describe('background: a static book file', () => {
  let fileServer: Server;
  let fileUrl: string;
  const text = JSON.stringify(syntheticBook(40));
  beforeAll(async () => {
    fileServer = createServer((req, res) => {
      const etag = '"book-v1"';
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end();
      res.writeHead(200, { ETag: etag, 'Content-Type': 'application/json' }).end(text);
    });
    await new Promise<void>((resolve) => fileServer.listen(0, '127.0.0.1', () => resolve()));
    fileUrl = `http://127.0.0.1:${(fileServer.address() as AddressInfo).port}/book.json`;
  });
  afterAll(() => new Promise<void>((resolve) => fileServer.close(() => resolve())));

  it('pulls the book from the static URL with If-None-Match', async () => {
    await useSync({ mode: 'static', staticUrl: 'http://127.0.0.1:9/pack.json', staticBookUrl: fileUrl });
    await pullBookNow(countingFetch);
    expect(await readBookMeta()).toMatchObject({ source: 'sync', count: 40, etag: '"book-v1"' });
    const st = await status(starter);
    expect(st.book).toMatchObject({ url: fileUrl, count: 40, lastError: null, version: null });
    statuses = [];
    await pullBookNow(countingFetch);
    expect(statuses).toEqual([304]);
  });

  it('a book URL must be https (http only on this computer), and its host is asked for on Save', () => {
    const sync = { ...DEFAULT_SETTINGS.sync, mode: 'static' as const, staticUrl: 'https://files.example.com/pack.json' };
    expect(validateSyncSettings({ ...sync, staticBookUrl: 'http://crm.example.com/book.json' })).toMatch(/https:\/\/ address for the account book file/);
    expect(validateSyncSettings({ ...sync, staticBookUrl: 'not a url' })).toMatch(/not a URL \(account book file\)/);
    expect(validateSyncSettings({ ...sync, staticBookUrl: 'https://crm.example.com/book.json' })).toBeNull();
    expect(originPattern({ ...sync, staticBookUrl: 'https://crm.example.com/book.json' }, 'book')).toBe('https://crm.example.com/*');
  });

  it('settings saved before the book URL existed still parse, with no book URL', () => {
    const old = { sync: { mode: 'static', serverUrl: '', team: '', readerToken: '', managerToken: '', staticUrl: 'https://example.com/pack.json' }, retentionDays: 30 };
    expect(settingsSchema.parse(old).sync.staticBookUrl).toBe('');
  });
});
