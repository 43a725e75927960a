import type { Evidence, PersonObservation } from '../observation';
import { normalizeDomain } from '../normalize/domain';
import { emptyCompany, emptyPerson } from '../observation-empty';
import { CRITERIA, CRITERION_IDS, type AccountFacts } from './criteria';
import type { IcpFit } from './types';
import { tierRangeText } from './verdict-text';

/**
 * One row of a CRM export (Salesforce, HubSpot, Apollo, Pipedrive column names) turned into
 * what the scorer reads. Columns are found by their common names, case and punctuation ignored.
 * The columns that say who the company and the person are live here; each ICP criterion
 * declares the columns it reads and how (lib/scoring/criteria, `csv`).
 * A value that cannot be read is an error for that row (the caller reports it with its line and
 * skips the row); an empty cell is simply unknown.
 */
const IDENTITY_COLUMNS = {
  company: ['company', 'companyname', 'account', 'accountname', 'organization', 'organisation', 'organizationname', 'employer'],
  domain: ['domain', 'website', 'companywebsite', 'companydomain', 'websiteurl', 'url', 'companyurl'],
  title: ['title', 'jobtitle', 'position', 'role', 'contacttitle'],
  firstName: ['firstname', 'first'],
  lastName: ['lastname', 'last', 'surname'],
  fullName: ['name', 'fullname', 'contactname', 'contact', 'person'],
  linkedin: ['linkedin', 'linkedinurl', 'personlinkedinurl', 'contactlinkedinurl', 'linkedinprofile'],
  companyLinkedin: ['companylinkedinurl', 'companylinkedin', 'accountlinkedinurl'],
} as const;
type IdentityRole = keyof typeof IDENTITY_COLUMNS;
export type ColumnRole = IdentityRole | (string & {});

/** Every role and the header names it is known by: who, then each criterion's columns. */
export const COLUMN_NAMES: Record<string, readonly string[]> = {
  ...IDENTITY_COLUMNS,
  ...Object.assign({}, ...CRITERION_IDS.map((id) => CRITERIA[id].csv.columns)),
};

function squash(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Which header is which role; the first header that fits a role wins. */
export function mapColumns(headers: readonly string[]): Partial<Record<ColumnRole, string>> {
  const out: Partial<Record<ColumnRole, string>> = {};
  const used = new Set<string>();
  // Specific names first, so "Company LinkedIn URL" is not taken as the person's LinkedIn.
  const order: ColumnRole[] = [
    'companyLinkedin',
    'linkedin',
    'company',
    'domain',
    ...CRITERION_IDS.flatMap((id) => Object.keys(CRITERIA[id].csv.columns)),
    'title',
    'firstName',
    'lastName',
    'fullName',
  ];
  for (const role of order) {
    const names = COLUMN_NAMES[role] ?? [];
    const header = headers.find((h) => !used.has(h) && names.includes(squash(h)));
    if (header) {
      out[role] = header;
      used.add(header);
    }
  }
  return out;
}

export type RowResult =
  | { ok: true; facts: AccountFacts; person: PersonObservation | null }
  | { ok: false; error: string };

export function rowToFacts(row: Record<string, string>, columns: Partial<Record<ColumnRole, string>>): RowResult {
  const get = (role: ColumnRole): string => {
    const h = columns[role];
    return h ? (row[h] ?? '').trim() : '';
  };
  const evidence: Record<string, Evidence> = {};
  const note = (field: string, role: ColumnRole, value: string) => {
    evidence[field] = { source: 'csv', snippet: `${columns[role]}: ${value}`.slice(0, 200) };
  };
  const company = emptyCompany();
  const name = get('company');
  const domainCell = get('domain');
  if (!name && !domainCell) return { ok: false, error: 'no company name or domain' };
  if (name) {
    company.name = name;
    note('company.name', 'company', name);
  }
  if (domainCell) {
    const host = normalizeDomain(domainCell);
    if (!host || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return { ok: false, error: `domain "${domainCell}" is not a domain or web address` };
    company.domain = host;
    company.website = domainCell;
    note('company.domain', 'domain', domainCell);
  }
  const facts: AccountFacts = { company, revenue: null, growthPercent: null, evidence };
  for (const id of CRITERION_IDS) {
    const error = CRITERIA[id].csv.read({ get, note, facts });
    if (error) return { ok: false, error };
  }
  const companyLinkedin = get('companyLinkedin');
  if (companyLinkedin) company.linkedinUrl = companyLinkedin;
  const title = get('title');
  const fullName = get('fullName') || [get('firstName'), get('lastName')].filter(Boolean).join(' ');
  let person: PersonObservation | null = null;
  if (title || fullName) {
    person = { ...emptyPerson(), name: fullName || null, title: title || null, company: name || null, linkedinUrl: get('linkedin') || null };
  }
  return { ok: true, facts, person };
}

/**
 * The verdict columns a scored CRM export gets: the score with its range, the tier only when
 * decided (empty while unknowns could change it), and the letters still possible.
 */
export const FIT_COLUMNS = ['Score', 'Score Min', 'Score Max', 'Tier', 'Tier Range', 'Coverage'] as const;

export function fitCells(fit: IcpFit | null): string[] {
  if (!fit) return FIT_COLUMNS.map(() => '');
  return [
    fit.score === null ? '' : String(fit.score),
    String(fit.scoreRange.min),
    String(fit.scoreRange.max),
    fit.tier ?? '',
    tierRangeText(fit.tierRange),
    `${Math.round(fit.coverage * 100)}%`,
  ];
}
