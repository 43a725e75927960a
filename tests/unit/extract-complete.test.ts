// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { completeObservation, extractPage } from '@/lib/extract';
import { extractLinkedinPageRaw } from '@/lib/extract/linkedin-page';
import { statesEmployeeBand } from '@/lib/normalize/employee-band';
import { parseEmployeeRange } from '@/lib/normalize/employees';
import { observationSchema, type Observation } from '@/lib/observation';
import { listFixtures, loadFixture, type FixtureSite } from '../helpers/fixtures';

/**
 * #12: the LinkedIn content script sends headline and size-band text unparsed (its bundle budget is
 * 15 KB gzipped) and lib/extract/complete.ts parses them in the background. What a rep sees must not
 * change: the completed observation equals what the CLI, the eval and the tests read, on every page.
 */
function raw(site: FixtureSite, name: string): { sent: Observation; full: Observation } {
  const f = loadFixture(site, name);
  // The message crosses a structured-clone boundary and the background validates it with zod.
  const sent = observationSchema.parse(JSON.parse(JSON.stringify(extractLinkedinPageRaw(parseDocument(f.html), f.url))));
  return { sent, full: extractPage(parseDocument(f.html), f.url) };
}

describe('the content script sends raw text; the background completes it', () => {
  it('a profile whose headline is the only source of the employer: company and title come from the background', () => {
    const { sent, full } = raw('linkedin', 'person-activity-subpage-2025');
    expect(sent.person?.company).toBeNull();
    expect(sent.missing).toEqual([]); // what is missing is listed once every value is checked and parsed
    const done = completeObservation(sent);
    expect(done.person?.company).toBe('Fernhill Logistics');
    expect(done.person?.title).toBe('Chief Revenue Officer');
    expect(done.evidence['person.company']?.source).toBe('headline');
    expect(done.missing).not.toContain('person.company');
    expect(done).toEqual(full);
  });

  it('a search row with a "Current:" insight line: the line travels with the row and names its company', () => {
    const { sent, full } = raw('linkedin', 'search-people-multirole-2025');
    const i = Number(Object.entries(sent.raw?.insights ?? {}).find(([, line]) => line.startsWith('Current:'))?.[0]);
    expect(sent.people[i]?.company).toBeNull();
    const done = completeObservation(sent);
    expect(done.people[i]?.company).toBe('Fernhill Logistics');
    expect(done.raw).toBeUndefined();
    expect(done).toEqual(full);
  });

  it('a size band travels as text (range unknown until completed) and becomes the same range', () => {
    for (const [site, name, range] of [
      ['linkedin', 'company-about-members-de-2025', { min: 51, max: 200 }],
      ['salesnav', 'account', { min: 501, max: 1000 }],
    ] as const) {
      const { sent, full } = raw(site, name);
      expect(sent.company?.employees).toEqual({ min: null, max: null });
      const done = completeObservation(sent);
      expect(done.company?.employees).toEqual(range);
      expect(done).toEqual(full);
    }
  });

  it('every LinkedIn and Sales Navigator fixture: completed raw = extractPage, and completing twice changes nothing', () => {
    const pages = [...listFixtures('linkedin'), ...listFixtures('salesnav')];
    expect(pages.length).toBeGreaterThan(20);
    for (const f of pages) {
      const done = completeObservation(extractLinkedinPageRaw(parseDocument(f.html), f.url));
      expect(done, f.url).toEqual(extractPage(parseDocument(f.html), f.url));
      expect(completeObservation(done), f.url).toEqual(done);
    }
  });
});

/** What the LinkedIn content script sends for `html` at `url`, as the background receives it. */
function sentFor(html: string, url: string): Observation {
  return observationSchema.parse(JSON.parse(JSON.stringify(extractLinkedinPageRaw(parseDocument(html), url))));
}

