import { all, allOf, canonicalCompanyUrl, clean, first, hasType, hostOf, isObject, jsonLd, meta, parseCount, str, textOf, unwrapRedirect, type JsonObject } from '../extract/dom';
import type { Recorder } from '../extract/record';
import { deref, readEmbeddedJsonWith, type EmbeddedJson, type Keep } from './embedded-json';
import { membersOnLinkedin, readMembersAfterSize } from './linkedin-members';
import { readPeopleList } from './linkedin-search';
import { LINKEDIN_HOST } from './linkedin-host';
import { LINKEDIN_ORIGINS } from './origins';
import type { SiteReader } from './reader';

/**
 * A LinkedIn company page (/company/<slug>/, its About, Home and People tabs) across generations:
 * guest 2024 (Organization JSON-LD + "About us" list), logged-in 2021–2025 (top card + About list),
 * and logged-in Ember pages whose data is only in `<code>` JSON (2017).
 * Other companies on the page (similar pages, "people also viewed", the viewer's employer)
 * are never read: the subject is the company named in the top card or by the URL.
 */
export const COMPANY_SELECTORS = {
  name: ['.top-card-layout__title', 'h1.org-top-card-summary__title', '.org-top-card-summary__title', 'main h1', 'h1'],
  tagline: ['.top-card-layout__headline', '.org-top-card-summary__tagline'],
  /** Unlabelled facts under the name: industry, headquarters, followers, employees (in that order). */
  summaryItem: '.org-top-card-summary-info-list__info-item',
  subline: ['.top-card-layout__first-subline', '.org-top-card-summary-info-list'],
  description: ['[data-test-id="about-us__description"]', '.org-about-us-organization-description__text', 'section.org-about-module p', '.org-about-module__description'],
  websiteLink: ['[data-test-id="about-us__website"] a', '.org-about-us-company-module__website', '.org-top-card-primary-actions__inner a[href*="redir"]'],
  /** Outbound links of the top card ("Visit website"), logged-in 2021–2025 and guest 2024. */
  topCardLinks: ['.org-top-card-primary-actions__inner a[href]', '.org-top-card a[href][target="_blank"]', '.top-card-layout__cta-container a[href]', 'a[data-tracking-control-name="about_website"]'],
  employeesLink: ['a[data-tracking-control-name*="employees"].btn-secondary-emphasis', 'a[href*="/search/results/people/"]', '.org-top-card-summary-info-list__info-item a[href*="/people/"]'],
} as const;

/**
 * About-list labels read in the page (English, German) → field. Labels of the other UI languages
 * travel raw and are read with every language's labels when completed (lib/extract/complete.ts,
 * `labels` of each module in lib/normalize/titles), to keep this script within its budget.
 */
const LABELS: Record<string, 'website' | 'industry' | 'size' | 'headquarters' | 'founded' | 'specialties' | 'type'> = {
  website: 'website',
  webseite: 'website',
  industry: 'industry',
  branche: 'industry',
  'company size': 'size',
  unternehmensgröße: 'size',
  headquarters: 'headquarters',
  hauptsitz: 'headquarters',
  founded: 'founded',
  gegründet: 'founded',
  specialties: 'specialties',
  spezialgebiete: 'specialties',
  type: 'type',
};

export function extractLinkedinCompany(doc: Document, r: Recorder, pageUrl: string): void {
  const pageCompanyUrl = canonicalCompanyUrl(pageUrl);
  const org = organizationFromJsonLd(doc, pageCompanyUrl);
  if (org) readJsonLd(org, r);
  r.companyFound('name', first(doc, COMPANY_SELECTORS.name));
  readAboutList(doc, r);
  readTopCard(doc, r);
  readTopCardWebsite(doc, r);
  const description = first(doc, COMPANY_SELECTORS.description);
  if (description) r.companyText('description', textOf(description.el), 'selector', textOf(description.el));
  readEmbedded(doc, r, pageUrl);
  readFallbacks(doc, r);
  if (pageCompanyUrl && r.company && r.company.name) r.companyText('linkedinUrl', pageCompanyUrl, 'url', pageUrl);
  // The People tab lists the company's members: the same list reader as search (viewer excluded).
  if (/^\/(?:company|school|showcase)\/[^/]+\/people\/?$/.test(pathOf(pageUrl))) readPeopleList(doc, r, pageUrl);
}

