import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { linkedinCompanySlug, normalizeCompanyName, normalizeDomain } from '../accounts/merge';
import type { AccountRecord } from '../accounts/types';
import type { TabState } from '../messaging';
import type { Settings } from '../settings';
import { getTabStateStored, readSettings } from '../storage';
import { tabStateChanged } from './changes';
import { AUTO_RESEARCH_LIMITS, createRateLimiter, type RateCheck, type RateLimiter } from './rate-limit';
import { RESEARCH_REUSE_DAYS, researchProgress, researchTarget, runResearch, websiteOrigin, type ResearchDeps, type ResearchProgress } from './research';

/**
 * Automatic company research (#11; Options → Privacy, off by default). When a page the rep opened
 * has been scored and LeadFit knows nothing about its company — a person page whose company has no
 * research of the last 30 days and whose LinkedIn company page was never seen, or a LinkedIn
 * company page whose website was never read — the same research the popup's button runs
 * (lib/background/research.ts) is queued for that company, without a click:
 *
 * - **Rate-limited**: at most one company every 10 s and 60 an hour (lib/background/rate-limit.ts,
 *   state in `local:autoResearchLimit`, so a restarted service worker keeps counting). A read held
 *   by the 10 s spacing waits its turn; one held by the hourly cap is skipped and the popup says
 *   when automatic reads resume (its button still reads at once).
 * - **One at a time, deduplicated** per company (LinkedIn slug, else domain, else name); a queued
 *   read is dropped when its tab has moved on to another page (research reads the tab's current
 *   page, so a stale job would read the wrong company).
 * - **Never asks for a permission** (there is no user gesture to ask in): the website is read only
 *   where the rep already granted that site or all sites; a company page whose website is not
 *   granted is not read at all. research.ts checks the grant before opening a website tab.
 * - **Errors, login walls and time-outs** leave the account untouched (`auto: true` in the
 *   request); the popup's Research card shows the sentence.
 *
 * What ran is kept per company in `session:autoResearchRuns` (gone when the browser closes), so
 * the card can say "Read automatically at 14:02" after the worker restarted.
 */

const PERSON_KINDS = new Set(['linkedin-person', 'salesnav-lead']);
const COMPANY_KINDS = new Set(['linkedin-company', 'salesnav-account']);
/** A failed automatic read of a company is not tried again automatically for this long (the button still works). */
export const RETRY_FAILED_AFTER_MS = 3_600_000;
/** Companies waiting beyond this many are dropped, oldest first: the rep has moved on from them. */
const MAX_QUEUE = 10;
const MAX_RUNS_KEPT = 100;

export type AutoRunStatus = 'queued' | 'waiting' | 'running' | 'done' | 'failed' | 'limited';

export interface AutoResearchRun {
  /** "li:<slug>", "domain:<domain>" or "name:<name>": one company, whichever page it was queued from. */
  key: string;
  company: string | null;
  tabId: number;
  /** The page that queued it. */
  url: string;
  status: AutoRunStatus;
  /** When the status was set (a read's start for running/done/failed). */
  at: string;
  /** waiting: when the read may start; limited: when automatic reads resume. */
  resumesAt: string | null;
  /** failed: what happened, in a sentence ("Acme on LinkedIn: login wall: sign in …"). */
  sentence: string | null;
}

/** What the popup's Research card shows about automatic mode for one tab. */
export interface AutoResearchStatus {
  enabled: boolean;
  /** The automatic read of this tab's company in this browser session, if any. */
  run: AutoResearchRun | null;
}

export type AutoPlan =
  | { run: false; why: string }
  | { run: true; key: string; company: string | null; url: string; linkedinUrl: string | null; websiteOrigin: string | null };

type PlanState = Pick<TabState, 'status' | 'observation' | 'account'>;

function hasFreshResearch(account: AccountRecord, now: number): boolean {
  const at = account.research ? Date.parse(account.research.researchedAt) : Number.NaN;
  return Number.isFinite(at) && now - at >= 0 && now - at < RESEARCH_REUSE_DAYS * 86_400_000;
}

