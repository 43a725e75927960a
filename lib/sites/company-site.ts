import { all, canonicalCompanyUrl, clean, hasType, hostOf, isObject, jsonLd, meta, str, textOf, type JsonObject } from '../extract/dom';
import type { Recorder } from '../extract/record';
import { detectTechnologies } from '../technographics';

/**
 * Any company website. The company's name is its brand (structured data, site name, the part of
 * the page title that matches the domain), never a page title; the domain is the registrable
 * domain of the page; the address only when the page states one (JSON-LD or a postal address
 * in the footer); technologies from the markup (lib/technographics).
 *
 * JSON-LD traps handled: pages listing customers as Organization objects (only an Organization
 * tied to this domain, or the single one on the page, is the company), empty or broken blocks.
 */
export function extractCompanySite(doc: Document, r: Recorder, pageUrl: string): void {
  const domain = registrableDomain(hostOf(pageUrl));
  const org = ownOrganization(doc, domain);
  if (org) readOrganization(org, r);
  readName(doc, r, domain);
  if (domain) {
    r.companyText('domain', domain, 'url', pageUrl);
    r.companyText('website', `https://${hostOf(pageUrl) || domain}/`, 'url', pageUrl);
  }
  readLinkedinLink(doc, r);
  if (!r.has('company.headquarters')) readFooterAddress(doc, r);
  if (!r.has('company.employees')) readHeadcount(doc, r);
  const description = meta(doc, 'description') || meta(doc, 'og:description');
  r.companyText('description', description, 'meta', description);
  const technologies = detectTechnologies(doc);
  if (technologies.length > 0) {
    r.companyValue(
      'technologies',
      technologies.map((t) => ({ name: t.name, category: t.category })),
      'script',
      technologies
        .slice(0, 5)
        .map((t) => `${t.name}: ${t.evidence.snippet}`)
        .join(' · '),
    );
    technologies.forEach((t, i) => {
      r.evidence[`company.technologies[${i}]`] = t.evidence;
    });
  }
}

/** Second-level domains under which companies register (example.co.uk). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ltd', 'plc', 'or', 'ne', 'go']);

/** "resources.audiense.com" → "audiense.com"; "shop.example.co.uk" → "example.co.uk". */
export function registrableDomain(host: string): string {
  const parts = host.toLowerCase().replace(/^www\./, '').split('.').filter(Boolean);
  if (parts.length <= 2) return parts.join('.');
  const secondLast = parts[parts.length - 2] ?? '';
  const last = parts[parts.length - 1] ?? '';
  const keep = SECOND_LEVEL.has(secondLast) && last.length === 2 ? 3 : 2;
  return parts.slice(-keep).join('.');
}

function ownOrganization(doc: Document, domain: string): JsonObject | null {
  const orgs = jsonLd(doc).filter((o) => hasType(o, 'Organization', 'Corporation', 'LocalBusiness', 'ProfessionalService'));
  const mine = orgs.find((o) => domain && registrableDomain(hostOf(str(o, 'url'))) === domain);
  if (mine) return mine;
  // A single Organization is the site's own; many are a customer wall or a partner list.
  return orgs.length === 1 ? (orgs[0] ?? null) : null;
}

