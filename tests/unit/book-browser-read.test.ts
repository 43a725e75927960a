// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBook } from '@/lib/book';
import { importBookFrom } from '@/lib/book/import-core';
import { blobChunks, CsvSyntaxError, openCsv as openCsvBrowser } from '@/lib/crm/read-browser';

/**
 * Options reads the CRM export in the page with csv-parse's browser build (lib/crm/read-browser.ts)
 * from `Blob.stream()`: the same book, problems and errors as the CLI's Node build, in chunks.
 */
const bytes = (name: string) => readFileSync(join(__dirname, '../fixtures/crm', name));
const now = new Date('2026-11-29T00:00:00Z');

describe('the browser reader gives what the CLI gives', () => {
  it.each(['hubspot-companies.csv', 'hubspot-book.csv', 'salesforce-accounts.csv', 'pipedrive-organizations.csv', 'european-semicolon.csv'])('%s', async (name) => {
    const file = bytes(name);
    const node = await importBook(file.toString('utf8'), { now });
    // A Blob read in 64 KB chunks, as Options reads the picked file; progress reported on the way.
    const web = await importBookFrom(await openCsvBrowser(blobChunks(new Blob([file]))), { now, onProgress: () => undefined });
    expect(web.book).toEqual(node.book);
    expect(web.problems).toEqual(node.problems);
    expect(web.preview).toEqual(node.preview);
  });

  it('a big export in small chunks: every row, progress on the way, Windows-1252 accents read', async () => {
    const lines = ['Account Name;Website;Account Owner;Type'];
    for (let i = 0; i < 5000; i++) lines.push(`Müller ${i} GmbH;mueller${i}.de;Jürgen;${i % 2 ? 'Customer - Direct' : 'Prospect'}`);
    const latin1 = Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
    const progress: number[] = [];
    const chunks = async function* () {
      for (let i = 0; i < latin1.length; i += 1000) yield new Uint8Array(latin1.subarray(i, i + 1000));
    };
    const { book, preview } = await importBookFrom(await openCsvBrowser(chunks()), { onProgress: (rows) => progress.push(rows) });
    expect(preview).toMatchObject({ rows: 5000, accounts: 5000, encoding: 'windows-1252', delimiter: ';' });
    expect(book.accounts[4999]).toMatchObject({ name: 'Müller 4999 GmbH', domain: 'mueller4999.de', owner: 'Jürgen', status: 'customer', line: 5001 });
    expect(progress).toEqual([2000, 4000]);
  });

  it('an unclosed quote: CsvSyntaxError naming the line, as in the CLI', async () => {
    const csv = 'Company name,Company owner\nAcme,Ann\n"Broken,Bob\nOther,Cy\n';
    const err = await importBookFrom(await openCsvBrowser(blobChunks(new Blob([csv])))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CsvSyntaxError);
    expect((err as CsvSyntaxError).line).toBe(3);
  });
});
