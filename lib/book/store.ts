import { openDB, unwrap, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import { z } from 'zod';
import { normalizeCompanyName, normalizeLinkedinCompanyUrl, registrableDomain } from './keys';
import type { BookMatch } from './match';
import { BOOK_FORMAT, BOOK_VERSION, bookAccountSchema, type Book, type BookAccount } from './schema';

/**
 * The team's account book in this browser (#11), in its own IndexedDB database so that replacing
 * it never touches the rep's own accounts (lib/accounts/store.ts). One record per account, stored
 * under its position in the file (so "first in file order wins" is the primary-key order) with
 * three indexed keys made by lib/book/keys.ts: `li` (LinkedIn company URL), `d` (registrable
 * domain), `n` (normalised name). A page costs one read transaction of at most three index reads,
 * the same with 100 or 100,000 accounts.
 *
 * A meta record says which book this is: its sync `version` and `etag`, when it was imported,
 * whether the manager uploaded it here or the team sync pulled it, how many accounts, and which
 * column each role was read from.
 *
 * Every record is validated when read: a damaged one is skipped and counted, never handed to
 * scoring; `matchBook` never throws (a broken database means no match, not a broken page).
 * Other contexts (the background's match cache) hear about a new or removed book on a
 * BroadcastChannel.
 */

export const BOOK_DB = 'leadfit-book';
const DB_VERSION = 1;
const ACCOUNTS = 'accounts' as const;
const META = 'meta';
const META_KEY = 'book';

export const bookMetaSchema = z.object({
  /** The book's own version, for sync (the server's counter; an upload counts up from the last one). */
  version: z.number().int().nonnegative(),
  etag: z.string().max(200).nullable(),
  importedAt: z.string().max(40),
  /** When this browser stored it. */
  storedAt: z.string().max(40),
  source: z.enum(['upload', 'sync']),
  count: z.number().int().nonnegative(),
  columns: z.record(z.string().max(40), z.string().max(300)),
});
export type BookMeta = z.infer<typeof bookMetaSchema>;

export interface StoredBook {
  book: Book;
  meta: BookMeta | null;
  /** Records that did not validate and were left out. */
  skipped: number;
}

/** A stored account row: the account and the keys it is indexed by (absent keys are not indexed). */
interface Row {
  a: unknown;
  li?: string;
  d?: string;
  n?: string;
}

type Db = IDBPDatabase<unknown>;
let dbPromise: Promise<Db> | null = null;
/** The IndexedDB the connection was opened on: tests swap in a fresh one per case, and a connection to the old one would read its book. */
let openedOn: IDBFactory | null = null;

function open(): Promise<Db> {
  if (dbPromise && openedOn !== globalThis.indexedDB) dbPromise = null;
  openedOn = globalThis.indexedDB;
  dbPromise ??= openDB(BOOK_DB, DB_VERSION, {
    upgrade(db) {
      const store = db.createObjectStore(ACCOUNTS);
      store.createIndex('li', 'li');
      store.createIndex('d', 'd');
      store.createIndex('n', 'n');
      db.createObjectStore(META);
    },
    blocking() {
      void dbPromise?.then((db) => db.close());
      dbPromise = null;
    },
  }).catch((err: unknown) => {
    dbPromise = null;
    throw new Error(`the account book database could not be opened (${(err as Error)?.message ?? String(err)})`);
  });
  return dbPromise;
}

/** Closes the connection (tests delete the database between cases). */
export async function closeBookDb(): Promise<void> {
  const p = dbPromise;
  dbPromise = null;
  if (p) (await p.catch(() => null))?.close();
}

// ---- change notices ---------------------------------------------------------------------------

const CHANNEL = 'leadfit-book';
const listeners = new Set<() => void>();
let channel: BroadcastChannel | null = null;

function getChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => {
    for (const l of listeners) l();
  };
  return channel;
}