function readOrganization(org: JsonObject, r: Recorder): void {
  const name = brand(str(org, 'name'));
  r.companyText('name', name, 'json-ld', `Organization.name: ${str(org, 'name')}`);
  const address = isObject(org.address) ? org.address : Array.isArray(org.address) && isObject(org.address[0]) ? org.address[0] : null;
  if (address) {
    const locality = [str(address, 'addressRegion'), str(address, 'postalCode')].filter(Boolean).join(' ');
    const text = [str(address, 'streetAddress'), str(address, 'addressLocality'), locality].filter(Boolean).join(', ');
    r.companyText('headquarters', text, 'json-ld', `Organization.address: ${text}`);
  }
  const employees = isObject(org.numberOfEmployees) ? org.numberOfEmployees : null;
  if (employees) {
    const min = Number(employees.minValue ?? employees.value);
    const max = Number(employees.maxValue ?? employees.value);
    if (Number.isInteger(min) && Number.isInteger(max) && min >= 0 && max >= min)
      r.companyValue('employees', { min, max }, 'json-ld', `Organization.numberOfEmployees: ${min}–${max}`);
  }
  const founded = Number.parseInt(str(org, 'foundingDate'), 10);
  if (founded > 1600 && founded < 2200) r.companyValue('founded', founded, 'json-ld', `Organization.foundingDate: ${str(org, 'foundingDate')}`);
  const sameAs = (Array.isArray(org.sameAs) ? org.sameAs : [org.sameAs]).filter((u): u is string => typeof u === 'string');
  const linkedin = sameAs.map(canonicalCompanyUrl).find((u): u is string => u !== null);
  if (linkedin) r.companyText('linkedinUrl', linkedin, 'json-ld', `Organization.sameAs: ${linkedin}`);
}

const LEGAL_SUFFIX = /[,\s]+(inc\.?|incorporated|llc|l\.l\.c\.|ltd\.?|limited|gmbh|ag|s\.?a\.?s?|b\.?v\.?|n\.?v\.?|plc|corp\.?|corporation|co\.)$/i;

