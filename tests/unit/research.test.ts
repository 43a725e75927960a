import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { mergeObservation } from '@/lib/accounts/merge';
import { companyAboutUrl, deliverResearchObservation, resetResearch, runResearch, RESEARCH_REUSE_DAYS, type ResearchDeps } from '@/lib/background/research';
import type { Observation } from '@/lib/observation';
import { emptyCompany, emptyPerson } from '@/lib/observation-empty';
import { loadStarterPack } from '@/lib/profiles/starter';
import { seedAccounts, storedAccounts } from '../helpers/accounts';

/**
 * The research orchestration with WXT's fake browser: the LinkedIn content script is simulated by
 * answering the background tab LeadFit opens (deliverResearchObservation, as service.ts does for a
 * content-script message from that tab); the company content script by a stubbed executeScript.
 */
const base = { people: [], evidence: {}, missing: [] };
const PERSON_TAB = 77;
const pack = loadStarterPack();

const personPage: Observation = {
  ...base,
  url: 'https://www.linkedin.com/in/dana-whitfield/',
  kind: 'linkedin-person',
  company: null,
  person: {
    ...emptyPerson(),
    name: 'Dana Whitfield',
    title: 'VP of Sales',
    company: 'Northwind Analytics',
    companyLinkedinUrl: 'https://www.linkedin.com/company/northwind-analytics/',
    linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/',
  },
};

const companyPage = (over: Partial<Observation['company'] & object> = {}, url = 'https://www.linkedin.com/company/northwind-analytics/'): Observation => ({
  ...base,
  url,
  kind: 'linkedin-company',
  person: null,
  company: {
    ...emptyCompany(),
    name: 'Northwind Analytics',
    linkedinUrl: 'https://www.linkedin.com/company/northwind-analytics/',
    website: 'https://www.northwind-analytics.com',
    industry: 'Software Development',
    employees: { min: 201, max: 500 },
    ...over,
  },
});

const sitePage = (url: string, over: Partial<Observation['company'] & object> = {}): Observation => ({
  ...base,
  url,
  kind: 'company-site',
  person: null,
  page: url.endsWith('/about') ? 'about' : 'home',
  company: {
    ...emptyCompany(),
    name: 'Northwind',
    domain: new URL(url).hostname.replace(/^www\./, ''),
    website: new URL(url).origin,
    technologies: [{ name: 'HubSpot', category: 'marketing-automation' }],
    ...over,
  },
});

interface World {
  /** What the LinkedIn content script reports for a URL (undefined: nothing, e.g. the page never renders). */
  linkedin?: (url: string) => Observation | undefined;
  /** Where a website tab ends up after redirects (default: where it was opened). */
  redirect?: (url: string) => string;
  /** What the company content script returns for the page a tab shows. */
  site?: (url: string) => Observation | null;
  granted?: boolean;
  /** Website tabs never report "complete". */
  siteNeverLoads?: boolean;
}

let created: Array<{ id: number; url: string; active: boolean | undefined }>;
let removed: number[];
let executeScript: ReturnType<typeof vi.fn>;
const tabUrls = new Map<number, string>();

// The fake browser's own tabs.create, kept before any spy replaces it.
const realCreate = fakeBrowser.tabs.create.bind(fakeBrowser.tabs);

function setUp(world: World) {
  vi.restoreAllMocks();
  created = [];
  removed = [];
  fakeBrowser.permissions.contains = vi.fn(async () => world.granted ?? true) as never;
  executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => [{ result: world.site?.(tabUrls.get(target.tabId) ?? '') ?? null }]);
  fakeBrowser.scripting.executeScript = executeScript as never;
  vi.spyOn(browser.tabs, 'create').mockImplementation(async (props) => {
    const tab = await realCreate(props);
    created.push({ id: tab.id!, url: props.url!, active: props.active });
    const url = props.url!;
    setTimeout(() => {
      if (/linkedin\.com/.test(url)) {
        const obs = world.linkedin?.(url);
        if (obs) deliverResearchObservation(tab.id!, obs);
      } else if (!world.siteNeverLoads) {
        const finalUrl = world.redirect?.(url) ?? url;
        tabUrls.set(tab.id!, finalUrl);
        void fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, { ...tab, url: finalUrl, status: 'complete' });
      }
    }, 1);
    return tab;
  });
  vi.spyOn(browser.tabs, 'remove').mockImplementation(async (ids) => {
    removed.push(...(Array.isArray(ids) ? ids : [ids]));
  });
}