/** Calls `listener` when the book is replaced or removed, in this context or another. Returns the unsubscribe. */
export function onBookChanged(listener: () => void): () => void {
  getChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function announce(): void {
  for (const l of listeners) l();
  try {
    getChannel()?.postMessage('changed');
  } catch {
    // A context without BroadcastChannel: only this one's listeners hear it.
  }
}

// ---- writing ----------------------------------------------------------------------------------

function isQuota(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || /quota/i.test(String((err as Error)?.message ?? ''));
}

export const BOOK_QUOTA_SENTENCE =
  'The browser refused to store the account book (storage full). The previous book is kept. Free disk space, delete old accounts in Options → Accounts, or import a smaller export (fewer columns do not help: remove accounts the team does not need), then save again.';

function rowOf(account: BookAccount): Row {
  const row: Row = { a: account };
  const li = normalizeLinkedinCompanyUrl(account.linkedinUrl);
  const d = registrableDomain(account.domain);
  const n = normalizeCompanyName(account.name);
  if (li) row.li = li;
  if (d) row.d = d;
  if (n) row.n = n;
  return row;
}

/** Accounts written per step: between steps the page paints (a 100k book is 20 steps). */
const WRITE_CHUNK = 5000;

function macrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Replaces the stored book in one transaction: the old accounts go and the new ones come, or
 * (storage full, any error) nothing changes and the error says what to do. Written in steps of
 * 5,000, each waiting for the last one's write, so the options page keeps painting (and
 * `onProgress` can say how far it got) while the transaction stays open.
 */
export async function replaceBook(
  book: Book,
  meta: { version: number; etag: string | null; source: 'upload' | 'sync' },
  onProgress?: (stored: number, total: number) => void,
): Promise<void> {
  const record: BookMeta = bookMetaSchema.parse({
    version: meta.version,
    etag: meta.etag,
    importedAt: book.importedAt,
    storedAt: new Date().toISOString(),
    source: meta.source,
    count: book.accounts.length,
    columns: book.columns,
  });
  const total = book.accounts.length;
  const rows: Row[] = [];
  for (let i = 0; i < total; i += WRITE_CHUNK) {
    for (let j = i; j < Math.min(total, i + WRITE_CHUNK); j++) rows.push(rowOf(book.accounts[j]!));
    if (i + WRITE_CHUNK < total) await macrotask();
  }
  const db = await open();
  const tx = db.transaction([ACCOUNTS, META], 'readwrite');
  try {
    // Raw requests: 100k promises would cost more than the writes. Errors surface on tx.done.
    const store = unwrap(tx.objectStore(ACCOUNTS));
    store.clear();
    for (let i = 0; i < total; i += WRITE_CHUNK) {
      let last: IDBRequest | null = null;
      for (let j = i; j < Math.min(total, i + WRITE_CHUNK); j++) last = store.put(rows[j], j);
      const request = last!;
      // Continuing from the success callback keeps the transaction active for the next step.
      await new Promise<void>((resolve, reject) => {
        request.addEventListener('success', () => resolve());
        request.addEventListener('error', () => reject(request.error ?? new Error('write failed')));
      });
      onProgress?.(Math.min(total, i + WRITE_CHUNK), total);
    }
    unwrap(tx.objectStore(META)).put(record, META_KEY);
    await tx.done;
  } catch (err) {
    // A write that threw (rather than failing the transaction) must not let the clear commit.
    try {
      tx.abort();
    } catch {
      // Already aborted or finished.
    }
    await tx.done.catch(() => undefined);
    if (isQuota(err)) throw new Error(BOOK_QUOTA_SENTENCE);
    throw new Error(`the account book could not be saved (${(err as Error)?.message ?? String(err)}); the previous book is kept`);
  }
  announce();
}

/** Removes the book (accounts and meta). */
export async function clearBook(): Promise<void> {
  const db = await open();
  const tx = db.transaction([ACCOUNTS, META], 'readwrite');
  await Promise.all([tx.objectStore(ACCOUNTS).clear(), tx.objectStore(META).clear(), tx.done]);
  announce();
}

// ---- reading ----------------------------------------------------------------------------------

function parseAccount(row: unknown): BookAccount | null {
  const a = (row as Row | null)?.a;
  const parsed = bookAccountSchema.safeParse(a);
  return parsed.success ? parsed.data : null;
}