/** "DataVisor, Inc." → "DataVisor"; "Segment Blog" → "Segment". */
function brand(name: string): string {
  return clean(clean(name).replace(LEGAL_SUFFIX, '').replace(/\s+(blog|news|newsroom|careers|docs)$/i, ''));
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function readName(doc: Document, r: Recorder, domain: string): void {
  if (r.has('company.name')) return;
  const label = squash(domain.split('.')[0] ?? '');
  const siteName = meta(doc, 'og:site_name') || meta(doc, 'application-name');
  if (siteName && siteName.length <= 60) {
    r.companyText('name', brand(siteName), 'meta', `og:site_name: ${siteName}`);
    return;
  }
  const website = jsonLd(doc).find((o) => hasType(o, 'WebSite') && str(o, 'name'));
  if (website) {
    r.companyText('name', brand(str(website, 'name')), 'json-ld', `WebSite.name: ${str(website, 'name')}`);
    return;
  }
  // The part of the title that names the domain: "About | Clay.com" → "Clay".
  const title = clean(doc.title) || meta(doc, 'og:title');
  const parts = title.split(/\s+[|–—:-]\s+|\s+[|–—]\s*|\s*[|–—]\s+/).map((p) => brand(p.replace(/\.(com|io|ai|co|net|org|de)$/i, ''))).filter(Boolean);
  const match = label ? parts.find((p) => squash(p) === label || (squash(p).length >= 3 && label.startsWith(squash(p)) && squash(p).length >= label.length - 4)) : undefined;
  if (match) {
    r.companyText('name', match, 'text', `title: ${title}`);
    return;
  }
  // The brand written out where the domain's name appears: "LangChain is the platform…",
  // a logo's description ("audiense_logotype_black"), the copyright line.
  const sources: [string, string][] = [
    ['meta', meta(doc, 'description') || meta(doc, 'og:description')],
    ['meta', meta(doc, 'og:title')],
    ...all(doc, 'header img[alt], a[href="/"] img[alt], nav img[alt], img[class*="logo"][alt], img[src*="logo"][alt]')
      .slice(0, 20)
      .map((img): [string, string] => ['selector', clean(img.getAttribute('alt')).replace(/[_-]+/g, ' ')]),
    ['text', (textOf(doc.querySelector('footer')).match(/©[^|.]{0,80}/) ?? [''])[0]],
  ];
  for (const [source, text] of sources) {
    const found = label ? phraseMatching(text, label) : null;
    if (found) {
      r.companyText('name', found, source, text);
      return;
    }
  }
}

/** The 1–3 word phrase of `text` that spells `label` ("Lang Chain", "LangChain" for "langchain"). */
function phraseMatching(text: string, label: string): string | null {
  const words = text.split(/[^\p{L}\p{N}&'’.-]+/u).filter(Boolean).slice(0, 400);
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let n = 0; n < 3 && i + n < words.length; n++) {
      joined += `${n ? ' ' : ''}${words[i + n]}`;
      const sq = squash(joined);
      if (sq === label) return joined.replace(/[.]+$/, '');
      if (sq.length > label.length) break;
    }
  }
  return null;
}

function readLinkedinLink(doc: Document, r: Recorder): void {
  const links = all(doc, 'a[href*="linkedin.com/company/"], a[href*="linkedin.com/school/"]');
  // Footer and header links are the site's own; a link in an article may be a customer's.
  const own = links.find((a) => a.closest('footer, header, nav, [class*="footer"], [class*="social"]')) ?? links[0];
  const href = own?.getAttribute('href') ?? '';
  const url = canonicalCompanyUrl(href);
  if (url) r.companyText('linkedinUrl', url, 'link', href);
}

/**
 * A head-count the site states in words: "a team of 120", "over 2,000 employees", "350+ people
 * work at". Only with an employee word right after the number ("600k+ active users" is not staff).
 */
const HEADCOUNT = /\b(team of|over|more than|nearly|about|around|almost)?\s*(\d{1,3}(?:[,.]\d{3})+|\d{1,6})\s*(\+)?\s+(?:employees|team members|staff members|Mitarbeiter(?:innen|:innen)?|employés|collaborateurs|empleados|medewerkers)\b/i;

function readHeadcount(doc: Document, r: Recorder): void {
  const text = textOf(doc.querySelector('main') ?? doc.body).slice(0, 100_000);
  const m = HEADCOUNT.exec(text);
  if (!m || !m[2]) return;
  const n = Number(m[2].replace(/[,.]/g, ''));
  if (!Number.isInteger(n) || n < 2) return;
  const qualifier = (m[1] ?? '').toLowerCase();
  const open = Boolean(m[3]) || /over|more than/.test(qualifier);
  // "about 250" is recorded as 250–250, like a stated head-count; the evidence keeps the words.
  r.companyValue('employees', { min: n, max: open ? null : n }, 'text', m[0].trim());
}

/** "101 15th Street, San Francisco, CA 94010": a US-style street address with ZIP. */
const US_ADDRESS = /(?<!\d)\d{1,6}\s+[A-Z0-9][\w .'’#-]{2,60}?,?\s+(?:(?:Suite|Ste\.?|Floor|Fl\.?|Unit|#)\s*[\w-]+,?\s+)?[A-Z][A-Za-z .'-]{1,40},\s*[A-Z]{2},?\s+\d{5}(?:-\d{4})?\b/g;
/** An address under a label ("Headquarters:", "Connect Us", "Adresse"), up to its postal code. */
const LABELLED_ADDRESS = /\b(?:Headquarters|Head office|HQ|Address|Our address|Connect Us|Registered office|Main office|Adresse|Anschrift|Firmensitz|Siège social|Dirección|Sede)\s*:?\s+(\S.{5,160}?\b\d{4,6})\b/;
const HEADQUARTERED = /\b[Hh]eadquartered in ([A-Z][A-Za-z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .'-]{1,40})?)/;

/**
 * The company's address from the footer or an address block. Two or more street addresses
 * are a list of offices, not a headquarters: then nothing is claimed.
 */
function readFooterAddress(doc: Document, r: Recorder): void {
  const scopes = all(doc, 'address, footer, [class*="footer"], [id*="footer"], [class*="address"], [class*="contact"]');
  for (const scope of scopes) {
    const text = textOf(scope).slice(0, 20_000);
    const streets = text.match(US_ADDRESS) ?? [];
    if (streets.length > 1 && new Set(streets).size > 1) return;
    const value = streets[0] ?? LABELLED_ADDRESS.exec(text)?.[1] ?? HEADQUARTERED.exec(text)?.[1] ?? '';
    if (value && r.companyText('headquarters', clean(value).replace(/[.,]$/, ''), 'text', value)) return;
  }
}
