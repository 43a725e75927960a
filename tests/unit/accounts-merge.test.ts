import { describe, expect, it } from 'vitest';
import { applyRetention, companyKeys, findAccount, linkedinCompanySlug, mergeObservation } from '@/lib/accounts/merge';
import type { AccountRecord } from '@/lib/accounts/types';
import type { Observation } from '@/lib/observation';
import { emptyCompany, emptyPerson } from '@/lib/observation-empty';

const base = { people: [], evidence: {}, missing: [] };

const companyPage: Observation = {
  ...base,
  url: 'https://www.linkedin.com/company/northwind-analytics/about/',
  kind: 'linkedin-company',
  person: null,
  company: {
    ...emptyCompany(),
    name: 'Northwind Analytics',
    linkedinUrl: 'https://www.linkedin.com/company/northwind-analytics/',
    industry: 'Software Development',
    employees: { min: 201, max: 500 },
  },
};

const personPage: Observation = {
  ...base,
  url: 'https://www.linkedin.com/in/dana/',
  kind: 'linkedin-person',
  company: null,
  person: {
    ...emptyPerson(),
    name: 'Dana Whitfield',
    title: 'VP of Sales',
    company: 'Northwind Analytics',
    companyLinkedinUrl: 'https://www.linkedin.com/company/northwind-analytics',
    linkedinUrl: 'https://www.linkedin.com/in/dana/',
  },
};

const website: Observation = {
  ...base,
  url: 'https://www.northwind-analytics.com/about',
  kind: 'company-site',
  person: null,
  company: {
    ...emptyCompany(),
    name: 'Northwind',
    domain: 'northwind-analytics.com',
    linkedinUrl: 'https://www.linkedin.com/company/northwind-analytics',
    technologies: [{ name: 'HubSpot', category: 'marketing-automation' }],
  },
};

const now = new Date('2026-11-20T10:00:00Z');

describe('accounts', () => {
  it('knows a company by its LinkedIn slug, domain and name', () => {
    expect(linkedinCompanySlug('https://uk.linkedin.com/company/Audiense/about/')).toBe('audiense');
    expect(linkedinCompanySlug('https://www.linkedin.com/sales/company/1035')).toBe('1035');
    expect(companyKeys({ name: 'Acme, Inc.', domain: 'www.acme.com', website: null, linkedinUrl: null })).toEqual(['domain:acme.com', 'name:acme']);
  });

  it('joins a person to the company page seen before, and the website by its LinkedIn link', () => {
    let { accounts } = mergeObservation({}, { observation: companyPage, scored: null, now });
    ({ accounts } = mergeObservation(accounts, { observation: personPage, scored: null, now }));
    const merged = mergeObservation(accounts, { observation: website, scored: null, now });
    const all = Object.values(merged.accounts);
    expect(all).toHaveLength(1);
    const account = all[0]!;
    expect(merged.key).toBe('li:northwind-analytics');
    expect(account.contacts.map((c) => c.person.name)).toEqual(['Dana Whitfield']);
    expect(account.company.industry).toBe('Software Development');
    expect(account.company.domain).toBe('northwind-analytics.com');
    expect(account.company.technologies).toHaveLength(1);
    // The company page's name outranks the site's shorter brand.
    expect(account.company.name).toBe('Northwind Analytics');
    expect(account.aliases).toEqual(expect.arrayContaining(['li:northwind-analytics', 'domain:northwind-analytics.com']));
  });

  it('folds a name-only account into the company once a page links the two', () => {
    const nameOnly: Observation = { ...personPage, person: { ...personPage.person!, companyLinkedinUrl: null } };
    let { accounts } = mergeObservation({}, { observation: nameOnly, scored: null, now });
    expect(Object.keys(accounts)).toEqual(['name:northwind analytics']);
    ({ accounts } = mergeObservation(accounts, { observation: companyPage, scored: null, now }));
    expect(Object.keys(accounts)).toEqual(['li:northwind-analytics']);
    expect(accounts['li:northwind-analytics']!.contacts).toHaveLength(1);
  });

  it("merge authority follows each reader's declared authority (lib/sites): the company page states firmographics, the website its domain", () => {
    // The website is seen first and states a different industry; the company page then overrides it.
    const siteFirst: Observation = { ...website, company: { ...website.company!, industry: 'Marketing', domain: 'northwind-analytics.com' } };
    let { accounts } = mergeObservation({}, { observation: siteFirst, scored: null, now });
    ({ accounts } = mergeObservation(accounts, { observation: { ...companyPage, company: { ...companyPage.company!, domain: 'northwind.example' } }, scored: null, now }));
    let account = Object.values(accounts)[0]!;
    expect(account.company.industry).toBe('Software Development');
    // The company page is authoritative for every field ('all'), so its domain replaced the site's…
    expect(account.company.domain).toBe('northwind.example');
    // …and the site, authoritative for domain, website and technologies only, does not take the domain
    // back: the company page stated it, and a website's claim never overwrites that (#11 merge trust; the
    // disagreement is kept as a conflict, see tests/unit/research-merge-trust.test.ts).
    ({ accounts } = mergeObservation(accounts, { observation: siteFirst, scored: null, now }));
    account = Object.values(accounts)[0]!;
    expect(account.company.domain).toBe('northwind.example');
    expect(account.conflicts?.[0]).toMatchObject({ field: 'domain', kept: 'northwind.example', claimed: 'northwind-analytics.com' });
    expect(account.company.industry).toBe('Software Development');
  });

  it('a page with no company leaves the accounts alone', () => {
    const nothing: Observation = { ...base, url: 'https://www.linkedin.com/in/x', kind: 'linkedin-person', person: { ...emptyPerson(), name: 'X' }, company: null };
    const accounts = {};
    expect(mergeObservation(accounts, { observation: nothing, scored: null, now })).toEqual({ accounts, key: null });
    expect(findAccount(accounts, nothing)).toBeNull();
  });

  it('retention drops accounts not seen within the period, keeps the rest', () => {
    const { accounts } = mergeObservation({}, { observation: companyPage, scored: null, now: new Date('2026-08-01T00:00:00Z') });
    const { accounts: both } = mergeObservation(accounts, { observation: { ...website, company: { ...website.company!, linkedinUrl: null, name: 'Other', domain: 'other.com' } }, scored: null, now });
    const kept = applyRetention(both, 90, now);
    expect(Object.values(kept).map((a: AccountRecord) => a.company.name)).toEqual(['Other']);
  });
});
