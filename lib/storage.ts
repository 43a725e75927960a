import { storage } from 'wxt/utils/storage';
import type { AccountRecord } from './accounts/types';
import type { ActivePack, PackChanges, TabState } from './messaging';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './settings';

/**
 * Every storage item LeadFit keeps, in one place (STYLE.md: all storage in lib/storage.ts).
 * Where a stored shape changed, the item has a version and one migration per version;
 * tests/unit/storage-migrations.test.ts walks each from a fixture of every version
 * (tests/fixtures/storage/<item>.v<N>.json).
 *
 * local:settings      the rep's settings                        (v2)
 * local:activePack    the pack in use, and where it came from   (v1; null = the starter pack)
 * local:previousPack  the pack before the last team update       (v1; for "what changed")
 * local:packChanges   what the last team update changed         (v1)
 * local:syncState     ETag, last check, last error              (v1)
 * local:accounts      accounts seen, by key                     (v1)
 * session:tab:<id>    the state of each open tab                (not versioned: gone when the browser closes)
 */

/** v1 (first draft of team sync): a single pack URL and token, no modes. */
export interface SettingsV1 {
  syncUrl?: string;
  syncToken?: string;
  retentionDays?: number;
}

export const settingsMigrations = {
  /** v1 → v2: sync gained modes (a LeadFit server vs a static pack file) and separate reader/manager tokens. */
  2: (old: SettingsV1): Settings => {
    const url = (old.syncUrl ?? '').trim();
    const token = (old.syncToken ?? '').trim();
    // A v1 URL with a token pointed at a LeadFit server's team pack; without one, at a static file.
    const server = url.match(/^(https?:\/\/[^/]+)\/v1\/teams\/([^/]+)\/pack\/?$/);
    const sync = !url
      ? DEFAULT_SETTINGS.sync
      : server
        ? { ...DEFAULT_SETTINGS.sync, mode: 'server' as const, serverUrl: server[1]!, team: decodeURIComponent(server[2]!), readerToken: token }
        : { ...DEFAULT_SETTINGS.sync, mode: 'static' as const, staticUrl: url };
    return settingsSchema.parse({ sync, retentionDays: old.retentionDays ?? DEFAULT_SETTINGS.retentionDays });
  },
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: settingsMigrations,
});

export const activePackItem = storage.defineItem<ActivePack | null>('local:activePack', { fallback: null, version: 1 });
export const previousPackItem = storage.defineItem<ActivePack | null>('local:previousPack', { fallback: null, version: 1 });
export const packChangesItem = storage.defineItem<PackChanges | null>('local:packChanges', { fallback: null, version: 1 });

export interface SyncState {
  etag: string | null;
  lastCheckAt: string | null;
  lastError: string | null;
  /** A team version the badge has announced but the rep has not looked at yet. */
  unseenVersion: number | null;
}
export const syncStateItem = storage.defineItem<SyncState>('local:syncState', {
  fallback: { etag: null, lastCheckAt: null, lastError: null, unseenVersion: null },
  version: 1,
});

export const accountsItem = storage.defineItem<Record<string, AccountRecord>>('local:accounts', { fallback: {}, version: 1 });

export function tabStateKey(tabId: number): `session:tab:${number}` {
  return `session:tab:${tabId}`;
}

export async function getTabStateStored(tabId: number): Promise<TabState | null> {
  return storage.getItem<TabState>(tabStateKey(tabId));
}

export async function setTabStateStored(state: TabState): Promise<void> {
  await storage.setItem(tabStateKey(state.tabId), state);
}

export async function removeTabStateStored(tabId: number): Promise<void> {
  await storage.removeItem(tabStateKey(tabId));
}

/** Reads settings, repairing a stored value that no longer parses (keeps what still parses). */
export async function readSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Everything LeadFit stored: used by "delete everything". */
export async function clearAll(): Promise<void> {
  await Promise.all([storage.clear('local'), storage.clear('session')]);
}
