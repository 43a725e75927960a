import { browser } from 'wxt/browser';
import { companyKeys, companyOfObservation, findAccount, joinAliases, linkedinCompanySlug, mergeObservation, normalizeCompanyName, normalizeDomain } from '../accounts/merge';
import type { AccountRecord, ResearchPageRecord, ResearchRecord } from '../accounts/types';
import { completeObservation } from '../extract/complete';
import { observationSchema, type Observation } from '../observation';
import type { Pack } from '../profiles/schema';
import { scorePage } from '../scoring';
import type { ScoredPage } from '../scoring/types';
import { accountStore } from '../accounts/store';
import { tabStateChanged } from './changes';

/**
 * One-click company research (#11): from a person page (or a LinkedIn company page), read the
 * company's LinkedIn page and then its website the way the rep would — each in a background tab
 * that the extension's own readers read and that is closed after — merge what they say into the
 * account, and re-score the rep's tab.
 *
 * Why tabs and not `fetch` (measured on the saved pages, docs/design.md "Company research"):
 * logged-in LinkedIn company pages are drawn by script after load, so their HTML holds no facts;
 * a tab runs the page and the LinkedIn content script (already declared for linkedin.com) reads
 * it with the same code as when the rep opens it. Websites are read with the same company content
 * script the popup injects; that needs host permission for the site's origin, which the popup asks
 * for on the rep's click (optional_host_permissions), never here.
 *
 * Never a wrong account: the LinkedIn page read must be the company the person's profile links
 * (same company slug, or the same name when LinkedIn redirected an id or an old slug), and the
 * website must stay on the domain that LinkedIn page gives. Anything else is a sentence, not a merge.
 */

/** Research results are reused this long; "Refresh" reads again. */
export const RESEARCH_REUSE_DAYS = 30;
/** How long one page may take to load and be read. */
export const PAGE_TIMEOUT_MS = 15_000;

export type ResearchPageStatus = ResearchPageRecord['status'] | 'reading';

export interface ResearchLine {
  page: ResearchPageRecord['page'];
  /** "Acme on LinkedIn", "acme.com", "acme.com/about". */
  label: string;
  url: string;
  status: ResearchPageStatus;
  /** What happened, in a sentence the popup shows after "Reading <label>… ". */
  sentence: string;
}

export interface ResearchProgress {
  tabId: number;
  running: boolean;
  company: string | null;
  lines: ResearchLine[];
  /** The website the rep must allow first (a second click "Read <domain>"), when the LinkedIn page revealed it. */
  needsPermission: { origin: string; domain: string } | null;
  researchedAt: string | null;
  /** The stored results (less than RESEARCH_REUSE_DAYS old) were shown instead of reading again. */
  reused: boolean;
  error: string | null;
}

export interface ResearchRequest {
  /** Read again even when results less than 30 days old are stored. */
  refresh?: boolean;
  /** Only the website step (a company page's "Read the website", or "Read <domain>" after the permission). */
  only?: 'website';
  /** Started by automatic mode (auto-research.ts): a read that found nothing leaves the account untouched. */
  auto?: boolean;
}

export interface ResearchDeps {
  /** The observation LeadFit holds for the rep's tab (service.ts: the stored tab state). */
  getObservation: (tabId: number) => Promise<Observation | null>;
  getPack: () => Promise<Pack>;
  /** Re-scores the rep's tab against the updated account and pushes its new state. */
  rescore: (tabId: number) => Promise<void>;
  timeoutMs?: number;
  now?: () => Date;
}

const progressByTab = new Map<number, ResearchProgress>();
/** Background tabs LeadFit opened and waits on: their observations are research, not the rep's pages. */
const observationWaiters = new Map<number, (observation: Observation) => void>();

/** Called by the background for every content-script observation: true when it was a research tab's (then it is not a page the rep viewed). */
export function deliverResearchObservation(tabId: number, observation: Observation): boolean {
  const waiter = observationWaiters.get(tabId);
  if (!waiter) return false;
  waiter(observation);
  return true;
}

/** A tab LeadFit opened for research (its own reads and badge are skipped). */
export function isResearchTab(tabId: number): boolean {
  return observationWaiters.has(tabId) || siteTabs.has(tabId);
}
const siteTabs = new Set<number>();

