// @vitest-environment node
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { BOOK_FORMAT, BOOK_VERSION, type BookAccount } from '@/lib/book';
import { BOOK_DB, closeBookDb, replaceBook } from '@/lib/book/store';
import { bookFactsFor, bookKeysOf, clearBookCache, markBook, withBookFacts } from '@/lib/background/book-facts';
import type { Observation } from '@/lib/observation';
import { emptyCompany, emptyPerson } from '@/lib/observation-empty';
import { loadStarterPack } from '@/lib/profiles/starter';
import { scorePage } from '@/lib/scoring';

/** The account book on a scored page (#11): the match, facts that fill unknowns only, revenue in the score. */

function account(over: Partial<BookAccount>): BookAccount {
  return { name: null, domain: null, linkedinUrl: null, industry: null, employees: null, revenue: null, country: null, region: null, city: null, location: null, owner: null, status: null, line: 2, ...over };
}

const FABRIKAM = account({
  name: 'Fabrikam Cloud Inc.',
  domain: 'fabrikam.io',
  linkedinUrl: 'https://www.linkedin.com/company/fabrikam-cloud/',
  industry: 'Software Development',
  employees: { min: 250, max: 250 },
  revenue: { min: 40_000_000, max: 40_000_000 },
  country: 'United States',
  owner: 'Dana Reyes',
  status: 'customer',
  line: 7,
});

function personAt(company: string, companyLinkedinUrl: string | null): Observation {
  return {
    url: 'https://www.linkedin.com/in/jane-doe/',
    kind: 'linkedin-person',
    person: { ...emptyPerson(), name: 'Jane Doe', title: 'VP Sales', company, companyLinkedinUrl },
    people: [],
    company: null,
    evidence: {},
    missing: [],
  };
}

async function scoreWithBook(observation: Observation, known: Parameters<typeof bookFactsFor>[1] = null) {
  const book = await bookFactsFor(observation, known);
  return { book, scored: markBook(scorePage(observation, loadStarterPack(), withBookFacts({ now: new Date('2026-11-29T00:00:00Z'), account: known }, book)), book) };
}

beforeEach(async () => {
  clearBookCache();
  await closeBookDb();
  await deleteDB(BOOK_DB);
  await replaceBook({ format: BOOK_FORMAT, version: BOOK_VERSION, importedAt: '2026-11-01T00:00:00.000Z', columns: {}, accounts: [FABRIKAM] }, { version: 1, etag: null, source: 'upload' });
});

describe('book facts on a list page', () => {
  it('each listed person whose company the book knows carries its status and owner; the others nothing', async () => {
    const list: Observation = {
      url: 'https://www.linkedin.com/search/results/people/?keywords=sales',
      kind: 'linkedin-search',
      person: null,
      people: [
        { ...emptyPerson(), name: 'A', title: 'VP Sales', company: 'Somewhere Else', companyLinkedinUrl: 'https://www.linkedin.com/company/fabrikam-cloud/' },
        { ...emptyPerson(), name: 'B', title: 'CTO', company: 'Contoso', companyLinkedinUrl: null },
        { ...emptyPerson(), name: 'C', title: 'CFO', company: 'Fabrikam Cloud GmbH', companyLinkedinUrl: null },
      ],
      company: null,
      evidence: {},
      missing: [],
    };
    const book = await bookFactsFor(list, null);
    expect(book?.company).toBeNull();
    const scored = markBook(scorePage(list, loadStarterPack()), book)!;
    expect(scored.people.map((p) => p.book ?? null)).toEqual([
      { name: 'Fabrikam Cloud Inc.', owner: 'Dana Reyes', status: 'customer', matchedBy: 'linkedin' },
      null,
      { name: 'Fabrikam Cloud Inc.', owner: 'Dana Reyes', status: 'customer', matchedBy: 'name' },
    ]);
    const { buildListRows } = await import('@/lib/list-rows');
    expect(buildListRows(list, scored, {}).map((r) => r.book?.status ?? null)).toEqual(['customer', null, 'customer']);
  });
});

