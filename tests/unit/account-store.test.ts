import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { mergeObservation } from '@/lib/accounts/merge';
import { accountStore, AccountStoreError, QUOTA_SENTENCE } from '@/lib/accounts/store';
import type { AccountRecord } from '@/lib/accounts/types';
import { getTabState, handleMessage, processObservation, applyRetentionNow } from '@/lib/background/service';
import type { Observation } from '@/lib/observation';
import { emptyCompany, emptyPerson } from '@/lib/observation-empty';
import { rawAccounts, seedAccounts, storedAccounts } from '../helpers/accounts';

/**
 * The accounts in IndexedDB (#11): a page reads and writes only its own company's records, found
 * by any of their keys; changes are all or nothing; storage full is said in words; retention and
 * "delete everything" reach the store.
 */
const goodAccount = JSON.parse(readFileSync(join(__dirname, '../fixtures/storage/accounts.v1.json'), 'utf8'))['li:northwind-analytics'] as AccountRecord;
const page = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/options.html') });
const tabSender = (tabId: number) => ({ id: browser.runtime.id, url: 'https://www.linkedin.com/', tab: { id: tabId } });

function companyPage(slug: string, name: string, extra: Partial<Observation['company'] & object> = {}): Observation {
  const url = `https://www.linkedin.com/company/${slug}/`;
  return {
    ...emptyObservation(url, 'linkedin-company'),
    company: { ...emptyCompany(), name, linkedinUrl: url, industry: 'Software Development', employees: { min: 201, max: 500 }, ...extra },
  };
}

function personAt(company: string, companyLinkedinUrl: string | null, name = 'Dana Whitfield'): Observation {
  const url = `https://www.linkedin.com/in/${name.toLowerCase().replace(/\W+/g, '-')}/`;
  return { ...emptyObservation(url, 'linkedin-person'), person: { ...emptyPerson(), name, title: 'VP of Sales', company, companyLinkedinUrl, linkedinUrl: url } };
}

function emptyObservation(url: string, kind: Observation['kind']): Observation {
  return { url, kind, person: null, people: [], company: null, evidence: {}, missing: [] };
}

/** Many accounts that are not the page's, so a lookup has something to ignore. */
function filler(n: number): Record<string, AccountRecord> {
  const out: Record<string, AccountRecord> = {};
  for (let i = 0; i < n; i++) {
    const key = `li:filler-${i}`;
    out[key] = { ...goodAccount, key, aliases: [key, `name:filler ${i}`], company: { ...goodAccount.company, name: `Filler ${i}`, linkedinUrl: `https://www.linkedin.com/company/filler-${i}/` } };
  }
  return out;
}