/** A LinkedIn company or Sales Navigator account page (or the account book) stated this company. */
function companyPageSeen(account: AccountRecord): boolean {
  if (account.identity && Object.keys(account.identity).length) return true;
  return account.pages.some((u) => /linkedin\.com\/(?:company|school|showcase|sales\/company)\//i.test(u));
}

/** One of the company's own pages (not LinkedIn) was read into the account. */
function websiteSeen(account: AccountRecord): boolean {
  return account.pages.some((u) => /^https?:\/\//i.test(u) && !/^https?:\/\/([a-z0-9-]+\.)*linkedin\.com\//i.test(u));
}

function companyKey(target: { name: string | null; linkedinUrl: string | null; website: string | null }): string | null {
  const slug = linkedinCompanySlug(target.linkedinUrl);
  if (slug) return `li:${slug}`;
  const domain = normalizeDomain(target.website);
  if (domain) return `domain:${domain}`;
  const name = normalizeCompanyName(target.name);
  return name ? `name:${name}` : null;
}

/**
 * Should this scored page start an automatic read, and of what? Pure (settings and permissions are
 * the caller's). A person page: when its company is named and the account lacks facts (no research
 * in the last 30 days, no LinkedIn company page seen, not both industry and size known). A company
 * page: when it states a website and no page of that website was read.
 */
export function planAutoResearch(state: PlanState, now: number): AutoPlan {
  const { observation, account } = state;
  const no = (why: string): AutoPlan => ({ run: false, why });
  if (state.status !== 'ready' || !observation) return no('the page is not scored');
  const isPerson = PERSON_KINDS.has(observation.kind) && observation.company === null;
  const isCompany = COMPANY_KINDS.has(observation.kind);
  if (!isPerson && !isCompany) return no('not a person or company page');
  if (account && hasFreshResearch(account, now)) return no('researched in the last 30 days');
  const target = researchTarget(observation, account);
  const key = companyKey(target);
  const origin = websiteOrigin(target.website);
  if (isPerson) {
    if (!observation.person?.company && !observation.person?.companyLinkedinUrl) return no('the profile names no company');
    if (account && companyPageSeen(account)) return no("the company's LinkedIn page was seen");
    if (account?.company.industry && account.company.employees) return no('industry and size are known');
    if (!target.linkedinUrl && !origin) return no('nothing to read: no LinkedIn company page, no website');
  } else {
    if (!origin) return no('the company page states no website');
    if (account && websiteSeen(account)) return no('the website was read');
  }
  if (!key) return no('no company to key it by');
  return { run: true, key, company: target.name, url: observation.url, linkedinUrl: isPerson ? target.linkedinUrl : null, websiteOrigin: origin };
}

// ---------------------------------------------------------------------------------------------
// The runner: one read at a time, in the service worker.

export interface AutoResearchDeps {
  readSettings: () => Promise<Settings>;
  /** The tab's stored state (what it shows now). */
  getState: (tabId: number) => Promise<PlanState & { url: string | null } | null>;
  /** Whether the rep already granted this origin (or all sites). Never asks. */
  hasPermission: (origin: string) => Promise<boolean>;
  limiter: RateLimiter;
  research: typeof runResearch;
  runningResearch: (tabId: number) => ResearchProgress | null;
  now: () => number;
  /** Waits for the 10 s spacing (tests: advance their clock instead). */
  wait: (ms: number) => Promise<void>;
}

const limitItem = storage.defineItem<unknown>('local:autoResearchLimit', { fallback: null });
const runsItem = storage.defineItem<Record<string, AutoResearchRun>>('session:autoResearchRuns', { fallback: {} });

function defaultDeps(): AutoResearchDeps {
  return {
    readSettings,
    getState: (tabId) => getTabStateStored(tabId),
    hasPermission: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }).catch(() => false),
    limiter: createRateLimiter({ get: () => limitItem.getValue(), set: (s) => limitItem.setValue(s) }, AUTO_RESEARCH_LIMITS),
    research: runResearch,
    runningResearch: researchProgress,
    now: Date.now,
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

interface Job {
  key: string;
  company: string | null;
  tabId: number;
  url: string;
  researchDeps: ResearchDeps;
}

let deps: AutoResearchDeps | null = null;
const queue: Job[] = [];
let current: Job | null = null;
/** Keys this worker is handling now (a stored queued/waiting/running run not in here died with an earlier worker). */
const live = new Set<string>();

function theDeps(): AutoResearchDeps {
  deps ??= defaultDeps();
  return deps;
}

/** For tests: other clock, limiter, research; and a clean queue. */
export function configureAutoResearch(overrides: Partial<AutoResearchDeps> | null): void {
  deps = overrides ? { ...defaultDeps(), ...overrides } : null;
  queue.length = 0;
  current = null;
  live.clear();
}

async function readRuns(): Promise<Record<string, AutoResearchRun>> {
  // Written only here, but read defensively: a damaged value means no runs, not a broken worker.
  const raw: unknown = await runsItem.getValue().catch(() => null);
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, AutoResearchRun>) : {};
}

async function record(job: Job, status: AutoRunStatus, extra: Partial<AutoResearchRun> = {}): Promise<void> {
  const runs = await readRuns();
  runs[job.key] = { key: job.key, company: job.company, tabId: job.tabId, url: job.url, status, at: new Date(theDeps().now()).toISOString(), resumesAt: null, sentence: null, ...extra };
  const kept = Object.values(runs)
    .sort((a, b) => (a.at < b.at ? 1 : -1))
    .slice(0, MAX_RUNS_KEPT);
  await runsItem.setValue(Object.fromEntries(kept.map((r) => [r.key, r])));
  // The tab's views re-read the card's status on a state push.
  tabStateChanged(job.tabId);
}

async function forget(job: Job): Promise<void> {
  const runs = await readRuns();
  if (runs[job.key]?.status === 'queued' || runs[job.key]?.status === 'waiting') {
    delete runs[job.key];
    await runsItem.setValue(runs);
  }
  live.delete(job.key);
}

/**
 * Called by the background after it scored a page the rep opened (service.ts, `observation`).
 * Never throws and never waits for the read: the badge and popup do not depend on it.
 */
export async function autoResearchAfterScoring(tabId: number, state: PlanState, researchDeps: ResearchDeps): Promise<void> {
  try {
    const d = theDeps();
    if (!(await d.readSettings()).autoResearch) return;
    const plan = planAutoResearch(state, d.now());
    if (!plan.run) return;
    // The website only where the rep already allowed it; with no LinkedIn page to read, nothing else to do.
    if (!plan.linkedinUrl && !(plan.websiteOrigin && (await d.hasPermission(plan.websiteOrigin)))) return;
    if (live.has(plan.key)) return;
    const previous = (await readRuns())[plan.key];
    if (previous?.status === 'failed' && d.now() - Date.parse(previous.at) < RETRY_FAILED_AFTER_MS) return;
    if (previous?.status === 'limited' && previous.resumesAt && d.now() < Date.parse(previous.resumesAt)) return;
    const job: Job = { key: plan.key, company: plan.company, tabId, url: plan.url, researchDeps };
    live.add(job.key);
    queue.push(job);
    while (queue.length > MAX_QUEUE) await forget(queue.shift()!);
    await record(job, 'queued');
    void pump();
  } catch (err) {
    console.warn('LeadFit: automatic research could not be queued', err);
  }
}

/** The sentence of the first page that could not be read, for the card. */
function failureSentence(progress: ResearchProgress): string {
  if (progress.error) return progress.error;
  const line = progress.lines.find((l) => l.status !== 'done' && l.status !== 'skipped') ?? progress.lines[0];
  return line ? `${line.label}: ${line.sentence}` : 'nothing could be read';
}

async function pump(): Promise<void> {
  if (current) return;
  const job = queue.shift();
  if (!job) return;
  current = job;
  const d = theDeps();
  try {
    if (!(await d.readSettings()).autoResearch) {
      for (const j of [job, ...queue.splice(0)]) await forget(j);
      return;
    }
    // The tab must still show the page this job was queued for, still lacking facts.
    const state = await d.getState(job.tabId).catch(() => null);
    const plan = state ? planAutoResearch(state, d.now()) : null;
    if (!state || state.url !== job.url || !plan?.run || plan.key !== job.key) return void (await forget(job));
    if (d.runningResearch(job.tabId)?.running) return void (await forget(job));
    let check: RateCheck = await d.limiter.tryTake();
    while (!check.allowed && check.reason === 'spacing') {
      await record(job, 'waiting', { resumesAt: new Date(check.retryAt).toISOString() });
      await d.wait(Math.max(0, check.retryAt - d.now()));
      // The rep may have left the page while it waited.
      const again = await d.getState(job.tabId).catch(() => null);
      if (!again || again.url !== job.url || !(await d.readSettings()).autoResearch) return void (await forget(job));
      check = await d.limiter.tryTake();
    }
    if (!check.allowed) {
      // The hourly cap: skipped, not queued for an hour; the popup's button still reads at once.
      const resumesAt = new Date(check.retryAt).toISOString();
      for (const j of [job, ...queue.splice(0)]) {
        await record(j, 'limited', { resumesAt });
        live.delete(j.key);
      }
      return;
    }
    await record(job, 'running');
    const startedAt = new Date(d.now()).toISOString();
    let progress: ResearchProgress;
    try {
      progress = await d.research(job.tabId, { auto: true }, job.researchDeps);
    } catch (err) {
      await record(job, 'failed', { at: startedAt, sentence: (err as Error).message });
      return;
    }
    const found = progress.lines.some((l) => l.status === 'done');
    await record(job, found ? 'done' : 'failed', { at: startedAt, sentence: found ? null : failureSentence(progress) });
  } catch (err) {
    console.warn('LeadFit: automatic research failed', err);
  } finally {
    live.delete(job.key);
    current = null;
    if (queue.length) void pump();
  }
}

/** The card's view of automatic mode for a tab: whether it is on, and its company's run. */
export async function autoResearchStatus(tabId: number): Promise<AutoResearchStatus> {
  const d = theDeps();
  const enabled = (await d.readSettings()).autoResearch;
  const state = await d.getState(tabId).catch(() => null);
  const observation = state?.observation;
  if (!state || !observation) return { enabled, run: null };
  const key = companyKey(researchTarget(observation, state.account));
  const run = key ? ((await readRuns())[key] ?? null) : null;
  // Queued, waiting or running in a worker that has stopped since: nothing is happening any more.
  if (run && (run.status === 'queued' || run.status === 'waiting' || run.status === 'running') && !live.has(run.key)) return { enabled, run: null };
  return { enabled, run };
}

/** For tests: whether the runner is idle (nothing queued, nothing running). */
export function autoResearchIdle(): boolean {
  return !current && queue.length === 0;
}
