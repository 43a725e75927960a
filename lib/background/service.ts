import { browser } from 'wxt/browser';
import { companyKeys, companyOfObservation, findAccount, mergeObservation } from '../accounts/merge';
import { accountStore } from '../accounts/store';
import type { AccountRecord } from '../accounts/types';
import {
  CONTENT_SCRIPT_TYPES,
  parseRequest,
  type ActivePack,
  type Request,
  type RequestType,
  type Response,
  type ResponseMap,
  type TabDerived,
  type TabState,
} from '../messaging';
import { completeObservation } from '../extract/complete';
import { observationSchema, type Observation } from '../observation';
import { dryRunPack } from '../profiles/dry-run';
import { formatPackError, parsePack, type Pack, type PackError } from '../profiles/schema';
import { loadStarterPack } from '../profiles/starter';
import { scorePage } from '../scoring';
import { briefText } from '../scoring/brief';
import { buildListRows, listRowKeys } from '../list-rows';
import { committeeCoverage } from '../scoring/score-persona';
import type { ScoredPage } from '../scoring/types';
import { settingsSchema } from '../settings';
import {
  activePackItem,
  clearAll,
  getTabStateStored,
  lastGoodPackItem,
  readActivePack,
  readLastGoodPack,
  readPackChanges,
  readSettings,
  readSyncState,
  removeTabStateStored,
  setTabStateStored,
  settingsItem,
  storageReport,
} from '../storage';
import { classifyTabUrl } from './page-kind';
import { setBadgeForState } from './badge';
import { tabStateChanged } from './changes';
import * as sync from './sync';
import { deliverResearchObservation, isResearchTab, researchProgress, runResearch, type ResearchDeps } from './research';
import { autoResearchAfterScoring, autoResearchStatus } from './auto-research';
import { bookFactsFor, markBook, withBookFacts, type BookFacts } from './book-facts';
import { clearBook } from '../book/store';

/**
 * The background's work, kept out of entrypoints/background.ts so it can be tested with
 * WXT's fake browser. Every message goes through `handleMessage`: parsed with zod, checked
 * against its sender, answered with `{ok, data}` or `{ok: false, error}` — never a throw.
 */

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

let starter: Pack | null = null;
function starterPack(): Pack {
  starter ??= loadStarterPack();
  return starter;
}

function starterActive(): ActivePack {
  return { pack: starterPack(), source: 'starter', updatedAt: starterPack().publishedAt };
}

export async function getActivePack(): Promise<ActivePack> {
  // Re-validated on every read (lib/storage.ts): a pack saved by an older LeadFit, or damaged,
  // falls back to the starter pack instead of crashing every page.
  return (await readActivePack()) ?? starterActive();
}

/** A pack that cannot become active, with the reason (and the schema errors when there are some). */
export class PackRefused extends Error {
  constructor(
    message: string,
    readonly errors?: PackError[],
  ) {
    super(message);
  }
}

/**
 * Everything a pack must pass before it becomes active: the schema (with its limits) and a
 * dry run on built-in sample pages (lib/profiles/dry-run.ts). Throws `PackRefused` with the reason.
 */
export function checkPack(input: unknown): Pack {
  const parsed = parsePack(input);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    throw new PackRefused(`the pack is not valid; nothing was saved${first ? ` (${formatPackError(first)}${parsed.errors.length > 1 ? `, and ${parsed.errors.length - 1} more` : ''})` : ''}`, parsed.errors);
  }
  try {
    dryRunPack(parsed.pack);
  } catch (err) {
    throw new PackRefused(`the pack was not activated: ${(err as Error).message}; the current pack was kept`);
  }
  return parsed.pack;
}

function extensionOrigin(): string {
  return browser.runtime.getURL('/');
}

/** A page of this extension (popup, options, a side panel), not a web page or another extension. */
export function isExtensionPage(sender: SenderInfo | undefined): boolean {
  if (!sender || (sender.id !== undefined && sender.id !== browser.runtime.id)) return false;
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin());
}

/** Content scripts send from a web page in a tab; extension pages from the extension's own origin. */
function senderAllowed(type: RequestType, sender: SenderInfo): string | null {
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return 'messages from other extensions are refused';
  const fromExtensionPage = isExtensionPage(sender);
  if (CONTENT_SCRIPT_TYPES.has(type)) {
    if (fromExtensionPage || sender.tab?.id === undefined) return `"${type}" is only accepted from a content script in a tab`;
    return null;
  }
  if (!fromExtensionPage) return `"${type}" is only accepted from LeadFit's own pages`;
  return null;
}

