// @vitest-environment node
import type { ServerType } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseBookJson, type Book } from '../../lib/book/schema';
import { BOOK_VERSION_HEADER, createApp, listenApp } from '../../server/app';
import { BOOK_VERSIONS_KEPT, SqliteStore, type CreatedTeam } from '../../server/storage';
import { syntheticBook } from './book-data';

/**
 * The team's account book on the sync server (#11), over real HTTP (node:http, which does not
 * undo gzip, so the bytes on the wire are seen) against a real SQLite file in a temp folder:
 * publish, pull, 304, gzip both ways, 409 when someone published in between, 413 while the
 * upload is still streaming, tokens, history, and a 100,000-account book.
 */

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

interface Running {
  server: ServerType;
  store: SqliteStore;
  port: number;
  team: CreatedTeam;
  path: string;
}

let dir: string;
let serial = 0;
const running: Running[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leadfit-book-'));
});

afterEach(async () => {
  for (const r of running.splice(0)) {
    await new Promise<void>((resolve) => {
      if ('closeAllConnections' in r.server) r.server.closeAllConnections();
      r.server.close(() => resolve());
    });
    r.store.close();
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(options: { maxBookBytes?: number } = {}): Promise<Running> {
  const path = join(dir, `db-${++serial}`, 'leadfit.sqlite');
  const store = new SqliteStore(path);
  const team = store.createTeam('acme', 'Maria Lopez');
  const app = createApp({ store, log: () => undefined, now: () => new Date('2026-11-02T10:00:00.000Z'), ...options });
  return new Promise((resolve) => {
    const server = listenApp(app, { hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      const r = { server, store, port: info.port, team, path };
      running.push(r);
      resolve(r);
    });
  });
}

function call(r: Running, method: 'GET' | 'POST', path: string, headers: Record<string, string>, body?: Buffer | string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: r.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const pull = (r: Running, headers: Record<string, string> = {}, token = r.team.readerToken) => call(r, 'GET', '/v1/teams/acme/book', { ...auth(token), ...headers });
function publish(r: Running, book: Book | string, query: string, headers: Record<string, string> = {}, token = r.team.managerToken): Promise<Answer> {
  const text = typeof book === 'string' ? book : JSON.stringify(book);
  const gzip = headers['Content-Encoding'] === 'gzip';
  return call(r, 'POST', `/v1/teams/acme/book${query}`, { ...auth(token), 'Content-Type': 'application/json', ...headers }, gzip ? gzipSync(text) : text);
}
const json = (a: Answer) => JSON.parse(a.body.toString('utf8')) as Record<string, unknown>;
const bookOf = (a: Answer): Book => {
  const parsed = parseBookJson((a.headers['content-encoding'] === 'gzip' ? gunzipSync(a.body) : a.body).toString('utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.book;
};

describe('account book: publish and pull', () => {
  it('publishes the first book, serves it with an ETag and its version, and answers 304 to that ETag', async () => {
    const r = await start();
    expect((await pull(r)).status).toBe(404);
    const book = syntheticBook(50);
    const published = await publish(r, book, '?base=0');
    expect(published.status).toBe(201);
    expect(json(published)).toMatchObject({ version: 1, accounts: 50, publishedBy: 'Maria Lopez', publishedAt: '2026-11-02T10:00:00.000Z' });

    const first = await pull(r, { 'Accept-Encoding': 'identity' });
    expect(first.status).toBe(200);
    expect(first.headers[BOOK_VERSION_HEADER.toLowerCase()]).toBe('1');
    expect(first.headers.etag).toBe(json(published).etag);
    expect(first.headers['content-encoding']).toBeUndefined();
    expect(bookOf(first)).toEqual(book);

    const again = await pull(r, { 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);
  });

  it('sends gzip to a reader that takes it and the same book as is to one that does not', async () => {
    const r = await start();
    const book = syntheticBook(2000);
    expect((await publish(r, book, '?base=0')).status).toBe(201);
    const zipped = await pull(r, { 'Accept-Encoding': 'gzip, deflate' });
    const plain = await pull(r, { 'Accept-Encoding': 'identity' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
    expect(bookOf(zipped)).toEqual(book);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(String(zipped.headers.vary)).toMatch(/Accept-Encoding/);
  });

  it('accepts a gzipped upload', async () => {
    const r = await start();
    const book = syntheticBook(300);
    const published = await publish(r, book, '?base=0', { 'Content-Encoding': 'gzip' });
    expect(published.status).toBe(201);
    expect(bookOf(await pull(r))).toEqual(book);
  });

  it('a new version reaches readers at once: the old ETag gets the new book, not a 304', async () => {
    const r = await start();
    await publish(r, syntheticBook(10), '?base=0');
    const v1 = await pull(r);
    const next = syntheticBook(12, '2026-11-02T09:00:00.000Z');
    const published = await publish(r, next, '', { 'If-Match': String(v1.headers.etag) });
    expect(published.status).toBe(201);
    expect(json(published).version).toBe(2);
    const v2 = await pull(r, { 'If-None-Match': String(v1.headers.etag) });
    expect(v2.status).toBe(200);
    expect(v2.headers[BOOK_VERSION_HEADER.toLowerCase()]).toBe('2');
    expect(bookOf(v2).accounts).toHaveLength(12);
  });

  it('keeps the book in the SQLite file: a restarted server serves the same version and ETag', async () => {
    const r = await start();
    const published = json(await publish(r, syntheticBook(20), '?base=0'));
    r.store.close();
    const reopened = new SqliteStore(r.path);
    try {
      const latest = reopened.latestBook('acme');
      expect(latest).toMatchObject({ version: 1, accounts: 20, etag: published.etag });
      expect(parseBookJson(gunzipSync(latest!.gzip).toString('utf8')).ok).toBe(true);
    } finally {
      reopened.close();
    }
  });
});

describe('account book: conflicts, limits, tokens', () => {
  it('refuses with 409 and a sentence when someone published in between, by version or by ETag; nothing is lost', async () => {
    const r = await start();
    await publish(r, syntheticBook(5), '?base=0');
    const etagV1 = String((await pull(r)).headers.etag);
    // Two managers both start from version 1; the first publish wins.
    expect((await publish(r, syntheticBook(6), '?base=1')).status).toBe(201);
    const late = await publish(r, syntheticBook(7), '?base=1');
    expect(late.status).toBe(409);
    expect(json(late)).toMatchObject({ latestVersion: 2 });
    expect(String(json(late).error)).toMatch(/someone published account book version 2 after version 1: pull the latest book/);
    const stale = await publish(r, syntheticBook(7), '', { 'If-Match': etagV1 });
    expect(stale.status).toBe(409);
    // A first-book publish when a book exists is a conflict too, not an overwrite.
    expect((await publish(r, syntheticBook(7), '?base=0')).status).toBe(409);
    const served = await pull(r);
    expect(served.headers[BOOK_VERSION_HEADER.toLowerCase()]).toBe('2');
    expect(bookOf(served).accounts).toHaveLength(6);
  });

  it('asks which book is replaced when the publish names none (428) and refuses a base that is not a number', async () => {
    const r = await start();
    const none = await publish(r, syntheticBook(3), '');
    expect(none.status).toBe(428);
    expect(String(json(none).error)).toMatch(/If-Match.*base=/);
    expect((await publish(r, syntheticBook(3), '?base=latest')).status).toBe(400);
    expect((await pull(r)).status).toBe(404);
  });

  it('refuses a book that is not valid with the reason, and keeps the published one', async () => {
    const r = await start();
    await publish(r, syntheticBook(4), '?base=0');
    const broken = syntheticBook(4) as unknown as { accounts: Record<string, unknown>[] };
    broken.accounts[2]!.status = 'best friend';
    const bad = await publish(r, JSON.stringify(broken), '?base=1');
    expect(bad.status).toBe(400);
    expect(String(json(bad).error)).toMatch(/accounts\.2\.status.*nothing was published/);
    const notJson = await publish(r, '{"format": "leadfit-account-book", ', '?base=1');
    expect(notJson.status).toBe(400);
    expect(String(json(notJson).error)).toMatch(/not JSON/);
    const badGzip = await call(r, 'POST', '/v1/teams/acme/book?base=1', { ...auth(r.team.managerToken), 'Content-Encoding': 'gzip' }, 'not gzip at all');
    expect(badGzip.status).toBe(400);
    expect(String(json(badGzip).error)).toMatch(/not valid gzip/);
    expect((await pull(r)).headers[BOOK_VERSION_HEADER.toLowerCase()]).toBe('1');
  });

  it('answers 413 with a sentence while a chunked upload is still streaming, without reading it all', async () => {
    const r = await start({ maxBookBytes: 256 * 1024 });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const total = 200; // 12.5 MB offered; the limit is 256 KB
    const answer = await new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
      let sent = 0;
      let stopped = false;
      const req = request(
        { host: '127.0.0.1', port: r.port, path: '/v1/teams/acme/book?base=0', method: 'POST', headers: { ...auth(r.team.managerToken), 'Transfer-Encoding': 'chunked' } },
        (res) => {
          stopped = true;
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString('utf8')));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, sent }));
        },
      );
      req.on('error', (err) => (stopped ? undefined : reject(err)));
      const pump = () => {
        if (stopped || sent >= total) return void req.end();
        sent++;
        if (req.write(chunk)) setImmediate(pump);
        else req.once('drain', pump);
      };
      pump();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error).toMatch(/larger than the server accepts.*nothing was published/);
    expect(answer.sent).toBeLessThan(total);
  });

  it('counts the unpacked bytes of a gzipped upload: a small gzip of a huge body gets 413', async () => {
    const r = await start({ maxBookBytes: 1024 * 1024 });
    const bomb = gzipSync(Buffer.alloc(40 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const answer = await call(r, 'POST', '/v1/teams/acme/book?base=0', { ...auth(r.team.managerToken), 'Content-Encoding': 'gzip' }, bomb);
    expect(answer.status).toBe(413);
  });

  it('needs a valid token: none 401, wrong 403, a reader token cannot publish', async () => {
    const r = await start();
    await publish(r, syntheticBook(2), '?base=0');
    expect((await call(r, 'GET', '/v1/teams/acme/book', {})).status).toBe(401);
    expect((await pull(r, {}, 'lfr_not-a-token')).status).toBe(403);
    const asReader = await publish(r, syntheticBook(3), '?base=1', {}, r.team.readerToken);
    expect(asReader.status).toBe(403);
    expect(String(json(asReader).error)).toMatch(/manager token/);
    const other = r.store.createTeam('globex', 'Hank');
    expect((await pull(r, {}, other.readerToken)).status).toBe(403);
    expect((await pull(r)).headers[BOOK_VERSION_HEADER.toLowerCase()]).toBe('1');
  });

  it(`keeps the latest ${BOOK_VERSIONS_KEPT} versions and lists them newest first`, async () => {
    const r = await start();
    for (let v = 0; v < BOOK_VERSIONS_KEPT + 2; v++) expect((await publish(r, syntheticBook(v + 1), `?base=${v}`)).status).toBe(201);
    const list = await call(r, 'GET', '/v1/teams/acme/book/versions', auth(r.team.readerToken));
    const versions = JSON.parse(list.body.toString('utf8')) as { version: number; accounts: number }[];
    expect(versions.map((v) => v.version)).toEqual(Array.from({ length: BOOK_VERSIONS_KEPT }, (_, i) => BOOK_VERSIONS_KEPT + 2 - i));
    expect(versions[0]!.accounts).toBe(BOOK_VERSIONS_KEPT + 2);
    expect((await call(r, 'GET', '/v1/teams/acme/book/versions/1', auth(r.team.readerToken))).status).toBe(404);
    const old = await call(r, 'GET', '/v1/teams/acme/book/versions/3', auth(r.team.readerToken));
    expect(old.status).toBe(200);
    expect(bookOf(old).accounts).toHaveLength(3);
  });
});

describe('account book: 100,000 accounts', () => {
  it('publishes (gzipped) and pulls a 100,000-account book intact', { timeout: 120_000 }, async () => {
    const r = await start();
    const book = syntheticBook(100_000);
    const text = JSON.stringify(book);
    const t0 = performance.now();
    const published = await publish(r, text, '?base=0', { 'Content-Encoding': 'gzip' });
    const publishMs = performance.now() - t0;
    expect(published.status).toBe(201);
    expect(json(published)).toMatchObject({ version: 1, accounts: 100_000 });
    const t1 = performance.now();
    const pulled = await pull(r, { 'Accept-Encoding': 'gzip' });
    const pullMs = performance.now() - t1;
    expect(pulled.status).toBe(200);
    const got = bookOf(pulled);
    expect(got.accounts).toHaveLength(100_000);
    expect(got.accounts[99_999]).toEqual(book.accounts[99_999]);
    expect((await pull(r, { 'If-None-Match': String(pulled.headers.etag) })).status).toBe(304);
    console.log(
      `book 100k: ${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB JSON, ${(pulled.body.length / 1048576).toFixed(1)} MB gzip; publish ${publishMs.toFixed(0)} ms, pull ${pullMs.toFixed(0)} ms`,
    );
  });
});
