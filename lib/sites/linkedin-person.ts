import { all, canonicalCompanyUrl, canonicalProfileUrl, clean, first, hasType, isObject, jsonLd, meta, str, textOf, type JsonObject } from '../extract/dom';
import type { Recorder } from '../extract/record';
import { LINKEDIN_ORIGINS } from './origins';
import { LINKEDIN_HOST } from './linkedin-host';
import type { SiteReader } from './reader';
import { readExperience } from './linkedin-experience';

/**
 * A LinkedIn person page (/in/..., /pub/...), across markup generations:
 * guest pages of 2024 (schema.org Person JSON-LD), logged-in pages of 2024 and 2025
 * (obfuscated classes: only the few stable ones are used), Ember 2018, public profiles of 2013–2016.
 *
 * Logged-in pages also hold the viewer's own name and photo (navigation bar, "Me" menu):
 * every selector here is scoped to the profile's top card or to markers the viewer's
 * own widgets never carry, so the subject is read, never the viewer.
 *
 * Selectors are data: one list per field, most specific and most recent first.
 */
export const PERSON_SELECTORS = {
  /** The top card of each generation; the fields below are looked up inside it first. */
  topCard: [
    '.top-card-layout', // guest 2024
    'main section.artdeco-card:first-of-type', // logged-in 2024–2025
    '.pv-top-card', // logged-in 2020–2023
    '.pv-top-card-section__body', // Ember 2018
    '#top-card', // public 2013–2016
    '#topcard',
    '.profile-overview',
    'main',
  ],
  name: [
    '.top-card-layout__title',
    'h1.text-heading-xlarge',
    '.pv-top-card-section__name',
    '#name .full-name',
    'h1#name',
    'h1.fn',
    '.full-name',
    'h1',
  ],
  headline: [
    '.top-card-layout__headline',
    '.text-body-medium.break-words',
    '.pv-top-card-section__headline',
    'p.headline.title',
    '.headline-title',
    '#headline .title',
  ],
  location: [
    '.top-card-layout__first-subline .not-first-middot > span:first-child',
    '.text-body-small.inline.t-black--light.break-words',
    '.pv-top-card-section__location',
    '.locality',
    '#location .locality',
  ],
  currentCompany: [
    '[data-section="currentPositionsDetails"] .top-card-link__description',
    '.pv-top-card-section__company',
    'tr[data-section="currentPositionsDetails"] li:first-child',
    '.position.summary-current .org',
  ],
} as const;