export async function handleMessage(message: unknown, sender: SenderInfo): Promise<Response<RequestType>> {
  const parsed = parseRequest(message);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const refused = senderAllowed(parsed.request.type, sender);
  if (refused) return { ok: false, error: refused };
  try {
    return await dispatch(parsed.request, sender);
  } catch (err) {
    return { ok: false, error: (err as Error).message || String(err) };
  }
}

function ok<T extends RequestType>(data: ResponseMap[T]): Response<T> {
  return { ok: true, data };
}

async function dispatch(request: Request, sender: SenderInfo): Promise<Response<RequestType>> {
  switch (request.type) {
    case 'observation': {
      const tabId = sender.tab!.id!;
      request.observation = completeObservation(request.observation); // #12: check and parse what the LinkedIn content script sent raw
      // A background tab opened by company research: its page is research, not one the rep viewed.
      if (deliverResearchObservation(tabId, request.observation)) return ok<'observation'>({ tabId, status: 'ready' });
      const state = await processObservation(tabId, request.observation);
      // #11 automatic mode (off by default): may queue a rate-limited read of this page's company; never awaited.
      void autoResearchAfterScoring(tabId, state, researchDeps);
      return ok<'observation'>({ tabId, status: state.status });
    }
    case 'getTabState':
      return ok<'getTabState'>(await getTabState(request.tabId));
    case 'markPackSeen': {
      const seen = await sync.markVersionSeen(request.version);
      if (seen) tabStateChanged('all');
      return ok<'markPackSeen'>({ seen });
    }
    case 'readPage':
      return ok<'readPage'>(await readPage(request.tabId));
    case 'research':
      return ok<'research'>(await runResearch(request.tabId, { refresh: request.refresh, only: request.only }, researchDeps));
    case 'researchStatus':
      return ok<'researchStatus'>(researchProgress(request.tabId));
    case 'researchAutoStatus':
      return ok<'researchAutoStatus'>(await autoResearchStatus(request.tabId));
    case 'setOutcome':
      return ok<'setOutcome'>(await setOutcome(request.accountKey, request.outcome));
    case 'getPack':
      return ok<'getPack'>(await getActivePack());
    case 'savePack': {
      let pack: Pack;
      try {
        pack = checkPack(request.pack);
      } catch (err) {
        if (err instanceof PackRefused) return { ok: false, error: err.message, errors: err.errors };
        throw err;
      }
      const previous = await getActivePack();
      return ok<'savePack'>(
        await activatePack({ pack, source: request.source, updatedAt: new Date().toISOString(), teamVersion: previous.teamVersion ?? null }),
      );
    }
    case 'resetPack':
      return ok<'resetPack'>(await resetPack(request.to));
    case 'listAccounts': {
      const { accounts } = await accountStore.list();
      return ok<'listAccounts'>(Object.values(accounts).sort((a, b) => (a.lastSeenAt < b.lastSeenAt ? 1 : -1)));
    }
    case 'getStorageReport':
      return ok<'getStorageReport'>(await storageReport());
    case 'deleteAll':
      // The team's account book too: it is in this browser, and team sync pulls it again.
      await Promise.all([clearAll(), clearBook()]);
      await clearAllBadges();
      tabStateChanged('all');
      return ok<'deleteAll'>({ deleted: true });
    case 'getSettings':
      return ok<'getSettings'>(await readSettings());
    case 'saveSettings': {
      const parsed = settingsSchema.safeParse(request.settings);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        return { ok: false, error: `settings not saved: ${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}` };
      }
      const problem = sync.validateSyncSettings(parsed.data.sync);
      if (problem) return { ok: false, error: `settings not saved: ${problem}` };
      await settingsItem.setValue(parsed.data);
      await sync.scheduleSync(parsed.data);
      return ok<'saveSettings'>(parsed.data);
    }
    case 'syncNow':
      return ok<'syncNow'>(await sync.checkNow({ activate: activatePack, getActivePack }));
    case 'getSyncStatus':
      return ok<'getSyncStatus'>(await sync.status(await getActivePack()));
    case 'publishPack': {
      const result = await sync.publish(request.pack, request.changeNotes, { activate: activatePack, getActivePack });
      if (!result.ok) return { ok: false, error: result.error, errors: result.errors, conflict: result.conflict };
      return ok<'publishPack'>({ version: result.version });
    }
    case 'getPackChanges':
      return ok<'getPackChanges'>(await sync.packChanges());
    case 'book.publish': {
      const result = await sync.publishBookNow();
      if (!result.ok) return { ok: false, error: result.error, conflict: result.conflict };
      return ok<'book.publish'>({ version: result.version, accounts: result.accounts });
    }
    case 'book.pull':
      await sync.pullBookNow();
      return ok<'book.pull'>(await sync.status(await getActivePack()));
  }
}

