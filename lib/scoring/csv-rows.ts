import type { Evidence, PersonObservation } from '../observation';
import { normalizeDomain } from '../accounts/merge';
import { emptyCompany, emptyPerson } from '../observation-empty';
import { parseEmployeeRange, parseEmployeesOnLinkedin } from '../normalize/employees';
import { parseRevenue } from '../normalize/revenue';
import type { AccountFacts } from './score-icp';

/**
 * One row of a CRM export (Salesforce, HubSpot, Apollo, Pipedrive column names) turned into
 * what the scorer reads. Columns are found by their common names, case and punctuation ignored.
 * A value that cannot be read is an error for that row (the caller reports it with its line and
 * skips the row); an empty cell is simply unknown.
 */
export const COLUMN_NAMES = {
  company: ['company', 'companyname', 'account', 'accountname', 'organization', 'organisation', 'organizationname', 'employer'],
  domain: ['domain', 'website', 'companywebsite', 'companydomain', 'websiteurl', 'url', 'companyurl'],
  industry: ['industry', 'companyindustry', 'sector'],
  employees: ['employees', 'numberofemployees', 'employeecount', 'companysize', 'headcount', 'size', 'noofemployees', 'employeerange', 'estimatednumemployees'],
  revenue: ['revenue', 'annualrevenue', 'companyrevenue', 'estimatedrevenue', 'revenuerange'],
  country: ['country', 'billingcountry', 'companycountry', 'hqcountry'],
  state: ['state', 'billingstate', 'companystate', 'region', 'stateregion'],
  city: ['city', 'billingcity', 'companycity', 'hqcity'],
  location: ['location', 'headquarters', 'hq', 'hqlocation', 'companylocation', 'address'],
  title: ['title', 'jobtitle', 'position', 'role', 'contacttitle'],
  firstName: ['firstname', 'first'],
  lastName: ['lastname', 'last', 'surname'],
  fullName: ['name', 'fullname', 'contactname', 'contact', 'person'],
  linkedin: ['linkedin', 'linkedinurl', 'personlinkedinurl', 'contactlinkedinurl', 'linkedinprofile'],
  companyLinkedin: ['companylinkedinurl', 'companylinkedin', 'accountlinkedinurl'],
  description: ['description', 'about', 'companydescription', 'keywords'],
  technologies: ['technologies', 'techstack', 'technology', 'tools'],
  growth: ['growth', 'growthrate', 'employeegrowth', 'headcountgrowth', 'yearlygrowth', 'revenuegrowth'],
} as const;
export type ColumnRole = keyof typeof COLUMN_NAMES;

function squash(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Which header is which role; the first header that fits a role wins. */
export function mapColumns(headers: readonly string[]): Partial<Record<ColumnRole, string>> {
  const out: Partial<Record<ColumnRole, string>> = {};
  const used = new Set<string>();
  // Specific names first, so "Company LinkedIn URL" is not taken as the person's LinkedIn.
  const order: ColumnRole[] = ['companyLinkedin', 'linkedin', 'company', 'domain', 'industry', 'employees', 'revenue', 'country', 'state', 'city', 'location', 'title', 'firstName', 'lastName', 'fullName', 'description', 'technologies', 'growth'];
  for (const role of order) {
    const names: readonly string[] = COLUMN_NAMES[role];
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
  const industry = get('industry');
  if (industry) {
    company.industry = industry;
    note('company.industry', 'industry', industry);
  }
  const employees = get('employees');
  if (employees) {
    const range = parseEmployeeRange(employees);
    const members = range ? null : parseEmployeesOnLinkedin(employees);
    if (!range && members === null) return { ok: false, error: `employees "${employees}" is not a number or a range` };
    if (range) {
      company.employees = range;
      note('company.employees', 'employees', employees);
    } else {
      company.employeesOnLinkedin = members;
      note('company.employeesOnLinkedin', 'employees', employees);
    }
  }
  let revenue: AccountFacts['revenue'] = null;
  const revenueCell = get('revenue');
  if (revenueCell) {
    const parsed = parseRevenue(revenueCell) ?? plainNumber(revenueCell);
    if (!parsed) return { ok: false, error: `revenue "${revenueCell}" is not an amount` };
    revenue = { min: parsed.min, max: parsed.max };
    evidence.revenue = { source: 'csv', snippet: `${columns.revenue}: ${revenueCell}` };
  }
  const location = get('location') || [get('city'), get('state'), get('country')].filter(Boolean).join(', ');
  if (location) {
    company.headquarters = location;
    evidence['company.headquarters'] = { source: 'csv', snippet: location };
  }
  const description = get('description');
  if (description) {
    company.description = description;
    note('company.description', 'description', description);
  }
  const techs = get('technologies');
  if (techs) {
    company.technologies = techs
      .split(/[;,|]/)
      .map((t) => t.trim())
      .filter(Boolean)
      .map((t) => ({ name: t, category: 'CRM export' }));
    note('company.technologies', 'technologies', techs);
  }
  const companyLinkedin = get('companyLinkedin');
  if (companyLinkedin) company.linkedinUrl = companyLinkedin;
  let growthPercent: number | null = null;
  const growth = get('growth');
  if (growth) {
    growthPercent = Number.parseFloat(growth.replace('%', '').replace(',', '.'));
    if (!Number.isFinite(growthPercent)) return { ok: false, error: `growth "${growth}" is not a percentage` };
    evidence.growth = { source: 'csv', snippet: `${columns.growth}: ${growth}` };
  }
  const title = get('title');
  const fullName = get('fullName') || [get('firstName'), get('lastName')].filter(Boolean).join(' ');
  let person: PersonObservation | null = null;
  if (title || fullName) {
    person = { ...emptyPerson(), name: fullName || null, title: title || null, company: name || null, linkedinUrl: get('linkedin') || null };
  }
  return { ok: true, facts: { company, revenue, growthPercent, evidence }, person };
}

/** "25000000" or "25,000,000" (CRM exports often hold plain dollars). */
function plainNumber(text: string): { min: number; max: number } | null {
  const n = Number(text.replace(/[,\s$]/g, ''));
  return Number.isFinite(n) && n >= 0 ? { min: n, max: n } : null;
}

