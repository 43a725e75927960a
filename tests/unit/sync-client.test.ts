import { describe, expect, it } from 'vitest';
import { loadStarterPack } from '@/lib/profiles/starter';
import { checkForUpdate, publishPack } from '@/lib/sync/client';

/**
 * The sync client's answers to what the server (server/app.ts) says: the real size limit on 413,
 * Retry-After on 429, the server's `errorCount` on 400, and no publishedAt/publishedBy sent
 * (the server sets them from its clock and the manager token's name).
 */
const pack = loadStarterPack();

function fakeFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  const sent: RequestInit[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    sent.push(init);
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, sent };
}

const publish = (f: typeof fetch) => publishPack({ serverUrl: 'https://sync.example.com', team: 'acme', token: 'lfm_x', pack: { ...pack, version: 2 }, fetch: f });

describe('sync client', () => {
  it('does not send publishedAt or publishedBy: the server sets them', async () => {
    const { fetch, sent } = fakeFetch(201, { version: 2, publishedAt: '2026-01-01T00:00:00Z', publishedBy: 'Maria' });
    expect(await publish(fetch)).toEqual({ ok: true, version: 2 });
    const body = JSON.parse(String(sent[0]!.body)) as Record<string, unknown>;
    expect(body).not.toHaveProperty('publishedAt');
    expect(body).not.toHaveProperty('publishedBy');
    expect(body).toMatchObject({ id: pack.id, version: 2, name: pack.name });
  });

  it('names the real size limit on 413', async () => {
    const { fetch } = fakeFetch(413, { error: 'the body is larger than 2000000 bytes' });
    const result = await publish(fetch);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^the pack is larger than the server accepts \(2 MB\)/);
  });

  it('says how long to wait on 429, from Retry-After, when publishing and pulling', async () => {
    const limited = fakeFetch(429, { error: 'too many failed attempts with a wrong token; try again in 42 s' }, { 'Retry-After': '42' });
    const result = await publish(limited.fetch);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('too many failed attempts, try again in 42 s');
    const pulled = await checkForUpdate({ url: 'https://sync.example.com/v1/teams/acme/pack', token: 'lfr_x', etag: null, currentVersion: null, fetch: fakeFetch(429, {}, { 'Retry-After': '17' }).fetch });
    expect(pulled).toEqual({ status: 'error', error: expect.stringContaining('too many failed attempts, try again in 17 s') });
  });

  it('counts the errors the server did not list, from errorCount', async () => {
    const errors = Array.from({ length: 5 }, (_, i) => ({ path: `icps.${i}.name`, message: 'too long' }));
    const { fetch } = fakeFetch(400, { error: 'the pack is not valid; nothing was published', errors, errorCount: 40 });
    const result = await publish(fetch);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/icps\.0\.name: too long; icps\.1\.name: too long; icps\.2\.name: too long \(and 37 more\)$/);
      expect(result.errors).toHaveLength(5);
    }
    // Without errorCount (an older server): what was listed is all there is.
    const older = await publish(fakeFetch(400, { errors }).fetch);
    if (!older.ok) expect(older.error).toMatch(/\(and 2 more\)$/);
  });
});
