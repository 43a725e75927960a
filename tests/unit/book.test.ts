// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookCompany, createBookIndex, importBook, normalizeCompanyName, normalizeLinkedinCompanyUrl, parseBookJson, registrableDomain, statusFrom, type BookAccount } from '@/lib/book';
import { CsvSyntaxError } from '@/lib/crm/read';

/** The team account book (issue #11): import from CRM exports, the status table, keys and matching order. */
const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/crm', name), 'utf8');
const byName = (accounts: BookAccount[], name: string) => accounts.find((a) => a.name === name)!;

describe('importBook from each CRM', () => {
  it('HubSpot: keys, firmographics, owner, status from Lifecycle Stage and Lead Status; a row with nothing to match is a problem', async () => {
    const { book, preview, problems } = await importBook(fixture('hubspot-companies.csv'), { now: new Date('2026-01-01T00:00:00Z') });
    expect(book).toMatchObject({ format: 'leadfit-account-book', version: 1, importedAt: '2026-01-01T00:00:00.000Z' });
    expect(preview.rows).toBe(7);
    expect(preview.accounts).toBe(6);
    expect(problems).toEqual([{ line: 8, message: expect.stringMatching(/no company name, domain or LinkedIn company page/) }]);
    expect(byName(book.accounts, 'Northwind Analytics')).toMatchObject({
      domain: 'northwind-analytics.com',
      linkedinUrl: 'https://www.linkedin.com/company/northwind-analytics/',
      industry: 'Computer Software',
      employees: { min: 250, max: 250 },
      revenue: { min: 40_000_000, max: 40_000_000 },
      country: 'United States',
      region: 'Massachusetts',
      city: 'Boston',
      owner: 'Dana Reyes',
      status: 'customer',
      line: 2,
    });
    expect(byName(book.accounts, 'Müller Maschinenbau GmbH')).toMatchObject({ linkedinUrl: 'https://www.linkedin.com/company/mueller-maschinenbau/', status: 'open-opportunity' });
    // Registrable domain (public suffix aware), "OTHER" industry unknown, MQL → target.
    expect(byName(book.accounts, 'Acme Retail')).toMatchObject({ domain: 'acme-retail.co.uk', industry: null, status: 'target' });
    // "Do not contact" in the Lead Status column beats Lifecycle Stage "Lead".
    expect(byName(book.accounts, 'Blocked Corp').status).toBe('do-not-contact');
    expect(byName(book.accounts, 'Old Friend Inc.').status).toBeNull();
    // "Website URL" fills an empty "Company Domain Name"; HubSpot's internal stage value reads too.
    expect(byName(book.accounts, 'Website Only Ltd')).toMatchObject({ domain: 'websiteonly.co.uk', industry: null, status: 'target' });
    // The preview: each mapped column with up to 3 samples, and what was not used.
    expect(preview.mapped.find((m) => m.role === 'owner')).toEqual({ role: 'owner', header: 'Company owner', samples: ['Dana Reyes', 'Jonas Weber', 'Jonas Weber'] });
    expect(preview.mapped.find((m) => m.role === 'domainFallback')?.header).toBe('Website URL');
    expect(preview.unmapped.map((u) => u.header)).toEqual(['Record ID', 'Create Date']);
  });

  it('Salesforce: Type values, "Other" industry unknown, an unreadable cell is unknown and a problem, the account kept', async () => {
    const { book, problems } = await importBook(fixture('salesforce-accounts.csv'));
    expect(book.accounts.map((a) => [a.name, a.status])).toEqual([
      ['Globex Corporation', 'customer'],
      ['Initech, Inc.', 'target'],
      ['Umbrella SAS', 'churned'],
      ['Vandelay Industries', 'customer'],
      ['Hooli', null],
    ]);
    expect(byName(book.accounts, 'Initech, Inc.')).toMatchObject({ industry: null, employees: null, domain: 'initech.com' });
    expect(problems).toEqual([{ line: 3, message: 'Employees "lots" is not a number or a range, read as unknown' }]);
    expect(byName(book.accounts, 'Umbrella SAS').domain).toBe('umbrella.fr');
  });

  it('Pipedrive: Name, Address, Owner, Label (several labels, DNC among them)', async () => {
    const { book } = await importBook(fixture('pipedrive-organizations.csv'));
    expect(book.accounts.map((a) => [a.name, a.owner, a.status])).toEqual([
      ['Stark Nordic AB', 'Pepper Potts', 'customer'],
      ['Oy Sauna Tech', 'Pepper Potts', 'target'],
      ['Wayne Enterprises', 'Lucius Fox', 'do-not-contact'],
    ]);
    expect(book.accounts[0]).toMatchObject({ location: 'Drottninggatan 1, 111 51 Stockholm, Sweden', linkedinUrl: 'https://www.linkedin.com/company/stark-nordic/', employees: { min: 51, max: 200 } });
  });

  it('a ";" export from German Excel with a "sep=" line', async () => {
    const { book, preview } = await importBook(fixture('european-semicolon.csv'));
    expect(preview.delimiter).toBe(';');
    expect(book.accounts.map((a) => [a.name, a.domain, a.status])).toEqual([
      ['Schmidt & Söhne KG', 'schmidt-soehne.de', 'customer'],
      ['Café Zürich AG', 'cafe-zuerich.ch', 'target'],
    ]);
  });

  it('the mapping override reads another column as the owner and can turn status off', async () => {
    const csv = 'Account Name,Account Owner,Account Manager,Type\nGlobex,Hank,Marge,Customer - Direct\n';
    const { book, preview } = await importBook(csv, { mapping: { owner: 'Account Manager', status: null } });
    expect(book.accounts[0]).toMatchObject({ owner: 'Marge', status: null });
    expect(preview.unmapped.map((u) => u.header)).toEqual(['Account Owner', 'Type']);
  });

  it('a syntax error names the line; a file without any key column is refused with its columns', async () => {
    await expect(importBook('Account Name,Type\nA,Customer\n"B,Prospect\n')).rejects.toThrow(CsvSyntaxError);
    await expect(importBook('Account Name,Type\nA,Customer\n"B,Prospect\n')).rejects.toThrow(/^line 3:/);
    await expect(importBook('Owner,Type\nHank,Customer\n')).rejects.toThrow(/no company name, domain or LinkedIn company column found \(columns: Owner, Type\)/);
  });
});

