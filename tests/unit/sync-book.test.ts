// @vitest-environment node
import type { Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, listenApp } from '../../server/app';
import { SqliteStore, type CreatedTeam } from '../../server/storage';
import { pullBook, publishBook, serverBookUrl } from '../../lib/sync/book';
import { syntheticBook } from '../server/book-data';

/**
 * lib/sync/book.ts, the extension's side of the account book sync, against the real sync server
 * (in this process, real HTTP, a SQLite file in a temp folder) and against hand-made answers for
 * what a server cannot be made to do (a static file, a dropped connection, a broken body).
 */

let dir: string;
let store: SqliteStore;
let server: Server;
let base: string;
let team: CreatedTeam;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leadfit-book-client-'));
  store = new SqliteStore(join(dir, 'leadfit.sqlite'));
  team = store.createTeam('acme', 'Maria Lopez');
  const app = createApp({ store, log: () => undefined });
  await new Promise<void>((resolve) => {
    server = listenApp(app, { hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('account book client against the sync server', () => {
  it('publishes (gzipped), pulls with the version, gets 304 for the same ETag, and 409 with a sentence for a stale base', async () => {
    const url = serverBookUrl(`${base}/`, 'acme');
    expect(url).toBe(`${base}/v1/teams/acme/book`);
    const none = await pullBook({ url, token: team.readerToken, etag: null, fetch });
    expect(none).toEqual({ status: 'error', error: expect.stringMatching(/no account book on .* yet.*publishes one/) });

    const book = syntheticBook(500);
    const published = await publishBook({ serverUrl: base, team: 'acme', token: team.managerToken, book, base: { version: 0 }, fetch });
    expect(published).toMatchObject({ ok: true, version: 1, accounts: 500 });

    const pulled = await pullBook({ url, token: team.readerToken, etag: null, fetch });
    if (pulled.status !== 'updated') throw new Error(JSON.stringify(pulled));
    expect(pulled.version).toBe(1);
    expect(pulled.book).toEqual(book);
    expect(pulled.etag).toBe(published.ok ? published.etag : null);
    expect(await pullBook({ url, token: team.readerToken, etag: pulled.etag, fetch })).toEqual({ status: 'unchanged' });

    // Two managers start from version 1; the second to publish is told, and nothing is lost.
    const first = await publishBook({ serverUrl: base, team: 'acme', token: team.managerToken, book: syntheticBook(501), base: { etag: pulled.etag! }, fetch });
    expect(first).toMatchObject({ ok: true, version: 2 });
    const second = await publishBook({ serverUrl: base, team: 'acme', token: team.managerToken, book: syntheticBook(502), base: { etag: pulled.etag! }, fetch });
    expect(second).toEqual({ ok: false, error: expect.stringMatching(/someone published account book version 2 .*pull the team's book/), conflict: { latestVersion: 2 } });
    const latest = await pullBook({ url, token: team.readerToken, etag: pulled.etag, fetch });
    expect(latest.status === 'updated' && latest.book.accounts.length).toBe(501);
  });

  it('says what to do about a wrong token and a reader token used to publish', async () => {
    const url = serverBookUrl(base, 'acme');
    expect(await pullBook({ url, token: 'lfr_wrong', etag: null, fetch })).toEqual({ status: 'error', error: expect.stringMatching(/refused the token.*Options → Team sync/) });
    const asReader = await publishBook({ serverUrl: base, team: 'acme', token: team.readerToken, book: syntheticBook(3), base: { version: 0 }, fetch });
    expect(asReader).toEqual({ ok: false, error: expect.stringMatching(/needs the team's manager token/) });
  });
});

describe('account book client: static files and broken answers', () => {
  const answer = (body: string, init: ResponseInit = {}) => (async () => new Response(body, init)) as unknown as typeof fetch;

  it('takes a static file book without a version, and a 304 from the file host', async () => {
    const book = syntheticBook(5);
    const pulled = await pullBook({ url: 'https://files.example.com/book.json', token: null, etag: null, fetch: answer(JSON.stringify(book), { headers: { ETag: 'W/"abc"' } }) });
    expect(pulled).toEqual({ status: 'updated', book, etag: 'W/"abc"', version: null });
    expect(await pullBook({ url: 'https://files.example.com/book.json', token: null, etag: 'W/"abc"', fetch: answer('', { status: 304 }) })).toEqual({ status: 'unchanged' });
  });

  it('never hands over a book that is not valid, not JSON, too large or cut off: each a sentence', async () => {
    const url = 'https://files.example.com/book.json';
    const broken = syntheticBook(2) as unknown as { accounts: { status: string }[] };
    broken.accounts[1]!.status = 'vip';
    expect(await pullBook({ url, token: null, etag: null, fetch: answer(JSON.stringify(broken)) })).toEqual({ status: 'error', error: expect.stringMatching(/not used: the book is not valid: accounts\.1\.status.*stored book is kept/) });
    expect(await pullBook({ url, token: null, etag: null, fetch: answer('<html>login</html>') })).toEqual({ status: 'error', error: expect.stringMatching(/not JSON/) });
    expect(await pullBook({ url, token: null, etag: null, fetch: answer('{}', { headers: { 'Content-Length': String(500 * 1024 * 1024) } }) })).toEqual({ status: 'error', error: expect.stringMatching(/larger than the limit/) });
    const refused = (async () => {
      throw new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') });
    }) as unknown as typeof fetch;
    expect(await pullBook({ url, token: null, etag: null, fetch: refused })).toEqual({ status: 'error', error: expect.stringMatching(/could not reach files\.example\.com .*ECONNREFUSED.*kept/) });
    expect(await pullBook({ url, token: null, etag: null, fetch: answer('', { status: 404 }) })).toEqual({ status: 'error', error: expect.stringMatching(/no account book at .*check the book URL/) });
  });
});
