import { browser } from 'wxt/browser';
import { applyRetention, findAccount, mergeObservation } from '../accounts/merge';
import type { AccountRecord } from '../accounts/types';
import {
  CONTENT_SCRIPT_TYPES,
  parseRequest,
  type ActivePack,
  type Request,
  type RequestType,
  type Response,
  type ResponseMap,
  type TabState,
} from '../messaging';
import { observationSchema, type Observation } from '../observation';
import { parsePack, type Pack } from '../profiles/schema';
import { loadStarterPack } from '../profiles/starter';
import { scorePage } from '../scoring';
import type { ScoredPage } from '../scoring/types';
import { settingsSchema } from '../settings';
import {
  accountsItem,
  activePackItem,
  clearAll,
  getTabStateStored,
  readSettings,
  removeTabStateStored,
  setTabStateStored,
  settingsItem,
} from '../storage';
import { classifyTabUrl } from './page-kind';
import { setBadgeForState } from './badge';
import * as sync from './sync';

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

export async function getActivePack(): Promise<ActivePack> {
  const stored = await activePackItem.getValue();
  if (stored) {
    // Re-validate: a pack saved by an older LeadFit may no longer parse; never crash on it.
    const parsed = parsePack(stored.pack);
    if (parsed.ok) return { ...stored, pack: parsed.pack };
  }
  return { pack: starterPack(), source: 'starter', updatedAt: starterPack().publishedAt };
}

function extensionOrigin(): string {
  return browser.runtime.getURL('/');
}

/** Content scripts send from a web page in a tab; extension pages from the extension's own origin. */
function senderAllowed(type: RequestType, sender: SenderInfo): string | null {
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return 'messages from other extensions are refused';
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin());
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
      const state = await processObservation(tabId, request.observation);
      return ok<'observation'>({ tabId, status: state.status });
    }
    case 'getTabState':
      return ok<'getTabState'>(await getTabState(request.tabId));
    case 'readPage':
      return ok<'readPage'>(await readPage(request.tabId));
    case 'setOutcome':
      return ok<'setOutcome'>(await setOutcome(request.accountKey, request.outcome));
    case 'getPack':
      return ok<'getPack'>(await getActivePack());
    case 'savePack': {
      const parsed = parsePack(request.pack);
      if (!parsed.ok) return { ok: false, error: 'the pack is not valid; nothing was saved', errors: parsed.errors };
      const previous = await getActivePack();
      return ok<'savePack'>(
        await activatePack({ pack: parsed.pack, source: request.source, updatedAt: new Date().toISOString(), teamVersion: previous.teamVersion ?? null }),
      );
    }
    case 'resetPack':
      await activePackItem.removeValue();
      await rescoreOpenTabs();
      return ok<'resetPack'>(await getActivePack());
    case 'listAccounts': {
      const accounts = await accountsItem.getValue();
      return ok<'listAccounts'>(Object.values(accounts).sort((a, b) => (a.lastSeenAt < b.lastSeenAt ? 1 : -1)));
    }
    case 'deleteAll':
      await clearAll();
      await clearAllBadges();
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
  }
}

/** Makes a pack the active one and re-scores every open tab with it. */
export async function activatePack(active: ActivePack): Promise<ActivePack> {
  await activePackItem.setValue(active);
  await rescoreOpenTabs();
  return active;
}

function score(observation: Observation, pack: Pack, account: AccountRecord | null): ScoredPage | null {
  if (!observation.person && !observation.company && observation.people.length === 0) return null;
  return scorePage(observation, pack, { now: new Date(), account: account?.company ?? undefined });
}

function statusOf(observation: Observation, scored: ScoredPage | null): TabState['status'] {
  if (observation.kind === 'unsupported') return 'unsupported';
  const hasSubject = Boolean(observation.person?.name || observation.company?.name || observation.people.length);
  return hasSubject && scored ? 'ready' : 'empty';
}

/** Scores what a page says, merges it into its account, remembers it for the tab, sets the badge. */
export async function processObservation(tabId: number, observation: Observation): Promise<TabState> {
  const { pack } = await getActivePack();
  const now = new Date();
  let accounts = await accountsItem.getValue();
  // Score once against what the account already knows (e.g. size from the company page seen before),
  // then record the result on the account.
  const known = findAccount(accounts, observation);
  const scored = score(observation, pack, known);
  let account: AccountRecord | null = null;
  if (scored && statusOf(observation, scored) === 'ready') {
    const merged = mergeObservation(accounts, { observation, scored, now });
    accounts = merged.accounts;
    account = merged.key ? (accounts[merged.key] ?? null) : null;
    await accountsItem.setValue(accounts);
  }
  const state: TabState = {
    tabId,
    url: observation.url,
    status: statusOf(observation, scored),
    observation,
    scored,
    account,
    updatedAt: now.toISOString(),
  };
  await setTabStateStored(state);
  await setBadgeForState(state);
  return state;
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
  if (stored && (url === null || sameDocument(stored.url, url))) {
    // Refresh the account part: an outcome may have been set since.
    if (stored.observation && stored.status === 'ready') {
      const accounts = await accountsItem.getValue();
      stored.account = findAccount(accounts, stored.observation);
    }
    return stored;
  }
  const kind = classifyTabUrl(url);
  const status = kind === 'linkedin' ? 'loading' : kind === 'site' ? 'not-read' : 'unsupported';
  return { tabId, url, status, observation: null, scored: null, account: null, updatedAt: null };
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
  const kind = classifyTabUrl(url);
  if (kind === 'unsupported') return getTabState(tabId);
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
  return processObservation(tabId, parsed.data);
}

export async function setOutcome(accountKey: string, outcome: AccountRecord['outcome']): Promise<AccountRecord> {
  const accounts = await accountsItem.getValue();
  const record = accounts[accountKey] ?? Object.values(accounts).find((a) => a.aliases.includes(accountKey));
  if (!record) throw new Error('that account is no longer stored (it may have been deleted)');
  const updated: AccountRecord = { ...record, outcome, outcomePackVersion: outcome ? record.packVersion : null };
  await accountsItem.setValue({ ...accounts, [record.key]: updated });
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
    if (stored?.observation) await processObservation(tab.id, stored.observation);
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
}

async function clearAllBadges(): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  for (const tab of tabs) {
    if (tab.id !== undefined) await setBadgeForState({ tabId: tab.id, url: null, status: 'unsupported', observation: null, scored: null, account: null, updatedAt: null });
  }
}

export async function applyRetentionNow(now = new Date()): Promise<number> {
  const settings = await readSettings();
  const accounts = await accountsItem.getValue();
  const kept = applyRetention(accounts, settings.retentionDays, now);
  const removed = Object.keys(accounts).length - Object.keys(kept).length;
  if (removed) await accountsItem.setValue(kept);
  return removed;
}


/**
 * Automatic company-site reading: only when the rep turned it on AND granted the optional
 * all-sites permission (`ALL_SITES` in lib/settings.ts, asked for by the options page at that moment).
 */
export async function autoReadIfAllowed(tabId: number, url: string): Promise<void> {
  if (classifyTabUrl(url) !== 'site') return;
  const settings = await readSettings();
  if (!settings.autoReadCompanySites) return;
  // The all-sites grant covers every site; asking for this origin also honours a per-site grant.
  const granted = await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] }).catch(() => false);
  if (!granted) return;
  await readPage(tabId).catch(() => {
    /* the page may have navigated away; the popup can still read it on demand */
  });
}