/**
 * Whether the company field already holds a value: a later source cannot change it (the Recorder
 * keeps the first), so a lookup for it alone is skipped (a whole-document query costs a tenth of
 * a walk in a browser, a reference followed in the embedded JSON a scan of its blocks).
 */
function known(r: Recorder, field: 'name' | 'website' | 'industry' | 'headquarters' | 'employees' | 'founded' | 'followers'): boolean {
  return !!r.company && r.company[field] !== null;
}

/** The link without campaign parameters LinkedIn's button adds ("?utm_source=linkedin"). */
function withoutTracking(url: string): string {
  try {
    const u = new URL(url);
    for (const key of [...u.searchParams.keys()]) if (/^(utm_|trk|ref$|src$)/i.test(key)) u.searchParams.delete(key);
    return u.href;
  } catch {
    return url;
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/**
 * The top card's "Visit website" button, on every tab (Posts, Jobs, Life, People have no About
 * list): the first outbound link of the top card, LinkedIn's redirect unwrapped.
 */
function readTopCardWebsite(doc: Document, r: Recorder): void {
  if (known(r, 'website')) return;
  const listed = first(doc, COMPANY_SELECTORS.websiteLink);
  const candidates = listed ? [listed.el] : allOf(doc, COMPANY_SELECTORS.topCardLinks);
  for (const a of candidates) {
    const href = a.getAttribute('href') ?? '';
    if (!/^https?:/i.test(href)) continue;
    const label = clean(a.textContent) || clean(a.getAttribute('aria-label'));
    const target = hostOf(unwrapRedirect(href));
    if (!target || target.endsWith('linkedin.com') || target.endsWith('licdn.com')) continue;
    setWebsite(r, withoutTracking(unwrapRedirect(href)), 'selector', `top card link${label ? ` "${label}"` : ''}: ${href}`);
    if (known(r, 'website')) return;
  }
}

function organizationFromJsonLd(doc: Document, pageCompanyUrl: string | null): JsonObject | null {
  const orgs = jsonLd(doc).filter((o) => hasType(o, 'Organization', 'Corporation', 'LocalBusiness'));
  if (orgs.length === 0) return null;
  const same = pageCompanyUrl ? orgs.find((o) => canonicalCompanyUrl(str(o, 'url')) === pageCompanyUrl) : undefined;
  return same ?? (orgs.length === 1 ? (orgs[0] ?? null) : null);
}

function readJsonLd(org: JsonObject, r: Recorder): void {
  const name = str(org, 'name');
  r.companyText('name', name, 'json-ld', `Organization.name: ${name}`);
  const sameAs = (Array.isArray(org.sameAs) ? org.sameAs : [org.sameAs]).find((u): u is string => typeof u === 'string' && !hostOf(u).endsWith('linkedin.com'));
  if (sameAs) setWebsite(r, sameAs, 'json-ld', `Organization.sameAs: ${sameAs}`);
  r.companyText('description', str(org, 'description'), 'json-ld');
  const address = isObject(org.address) ? org.address : null;
  if (address) {
    const hq = [str(address, 'addressLocality'), str(address, 'addressRegion')].filter(Boolean).join(', ');
    r.companyText('headquarters', hq, 'json-ld', `Organization.address: ${hq}`);
  }
  const employees = isObject(org.numberOfEmployees) ? org.numberOfEmployees : null;
  const count = employees ? Number(employees.value) : NaN;
  if (Number.isInteger(count) && count >= 0) r.companyValue('employeesOnLinkedin', count, 'json-ld', `Organization.numberOfEmployees: ${count}`);
  const founded = foundedYear(str(org, 'foundingDate'));
  r.companyValue('founded', founded, 'json-ld', `Organization.foundingDate: ${founded}`);
}

/** A company's website from a link or its text (LinkedIn's redirect unwrapped), or null for LinkedIn's own or no domain. */
export function companySite(href: string): { url: string; domain: string } | null {
  const url = unwrapRedirect(href);
  const domain = hostOf(url);
  return domain && !domain.endsWith('linkedin.com') && domain.includes('.') ? { url, domain } : null;
}

/** A founding year as an About list or JSON-LD states it ("1962", "2013-04-01"), or null. */
export function foundedYear(text: string): number | null {
  const year = Number.parseInt(text, 10);
  return year > 1600 && year < 2200 ? year : null;
}

function setWebsite(r: Recorder, href: string, source: string, snippet: string): void {
  const site = companySite(href);
  if (site && r.companyText('website', site.url, source, snippet)) r.companyText('domain', site.domain, source, snippet);
}

/** The About list (`dt`/`dd` pairs), guest and logged-in alike. */
function readAboutList(doc: Document, r: Recorder): void {
  for (const dt of all(doc, 'dt')) {
    const name = clean(dt.textContent);
    const label = LABELS[name.toLowerCase()];
    const dd = nextDd(dt);
    if (!dd) continue;
    if (!label) {
      // A label in another UI language: read in the background with every language's labels
      // (lib/extract/complete.ts), with the entry's next line (a member count under the band).
      const about = (r.raw.about ??= []);
      // Capped as Observation.raw.about allows, so a hostile page cannot make the observation invalid.
      if (about.length < 12) about.push([name.slice(0, 80), textOf(dd).slice(0, 2000), textOf(nextDd(dd)).slice(0, 300)]);
      continue;
    }
    const value = textOf(dd);
    const snippet = `${name}: ${value}`;
    switch (label) {
      case 'website': {
        const href = dd.querySelector('a')?.getAttribute('href');
        setWebsite(r, href && !href.startsWith('#') ? href : value, 'selector', snippet);
        if (!known(r, 'website')) setWebsite(r, value.split(/\s/)[0] ?? '', 'selector', snippet);
        break;
      }
      case 'industry':
        r.companyText('industry', value, 'selector', snippet);
        break;
      case 'size':
        r.employeesBand(value, 'selector', snippet);
        // The "312 associated members" line under the size band is the count of members on LinkedIn.
        readMembersAfterSize(dd, name, r);
        break;
      case 'headquarters':
        r.companyText('headquarters', value, 'selector', snippet);
        break;
      case 'founded':
        r.companyValue('founded', foundedYear(value), 'selector', snippet);
        break;
      case 'specialties':
        r.companyValue('specialties', splitList(value), 'selector', snippet);
        break;
      default:
        break;
    }
  }
}

function nextDd(dt: Element): Element | null {
  let el = dt.nextElementSibling;
  while (el && el.tagName.toLowerCase() !== 'dd' && el.tagName.toLowerCase() !== 'dt') el = el.nextElementSibling;
  return el && el.tagName.toLowerCase() === 'dd' ? el : null;
}

/** "a, b, and c" → ["a", "b", "c"] */
export function splitList(text: string): string[] {
  return text
    .split(/\s*,\s*(?:and\s+|und\s+|et\s+|y\s+)?|\s+and\s+/)
    .map(clean)
    .filter((s) => s.length > 0 && s.length <= 200);
}

/**
 * Top-card items told apart by shape, in any UI language: a size band is a range ("51–200
 * Beschäftigte", "10,001+ employees"); a follower count is a number and one word ("12K followers",
 * "2.140 Follower", "3 456 volgers"). Neither is ever taken for the industry or the headquarters.
 */
const BAND_ITEM = /\d\s*[-–]\s*\d|\d\+/;
const COUNT_ITEM = /^[\d.,\s\u00a0\u202f]{1,15}[KkMm]?\s+\p{L}+$/u;

function readTopCard(doc: Document, r: Recorder): void {
  const texts = all(doc, COMPANY_SELECTORS.summaryItem).map(textOf).filter(Boolean);
  const plain: string[] = [];
  for (const item of texts) {
    const members = membersOnLinkedin(item);
    if (members !== null) r.companyValue('employeesOnLinkedin', members, 'selector', item);
    else if (BAND_ITEM.test(item)) r.employeesBand(item, 'selector', item);
    else if (COUNT_ITEM.test(item)) r.companyValue('followers', parseCount(item), 'selector', item);
    else plain.push(item);
  }
  // Logged-in top card: industry first, then headquarters.
  if (plain[0]) r.companyText('industry', plain[0], 'selector', `top card: ${texts.join(' · ')}`);
  if (plain[1]) r.companyText('headquarters', plain[1], 'selector', `top card: ${texts.join(' · ')}`);
  const subline = known(r, 'followers') ? null : first(doc, COMPANY_SELECTORS.subline);
  if (subline) {
    const text = textOf(subline.el);
    const followers = /([\d.,]+\s*[KkMm]?)\s+followers/.exec(text.slice(0, 500)); // capped: digit runs would make the pattern quadratic
    if (followers?.[1]) r.companyValue('followers', parseCount(followers[1]), 'text', text);
  }
  const employeesLink = first(doc, COMPANY_SELECTORS.employeesLink);
  if (employeesLink) {
    const text = textOf(employeesLink.el);
    // "See all 1,234 employees": the count is the first number before the word.
    const m = /([\d.,]+)\s+(?:employees|associated members)/i.exec(text.slice(0, 500));
    // "201-500 employees" on that link is the size band, not a count of members.
    if (m?.[1] && !/\d\s*[-–]\s*[\d.,]+\s+employees/i.test(text.slice(0, 500))) r.companyValue('employeesOnLinkedin', parseCount(m[1]), 'selector', text);
  }
}

/** Logged-in pages without visible content: the Company object in the `<code>` datalets. */
function readEmbedded(doc: Document, r: Recorder, pageUrl: string): void {
  if (known(r, 'name') && known(r, 'industry') && known(r, 'employees') && known(r, 'website')) return;
  const slug = /\/company\/([^/?#]+)/.exec(pageUrl)?.[1] ?? '';
  const shownName = r.company?.name ?? null;
  // Only the blocks that describe this company: by the name in the top card, else by the URL's slug or id.
  const needles = shownName ? [`"name":"${shownName}"`] : [`"universalName":"${slug}"`, `:${slug}"`, `:${slug},`];
  const json = readEmbeddedJsonWith(doc, slug || shownName ? needles : [], COMPANY_TYPE, [], mayBeSubject(shownName, pageUrl));
  const company = subjectCompany(json, shownName, pageUrl);
  if (!company) return;
  const name = str(company, 'name');
  r.companyText('name', name, 'embedded-json', `Company.name: ${name}`);
  const site = str(company, 'websiteUrl') || str(company, 'companyPageUrl');
  if (site) setWebsite(r, site, 'embedded-json', `Company.website: ${site}`);
  // A reference is looked up in the blocks when followed: not for a field the page already gave.
  const industries = company.industries;
  const industry = known(r, 'industry') ? '' : Array.isArray(industries) && typeof industries[0] === 'string' ? industries[0] : industryName(json, company);
  if (industry) r.companyText('industry', industry, 'embedded-json', `Company.industry: ${industry}`);
  const range = known(r, 'employees') ? null : deref(json, company.staffCountRange ?? company.employeeCountRange);
  if (range && (typeof range.start === 'number' || typeof range.end === 'number')) {
    const min = typeof range.start === 'number' ? range.start : null;
    const max = typeof range.end === 'number' ? range.end : null;
    r.companyValue('employees', { min, max }, 'embedded-json', `staffCountRange: ${min ?? ''}-${max ?? ''}`);
  }
  const staff = typeof company.staffCount === 'number' ? company.staffCount : typeof company.employeeCount === 'number' ? company.employeeCount : null;
  if (staff !== null) r.companyValue('employeesOnLinkedin', staff, 'embedded-json', `staffCount: ${staff}`);
  const founded = known(r, 'founded') ? null : deref(json, company.foundedOn);
  if (founded && typeof founded.year === 'number') r.companyValue('founded', founded.year, 'embedded-json', `foundedOn: ${founded.year}`);
  const hq = known(r, 'headquarters') ? null : deref(json, company.headquarter);
  const address = hq && isObject(hq.address) ? hq.address : hq;
  if (address && !('$deletedFields' in (hq ?? {}) && !str(address, 'city'))) {
    const text = [str(address, 'city'), str(address, 'geographicArea')].filter(Boolean).join(', ');
    r.companyText('headquarters', text, 'embedded-json', `headquarter: ${text}`);
  }
  r.companyText('description', str(company, 'description'), 'embedded-json');
  const specialties = Array.isArray(company.specialities) ? company.specialities.filter((s): s is string => typeof s === 'string') : [];
  r.companyValue('specialties', specialties, 'embedded-json', specialties.join(', '));
}

/** The `$type` of a company object in the embedded JSON (Ember 2017 and the 2021–2025 dash API). */
const COMPANY_TYPE = /organization\.Company$|organization\.dash\.Company$|dash\.organization\.Company$/;

/**
 * Company objects subjectCompany could pick, told from their JSON text before it is parsed (most
 * of a logged-in page's company objects are other companies): one it can pick holds the URL's
 * slug (in `universalName` or its URN, any case) or every word of the shown name; text with an
 * escape is parsed anyway, since an escape could spell either.
 */
function mayBeSubject(shownName: string | null, pageUrl: string): Keep {
  const slug = /\/company\/([^/?#]+)/.exec(pageUrl)?.[1]?.toLowerCase() ?? null;
  const words = shownName ? shownName.split(' ') : null;
  // Lowering each object (5–50 KB) was the dearest test: an ASCII slug is found by a case-blind
  // search instead, the same answer, as only "İ" and the Kelvin sign lower to ASCII from outside it.
  const ascii = slug && /^[ -~]+$/.test(slug) && RegExp(slug.replace(/\W/g, '\\$&'), 'i');
  const hasSlug = (text: string): boolean => (ascii && !/[\u0130\u212a]/.test(text) ? ascii.test(text) : !!slug && text.toLowerCase().includes(slug));
  return {
    key: `${slug}\u0000${shownName}`,
    test: (text) => (!!words && words.every((w) => text.includes(w))) || text.includes('\\') || hasSlug(text),
  };
}

function subjectCompany(json: EmbeddedJson, shownName: string | null, pageUrl: string): JsonObject | null {
  const slug = /\/company\/([^/?#]+)/.exec(pageUrl)?.[1]?.toLowerCase() ?? null;
  const candidates = json.objects.filter((o) => typeof o.$type === 'string' && COMPANY_TYPE.test(o.$type) && typeof o.name === 'string');
  const score = (o: JsonObject): number => {
    let s = 0;
    if (slug && (str(o, 'universalName').toLowerCase() === slug || String(o.entityUrn ?? '').endsWith(`:${slug}`))) s += 10;
    if (shownName && str(o, 'name') === shownName) s += 5;
    s += Math.min(Object.keys(o).length, 40) / 100;
    return s;
  };
  let best: JsonObject | null = null;
  let bestScore = 1;
  for (const c of candidates) {
    const s = score(c);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

function industryName(json: EmbeddedJson, company: JsonObject): string {
  for (const key of ['*industry', '*companyIndustries', 'companyIndustries', 'industry']) {
    const ref = company[key];
    const target = deref(json, ref);
    const name = target ? str(target, 'name') || str(target, 'localizedName') : '';
    if (name) return name;
  }
  return '';
}

/** Meta tags and the page title, last. */
function readFallbacks(doc: Document, r: Recorder): void {
  const description = known(r, 'followers') ? '' : meta(doc, 'og:description') || meta(doc, 'description');
  const followers = /([\d.,]+\s*[KkMm]?)\s+followers on LinkedIn/i.exec(description.slice(0, 1000));
  if (followers?.[1]) r.companyValue('followers', parseCount(followers[1]), 'meta', description);
  // Asked even when a name is held: the Recorder keeps it as the next candidate, which completion
  // takes when the held one turns out to be an error sentence (lib/extract/complete.ts).
  const title = clean(doc.title) || meta(doc, 'og:title');
  const m = /^(?:\(\d+\)\s*)?(.+?)\s*(?:[:|]\s*(?:Overview|About|People|Posts|Jobs|Life)\s*)?\|\s*LinkedIn$/.exec(title);
  if (m?.[1]) r.companyText('name', m[1], 'meta', title);
}

/**
 * A company page and every tab of it (/company/<slug>/, about, posts, people, jobs, life):
 * each tab carries the same top card, read by the same reader. Schools and showcase pages too.
 */
export const linkedinCompanyReader: SiteReader = {
  kind: 'linkedin-company',
  matches: { origins: LINKEDIN_ORIGINS, upgradeHttp: true, host: LINKEDIN_HOST, paths: [/^\/(?:company|school|showcase)\/[^/]+/] },
  subject: 'company',
  authority: 'all',
  read: extractLinkedinCompany,
};
