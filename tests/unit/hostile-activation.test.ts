import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { activatePack, getActivePack, handleMessage, processObservation } from '@/lib/background/service';
import { checkNow } from '@/lib/background/sync';
import type { Observation } from '@/lib/observation';
import { emptyCompany } from '@/lib/observation-empty';
import { PACK_LIMITS } from '@/lib/profiles/limits';
import { activePackItem, readLastGoodPack, readSyncState, settingsItem } from '@/lib/storage';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { smallPack } from '../helpers/limit-pack';

/**
 * `savePack` and team sync are atomic (issue #9): a pack is validated and dry-run on sample pages
 * before it becomes active; on any failure nothing changes and the error says why. A pack whose
 * name is "Explodes" makes scoring throw here, standing for a pack the schema cannot see is broken.
 */
vi.mock('@/lib/scoring', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/scoring')>();
  return {
    ...real,
    scorePage: (...args: Parameters<typeof real.scorePage>) => {
      if (args[1].name === 'Explodes') throw new TypeError("Cannot read properties of undefined (reading 'trim')");
      if (args[1].name === 'Explodes on Acme' && args[0].company?.name === 'Acme') throw new TypeError('boom on Acme');
      return real.scorePage(...args);
    },
  };
});

const page = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/options.html') });
const packNamed = (name: string, version = 1): Record<string, any> => ({ ...smallPack(), name, version });

const observation = (name: string): Observation => ({
  url: `https://www.linkedin.com/company/${name.toLowerCase()}/`,
  kind: 'linkedin-company',
  person: null,
  people: [],
  company: { ...emptyCompany(), name, linkedinUrl: `https://www.linkedin.com/company/${name.toLowerCase()}/`, industry: 'Software Development', employees: { min: 201, max: 500 } },
  evidence: {},
  missing: [],
});

describe('savePack is atomic', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a template with {{toString}} is refused with the reason; the active pack stays', async () => {
    await handleMessage({ type: 'savePack', pack: packNamed('Good'), source: 'imported' }, page());
    const bad = packNamed('Hostile');
    bad.icps[0].talkingPoints = [{ id: 't', text: 'Hi {{toString}}' }];
    const answer = await handleMessage({ type: 'savePack', pack: bad, source: 'imported' }, page());
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/nothing was saved.*unknown variable \{\{toString\}\}/) });
    expect((await getActivePack()).pack.name).toBe('Good');
  });

  it('a pack that passes the schema but breaks scoring is refused; nothing changes', async () => {
    await handleMessage({ type: 'savePack', pack: packNamed('Good'), source: 'edited' }, page());
    await handleMessage({ type: 'savePack', pack: packNamed('Better', 2), source: 'edited' }, page());
    const before = await fakeBrowser.storage.local.get(null);
    const answer = await handleMessage({ type: 'savePack', pack: packNamed('Explodes'), source: 'imported' }, page());
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/not activated: scoring a LinkedIn person page with this pack fails \(Cannot read properties.*\); the current pack was kept/) });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect((await getActivePack()).pack.name).toBe('Better');
    await expect(activatePack({ pack: packNamed('Explodes') as never, source: 'team', updatedAt: 'now' })).rejects.toThrow(/not activated/);
    expect((await getActivePack()).pack.name).toBe('Better');
  });

  it('"reset to the last good pack" goes back to the pack before the current one; "starter" to the starter pack', async () => {
    expect((await handleMessage({ type: 'resetPack', to: 'last-good' }, page())).ok).toBe(false);
    await handleMessage({ type: 'savePack', pack: packNamed('First'), source: 'edited' }, page());
    await handleMessage({ type: 'savePack', pack: packNamed('Second', 2), source: 'edited' }, page());
    expect((await readLastGoodPack())?.pack.name).toBe('First');
    const back = await handleMessage({ type: 'resetPack', to: 'last-good' }, page());
    expect(back).toMatchObject({ ok: true, data: { pack: { name: 'First' } } });
    const starter = await handleMessage({ type: 'resetPack', to: 'starter' }, page());
    expect(starter).toMatchObject({ ok: true, data: { source: 'starter' } });
    // The pack reset away from is the last good one now, so the reset can be undone.
    expect((await readLastGoodPack())?.pack.name).toBe('First');
  });

  it('after the first save, the last good pack is the starter pack, restored as the starter pack', async () => {
    await handleMessage({ type: 'savePack', pack: packNamed('First'), source: 'edited' }, page());
    const back = await handleMessage({ type: 'resetPack', to: 'last-good' }, page());
    expect(back).toMatchObject({ ok: true, data: { source: 'starter' } });
    expect(await activePackItem.getValue()).toBeNull();
  });

  it('a stored pack that fails on one page (not foreseen by the dry run) still gives that page a score, from the starter pack', async () => {
    await handleMessage({ type: 'savePack', pack: packNamed('Explodes on Acme'), source: 'edited' }, page());
    expect((await getActivePack()).pack.name).toBe('Explodes on Acme');
    const other = await processObservation(1, observation('Northwind'));
    expect(other.scored?.packId).toBe('hostile');
    const acme = await processObservation(2, observation('Acme'));
    expect(acme.status).toBe('ready');
    expect(acme.scored?.packId).toBe((await import('@/lib/profiles/starter')).loadStarterPack().id);
  });
});

describe('team sync uses the same guard and the size limit', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sync: { ...DEFAULT_SETTINGS.sync, mode: 'static', staticUrl: 'https://cdn.example.com/team.json' } });
    await activePackItem.setValue({ pack: packNamed('Current') as never, source: 'edited', updatedAt: '2026-01-01T00:00:00Z' });
  });
  const hooks = { activate: activatePack, getActivePack };

  it('a team pack that would break scoring is not used; the error is shown and the pack kept', async () => {
    const fetchStub = (async () => new Response(JSON.stringify(packNamed('Explodes', 5)), { status: 200 })) as typeof fetch;
    const status = await checkNow(hooks, fetchStub);
    expect(status.lastError).toMatch(/team version 5 was not used: the pack was not activated: scoring .* fails/);
    expect((await getActivePack()).pack.name).toBe('Current');
  });

  it('a pack body over the size limit is refused while downloading (declared or streamed); the pack is kept', async () => {
    const big = `{"x":"${'y'.repeat(PACK_LIMITS.maxBytes)}"}`;
    let pulled = 0;
    const streamed = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 100) controller.close();
        else controller.enqueue(new TextEncoder().encode(big.slice(0, 100_000)));
      },
    });
    for (const response of [
      new Response(big, { status: 200, headers: { 'Content-Length': String(big.length) } }),
      new Response(streamed, { status: 200 }),
    ]) {
      const status = await checkNow(hooks, (async () => response) as typeof fetch);
      expect(status.lastError).toMatch(/larger than the limit of 2 MB; the current pack was kept/);
      expect((await getActivePack()).pack.name).toBe('Current');
    }
    // The stream was abandoned at the limit, not read to its end.
    expect(pulled).toBeLessThan(30);
    expect((await readSyncState()).lastError).toMatch(/2 MB/);
  });
});
