import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mergeObservation } from '@/lib/accounts/merge';
import type { AccountRecord } from '@/lib/accounts/types';
import {
  autoResearchAfterScoring,
  autoResearchIdle,
  autoResearchStatus,
  configureAutoResearch,
  planAutoResearch,
  RETRY_FAILED_AFTER_MS,
  type AutoResearchDeps,
} from '@/lib/background/auto-research';
import { AUTO_RESEARCH_LIMITS, createRateLimiter, type RateLimitStore } from '@/lib/background/rate-limit';
import type { ResearchDeps, ResearchLine, ResearchProgress } from '@/lib/background/research';
import type { Observation } from '@/lib/observation';
import { emptyCompany, emptyPerson } from '@/lib/observation-empty';
import { DEFAULT_SETTINGS, settingsSchema } from '@/lib/settings';

/**
 * Automatic research's trigger and runner (#11): when it starts a read, for which company, one at
 * a time, deduplicated, within ≤ 1 read per 10 s and ≤ 60 per hour, never asking for a permission,
 * and off unless the rep turned it on. The research itself is stubbed here (its own tests:
 * research.test.ts); research-auto-flow.test.ts runs the real one.
 */
const T0 = Date.parse('2026-11-29T14:00:00Z');
const base = { people: [], evidence: {}, missing: [] };

function person(slug: string, company: string, url = `https://www.linkedin.com/in/someone-at-${slug}/`): Observation {
  return {
    ...base,
    url,
    kind: 'linkedin-person',
    company: null,
    person: { ...emptyPerson(), name: `Someone at ${company}`, title: 'VP Sales', company, companyLinkedinUrl: `https://www.linkedin.com/company/${slug}/`, linkedinUrl: url },
  };
}

function companyPage(slug: string, website: string | null): Observation {
  return {
    ...base,
    url: `https://www.linkedin.com/company/${slug}/`,
    kind: 'linkedin-company',
    person: null,
    company: { ...emptyCompany(), name: slug, linkedinUrl: `https://www.linkedin.com/company/${slug}/`, website, industry: 'Software Development', employees: { min: 51, max: 200 } },
  };
}

function accountOf(observation: Observation, over: Partial<AccountRecord> = {}): AccountRecord {
  const { accounts, key } = mergeObservation({}, { observation, scored: null, now: new Date(T0 - 86_400_000) });
  return { ...accounts[key!]!, ...over };
}

type State = { status: 'ready'; observation: Observation; account: AccountRecord | null; url: string };
const ready = (observation: Observation, account: AccountRecord | null = null): State => ({ status: 'ready', observation, account, url: observation.url });

function line(status: ResearchLine['status'], sentence: string = status): ResearchLine {
  return { page: 'linkedin', label: 'Acme on LinkedIn', url: 'https://www.linkedin.com/company/acme/', status, sentence };
}
function progress(tabId: number, lines: ResearchLine[]): ResearchProgress {
  return { tabId, running: false, company: 'Acme', lines, needsPermission: null, researchedAt: new Date(T0).toISOString(), reused: false, error: null };
}

let clock: number;
let tabs: Map<number, State>;
let research: ReturnType<typeof vi.fn>;
let starts: number[];
let hasPermission: ReturnType<typeof vi.fn>;
let limitStore: RateLimitStore & { value: unknown };
let autoOn: boolean;
const researchDeps = {} as ResearchDeps;

function setUp(over: Partial<AutoResearchDeps> = {}) {
  limitStore = {
    value: undefined,
    get: async () => limitStore.value,
    set: async (v) => {
      limitStore.value = structuredClone(v);
    },
  };
  configureAutoResearch({
    readSettings: async () => ({ ...DEFAULT_SETTINGS, autoResearch: autoOn }),
    getState: async (tabId) => tabs.get(tabId) ?? null,
    hasPermission: hasPermission as never,
    limiter: createRateLimiter(limitStore, AUTO_RESEARCH_LIMITS, () => clock),
    research: research as never,
    runningResearch: () => null,
    now: () => clock,
    wait: async (ms) => {
      clock += ms;
    },
    ...over,
  });
}

async function scored(tabId: number, state: State) {
  tabs.set(tabId, state);
  await autoResearchAfterScoring(tabId, state, researchDeps);
}

async function settled() {
  await vi.waitFor(() => expect(autoResearchIdle()).toBe(true));
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
  tabs = new Map();
  starts = [];
  autoOn = true;
  hasPermission = vi.fn(async () => false);
  research = vi.fn(async (tabId: number) => {
    starts.push(clock);
    clock += 2_000; // a read takes a while
    return progress(tabId, [line('done')]);
  });
  fakeBrowser.permissions.request = vi.fn(async () => true) as never;
  setUp();
});
afterEach(() => configureAutoResearch(null));