describe('name checks: the content script checks the shape, the background the words (#12, size budget)', () => {
  const PROFILE = 'https://www.linkedin.com/in/dana-reyes-4b1a/';
  const topCard = (name: string, extra = '') =>
    `<html><head>${extra}</head><body><main><section class="top-card-layout"><h1 class="top-card-layout__title">${name}</h1><h2 class="top-card-layout__headline">Head of Growth at Northwind</h2></section></main></body></html>`;

  it.each(['Diese Seite existiert nicht', 'Lo sentimos, algo salió mal', 'Désolé, une erreur', 'Please try again later'])(
    'a wall phrase in the name slot (%s) travels, and the background says "not a profile" and claims nothing about a person',
    (phrase) => {
      const sent = sentFor(topCard(phrase), PROFILE);
      expect(sent.person?.name).toBe(phrase); // its shape is a name's: two to six words, no digits, no markup
      const done = completeObservation(sent);
      expect(done.person).toBeNull();
      expect(Object.keys(done.evidence).filter((k) => k.startsWith('person.'))).toEqual([]);
      expect(done.missing.find((m) => m.startsWith('not a profile'))).toContain(phrase.slice(0, 20));
      expect(done).toEqual(extractPage(parseDocument(topCard(phrase)), PROFILE));
    },
  );

  it('a refused name falls through to the next source the reader offered, with that source as evidence', () => {
    const ld = '<script type="application/ld+json">{"@type":"Person","name":"Leider ist ein Fehler aufgetreten"}</script>';
    const sent = sentFor(topCard('Dana Reyes', ld), PROFILE);
    expect(sent.person?.name).toBe('Leider ist ein Fehler aufgetreten');
    const done = completeObservation(sent);
    expect(done.person?.name).toBe('Dana Reyes');
    expect(done.evidence['person.name']?.source).toBe('selector');
    expect(done.missing.some((m) => m.startsWith('not a profile'))).toBe(false);
    expect(completeObservation(done)).toEqual(done);
  });

  it('a company page whose heading is an error sentence takes the name the page title states', () => {
    const html = '<html><head><title>Northwind Traders | LinkedIn</title></head><body><h1 class="top-card-layout__title">Sorry, this page is unavailable</h1></body></html>';
    const url = 'https://www.linkedin.com/company/northwind-traders/';
    const done = completeObservation(sentFor(html, url));
    expect(done.company?.name).toBe('Northwind Traders');
    expect(done.evidence['company.name']?.source).toBe('meta');
    expect(done).toEqual(extractPage(parseDocument(html), url));
  });

  it('a list row named by a wall phrase is dropped; the rows after it keep their own evidence and insight lines', () => {
    const row = (name: string, headline: string, insight = '') =>
      `<li class="reusable-search__result-container"><div class="entity-result"><span class="entity-result__title-text"><a class="app-aware-link" href="https://www.linkedin.com/in/${name.toLowerCase().replace(/\W+/g, '-')}/"><span aria-hidden="true">${name}</span></a></span><div class="entity-result__primary-subtitle">${headline}</div>${insight ? `<p class="entity-result__summary">${insight}</p>` : ''}</div></li>`;
    const html = `<html><body><main><ul>${row('Dana Reyes', 'VP Sales')}${row('Bitte melden Sie sich an', 'Head of Growth')}${row('Lee Chen', 'CFO', 'Current: CFO at Fernhill Logistics')}</ul></main></body></html>`;
    const url = 'https://www.linkedin.com/search/results/people/?keywords=growth';
    const sent = sentFor(html, url);
    expect(sent.people.map((p) => p.name)).toEqual(['Dana Reyes', 'Bitte melden Sie sich an', 'Lee Chen']);
    const done = completeObservation(sent);
    expect(done.people.map((p) => p.name)).toEqual(['Dana Reyes', 'Lee Chen']);
    expect(done.people[1]?.company).toBe('Fernhill Logistics');
    expect(Object.keys(done.evidence).some((k) => k.startsWith('people[2]'))).toBe(false);
    expect(done).toEqual(extractPage(parseDocument(html), url));
  });
});

describe('statesEmployeeBand: says "a band" exactly when parseEmployeeRange gives one', () => {
  // The content script records a band only on "yes"; a "no" lets the reader fall through to its next
  // source. A disagreement would change which source wins, so the two must never differ.
  const texts = [
    '51-200 employees', '10,001+ employees', '1.001–5.000 Mitarbeiter', '2-10 employés', 'Self-employed', 'selbstständig',
    'Freelancer', 'fewer than 50', '<50', 'about 250', 'up to 1k', '5x employees', 'employees', '', '   ', '—',
    '38 employees on LinkedIn', '312 associated members', '1.234 Mitarbeiter auf LinkedIn', '12 zugeordnete Mitglieder',
    '1 000 employés', "1'000 Mitarbeitende", '0 employees', '3m', '2 thousand', 'tsd.', '1,5 Tsd.', '200-', ',000',
    `1${',000'.repeat(5000)}`, '9'.repeat(5000), `${'a '.repeat(300)}51-200`, '٥١-٢٠٠ موظف', '51–200 Beschäftigte',
  ];
  it.each(texts.map((t) => [t.length > 40 ? `${t.slice(0, 37)}…` : t, t]))('%s', (_label, text) => {
    expect(statesEmployeeBand(text)).toBe(parseEmployeeRange(text) !== null);
  });
});