/**
 * Makes a pack the active one and re-scores every open tab with it. Atomic: the pack is checked
 * and dry-run first (`checkPack`); when that throws, nothing changes. The pack it replaces is
 * kept as the last good one ("Reset to the last good pack"). Team sync activates through here too.
 */
export async function activatePack(active: ActivePack): Promise<ActivePack> {
  const pack = checkPack(active.pack);
  const next: ActivePack = { ...active, pack };
  // The starter pack counts as a good pack to go back to (it is restored as "the starter pack").
  await lastGoodPackItem.setValue((await readActivePack()) ?? starterActive());
  await activePackItem.setValue(next);
  await rescoreOpenTabs();
  tabStateChanged('all');
  return next;
}

/** "Reset to the starter pack" or "to the last good pack" (the one active before the current one). */
export async function resetPack(to: 'starter' | 'last-good' = 'starter'): Promise<ActivePack> {
  if (to === 'last-good') {
    const lastGood = await readLastGoodPack();
    if (!lastGood) throw new Error('there is no earlier pack to go back to; use "Reset to the starter pack"');
    // Not stored as a copy: the starter pack of this LeadFit version is used (it may be newer).
    if (lastGood.source === 'starter') return resetPack('starter');
    return activatePack({ ...lastGood, updatedAt: new Date().toISOString() });
  }
  const current = await readActivePack();
  if (current) await lastGoodPackItem.setValue(current);
  await activePackItem.removeValue();
  await rescoreOpenTabs();
  // Tabs with nothing to re-score still show the active pack's name.
  tabStateChanged('all');
  return getActivePack();
}

function score(observation: Observation, pack: Pack, account: AccountRecord | null, book: BookFacts | null = null): ScoredPage | null {
  if (!observation.person && !observation.company && observation.people.length === 0) return null;
  // The team's account book fills what the page and the account leave unknown (lib/background/book-facts.ts).
  const options = withBookFacts({ now: new Date(), account: account?.company ?? undefined }, book);
  try {
    return markBook(scorePage(observation, pack, options), book);
  } catch (err) {
    // Every pack is dry-run before it becomes active, so this is a page the samples did not
    // foresee: score it with the starter pack rather than leave the rep without a badge.
    // The result names the pack that produced it (packId / packVersion).
    if (pack === starterPack()) throw err;
    console.warn('LeadFit: the active pack failed on this page; scored with the starter pack', err);
    return markBook(scorePage(observation, starterPack(), options), book);
  }
}

function statusOf(observation: Observation, scored: ScoredPage | null): TabState['status'] {
  if (observation.kind === 'unsupported') return 'unsupported';
  const hasSubject = Boolean(observation.person?.name || observation.company?.name || observation.people.length);
  return hasSubject && scored ? 'ready' : 'empty';
}

/** The personas seen at this account, counting the person on screen (#10: they are seen, even before the account stored them). */
function seenPersonas(account: AccountRecord, scored: ScoredPage): string[] {
  const ids = account.contacts.map((c) => c.personaId).filter((x): x is string => x !== null);
  const here = scored.person?.personas.best?.personaId;
  return here && !ids.includes(here) ? [...ids, here] : ids;
}

/**
 * Everything the views show beside the score, computed here so that no view imports the
 * scorer or the title classifier (#15). Cheap: recomputed whenever the state is read.
 */
export function deriveView(
  state: Pick<TabState, 'status' | 'observation' | 'scored' | 'account'>,
  active: ActivePack,
  /** The accounts seen, for list rows' tier and outcome (each row's company looked up here, not in the view). */
  accounts: Record<string, AccountRecord> = {},
): TabDerived | null {
  const { observation, scored, account } = state;
  if (state.status !== 'ready' || !observation || !scored) return null;
  const pack = active.pack;
  const personaId = scored.person?.personas.best?.personaId;
  return {
    brief: briefText(scored, observation, pack),
    committee: account ? committeeCoverage(pack, scored.account?.best?.icpId ?? null, seenPersonas(account, scored)) : null,
    persona: pack.personas.find((p) => p.id === personaId) ?? null,
    pack: { name: pack.name, version: pack.version, publishedAt: pack.publishedAt, publishedBy: pack.publishedBy, source: active.source },
    rows: observation.people.length ? buildListRows(observation, scored, accounts) : [],
  };
}