describe('when a scored page starts an automatic read (planAutoResearch)', () => {
  it('a person page whose company LeadFit knows nothing about', () => {
    const plan = planAutoResearch(ready(person('acme', 'Acme')), T0);
    expect(plan).toMatchObject({ run: true, key: 'li:acme', company: 'Acme', linkedinUrl: 'https://www.linkedin.com/company/acme/' });
    // The account a person page creates (name and LinkedIn URL only) still lacks facts.
    expect(planAutoResearch(ready(person('acme', 'Acme'), accountOf(person('acme', 'Acme'))), T0).run).toBe(true);
  });

  it('not when the account was researched in the last 30 days; again when that research is older', () => {
    const obs = person('acme', 'Acme');
    const researched = (days: number) => accountOf(obs, { research: { researchedAt: new Date(T0 - days * 86_400_000).toISOString(), pages: [] } });
    expect(planAutoResearch(ready(obs, researched(3)), T0)).toMatchObject({ run: false });
    expect(planAutoResearch(ready(obs, researched(31)), T0)).toMatchObject({ run: true });
  });

  it("not when the company's LinkedIn page was seen, or industry and size are known", () => {
    const obs = person('acme', 'Acme');
    const seen = accountOf(obs, { pages: ['https://www.linkedin.com/company/acme/about/', obs.url] });
    expect(planAutoResearch(ready(obs, seen), T0)).toMatchObject({ run: false });
    const book = accountOf(obs, { identity: { name: 'account book' } });
    expect(planAutoResearch(ready(obs, book), T0)).toMatchObject({ run: false });
    const known = accountOf(obs);
    known.company = { ...known.company, industry: 'Software Development', employees: { min: 11, max: 50 } };
    expect(planAutoResearch(ready(obs, known), T0)).toMatchObject({ run: false });
  });

  it('not for a person without a company, a list page, an unscored page', () => {
    const noCompany = person('acme', 'Acme');
    noCompany.person = { ...noCompany.person!, company: null, companyLinkedinUrl: null };
    expect(planAutoResearch(ready(noCompany), T0).run).toBe(false);
    expect(planAutoResearch(ready({ ...person('acme', 'Acme'), kind: 'linkedin-search', person: null }), T0).run).toBe(false);
    expect(planAutoResearch({ status: 'empty', observation: person('acme', 'Acme'), account: null }, T0).run).toBe(false);
  });

  it('a LinkedIn company page that states a website nobody read: the website step only', () => {
    const page = companyPage('acme', 'https://www.acme.io');
    expect(planAutoResearch(ready(page), T0)).toMatchObject({ run: true, key: 'li:acme', linkedinUrl: null, websiteOrigin: 'https://www.acme.io' });
    expect(planAutoResearch(ready(companyPage('acme', null)), T0).run).toBe(false);
    const read = accountOf(page, { pages: [page.url, 'https://www.acme.io/'] });
    expect(planAutoResearch(ready(page, read), T0).run).toBe(false);
  });
});

