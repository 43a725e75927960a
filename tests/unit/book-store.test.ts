// @vitest-environment node
import 'fake-indexeddb/auto';
import { openDB, deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBookIndex, BOOK_FORMAT, BOOK_VERSION, type Book, type BookAccount } from '@/lib/book';
import { BOOK_DB, clearBook, closeBookDb, matchBook, onBookChanged, readBook, readBookMeta, readStoredBook, replaceBook } from '@/lib/book/store';

/** The account book in IndexedDB (#11): replace in one transaction, match like createBookIndex, damaged records skipped. */

function account(over: Partial<BookAccount>): BookAccount {
  return { name: null, domain: null, linkedinUrl: null, industry: null, employees: null, revenue: null, country: null, region: null, city: null, location: null, owner: null, status: null, line: 2, ...over };
}

function book(accounts: BookAccount[], importedAt = '2026-11-01T00:00:00.000Z'): Book {
  return { format: BOOK_FORMAT, version: BOOK_VERSION, importedAt, columns: { company: 'Company name', owner: 'Company owner' }, accounts };
}

const NORTHWIND = account({ name: 'Northwind Analytics, Inc.', domain: 'northwind-analytics.com', linkedinUrl: 'https://www.linkedin.com/company/northwind-analytics/', owner: 'Dana Reyes', status: 'customer', industry: 'Computer Software', line: 2 });
const GLOBEX = account({ name: 'Globex', domain: 'globex.com', owner: 'Hank', status: 'open-opportunity', line: 3 });

beforeEach(async () => {
  await closeBookDb();
  await deleteDB(BOOK_DB);
});
afterEach(async () => {
  await closeBookDb();
});

describe('replaceBook / readBook / readBookMeta / clearBook', () => {
  it('stores a book with its meta and gives it back; no book reads as null', async () => {
    expect(await readBookMeta()).toBeNull();
    expect(await readBook()).toBeNull();
    await replaceBook(book([NORTHWIND, GLOBEX]), { version: 3, etag: 'W/"abc"', source: 'sync' });
    expect(await readBookMeta()).toMatchObject({ version: 3, etag: 'W/"abc"', source: 'sync', count: 2, importedAt: '2026-11-01T00:00:00.000Z', columns: { owner: 'Company owner' } });
    const stored = await readBook();
    expect(stored?.accounts).toEqual([NORTHWIND, GLOBEX]);
    expect(stored).toMatchObject({ format: BOOK_FORMAT, version: BOOK_VERSION, importedAt: '2026-11-01T00:00:00.000Z' });
  });

  it('a new book replaces the old one whole: an account only in the old book no longer matches', async () => {
    await replaceBook(book([NORTHWIND, GLOBEX]), { version: 1, etag: null, source: 'upload' });
    await replaceBook(book([GLOBEX]), { version: 2, etag: null, source: 'upload' });
    expect(await matchBook({ domain: 'northwind-analytics.com' })).toBeNull();
    expect((await matchBook({ domain: 'globex.com' }))?.account.owner).toBe('Hank');
    expect((await readBookMeta())?.count).toBe(1);
  });

  it('clearBook removes accounts and meta, and tells listeners', async () => {
    let heard = 0;
    const off = onBookChanged(() => heard++);
    await replaceBook(book([NORTHWIND]), { version: 1, etag: null, source: 'upload' });
    await clearBook();
    off();
    expect(heard).toBe(2);
    expect(await readBookMeta()).toBeNull();
    expect(await matchBook({ name: 'Northwind Analytics' })).toBeNull();
  });

  it('storage full while writing: the previous book is kept and the error says what to do', async () => {
    await replaceBook(book([NORTHWIND]), { version: 1, etag: null, source: 'upload' });
    const original = IDBObjectStore.prototype.put;
    let calls = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls > 500) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
    try {
      const big = Array.from({ length: 2000 }, (_, i) => account({ name: `Company ${i}`, domain: `c${i}.example.com`, line: i + 2 }));
      await expect(replaceBook(book(big), { version: 2, etag: null, source: 'upload' })).rejects.toThrow(/storage full.*previous book is kept.*Free disk space/s);
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect(await readBookMeta()).toMatchObject({ version: 1, count: 1 });
    expect((await matchBook({ domain: 'northwind-analytics.com' }))?.account.owner).toBe('Dana Reyes');
    expect(await matchBook({ domain: 'c10.example.com' })).toBeNull();
  });

  it('a book that breaks the schema is refused before anything is written', async () => {
    await replaceBook(book([NORTHWIND]), { version: 1, etag: null, source: 'upload' });
    await expect(replaceBook(book([GLOBEX]), { version: -1, etag: null, source: 'upload' })).rejects.toThrow();
    expect((await readBookMeta())?.version).toBe(1);
  });
});

