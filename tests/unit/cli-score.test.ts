// @vitest-environment node
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { main, nodeIo } from '../../cli/leadfit';
import { fakeIo } from '../helpers/cli-io';


const pages = join(__dirname, '../e2e/pages');

describe('leadfit extract', () => {
  it('prints the observation contract as JSON', async () => {
    const { io, out } = fakeIo();
    const code = await main(['extract', join(pages, 'linkedin-company-northwind.html'), '--url', 'https://www.linkedin.com/company/northwind-analytics/'], io);
    expect(code).toBe(0);
    const obs = JSON.parse(out());
    expect(Object.keys(obs)).toEqual(['url', 'kind', 'person', 'people', 'company', 'evidence', 'missing']);
    expect(obs).toMatchObject({ kind: 'linkedin-company', company: { name: 'Northwind Analytics', employees: { min: 201, max: 500 } } });
  });
  it('a missing --url is a usage error (exit 2)', async () => {
    const { io, err } = fakeIo();
    expect(await main(['extract', join(pages, 'linkedin-company-northwind.html')], io)).toBe(2);
    expect(err()).toMatch(/--url/);
  });
});

describe('leadfit score', () => {
  it('scores a saved page against the starter pack', async () => {
    const { io, out } = fakeIo();
    expect(await main(['score', join(pages, 'linkedin-company-northwind.html'), '--url', 'https://www.linkedin.com/company/northwind-analytics/'], io)).toBe(0);
    const { scored } = JSON.parse(out());
    expect(scored.account.best.criteria.length).toBeGreaterThan(3);
    expect(scored.packVersion).toBe(1);
  });

  it('scores a CRM export: every row comes out in order, unreadable cells are unknown with a Note', async () => {
    const csv = [
      'Company Name,Website,Industry,Number of Employees,Annual Revenue,Billing Country,Job Title,First Name,Last Name',
      'Northwind Analytics,northwind-analytics.com,Software Development,250,$40M,United States,VP of Sales,Dana,Whitfield',
      'Tiny Bakery,tinybakery.example,Food and Beverage Services,2-10,,France,Owner,Anne,Boulanger',
      'Broken Co,broken.example,Software Development,lots,,Germany,CFO,Max,Muster',
      ',,,,,,,,',
      '"Quote, Inc",quote.example,IT Services and IT Consulting,"1,001-5,000",€1.2bn,Germany,Head of RevOps,Kim,Lee',
      'Short,row',
    ].join('\n');
    const { io, out, err } = fakeIo({ 'accounts.csv': csv });
    expect(await main(['score', 'accounts.csv'], io)).toBe(0);
    const rows = parse(out(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['Company Name'])).toEqual(['Northwind Analytics', 'Tiny Bakery', 'Broken Co', '', 'Quote, Inc', 'Short']);
    // Technologies, keywords and growth are not in the export: 70 certain, 100 possible, so no letter yet.
    expect(rows[0]).toMatchObject({ Score: '100', 'Score Min': '70', 'Score Max': '100', Tier: '', 'Tier Range': 'A–B', Coverage: '70', 'Best ICP': 'Mid-market B2B SaaS', 'Best Persona': 'Sarah the Sales Director', 'Pack Version': '1', Note: '' });
    expect(rows[0]!.Reasons).toMatch(/Company size: matched/);
    expect(rows[1]!.Tier).toBe('D');
    // The unreadable size is unknown, not a miss: the row is still scored, and says why.
    expect(rows[2]!.Note).toBe('Employees "lots" is not a number or a range, read as unknown.');
    expect(rows[2]!['Score Max']).not.toBe('');
    expect(rows[2]!.Reasons).not.toMatch(/Company size/);
    expect(rows[3]!.Note).toMatch(/no company name or domain; not scored/i);
    expect(rows[3]!.Score).toBe('');
    expect(rows[4]!['Best Persona']).toBe('Mike the RevOps Manager');
    expect(rows[5]!.Note).toMatch(/row has 2 of the header's 9 cells/i);
    expect(rows[5]!.Website).toBe('row');
    expect(err()).toMatch(/line 4: Employees "lots"/);
    expect(err()).toMatch(/line 5: No company name or domain/);
    expect(err()).toMatch(/6 row\(s\) read and written, 5 scored .*, 1 not scored, 3 with a note/);
  });

  it('a bad pack file is refused with its errors', async () => {
    const { io, err } = fakeIo({ 'pack.json': '{"id":"x","version":"two"}', 'a.csv': 'company\nAcme\n' });
    expect(await main(['score', '--pack', 'pack.json', 'a.csv'], io)).toBe(1);
    expect(err()).toMatch(/version/);
  });

  it('--out writes formula-looking cells as text (the same writer as the extension export)', async () => {
    const { mkdtemp, readFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'leadfit-cli-'));
    const hostile = ['=HYPERLINK("http://evil.example","x")', '+1 555 0100', '-2+3', '@SUM(A1:A9)', '\tTabbed', '\rReturned'];
    const csv = [
      'Company Name,Website,Notes,=Header',
      ...hostile.map((h, i) => `"${h.replace(/"/g, '""')} ${i}",site${i}.example,"${h.replace(/"/g, '""')}",x`),
    ].join('\n');
    const { io, err } = fakeIo({ 'crm.csv': csv });
    expect(await main(['score', 'crm.csv', '--out', join(dir, 'scored.csv')], io)).toBe(0);
    expect(err()).toMatch(/6 row\(s\) read and written, 6 scored/);
    const written = await readFile(join(dir, 'scored.csv'), 'utf8');
    const rows = parse(written, { relax_quotes: true }) as string[][];
    expect(rows[0]![3]).toBe("'=Header");
    for (const [i, h] of hostile.entries()) {
      expect(rows[i + 1]![0]).toBe(`'${h} ${i}`);
      expect(rows[i + 1]![2]).toBe(`'${h}`);
    }
    // No cell of the file starts a formula.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('--pack refuses a pack over the size limit, or with a prototype-named variable, with a sentence', async () => {
    const big = JSON.stringify({ id: 'x', changeNotes: 'y'.repeat(2_100_000) });
    const { io, err } = fakeIo({ 'big.json': big, 'a.csv': 'company\nAcme\n' });
    expect(await main(['score', '--pack', 'big.json', 'a.csv'], io)).toBe(1);
    expect(err()).toMatch(/big\.json is not a valid pack:\n\s+the pack is more than 2\.1 MB, larger than the limit of 2 MB/);
    const pack = JSON.parse(await (await import('node:fs/promises')).readFile(join(__dirname, '../../assets/starter-pack.json'), 'utf8'));
    pack.icps[0].talkingPoints = [{ id: 'x', text: 'Hi {{constructor}}' }];
    const hostile = fakeIo({ 'p.json': JSON.stringify(pack), 'a.csv': 'company\nAcme\n' });
    expect(await main(['score', '--pack', 'p.json', 'a.csv'], hostile.io)).toBe(1);
    expect(hostile.err()).toMatch(/icps\[0\]\.talkingPoints\[0\]\.text: unknown variable \{\{constructor\}\}/);
  });
});