/** The team version the rep has not been shown yet, with what the options page knows about it. */
async function packUpdateNotice(): Promise<TabState['packUpdate']> {
  const { unseenVersion } = await readSyncState();
  if (unseenVersion === null) return null;
  const changes = await readPackChanges();
  const same = changes?.toVersion === unseenVersion ? changes : null;
  return { version: unseenVersion, publishedBy: same?.publishedBy ?? null, changeNotes: same?.changeNotes || null };
}

/** The keys of the accounts a page needs: its company's, and on list pages each row's company. */
function accountKeysOf(observation: Observation): { company: string[]; all: string[] } {
  const company = companyOfObservation(observation);
  const own = company ? companyKeys(company) : [];
  return { company: own, all: observation.people.length ? [...own, ...listRowKeys(observation)] : own };
}

/** Scores what a page says, merges it into its account, remembers it for the tab, sets the badge. */
export async function processObservation(tabId: number, observation: Observation): Promise<TabState> {
  const active = await getActivePack();
  const { pack } = active;
  const now = new Date();
  const keys = accountKeysOf(observation);
  // Only the records this page's companies are known by (IndexedDB, indexed by alias): the cost
  // of a page does not grow with the number of accounts stored.
  let accounts = keys.all.length ? await accountStore.find(keys.all) : {};
  // Score once against what the account already knows (e.g. size from the company page seen before),
  // then record the result on the account.
  const known = findAccount(accounts, observation);
  const scored = score(observation, pack, known, await bookFactsFor(observation, known?.company ?? null));
  const status = statusOf(observation, scored);
  let account: AccountRecord | null = null;
  let storageWarning: string | null = null;
  // The badge does not wait for the writes below (#17): it depends on the score alone.
  if (scored && status === 'ready') void setBadgeForState({ ...blankState(tabId, observation.url), status, observation, scored });
  if (scored && status === 'ready' && keys.company.length) {
    const input = { observation, scored, now };
    let mergedKey: string | null = null;
    try {
      const after = await accountStore.update(keys.company, (current) => {
        const merged = mergeObservation(current, input);
        mergedKey = merged.key;
        return merged.accounts;
      });
      accounts = { ...accounts, ...after };
    } catch (err) {
      // Storage full (or the database gone): the rep still gets the verdict, and is told why it was not kept.
      storageWarning = (err as Error).message;
      const merged = mergeObservation(accounts, input);
      mergedKey = merged.key;
      accounts = merged.accounts;
    }
    account = mergedKey ? (accounts[mergedKey] ?? null) : null;
  }
  const state: TabState = {
    tabId,
    url: observation.url,
    status,
    observation,
    scored,
    account,
    updatedAt: now.toISOString(),
    derived: deriveView({ status, observation, scored, account }, active, accounts),
    // Global, not per tab: filled in when the state is read (getTabState).
    packUpdate: null,
    storageWarning,
  };
  await setTabStateStored(state);
  await setBadgeForState(state);
  tabStateChanged(tabId);
  return { ...state, packUpdate: await packUpdateNotice() };
}

async function tabUrl(tabId: number): Promise<string | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.url ?? null;
  } catch {
    return null;
  }
}

export async function getTabState(tabId: number): Promise<TabState> {
  const url = await tabUrl(tabId);
  const stored = await getTabStateStored(tabId);
  const packUpdate = await packUpdateNotice();
  if (stored && (url === null || sameDocument(stored.url, url))) {
    // Refresh the account part (an outcome may have been set since, another contact seen) and
    // what derives from it.
    if (stored.observation && stored.status === 'ready') {
      const keys = accountKeysOf(stored.observation);
      const accounts = keys.all.length ? await accountStore.find(keys.all) : {};
      stored.account = findAccount(accounts, stored.observation);
      stored.derived = deriveView(stored, await getActivePack(), accounts);
    }
    return { ...stored, packUpdate };
  }
  return { ...blankState(tabId, url), packUpdate };
}

/** A tab LeadFit has not read (yet): its status comes from the URL alone. */
function blankState(tabId: number, url: string | null): TabState {
  const kind = classifyTabUrl(url);
  const status = kind === 'linkedin' ? 'loading' : kind === 'site' ? 'not-read' : 'unsupported';
  return { tabId, url, status, observation: null, scored: null, account: null, updatedAt: null, derived: null, packUpdate: null };
}