describe('the account store', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('finds an account by any of its keys, and only the accounts those keys name', async () => {
    await seedAccounts({ ...filler(300), 'li:northwind-analytics': goodAccount });
    const byName = await accountStore.find(['domain:northwind.example']);
    expect(Object.keys(byName)).toEqual(['li:northwind-analytics']);
    expect(Object.keys(await accountStore.find(['li:nobody', 'name:nobody']))).toEqual([]);
    expect((await accountStore.get('domain:northwind.example'))?.key).toBe('li:northwind-analytics');
    expect(await accountStore.count()).toBe(301);
  });

  it('a person page scores against its company page seen before, among thousands of other accounts', async () => {
    await seedAccounts(filler(2000));
    await processObservation(1, companyPage('northwind-analytics', 'Northwind Analytics'));
    const state = await processObservation(2, personAt('Northwind Analytics', 'https://www.linkedin.com/company/northwind-analytics/'));
    expect(state.account?.key).toBe('li:northwind-analytics');
    expect(state.account?.contacts.map((c) => c.person.name)).toEqual(['Dana Whitfield']);
    // The company's size came from the account (the person page does not state it).
    const size = state.scored!.account!.best!.criteria.find((c) => c.id === 'employees');
    expect(size?.status).toBe('matched');
    expect(await accountStore.count()).toBe(2001);
  });

  it('a name-only account and the company page seen later become one record, the old key deleted', async () => {
    await processObservation(1, personAt('Northwind Analytics', null));
    expect(Object.keys(await storedAccounts())).toEqual(['name:northwind analytics']);
    await processObservation(2, companyPage('northwind-analytics', 'Northwind Analytics'));
    const stored = await storedAccounts();
    expect(Object.keys(stored)).toEqual(['li:northwind-analytics']);
    expect(stored['li:northwind-analytics']!.contacts).toHaveLength(1);
  });

  it('storage full: the verdict is still shown, the rep is told what to do, and nothing stored is lost', async () => {
    await processObservation(1, personAt('Northwind Analytics', null));
    const before = await rawAccounts();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const state = await processObservation(2, companyPage('northwind-analytics', 'Northwind Analytics'));
    expect(put).toHaveBeenCalled();
    expect(state.status).toBe('ready');
    expect(state.scored?.account?.best).toBeTruthy();
    expect(state.storageWarning).toBe(QUOTA_SENTENCE);
    expect(state.storageWarning).toMatch(/Options → Accounts/);
    // The fold would have deleted the name-only record: it was rolled back with the failed write.
    expect(await rawAccounts()).toEqual(before);
    put.mockRestore();
    const after = await getTabState(2);
    expect(after.storageWarning).toBe(QUOTA_SENTENCE);
    await expect(accountStore.update(['li:x'], () => ({ 'li:x': goodAccount }))).resolves.toBeTruthy();
  });

  it('the error for a full disk is an AccountStoreError marked as quota', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const error = await accountStore.update(['li:a'], () => ({ 'li:a': { ...goodAccount, key: 'li:a', aliases: ['li:a'] } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccountStoreError);
    expect((error as AccountStoreError).quota).toBe(true);
  });

  it('two pages of one company merged at the same time lose neither page', async () => {
    const a = personAt('Northwind Analytics', 'https://www.linkedin.com/company/northwind-analytics/', 'Dana Whitfield');
    const b = personAt('Northwind Analytics', 'https://www.linkedin.com/company/northwind-analytics/', 'Sam Ortega');
    await Promise.all([processObservation(1, a), processObservation(2, b)]);
    const stored = await storedAccounts();
    expect(Object.keys(stored)).toEqual(['li:northwind-analytics']);
    expect(stored['li:northwind-analytics']!.contacts.map((c) => c.person.name).sort()).toEqual(['Dana Whitfield', 'Sam Ortega']);
  });

  it('retention deletes accounts not seen for the configured days; delete everything empties the store', async () => {
    const old = { ...goodAccount, key: 'li:old', aliases: ['li:old'], lastSeenAt: '2020-01-01T00:00:00.000Z' };
    const recent = { ...goodAccount, lastSeenAt: new Date().toISOString() };
    await seedAccounts({ 'li:old': old, 'li:northwind-analytics': recent });
    expect(await applyRetentionNow()).toBe(1);
    expect(Object.keys(await storedAccounts())).toEqual(['li:northwind-analytics']);
    expect(await handleMessage({ type: 'deleteAll' }, page())).toMatchObject({ ok: true });
    expect(await accountStore.count()).toBe(0);
  });

  it('an outcome is set on one record, found by any alias, and a missing one is an error in words', async () => {
    await seedAccounts({ 'li:northwind-analytics': goodAccount });
    const set = await handleMessage({ type: 'setOutcome', accountKey: 'domain:northwind.example', outcome: 'not-a-fit' }, page());
    expect(set).toMatchObject({ ok: true, data: { key: 'li:northwind-analytics', outcome: 'not-a-fit' } });
    expect((await storedAccounts())['li:northwind-analytics']!.outcome).toBe('not-a-fit');
    const missing = await handleMessage({ type: 'setOutcome', accountKey: 'li:gone', outcome: 'qualified' }, page());
    expect(missing).toMatchObject({ ok: false, error: expect.stringMatching(/no longer stored/) });
  });

  it('list pages read the accounts of every row company, not the whole store', async () => {
    await processObservation(1, companyPage('northwind-analytics', 'Northwind Analytics'));
    const find = vi.spyOn(accountStore, 'find');
    const list = { ...emptyObservation('https://www.linkedin.com/search/results/people/?keywords=x', 'linkedin-search') };
    list.people = [
      { ...personAt('Northwind Analytics', 'https://www.linkedin.com/company/northwind-analytics/').person!, name: 'Row One' },
      { ...personAt('Contoso', null).person!, name: 'Row Two' },
    ];
    const state = await processObservation(3, list);
    expect(find).toHaveBeenCalled();
    const asked = find.mock.calls.flatMap((c) => c[0]);
    expect(asked).toEqual(expect.arrayContaining(['li:northwind-analytics', 'name:contoso']));
    expect(state.derived?.rows?.[0]?.account?.key).toBe('li:northwind-analytics');
    expect(state.derived?.rows?.[1]?.account).toBeNull();
    void tabSender;
  });

  it('merges are the pure ones: the store holds exactly what mergeObservation returns', async () => {
    const obs = companyPage('contoso', 'Contoso');
    await processObservation(1, obs);
    const stored = (await storedAccounts())['li:contoso']!;
    const expected = mergeObservation({}, { observation: obs, scored: null, now: new Date(stored.lastSeenAt) }).accounts['li:contoso']!;
    expect(stored.aliases).toEqual(expected.aliases);
    expect(stored.company.name).toBe('Contoso');
  });
});