describe('status table', () => {
  it.each([
    [['customer'], 'customer'],
    [['Evangelist'], 'customer'],
    [['Customer - Direct'], 'customer'],
    [['Customer - Channel'], 'customer'],
    [['opportunity'], 'open-opportunity'],
    [['lead'], 'target'],
    [['marketingqualifiedlead'], 'target'],
    [['Sales Qualified Lead'], 'target'],
    [['Prospect'], 'target'],
    [['Former Customer'], 'churned'],
    [['Churned'], 'churned'],
    [['Other'], null],
    [['Partner'], null],
    [[''], null],
    [['Customer', 'DNC'], 'do-not-contact'],
    [['lead; do_not_contact'], 'do-not-contact'],
    [['Hot lead, Customer'], 'customer'],
  ] as const)('%j → %s', (cells, status) => {
    expect(statusFrom(cells)).toBe(status);
  });
  it('a yes/no Do Not Contact column', () => {
    expect(statusFrom(['Customer'], ['true'])).toBe('do-not-contact');
    expect(statusFrom(['Customer'], ['false'])).toBe('customer');
  });
});

describe('keys', () => {
  it('registrable domains, public-suffix aware', () => {
    expect(registrableDomain('https://shop.acme.co.uk/pricing?x=1')).toBe('acme.co.uk');
    expect(registrableDomain('WWW.Acme.com')).toBe('acme.com');
    expect(registrableDomain('info@acme.de')).toBe('acme.de');
    expect(registrableDomain('acme.github.io')).toBe('acme.github.io');
    for (const bad of ['acme', 'localhost', '10.0.0.1', 'not a domain', '']) expect(registrableDomain(bad)).toBeNull();
  });
  it('LinkedIn company URLs in one form', () => {
    for (const u of ['linkedin.com/company/Acme-Inc', 'https://de.linkedin.com/company/acme-inc/about/', 'http://www.linkedin.com/company/acme-inc?trk=x', 'www.linkedin.com/company/acme-inc']) {
      expect(normalizeLinkedinCompanyUrl(u)).toBe('https://www.linkedin.com/company/acme-inc/');
    }
    expect(normalizeLinkedinCompanyUrl('https://www.linkedin.com/in/dana/')).toBeNull();
    expect(normalizeLinkedinCompanyUrl('https://evil.example/company/acme/')).toBeNull();
  });
  it('names without legal forms, accents folded', () => {
    const same = ['Müller GmbH', 'Muller', 'MÜLLER G.m.b.H.'];
    for (const n of same) expect(normalizeCompanyName(n)).toBe('muller');
    expect(normalizeCompanyName('Acme, Inc.')).toBe('acme');
    for (const n of ['Stark Nordic AB', 'Stark Nordic A.B.']) expect(normalizeCompanyName(n)).toBe('stark nordic');
    for (const [n, key] of [['Umbrella SAS', 'umbrella'], ['Globex S.A.', 'globex'], ['Initech BV', 'initech'], ['Equinor AS', 'equinor'], ['Sauna Oy', 'sauna'], ['Siemens AG', 'siemens'], ['Tesco Ltd', 'tesco']]) {
      expect(normalizeCompanyName(n)).toBe(key);
    }
    // A name that is only a legal form keeps it rather than becoming empty.
    expect(normalizeCompanyName('AG')).toBe('ag');
    expect(normalizeCompanyName('株式会社テスト')).toBe('株式会社テスト');
  });
});