describe('the runner', () => {
  it('is off by default: stored settings without the field parse to off, and nothing is read', async () => {
    expect(DEFAULT_SETTINGS.autoResearch).toBe(false);
    expect(settingsSchema.parse({ retentionDays: 30 }).autoResearch).toBe(false);
    autoOn = false;
    await scored(1, ready(person('acme', 'Acme')));
    await settled();
    expect(research).not.toHaveBeenCalled();
    expect(await autoResearchStatus(1)).toEqual({ enabled: false, run: null });
  });

  it('reads a first-seen company without a click, marked automatic, and the card can say when', async () => {
    await scored(1, ready(person('acme', 'Acme')));
    await settled();
    expect(research).toHaveBeenCalledTimes(1);
    expect(research.mock.calls[0]![0]).toBe(1);
    expect(research.mock.calls[0]![1]).toEqual({ auto: true });
    const status = await autoResearchStatus(1);
    expect(status).toMatchObject({ enabled: true, run: { status: 'done', company: 'Acme', at: new Date(T0).toISOString() } });
  });

  it('one read per company: the same company scored again (re-reads, a second person) is not queued twice', async () => {
    let release!: () => void;
    research.mockImplementationOnce(async (tabId: number) => {
      starts.push(clock);
      await new Promise<void>((r) => (release = r));
      return progress(tabId, [line('done')]);
    });
    await scored(1, ready(person('acme', 'Acme')));
    await scored(1, ready(person('acme', 'Acme')));
    await scored(2, ready(person('acme', 'Acme', 'https://www.linkedin.com/in/another-at-acme/')));
    await vi.waitFor(() => expect(research).toHaveBeenCalledTimes(1));
    release();
    await settled();
    expect(research).toHaveBeenCalledTimes(1);
  });

  it('one at a time, and never two reads within 10 s', async () => {
    let inFlight = 0;
    let most = 0;
    research.mockImplementation(async (tabId: number) => {
      starts.push(clock);
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 5));
      clock += 1_000;
      inFlight--;
      return progress(tabId, [line('done')]);
    });
    await scored(1, ready(person('acme', 'Acme')));
    await scored(2, ready(person('globex', 'Globex')));
    await scored(3, ready(person('initech', 'Initech')));
    await settled();
    expect(research).toHaveBeenCalledTimes(3);
    expect(most).toBe(1);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(10_000);
  });

  it('a second company within 10 s waits, and the card says until when', async () => {
    let waited: (() => void) | null = null;
    setUp({
      wait: (ms) =>
        new Promise<void>((r) => {
          waited = () => {
            clock += ms;
            r();
          };
        }),
    });
    await scored(1, ready(person('acme', 'Acme')));
    await vi.waitFor(() => expect(research).toHaveBeenCalledTimes(1));
    await scored(2, ready(person('globex', 'Globex')));
    await vi.waitFor(() => expect(waited).not.toBeNull());
    expect(research).toHaveBeenCalledTimes(1);
    expect((await autoResearchStatus(2)).run).toMatchObject({ status: 'waiting', company: 'Globex', resumesAt: new Date(T0 + 10_000).toISOString() });
    waited!();
    await settled();
    expect(research).toHaveBeenCalledTimes(2);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(10_000);
  });

  it('a page the rep left while its read waited is not read (research reads the tab as it is now)', async () => {
    setUp({
      wait: async (ms) => {
        clock += ms;
        tabs.set(2, ready(person('hooli', 'Hooli', 'https://www.linkedin.com/in/someone-else/')));
      },
    });
    await scored(1, ready(person('acme', 'Acme')));
    await vi.waitFor(() => expect(research).toHaveBeenCalledTimes(1));
    await scored(2, ready(person('globex', 'Globex')));
    await settled();
    expect(research).toHaveBeenCalledTimes(1);
    expect((await autoResearchStatus(2)).run).toBeNull();
  });

  it('60 reads in the last hour: skipped, not queued; the card says when automatic reads resume', async () => {
    limitStore.value = { reads: Array.from({ length: 60 }, (_, i) => T0 - 50 * 60_000 + i * 30_000) };
    await scored(1, ready(person('acme', 'Acme')));
    await settled();
    expect(research).not.toHaveBeenCalled();
    const status = await autoResearchStatus(1);
    expect(status.run).toMatchObject({ status: 'limited', resumesAt: new Date(T0 + 10 * 60_000).toISOString() });
    // Scored again before then: still nothing; after: read.
    await scored(1, ready(person('acme', 'Acme')));
    await settled();
    expect(research).not.toHaveBeenCalled();
    clock = T0 + 10 * 60_000;
    await scored(1, ready(person('acme', 'Acme')));
    await settled();
    expect(research).toHaveBeenCalledTimes(1);
  });

  it('never asks for a permission: a company page whose website is not granted is not read; a granted one is', async () => {
    await scored(1, ready(companyPage('acme', 'https://www.acme.io')));
    await settled();
    expect(hasPermission).toHaveBeenCalledWith('https://www.acme.io');
    expect(research).not.toHaveBeenCalled();
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
    hasPermission.mockResolvedValue(true);
    await scored(1, ready(companyPage('acme', 'https://www.acme.io')));
    await settled();
    expect(research).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  });

  it('a login wall, an error or a time-out: a sentence for the card, and no automatic retry within the hour', async () => {
    research.mockImplementation(async (tabId: number) => {
      starts.push(clock);
      return progress(tabId, [line('login-wall', 'login wall: sign in to LinkedIn in this browser and try again'), { ...line('skipped'), page: 'website' }]);
    });
    await scored(1, ready(person('acme', 'Acme')));
    await settled();
    expect((await autoResearchStatus(1)).run).toMatchObject({ status: 'failed', sentence: 'Acme on LinkedIn: login wall: sign in to LinkedIn in this browser and try again' });
    clock += 60_000;
    await scored(1, ready(person('acme', 'Acme')));
    await settled();
    expect(research).toHaveBeenCalledTimes(1);
    clock += RETRY_FAILED_AFTER_MS;
    await scored(1, ready(person('acme', 'Acme')));
    await settled();
    expect(research).toHaveBeenCalledTimes(2);
  });

  it('turned off while reads wait: they are dropped', async () => {
    setUp({
      wait: async (ms) => {
        clock += ms;
        autoOn = false;
      },
    });
    await scored(1, ready(person('acme', 'Acme')));
    await vi.waitFor(() => expect(research).toHaveBeenCalledTimes(1));
    await scored(2, ready(person('globex', 'Globex')));
    await settled();
    expect(research).toHaveBeenCalledTimes(1);
  });

  it('a worker restarted 3 s after a read keeps the 10 s spacing (the limit is stored)', async () => {
    let waitedFor = 0;
    await scored(1, ready(person('acme', 'Acme')));
    await settled();
    // A new worker: new module state (configure again), same storage.
    const stored = limitStore.value;
    clock = starts[0]! + 3_000;
    setUp({
      wait: async (ms) => {
        waitedFor += ms;
        clock += ms;
      },
    });
    limitStore.value = stored;
    await scored(2, ready(person('globex', 'Globex')));
    await settled();
    expect(waitedFor).toBe(7_000);
    expect(starts[1]! - starts[0]!).toBe(10_000);
  });
});