describe('book facts on a person page', () => {
  it('a person at a book company: status and owner on scored.account.book, firmographics and revenue with source "account book"', async () => {
    const { scored } = await scoreWithBook(personAt('Fabrikam Cloud', 'https://www.linkedin.com/company/fabrikam-cloud/life/'));
    expect(scored?.account?.book).toEqual({ name: 'Fabrikam Cloud Inc.', owner: 'Dana Reyes', status: 'customer', matchedBy: 'linkedin' });
    const criteria = scored!.account!.best!.criteria;
    const industry = criteria.find((c) => c.id === 'industries')!;
    expect(industry.status).toBe('matched');
    expect(industry.evidence?.source).toBe('account book');
    // The revenue criterion sees the book's revenue (it used to stay "unknown": bookCompany dropped it).
    const revenue = criteria.find((c) => c.id === 'revenue')!;
    expect(revenue.status).toBe('matched');
    expect(revenue.evidence).toMatchObject({ source: 'account book', field: 'revenue' });
    expect(criteria.find((c) => c.id === 'employees')?.evidence?.source).toBe('account book');
  });

  it('matches by name when the row has no company link; nothing at all when the book has no such company', async () => {
    expect((await scoreWithBook(personAt('Fabrikam Cloud', null))).scored?.account?.book?.matchedBy).toBe('name');
    const { book, scored } = await scoreWithBook(personAt('Contoso', 'https://www.linkedin.com/company/contoso/'));
    expect(book).toBeNull();
    // No company facts at all (a person page says only the employer's name): nothing is scored for the account.
    expect(scored?.account ?? null).toBeNull();
  });

  it("never overwrites what a LinkedIn company page or the rep's account stated; fills only unknowns", async () => {
    const companyPage: Observation = {
      url: 'https://www.linkedin.com/company/fabrikam-cloud/',
      kind: 'linkedin-company',
      person: null,
      people: [],
      company: { ...emptyCompany(), name: 'Fabrikam', linkedinUrl: 'https://www.linkedin.com/company/fabrikam-cloud/', industry: 'Retail' },
      evidence: { 'company.industry': { source: 'page', snippet: 'Retail' } },
      missing: [],
    };
    const { scored } = await scoreWithBook(companyPage);
    const criteria = scored!.account!.ranked.find((r) => r.icpId === 'mid-market-saas')!.criteria;
    expect(criteria.find((c) => c.id === 'industries')).toMatchObject({ status: 'missed', evidence: { source: 'page' } });
    expect(criteria.find((c) => c.id === 'employees')?.evidence?.source).toBe('account book');

    // The rep's account knows the size from the company page: it wins over the book's.
    const known = { ...emptyCompany(), name: 'Fabrikam', linkedinUrl: 'https://www.linkedin.com/company/fabrikam-cloud/', employees: { min: 1001, max: 5000 } };
    const fromAccount = await scoreWithBook(personAt('Fabrikam', null), known);
    const employees = fromAccount.scored!.account!.ranked.find((r) => r.icpId === 'mid-market-saas')!.criteria.find((c) => c.id === 'employees')!;
    expect(employees).toMatchObject({ status: 'missed', evidence: { source: 'account' } });
    expect(fromAccount.scored?.account?.book?.matchedBy).toBe('linkedin');
  });

  it('a new book empties the cache: a removed account stops matching', async () => {
    const page = personAt('Fabrikam Cloud', 'https://www.linkedin.com/company/fabrikam-cloud/');
    expect(await bookFactsFor(page, null)).not.toBeNull();
    await replaceBook({ format: BOOK_FORMAT, version: BOOK_VERSION, importedAt: '2026-11-02T00:00:00.000Z', columns: {}, accounts: [account({ name: 'Other', domain: 'other.com' })] }, { version: 2, etag: null, source: 'sync' });
    expect(await bookFactsFor(page, null)).toBeNull();
  });

  it('book keys: a company page by its URL, a person by the employer, completed by the known domain', () => {
    expect(bookKeysOf(personAt('Fabrikam', null), { ...emptyCompany(), domain: 'fabrikam.io' })).toEqual({ linkedinUrl: null, domain: 'fabrikam.io', name: 'Fabrikam' });
    expect(bookKeysOf({ ...personAt('', null), person: null }, null)).toBeNull();
  });
});
