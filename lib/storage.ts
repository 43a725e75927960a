import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { accountRecordSchema } from './accounts/schema';
import type { AccountRecord } from './accounts/types';
import { accountStore, setAccountsMigration, type AccountsList, type MigrationTarget } from './accounts/store';
import type { ActivePack, PackChanges, TabState } from './messaging';
import { observationSchema } from './observation';
import { parsePack } from './profiles/schema';
import { TIERS } from './profiles/taxonomy';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './settings';

/**
 * Every storage item LeadFit keeps, in one place (STYLE.md: all storage in lib/storage.ts).
 * Where a stored shape changed, the item has a version and one migration per version;
 * tests/unit/storage-migrations.test.ts walks each item of `STORAGE_ITEMS` from a fixture of
 * every version (tests/fixtures/storage/<item>.v<N>.json).
 *
 * Every value is validated when it is read (the `read*` functions below, with a zod schema
 * per item): a value damaged by an older build, another tool or a bug is never trusted.
 * What does not parse falls back to the item's default; accounts are checked record by record,
 * so one broken record is skipped and counted (`accountStore.list().skipped`), not the whole store.
 *
 * local:settings      the rep's settings                        (v2)
 * local:activePack    the pack in use, and where it came from   (v1; null = the starter pack)
 * local:previousPack  the pack before the last team update       (v1; for "what changed")
 * local:lastGoodPack  the pack active before the current one    (v1; "Reset to the last good pack")
 * local:packChanges   what the last team update changed         (v1)
 * local:syncState     ETag, last check, last error              (v1)
 * local:accounts      accounts seen, by key (0.1; moved to IndexedDB, lib/accounts/store.ts, on start)  (v1)
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
export const lastGoodPackItem = storage.defineItem<ActivePack | null>('local:lastGoodPack', { fallback: null, version: 1 });
export const packChangesItem = storage.defineItem<PackChanges | null>('local:packChanges', { fallback: null, version: 1 });

export interface SyncState {
  etag: string | null;
  lastCheckAt: string | null;
  lastError: string | null;
  /** A team version the badge has announced but the rep has not looked at yet. */
  unseenVersion: number | null;
}
export const DEFAULT_SYNC_STATE: SyncState = { etag: null, lastCheckAt: null, lastError: null, unseenVersion: null };
export const syncStateItem = storage.defineItem<SyncState>('local:syncState', {
  fallback: DEFAULT_SYNC_STATE,
  version: 1,
});

/**
 * The team account book's sync (#11), beside the pack's: what this browser last pulled or
 * published (server version, ETag, how many accounts) and how the last attempt went. The book
 * itself is in IndexedDB (lib/book/store.ts).
 */
export interface BookSyncState {
  /** The server's book version last pulled or published (null: none, or a static file, which has no version). */
  version: number | null;
  etag: string | null;
  count: number | null;
  lastCheckAt: string | null;
  lastError: string | null;
}
export const DEFAULT_BOOK_SYNC_STATE: BookSyncState = { version: null, etag: null, count: null, lastCheckAt: null, lastError: null };
export const bookSyncStateItem = storage.defineItem<BookSyncState>('local:bookSyncState', { fallback: DEFAULT_BOOK_SYNC_STATE, version: 1 });
export const bookSyncStateSchema = z.object({
  version: z.number().int().nonnegative().nullable().catch(null),
  etag: z.string().max(1000).nullable().catch(null),
  count: z.number().int().nonnegative().nullable().catch(null),
  lastCheckAt: z.string().max(100).nullable().catch(null),
  lastError: z.string().max(20_000).nullable().catch(null),
}) satisfies z.ZodType<BookSyncState>;

/** The book's sync state; anything unreadable reads as its default. */
export async function readBookSyncState(): Promise<BookSyncState> {
  const raw = await bookSyncStateItem.getValue().catch(() => null);
  const parsed = bookSyncStateSchema.safeParse(raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : {});
  return parsed.success ? parsed.data : DEFAULT_BOOK_SYNC_STATE;
}

export const accountsItem = storage.defineItem<Record<string, AccountRecord>>('local:accounts', { fallback: {}, version: 1 });

