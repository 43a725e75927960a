import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { accountRecordSchema } from './schema';
import type { AccountRecord } from './types';

/**
 * The accounts the rep has seen, in IndexedDB: one record per account (#11, #17).
 *
 * Until 0.1 they lived in one `storage.local` map that every page read, merged and rewrote whole:
 * 4,000 accounts took a badge from 0.1 s to 1.2–1.5 s, and at 5–6k the 10 MB quota was hit with no
 * error shown. Here a page reads only the records its company's keys name (a multi-entry index on
 * `aliases`: "li:<slug>", "domain:<registrable domain>", "name:<normalised name>") and writes back
 * only what changed, in one transaction, so the cost of a page does not grow with the store.
 *
 * Records are stored under their `key` (out of line, so that a damaged value, which may not have
 * one, keeps its place) and validated on every read: a record that does not parse is skipped and
 * counted, never passed to scoring, and stays stored untouched until the rep deletes their data.
 * The pure merge functions of lib/accounts/merge.ts work unchanged on the subset read here.
 */

export const ACCOUNTS_DB = 'leadfit-accounts';
const DB_VERSION = 1;
const STORE = 'accounts';

/** Where a change could not be stored, in words the rep can act on. */
export class AccountStoreError extends Error {
  constructor(
    message: string,
    readonly quota: boolean,
  ) {
    super(message);
  }
}

export const QUOTA_SENTENCE =
  'The browser refused to store more accounts (storage full). Delete old accounts in Options → Accounts, lower "Forget accounts after" in Options → Privacy, or free disk space; the score on this page is shown but was not saved.';

export interface AccountsList {
  /** The records that parse, by key. */
  accounts: Record<string, AccountRecord>;
  /** How many stored records could not be read (and were skipped). */
  skipped: number;
  problems: Array<{ item: string; message: string }>;
}

type Db = IDBPDatabase<unknown>;
type Tx = IDBPTransaction<unknown, [typeof STORE], 'readonly' | 'readwrite'>;

let dbPromise: Promise<Db> | null = null;
let migrationProblem: string | null = null;
/** Runs at each database open: moves accounts stored by an older LeadFit (registered by lib/storage.ts). */
let migration: ((target: MigrationTarget) => Promise<void>) | null = null;

/** What a migration may do: write entries as they are, before anything reads the store. */
export interface MigrationTarget {
  putRaw(entries: ReadonlyArray<readonly [string, unknown]>): Promise<void>;
}

function open(): Promise<Db> {
  dbPromise ??= openDB(ACCOUNTS_DB, DB_VERSION, {
    upgrade(db) {
      const store = db.createObjectStore(STORE);
      store.createIndex('aliases', 'aliases', { multiEntry: true });
      store.createIndex('lastSeenAt', 'lastSeenAt');
    },
    // Another context (an older worker) holds an old version open: let it go rather than block.
    blocking() {
      void dbPromise?.then((db) => db.close());
      dbPromise = null;
    },
  })
    .then(async (db) => {
      // Every open (a worker start): cheap when there is nothing left to move.
      const run = migration;
      // Not through `accountStore`: its methods wait for this very promise. A move that fails (the
      // disk is full) leaves the old store where it was and is reported; it must not stop scoring.
      if (run) await run({ putRaw: (entries) => putRawOn(db, entries) }).catch((err: unknown) => {
        migrationProblem = `the accounts stored by an older LeadFit could not be moved (${(err as Error)?.message ?? String(err)}); they are kept and will be moved on the next start`;
      });
      return db;
    })
    .catch((err: unknown) => {
      dbPromise = null;
      throw new AccountStoreError(`the accounts database could not be opened (${(err as Error).message ?? String(err)})`, false);
    });
  return dbPromise;
}

/** Registers the move of older stored accounts; it runs at each open, before the first read or write. */
export function setAccountsMigration(run: (target: MigrationTarget) => Promise<void>): void {
  migration = run;
}

async function putRawOn(db: Db, entries: ReadonlyArray<readonly [string, unknown]>): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  await Promise.all([...entries.map(([key, value]) => tx.objectStore(STORE).put(value, key)), tx.done]);
}

function parse(value: unknown, key: IDBValidKey): AccountRecord | null {
  const parsed = accountRecordSchema.safeParse(value);
  return parsed.success && parsed.data.key === key ? parsed.data : null;
}

/** Every record known by one of `keys`, and transitively by their aliases (a record may join others). */
async function closure(tx: Tx, keys: Iterable<string>): Promise<Map<string, AccountRecord>> {
  const index = tx.objectStore(STORE).index('aliases');
  const found = new Map<string, AccountRecord>();
  const asked = new Set<string>();
  let pending = [...new Set(keys)].filter(Boolean);
  // Aliases of aliases: bounded, a chain longer than a few hops is not a real company.
  for (let round = 0; round < 4 && pending.length; round++) {
    for (const k of pending) asked.add(k);
    const batches = await Promise.all(pending.map((k) => index.getAllKeys(k).then(async (ids) => Promise.all(ids.map(async (id) => [id, await tx.objectStore(STORE).get(id)] as const)))));
    const next = new Set<string>();
    for (const batch of batches) {
      for (const [id, value] of batch) {
        if (typeof id !== 'string' || found.has(id)) continue;
        const record = parse(value, id);
        if (!record) continue;
        found.set(id, record);
        for (const alias of record.aliases) if (!asked.has(alias)) next.add(alias);
      }
    }
    pending = [...next];
  }
  return found;
}

