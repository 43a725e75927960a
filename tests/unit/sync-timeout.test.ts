// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullBook } from '@/lib/sync/book';
import { checkForUpdate } from '@/lib/sync/client';

/**
 * A sync server that takes the request and never answers: checks run one at a time, so a pull
 * that waited for ever would hold back every later check, "Check now" included. Each pull gives up
 * with a sentence and keeps what is stored.
 */
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer(() => undefined); // never responds
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('pulls from a server that never answers', () => {
  it('the pack check gives up with a sentence', async () => {
    const result = await checkForUpdate({ url: `${base}/v1/teams/acme/pack`, token: 't', etag: null, fetch, currentVersion: null, timeoutMs: 300 });
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.error).toMatch(/^could not reach 127\.0\.0\.1/);
  });

  it('the book pull gives up with a sentence and keeps the stored book', async () => {
    const result = await pullBook({ url: `${base}/v1/teams/acme/book`, token: 't', etag: null, fetch, timeoutMs: 300 });
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.error).toMatch(/could not reach 127\.0\.0\.1.*for the account book.*the stored book is kept/);
  });
});