// ---------------------------------------------------------------------------------------------
// Schemas per item, used on every read.

const activePackEnvelope = z.object({
  pack: z.unknown(),
  source: z.enum(['starter', 'team', 'edited', 'imported']),
  updatedAt: z.string().max(100),
  teamVersion: z.number().int().nullable().optional(),
});

const namedChanges = z.object({ added: z.array(z.string()), removed: z.array(z.string()), changed: z.array(z.string()) });
export const packChangesSchema = z.object({
  fromVersion: z.number().nullable(),
  toVersion: z.number(),
  changeNotes: z.string(),
  publishedBy: z.string(),
  publishedAt: z.string(),
  icps: namedChanges,
  personas: namedChanges,
}) satisfies z.ZodType<PackChanges>;

export const syncStateSchema = z.object({
  etag: z.string().max(1000).nullable().catch(null),
  lastCheckAt: z.string().max(100).nullable().catch(null),
  lastError: z.string().max(20_000).nullable().catch(null),
  unseenVersion: z.number().int().nullable().catch(null),
}) satisfies z.ZodType<SyncState>;

/**
 * The tab state's envelope and observation are checked in full; the scored result (large,
 * produced by this same build moments ago) by its identifying fields and list shapes, which
 * is what the popup indexes into.
 */
const scoredShape = z.looseObject({
  packId: z.string(),
  packVersion: z.number(),
  packPublishedAt: z.string(),
  scoredAt: z.string(),
  account: z.looseObject({ ranked: z.array(z.looseObject({ icpId: z.string(), tier: z.enum(TIERS).nullable(), criteria: z.array(z.unknown()) })) }).nullable(),
  person: z.looseObject({ personas: z.looseObject({ ranked: z.array(z.unknown()) }) }).nullable(),
  people: z.array(z.unknown()),
  talkingPoints: z.array(z.looseObject({ id: z.string(), text: z.string() })),
});
export const tabStateSchema = z.object({
  tabId: z.number().int().nonnegative(),
  url: z.string().nullable(),
  status: z.enum(['unsupported', 'loading', 'not-read', 'ready', 'empty']),
  observation: observationSchema.nullable(),
  scored: scoredShape.nullable(),
  account: accountRecordSchema.nullable(),
  updatedAt: z.string().nullable(),
  // Derived by the background (lib/background/service.ts deriveView) and rendered as is by the views.
  derived: z
    .looseObject({
      brief: z.string(),
      committee: z.looseObject({ seen: z.array(z.unknown()), missing: z.array(z.unknown()), sentence: z.string() }).nullable(),
      persona: z.looseObject({ id: z.string(), name: z.string() }).nullable(),
      pack: z.looseObject({ name: z.string(), version: z.number(), publishedAt: z.string(), publishedBy: z.string(), source: z.string() }),
      rows: z
        .array(
          z.looseObject({
            index: z.number(),
            persona: z.looseObject({ name: z.string(), confidence: z.number() }).nullable(),
            account: z.looseObject({ key: z.string(), tier: z.enum(TIERS).nullable() }).nullable(),
          }),
        )
        .optional(),
    })
    .nullable(),
  // Global (the sync state's unseen version); stored as null and filled in when read.
  packUpdate: z.looseObject({ version: z.number() }).nullable(),
  storageWarning: z.string().max(1000).nullable().optional(),
});

// ---------------------------------------------------------------------------------------------
// Readers: every stored value goes through one of these.

