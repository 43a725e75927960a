import { cleanCell, mapColumns, unmappedHeaders, type ColumnMap } from '../crm/columns';
import { fitRow, type CsvEncoding, type CsvReader, type Delimiter } from '../crm/csv-stream';
import { parseEmployeeRange } from '../normalize/employees';
import { parseRevenue } from '../normalize/revenue';
import { normalizeLinkedinCompanyUrl, registrableDomain } from './keys';
import { BOOK_FORMAT, BOOK_LIMITS, BOOK_VERSION, type Book, type BookAccount } from './schema';
import { statusFrom } from './status';

/**
 * A CRM account export turned into an account book (pure: a CSV text or stream in, data out;
 * `leadfit accounts import` and, later, the options page call it). Columns are found by the CRMs'
 * standard export names (lib/crm/columns.ts, the same mapping `leadfit score` uses); `mapping`
 * overrides a role's column ({owner: "Account Manager"}, {status: null} to ignore one).
 * Every row is accounted for: an account, or a problem naming its line. An unreadable cell is
 * unknown (and a problem); a row without name, domain or LinkedIn page cannot be matched and is
 * left out with a problem. A CSV syntax error throws `CsvSyntaxError` naming the line.
 */
export interface ImportOptions {
  mapping?: Record<string, string | null>;
  now?: Date;
  /**
   * Called every `PROGRESS_ROWS` rows with the rows read so far; the import then waits for a
   * macrotask, so a page importing 100k rows keeps painting and answering clicks.
   */
  onProgress?: (rows: number) => void;
}

export const PROGRESS_ROWS = 2000;

export interface PreviewColumn {
  role: string;
  header: string;
  /** Up to 3 non-empty values from the first rows. */
  samples: string[];
}

export interface BookPreview {
  /** The file's header, in order (the preview's column choices). */
  headers: string[];
  delimiter: Delimiter;
  /** How the file's bytes were read (lib/crm/read.ts: UTF-8, UTF-16 with a BOM, or Windows-1252). */
  encoding: CsvEncoding;
  mapped: PreviewColumn[];
  unmapped: { header: string; samples: string[] }[];
  rows: number;
  accounts: number;
  skipped: number;
  byStatus: Record<string, number>;
}

export interface BookProblem {
  line: number;
  message: string;
}

export interface ImportResult {
  book: Book;
  preview: BookPreview;
  /** The first 1,000 problems (`problemCount` has them all). */
  problems: BookProblem[];
  problemCount: number;
}

/** The roles a book reads, in the order the preview lists them. */
export const BOOK_ROLES = ['company', 'domain', 'domainFallback', 'companyLinkedin', 'industry', 'employees', 'revenue', 'country', 'state', 'city', 'location', 'owner', 'status', 'doNotContact'] as const;
const MAX_PROBLEMS = 1000;
const SAMPLES = 3;

function clip(s: string | null, max: number = BOOK_LIMITS.text): string | null {
  if (!s) return null;
  return s.length > max ? s.slice(0, max) : s;
}

/**
 * The import from an opened CSV (lib/crm/read.ts in Node, lib/crm/read-browser.ts in the
 * extension): this module imports neither csv-parse build, so both can use it.
 */
