// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { extractPage } from '@/lib/extract';
import { extractLinkedinPage } from '@/lib/extract/route';
import type { Observation } from '@/lib/observation';
import { loadFixture, type FixtureSite } from '../helpers/fixtures';

/**
 * #16: every LinkedIn page a rep works from. Fixtures written for LeadFit (tests/fixtures/<site>/),
 * modelled on the structures of real saved pages: list pages with the viewer's own card present,
 * multi-role headlines, past-employer markers, each language's preposition, profile and company
 * sub-pages. Each page is read by the LinkedIn content script's reader set as well as the full one.
 */
function read(site: FixtureSite, name: string): Observation {
  const f = loadFixture(site, name);
  const errors: unknown[] = [];
  const obs = extractPage(parseDocument(f.html), f.url, { onReaderError: (e) => errors.push(e) });
  expect(errors).toEqual([]);
  // The content script (LinkedIn readers only) reads LinkedIn pages the same way.
  expect(extractLinkedinPage(parseDocument(f.html), f.url)).toEqual(obs);
  return obs;
}

const byName = (obs: Observation, name: string) => obs.people.find((p) => p.name === name) ?? null;

describe('people search rows: the company each row states as current', () => {
  const obs = read('linkedin', 'search-people-multirole-2025');

  it('reads every result, never the viewer (who is one of the results), the "people also viewed" aside or mutual connections', () => {
    expect(obs.kind).toBe('linkedin-search');
    expect(obs.people).toHaveLength(12);
    const names = obs.people.map((p) => p.name);
    expect(names).not.toContain('Viewer McViewer');
    expect(names).not.toContain('Aside Person');
    expect(names.join(' ')).not.toMatch(/Mutual Friend/);
    for (const p of obs.people) expect(p.linkedinUrl).toMatch(/^https:\/\/www\.linkedin\.com\/in\/[a-z-]+-example\/$/);
  });

  it.each([
    ['Marta Kowalska', 'Brightline Freight', 'Head of RevOps'], // several roles: the first
    ['Jonas Weber', 'Quelle Werke GmbH', 'Vertriebsleiter'], // bei, with an ex- note
    ['Claire Martin', 'Maison Dupont', 'Directrice commerciale'], // chez
    ['Diego Ruiz', 'Grupo Andino', 'Director de Ventas'], // en
    ['Ana Souza', 'Nubank', 'Gerente de Produto'], // na
    ['Pieter de Vries', 'Van Dijk Logistiek', 'Accountmanager'], // bij
    ['Erik Lind', 'Nordkap AB', 'Säljchef'], // på
    ['Lena Fischer', 'Fernhill Logistics', 'Chief Revenue Officer'], // "Current:" insight line
    ['Tom Okafor', 'Tidewater', 'Founder & CEO'], // @ with a "prev." note
  ])('%s → %s', (name, company, title) => {
    expect(byName(obs, name)).toMatchObject({ company, title });
  });

  it('slogans and past employers give no company', () => {
    expect(byName(obs, 'Sam Taylor')?.company).toBeNull(); // "Helping SaaS teams at scale"
    expect(byName(obs, 'Riley Chen')?.company).toBeNull(); // "Passionate about growth | Speaker"
    expect(byName(obs, 'Noor Haddad')?.company).toBeNull(); // "Ex-Google | Former VP Sales at Oracle", "Past: …"
    const companies = obs.people.map((p) => p.company);
    for (const past of ['Oracle', 'Siemens', 'Stripe', 'Plaid', 'Google', 'Kestrel Ventures']) expect(companies).not.toContain(past);
  });

  it('evidence names the phrase the company was read from', () => {
    const i = obs.people.findIndex((p) => p.name === 'Marta Kowalska');
    expect(obs.evidence[`people[${i}].company`]).toEqual({ source: 'headline', snippet: 'headline "Head of RevOps at Brightline Freight" (at)' });
    const j = obs.people.findIndex((p) => p.name === 'Lena Fischer');
    expect(obs.evidence[`people[${j}].company`]?.snippet).toContain('Current: Chief Revenue Officer at Fernhill Logistics');
  });
});

