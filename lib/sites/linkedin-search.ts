import type { Evidence, PersonObservation } from '../observation';
import { emptyPerson } from '../observation-empty';
import { all, canonicalProfileUrl, clean, snip, textOf } from '../extract/dom';
import type { Recorder } from '../extract/record';
import { usable } from '../extract/record';
import { isInsightLine, mayHoldInsight } from './insight';
import { LINKEDIN_HOST } from './linkedin-host';
import { LINKEDIN_ORIGINS } from './origins';
import type { SiteReader } from './reader';

/**
 * Lists of people: LinkedIn people search (2018 Ember, 2019, 2024–2025 "reusable search", guest
 * directory cards), Sales Navigator lead search and lead lists, a company's People tab and the
 * viewer's Connections list. Each card yields one person with the company the row states as
 * current: Sales Navigator's company column, else the insight line ("Current: … at X"), else
 * the headline (lib/sites/headline.ts). The viewer (navigation bar, "Me" menu, left-rail
 * identity card, or a card that is the viewer's own profile) and the "mutual connections"
 * named inside a card are never results.
 */
export const SEARCH_SELECTORS = {
  card: [
    '[data-chameleon-result-urn]',
    'li.reusable-search__result-container',
    '.entity-result',
    '.search-result__info',
    '.base-search-card',
    '[data-x-search-result="LEAD"]',
    '.org-people-profile-card__profile-info', // company People tab, 2021–2025
    '.mn-connection-card', // Connections list, 2019–2024
    'li.artdeco-list__item [data-anonymize="person-name"]',
    'tr [data-anonymize="person-name"]', // Sales Navigator lead lists (table rows)
  ],
  name: [
    '.entity-result__title-text a span[aria-hidden="true"]',
    '.actor-name',
    '.base-search-card__title',
    '[data-anonymize="person-name"]',
    '.artdeco-entity-lockup__title',
    '.mn-connection-card__name',
  ],
  headline: [
    '.entity-result__primary-subtitle',
    '.subline-level-1',
    '.base-search-card__subtitle',
    '[data-anonymize="headline"]',
    '.artdeco-entity-lockup__subtitle',
    '.mn-connection-card__occupation',
  ],
  /** Sales Navigator states title and company in their own columns. */
  title: ['[data-anonymize="title"]', '[data-anonymize="job-title"]'],
  company: ['[data-anonymize="company-name"]'],
  location: ['.entity-result__secondary-subtitle', '.subline-level-2', '.job-search-card__location', '[data-anonymize="location"]'],
  /** Where the viewer's own name and profile link live on logged-in pages. */
  viewer: ['.global-nav__me', '.global-nav__me-photo', '.feed-identity-module', '.profile-card', '[data-view-name="identity-module"]', 'header', 'nav'],
} as const;

/** Cards inside these are never results: navigation, the viewer's rail, the "People also viewed" aside. */
const NOT_RESULTS = 'nav, header, aside, .global-nav, .scaffold-layout__aside, .feed-identity-module, .profile-card';

export function extractLinkedinSearch(doc: Document, r: Recorder, pageUrl = ''): void {
  readPeopleList(doc, r, pageUrl);
}

/** Reads every person card on the page into `r.people` (at most 200), the viewer excluded. */
export function readPeopleList(doc: Document, r: Recorder, pageUrl = ''): void {
  const viewer = viewerOf(doc, pageUrl);
  const seen = new Set<string>();
  for (const card of findCards(doc).slice(0, 200)) {
    const read = readCard(card, pageUrl);
    if (!read) continue;
    if (isViewer(read.person, viewer)) continue;
    const key = read.person.linkedinUrl ?? read.person.name ?? '';
    if (seen.has(key)) continue;
    seen.add(key);
    r.addPerson(read.person, read.evidence, read.insight);
  }
}

function findCards(doc: Document): Element[] {
  for (const selector of SEARCH_SELECTORS.card) {
    let cards = all(doc, selector).filter((c) => !c.closest(NOT_RESULTS));
    if (selector.includes('person-name')) cards = cards.map((c) => c.closest('tr, li') ?? c);
    if (cards.length > 0) return cards;
  }
  // 2025 lists with obfuscated classes (Connections): list items in the main column that link a profile.
  return all(doc, 'main li').filter((li) => li.querySelector('a[href*="/in/"]') && !li.closest(NOT_RESULTS) && !li.querySelector('li'));
}

