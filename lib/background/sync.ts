import { browser } from 'wxt/browser';
import { readBookMeta, readStoredBook, replaceBook } from '../book/store';
import type { ActivePack, BookSyncStatus, PackChanges, SyncStatus } from '../messaging';
import { parsePack, type Pack, type PackError } from '../profiles/schema';
import type { Settings, SyncSettings } from '../settings';
import { pullBook, publishBook, serverBookUrl, type BookPublishResult } from '../sync/book';
import { checkForUpdate, publishPack } from '../sync/client';
import { diffPacks } from '../sync/diff';
import { tabStateChanged } from './changes';
import { bookSyncStateItem, packChangesItem, previousPackItem, readBookSyncState, readPackChanges, readSettings, readSyncState, syncStateItem } from '../storage';

/**
 * Team sync, as the background runs it: pull on an alarm, when the popup opens (throttled)
 * and on "Check now"; publish from the options page. A pack that fails validation never
 * replaces the last good one. The only network traffic LeadFit makes is here.
 */

export const SYNC_ALARM = 'leadfit-sync';
export const SYNC_PERIOD_MINUTES = 15;
/** The popup asks for a check when it opens; not more than once a minute. */
export const POPUP_CHECK_THROTTLE_MS = 60_000;

export interface PackHooks {
  activate: (active: ActivePack) => Promise<ActivePack>;
  getActivePack: () => Promise<ActivePack>;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** The URL reps pull from. */
export function packUrl(sync: SyncSettings): string | null {
  if (sync.mode === 'server' && sync.serverUrl && sync.team)
    return `${trimSlash(sync.serverUrl)}/v1/teams/${encodeURIComponent(sync.team)}/pack`;
  if (sync.mode === 'static' && sync.staticUrl) return sync.staticUrl;
  return null;
}

/** The URL the team's account book is pulled from (#11): the sync server's, or the static book file; null when none. */
export function bookUrl(sync: SyncSettings): string | null {
  if (sync.mode === 'server' && sync.serverUrl && sync.team) return serverBookUrl(sync.serverUrl, sync.team);
  if (sync.mode === 'static' && sync.staticBookUrl) return sync.staticBookUrl;
  return null;
}

/**
 * The host permission pattern the options page asks for when sync is saved; `which: 'book'` for
 * the static book file's host (a server serves both from one host).
 */
export function originPattern(sync: SyncSettings, which: 'pack' | 'book' = 'pack'): string | null {
  const url = which === 'pack' ? packUrl(sync) : bookUrl(sync);
  if (!url) return null;
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

/** Null when the settings can be used; otherwise what to fix. */
export function validateSyncSettings(sync: SyncSettings): string | null {
  if (sync.mode === 'off') return null;
  const raw = sync.mode === 'server' ? sync.serverUrl : sync.staticUrl;
  if (!raw) return sync.mode === 'server' ? 'enter the sync server URL' : 'enter the URL of the pack file';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `"${raw}" is not a URL`;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname)))
    return 'use an https:// address (http:// only for a server on this computer)';
  if (sync.mode === 'server' && !sync.team) return 'enter the team name';
  if (sync.mode === 'server' && !sync.readerToken && !sync.managerToken) return 'enter the reader token your manager gave you';
  if (sync.mode === 'static' && sync.staticBookUrl) {
    let book: URL;
    try {
      book = new URL(sync.staticBookUrl);
    } catch {
      return `"${sync.staticBookUrl}" is not a URL (account book file)`;
    }
    if (book.protocol !== 'https:' && !(book.protocol === 'http:' && isLoopback(book.hostname)))
      return 'use an https:// address for the account book file (http:// only for a server on this computer)';
  }
  return null;
}

async function hasPermission(sync: SyncSettings, which: 'pack' | 'book' = 'pack'): Promise<boolean> {
  const origin = originPattern(sync, which);
  if (!origin) return false;
  try {
    return await browser.permissions.contains({ origins: [origin] });
  } catch {
    return false;
  }
}

export async function status(active: ActivePack): Promise<SyncStatus> {
  const settings = await readSettings();
  const state = await readSyncState();
  const team = active.source === 'team' ? active.pack : null;
  return {
    configured: settings.sync.mode !== 'off',
    url: packUrl(settings.sync),
    currentVersion: team?.version ?? null,
    publishedBy: team?.publishedBy ?? null,
    publishedAt: team?.publishedAt ?? null,
    lastCheckAt: state.lastCheckAt,
    lastError: state.lastError,
    unseenVersion: state.unseenVersion,
    book: await bookStatus(settings.sync),
  };
}