describe('CRM files that round-trip (issue #11)', () => {
  const crm = join(__dirname, '../fixtures/crm');
  const tmp = async () => {
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    return mkdtemp(join(tmpdir(), 'leadfit-crm-'));
  };
  /** The real command line's io (files streamed from disk), with stdout and stderr captured. */
  const diskIo = () => {
    const fake = fakeIo();
    return { ...fake, io: { ...fake.io, openRead: nodeIo.openRead } };
  };

  it('N rows in, N rows out from a streamed file, broken rows included, in order, with a UTF-8 BOM for Excel', async () => {
    const { writeFile, readFile } = await import('node:fs/promises');
    const dir = await tmp();
    const rows = [
      'Acme,acme.com,Software Development,250,"multi\nline note"',
      'Bad Size,badsize.com,Software Development,a few,',
      'Bad Domain,not a domain,Retail,10,',
      ',,,,',
      'Extra,extra.com,Retail,10,note,SURPRISE',
      'Short,short.com',
      '"=cmd|\' /C calc\'!A0",formula.com,Retail,10,',
    ];
    await writeFile(join(dir, 'in.csv'), ['Company name,Company Domain Name,Industry,Number of Employees,Notes', ...rows].join('\r\n'));
    const { io, err } = diskIo();
    expect(await main(['score', join(dir, 'in.csv'), '--out', join(dir, 'out.csv')], io)).toBe(0);
    const written = await readFile(join(dir, 'out.csv'), 'utf8');
    expect(written.startsWith('\uFEFFCompany name,')).toBe(true);
    const out = parse(written, { bom: true, columns: true }) as Record<string, string>[];
    expect(out).toHaveLength(rows.length);
    expect(out.map((r) => r['Company name'])).toEqual(['Acme', 'Bad Size', 'Bad Domain', '', 'Extra', 'Short', "'=cmd|' /C calc'!A0"]);
    expect(out[0]!.Notes).toBe('multi\nline note');
    expect(out[0]!.Note).toBe('');
    expect(out[1]!.Note).toMatch(/employees "a few" is not a number or a range, read as unknown/i);
    expect(out[1]!.Score).not.toBe('');
    expect(out[2]!.Note).toMatch(/Company Domain Name "not a domain" is not a domain or web address, read as unknown/);
    expect(out[2]!.Score).not.toBe('');
    expect(out[3]!.Note).toMatch(/not scored/);
    expect(out[4]!.Note).toMatch(/the extra cells were "SURPRISE"/);
    expect(out[5]!.Note).toMatch(/row has 2 of the header's 5 cells/i);
    for (const r of out) expect(Number(r.Coverage ?? 'x') >= 0 || r.Coverage === '').toBe(true);
    expect(out[0]!.Coverage).toMatch(/^\d{1,3}$/);
    expect(err()).toMatch(/7 row\(s\) read and written, 6 scored/);
  });

  it('an unclosed quote stops with the line and exit 1; an existing --out file is left as it was', async () => {
    const { writeFile, readFile, readdir } = await import('node:fs/promises');
    const dir = await tmp();
    await writeFile(join(dir, 'in.csv'), 'Company,Website\nAcme,acme.com\nBeta,beta.com\n"Gamma, Inc,gamma.com\nDelta,delta.com\n');
    await writeFile(join(dir, 'out.csv'), 'yesterday,s,result\n');
    const { io, err } = diskIo();
    expect(await main(['score', join(dir, 'in.csv'), '--out', join(dir, 'out.csv')], io)).toBe(1);
    expect(err()).toMatch(/in\.csv: line 4: a quoted cell starts here and is never closed.*out\.csv was not written/);
    expect(await readFile(join(dir, 'out.csv'), 'utf8')).toBe('yesterday,s,result\n');
    expect(await readdir(dir)).toEqual(['in.csv', 'out.csv']);
  });

  it('a scored file scored again keeps every column and row; the new verdict columns are prefixed', async () => {
    const first = fakeIo({ 'a.csv': 'Company,Website,Note\nAcme,acme.com,call back\nBeta,beta.com,\n' });
    expect(await main(['score', 'a.csv'], first.io)).toBe(0);
    const again = fakeIo({ 'scored.csv': first.out() });
    expect(await main(['score', 'scored.csv'], again.io)).toBe(0);
    const [head, ...rows] = parse(again.out()) as string[][];
    expect(head!.slice(0, 3)).toEqual(['Company', 'Website', 'Note']);
    expect(head).toContain('Score');
    expect(head).toContain('LeadFit Score');
    expect(head!.at(-1)).toBe('LeadFit Note 2'); // 'LeadFit Note' was already the first run's
    expect(new Set(head).size).toBe(head!.length);
    expect(rows.map((r) => [r[0], r[2]])).toEqual([['Acme', 'call back'], ['Beta', '']]);
  });

  it('an --out that is not .csv is refused before anything is read', async () => {
    const { io, err } = fakeIo({ 'a.csv': 'Company\nAcme\n' });
    expect(await main(['score', 'a.csv', '--out', 'scored.xlsx'], io)).toBe(2);
    expect(err()).toMatch(/--out must name a \.csv file/);
  });

  it('a ";" export with Excel\'s BOM; Salesforce "Other" industry is unknown, not a miss', async () => {
    const text = '\uFEFFAccount Name;Website;Industry;Employees;Billing Country\nInitech;initech.com;Other;250;United States\nSoftCo;softco.com;Retail;250;United States\n';
    const { io, out } = fakeIo({ 'sf.csv': text });
    expect(await main(['score', 'sf.csv'], io)).toBe(0);
    const rows = parse(out(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['Account Name'])).toEqual(['Initech', 'SoftCo']);
    expect(rows[0]!.Reasons).not.toMatch(/Industry: missed/);
    expect(rows[1]!.Reasons).toMatch(/Industry: missed/);
    expect(Number(rows[0]!['Score Max'])).toBeGreaterThan(Number(rows[1]!['Score Max']));
  });

  it('each CRM fixture scores with every row out', async () => {
    for (const [file, rows] of [['hubspot-companies.csv', 7], ['salesforce-accounts.csv', 5], ['pipedrive-organizations.csv', 3], ['european-semicolon.csv', 2]] as const) {
      const { io, out } = diskIo();
      expect(await main(['score', join(crm, file)], io)).toBe(0);
      expect(parse(out(), { columns: true })).toHaveLength(rows);
    }
  });
});

describe('leadfit accounts import and score --book', () => {
  const crm = join(__dirname, '../fixtures/crm');
  /** A minimal public LinkedIn person page (JSON-LD, as LinkedIn serves it) written to a temporary file. */
  const personPage = async (name: string, worksFor: Record<string, string>) => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const file = join(await mkdtemp(join(tmpdir(), 'leadfit-page-')), 'person.html');
    const ld = { '@context': 'http://schema.org', '@graph': [{ '@type': 'Person', name, jobTitle: ['VP of Sales'], worksFor: [{ '@type': 'Organization', ...worksFor }], url: 'https://www.linkedin.com/in/someone' }] };
    await writeFile(file, `<!doctype html><html><head><title>${name}</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><h1>${name}</h1></body></html>`);
    return [file, '--url', 'https://www.linkedin.com/in/someone/'];
  };

  it('writes a versioned book, prints the preview and the counts; refuses an --out that is not .json', async () => {
    const { mkdtemp, readFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'leadfit-book-'));
    const { io, out, err } = fakeIo();
    expect(await main(['accounts', 'import', join(crm, 'hubspot-companies.csv'), '--out', join(dir, 'book.json')], io)).toBe(0);
    expect(out()).toMatch(/owner\s+← Company owner\s+e\.g\. "Dana Reyes", "Jonas Weber", "Jonas Weber"/);
    expect(out()).toMatch(/Not used:\n\s+Record ID/);
    expect(out()).toMatch(/7 row\(s\), 6 account\(s\) \(customer 1, open-opportunity 1, target 2, do-not-contact 1, none 1\), 1 problem\(s\)/);
    expect(err()).toMatch(/line 8: no company name/);
    const book = JSON.parse(await readFile(join(dir, 'book.json'), 'utf8'));
    expect(book).toMatchObject({ format: 'leadfit-account-book', version: 1 });
    expect(book.accounts).toHaveLength(6);

    const bad = fakeIo();
    expect(await main(['accounts', 'import', join(crm, 'hubspot-companies.csv'), '--out', join(dir, 'book.csv')], bad.io)).toBe(2);
    expect(bad.err()).toMatch(/--out must name a \.json file/);
  });

  it('an unclosed quote in the export: exit 1 naming the line, no book written', async () => {
    const { mkdtemp, readdir } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'leadfit-book-'));
    const { io, err } = fakeIo({ 'sf.csv': 'Account Name,Type\nGlobex,Customer\n"Initech,Prospect\nHooli,Competitor\n' });
    expect(await main(['accounts', 'import', 'sf.csv', '--out', join(dir, 'b.json')], io)).toBe(1);
    expect(err()).toMatch(/sf\.csv: line 3: a quoted cell starts here and is never closed/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('--book with a CRM export to score is a usage error, not silently ignored', async () => {
    const { io, err } = fakeIo({ 'a.csv': 'Company\nAcme\n', 'b.csv': 'Account Name\nAcme\n' });
    expect(await main(['score', '--book', 'b.csv', 'a.csv'], io)).toBe(2);
    expect(err()).toMatch(/--book completes the score of a saved page/);
  });

  it('--map corrects the mapping', async () => {
    const { mkdtemp, readFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'leadfit-book-'));
    const { io } = fakeIo({ 'sf.csv': 'Account Name,Account Owner,Account Manager,Type\nGlobex,Hank,Marge,Customer - Direct\n' });
    expect(await main(['accounts', 'import', 'sf.csv', '--out', join(dir, 'b.json'), '--map', 'owner=Account Manager;status='], io)).toBe(0);
    const book = JSON.parse(await readFile(join(dir, 'b.json'), 'utf8'));
    expect(book.accounts[0]).toMatchObject({ owner: 'Marge', status: null });
  });

  it('score --book (CSV or the imported JSON): a person page at a book company gets the book facts and scored.account.book', async () => {
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'leadfit-book-'));
    const dana = await personPage('Dana Whitfield', { name: 'Northwind Analytics', url: 'https://www.linkedin.com/company/northwind-analytics' });
    const plain = fakeIo();
    expect(await main(['score', ...dana], plain.io)).toBe(0);
    expect(JSON.parse(plain.out()).scored.account).toBeNull();

    expect(await main(['accounts', 'import', join(crm, 'hubspot-companies.csv'), '--out', join(dir, 'book.json')], fakeIo().io)).toBe(0);
    for (const book of [join(crm, 'hubspot-companies.csv'), join(dir, 'book.json')]) {
      const { io, out } = fakeIo();
      expect(await main(['score', '--book', book, ...dana], io)).toBe(0);
      const { scored } = JSON.parse(out());
      expect(scored.account.book).toEqual({ name: 'Northwind Analytics', owner: 'Dana Reyes', status: 'customer', matchedBy: 'linkedin' });
      const industry = scored.account.best.criteria.find((c: { id: string }) => c.id === 'industries');
      expect(industry).toMatchObject({ status: 'matched', evidence: { source: 'account book' } });
    }
  });

  it('by name when the page gives no company URL (legal forms ignored); a page whose company is not in the book says so', async () => {
    const hank = await personPage('Hank Scorpio', { name: 'Globex Corp.' });
    const { io, out } = fakeIo();
    expect(await main(['score', '--book', join(crm, 'salesforce-accounts.csv'), ...hank], io)).toBe(0);
    const { scored } = JSON.parse(out());
    expect(scored.account.book).toEqual({ name: 'Globex Corporation', owner: 'Hank Scorpio', status: 'customer', matchedBy: 'name' });

    const dana = await personPage('Dana Whitfield', { name: 'Northwind Analytics', url: 'https://www.linkedin.com/company/northwind-analytics' });
    const miss = fakeIo({ 'b.csv': 'Account Name,Website,Type\nGlobex,globex.com,Customer\n' });
    expect(await main(['score', '--book', 'b.csv', ...dana], miss.io)).toBe(0);
    expect(JSON.parse(miss.out()).scored.account).toBeNull();
    expect(miss.err()).toMatch(/no account in the book matches/);
  });
});
