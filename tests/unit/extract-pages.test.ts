// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { extractPage, routeUrl } from '@/lib/extract';
import { loadFixture, type FixtureSite } from '../helpers/fixtures';

/** Fixtures written for LeadFit, modelled on the markup generations of the real pages (traps included). */
const page = (site: FixtureSite, name: string) => {
  const f = loadFixture(site, name);
  return extractPage(parseDocument(f.html), f.url);
};
const e2ePage = (file: string, url: string) => extractPage(parseDocument(readFileSync(join(__dirname, '../e2e/pages', file), 'utf8')), url);

describe('routing', () => {
  it('routes by URL', () => {
    expect(routeUrl('https://www.linkedin.com/in/jane/')).toBe('linkedin-person');
    expect(routeUrl('https://de.linkedin.com/pub/jane/1/2/3')).toBe('linkedin-person');
    expect(routeUrl('https://www.linkedin.com/company/acme/about/')).toBe('linkedin-company');
    expect(routeUrl('https://www.linkedin.com/search/results/people/?keywords=x')).toBe('linkedin-search');
    expect(routeUrl('https://www.linkedin.com/sales/lead/ACwAA,NAME_SEARCH,x')).toBe('salesnav-lead');
    expect(routeUrl('https://www.linkedin.com/sales/company/1234')).toBe('salesnav-account');
    expect(routeUrl('https://www.linkedin.com/feed/')).toBe('unsupported');
    expect(routeUrl('https://acme.example/about')).toBe('company-site');
    expect(routeUrl('chrome://settings')).toBe('unsupported');
    expect(routeUrl('not a url')).toBe('unsupported');
  });
});

describe('LinkedIn person pages', () => {
  it('logged-in 2025: reads the subject, never the viewer in the navigation', () => {
    const obs = page('linkedin', 'person-loggedin-2025');
    expect(obs.kind).toBe('linkedin-person');
    expect(obs.person).toMatchObject({
      name: 'Priya Raman',
      headline: 'Chief Revenue Officer @ Fernhill Logistics | ex-Oracle | Board advisor',
      company: 'Fernhill Logistics',
      location: 'Amsterdam, North Holland, Netherlands',
      title: 'Chief Revenue Officer',
      linkedinUrl: 'https://www.linkedin.com/in/priya-raman-example/',
    });
    expect(JSON.stringify(obs)).not.toContain('Viewer McViewer');
    expect(obs.evidence['person.company']?.snippet).toContain('Current company');
    expect(obs.missing).toEqual(['person.companyLinkedinUrl']);
  });

  it('guest 2024 with Person JSON-LD: current employer and its LinkedIn page, not the people also viewed', () => {
    const obs = e2ePage('linkedin-person-dana.html', 'https://www.linkedin.com/in/dana-whitfield-example/');
    expect(obs.person).toMatchObject({ name: 'Dana Whitfield', title: 'VP of Sales', company: 'Northwind Analytics', companyLinkedinUrl: 'https://www.linkedin.com/company/northwind-analytics/' });
    expect(obs.evidence['person.name']?.source).toBe('json-ld');
    expect(JSON.stringify(obs.person)).not.toContain('Sam Other');
  });
});