async function seedPersonAccount(observation = personPage) {
  const { accounts } = mergeObservation({}, { observation, scored: null, now: new Date('2026-11-01T00:00:00Z') });
  await seedAccounts(accounts);
}

function deps(now = new Date('2026-11-29T12:00:00Z')): ResearchDeps & { rescore: ReturnType<typeof vi.fn> } {
  return { getObservation: async () => personPage, getPack: async () => pack, rescore: vi.fn(async () => {}), timeoutMs: 60, now: () => now };
}

async function theAccount() {
  const accounts = await storedAccounts();
  const list = Object.values(accounts);
  expect(list).toHaveLength(1);
  return list[0]!;
}

describe('company research from a person page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetResearch();
  });
  afterEach(() => vi.restoreAllMocks());

  it('reads the LinkedIn company page and the website in background tabs, closes them, merges the account and re-scores the tab', async () => {
    const about = { employees: null, description: 'We build analytics.', technologies: [{ name: 'Intercom', category: 'Live chat' }] };
    setUp({ linkedin: () => companyPage(), site: (url) => sitePage(url, url.endsWith('/about') ? about : {}) });
    await seedPersonAccount();
    const d = deps();
    const progress = await runResearch(PERSON_TAB, {}, d);

    expect(created.map((t) => t.url)).toEqual(['https://www.linkedin.com/company/northwind-analytics/about/', 'https://www.northwind-analytics.com/', 'https://www.northwind-analytics.com/about']);
    expect(created.every((t) => t.active === false)).toBe(true);
    expect(removed.sort()).toEqual(created.map((t) => t.id).sort());
    expect(progress.lines.map((l) => [l.label, l.status])).toEqual([
      ['Northwind Analytics on LinkedIn', 'done'],
      ['northwind-analytics.com', 'done'],
      ['northwind-analytics.com/about', 'done'],
    ]);
    expect(progress.running).toBe(false);

    const account = await theAccount();
    expect(account.company.industry).toBe('Software Development');
    expect(account.company.employees).toEqual({ min: 201, max: 500 });
    // Both pages' technologies (the about page does not replace the home page's).
    expect(account.company.technologies.map((t) => t.name).sort()).toEqual(['HubSpot', 'Intercom']);
    expect(account.company.description).toBe('We build analytics.');
    expect(account.company.domain).toBe('northwind-analytics.com');
    expect(account.contacts.map((c) => c.person.name)).toEqual(['Dana Whitfield']);
    expect(account.research?.researchedAt).toBe('2026-11-29T12:00:00.000Z');
    expect(account.research?.pages.map((p) => p.status)).toEqual(['done', 'done', 'done']);
    expect(d.rescore).toHaveBeenCalledWith(PERSON_TAB);
  });

  it('closes the tab and says "timed out" when the LinkedIn page never reports; nothing is added', async () => {
    setUp({ linkedin: () => undefined });
    await seedPersonAccount();
    const progress = await runResearch(PERSON_TAB, {}, deps());
    expect(progress.lines[0]).toMatchObject({ page: 'linkedin', status: 'timed-out', sentence: expect.stringMatching(/timed out/) });
    expect(progress.lines[1]).toMatchObject({ page: 'website', status: 'skipped' });
    expect(removed).toEqual([created[0]!.id]);
    const account = await theAccount();
    expect(account.company.industry).toBeNull();
    expect(account.research?.pages[0]?.status).toBe('timed-out');
  });

  it('names a LinkedIn login wall and closes the tab', async () => {
    setUp({ linkedin: () => ({ ...companyPage(), kind: 'unsupported', company: null, url: 'https://www.linkedin.com/authwall?trk=x' }) });
    await seedPersonAccount();
    const progress = await runResearch(PERSON_TAB, {}, deps());
    expect(progress.lines[0]).toMatchObject({ status: 'login-wall', sentence: expect.stringMatching(/sign in to LinkedIn/) });
    expect(removed).toHaveLength(1);
  });

  it('says the page showed no company when LinkedIn draws a wall at the same address', async () => {
    setUp({ linkedin: (url) => ({ ...companyPage({}, url), company: null, missing: ['company.name'] }) });
    await seedPersonAccount();
    const progress = await runResearch(PERSON_TAB, {}, deps());
    expect(progress.lines[0]).toMatchObject({ status: 'error', sentence: expect.stringMatching(/showed no company/) });
    expect((await theAccount()).company.industry).toBeNull();
    expect(removed).toHaveLength(1);
  });

  it('gives a sentence, not a throw, when the tab cannot be opened', async () => {
    setUp({});
    vi.spyOn(browser.tabs, 'create').mockRejectedValue(new Error('tabs are disabled'));
    await seedPersonAccount();
    const progress = await runResearch(PERSON_TAB, {}, deps());
    expect(progress.lines[0]).toMatchObject({ status: 'error', sentence: expect.stringMatching(/tabs are disabled/) });
  });

  it('refuses a LinkedIn page of another company (a changed link, a redirect): no wrong account', async () => {
    const other = companyPage({ name: 'Southwind Logistics', linkedinUrl: 'https://www.linkedin.com/company/southwind/', website: 'https://southwind.example', industry: 'Logistics' }, 'https://www.linkedin.com/company/southwind/');
    setUp({ linkedin: () => other, site: (url) => sitePage(url) });
    await seedPersonAccount();
    const progress = await runResearch(PERSON_TAB, {}, deps());
    expect(progress.lines[0]).toMatchObject({ status: 'mismatch', sentence: expect.stringMatching(/Southwind Logistics, not Northwind Analytics/) });
    const account = await theAccount();
    expect(account.company.industry).toBeNull();
    expect(account.aliases).not.toContain('li:southwind');
    // The other company's website is not read either: its domain came from the refused page.
    expect(created.map((t) => t.url)).toEqual(['https://www.linkedin.com/company/northwind-analytics/about/']);
  });

  it('accepts a LinkedIn redirect from a numeric company id to the slug when the name is the same', async () => {
    const person = { ...personPage, person: { ...personPage.person!, companyLinkedinUrl: 'https://www.linkedin.com/company/1234567/' } };
    setUp({ linkedin: () => companyPage(), site: (url) => sitePage(url, { employees: { min: 201, max: 500 }, industry: 'Software', description: 'x' }) });
    await seedPersonAccount(person);
    const d = { ...deps(), getObservation: async () => person };
    const progress = await runResearch(PERSON_TAB, {}, d);
    expect(progress.lines[0]!.status).toBe('done');
    const account = await theAccount();
    expect(account.aliases).toEqual(expect.arrayContaining(['li:1234567', 'li:northwind-analytics', 'domain:northwind-analytics.com']));
  });

  it('refuses a website that redirects to another domain', async () => {
    setUp({ linkedin: () => companyPage(), redirect: () => 'https://parked-domains.example/lander', site: (url) => sitePage(url) });
    await seedPersonAccount();
    const progress = await runResearch(PERSON_TAB, {}, deps());
    expect(progress.lines[1]).toMatchObject({ page: 'website', status: 'mismatch', sentence: expect.stringMatching(/parked-domains\.example, not northwind-analytics\.com/) });
    expect(executeScript).not.toHaveBeenCalled();
    const account = await theAccount();
    expect(account.company.technologies).toEqual([]);
    expect(removed).toHaveLength(2);
  });

  it('without the website permission: no tab for the site, a "Read <domain>" is offered, LinkedIn facts are kept', async () => {
    setUp({ linkedin: () => companyPage(), granted: false });
    await seedPersonAccount();
    const progress = await runResearch(PERSON_TAB, {}, deps());
    expect(progress.lines[1]).toMatchObject({ status: 'no-permission', sentence: expect.stringMatching(/no permission/) });
    expect(progress.needsPermission).toEqual({ origin: 'https://www.northwind-analytics.com', domain: 'northwind-analytics.com' });
    expect(created).toHaveLength(1);
    expect((await theAccount()).company.industry).toBe('Software Development');

    // The rep allows it; "Read northwind-analytics.com" runs the website step only and keeps the LinkedIn line.
    setUp({ site: (url) => sitePage(url, { employees: { min: 201, max: 500 }, industry: 'Software', description: 'x' }), granted: true });
    const again = await runResearch(PERSON_TAB, { only: 'website' }, deps());
    expect(created.map((t) => t.url)).toEqual(['https://www.northwind-analytics.com/']);
    expect(again.needsPermission).toBeNull();
    const account = await theAccount();
    expect(account.company.technologies.map((t) => t.name)).toContain('HubSpot');
    expect(account.research?.pages.map((p) => [p.page, p.status])).toEqual([
      ['linkedin', 'done'],
      ['website', 'done'],
    ]);
  });

  it('reads a website LinkedIn lists as http:// over https (the origin LeadFit can ask for)', async () => {
    setUp({ linkedin: () => companyPage({ website: 'http://northwind-analytics.com' }), site: (url) => sitePage(url, { employees: { min: 201, max: 500 }, industry: 'Software', description: 'x' }) });
    await seedPersonAccount();
    await runResearch(PERSON_TAB, {}, deps());
    expect(created.map((t) => t.url)[1]).toBe('https://northwind-analytics.com/');
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledWith({ origins: ['https://northwind-analytics.com/*'] });
  });

  it('keeps what other pages stored while the research ran', async () => {
    setUp({ linkedin: () => companyPage(), site: (url) => sitePage(url, { employees: { min: 201, max: 500 }, industry: 'Software', description: 'x' }) });
    await seedPersonAccount();
    const other: Observation = { ...companyPage({ name: 'Contoso', linkedinUrl: 'https://www.linkedin.com/company/contoso/', website: null }), url: 'https://www.linkedin.com/company/contoso/' };
    // The rep opens another company while the website is being read.
    fakeBrowser.permissions.contains = vi.fn(async () => {
      const accounts = await storedAccounts();
      await seedAccounts(mergeObservation(accounts, { observation: other, scored: null, now: new Date() }).accounts);
      return true;
    }) as never;
    await runResearch(PERSON_TAB, {}, deps());
    const accounts = await storedAccounts();
    expect(Object.keys(accounts).sort()).toEqual(['li:contoso', 'li:northwind-analytics']);
    expect(accounts['li:northwind-analytics']!.company.technologies.map((t) => t.name)).toContain('HubSpot');
  });

  it('times out a website that never finishes loading and closes its tab', async () => {
    setUp({ linkedin: () => companyPage(), siteNeverLoads: true });
    await seedPersonAccount();
    const progress = await runResearch(PERSON_TAB, {}, deps());
    expect(progress.lines[1]).toMatchObject({ status: 'timed-out' });
    expect(removed).toContain(created.at(-1)!.id);
  });

  it(`reuses results for ${RESEARCH_REUSE_DAYS} days, and reads again on "Refresh" or when they are older`, async () => {
    setUp({ linkedin: () => companyPage(), site: (url) => sitePage(url, { employees: { min: 201, max: 500 }, industry: 'Software', description: 'x' }) });
    await seedPersonAccount();
    await runResearch(PERSON_TAB, {}, deps(new Date('2026-11-01T12:00:00Z')));
    expect(created).toHaveLength(2);

    created.length = 0;
    const reused = await runResearch(PERSON_TAB, {}, deps(new Date('2026-11-29T12:00:00Z')));
    expect(created).toHaveLength(0);
    expect(reused).toMatchObject({ reused: true, researchedAt: '2026-11-01T12:00:00.000Z' });
    expect(reused.lines.map((l) => l.status)).toEqual(['done', 'done']);

    await runResearch(PERSON_TAB, { refresh: true }, deps(new Date('2026-11-29T12:00:00Z')));
    expect(created).toHaveLength(2);

    created.length = 0;
    const stale = await runResearch(PERSON_TAB, {}, deps(new Date('2027-01-05T12:00:00Z')));
    expect(stale.reused).toBe(false);
    expect(created).toHaveLength(2);
  });

  it('says when the page names no company, and throws only for a tab LeadFit has not read', async () => {
    setUp({});
    const anonymous: Observation = { ...personPage, person: { ...personPage.person!, company: null, companyLinkedinUrl: null } };
    const none = await runResearch(PERSON_TAB, {}, { ...deps(), getObservation: async () => anonymous });
    expect(none.error).toMatch(/names no company/);
    expect(created).toHaveLength(0);
    await expect(runResearch(PERSON_TAB, {}, { ...deps(), getObservation: async () => null })).rejects.toThrow(/has not read this page/);
  });

  it('on a LinkedIn company page, "Read the website" reads only the website of that company', async () => {
    const page = companyPage();
    setUp({ site: (url) => sitePage(url, { employees: { min: 201, max: 500 }, industry: 'Software', description: 'x' }) });
    const { accounts } = mergeObservation({}, { observation: page, scored: null, now: new Date('2026-11-01T00:00:00Z') });
    await seedAccounts(accounts);
    const progress = await runResearch(PERSON_TAB, { only: 'website' }, { ...deps(), getObservation: async () => page });
    expect(created.map((t) => t.url)).toEqual(['https://www.northwind-analytics.com/']);
    expect(progress.lines.map((l) => l.page)).toEqual(['website']);
    expect((await theAccount()).company.technologies.map((t) => t.name)).toContain('HubSpot');
  });
});

