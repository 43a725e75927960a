import { describe, expect, it } from 'vitest';
import { accountsToCsv, csvCell, CSV_COLUMNS } from '@/lib/accounts/csv';
import type { AccountRecord } from '@/lib/accounts/types';
import { emptyCompany, emptyPerson } from '@/lib/observation-empty';

function account(over: Partial<AccountRecord> = {}): AccountRecord {
  return {
    key: 'li:northwind-analytics',
    aliases: ['li:northwind-analytics'],
    company: {
      ...emptyCompany(),
      name: 'Northwind Analytics',
      website: 'https://northwind.example',
      linkedinUrl: 'https://www.linkedin.com/company/northwind-analytics/',
    },
    contacts: [],
    score: 82,
    tier: 'A',
    coverage: 0.9,
    icpId: 'mid-market-saas',
    icpName: 'Mid-market B2B SaaS',
    reasons: ['Industry: matched (Software Development)', 'Employees: matched (201-500)'],
    packId: 'starter',
    packVersion: 1,
    outcome: null,
    outcomePackVersion: null,
    pages: [],
    firstSeenAt: '2026-01-01T10:00:00.000Z',
    lastSeenAt: '2026-01-02T10:00:00.000Z',
    ...over,
  };
}

/** Splits CSV text into records (RFC 4180), for checking round trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Northwind')).toBe('Northwind');
    expect(csvCell(82)).toBe('82');
    expect(csvCell(null)).toBe('');
  });
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('a\rb')).toBe('"a\rb"');
  });
  it('guards against formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a=b')).toBe('a=b');
  });
  it('guards a leading tab or carriage return too (spreadsheets strip them, then run the formula)', () => {
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(csvCell('\tplain')).toBe("'\tplain");
    expect(csvCell('a\tb')).toBe('a\tb');
  });
  it('the options export guards every column a page can fill', () => {
    const hostile = ['=cmd|calc', '+49 30 1234', '-1', '@import', '\tHidden', '\rCR'];
    const csv = accountsToCsv(
      hostile.map((h, i) =>
        account({
          key: `li:h${i}`,
          company: { ...emptyCompany(), name: h, website: h, linkedinUrl: h },
          icpName: h,
          reasons: [h],
          contacts: [{ key: `c${i}`, person: { ...emptyPerson(), name: `${h} Smith`, title: h, linkedinUrl: h }, personaId: null, personaName: h, firstSeenAt: h, lastSeenAt: h }],
        }),
      ),
    );
    const rows = parseCsv(csv).slice(1);
    expect(rows).toHaveLength(hostile.length);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[0]![0]).toBe("'=cmd|calc");
    expect(rows[4]![5]).toBe("'\tHidden");
  });
});

describe('accountsToCsv', () => {
  it('writes the header exactly, with CRLF line ends', () => {
    const csv = accountsToCsv([]);
    expect(csv).toBe(CSV_COLUMNS.join(',') + '\r\n');
    expect(CSV_COLUMNS.join(',')).toBe('Company,Website,LinkedIn URL,First Name,Last Name,Title,Tier,Score,ICP,Persona,Reasons,Outcome,Seen At');
  });

  it('writes one row per account without contacts', () => {
    const rows = parseCsv(accountsToCsv([account()]));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual([
      'Northwind Analytics',
      'https://northwind.example',
      'https://www.linkedin.com/company/northwind-analytics/',
      '',
      '',
      '',
      'A',
      '82',
      'Mid-market B2B SaaS',
      '',
      'Industry: matched (Software Development); Employees: matched (201-500)',
      '',
      '2026-01-02T10:00:00.000Z',
    ]);
  });

  it('writes one row per contact', () => {
    const contact = (name: string, title: string, url: string) => ({
      key: url,
      person: { ...emptyPerson(), name, title, linkedinUrl: url },
      personaId: 'sarah-sales-director',
      personaName: 'Sarah the Sales Director',
      firstSeenAt: '2026-01-02T10:00:00.000Z',
      lastSeenAt: '2026-01-03T10:00:00.000Z',
    });
    const csv = accountsToCsv([
      account({
        outcome: 'qualified',
        contacts: [
          contact('Dana Whitfield', 'VP of Sales, North America', 'https://www.linkedin.com/in/dana/'),
          contact('Jean Claude Van Damme', '=cmd|calc', 'https://www.linkedin.com/in/jcvd/'),
        ],
      }),
      account({ key: 'name:acme', company: { ...emptyCompany(), name: 'Acme, "Inc"', domain: 'acme.example' }, score: null, tier: null }),
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    expect(rows[1]!.slice(2, 6)).toEqual(['https://www.linkedin.com/in/dana/', 'Dana', 'Whitfield', 'VP of Sales, North America']);
    expect(rows[1]![9]).toBe('Sarah the Sales Director');
    expect(rows[1]![11]).toBe('qualified');
    expect(rows[1]![12]).toBe('2026-01-03T10:00:00.000Z');
    expect(rows[2]!.slice(3, 6)).toEqual(['Jean', 'Claude Van Damme', "'=cmd|calc"]);
    expect(rows[3]![0]).toBe('Acme, "Inc"');
    expect(rows[3]![1]).toBe('acme.example');
    expect(rows[3]![6]).toBe('');
    expect(csv).toContain('"Acme, ""Inc"""');
  });
});

describe('the Accounts export round-trips through the CRM readers (issue #11)', () => {
  const accounts = () => [
    account(),
    account({ key: 'name:acme', company: { ...emptyCompany(), name: '=HYPERLINK("http://evil.example")', domain: 'acme.example' }, score: null, tier: null }),
    account({ key: 'name:ümlaut', company: { ...emptyCompany(), name: 'Zürich Träume AG', website: 'https://www.zuerich-traeume.ch/de/' } }),
  ];

  it('every exported account comes back from the book import, with the BOM Excel needs', async () => {
    const { importBook } = await import('@/lib/book');
    const { CSV_BOM } = await import('@/lib/crm/score');
    const { book, preview } = await importBook(CSV_BOM + accountsToCsv(accounts()));
    expect(preview.rows).toBe(3);
    expect(book.accounts.map((a) => [a.name, a.domain, a.linkedinUrl])).toEqual([
      ['Northwind Analytics', 'northwind.example', 'https://www.linkedin.com/company/northwind-analytics/'],
      // The formula guard's apostrophe stays: the cell is text, as written.
      ['\'=HYPERLINK("http://evil.example")', 'acme.example', null],
      ['Zürich Träume AG', 'zuerich-traeume.ch', null],
    ]);
  });

  it('every exported row comes back out of `leadfit score`, in order', async () => {
    const { scoreCsvStream } = await import('@/lib/crm/score');
    const { loadStarterPack } = await import('@/lib/profiles/starter');
    let out = '';
    const summary = await scoreCsvStream(accountsToCsv(accounts()), loadStarterPack(), (t) => void (out += t));
    expect(summary).toMatchObject({ rows: 3, scored: 3 });
    const rows = parseCsv(out);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Northwind Analytics', '\'=HYPERLINK("http://evil.example")', 'Zürich Träume AG']);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