describe("the viewer's Connections list", () => {
  it.each([['connections-2024'], ['connections-2025']])('%s: every connection with the company stated, the viewer never', (name) => {
    const obs = read('linkedin', name);
    expect(obs.kind).toBe('linkedin-search');
    expect(obs.people.map((p) => p.name)).not.toContain('Viewer McViewer');
    expect(byName(obs, 'Inês Costa')).toMatchObject({ company: 'Atlântico Seguros', title: 'Diretora Comercial', linkedinUrl: 'https://www.linkedin.com/in/ines-costa-example/' });
    expect(byName(obs, 'Hugo Laurent')?.company).toBe('Groupe Verdier');
    expect(byName(obs, 'Fatima El Amrani')).toMatchObject({ company: 'Brightline Freight', title: 'Procurement Lead' }); // "Title - Company"
    expect(byName(obs, 'Oskar Nilsson')?.company).toBe('Nordkap AB');
    expect(byName(obs, 'Greta Moretti')?.company).toBe('Ferro Italia'); // presso
    for (const p of obs.people) expect(p.headline).toBeTruthy();
  });

  it('2024: Norwegian "hos", Polish "w", and a slogan-only headline', () => {
    const obs = read('linkedin', 'connections-2024');
    expect(obs.people).toHaveLength(8);
    expect(byName(obs, 'Kasper Holm')?.company).toBe('Fjord Data');
    expect(byName(obs, 'Jan Nowak')?.company).toBe('Orlen');
    expect(byName(obs, 'Olivia Brown')?.company).toBeNull();
  });
});

describe('Sales Navigator lead list', () => {
  it("reads the list's name, title and company columns; the viewer's name in the navigation is not a lead", () => {
    const obs = read('salesnav', 'lead-list');
    expect(obs.kind).toBe('linkedin-search');
    expect(obs.people).toEqual([
      expect.objectContaining({ name: 'Priya Raman', title: 'Chief Revenue Officer', company: 'Fernhill Logistics', location: 'Amsterdam, North Holland, Netherlands', linkedinUrl: 'https://www.linkedin.com/sales/lead/ACwAAA001' }),
      expect.objectContaining({ name: 'Marta Nowak', company: 'Brightline Freight' }),
      expect.objectContaining({ name: 'Dana Whitfield', company: 'Northwind Analytics' }),
    ]);
    expect(obs.evidence['people[0].company']?.source).toBe('selector');
  });
});

describe('company tabs: the same top card on every tab', () => {
  const facts = {
    name: 'Kestrel Robotics',
    industry: 'Automation Machinery Manufacturing',
    employees: { min: 201, max: 500 },
    headquarters: 'Eindhoven, North Brabant',
    website: 'https://www.kestrel-robotics.example/',
    domain: 'kestrel-robotics.example',
    followers: 3000,
    linkedinUrl: 'https://www.linkedin.com/company/kestrel-robotics-example/',
  };

  it('Posts tab: the website and domain from the top card\'s "Visit website" button, not a link in a post', () => {
    const obs = read('linkedin', 'company-posts-tab-2025');
    expect(obs.kind).toBe('linkedin-company');
    expect(obs.company).toMatchObject(facts);
    expect(obs.evidence['company.website']?.snippet).toContain('Visit website');
    // "201-500 employees" is the size band, not a member count.
    expect(obs.company?.employeesOnLinkedin ?? null).not.toBe(500);
    expect(obs.people).toEqual([]);
  });

  it('People tab: the same company facts, and its people — the viewer, who works there, excluded', () => {
    const obs = read('linkedin', 'company-people-tab-2025');
    expect(obs.company).toMatchObject(facts);
    expect(obs.people.map((p) => p.name)).toEqual(['Femke Jansen', 'Joost Bakker', 'Sara Lindqvist', 'Mehmet Yilmaz']);
    expect(byName(obs, 'Femke Jansen')).toMatchObject({ company: 'Kestrel Robotics', title: 'Head of Sales', linkedinUrl: 'https://www.linkedin.com/in/femke-jansen-example/' });
    expect(byName(obs, 'Joost Bakker')?.company).toBe('Kestrel Robotics');
    expect(byName(obs, 'Sara Lindqvist')?.company).toBeNull(); // "Former CFO at Nordkap AB"
    expect(byName(obs, 'Mehmet Yilmaz')).toMatchObject({ company: null, title: 'Robotics Engineer' });
  });
});

