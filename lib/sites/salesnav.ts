import { statesEmployeeBand } from '../normalize/employee-band';
import { clean, first, hostOf, parseCount, textOf, unwrapRedirect } from '../extract/dom';
import type { Recorder } from '../extract/record';
import { LINKEDIN_HOST } from './linkedin-host';
import { LINKEDIN_ORIGINS } from './origins';
import type { SiteReader } from './reader';

/**
 * Sales Navigator lead (/sales/lead/...) and account (/sales/company/...) pages.
 *
 * NO REAL SAVED PAGE WAS AVAILABLE to build or check these against (see the extraction issue):
 * the selectors below come from the structure Sales Navigator is known to use — its
 * `data-anonymize` attributes, which it keeps stable for its own screenshot redaction — and
 * are kept as data so a rep who finds them broken can fix a list, not the code.
 * Every field falls back to "missing" rather than to a guess.
 */
export const SALESNAV_SELECTORS = {
  /** The page's own content; the navigation above it holds the viewer's name with the same attributes. */
  root: ['main', '[role="main"]', '#profile-card-section'],
  lead: {
    name: ['h1[data-anonymize="person-name"]', '[data-anonymize="person-name"]', 'h1'],
    headline: ['[data-anonymize="headline"]'],
    title: ['[data-anonymize="job-title"]'],
    company: ['[data-anonymize="company-name"]'],
    location: ['[data-anonymize="location"]'],
  },
  account: {
    name: ['h1[data-anonymize="company-name"]', '[data-anonymize="company-name"]', 'h1'],
    industry: ['[data-anonymize="industry"]'],
    location: ['[data-anonymize="location"]'],
    size: ['[data-anonymize="company-size"]', '[data-anonymize="employee-count"]'],
    description: ['[data-anonymize="company-blurb"]'],
    website: ['a[data-control-name="visit_company_website"]', 'a[data-anonymize="company-website"]'],
  },
} as const;

function pageRoot(doc: Document): ParentNode {
  for (const selector of SALESNAV_SELECTORS.root) {
    const el = doc.querySelector(selector);
    if (el) return el;
  }
  return doc;
}

export function extractSalesnavLead(doc: Document, r: Recorder): void {
  const s = SALESNAV_SELECTORS.lead;
  const root = pageRoot(doc);
  for (const field of ['name', 'headline', 'title', 'company', 'location'] as const) r.personFound(field, first(root, s[field]));
}

export function extractSalesnavAccount(doc: Document, r: Recorder): void {
  const s = SALESNAV_SELECTORS.account;
  const root = pageRoot(doc);
  const read = (list: readonly string[]) => first(root, list);
  r.companyFound('name', read(s.name));
  r.companyFound('industry', read(s.industry));
  r.companyFound('headquarters', read(s.location));
  const size = read(s.size);
  if (size) {
    const text = textOf(size.el);
    // The band is parsed by lib/extract/complete.ts (#12); a text that states none may be the member count.
    if (statesEmployeeBand(text)) r.employeesBand(text, 'selector', `${size.selector}: ${text}`);
    else if (/on linkedin/i.test(text)) r.companyValue('employeesOnLinkedin', parseCount(text), 'selector', text);
  }
  const description = read(s.description);
  if (description) r.companyText('description', textOf(description.el), 'selector');
  const website = root.querySelector(s.website.join(', '));
  const href = unwrapRedirect(clean(website?.getAttribute('href')));
  const domain = hostOf(href);
  if (domain && !domain.endsWith('linkedin.com') && r.companyText('website', href, 'selector', href)) r.companyText('domain', domain, 'selector', href);
}

export const salesnavLeadReader: SiteReader = {
  kind: 'salesnav-lead',
  matches: { origins: LINKEDIN_ORIGINS, upgradeHttp: true, host: LINKEDIN_HOST, paths: [/^\/sales\/(?:lead|people)\/[^/]+/] },
  subject: 'person',
  authority: 'none',
  read: (doc, r) => extractSalesnavLead(doc, r),
};

export const salesnavAccountReader: SiteReader = {
  kind: 'salesnav-account',
  matches: { origins: LINKEDIN_ORIGINS, upgradeHttp: true, host: LINKEDIN_HOST, paths: [/^\/sales\/(?:company|account)\/[^/]+/] },
  subject: 'company',
  authority: 'all',
  read: (doc, r) => extractSalesnavAccount(doc, r),
};
