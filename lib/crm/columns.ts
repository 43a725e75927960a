import { CRITERIA, CRITERION_IDS } from '../scoring/criteria';

/**
 * Which column of a CRM export is which: the one place that knows the header names of HubSpot,
 * Salesforce, Pipedrive and Apollo exports (used by `leadfit score FILE.csv`, the account book
 * import and anything else that reads a CRM file). Headers are compared "squashed": lower-case,
 * letters and digits only ("Country/Region" → "countryregion").
 *
 * Standard export names (as the CRMs document their default columns):
 *   HubSpot companies:  Company name, Company Domain Name, Website URL, LinkedIn Company Page, Industry,
 *                       Number of Employees, Annual Revenue, Country/Region, State/Region, City,
 *                       Company owner, Lifecycle Stage, Lead Status
 *   Salesforce accounts: Account Name, Website, Industry, Employees, Annual Revenue, Billing Country,
 *                       Billing State/Province, Billing City, Account Owner, Type
 *   Pipedrive organizations: Name, Address (and its "Address - City/town/village/locality", "Address - Country"
 *                       parts), Website, Industry, Number of employees, Annual revenue, Owner, Label, LinkedIn
 *                       — also exported prefixed ("Organization - Name", "Organization - Owner", "Person - Name").
 * The criteria's own names (lib/scoring/criteria/*, `csv.columns`) come first; the names below add
 * the CRM spellings those lists lack, and the roles only the account book reads (owner, status).
 */
const IDENTITY_COLUMNS = {
  company: ['company', 'companyname', 'account', 'accountname', 'organization', 'organisation', 'organizationname', 'organisationname', 'employer', 'firma', 'firmenname', 'unternehmen', 'entreprise', 'societe', 'empresa'],
  domain: ['domain', 'website', 'companywebsite', 'companydomain', 'companydomainname', 'websiteurl', 'url', 'companyurl', 'domainname'],
  title: ['title', 'jobtitle', 'position', 'role', 'contacttitle'],
  firstName: ['firstname', 'first'],
  lastName: ['lastname', 'last', 'surname'],
  fullName: ['name', 'fullname', 'contactname', 'contact', 'person'],
  linkedin: ['linkedin', 'linkedinurl', 'personlinkedinurl', 'contactlinkedinurl', 'linkedinprofile'],
  companyLinkedin: ['companylinkedinurl', 'companylinkedin', 'accountlinkedinurl', 'linkedincompanypage', 'linkedincompanyurl', 'companylinkedinpage', 'linkedinpage'],
} as const;

/** CRM spellings of criterion roles that the criterion modules do not list themselves. */
const CRM_CRITERION_NAMES: Record<string, readonly string[]> = {
  // German, French and Spanish spellings seen in localised exports.
  industry: ['branche', 'secteur', 'industrie', 'industria'],
  employees: ['mitarbeiter', 'anzahlmitarbeiter', 'effectif', 'empleados'],
  country: ['countryregion', 'addresscountry', 'billingcountrycode', 'countrycode', 'land', 'pays', 'pais'],
  state: ['billingstateprovince', 'stateprovince', 'addressstateprovince', 'addressstate', 'province', 'addressregion', 'billingstatecode'],
  city: ['addresscitytownvillagelocality', 'addresscity', 'citytownvillagelocality', 'town', 'stadt', 'ort', 'ville', 'ciudad'],
};

/** Roles the account book reads (owner and status); a score ignores them. */
const BOOK_COLUMNS = {
  owner: ['owner', 'companyowner', 'accountowner', 'organizationowner', 'organisationowner', 'hubspotowner', 'recordowner', 'salesowner', 'accountmanager'],
  status: ['lifecyclestage', 'type', 'accounttype', 'label', 'labels', 'status', 'accountstatus', 'customerstatus', 'leadstatus', 'relationship'],
  doNotContact: ['donotcontact', 'dnc', 'donotcall', 'donotemail'],
} as const;

export type ColumnRole = keyof typeof IDENTITY_COLUMNS | keyof typeof BOOK_COLUMNS | (string & {});
export type ColumnMap = Partial<Record<ColumnRole, string>>;

function merged(): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = { ...IDENTITY_COLUMNS };
  for (const id of CRITERION_IDS) Object.assign(out, CRITERIA[id].csv.columns);
  for (const [role, names] of Object.entries(CRM_CRITERION_NAMES)) out[role] = [...(out[role] ?? []), ...names];
  return { ...out, ...BOOK_COLUMNS };
}

/** Every role and the header names it is known by: who, each criterion's columns, then the book's. */
export const COLUMN_NAMES: Record<string, readonly string[]> = merged();