/** Why a stored value was not used; shown in the options page. */
export interface StorageProblem {
  item: string;
  message: string;
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/** Reads settings, repairing a stored value that no longer parses (falls back to the defaults). */
export async function readSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue().catch(() => null);
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/**
 * The last pack validated, by a key of its envelope: the active pack is read for every page
 * scored, and validating a pack at the limits takes tens of milliseconds. Every write through
 * `activatePack` stamps a new `updatedAt`, so a changed pack never matches an old key.
 */
let lastValidated: { key: string; value: ActivePack } | null = null;

function envelopeKey(e: z.infer<typeof activePackEnvelope>): string | null {
  const p = e.pack as Record<string, unknown> | null;
  if (p === null || typeof p !== 'object') return null;
  return JSON.stringify([e.updatedAt, e.source, e.teamVersion ?? null, p.id, p.version, p.publishedAt, p.name]);
}

/** A stored pack envelope, with the pack validated (and within the limits); null when absent or unusable. */
export function parseStoredPack(raw: unknown): ActivePack | null {
  const envelope = activePackEnvelope.safeParse(raw);
  if (!envelope.success) return null;
  const key = envelopeKey(envelope.data);
  if (key !== null && lastValidated?.key === key) return lastValidated.value;
  const pack = parsePack(envelope.data.pack);
  if (!pack.ok) return null;
  const value = { ...envelope.data, pack: pack.pack };
  if (key !== null) lastValidated = { key, value };
  return value;
}

export async function readActivePack(): Promise<ActivePack | null> {
  return parseStoredPack(await activePackItem.getValue().catch(() => null));
}
export async function readPreviousPack(): Promise<ActivePack | null> {
  return parseStoredPack(await previousPackItem.getValue().catch(() => null));
}
export async function readLastGoodPack(): Promise<ActivePack | null> {
  return parseStoredPack(await lastGoodPackItem.getValue().catch(() => null));
}

export async function readPackChanges(): Promise<PackChanges | null> {
  const parsed = packChangesSchema.safeParse(await packChangesItem.getValue().catch(() => null));
  return parsed.success ? parsed.data : null;
}

export async function readSyncState(): Promise<SyncState> {
  const raw = await syncStateItem.getValue().catch(() => null);
  // Field by field: a broken ETag must not also forget the announced version.
  const parsed = syncStateSchema.safeParse(raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : {});
  return parsed.success ? parsed.data : { ...DEFAULT_SYNC_STATE };
}

/**
 * The accounts of LeadFit 0.1 (`local:accounts`, one map by key): read only to move them into the
 * IndexedDB store (lib/accounts/store.ts), record by record, damaged ones included (they stay
 * unreadable there, counted, until the rep deletes their data). Then the item is removed.
 */
export interface AccountsRead {
  /** The records that parse, by key. */
  accounts: Record<string, AccountRecord>;
  /** How many stored records could not be read (and were skipped). */
  skipped: number;
  problems: StorageProblem[];
  /** The stored entries that could not be read, untouched. */
  unreadable: Record<string, unknown>;
}

const PROBLEMS_KEPT = 20;

/** Reads the legacy `local:accounts` map record by record (the migration's source, and its test). */
export async function readLegacyAccounts(): Promise<AccountsRead> {
  let raw: unknown;
  try {
    raw = await accountsItem.getValue();
  } catch (err) {
    return { accounts: {}, skipped: 0, problems: [{ item: 'accounts', message: `could not be read: ${(err as Error).message}` }], unreadable: {} };
  }
  return parseAccounts(raw);
}

export function parseAccounts(raw: unknown): AccountsRead {
  const out: AccountsRead = { accounts: {}, skipped: 0, problems: [], unreadable: {} };
  if (raw === null || raw === undefined) return out;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    const what = Array.isArray(raw) ? `a list of ${raw.length}` : typeof raw === 'string' ? 'text' : `a ${typeof raw}`;
    out.skipped = Array.isArray(raw) ? raw.length : 1;
    out.problems.push({ item: 'accounts', message: `the stored accounts are ${what}, not records by key; they were skipped` });
    return out;
  }
  for (const [key, value] of Object.entries(raw)) {
    const parsed = accountRecordSchema.safeParse(value);
    if (parsed.success && parsed.data.key === key) {
      out.accounts[key] = parsed.data;
      continue;
    }
    out.skipped++;
    out.unreadable[key] = value;
    if (out.problems.length < PROBLEMS_KEPT)
      out.problems.push({ item: 'accounts', message: `account "${key.slice(0, 80)}": ${parsed.success ? 'stored under another key' : firstIssue(parsed.error)}` });
  }
  return out;
}