describe('profile sub-pages read as the person', () => {
  it('Activity: name and the company from the headline (no experience section), not the companies in posts', () => {
    const obs = read('linkedin', 'person-activity-subpage-2025');
    expect(obs.kind).toBe('linkedin-person');
    expect(obs.person).toMatchObject({
      name: 'Lena Fischer',
      company: 'Fernhill Logistics',
      title: 'Chief Revenue Officer',
      linkedinUrl: 'https://www.linkedin.com/in/lena-fischer-example/',
    });
    expect(obs.evidence['person.company']).toEqual({ source: 'headline', snippet: 'headline "Chief Revenue Officer bei Fernhill Logistics" (bei)' });
    expect(JSON.stringify(obs)).not.toMatch(/Viewer McViewer|ViewerCorp|Roadrunner|Initech|SAP"/);
  });

  it('a country-subdomain guest profile: company from the German headline, the past employer never', () => {
    const obs = read('linkedin', 'person-guest-country-subdomain-2024');
    expect(obs.person).toMatchObject({ name: 'Jonas Weber', company: 'Quelle Werke GmbH', title: 'Leiter Vertrieb DACH', linkedinUrl: 'https://www.linkedin.com/in/jonas-weber-example/' });
    expect(JSON.stringify(obs.person)).not.toContain('Other');
  });

  it('a structured current company wins over the headline', () => {
    const obs = read('linkedin', 'person-loggedin-2025');
    expect(obs.person?.company).toBe('Fernhill Logistics');
    expect(obs.evidence['person.company']?.source).not.toBe('headline');
  });

  it('Experience details: the person from the page title (no top card), never the viewer; a past employer is never current', () => {
    const obs = read('linkedin', 'person-details-experience-2025');
    expect(obs.kind).toBe('linkedin-person');
    expect(obs.person).toMatchObject({ name: 'Lena Fischer', linkedinUrl: 'https://www.linkedin.com/in/lena-fischer-example/' });
    // The Experience list is read by the experience reader (#12) when present; it must never yield the past role or the viewer's employer.
    expect([null, 'Fernhill Logistics']).toContain(obs.person?.company ?? null);
    expect(JSON.stringify(obs)).not.toMatch(/Viewer McViewer|ViewerCorp/);
  });
});

/** Real saved pages (../shared, never copied into the repo): skipped when they are not there. */
const realDir = join(__dirname, '../../../shared/fixtures/real/linkedin');
const real = (file: string, url: string): Observation | null => {
  const path = join(realDir, file);
  if (!existsSync(path)) return null;
  const errors: unknown[] = [];
  const obs = extractPage(parseDocument(readFileSync(path, 'utf8')), url, { onReaderError: (e) => errors.push(e) });
  expect(errors).toEqual([]);
  return obs;
};

describe.skipIf(!existsSync(realDir))('real saved pages (../shared/fixtures/real)', () => {
  it('2025 people search: companies from the rows\' headlines, none for a role without one; the viewer (nav photo "Ben Guo") is not a result', () => {
    const obs = real('search-people_loggedin_2025.html', 'https://www.linkedin.com/search/results/people/')!;
    expect(byName(obs, 'Jake Nyquist')).toMatchObject({ company: 'Caldera', title: 'Head of Protocol' });
    expect(byName(obs, 'Si Kai Lee')?.company).toBe('Gaimin');
    expect(byName(obs, 'Dylan Sherry')?.company).toBeNull(); // "Engineering Leader"
    expect(byName(obs, 'Maja Milinkovic')?.company).toBeNull(); // "Software Engineer - Machine Learning Platform": a team
    expect(byName(obs, 'Jeremiah Rogers')?.company).toBeNull(); // "… | Ex-Meta, Flexport, Fin, & others"
    expect(obs.people.map((p) => p.name)).not.toContain('Ben Guo');
  });

  it('2018 search: a "Past: … at Basepaws" snippet is not the current company', () => {
    const obs = real('search-people_loggedin-bodyfragment_2018.html', 'https://www.linkedin.com/search/results/people/')!;
    expect(byName(obs, 'John Son')?.company).toBeNull();
  });

  it("2025 company People tab: Motion's top card and its people, each at Motion where the headline says so", () => {
    const obs = real('company-motion_loggedin-people_2025.html', 'https://www.linkedin.com/company/motionapp/people/')!;
    expect(obs.company).toMatchObject({ name: 'Motion', domain: 'usemotion.com' });
    expect(obs.people.length).toBeGreaterThanOrEqual(10);
    expect(byName(obs, 'Omid Rooholfada')?.company).toBe('Motion');
    expect(byName(obs, 'Victor Wang')?.company).toBe('HOF Capital'); // "VC Investor | Partner at HOF Capital"
    expect(obs.people.map((p) => p.name)).not.toContain('Ben Guo');
  });
});