export function squash(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Pipedrive prefixes the entity: "Organization - Owner", "Person - Name". */
const PREFIX = /^\s*(organi[sz]ation|person|contact|company|account)\s*-\s*(.+)$/i;

/** Roles in the order they pick headers: specific names first, so "Company LinkedIn URL" is not the person's LinkedIn. */
function roleOrder(): ColumnRole[] {
  return [
    'companyLinkedin',
    'linkedin',
    'company',
    'domain',
    ...CRITERION_IDS.flatMap((id) => Object.keys(CRITERIA[id].csv.columns)),
    'title',
    'firstName',
    'lastName',
    'fullName',
    'owner',
    'status',
    'doNotContact',
  ];
}

/** The role a single header names, or null; prefixed Pipedrive headers read by their entity. */
function headerRole(header: string): ColumnRole | null {
  const prefixed = PREFIX.exec(header);
  if (prefixed) {
    const entity = prefixed[1]!.toLowerCase();
    const rest = squash(prefixed[2]!);
    const isOrg = entity !== 'person' && entity !== 'contact';
    if (rest === 'name') return isOrg ? 'company' : 'fullName';
    if (rest === 'linkedin' || rest === 'linkedinurl') return isOrg ? 'companyLinkedin' : 'linkedin';
    for (const [role, names] of Object.entries(COLUMN_NAMES)) if (names.includes(rest)) return role;
    return null;
  }
  const s = squash(header);
  for (const [role, names] of Object.entries(COLUMN_NAMES)) if (names.includes(s)) return role;
  return null;
}

/**
 * Which header is which role; the first header that fits a role wins. `overrides` (a manager's
 * correction from the preview) set a role to a header, or to null to leave it unmapped.
 * A bare "Name" is the company when the file is an organisation list (Pipedrive organizations:
 * no company column, no person columns, and some company column such as Owner, Label, Address,
 * Website or Industry).
 */
export function mapColumns(headers: readonly string[], overrides: Record<string, string | null> = {}): ColumnMap {
  const out: ColumnMap = {};
  const used = new Set<string>();
  const roles = headers.map((h) => headerRole(h));
  for (const role of roleOrder()) {
    const i = roles.findIndex((r, j) => r === role && !used.has(headers[j]!));
    if (i >= 0) {
      out[role] = headers[i]!;
      used.add(headers[i]!);
    }
  }
  if (!out.company && out.fullName && !out.title && !out.firstName && !out.lastName) {
    const orgish = ['owner', 'status', 'domain', 'industry', 'employees', 'revenue', 'location', 'country', 'companyLinkedin'].some((r) => out[r]);
    if (orgish) {
      out.company = out.fullName;
      delete out.fullName;
      // In an organisation list a bare "LinkedIn" column is the company's page.
      if (out.linkedin && !out.companyLinkedin) {
        out.companyLinkedin = out.linkedin;
        delete out.linkedin;
      }
    }
  }
  // HubSpot exports both "Company Domain Name" and "Website URL": the second fills rows where the first is empty.
  const fallback = headers.findIndex((h, j) => roles[j] === 'domain' && !used.has(h));
  if (out.domain && fallback >= 0) out.domainFallback = headers[fallback]!;
  for (const [role, header] of Object.entries(overrides)) {
    for (const [r, h] of Object.entries(out)) if (header !== null && h === header && r !== role) delete out[r];
    if (header === null) delete out[role];
    else if (headers.includes(header)) out[role] = header;
    else throw new Error(`the mapping names a column "${header}" that the file does not have (columns: ${headers.join(', ')})`);
  }
  return out;
}

/** Headers no role took, in file order (shown in the import preview). */
export function unmappedHeaders(headers: readonly string[], columns: ColumnMap): string[] {
  const used = new Set(Object.values(columns));
  return headers.filter((h) => !used.has(h));
}

/**
 * Cell values that say "not known" in CRM exports: read as empty (unknown), never as a value
 * that could make a criterion miss. Salesforce's picklist "Other" and HubSpot's "OTHER" (or an
 * empty industry) say nothing about the industry.
 */
const PLACEHOLDERS = new Set(['', 'na', 'n/a', '#n/a', 'null', 'none', 'unknown', '-', '--', '?', 'tbd', 'not set', '(none)', '(blank)']);
const UNKNOWN_INDUSTRIES = new Set(['other', 'others', 'other industry', 'misc', 'miscellaneous']);

export function cleanCell(role: ColumnRole, value: string): string {
  const v = value.trim();
  const low = v.toLowerCase();
  if (PLACEHOLDERS.has(low)) return '';
  if (role === 'industry') {
    if (UNKNOWN_INDUSTRIES.has(low.replace(/_/g, ' '))) return '';
    // HubSpot's internal values ("COMPUTER_SOFTWARE") when exported without labels.
    if (/^[A-Z0-9]+(_[A-Z0-9]+)+$/.test(v)) return low.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  }
  return v;
}
