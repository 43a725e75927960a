import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { getActivePack, getTabState, handleMessage, processObservation } from '@/lib/background/service';
import type { Observation } from '@/lib/observation';
import { emptyCompany } from '@/lib/observation-empty';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { DEFAULT_SYNC_STATE, STORAGE_ITEMS, tabStateKey } from '@/lib/storage';
import { accountStore } from '@/lib/accounts/store';
import { rawAccounts, seedAccounts } from '../helpers/accounts';

/**
 * Every stored item, damaged in every way we could think of (another build, a bug, a hand edit
 * in devtools): reading never throws, falls back to the item's default, and the background keeps
 * scoring pages. Accounts are read record by record: a broken record is skipped and counted.
 */
const page = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/options.html') });
const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, '../fixtures/storage', name), 'utf8'));
const goodAccount = fixture('accounts.v1.json')['li:northwind-analytics'];

const GARBAGE: [string, unknown][] = [
  ['text', 'not json at all'],
  ['a number', 42],
  ['true', true],
  ['an empty list', []],
  ['a list of text', ['a', 'b']],
  ['an empty object', {}],
  ['an object with wrong types', { pack: 'x', source: 7, etag: 5, sync: 'on', key: 1 }],
  ['a prototype-named object', JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1, "toString": 2}')],
];

const defaults: Record<string, unknown> = {
  settings: DEFAULT_SETTINGS,
  activePack: null,
  previousPack: null,
  lastGoodPack: null,
  packChanges: null,
  syncState: DEFAULT_SYNC_STATE,
  accounts: {},
};

const observation: Observation = {
  url: 'https://www.linkedin.com/company/northwind-analytics/',
  kind: 'linkedin-company',
  person: null,
  people: [],
  company: {
    ...emptyCompany(),
    name: 'Northwind Analytics',
    linkedinUrl: 'https://www.linkedin.com/company/northwind-analytics/',
    industry: 'Software Development',
    employees: { min: 201, max: 500 },
    description: 'A B2B SaaS platform for revenue teams.',
  },
  evidence: {},
  missing: [],
};

describe('every stored item, corrupted, is read as its default', () => {
  beforeEach(() => fakeBrowser.reset());

  for (const [name, target] of Object.entries(STORAGE_ITEMS)) {
    it.each(GARBAGE)(`${name} holding %s`, async (_what, value) => {
      await fakeBrowser.storage.local.set({ [target.key]: value, [`${target.key}$`]: { v: target.version } });
      const read = await target.read();
      expect(read).toEqual(defaults[name]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('a corrupted active pack falls back to the starter pack, and pages are still scored', async () => {
    await fakeBrowser.storage.local.set({ activePack: { pack: { id: 'x', icps: 'many' }, source: 'edited', updatedAt: 'now' }, activePack$: { v: 1 } });
    expect((await getActivePack()).source).toBe('starter');
    const state = await processObservation(3, observation);
    expect(state.status).toBe('ready');
    expect(state.scored?.packId).toBe((await getActivePack()).pack.id);
  });
});

describe('accounts: per-record skip and report', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['text', 'oops'],
    ['a list', [goodAccount, goodAccount]],
    ['a number', 7],
  ])('an older LeadFit’s store holding %s: moved and counted as unreadable, every observation still works', async (_what, value) => {
    // LeadFit 0.1 kept accounts in storage.local; the first start of this version moves them to IndexedDB.
    await fakeBrowser.storage.local.set({ accounts: value });
    const read = await accountStore.list();
    expect(read.accounts).toEqual({});
    expect(read.skipped).toBe(1);
    expect(read.problems[0]?.message).toMatch(/legacy:accounts/);
    expect((await fakeBrowser.storage.local.get('accounts')).accounts).toBeUndefined();
    const state = await processObservation(4, observation);
    expect(state.status).toBe('ready');
    const list = await handleMessage({ type: 'listAccounts' }, page());
    expect(list).toMatchObject({ ok: true });
    if (list.ok) expect((list.data as { key: string }[]).map((a) => a.key)).toEqual(['li:northwind-analytics']);
  });

  const damaged = () => {
    const { company: _dropped, ...noCompany } = goodAccount;
    return {
      'li:northwind-analytics': goodAccount,
      'li:missing-company': { ...noCompany, key: 'li:missing-company' },
      'li:wrong-types': { ...goodAccount, key: 'li:wrong-types', contacts: 'Dana', score: 'high' },
      'li:null': null,
      'li:text': 'just text',
    };
  };

  it('an older LeadFit’s accounts are moved record by record, damaged ones kept and counted', async () => {
    await fakeBrowser.storage.local.set({ accounts: damaged() });
    const read = await accountStore.list();
    expect(Object.keys(read.accounts)).toEqual(['li:northwind-analytics']);
    expect(read.skipped).toBe(4);
    expect(Object.keys(await rawAccounts()).sort()).toEqual(['li:missing-company', 'li:northwind-analytics', 'li:null', 'li:text', 'li:wrong-types']);
    expect((await fakeBrowser.storage.local.get('accounts')).accounts).toBeUndefined();
  });

  it('broken records are skipped and counted, good ones are kept, and nothing stored is lost', async () => {
    await seedAccounts(damaged());
    const read = await accountStore.list();
    expect(Object.keys(read.accounts)).toEqual(['li:northwind-analytics']);
    expect(read.skipped).toBe(4);
    expect(read.problems.map((p) => p.message).join('\n')).toMatch(/li:missing-company.*company/);

    const report = await handleMessage({ type: 'getStorageReport' }, page());
    expect(report).toMatchObject({ ok: true, data: { accountsSkipped: 4 } });

    // An observation merges into the good record and leaves the unreadable ones where they were.
    expect((await processObservation(5, { ...observation, url: 'https://www.linkedin.com/company/acme-other/', company: { ...observation.company!, name: 'Acme Other', linkedinUrl: 'https://www.linkedin.com/company/acme-other/' } })).status).toBe('ready');
    const stored = await rawAccounts();
    expect(Object.keys(stored).sort()).toEqual(['li:acme-other', 'li:missing-company', 'li:northwind-analytics', 'li:null', 'li:text', 'li:wrong-types']);
    expect(stored['li:text']).toBe('just text');

    const set = await handleMessage({ type: 'setOutcome', accountKey: 'li:northwind-analytics', outcome: 'qualified' }, page());
    expect(set).toMatchObject({ ok: true, data: { outcome: 'qualified' } });
    const missing = await handleMessage({ type: 'setOutcome', accountKey: 'li:wrong-types', outcome: 'qualified' }, page());
    expect(missing.ok).toBe(false);
  });
});

describe('tab state (session) corrupted', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each(GARBAGE)('holding %s: the tab is described from its URL, not a crash', async (_what, value) => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/in/someone/' });
    await fakeBrowser.storage.session.set({ [tabStateKey(tab.id!).replace('session:', '')]: value });
    const state = await getTabState(tab.id!);
    expect(state.status).toBe('loading');
    expect(state.observation).toBeNull();
  });

  it('a stored state whose scored result lost its lists is not handed to the popup', async () => {
    const tab = await fakeBrowser.tabs.create({ url: observation.url });
    const good = await processObservation(tab.id!, observation);
    await fakeBrowser.storage.session.set({ [`tab:${tab.id}`]: { ...good, scored: { ...good.scored, talkingPoints: 'none', people: null } } });
    const state = await getTabState(tab.id!);
    expect(state.status).toBe('loading');
  });
});
