import { BOOK_FORMAT, BOOK_VERSION, type Book, type BookAccount } from '../../lib/book/schema';

/**
 * A synthetic account book of `count` accounts, shaped like a CRM export after import: every
 * field filled the way real rows are (some empty), names and domains all different, so gzip
 * ratios and sizes are those of a real book rather than of repeated text. Deterministic, so
 * two calls give the same bytes (and the same ETag). Used by the server tests and the bench.
 */
const INDUSTRIES = ['Software Development', 'Financial Services', 'Hospital & Health Care', 'Logistics', 'Retail', 'Manufacturing', null] as const;
const COUNTRIES = ['United States', 'Germany', 'United Kingdom', 'France', 'Netherlands', 'Canada', null] as const;
const OWNERS = ['Maria Lopez', 'Joe Bloggs', 'Aiko Tanaka', 'Priya Raman', null] as const;
const STATUSES = ['customer', 'open-opportunity', 'target', 'churned', 'do-not-contact', null] as const;
const SYLLABLES = ['ac', 'me', 'lo', 'vi', 'tra', 'nex', 'ora', 'bel', 'quo', 'zen', 'dar', 'wyn', 'pix', 'sol', 'tek', 'mar'];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

/** A pronounceable, unique name for account i ("Lovitra Nexora 1234"). */
function nameOf(i: number): string {
  let n = i;
  let word = '';
  for (let k = 0; k < 3; k++) {
    word += pick(SYLLABLES, n);
    n = Math.floor(n / SYLLABLES.length) + k * 7;
  }
  return `${word[0]!.toUpperCase()}${word.slice(1)} ${pick(['Systems', 'Group', 'GmbH', 'Labs', 'Logistics', 'Health'], i)} ${i}`;
}

export function syntheticBook(count: number, importedAt = '2026-11-01T09:00:00.000Z'): Book {
  const accounts: BookAccount[] = [];
  for (let i = 0; i < count; i++) {
    const name = nameOf(i);
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const employees = (i * 37) % 5000;
    accounts.push({
      name,
      domain: i % 11 === 0 ? null : `${slug}.${pick(['com', 'de', 'co.uk', 'io'], i)}`,
      linkedinUrl: i % 5 === 0 ? null : `https://www.linkedin.com/company/${slug}/`,
      industry: pick(INDUSTRIES, i),
      employees: i % 4 === 0 ? null : { min: employees, max: employees * 2 + 10 },
      revenue: i % 3 === 0 ? null : { min: employees * 100_000, max: null },
      country: pick(COUNTRIES, i),
      region: null,
      city: i % 2 === 0 ? pick(['Berlin', 'Austin', 'Leeds', 'Lyon'], i) : null,
      location: null,
      owner: pick(OWNERS, i),
      status: pick(STATUSES, i),
      line: i + 2,
    });
  }
  return { format: BOOK_FORMAT, version: BOOK_VERSION, importedAt, columns: { name: 'Company name', domain: 'Company Domain Name', owner: 'Company owner' }, accounts };
}