describe('matching order', () => {
  const account = (over: Partial<BookAccount>): BookAccount => ({ name: null, domain: null, linkedinUrl: null, industry: null, employees: null, revenue: null, country: null, region: null, city: null, location: null, owner: null, status: null, line: 2, ...over });
  const byLi = account({ name: 'Alpha by LinkedIn', linkedinUrl: 'https://www.linkedin.com/company/alpha/', owner: 'L' });
  const byDomain = account({ name: 'Alpha by domain', domain: 'alpha.com', owner: 'D' });
  const byNm = account({ name: 'Alpha GmbH', owner: 'N' });
  const index = createBookIndex({ accounts: [byNm, byDomain, byLi] });

  it('LinkedIn URL, then domain, then name', () => {
    const page = { linkedinUrl: 'https://de.linkedin.com/company/alpha/about/', domain: 'https://www.alpha.com/', name: 'Alpha Inc.' };
    expect(index.match(page)).toEqual({ account: byLi, matchedBy: 'linkedin' });
    expect(index.match({ ...page, linkedinUrl: null })).toEqual({ account: byDomain, matchedBy: 'domain' });
    expect(index.match({ ...page, linkedinUrl: 'https://www.linkedin.com/company/other/', domain: 'other.com' })).toEqual({ account: byNm, matchedBy: 'name' });
    expect(index.match({ name: 'Beta' })).toBeNull();
    expect(index.match({})).toBeNull();
  });

  it('a name shared by accounts with different domains does not match; duplicates keep the first', () => {
    const a = account({ name: 'Apex Ltd', domain: 'apex.co.uk', owner: 'UK' });
    const b = account({ name: 'Apex Inc', domain: 'apex.com', owner: 'US' });
    const c = account({ name: 'Apex Inc', domain: 'apex.com', owner: 'US duplicate' });
    const idx = createBookIndex({ accounts: [a, b, c] });
    expect(idx.match({ name: 'Apex' })).toBeNull();
    expect(idx.match({ domain: 'apex.com' })?.account.owner).toBe('US');
  });

  it('book facts as company facts with evidence from the account book', () => {
    const { company, evidence } = bookCompany(account({ name: 'Alpha', domain: 'alpha.com', industry: 'Software Development', employees: { min: 51, max: 200 }, city: 'Boston', country: 'United States', line: 9 }), 'domain');
    expect(company).toMatchObject({ name: 'Alpha', domain: 'alpha.com', industry: 'Software Development', employees: { min: 51, max: 200 }, headquarters: 'Boston, United States' });
    expect(evidence['company.industry']).toEqual({ source: 'account book', snippet: 'book line 9 (matched by domain): Software Development' });
  });

  it('book revenue reaches the revenue criterion of a page score (it used to be dropped)', async () => {
    const { scorePage } = await import('@/lib/scoring');
    const { loadStarterPack } = await import('@/lib/profiles/starter');
    const fromBook = bookCompany(account({ name: 'Alpha', domain: 'alpha.com', revenue: { min: 40_000_000, max: 40_000_000 }, line: 4 }), 'linkedin');
    expect(fromBook.revenue).toEqual({ min: 40_000_000, max: 40_000_000 });
    expect(fromBook.evidence.revenue).toEqual({ source: 'account book', snippet: 'book line 4 (matched by linkedin): revenue 40000000–40000000 USD' });
    const page = { url: 'https://www.linkedin.com/in/x/', kind: 'linkedin-person' as const, person: { name: 'X', headline: null, title: 'CEO', company: 'Alpha', companyLinkedinUrl: null, location: null, linkedinUrl: null }, people: [], company: null, evidence: {}, missing: [] };
    const revenueOf = (scored: ReturnType<typeof scorePage>) => scored.account!.ranked.find((r) => r.icpId === 'mid-market-saas')!.criteria.find((c) => c.id === 'revenue')!;
    const withRevenue = scorePage(page, loadStarterPack(), { account: fromBook.company, accountEvidence: fromBook.evidence, revenue: fromBook.revenue });
    expect(revenueOf(withRevenue)).toMatchObject({ status: 'matched', evidence: { source: 'account book', field: 'revenue' } });
    // Without it the criterion stays unknown: the test can fail.
    expect(revenueOf(scorePage(page, loadStarterPack(), { account: fromBook.company, accountEvidence: fromBook.evidence })).status).toBe('unknown');
  });
});

describe('book file', () => {
  it('round-trips through JSON and the schema; refuses other files with a sentence', async () => {
    const { book } = await importBook(fixture('salesforce-accounts.csv'));
    const parsed = parseBookJson(JSON.stringify(book));
    expect(parsed).toEqual({ ok: true, book });
    expect(parseBookJson('{"format":"leadfit-account-book","version":2}')).toEqual({ ok: false, error: 'the book is version 2; this LeadFit reads version 1: update LeadFit' });
    expect(parseBookJson('{"id":"pack"}')).toMatchObject({ ok: false, error: expect.stringMatching(/not an account book/) });
    expect(parseBookJson('{')).toMatchObject({ ok: false, error: expect.stringMatching(/not JSON/) });
    const bad = { ...book, accounts: [{ ...book.accounts[0], status: 'vip' }] };
    expect(parseBookJson(JSON.stringify(bad))).toMatchObject({ ok: false, error: expect.stringMatching(/accounts\.0\.status/) });
    const long = { ...book, accounts: [{ ...book.accounts[0], owner: 'x'.repeat(301) }] };
    expect(parseBookJson(JSON.stringify(long)).ok).toBe(false);
  });
});
