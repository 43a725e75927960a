// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBook } from '@/lib/book';
import { detectCrm } from '@/lib/book/crm-kind';

/** The CRM a book import looks like, for the Options preview's "Detected" line (a label only). */
const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/crm', name), 'utf8');

describe('detectCrm', () => {
  it.each([
    ['hubspot-companies.csv', 'hubspot'],
    ['hubspot-book.csv', 'hubspot'],
    ['salesforce-accounts.csv', 'salesforce'],
    ['pipedrive-organizations.csv', 'pipedrive'],
  ] as const)('%s → %s', async (file, kind) => {
    const { preview } = await importBook(fixture(file));
    expect(detectCrm(preview.headers)).toBe(kind);
  });

  it('prefixed Pipedrive headers; a file with only generic names is no CRM in particular', () => {
    expect(detectCrm(['Organization - Name', 'Organization - Owner', 'Organization - Label', 'Organization - Address'])).toBe('pipedrive');
    expect(detectCrm(['Company', 'Domain', 'Owner'])).toBeNull();
    expect(detectCrm([])).toBeNull();
  });
});