export function researchProgress(tabId: number): ResearchProgress | null {
  return progressByTab.get(tabId) ?? null;
}

/** For tests: forget in-memory progress. */
export function resetResearch(): void {
  progressByTab.clear();
  observationWaiters.clear();
  siteTabs.clear();
}

const LINKEDIN_LOGIN = /linkedin\.com\/(?:authwall|login|uas\/login|checkpoint|signup|m\/login)/i;
const SITE_LOGIN = /\/(?:login|log-in|signin|sign-in|sso|auth)(?:[/?#.]|$)/i;

function displayDomain(url: string): string {
  return normalizeDomain(url) ?? url;
}

function originOf(url: string): string | null {
  try {
    const u = new URL(/^https?:\/\//i.test(url) ? url : `https://${url}`);
    if (u.protocol === 'http:' && !/^(localhost|127\.0\.0\.1)$/.test(u.hostname)) u.protocol = 'https:';
    // LinkedIn lists many websites as http://; LeadFit may only ask for https origins (the manifest's optional hosts).
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** "acme.com" is "www.acme.com", "go.acme.com" and "acme.com"; not "acme.io" nor "notacme.com". */
export function sameSite(host: string, expected: string): boolean {
  const a = normalizeDomain(host);
  const b = normalizeDomain(expected);
  if (!a || !b) return false;
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/** The permission pattern the popup asks for, for a website (https only: the manifest's optional hosts). */
export function websiteOrigin(website: string | null): string | null {
  return website ? originOf(website) : null;
}

function isFresh(research: ResearchRecord | undefined, now: Date): boolean {
  if (!research) return false;
  const age = now.getTime() - Date.parse(research.researchedAt);
  return Number.isFinite(age) && age >= 0 && age < RESEARCH_REUSE_DAYS * 86_400_000;
}

interface PageRead {
  status: ResearchPageRecord['status'];
  sentence: string;
  observation?: Observation;
}

async function closeTab(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  await browser.tabs.remove(tabId).catch(() => undefined);
}

/**
 * Opens a LinkedIn company page in a background tab and waits for the LinkedIn content script's
 * observation of it. The watcher sends what is on screen as it renders; a page with a name and at
 * least one firmographic ends the wait, a name alone is used when the time is up.
 */
async function readLinkedinCompany(url: string, timeoutMs: number): Promise<PageRead> {
  let tabId: number | undefined;
  let lastUrl = url;
  const onUpdated = (id: number, change: { url?: string }) => {
    if (id === tabId && change.url) lastUrl = change.url;
  };
  let onRemoved: ((id: number) => void) | null = null;
  try {
    const result = await new Promise<PageRead>((resolve) => {
      let best: Observation | null = null;
      let sawPage = false;
      const timer = setTimeout(() => {
        if (best) resolve({ status: 'done', sentence: 'done (the page showed only part of the company)', observation: best });
        else if (LINKEDIN_LOGIN.test(lastUrl)) resolve({ status: 'login-wall', sentence: 'login wall: sign in to LinkedIn in this browser and try again' });
        // Read, but no company on it: a wall drawn at the same address, or a removed page.
        else if (sawPage) resolve({ status: 'error', sentence: 'the page showed no company: a LinkedIn sign-in wall or a removed page' });
        else resolve({ status: 'timed-out', sentence: `timed out after ${Math.round(timeoutMs / 1000)} s` });
      }, timeoutMs);
      const finish = (read: PageRead) => {
        clearTimeout(timer);
        resolve(read);
      };
      onRemoved = (id: number) => {
        if (id === tabId) finish({ status: 'error', sentence: 'the tab was closed before the page was read' });
      };
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.tabs.onRemoved.addListener(onRemoved);
      void browser.tabs
        .create({ url, active: false })
        .then((tab) => {
          tabId = tab.id;
          if (tabId === undefined) return finish({ status: 'error', sentence: 'the browser opened no tab' });
          observationWaiters.set(tabId, (observation) => {
            if (LINKEDIN_LOGIN.test(observation.url)) return finish({ status: 'login-wall', sentence: 'login wall: sign in to LinkedIn in this browser and try again' });
            sawPage = true;
            const company = observation.company;
            if (observation.kind !== 'linkedin-company' || !company?.name) return;
            best = observation;
            if (company.industry || company.employees || company.website) finish({ status: 'done', sentence: 'done', observation });
          });
        })
        .catch((err: unknown) => finish({ status: 'error', sentence: `could not open the page (${(err as Error).message})` }));
    });
    return result;
  } finally {
    browser.tabs.onUpdated.removeListener(onUpdated);
    if (onRemoved) browser.tabs.onRemoved.removeListener(onRemoved);
    if (tabId !== undefined) observationWaiters.delete(tabId);
    await closeTab(tabId);
  }
}

/** Waits until a tab finished loading (or the time is up); returns its final URL, or null on timeout. */
async function loaded(tabId: number, timeoutMs: number): Promise<string | null> {
  const current = await browser.tabs.get(tabId).catch(() => undefined);
  if (current?.status === 'complete' && current.url && current.url !== 'about:blank') return current.url;
  return new Promise<string | null>((resolve) => {
    const listener = (id: number, change: { status?: string }, tab: { url?: string }) => {
      if (id !== tabId || change.status !== 'complete') return;
      done(tab.url ?? null);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    function done(value: string | null) {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve(value);
    }
    browser.tabs.onUpdated.addListener(listener);
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve('timeout'), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/**
 * Opens one website page in a background tab, injects the company content script (needs the
 * origin's host permission: asked for by the popup on the rep's click) and returns its observation.
 */
async function readWebsitePage(url: string, expectedDomain: string, timeoutMs: number): Promise<PageRead> {
  const origin = originOf(url);
  if (!origin) return { status: 'error', sentence: `"${url}" is not a web address LeadFit can read` };
  const allowed = await browser.permissions.contains({ origins: [`${origin}/*`] }).catch(() => false);
  if (!allowed) return { status: 'no-permission', sentence: `no permission: allow LeadFit to read ${displayDomain(url)} (one click) and try again` };
  let tabId: number | undefined;
  try {
    const tab = await browser.tabs.create({ url, active: false });
    tabId = tab.id;
    if (tabId === undefined) return { status: 'error', sentence: 'the browser opened no tab' };
    siteTabs.add(tabId);
    const finalUrl = await loaded(tabId, timeoutMs);
    if (finalUrl === null) return { status: 'timed-out', sentence: `timed out after ${Math.round(timeoutMs / 1000)} s` };
    let host = '';
    try {
      host = new URL(finalUrl).hostname;
    } catch {
      return { status: 'error', sentence: 'the page ended on an address LeadFit cannot read' };
    }
    if (!sameSite(host, expectedDomain)) {
      return { status: 'mismatch', sentence: `it sent LeadFit to ${displayDomain(finalUrl)}, not ${expectedDomain}; nothing from it was added` };
    }
    if (SITE_LOGIN.test(new URL(finalUrl).pathname)) return { status: 'login-wall', sentence: 'login wall: the site asks to sign in; nothing was read' };
    const results = await withTimeout(browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/company.js'] }), timeoutMs);
    if (results === 'timeout') return { status: 'timed-out', sentence: `timed out after ${Math.round(timeoutMs / 1000)} s` };
    const parsed = observationSchema.safeParse(results?.[0]?.result);
    // The injected reader checked names by shape only: the full checks run here (#12).
    const observation = parsed.success ? completeObservation(parsed.data) : null;
    if (!observation?.company) return { status: 'error', sentence: 'the page could not be read: the reader returned nothing usable' };
    return { status: 'done', sentence: 'done', observation };
  } catch (err) {
    return { status: 'error', sentence: `could not be read (${(err as Error).message})` };
  } finally {
    if (tabId !== undefined) siteTabs.delete(tabId);
    await closeTab(tabId);
  }
}

/** The company a tab is about, as far as LeadFit knows it before research. */
export function researchTarget(observation: Observation, account: AccountRecord | null): { name: string | null; linkedinUrl: string | null; website: string | null } {
  const c = observation.company;
  const onCompanyPage = observation.kind === 'linkedin-company' || observation.kind === 'salesnav-account';
  const linkedinUrl = onCompanyPage ? (c?.linkedinUrl ?? observation.url) : (observation.person?.companyLinkedinUrl ?? account?.company.linkedinUrl ?? null);
  return {
    name: c?.name ?? observation.person?.company ?? account?.company.name ?? null,
    linkedinUrl: linkedinUrl && linkedinCompanySlug(linkedinUrl) ? linkedinUrl : null,
    website: account?.company.website ?? account?.company.domain ?? c?.website ?? c?.domain ?? null,
  };
}

/**
 * The company's About tab ("…/company/acme/about/"): for a signed-in rep it is the tab that lists
 * website, industry and size (the home tab shows posts first); LinkedIn redirects a numeric id or
 * a Sales Navigator account id to the company's page, and guests to the public page.
 */
export function companyAboutUrl(url: string): string {
  const slug = linkedinCompanySlug(url);
  if (!slug) return url;
  const section = /linkedin\.com\/(school|showcase)\//i.exec(url)?.[1]?.toLowerCase() ?? 'company';
  return `https://www.linkedin.com/${section}/${encodeURIComponent(slug)}/about/`;
}

/** The LinkedIn page read is the company asked for: same slug, or (LinkedIn redirected an id or an old slug) the same name. */
function sameLinkedinCompany(read: Observation, expectedUrl: string, expectedName: string | null): boolean {
  const expected = linkedinCompanySlug(expectedUrl);
  const got = linkedinCompanySlug(read.company?.linkedinUrl ?? null) ?? linkedinCompanySlug(read.url);
  if (expected && got && expected === got) return true;
  const a = normalizeCompanyName(expectedName);
  const b = normalizeCompanyName(read.company?.name ?? null);
  return a !== null && a === b;
}

function scoreQuietly(observation: Observation, pack: Pack, account: AccountRecord | null, now: Date): ScoredPage | null {
  try {
    return scorePage(observation, pack, { now, account: account?.company ?? undefined });
  } catch {
    return null;
  }
}

function toRecord(line: ResearchLine): ResearchPageRecord {
  return { page: line.page, url: line.url, status: line.status === 'reading' ? 'error' : line.status, sentence: line.sentence };
}

/**
 * Runs (or reuses) the research for the company of the rep's tab. Never throws for a page that
 * could not be read: each page gets a line; only a tab LeadFit has not read yet is an error.
 */
export async function runResearch(tabId: number, request: ResearchRequest, deps: ResearchDeps): Promise<ResearchProgress> {
  const running = progressByTab.get(tabId);
  if (running?.running) return running;
  const now = (deps.now ?? (() => new Date()))();
  const timeoutMs = deps.timeoutMs ?? PAGE_TIMEOUT_MS;
  const observation = await deps.getObservation(tabId);
  if (!observation) throw new Error('LeadFit has not read this page yet; wait until the score appears and try again');
  const ownCompany = companyOfObservation(observation);
  const account = ownCompany ? findAccount(await accountStore.find(companyKeys(ownCompany)), observation) : null;
  const target = researchTarget(observation, account);
  const progress: ResearchProgress = { tabId, running: true, company: target.name, lines: [], needsPermission: null, researchedAt: null, reused: false, error: null };
  const publish = () => {
    progressByTab.set(tabId, { ...progress, lines: progress.lines.map((l) => ({ ...l })) });
    tabStateChanged(tabId);
  };

  if (!request.refresh && !request.only && account?.research && isFresh(account.research, now)) {
    progress.lines = account.research.pages.map((p) => ({ ...p, label: labelFor(p.page, p.url, target.name) }));
    progress.researchedAt = account.research.researchedAt;
    progress.reused = true;
    progress.running = false;
    progress.needsPermission = permissionNeeded(account.research.pages);
    publish();
    return progressByTab.get(tabId)!;
  }
  if (!target.name && !target.linkedinUrl && !target.website) {
    progress.running = false;
    progress.error = 'This page names no company to research.';
    publish();
    return progressByTab.get(tabId)!;
  }
  publish();

  const pack = await deps.getPack();
  // The keys the rep's page knows its company by: the research result is joined to them once verified.
  const pageCompany = companyOfObservation(observation);
  const pageKeys = pageCompany ? companyKeys(pageCompany) : [];
  let website = target.website;
  // Verified reads, merged at the end on a fresh read of the accounts (the rep keeps browsing
  // while research runs; a snapshot from the start would overwrite what those pages added).
  let linkedinFound: Observation | null = null;
  let siteFound: Observation | null = null;
  let verifiedSlug: string | null = null;

  const onCompanyPage = observation.kind === 'linkedin-company' || observation.kind === 'salesnav-account';
  if (onCompanyPage) verifiedSlug = linkedinCompanySlug(target.linkedinUrl);

  // 1. The company's LinkedIn page (not when the rep is on it, nor for "Read the website").
  if (!onCompanyPage && request.only !== 'website') {
    const label = `${target.name ?? 'the company'} on LinkedIn`;
    if (!target.linkedinUrl) {
      progress.lines.push({ page: 'linkedin', label, url: '', status: 'skipped', sentence: 'skipped: the profile links no LinkedIn company page' });
      publish();
    } else {
      const line: ResearchLine = { page: 'linkedin', label, url: target.linkedinUrl, status: 'reading', sentence: '' };
      progress.lines.push(line);
      publish();
      const read = await readLinkedinCompany(companyAboutUrl(target.linkedinUrl), timeoutMs);
      if (read.observation && !sameLinkedinCompany(read.observation, target.linkedinUrl, target.name)) {
        line.status = 'mismatch';
        line.sentence = `LinkedIn showed ${read.observation.company?.name ?? 'another company'}, not ${target.name ?? 'the company on the profile'}; nothing from it was added`;
      } else {
        line.status = read.status;
        line.sentence = read.sentence;
      }
      if (line.status === 'done' && read.observation) {
        const found = read.observation;
        linkedinFound = found;
        verifiedSlug = linkedinCompanySlug(found.company?.linkedinUrl ?? found.url);
        website = found.company?.website ?? found.company?.domain ?? website;
      }
      publish();
    }
  }

  // 2. The website (home, and /about when the home page leaves the firmographics open).
  const expectedDomain = website ? normalizeDomain(website) : null;
  const origin = websiteOrigin(website);
  if (!website || !expectedDomain || !origin) {
    progress.lines.push({ page: 'website', label: 'the website', url: '', status: 'skipped', sentence: `skipped: ${target.name ?? 'the company'}'s LinkedIn page states no website` });
    publish();
  } else {
    const home = `${origin}/`;
    const line: ResearchLine = { page: 'website', label: expectedDomain, url: home, status: 'reading', sentence: '' };
    progress.lines.push(line);
    publish();
    const reads: Observation[] = [];
    const read = await readWebsitePage(home, expectedDomain, timeoutMs);
    line.status = read.status;
    line.sentence = read.sentence;
    if (read.status === 'no-permission') progress.needsPermission = { origin, domain: expectedDomain };
    if (read.observation) reads.push(read.observation);
    publish();
    const c = read.observation?.company;
    if (read.status === 'done' && c && (!c.employees || !c.industry || !c.description) && read.observation?.page !== 'about') {
      const aboutLine: ResearchLine = { page: 'about', label: `${expectedDomain}/about`, url: `${origin}/about`, status: 'reading', sentence: '' };
      progress.lines.push(aboutLine);
      publish();
      const about = await readWebsitePage(`${origin}/about`, expectedDomain, timeoutMs);
      aboutLine.status = about.status;
      aboutLine.sentence = about.sentence;
      if (about.observation) reads.push(about.observation);
      publish();
    }
    const combined = combineSitePages(reads);
    for (const page of combined ? [combined] : []) {
      const found = { ...page, company: { ...page.company!, domain: page.company!.domain ?? expectedDomain } };
      // The site's own LinkedIn link (JSON-LD sameAs) may join it to an account, but here the account
      // is already verified: a link to another LinkedIn company must not pull this site into that one.
      const claimed = linkedinCompanySlug(found.company.linkedinUrl);
      if (claimed && verifiedSlug && claimed !== verifiedSlug) found.company.linkedinUrl = null;
      siteFound = found;
    }
  }

  // #11: an automatic read that found nothing (login wall, error, time-out) writes nothing; the card says why.
  if (request.auto && !linkedinFound && !siteFound) {
    progress.running = false;
    publish();
    return progressByTab.get(tabId)!;
  }

  // 3. Merge, keep the result on the account (reused for 30 days) and re-score the rep's tab.
  // One transaction over the accounts these pages are known by (lib/accounts/store.ts): the merges
  // below are the pure ones of lib/accounts/merge.ts, run on that subset.
  const own = companyOfObservation(observation);
  const involved = [...(own ? companyKeys(own) : []), ...pageKeys];
  for (const found of [linkedinFound, siteFound]) if (found?.company) involved.push(...companyKeys(found.company));
  progress.researchedAt = now.toISOString();
  const researchedAt = progress.researchedAt;
  const pages = progress.lines.map(toRecord);
  await accountStore
    .update(involved, (subset) => {
      let accounts = subset;
      let accountKey: string | null = findAccount(accounts, observation)?.key ?? null;
      for (const found of [linkedinFound, siteFound]) {
        if (!found) continue;
        const merged = mergeObservation(accounts, { observation: found, scored: scoreQuietly(found, pack, findAccount(accounts, found), now), now });
        accounts = merged.accounts;
        if (!merged.key) continue;
        // Verified: the LinkedIn page is the company the profile links, and the site is on the domain
        // that page (or the account) gives — so they join the rep's page's account.
        const verified = accountKey && accountKey !== merged.key ? (accounts[accountKey]?.aliases ?? []) : [];
        ({ accounts, key: accountKey } = joinAliases(accounts, merged.key, [...pageKeys, ...verified]));
      }
      const record = accountKey ? accounts[accountKey] : findAccount(accounts, observation);
      if (record) {
        // "Read <domain>" after the permission keeps the LinkedIn line of the earlier run.
        const kept = request.only === 'website' ? (record.research?.pages ?? []).filter((p) => p.page === 'linkedin') : [];
        accounts = { ...accounts, [record.key]: { ...record, research: { researchedAt, pages: [...kept, ...pages] } } };
      }
      return accounts;
    })
    .catch((err: unknown) => {
      // Storage full: the pages were read, but nothing could be kept; say so rather than pretend.
      progress.error = (err as Error).message;
    });
  progress.running = false;
  publish();
  await deps.rescore(tabId).catch((err: unknown) => console.warn('LeadFit: re-scoring after research failed', err));
  return progressByTab.get(tabId)!;
}

/**
 * One website, read on two pages: the home page's facts first, the about page fills what the home
 * page left open, and the technologies are those of both (a website reader's technologies replace
 * the account's when merged, so merging the pages one by one would keep only the last page's).
 */
export function combineSitePages(pages: Observation[]): Observation | null {
  const [first, ...rest] = pages.filter((p) => p.company);
  if (!first) return null;
  const company = { ...first.company! };
  const evidence = { ...first.evidence };
  for (const page of rest) {
    const c = page.company!;
    for (const key of Object.keys(c) as Array<keyof typeof c>) {
      const mine = company[key];
      if (mine === null || (Array.isArray(mine) && mine.length === 0)) {
        (company as Record<string, unknown>)[key] = c[key];
        const ev = page.evidence[`company.${key}`];
        if (ev) evidence[`company.${key}`] = ev;
      }
    }
    const names = new Set(company.technologies.map((t) => t.name));
    company.technologies = [...company.technologies, ...c.technologies.filter((t) => !names.has(t.name))];
  }
  return { ...first, company, evidence, missing: first.missing.filter((m) => !m.startsWith('company.') || company[m.slice(8) as keyof typeof company] === null) };
}

function labelFor(page: ResearchPageRecord['page'], url: string, name: string | null): string {
  if (page === 'linkedin') return `${name ?? 'the company'} on LinkedIn`;
  if (!url) return 'the website';
  const domain = displayDomain(url);
  return page === 'about' ? `${domain}/about` : domain;
}

function permissionNeeded(pages: ResearchPageRecord[]): ResearchProgress['needsPermission'] {
  const page = pages.find((p) => p.page === 'website' && p.status === 'no-permission');
  const origin = page ? originOf(page.url) : null;
  return page && origin ? { origin, domain: displayDomain(page.url) } : null;
}