/** The book's part of the sync status: the stored book's count and source, the last pull or publish. */
async function bookStatus(sync: SyncSettings): Promise<BookSyncStatus> {
  const state = await readBookSyncState();
  const meta = await readBookMeta().catch(() => null);
  return {
    url: bookUrl(sync),
    version: meta?.source === 'sync' ? state.version : null,
    count: meta?.count ?? null,
    source: meta?.source ?? null,
    lastCheckAt: state.lastCheckAt,
    lastError: state.lastError,
  };
}

/**
 * Pulls the team's account book once (#11), after the pack: with the ETag of the book stored
 * here, so the usual answer is a 304. A book uploaded in this browser and not published yet is
 * never replaced by a pull (the manager would lose their import); the status says so. Errors are
 * stored for the options page, never thrown; a failed pull keeps the stored book.
 */
export function pullBookNow(fetchImpl: typeof fetch = fetch): Promise<void> {
  return oneAtATime(() => pullAndStoreBook(fetchImpl));
}

/**
 * Checks run one after the other: the periodic alarm, the popup's due check and the rep's "Check
 * now" can start at the same moment, and two pulls interleaving their reads and writes of the
 * stored book and its state could leave either half-written. A later check still runs (settings
 * may have changed in between); it usually gets 304s.
 */
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(run: () => Promise<T>): Promise<T> {
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

async function pullAndStoreBook(fetchImpl: typeof fetch): Promise<void> {
  const settings = await readSettings();
  const url = bookUrl(settings.sync);
  if (!url) return;
  const state = await readBookSyncState();
  const meta = await readBookMeta().catch(() => null);
  const at = new Date().toISOString();
  const token = settings.sync.mode === 'server' ? settings.sync.readerToken || settings.sync.managerToken : '';
  // The ETag of what is stored: the synced book's own, or (over an unpublished upload) the last one pulled.
  const etag = meta?.source === 'sync' ? meta.etag : meta?.source === 'upload' ? state.etag : null;
  const result = await pullBook({ url, token: token || null, etag, fetch: fetchImpl });
  if (result.status === 'unchanged') {
    await bookSyncStateItem.setValue({ ...state, count: meta?.count ?? state.count, lastCheckAt: at, lastError: null });
    return;
  }
  if (result.status === 'error') {
    let error = result.error;
    if (error.startsWith('could not reach') && !(await hasPermission(settings.sync, 'book')))
      error += ` (LeadFit may not contact ${originPattern(settings.sync, 'book')} yet: open Options → Team sync and press Save to allow it)`;
    await bookSyncStateItem.setValue({ ...state, lastCheckAt: at, lastError: error });
    return;
  }
  if (meta?.source === 'upload') {
    await bookSyncStateItem.setValue({
      ...state,
      lastCheckAt: at,
      lastError: `the account book uploaded in this browser is not published, so the team's book${result.version !== null ? ` (version ${result.version})` : ''} was not stored over it: publish yours (Options → Team sync), or remove it in Options → Account book to use the team's`,
    });
    return;
  }
  try {
    // A static file has no version: count up from the stored one, so the book's meta still changes.
    await replaceBook(result.book, { version: result.version ?? (meta?.version ?? 0) + 1, etag: result.etag, source: 'sync' });
  } catch (err) {
    await bookSyncStateItem.setValue({ ...state, lastCheckAt: at, lastError: `the team's account book was not stored: ${(err as Error).message}` });
    return;
  }
  await bookSyncStateItem.setValue({ version: result.version, etag: result.etag, count: result.book.accounts.length, lastCheckAt: at, lastError: null });
  // Open views re-read the book's facts for their page.
  tabStateChanged('all');
}

/**
 * Publishes the book stored in this browser as the team's next book version (managers only),
 * based on the book last pulled (If-Match with its ETag), so a colleague's newer book is never
 * overwritten: that is a 409 sentence. After a publish, the stored book is marked as the synced
 * one, so the next pull is a 304.
 */
export async function publishBookNow(fetchImpl: typeof fetch = fetch): Promise<BookPublishResult> {
  const settings = await readSettings();
  const sync = settings.sync;
  if (sync.mode !== 'server' || !sync.serverUrl || !sync.team) return { ok: false, error: 'publishing the account book needs a LeadFit sync server: set it up in Options → Team sync' };
  if (!sync.managerToken) return { ok: false, error: 'publishing the account book needs a manager token (Options → Team sync)' };
  const stored = await readStoredBook().catch(() => null);
  if (!stored || stored.book.accounts.length === 0) return { ok: false, error: 'there is no account book in this browser to publish: import the CRM export in Options → Account book first' };
  if (stored.skipped > 0)
    return { ok: false, error: `${stored.skipped} accounts of the stored book could not be read back, so publishing it would drop them: import the CRM file again, then publish` };
  const state = await readBookSyncState();
  const base = state.etag ? { etag: state.etag } : { version: state.version ?? 0 };
  const result = await publishBook({ serverUrl: sync.serverUrl, team: sync.team, token: sync.managerToken, book: stored.book, base, fetch: fetchImpl });
  const at = new Date().toISOString();
  if (!result.ok) {
    const error = result.error.startsWith('could not reach') && !(await hasPermission(sync)) ? `${result.error} (LeadFit may not contact ${originPattern(sync)} yet: press Save in Team sync to allow it)` : result.error;
    await bookSyncStateItem.setValue({ ...state, lastCheckAt: at, lastError: error });
    return { ...result, error };
  }
  // The server stores exactly the validated book it was sent: store it as the team's, so this browser runs what the team gets.
  await replaceBook(stored.book, { version: result.version, etag: result.etag, source: 'sync' });
  await bookSyncStateItem.setValue({ version: result.version, etag: result.etag, count: result.accounts, lastCheckAt: at, lastError: null });
  return result;
}

/** Pulls the team pack, then the team's account book. Errors are stored for the rep to see, never thrown. */
export function checkNow(hooks: PackHooks, fetchImpl: typeof fetch = fetch): Promise<SyncStatus> {
  return oneAtATime(() => checkPackAndBook(hooks, fetchImpl));
}

async function checkPackAndBook(hooks: PackHooks, fetchImpl: typeof fetch): Promise<SyncStatus> {
  await checkPackNow(hooks, fetchImpl);
  try {
    await pullAndStoreBook(fetchImpl);
  } catch (err) {
    // readSettings or storage failing: recorded like any pull error, the pack's result stands.
    const state = await readBookSyncState();
    await bookSyncStateItem.setValue({ ...state, lastCheckAt: new Date().toISOString(), lastError: `the account book was not pulled: ${(err as Error).message}` }).catch(() => undefined);
  }
  return status(await hooks.getActivePack());
}

/** Pulls the team pack once. */
async function checkPackNow(hooks: PackHooks, fetchImpl: typeof fetch): Promise<SyncStatus> {
  const settings = await readSettings();
  const url = packUrl(settings.sync);
  const state = await readSyncState();
  const active = await hooks.getActivePack();
  const at = new Date().toISOString();
  if (!url) return status(active);
  const token = settings.sync.mode === 'server' ? settings.sync.readerToken || settings.sync.managerToken : '';
  // Send the ETag only while the active pack is the one it describes.
  const etag = active.source === 'team' ? state.etag : null;
  const result = await checkForUpdate({ url, token: token || null, etag, fetch: fetchImpl, currentVersion: active.source === 'team' ? active.pack.version : null });
  if (result.status === 'error' && result.error.startsWith('could not reach') && !(await hasPermission(settings.sync))) {
    // A LeadFit server allows the extension's origin (CORS), so it is reachable without the host
    // permission; a static host usually is not: then the missing permission is the likely cause.
    result.error += ` (LeadFit may not contact ${originPattern(settings.sync)} yet: open Options → Team sync and press Save to allow it)`;
  }
  if (result.status === 'unchanged') {
    await syncStateItem.setValue({ ...state, lastCheckAt: at, lastError: null });
  } else if (result.status === 'error') {
    await syncStateItem.setValue({ ...state, lastCheckAt: at, lastError: result.error });
  } else {
    const next = result.pack;
    const isNew = active.source !== 'team' || next.version !== active.pack.version || next.publishedAt !== active.pack.publishedAt;
    // Activation is atomic (validated and dry-run in the background's activatePack): a team pack
    // that would break scoring is refused there, and the rep keeps the pack they have.
    try {
      await hooks.activate({ pack: next, source: 'team', updatedAt: at, teamVersion: next.version });
    } catch (err) {
      await syncStateItem.setValue({ ...state, lastCheckAt: at, lastError: `team version ${next.version} was not used: ${(err as Error).message}` });
      return status(await hooks.getActivePack());
    }
    if (isNew) await recordChanges(active, next);
    await syncStateItem.setValue({
      etag: result.etag,
      lastCheckAt: at,
      lastError: null,
      unseenVersion: isNew ? next.version : state.unseenVersion,
    });
    if (isNew) {
      await announceVersion(next.version);
      // Open views show the update notice (TabState.packUpdate).
      tabStateChanged('all');
    }
  }
  return status(await hooks.getActivePack());
}

async function recordChanges(previous: ActivePack, next: Pack): Promise<void> {
  await previousPackItem.setValue(previous);
  const diff = diffPacks(previous.pack, next);
  const changes: PackChanges = {
    fromVersion: previous.source === 'team' ? previous.pack.version : null,
    toVersion: next.version,
    changeNotes: next.changeNotes,
    publishedBy: next.publishedBy,
    publishedAt: next.publishedAt,
    icps: diff.icps,
    personas: diff.personas,
  };
  await packChangesItem.setValue(changes);
}

/** The badge shows a new version ("v3" on every tab without a score) until a view has shown the rep its notice. */
async function announceVersion(version: number): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  try {
    await action.setBadgeText({ text: `v${version}` });
    await action.setBadgeBackgroundColor({ color: '#8250df' });
  } catch {
    /* no badge API in this context */
  }
}