describe('matchBook', () => {
  it('LinkedIn URL first, then domain, then name; page keys are normalised like the book import', async () => {
    const other = account({ name: 'Northwind Analytics', domain: 'other.example', linkedinUrl: null, owner: 'Someone Else', line: 4 });
    await replaceBook(book([other, NORTHWIND]), { version: 1, etag: null, source: 'upload' });
    // A country subdomain and a sub-page of the company page still match by LinkedIn.
    expect(await matchBook({ linkedinUrl: 'https://de.linkedin.com/company/Northwind-Analytics/about/', domain: 'other.example', name: 'Northwind Analytics' })).toMatchObject({ matchedBy: 'linkedin', account: { owner: 'Dana Reyes' } });
    expect(await matchBook({ domain: 'https://shop.northwind-analytics.com/x' })).toMatchObject({ matchedBy: 'domain', account: { owner: 'Dana Reyes' } });
    // The same normalised name with two different domains is ambiguous: no match rather than a wrong owner.
    expect(await matchBook({ name: 'Northwind Analytics GmbH' })).toBeNull();
    expect(await matchBook({ name: 'globex' })).toBeNull();
  });

  it('a name matches when its accounts agree; duplicates keep the first in file order', async () => {
    const dup = account({ name: 'Globex Corporation', domain: 'globex.com', owner: 'Second', line: 9 });
    await replaceBook(book([GLOBEX, dup]), { version: 1, etag: null, source: 'upload' });
    expect(await matchBook({ name: 'GLOBEX' })).toMatchObject({ matchedBy: 'name', account: { owner: 'Hank' } });
    expect(await matchBook({ domain: 'www.globex.com' })).toMatchObject({ matchedBy: 'domain', account: { owner: 'Hank' } });
    expect(await matchBook({})).toBeNull();
    expect(await matchBook({ name: 'Initech' })).toBeNull();
  });

  it('agrees with createBookIndex on a book full of duplicates and shared names', async () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const accounts = Array.from({ length: 600 }, (_, i) =>
      account({
        name: rand(4) ? `Firm ${rand(200)}${rand(2) ? ' GmbH' : ''}` : null,
        domain: rand(3) ? `firm${rand(250)}.com` : null,
        linkedinUrl: rand(2) ? `https://www.linkedin.com/company/firm-${rand(250)}/` : null,
        owner: `Owner ${i}`,
        line: i + 2,
      }),
    ).filter((a) => a.name || a.domain || a.linkedinUrl);
    await replaceBook(book(accounts), { version: 1, etag: null, source: 'upload' });
    const index = createBookIndex({ accounts });
    for (let q = 0; q < 300; q++) {
      const page = {
        linkedinUrl: rand(3) ? null : `linkedin.com/company/firm-${rand(300)}`,
        domain: rand(2) ? null : `https://www.firm${rand(300)}.com`,
        name: rand(2) ? null : `Firm ${rand(250)}`,
      };
      expect(await matchBook(page), JSON.stringify(page)).toEqual(index.match(page));
    }
  });

  it('damaged records are skipped, never thrown: the next valid duplicate matches, readBook counts them', async () => {
    await replaceBook(book([NORTHWIND, GLOBEX]), { version: 1, etag: null, source: 'upload' });
    await closeBookDb();
    const db = await openDB(BOOK_DB);
    // Record 0 (Northwind) damaged in place; a damaged record placed first under Globex's domain.
    await db.put('accounts', { a: { name: 42 }, d: 'northwind-analytics.com', n: 'northwind analytics' }, 0);
    await db.put('accounts', { a: 'garbage', d: 'globex.com' }, -1);
    await db.put('accounts', { nothing: true }, 99);
    db.close();
    expect(await matchBook({ domain: 'northwind-analytics.com', name: 'Northwind Analytics' })).toBeNull();
    expect(await matchBook({ domain: 'globex.com' })).toMatchObject({ matchedBy: 'domain', account: { owner: 'Hank' } });
    const stored = await readStoredBook();
    expect(stored?.book.accounts.map((a) => a.name)).toEqual(['Globex']);
    expect(stored?.skipped).toBe(3);
  });

  it('a damaged meta record reads as no meta; the accounts still match', async () => {
    await replaceBook(book([GLOBEX]), { version: 1, etag: null, source: 'upload' });
    await closeBookDb();
    const db = await openDB(BOOK_DB);
    await db.put('meta', { version: 'x' }, 'book');
    db.close();
    expect(await readBookMeta()).toBeNull();
    expect((await matchBook({ domain: 'globex.com' }))?.account.owner).toBe('Hank');
  });
});

describe('100,000 accounts', () => {
  it('replace once, then each lookup reads only its keys (figures printed)', async () => {
    const N = 100_000;
    const accounts = Array.from({ length: N }, (_, i) =>
      account({ name: `Company ${i} GmbH`, domain: `company${i}.com`, linkedinUrl: `https://www.linkedin.com/company/company-${i}/`, owner: `Owner ${i % 40}`, status: 'customer', industry: 'Software', employees: { min: 50, max: 200 }, line: i + 2 }),
    );
    const t0 = performance.now();
    await replaceBook(book(accounts), { version: 1, etag: null, source: 'upload' });
    const replaceMs = performance.now() - t0;
    expect((await readBookMeta())?.count).toBe(N);
    const lookups = 300;
    const t1 = performance.now();
    for (let q = 0; q < lookups; q++) {
      const i = (q * 331) % N;
      const kind = q % 3;
      const page = kind === 0 ? { linkedinUrl: `https://www.linkedin.com/company/company-${i}/` } : kind === 1 ? { domain: `www.company${i}.com` } : { name: `Company ${i}` };
      const m = await matchBook(page);
      expect(m?.account.line).toBe(i + 2);
    }
    const lookupMs = (performance.now() - t1) / lookups;
    expect(await matchBook({ domain: 'not-in-the-book.com' })).toBeNull();
    console.log(`book store, fake-indexeddb: replace ${N.toLocaleString('en-US')} accounts ${(replaceMs / 1000).toFixed(1)} s; lookup ${lookupMs.toFixed(2)} ms each (mean of ${lookups})`);
  }, 240_000);
});
