// @vitest-environment node
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/leadfit';
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

  it('scores a CRM export; bad rows are reported with their line and skipped, the rest all written', async () => {
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
    expect(rows.map((r) => r['Company Name'])).toEqual(['Northwind Analytics', 'Tiny Bakery', 'Quote, Inc']);
    expect(rows[0]).toMatchObject({ Tier: expect.stringMatching(/^[ABC]$/), 'Best ICP': 'Mid-market B2B SaaS', 'Best Persona': 'Sarah the Sales Director', 'Pack Version': '1' });
    expect(rows[0]!.Reasons).toMatch(/Company size: matched/);
    expect(rows[1]!.Tier).toBe('D');
    expect(rows[2]!['Best Persona']).toBe('Mike the RevOps Manager');
    expect(err()).toMatch(/line 4: employees "lots" is not a number or a range; row skipped/);
    expect(err()).toMatch(/line 5: no company name or domain/);
    expect(err()).toMatch(/line 7: /);
    expect(err()).toMatch(/3 row\(s\) scored .* 3 skipped/);
  });

  it('a bad pack file is refused with its errors', async () => {
    const { io, err } = fakeIo({ 'pack.json': '{"id":"x","version":"two"}', 'a.csv': 'company\nAcme\n' });
    expect(await main(['score', '--pack', 'pack.json', 'a.csv'], io)).toBe(1);
    expect(err()).toMatch(/version/);
  });
});