function isQuota(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || /quota/i.test(String((err as Error)?.message ?? ''));
}

async function write<T>(run: (db: Db) => Promise<T>): Promise<T> {
  const db = await open();
  try {
    return await run(db);
  } catch (err) {
    if (err instanceof AccountStoreError) throw err;
    if (isQuota(err)) throw new AccountStoreError(QUOTA_SENTENCE, true);
    throw new AccountStoreError(`the accounts could not be saved (${(err as Error).message ?? String(err)})`, false);
  }
}

export interface AccountStoreHandle {
  /** The accounts known by any of `keys` (or by their aliases), validated, by key. */
  find(keys: readonly string[]): Promise<Record<string, AccountRecord>>;
  /** One account by its key or any alias. */
  get(keyOrAlias: string): Promise<AccountRecord | null>;
  /**
   * Reads the accounts known by `keys`, lets `change` (synchronous, pure: lib/accounts/merge.ts)
   * return the new subset, and stores the difference — records no longer in it deleted, changed
   * ones written — in one transaction, so two tabs merging into one account do not lose a page.
   */
  update(keys: readonly string[], change: (subset: Record<string, AccountRecord>) => Record<string, AccountRecord>): Promise<Record<string, AccountRecord>>;
  /** Writes records as they are (migration, import, tests). Damaged values may be passed with their key. */
  putRaw(entries: ReadonlyArray<readonly [string, unknown]>): Promise<void>;
  /** Every account (Options → Accounts, export): validated, damaged ones counted. */
  list(): Promise<AccountsList>;
  count(): Promise<number>;
  /** Deletes accounts last seen before `cutoffIso` (retention); returns how many. */
  deleteSeenBefore(cutoffIso: string): Promise<number>;
  clear(): Promise<void>;
}

const PROBLEMS_KEPT = 20;

export const accountStore: AccountStoreHandle = {
  async find(keys) {
    const db = await open();
    const tx = db.transaction(STORE, 'readonly');
    const found = await closure(tx, keys);
    return Object.fromEntries(found);
  },

  async get(keyOrAlias) {
    const db = await open();
    const direct = parse(await db.get(STORE, keyOrAlias), keyOrAlias);
    if (direct) return direct;
    return Object.values(await this.find([keyOrAlias]))[0] ?? null;
  },

  async update(keys, change) {
    return write(async (db) => {
      const tx = db.transaction(STORE, 'readwrite');
      const before = await closure(tx, keys);
      const after = change(Object.fromEntries(before));
      const store = tx.objectStore(STORE);
      const ops: Array<Promise<unknown>> = [];
      try {
        for (const key of before.keys()) if (!Object.hasOwn(after, key)) ops.push(store.delete(key));
        for (const [key, record] of Object.entries(after)) if (before.get(key) !== record) ops.push(store.put(record, key));
      } catch (err) {
        // All or nothing: a folded record's old keys must not be deleted when its new form cannot be written.
        for (const op of ops) op.catch(() => {});
        tx.abort();
        await tx.done.catch(() => {});
        throw err;
      }
      await Promise.all([...ops, tx.done]);
      return after;
    });
  },

  async putRaw(entries) {
    await write((db) => putRawOn(db, entries));
  },

  async list() {
    const db = await open();
    const out: AccountsList = { accounts: {}, skipped: 0, problems: migrationProblem ? [{ item: 'accounts', message: migrationProblem }] : [] };
    let cursor = await db.transaction(STORE, 'readonly').store.openCursor();
    while (cursor) {
      const key = String(cursor.key);
      const parsed = accountRecordSchema.safeParse(cursor.value);
      if (parsed.success && parsed.data.key === key) out.accounts[key] = parsed.data;
      else {
        out.skipped++;
        if (out.problems.length < PROBLEMS_KEPT) {
          const issue = parsed.success ? 'stored under another key' : `${parsed.error.issues[0]?.path.join('.') || ''}${parsed.error.issues[0]?.path.length ? ': ' : ''}${parsed.error.issues[0]?.message ?? 'invalid'}`;
          out.problems.push({ item: 'accounts', message: `account "${key.slice(0, 80)}": ${issue}` });
        }
      }
      cursor = await cursor.continue();
    }
    return out;
  },

  async count() {
    return (await open()).count(STORE);
  },

  async deleteSeenBefore(cutoffIso) {
    return write(async (db) => {
      const tx = db.transaction(STORE, 'readwrite');
      let removed = 0;
      let cursor = await tx.store.index('lastSeenAt').openKeyCursor(IDBKeyRange.upperBound(cutoffIso, true));
      while (cursor) {
        await tx.store.delete(cursor.primaryKey);
        removed++;
        cursor = await cursor.continue();
      }
      await tx.done;
      return removed;
    });
  },

  async clear() {
    await write(async (db) => db.clear(STORE));
  },
};

/** For tests: forget the open database (fake-indexeddb is replaced between tests). */
export function resetAccountStoreForTests(): void {
  void dbPromise?.then((db) => db.close()).catch(() => {});
  dbPromise = null;
  migrationProblem = null;
}

/** For tests and the bench: every stored entry as it is, damaged ones included. */
export async function rawAccountEntries(): Promise<Array<[string, unknown]>> {
  const db = await open();
  const tx = db.transaction(STORE, 'readonly');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  return keys.map((k, i) => [String(k), values[i]]);
}