function pick(card: Element, selectors: readonly string[]): { text: string; selector: string } | null {
  for (const selector of selectors) {
    const el = card.querySelector(selector);
    const text = textOf(el);
    if (text) return { text, selector };
  }
  return null;
}

function profileUrl(href: string, pageUrl: string): string | null {
  let absolute = href;
  try {
    absolute = new URL(href, pageUrl || 'https://www.linkedin.com/').href;
  } catch {
    /* keep as is */
  }
  return canonicalProfileUrl(absolute);
}

function readCard(card: Element, pageUrl: string): { person: PersonObservation; evidence: Partial<Record<keyof PersonObservation, Evidence>>; insight: string | null } | null {
  const person = emptyPerson();
  const evidence: Partial<Record<keyof PersonObservation, Evidence>> = {};
  const set = (field: keyof PersonObservation, value: string | null, source: string, snippet: string): void => {
    const v = usable(value);
    if (!v || person[field] !== null) return;
    person[field] = v;
    evidence[field] = { source, snippet: snip(snippet) };
  };
  // The profile link: the first /in/ link that carries visible text (the photo link has none).
  // The photo link is aria-hidden and carries only screen-reader text ("Status is offline").
  // Links inside an insight block are not the card's (mutual connections): `closest` per link
  // asked the same ancestors above the card each time, so they are asked once.
  const links = card.closest(INSIGHT) ? [] : Array.from(card.querySelectorAll('a[href*="/in/"]')).filter((a) => !withinUpTo(a, card));
  let shown = ''; // the profile link's shown text, read once (links[0] as a fallback shows none)
  const profileLink = links.find((a) => (shown = shownText(a))) ?? links[0] ?? null;
  const name = pick(card, SEARCH_SELECTORS.name);
  if (name) set('name', name.text, 'selector', `${name.selector}: ${name.text}`);
  else if (profileLink) set('name', shown, 'link', shown);
  if (profileLink) {
    const url = profileUrl(profileLink.getAttribute('href') ?? '', pageUrl);
    if (url) set('linkedinUrl', url, 'link', profileLink.getAttribute('href') ?? url);
  } else {
    // Sales Navigator rows link the lead page, not the profile: that URL identifies the contact.
    const lead = card.querySelector('a[href*="/sales/lead/"], a[href*="/sales/people/"]');
    const id = /\/sales\/(?:lead|people)\/([^/?#,]+)/.exec(lead?.getAttribute('href') ?? '')?.[1];
    if (lead && id) set('linkedinUrl', `https://www.linkedin.com/sales/lead/${id}`, 'link', lead.getAttribute('href') ?? id);
  }
  const headline = pick(card, SEARCH_SELECTORS.headline);
  const location = pick(card, SEARCH_SELECTORS.location);
  if (headline) set('headline', headline.text, 'selector', `${headline.selector}: ${headline.text}`);
  if (location) set('location', location.text, 'selector', `${location.selector}: ${location.text}`);
  if (!headline || !location) {
    // 2025 cards: obfuscated classes; the two lines after the name are headline and location.
    const lines = all(card, 'div.t-14.t-normal').map(textOf).filter(Boolean);
    if (lines.length === 0 && !headline) {
      // Obfuscated list items: the text lines after the name, insight lines and buttons aside.
      const texts = all(card, 'p, span[aria-hidden="true"], div.t-14, div.t-12').map(textOf).filter((t) => t && t !== person.name && !isInsightLine(t) && !/^(message|connect|follow|remove|·|\d+(st|nd|rd|th))$/i.test(t));
      if (texts[0]) set('headline', texts[0], 'text', texts[0]);
    }
    if (!headline && lines[0]) set('headline', lines[0], 'text', lines[0]);
    if (!location && lines[1]) set('location', lines[1], 'text', lines[1]);
  }
  const title = pick(card, SEARCH_SELECTORS.title);
  if (title) set('title', title.text, 'selector', `${title.selector}: ${title.text}`);
  const company = pick(card, SEARCH_SELECTORS.company);
  if (company) set('company', company.text, 'selector', `${company.selector}: ${company.text}`);
  // Without a company, the insight line ("Current: VP Sales at Acme") and the headline state it:
  // parsed by lib/extract/complete.ts, with the headline's role as the title (#12, size budget).
  const insight = person.company || !mayHoldInsight(card) ? null : (all(card, 'p, div, span').map(textOf).find((t) => isInsightLine(t)) ?? null);
  if (!person.name) return null;
  return { person, evidence, insight };
}

const INSIGHT = '.entity-result__insights, [class*="insight"]';

/**
 * Whether `el` or an ancestor below `stop` matches INSIGHT (`el.closest(INSIGHT)` short of `stop`).
 * Outside quirks mode INSIGHT is "the class attribute contains `insight`" (the first selector's
 * class contains it too), read without matching a selector list on every ancestor.
 */
function withinUpTo(el: Element, stop: Element): boolean {
  const quirks = el.ownerDocument.compatMode === 'BackCompat';
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) if (quirks ? e.matches(INSIGHT) : e.getAttribute('class')?.includes('insight')) return true;
  return false;
}

interface Viewer {
  names: Set<string>;
  urls: Set<string>;
}

/** The viewer's name (navigation photo's alt text, identity card) and profile links, on logged-in pages. */
function viewerOf(doc: Document, pageUrl: string): Viewer {
  const names = new Set<string>();
  const urls = new Set<string>();
  // 2021–2025: img.global-nav__me-photo; 2018–2019: img.nav-item__profile-member-photo. Saved pages
  // carry the viewer's name there but rarely a link to their profile (the "Me" menu renders on click).
  for (const img of all(doc, 'img.global-nav__me-photo, .global-nav__me img, img.nav-item__profile-member-photo, .feed-identity-module img, .profile-card img')) {
    const alt = clean(img.getAttribute('alt')).replace(/^(photo of|foto von|photo de)\s+/i, '');
    if (alt && alt.split(/\s+/).length <= 6) names.add(alt.toLowerCase());
  }
  for (const selector of SEARCH_SELECTORS.viewer) {
    for (const root of all(doc, selector)) {
      for (const a of Array.from(root.querySelectorAll('a[href*="/in/"]'))) {
        const url = profileUrl(a.getAttribute('href') ?? '', pageUrl);
        if (url) urls.add(url);
      }
    }
  }
  return { names, urls };
}

function isViewer(person: PersonObservation, viewer: Viewer): boolean {
  if (person.linkedinUrl && viewer.urls.has(person.linkedinUrl)) return true;
  // A card without a profile link that carries the viewer's name is the viewer's own card.
  return !!person.name && viewer.names.has(person.name.toLowerCase()) && (!person.linkedinUrl || viewer.urls.size === 0);
}

/** What a sighted user reads in a link: the aria-hidden copy, or the text minus screen-reader-only spans. */
function shownText(a: Element): string {
  const visible = clean(a.querySelector('[aria-hidden="true"]')?.textContent);
  if (visible) return visible;
  let text = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.textContent ?? '';
      else if (child.nodeType === 1 && !(child as Element).classList.contains('visually-hidden') && !(child as Element).classList.contains('sr-only')) walk(child);
    }
  };
  walk(a);
  return clean(text);
}

/**
 * Lists of people a rep works from: people search, Sales Navigator lead search and lead lists,
 * and the viewer's own Connections list. (A company's People tab is a company page: it is read
 * by the company reader, which also lists the people it shows.)
 */
export const linkedinSearchReader: SiteReader = {
  kind: 'linkedin-search',
  matches: {
    origins: LINKEDIN_ORIGINS,
    upgradeHttp: true,
    host: LINKEDIN_HOST,
    paths: [/^\/search\/results\/(?:people|all)(?:\/|$)/, /^\/sales\/search\/people(?:\/|$)/, /^\/sales\/lists\/people(?:\/|$)/, /^\/mynetwork\/invite-connect\/connections(?:\/|$)/],
  },
  subject: 'people',
  authority: 'none',
  read: extractLinkedinSearch,
};
