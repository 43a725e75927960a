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
    // Technologies, keywords and growth are not in the export: 70 certain, 100 possible, so no letter yet.
    expect(rows[0]).toMatchObject({ Score: '100', 'Score Min': '70', 'Score Max': '100', Tier: '', 'Tier Range': 'A–B', 'Best ICP': 'Mid-market B2B SaaS', 'Best Persona': 'Sarah the Sales Director', 'Pack Version': '1' });
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
    expect(err()).toMatch(/6 row\(s\) scored/);
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
