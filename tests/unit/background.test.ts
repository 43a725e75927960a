import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { getActivePack, getTabState, handleMessage, processObservation } from '@/lib/background/service';
import { badgeFor } from '@/lib/background/badge';
import type { Observation } from '@/lib/observation';
import { emptyCompany } from '@/lib/observation-empty';
import { storedAccounts } from '../helpers/accounts';

const page = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') });
const contentScript = (tabId: number) => ({ id: browser.runtime.id, url: 'https://www.linkedin.com/company/northwind/', tab: { id: tabId } });

const companyObservation: Observation = {
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
    headquarters: 'Boston, MA',
    description: 'A B2B SaaS platform for revenue teams.',
  },
  evidence: {
    'company.name': { source: 'json-ld', snippet: 'Northwind Analytics' },
    'company.industry': { source: 'selector', snippet: 'Software Development' },
    'company.employees': { source: 'selector', snippet: '201-500 employees' },
    'company.headquarters': { source: 'selector', snippet: 'Boston, MA' },
  },
  missing: ['company.domain', 'company.website'],
};

describe('background message handling', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers malformed messages with an error instead of throwing', async () => {
    for (const message of [null, 42, 'hello', {}, { type: 'nope' }, { type: 'getTabState', tabId: -1 }, { type: 'getTabState', tabId: '3' }]) {
      const answer = await handleMessage(message, page());
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(answer.error).toMatch(/malformed message/);
    }
  });

  it('refuses an observation from an extension page and page requests from a web page', async () => {
    const fromPopup = await handleMessage({ type: 'observation', observation: companyObservation }, page());
    expect(fromPopup).toMatchObject({ ok: false, error: expect.stringMatching(/content script/) });
    const fromWeb = await handleMessage({ type: 'deleteAll' }, contentScript(3));
    expect(fromWeb).toMatchObject({ ok: false, error: expect.stringMatching(/LeadFit's own pages/) });
    const fromOther = await handleMessage({ type: 'getPack' }, { ...page(), id: 'another-extension' });
    expect(fromOther).toMatchObject({ ok: false });
  });

  it('refuses an observation that does not match the contract', async () => {
    const bad = { ...companyObservation, company: { ...companyObservation.company, employees: { min: 'many' } } };
    const answer = await handleMessage({ type: 'observation', observation: bad }, contentScript(3));
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/observation\.company/) });
  });

  it('scores an observation from a tab, remembers it, merges the account and sets a tier badge', async () => {
    const answer = await handleMessage({ type: 'observation', observation: companyObservation }, contentScript(7));
    expect(answer).toMatchObject({ ok: true, data: { tabId: 7, status: 'ready' } });
    const state = await getTabState(7);
    expect(state.status).toBe('ready');
    const best = state.scored!.account!.best!;
    expect(best.tierRange.join('')).toMatch(/^A?B?C?D?$/);
    expect(state.scored?.packVersion).toBe(1);
    // The letter only when decided; "?" while unknown criteria could still change it.
    expect(badgeFor(state).text).toBe(best.tier ?? '?');
    const accounts = await storedAccounts();
    expect(Object.keys(accounts)).toEqual(['li:northwind-analytics']);
  });

  it('says what it can about a tab it has not read, from the URL alone', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.example.com/about' });
    expect((await getTabState(tab.id!)).status).toBe('not-read');
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://www.linkedin.com/in/someone/' });
    expect((await getTabState(tab.id!)).status).toBe('loading');
    await fakeBrowser.tabs.update(tab.id!, { url: 'chrome://settings' });
    expect((await getTabState(tab.id!)).status).toBe('unsupported');
  });

  it('a bad pack is refused with its errors and the active pack is kept', async () => {
    const before = await getActivePack();
    const answer = await handleMessage({ type: 'savePack', pack: { ...before.pack, version: 'two' } }, page());
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.errors?.[0]).toMatchObject({ path: 'version' });
    expect((await getActivePack()).pack).toEqual(before.pack);
  });

  it('a saved pack re-scores what is open and is used for new pages', async () => {
    const tab = await fakeBrowser.tabs.create({ url: companyObservation.url });
    await processObservation(tab.id!, companyObservation);
    expect((await getTabState(tab.id!)).scored!.account!.ranked[0]!.criteria.find((c) => c.id === 'employees')?.status).toBe('matched');
    const { pack } = await getActivePack();
    const stricter = { ...pack, icps: pack.icps.map((icp) => ({ ...icp, criteria: { ...icp.criteria, employees: { min: 1000, max: null, weight: 50 } } })) };
    const saved = await handleMessage({ type: 'savePack', pack: stricter }, page());
    expect(saved).toMatchObject({ ok: true, data: { source: 'edited' } });
    const employees = (await getTabState(tab.id!)).scored!.account!.ranked[0]!.criteria.find((c) => c.id === 'employees');
    expect(employees?.status).toBe('missed');
  });

  it('sets an outcome on the account, with the pack version that scored it, and delete-all empties storage', async () => {
    await processObservation(7, companyObservation);
    const set = await handleMessage({ type: 'setOutcome', accountKey: 'li:northwind-analytics', outcome: 'qualified' }, page());
    expect(set).toMatchObject({ ok: true, data: { outcome: 'qualified', outcomePackVersion: 1 } });
    const missing = await handleMessage({ type: 'setOutcome', accountKey: 'li:nobody', outcome: 'qualified' }, page());
    expect(missing.ok).toBe(false);
    await handleMessage({ type: 'deleteAll' }, page());
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect((await getTabState(7)).status).not.toBe('ready');
  });
});
