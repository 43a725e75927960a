import type { Evidence, PersonObservation } from '../observation';
import { emptyPerson } from '../observation-empty';
import { all, canonicalProfileUrl, clean, snip, textOf } from '../extract/dom';
import type { Recorder } from '../extract/record';
import { usable } from '../extract/record';

/**
 * LinkedIn people search results (2018 Ember, 2019, 2024–2025 "reusable search", guest
 * directory cards), and Sales Navigator lead lists. Each result card yields one person;
 * the viewer and the "mutual connections" named inside a card are never results.
 */
export const SEARCH_SELECTORS = {
  card: [
    '[data-chameleon-result-urn]',
    'li.reusable-search__result-container',
    '.entity-result',
    '.search-result__info',
    '.base-search-card',
    '[data-x-search-result="LEAD"]',
    'li.artdeco-list__item [data-anonymize="person-name"]',
  ],
  name: ['.entity-result__title-text a span[aria-hidden="true"]', '.actor-name', '.base-search-card__title', '[data-anonymize="person-name"]'],
  headline: ['.entity-result__primary-subtitle', '.subline-level-1', '.base-search-card__subtitle', '[data-anonymize="title"]'],
  location: ['.entity-result__secondary-subtitle', '.subline-level-2', '.job-search-card__location', '[data-anonymize="location"]'],
} as const;

export function extractLinkedinSearch(doc: Document, r: Recorder): void {
  const cards = findCards(doc);
  const seen = new Set<string>();
  for (const card of cards.slice(0, 200)) {
    const read = readCard(card);
    if (!read) continue;
    const key = read.person.linkedinUrl ?? read.person.name ?? '';
    if (seen.has(key)) continue;
    seen.add(key);
    r.addPerson(read.person, read.evidence);
  }
}

function findCards(doc: Document): Element[] {
  for (const selector of SEARCH_SELECTORS.card) {
    const cards = all(doc, selector);
    if (cards.length > 0) return selector.includes('person-name') ? cards.map((c) => c.closest('li') ?? c) : cards;
  }
  return [];
}

function pick(card: Element, selectors: readonly string[]): { text: string; selector: string } | null {
  for (const selector of selectors) {
    const el = card.querySelector(selector);
    const text = textOf(el);
    if (text) return { text, selector };
  }
  return null;
}

function readCard(card: Element): { person: PersonObservation; evidence: Partial<Record<keyof PersonObservation, Evidence>> } | null {
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
  const links = Array.from(card.querySelectorAll('a[href*="/in/"]')).filter((a) => !a.closest('.entity-result__insights, [class*="insight"]'));
  const profileLink = links.find((a) => shownText(a)) ?? links[0] ?? null;
  const name = pick(card, SEARCH_SELECTORS.name);
  if (name) set('name', name.text, 'selector', `${name.selector}: ${name.text}`);
  else if (profileLink) {
    const shown = shownText(profileLink);
    set('name', shown, 'link', shown);
  }
  if (profileLink) {
    const url = canonicalProfileUrl(profileLink.getAttribute('href') ?? '');
    if (url) set('linkedinUrl', url, 'link', profileLink.getAttribute('href') ?? url);
  }
  const headline = pick(card, SEARCH_SELECTORS.headline);
  const location = pick(card, SEARCH_SELECTORS.location);
  if (headline) set('headline', headline.text, 'selector', `${headline.selector}: ${headline.text}`);
  if (location) set('location', location.text, 'selector', `${location.selector}: ${location.text}`);
  if (!headline || !location) {
    // 2025 cards: obfuscated classes; the two lines after the name are headline and location.
    const lines = all(card, 'div.t-14.t-normal').map(textOf).filter(Boolean);
    if (!headline && lines[0]) set('headline', lines[0], 'text', lines[0]);
    if (!location && lines[1]) set('location', lines[1], 'text', lines[1]);
  }
  if (!person.name) return null;
  return { person, evidence };
}

/** What a sighted user reads in a link: the aria-hidden copy, or the text minus screen-reader-only spans. */
function shownText(a: Element): string {
  const visible = clean(a.querySelector('[aria-hidden="true"]')?.textContent);
  if (visible) return visible;
  let text = '';
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) text += child.textContent ?? '';
      else if (child.nodeType === 1 && !(child as Element).classList.contains('visually-hidden') && !(child as Element).classList.contains('sr-only')) walk(child);
    }
  };
  walk(a);
  return clean(text);
}
