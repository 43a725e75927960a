import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { mergeObservation } from '@/lib/accounts/merge';
import { autoResearchAfterScoring, autoResearchIdle, autoResearchStatus, configureAutoResearch } from '@/lib/background/auto-research';
import { deliverResearchObservation, resetResearch, runResearch, type ResearchDeps } from '@/lib/background/research';
import type { Observation } from '@/lib/observation';
import { emptyCompany, emptyPerson } from '@/lib/observation-empty';
import { loadStarterPack } from '@/lib/profiles/starter';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { seedAccounts } from '../helpers/accounts';

/**
 * Automatic mode end to end in the background, with the real research (lib/background/research.ts)
 * over WXT's fake browser: the LinkedIn content script is simulated by answering the background tab
 * (as research.test.ts does). What the rep relies on: no permission is ever asked for, the website
 * is skipped where it was not granted, and a failed automatic read leaves the account as it was —
 * the popup's button then still offers a fresh read instead of showing the failure as results.
 */
const TAB = 41;
const pack = loadStarterPack();
const base = { people: [], evidence: {}, missing: [] };
const personPage: Observation = {
  ...base,
  url: 'https://www.linkedin.com/in/dana-whitfield/',
  kind: 'linkedin-person',
  company: null,
  person: { ...emptyPerson(), name: 'Dana Whitfield', title: 'VP of Sales', company: 'Northwind Analytics', companyLinkedinUrl: 'https://www.linkedin.com/company/northwind-analytics/', linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/' },
};
const companyPage: Observation = {
  ...base,
  url: 'https://www.linkedin.com/company/northwind-analytics/about/',
  kind: 'linkedin-company',
  person: null,
  company: { ...emptyCompany(), name: 'Northwind Analytics', linkedinUrl: 'https://www.linkedin.com/company/northwind-analytics/', website: 'https://www.northwind-analytics.com', industry: 'Software Development', employees: { min: 201, max: 500 } },
};
const authwall: Observation = { ...companyPage, kind: 'unsupported', company: null, url: 'https://www.linkedin.com/authwall?trk=x' };

let created: string[];
let linkedinAnswer: Observation;
const realCreate = fakeBrowser.tabs.create.bind(fakeBrowser.tabs);
let researchDeps: ResearchDeps & { rescore: ReturnType<typeof vi.fn> };

beforeEach(async () => {
  fakeBrowser.reset();
  resetResearch();
  created = [];
  linkedinAnswer = companyPage;
  fakeBrowser.permissions.contains = vi.fn(async () => false) as never;
  fakeBrowser.permissions.request = vi.fn(async () => true) as never;
  vi.spyOn(browser.tabs, 'create').mockImplementation(async (props) => {
    const tab = await realCreate(props);
    created.push(props.url!);
    if (/linkedin\.com/.test(props.url!)) setTimeout(() => deliverResearchObservation(tab.id!, linkedinAnswer), 1);
    return tab;
  });
  vi.spyOn(browser.tabs, 'remove').mockImplementation(async () => {});
  const { accounts } = mergeObservation({}, { observation: personPage, scored: null, now: new Date('2026-11-01T00:00:00Z') });
  await seedAccounts(accounts);
  researchDeps = { getObservation: async () => personPage, getPack: async () => pack, rescore: vi.fn(async () => {}), timeoutMs: 60, now: () => new Date('2026-11-29T12:00:00Z') };
  configureAutoResearch({
    readSettings: async () => ({ ...DEFAULT_SETTINGS, autoResearch: true }),
    getState: async () => ({ status: 'ready', observation: personPage, account: null, url: personPage.url }),
    wait: async () => {},
  });
});
afterEach(() => {
  configureAutoResearch(null);
  vi.restoreAllMocks();
});

async function scoredAndSettled() {
  await autoResearchAfterScoring(TAB, { status: 'ready', observation: personPage, account: null }, researchDeps);
  await vi.waitFor(() => expect(autoResearchIdle()).toBe(true));
}

describe('automatic research with the real reader', () => {
  it('reads the LinkedIn page in a background tab, skips the website it may not read, asks for nothing, re-scores the tab', async () => {
    await scoredAndSettled();
    expect(created).toEqual(['https://www.linkedin.com/company/northwind-analytics/about/']);
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
    expect(researchDeps.rescore).toHaveBeenCalledWith(TAB);
    expect((await autoResearchStatus(TAB)).run).toMatchObject({ status: 'done', company: 'Northwind Analytics' });
    // Kept on the account like a clicked read: the button's read now reuses it (no new tab).
    const again = await runResearch(TAB, {}, researchDeps);
    expect(again.reused).toBe(true);
    expect(created).toHaveLength(1);
  });

  it('a login wall: a sentence for the card, nothing written to the account, no re-score', async () => {
    linkedinAnswer = authwall;
    await scoredAndSettled();
    const { run } = await autoResearchStatus(TAB);
    expect(run).toMatchObject({ status: 'failed', sentence: expect.stringMatching(/login wall: sign in to LinkedIn/) });
    expect(researchDeps.rescore).not.toHaveBeenCalled();
    // Had the failure been stored as the account's research, this click would reuse it; it reads again.
    linkedinAnswer = companyPage;
    const clicked = await runResearch(TAB, {}, researchDeps);
    expect(clicked.reused).toBe(false);
    expect(created).toHaveLength(2);
  });
});