/** Text a sign-in wall or an error page shows where a name would be. */
const NOT_A_NAME = /^(linkedin$|sign in|sign up|join (now|linkedin)|welcome back|log ?in|linkedin login|page not found|profile not found|this (page|profile) (doesn.t exist|is not available)|people also viewed|linkedin member|anmelden|s'identifier|iniciar sesión)/i;

export function extractLinkedinPerson(doc: Document, r: Recorder, pageUrl: string): void {
  if (isWall(doc, pageUrl)) return;
  const slugUrl = canonicalProfileUrl(pageUrl);
  const ld = personFromJsonLd(doc, slugUrl);
  if (ld) readJsonLd(ld, r);

  const root = topCard(doc);
  const name = first(root, PERSON_SELECTORS.name) ?? (root === doc ? null : first(doc, ['h1'])); // without a top card, 'h1' was just asked of the page
  if (name && !NOT_A_NAME.test(textOf(name.el))) r.personFound('name', name);

  r.personFound('headline', first(root, PERSON_SELECTORS.headline));
  r.personFound('location', first(root, PERSON_SELECTORS.location) ?? (root === doc ? null : first(doc, PERSON_SELECTORS.location)));

  readCurrentCompany(doc, root, r);
  const titleParts = pageTitleParts(doc); // read once: the title and, without one, two meta lookups
  readTitle(doc, r, titleParts);
  readExperience(doc, r, pageUrl); // current position from the Experience section when the above left title/company empty
  // Last, the headline only when no structured employer or Experience entry named one (#16): parsed
  // by lib/extract/complete.ts outside the content script (#12, size budget).
  // The "Name | LinkedIn" page title when nothing else named the person.
  if (titleParts && !NOT_A_NAME.test(titleParts[0] ?? '')) r.personText('name', titleParts[0], 'meta', clean(doc.title) || meta(doc, 'og:title'));
  if (slugUrl && r.person && r.person.name) r.personText('linkedinUrl', slugUrl, 'url', pageUrl);
}

function isWall(doc: Document, pageUrl: string): boolean {
  if (/\/(authwall|checkpoint|login|signup)\b/.test(pageUrl)) return true;
  const h1 = clean(doc.querySelector('h1')?.textContent);
  if (h1 && NOT_A_NAME.test(h1) && !doc.querySelector('.top-card-layout__title, .text-heading-xlarge')) return true;
  return false;
}

function topCard(doc: Document): ParentNode {
  for (const selector of PERSON_SELECTORS.topCard) {
    let el: Element | null = null;
    try {
      el = doc.querySelector(selector);
    } catch {
      continue;
    }
    if (el && el.querySelector('h1')) return el;
  }
  return doc;
}

function personFromJsonLd(doc: Document, slugUrl: string | null): JsonObject | null {
  const people = jsonLd(doc).filter((o) => hasType(o, 'Person'));
  if (people.length === 0) return null;
  if (slugUrl) {
    const same = people.find((p) => canonicalProfileUrl(str(p, 'url')) === slugUrl || canonicalProfileUrl(str(p, 'sameAs')) === slugUrl);
    if (same) return same;
  }
  return people[0] ?? null;
}

function readJsonLd(p: JsonObject, r: Recorder): void {
  const name = str(p, 'name');
  if (name && !NOT_A_NAME.test(name)) r.personText('name', name, 'json-ld', `Person.name: ${name}`);
  const jobTitle = Array.isArray(p.jobTitle) ? p.jobTitle.find((t) => typeof t === 'string') : p.jobTitle;
  if (typeof jobTitle === 'string') r.personText('title', jobTitle, 'json-ld', `Person.jobTitle: ${jobTitle}`);
  const address = isObject(p.address) ? p.address : null;
  const locality = address ? str(address, 'addressLocality') : '';
  if (locality) r.personText('location', locality, 'json-ld', `Person.address: ${locality}`);
  const works = (Array.isArray(p.worksFor) ? p.worksFor : [p.worksFor]).filter(isObject);
  // The current employer: a role without an end date, first listed.
  const current = works.find((w) => !(isObject(w.member) && str(w.member, 'endDate'))) ?? null;
  if (current) {
    const company = str(current, 'name');
    if (r.personText('company', company, 'json-ld', `Person.worksFor: ${company}`)) {
      const url = canonicalCompanyUrl(str(current, 'url'));
      if (url) r.personText('companyLinkedinUrl', url, 'json-ld', `Person.worksFor.url: ${str(current, 'url')}`);
    }
  }
}

function readCurrentCompany(doc: Document, root: ParentNode, r: Recorder): void {
  // Logged-in 2024–2025: a button whose label states the current company.
  const button = root.querySelector('[aria-label^="Current company:"]') ?? doc.querySelector('main [aria-label^="Current company:"]');
  if (button) {
    const label = button.getAttribute('aria-label') ?? '';
    const company = clean(label.replace(/^Current company:\s*/, '').replace(/\.\s*Click to .*$/, ''));
    if (r.personText('company', company || textOf(button), 'selector', `aria-label: ${label}`)) linkCompany(button, r);
  }
  const found = first(root, PERSON_SELECTORS.currentCompany) ?? (root === doc ? null : first(doc, PERSON_SELECTORS.currentCompany));
  if (found) {
    const company = clean(textOf(found.el).replace(/,\s*$/, ''));
    if (r.personText('company', company, 'selector', `${found.selector}: ${company}`)) linkCompany(found.el, r);
  }
  // Public 2015: a "Current" row in the summary table.
  for (const row of all(doc, 'table.extra-info tr')) {
    if (clean(row.querySelector('th')?.textContent) !== 'Current') continue;
    const item = row.querySelector('li');
    const company = clean(textOf(item).replace(/,\s*$/, ''));
    if (item && r.personText('company', company, 'selector', `Current: ${company}`)) linkCompany(item, r);
  }
}

function linkCompany(el: Element, r: Recorder): void {
  const anchor = el.closest('a') ?? el.querySelector('a');
  const url = canonicalCompanyUrl(anchor?.getAttribute('href') ?? '');
  if (url) r.personText('companyLinkedinUrl', url, 'link', anchor?.getAttribute('href') ?? url);
}

/** "Name - Title - Company | LinkedIn" → parts; null when the title is not that shape. */
function pageTitleParts(doc: Document): string[] | null {
  const raw = clean(doc.title) || meta(doc, 'og:title');
  const m = /^(?:\(\d+\)\s*)?(.*?)\s*\|\s*LinkedIn\s*$/.exec(raw);
  if (!m || !m[1]) return null;
  // Sub-pages: "Activity | Jane Doe | LinkedIn", "Experience | Jane Doe | LinkedIn": the name is the last part.
  const core = m[1].split(/\s+\|\s+/).pop() ?? '';
  return core.split(/\s+[-–]\s+/).map(clean).filter(Boolean);
}

function readTitle(doc: Document, r: Recorder, parts: string[] | null): void {
  const person = r.person;
  if (!person || person.title) return;
  if (parts && parts.length === 3 && parts[0] === person.name) {
    r.personText('title', parts[1], 'meta', clean(doc.title));
    return;
  }
  // "VP of Sales at Northwind" in the headline, when the company after "at" is the current one.
  const headline = person.headline ?? '';
  const company = person.company;
  if (company) {
    const m = new RegExp(`^(.{2,80}?)\\s+(?:at|@|bei|chez|en|bij)\\s+${escapeRegExp(company)}\\b`, 'i').exec(headline);
    if (m && m[1]) r.personText('title', m[1], 'text', headline);
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A profile and its sub-pages (/in/<slug>/recent-activity/…, /details/experience/, /overlay/…)
 * read as the person: the sub-pages carry the same top card or at least the name and headline.
 */
export const linkedinPersonReader: SiteReader = {
  kind: 'linkedin-person',
  matches: { origins: LINKEDIN_ORIGINS, upgradeHttp: true, host: LINKEDIN_HOST, paths: [/^\/(?:in|pub)\/[^/]+/] },
  subject: 'person',
  authority: 'none',
  read: extractLinkedinPerson,
};