function parseMeta(value: unknown): BookMeta | null {
  const parsed = bookMetaSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The stored book's meta, or null when there is no book (or its meta is damaged). */
export async function readBookMeta(): Promise<BookMeta | null> {
  const db = await open();
  return parseMeta(await db.get(META, META_KEY));
}

/** The whole stored book with the count of damaged records left out (Options export, publishing). */
export async function readStoredBook(): Promise<StoredBook | null> {
  const db = await open();
  const tx = db.transaction([ACCOUNTS, META], 'readonly');
  const [metaValue, rows] = await Promise.all([tx.objectStore(META).get(META_KEY), tx.objectStore(ACCOUNTS).getAll(), tx.done]);
  const meta = parseMeta(metaValue);
  if (!meta && rows.length === 0) return null;
  const accounts: BookAccount[] = [];
  let skipped = 0;
  for (const row of rows) {
    const a = parseAccount(row);
    if (a) accounts.push(a);
    else skipped++;
  }
  return {
    book: { format: BOOK_FORMAT, version: BOOK_VERSION, importedAt: meta?.importedAt ?? new Date(0).toISOString(), columns: meta?.columns ?? {}, accounts },
    meta,
    skipped,
  };
}

/** The stored book (damaged records left out), or null when none is stored. */
export async function readBook(): Promise<Book | null> {
  return (await readStoredBook())?.book ?? null;
}

/** How many damaged records matching has skipped since this context started (shown with the book). */
let damagedSeen = 0;
export function damagedRecordsSeen(): number {
  return damagedSeen;
}

/** The valid accounts among rows, in file (primary key) order. */
function valid(rows: unknown[]): BookAccount[] {
  const out: BookAccount[] = [];
  for (const row of rows) {
    const a = parseAccount(row);
    if (a) out.push(a);
    else damagedSeen++;
  }
  return out;
}

/** Enough duplicates to find a valid one and to see a name's ambiguity; a CRM rarely has more. */
const DUPLICATES_READ = 50;

type PageKeys = { linkedinUrl?: string | null; domain?: string | null; name?: string | null };
type Store = IDBPObjectStore<unknown, [typeof ACCOUNTS], typeof ACCOUNTS, 'readonly'>;

/** One page's match inside an open transaction: at most three index reads. */
async function matchIn(store: Store, page: PageKeys): Promise<BookMatch | null> {
  const li = normalizeLinkedinCompanyUrl(page.linkedinUrl);
  const d = registrableDomain(page.domain);
  const n = normalizeCompanyName(page.name);
  if (!li && !d && !n) return null;
  const [byLi, byD, byN] = await Promise.all([
    li ? store.index('li').getAll(li, DUPLICATES_READ) : [],
    d ? store.index('d').getAll(d, DUPLICATES_READ) : [],
    n ? store.index('n').getAll(n, DUPLICATES_READ) : [],
  ]);
  const liHit = valid(byLi)[0];
  if (liHit) return { account: liHit, matchedBy: 'linkedin' };
  const dHit = valid(byD)[0];
  if (dHit) return { account: dHit, matchedBy: 'domain' };
  const named = valid(byN);
  const head = named[0];
  if (!head) return null;
  if (head.domain && named.some((a) => a.domain && a.domain !== head.domain)) return null;
  return { account: head, matchedBy: 'name' };
}

/**
 * The book account of a page's company: by LinkedIn company URL, then registrable domain, then
 * normalised name, with createBookIndex's rules (lib/book/match.ts): the first account in file
 * order wins a duplicated key, and a name shared by accounts with different domains matches
 * nothing. Null when nothing matches, no book is stored, or the database cannot be read.
 */
export async function matchBook(page: PageKeys): Promise<BookMatch | null> {
  return (await matchBookMany([page]))[0] ?? null;
}

/** Several companies at once (a list page's rows), in one read transaction; null for each that does not match. */
export async function matchBookMany(pages: readonly PageKeys[]): Promise<Array<BookMatch | null>> {
  if (pages.every((p) => !p.linkedinUrl && !p.domain && !p.name)) return pages.map(() => null);
  try {
    const db = await open();
    const tx = db.transaction(ACCOUNTS, 'readonly');
    return await Promise.all(pages.map((p) => matchIn(tx.objectStore(ACCOUNTS), p)));
  } catch {
    return pages.map(() => null);
  }
}