describe('research through the background service', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetResearch();
  });
  afterEach(() => vi.restoreAllMocks());

  it("a research tab's content-script observation goes to research, not to the tab's own state; the person's tab is re-scored", async () => {
    const { handleMessage } = await import('@/lib/background/service');
    const { getTabStateStored } = await import('@/lib/storage');
    setUp({ site: (url) => sitePage(url, { employees: { min: 201, max: 500 }, industry: 'Software', description: 'x' }) });
    // The LinkedIn content script of the research tab sends through the real message handler.
    vi.mocked(browser.tabs.create).mockImplementation(async (props) => {
      const tab = await realCreate(props);
      created.push({ id: tab.id!, url: props.url!, active: props.active });
      if (/linkedin/.test(props.url!)) {
        setTimeout(() => void handleMessage({ type: 'observation', observation: companyPage() }, { id: browser.runtime.id, url: props.url!, tab: { id: tab.id! } }), 1);
      } else {
        tabUrls.set(tab.id!, props.url!);
        setTimeout(() => void fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, { ...tab, status: 'complete' }), 1);
      }
      return tab;
    });
    const personTab = await realCreate({ url: personPage.url, active: true });
    await handleMessage({ type: 'observation', observation: personPage }, { id: browser.runtime.id, url: personPage.url, tab: { id: personTab.id! } });
    expect((await getTabStateStored(personTab.id!))?.scored?.account ?? null).toBeNull();

    const popup = { id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') };
    const answer = await handleMessage({ type: 'research', tabId: personTab.id! }, popup);
    expect(answer.ok).toBe(true);
    expect(created).toHaveLength(2);
    // The research tab was not recorded as a page the rep viewed.
    expect(await getTabStateStored(created[0]!.id)).toBeNull();
    // The person's tab now scores the company's facts.
    const after = await getTabStateStored(personTab.id!);
    expect(after?.account?.company.industry).toBe('Software Development');
    expect(after?.scored?.account?.best).toBeTruthy();
    const status = await handleMessage({ type: 'researchStatus', tabId: personTab.id! }, popup);
    expect(status).toMatchObject({ ok: true, data: { running: false, lines: [{ status: 'done' }, { status: 'done' }] } });
    // Refused from a web page.
    expect(await handleMessage({ type: 'research', tabId: personTab.id! }, { id: browser.runtime.id, url: personPage.url, tab: { id: personTab.id! } })).toMatchObject({ ok: false });
  });
});

describe('companyAboutUrl', () => {
  it("opens the company's About tab, whatever link the profile gave", () => {
    expect(companyAboutUrl('https://www.linkedin.com/company/acme-inc?trk=public_profile')).toBe('https://www.linkedin.com/company/acme-inc/about/');
    expect(companyAboutUrl('https://de.linkedin.com/company/acme-inc/life/')).toBe('https://www.linkedin.com/company/acme-inc/about/');
    expect(companyAboutUrl('https://www.linkedin.com/sales/company/1234567')).toBe('https://www.linkedin.com/company/1234567/about/');
    expect(companyAboutUrl('https://www.linkedin.com/school/stanford-university/')).toBe('https://www.linkedin.com/school/stanford-university/about/');
  });
});