/**
 * A view showed the rep the notice for `version` (the `markPackSeen` request). Only that version
 * or a newer one clears it: a view that showed v3 does not hide a v4 that arrived meanwhile.
 * Opening a view, or a view being open (a side panel), never calls this by itself. True when
 * something was cleared.
 */
export async function markVersionSeen(version: number): Promise<boolean> {
  const state = await readSyncState();
  if (state.unseenVersion === null || version < state.unseenVersion) return false;
  await syncStateItem.setValue({ ...state, unseenVersion: null });
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  try {
    await action.setBadgeText({ text: '' });
  } catch {
    /* ignore */
  }
  return true;
}

export async function packChanges(): Promise<PackChanges | null> {
  return readPackChanges();
}

export type PublishResult =
  | { ok: true; version: number }
  | { ok: false; error: string; errors?: PackError[]; conflict?: { latestVersion: number } };

/** Publishes an edited pack as the next team version (managers only). */
export async function publish(input: unknown, changeNotes: string, hooks: PackHooks, fetchImpl: typeof fetch = fetch): Promise<PublishResult> {
  const settings = await readSettings();
  const sync = settings.sync;
  if (sync.mode !== 'server' || !sync.serverUrl || !sync.team) return { ok: false, error: 'publishing needs a LeadFit sync server: set it up in Options → Team sync' };
  if (!sync.managerToken) return { ok: false, error: 'publishing needs a manager token (Options → Team sync)' };
  const parsed = parsePack(input);
  if (!parsed.ok) return { ok: false, error: 'the pack is not valid; nothing was published', errors: parsed.errors };
  const active = await hooks.getActivePack();
  // publishedAt and publishedBy are not sent: the server records its own clock and the manager token's name.
  const { publishedAt: _at, publishedBy: _by, ...rest } = parsed.pack;
  const pack = { ...rest, version: (active.teamVersion ?? 0) + 1, changeNotes };
  const result = await publishPack({ serverUrl: sync.serverUrl, team: sync.team, token: sync.managerToken, pack, fetch: fetchImpl });
  if (!result.ok && result.error.startsWith('could not reach') && !(await hasPermission(sync)))
    return { ...result, error: `${result.error} (LeadFit may not contact ${originPattern(sync)} yet: press Save in Team sync to allow it)` };
  if (!result.ok) return result;
  // Pull it back so the manager's own extension runs exactly what the team gets.
  await checkNow(hooks, fetchImpl);
  return { ok: true, version: result.version };
}

/** (Re)creates the periodic alarm; none while sync is off. */
export async function scheduleSync(settings: Settings): Promise<void> {
  await browser.alarms.clear(SYNC_ALARM);
  if (settings.sync.mode !== 'off') await browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES, delayInMinutes: 0.1 });
}

export async function checkIfDue(hooks: PackHooks, now = Date.now()): Promise<void> {
  const settings = await readSettings();
  if (settings.sync.mode === 'off') return;
  const state = await readSyncState();
  if (state.lastCheckAt && now - Date.parse(state.lastCheckAt) < POPUP_CHECK_THROTTLE_MS) return;
  await checkNow(hooks);
}