export async function importBookFrom(reader: CsvReader, options: ImportOptions = {}): Promise<ImportResult> {
  const { header } = reader;
  if (header.length === 0) throw new Error('the file is empty (no header line)');
  const columns: ColumnMap = mapColumns(header, options.mapping ?? {});
  if (!columns.company && !columns.domain && !columns.companyLinkedin) {
    throw new Error(`no company name, domain or LinkedIn company column found (columns: ${header.join(', ')}); map one with the preview`);
  }
  // Every column a status could be in: the mapped one and any other header with a status name
  // (HubSpot exports Lifecycle Stage and Lead Status), unless the manager turned status off.
  const statusOff = options.mapping?.status === null;
  const taken = new Set(Object.values(columns));
  const statusHeaders = statusOff ? [] : header.filter((h) => h === columns.status || (!taken.has(h) && mapColumns([h]).status === h));

  const samples = new Map<string, string[]>(header.map((h) => [h, []]));
  const accounts: BookAccount[] = [];
  const problems: BookProblem[] = [];
  let problemCount = 0;
  let rows = 0;
  const problem = (line: number, message: string) => {
    problemCount++;
    if (problems.length < MAX_PROBLEMS) problems.push({ line, message });
  };

  for await (const { line, cells: raw } of reader.rows) {
    rows++;
    if (options.onProgress && rows % PROGRESS_ROWS === 0) {
      options.onProgress(rows);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const { record, shapeNote } = fitRow(header, raw);
    if (shapeNote) problem(line, shapeNote);
    if (rows <= 1000) {
      for (const h of header) {
        const list = samples.get(h)!;
        const v = record[h]?.trim();
        if (v && list.length < SAMPLES) list.push(v.slice(0, 80));
      }
    }
    const get = (role: string): string => {
      const h = columns[role];
      return h ? cleanCell(role, record[h] ?? '') : '';
    };
    const name = clip(get('company'));
    const domainCell = get('domain') || get('domainFallback');
    const domain = registrableDomain(domainCell);
    if (domainCell && !domain) problem(line, `${columns.domain} "${domainCell.slice(0, 80)}" is not a domain or web address, read as unknown`);
    // A generic "LinkedIn URL" column that holds company pages (LeadFit's own Accounts export does for accounts without contacts).
    const anyLinkedin = get('linkedin');
    const linkedinCell = get('companyLinkedin') || (/linkedin\.com\/(company|showcase)\//i.test(anyLinkedin) ? anyLinkedin : '');
    const linkedinUrl = normalizeLinkedinCompanyUrl(linkedinCell);
    if (linkedinCell && !linkedinUrl) problem(line, `${columns.companyLinkedin ?? columns.linkedin} "${linkedinCell.slice(0, 80)}" is not a LinkedIn company page, read as unknown`);
    if (!name && !domain && !linkedinUrl) {
      problem(line, 'no company name, domain or LinkedIn company page: left out of the book (nothing to match it by)');
      continue;
    }
    const employeesCell = get('employees');
    const employees = employeesCell ? parseEmployeeRange(employeesCell) : null;
    if (employeesCell && !employees) problem(line, `${columns.employees} "${employeesCell.slice(0, 80)}" is not a number or a range, read as unknown`);
    const revenueCell = get('revenue');
    const revenue = revenueCell ? (parseRevenue(revenueCell) ?? plainAmount(revenueCell)) : null;
    if (revenueCell && !revenue) problem(line, `${columns.revenue} "${revenueCell.slice(0, 80)}" is not an amount, read as unknown`);
    const status = statusFrom(
      statusHeaders.map((h) => record[h] ?? ''),
      columns.doNotContact ? [record[columns.doNotContact] ?? ''] : [],
    );
    accounts.push({
      name,
      domain,
      linkedinUrl,
      industry: clip(get('industry')),
      employees: employees ? { min: employees.min, max: employees.max } : null,
      revenue: revenue ? { min: revenue.min, max: revenue.max } : null,
      country: clip(get('country')),
      region: clip(get('state')),
      city: clip(get('city')),
      location: clip(get('location')),
      owner: clip(get('owner')),
      status,
      line,
    });
    if (accounts.length > BOOK_LIMITS.accounts) throw new Error(`the file has more than ${BOOK_LIMITS.accounts.toLocaleString('en-US')} accounts, the book's limit`);
  }

  const byStatus: Record<string, number> = {};
  for (const a of accounts) byStatus[a.status ?? 'none'] = (byStatus[a.status ?? 'none'] ?? 0) + 1;
  const mapped = BOOK_ROLES.filter((r) => columns[r]).map((role) => ({ role, header: columns[role]!, samples: samples.get(columns[role]!) ?? [] }));
  const usedByBook = new Set([...mapped.map((m) => m.header), ...statusHeaders]);
  const unmapped = unmappedHeaders(header, {}).filter((h) => !usedByBook.has(h)).map((h) => ({ header: h, samples: samples.get(h) ?? [] }));
  const bookColumns: Record<string, string> = {};
  for (const m of mapped) bookColumns[m.role] = m.header;
  return {
    book: { format: BOOK_FORMAT, version: BOOK_VERSION, importedAt: (options.now ?? new Date()).toISOString(), columns: bookColumns, accounts },
    preview: { headers: [...header], delimiter: reader.delimiter, encoding: reader.encoding.value, mapped, unmapped, rows, accounts: accounts.length, skipped: rows - accounts.length, byStatus },
    problems,
    problemCount,
  };
}

/** "25000000", "25,000,000", "$25,000,000.00": CRMs export revenue as plain amounts. */
function plainAmount(text: string): { min: number; max: number } | null {
  const n = Number(text.replace(/[,\s$€£]/g, ''));
  return Number.isFinite(n) && n >= 0 ? { min: n, max: n } : null;
}