describe('LinkedIn company pages', () => {
  it('logged-in About tab: the About list, the top card, members on LinkedIn; not the similar pages or the viewer employer in the JSON', () => {
    const obs = page('linkedin', 'company-loggedin-2025');
    expect(obs.company).toMatchObject({
      name: 'Fernhill Logistics',
      website: 'https://www.fernhill-logistics.example/',
      domain: 'fernhill-logistics.example',
      industry: 'Software Development',
      employees: { min: 201, max: 500 },
      headquarters: 'Rotterdam, South Holland',
      founded: 2014,
      followers: 12000,
      specialties: ['freight visibility', 'dispatch software', 'TMS', 'carrier analytics'],
      linkedinUrl: 'https://www.linkedin.com/company/fernhill-logistics/',
    });
    expect(JSON.stringify(obs.company)).not.toMatch(/Roadrunner|ViewerCorp|1001/);
  });

  it('logged-in 2017 (Ember): data only in <code> JSON, references followed, the subject picked by the URL', () => {
    const obs = page('linkedin', 'company-voyager-2017');
    expect(obs.company).toMatchObject({
      name: 'Quayside Analytics',
      domain: 'quayside-analytics.example',
      industry: 'Marketing and Advertising',
      employees: { min: 51, max: 200 },
      employeesOnLinkedin: 87,
      founded: 2011,
      headquarters: null,
    });
    expect(obs.evidence['company.employees']?.source).toBe('embedded-json');
    expect(obs.missing).toContain('company.headquarters');
    expect(JSON.stringify(obs.company)).not.toContain('Brightwave');
  });

  it('guest 2024 with Organization JSON-LD and the About list', () => {
    const obs = e2ePage('linkedin-company-northwind.html', 'https://www.linkedin.com/company/northwind-analytics/');
    expect(obs.company).toMatchObject({ name: 'Northwind Analytics', domain: 'northwind-analytics.com', employees: { min: 201, max: 500 }, employeesOnLinkedin: 243, followers: 4210, founded: 2016 });
    expect(JSON.stringify(obs.company)).not.toContain('Contoso');
  });
});

describe('company websites', () => {
  it('customer-logo Organizations and an office list are not the company or its headquarters', () => {
    const obs = page('company-site', 'customer-logos');
    expect(obs.kind).toBe('company-site');
    expect(obs.company?.name).toBe('Tidewater');
    expect(obs.company?.domain).toBe('tidewater.example');
    expect(obs.company?.headquarters).toBeNull();
    expect(obs.company?.linkedinUrl).toBe('https://www.linkedin.com/company/tidewater-revenue/');
    expect(obs.company?.technologies.map((t) => t.name)).toEqual(expect.arrayContaining(['HubSpot', 'Google Tag Manager']));
    expect(obs.evidence['company.technologies[0]']?.snippet).toMatch(/hs-scripts|googletagmanager/);
  });
});

describe('company websites: head-count stated in words', () => {
  const site = (body: string) => extractPage(parseDocument(`<html><head><title>Acme</title></head><body><main>${body}</main></body></html>`), 'https://www.acme.example/about');
  it('reads "a team of N", "over N employees" and "N+ employees"; ignores users and customers', () => {
    expect(site('<p>We are a team of 120 employees across Europe.</p>').company?.employees).toEqual({ min: 120, max: 120 });
    expect(site('<p>Over 2,000 employees in 12 countries.</p>').company?.employees).toEqual({ min: 2000, max: null });
    expect(site('<p>350+ team members</p>').company?.employees).toEqual({ min: 350, max: null });
    expect(site('<p>600k+ active users and 3,000 customers</p>').company?.employees ?? null).toBeNull();
    expect(site('<p>Wir sind 85 Mitarbeiter in Berlin.</p>').company?.employees).toEqual({ min: 85, max: 85 });
  });
});

describe('Sales Navigator (structure-based fixtures: no real saved page exists)', () => {
  it('a lead page: the lead, not the viewer in the navigation', () => {
    const obs = page('salesnav', 'lead');
    expect(obs.kind).toBe('salesnav-lead');
    expect(obs.person).toMatchObject({ name: 'Marta Nowak', title: 'Head of Revenue Operations', company: 'Brightline Freight', location: 'Warsaw, Mazowieckie, Poland' });
    expect(JSON.stringify(obs)).not.toContain('Viewer McViewer');
  });
  it('an account page: facts, size band and website; not the similar accounts', () => {
    const obs = page('salesnav', 'account');
    expect(obs.kind).toBe('salesnav-account');
    expect(obs.company).toMatchObject({ name: 'Brightline Freight', industry: 'Truck Transportation', headquarters: 'Gdańsk, Pomorskie, Poland', employees: { min: 501, max: 1000 }, domain: 'brightline-freight.example' });
    expect(JSON.stringify(obs.company)).not.toContain('Other Logistics');
  });
});