/** Moves `local:accounts` into IndexedDB in chunks, then removes it; runs before the store's first use. */
async function moveLegacyAccounts(target: MigrationTarget): Promise<void> {
  const raw: unknown = await accountsItem.getValue().catch(() => null);
  if (raw === null || raw === undefined) return;
  const entries: Array<[string, unknown]> =
    typeof raw === 'object' && !Array.isArray(raw) ? Object.entries(raw as Record<string, unknown>) : [['legacy:accounts', raw]];
  for (let i = 0; i < entries.length; i += 1000) await target.putRaw(entries.slice(i, i + 1000));
  await accountsItem.removeValue();
}
setAccountsMigration(moveLegacyAccounts);

export function tabStateKey(tabId: number): `session:tab:${number}` {
  return `session:tab:${tabId}`;
}

/** The stored state of a tab; null when there is none or it does not parse (the tab is then read again). */
export async function getTabStateStored(tabId: number): Promise<TabState | null> {
  const raw = await storage.getItem<unknown>(tabStateKey(tabId)).catch(() => null);
  if (raw === null) return null;
  const parsed = tabStateSchema.safeParse(raw);
  if (!parsed.success || parsed.data.tabId !== tabId) return null;
  return raw as TabState;
}

export async function setTabStateStored(state: TabState): Promise<void> {
  await storage.setItem(tabStateKey(state.tabId), state);
}

export async function removeTabStateStored(tabId: number): Promise<void> {
  await storage.removeItem(tabStateKey(tabId));
}

/** What could not be read from storage, for the options page ("N stored accounts could not be read and were skipped"). */
export interface StorageReport {
  accountsSkipped: number;
  problems: StorageProblem[];
}

export async function storageReport(): Promise<StorageReport> {
  const accounts = await accountStore.list().catch((err: unknown): AccountsList => ({ accounts: {}, skipped: 0, problems: [{ item: 'accounts', message: (err as Error).message }] }));
  const problems = [...accounts.problems];
  const check = async (item: string, raw: Promise<unknown>, ok: (v: unknown) => boolean) => {
    const value = await raw.catch(() => undefined);
    if (value !== null && value !== undefined && !ok(value)) problems.push({ item, message: 'could not be read and was ignored' });
  };
  await check('settings', settingsItem.getValue(), (v) => settingsSchema.safeParse(v).success);
  await check('active pack', activePackItem.getValue(), (v) => parseStoredPack(v) !== null);
  await check('last good pack', lastGoodPackItem.getValue(), (v) => parseStoredPack(v) !== null);
  await check('previous pack', previousPackItem.getValue(), (v) => parseStoredPack(v) !== null);
  await check('pack changes', packChangesItem.getValue(), (v) => packChangesSchema.safeParse(v).success);
  await check('sync state', syncStateItem.getValue(), (v) => syncStateSchema.safeParse(v).success);
  return { accountsSkipped: accounts.skipped, problems };
}

/**
 * Every item, for the migration and corruption tests: a new item or version added here
 * without a fixture fails tests/unit/storage-migrations.test.ts.
 */
export const STORAGE_ITEMS = {
  settings: { key: 'settings', version: 2, item: settingsItem, read: readSettings },
  activePack: { key: 'activePack', version: 1, item: activePackItem, read: readActivePack },
  previousPack: { key: 'previousPack', version: 1, item: previousPackItem, read: readPreviousPack },
  lastGoodPack: { key: 'lastGoodPack', version: 1, item: lastGoodPackItem, read: readLastGoodPack },
  packChanges: { key: 'packChanges', version: 1, item: packChangesItem, read: readPackChanges },
  syncState: { key: 'syncState', version: 1, item: syncStateItem, read: readSyncState },
  // Legacy: moved into IndexedDB (lib/accounts/store.ts) on the first start of this version.
  accounts: { key: 'accounts', version: 1, item: accountsItem, read: async () => (await readLegacyAccounts()).accounts },
} as const;

/** Everything LeadFit stored: used by "delete everything". */
export async function clearAll(): Promise<void> {
  await Promise.all([storage.clear('local'), storage.clear('session'), accountStore.clear()]);
}