function sameDocument(a: string | null, b: string): boolean {
  if (!a) return false;
  const strip = (u: string) => u.replace(/[#?].*$/, '').replace(/\/$/, '');
  return strip(a) === strip(b);
}

/**
 * Reads a company site on demand. The popup was opened by the user's click, which grants
 * `activeTab` for this tab; the company content script is injected with `scripting` and
 * returns its observation.
 */
export async function readPage(tabId: number): Promise<TabState> {
  const url = await tabUrl(tabId);
  // LinkedIn tabs are read by the LinkedIn content script; the injected script reads websites only.
  if (classifyTabUrl(url) !== 'site') return getTabState(tabId);
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/company.js'] });
  } catch (err) {
    throw new Error(
      `LeadFit could not read this page (${(err as Error).message}). Click the LeadFit button on the page's tab and try again.`,
    );
  }
  const raw = results?.[0]?.result;
  const parsed = observationSchema.safeParse(raw);
  if (!parsed.success) throw new Error('the page could not be read: the extraction returned nothing usable');
  return processObservation(tabId, completeObservation(parsed.data)); // the injected reader checked names by shape only (#12)
}

export async function setOutcome(accountKey: string, outcome: AccountRecord['outcome']): Promise<AccountRecord> {
  let updated: AccountRecord | null = null;
  await accountStore.update([accountKey], (current) => {
    const record = Object.hasOwn(current, accountKey) ? current[accountKey]! : Object.values(current).find((a) => a.aliases.includes(accountKey));
    if (!record) return current;
    updated = { ...record, outcome, outcomePackVersion: outcome ? record.packVersion : null };
    return { ...current, [record.key]: updated };
  });
  if (!updated) throw new Error('that account is no longer stored (it may have been deleted)');
  // Any open tab may show this account (a person page and its company page).
  tabStateChanged('all');
  return updated;
}

/** Re-scores the open tabs' stored observations, e.g. after a new pack arrives. */
export async function rescoreOpenTabs(): Promise<void> {
  let tabs: Array<{ id?: number }> = [];
  try {
    tabs = await browser.tabs.query({});
  } catch {
    return;
  }
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const stored = await getTabStateStored(tab.id);
    // One tab that cannot be re-scored must not stop the others (or the pack change that asked for it).
    if (stored?.observation) await processObservation(tab.id, stored.observation).catch((err) => console.warn('LeadFit: re-scoring a tab failed', err));
  }
}

export async function forgetTab(tabId: number): Promise<void> {
  await removeTabStateStored(tabId);
}

/** A navigation to another document: the old state no longer describes the tab. */
export async function onTabNavigated(tabId: number, url: string): Promise<void> {
  const stored = await getTabStateStored(tabId);
  if (stored && !sameDocument(stored.url, url)) {
    await removeTabStateStored(tabId);
    await setBadgeForState(await getTabState(tabId));
  }
  // Even without a stored state the status may change (chrome://newtab → a LinkedIn page: "loading").
  tabStateChanged(tabId);
}

async function clearAllBadges(): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  for (const tab of tabs) {
    if (tab.id !== undefined) await setBadgeForState(blankState(tab.id, null));
  }
}

export async function applyRetentionNow(now = new Date()): Promise<number> {
  const settings = await readSettings();
  return accountStore.deleteSeenBefore(new Date(now.getTime() - settings.retentionDays * 86_400_000).toISOString());
}

/**
 * Automatic company-site reading: only when the rep turned it on AND granted the optional
 * all-sites permission (`ALL_SITES` in lib/settings.ts, asked for by the options page at that moment).
 */
export async function autoReadIfAllowed(tabId: number, url: string): Promise<void> {
  if (classifyTabUrl(url) !== 'site' || isResearchTab(tabId)) return;
  const settings = await readSettings();
  if (!settings.autoReadCompanySites) return;
  // The all-sites grant covers every site; asking for this origin also honours a per-site grant.
  const granted = await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] }).catch(() => false);
  if (!granted) return;
  await readPage(tabId).catch(() => {
    /* the page may have navigated away; the popup can still read it on demand */
  });
}

/** Company research (lib/background/research.ts) reads the tab's stored observation and re-scores the tab after. */
const researchDeps: ResearchDeps = {
  getObservation: async (tabId) => (await getTabStateStored(tabId))?.observation ?? null,
  getPack: async () => (await getActivePack()).pack,
  rescore: async (tabId) => {
    const stored = await getTabStateStored(tabId);
    if (stored?.observation) await processObservation(tabId, stored.observation);
  },
};
