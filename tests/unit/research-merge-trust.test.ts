import { describe, expect, it } from 'vitest';
import { findAccount, joinAliases, mergeObservation } from '@/lib/accounts/merge';
import { accountRecordSchema } from '@/lib/accounts/schema';
import type { AccountRecord } from '@/lib/accounts/types';
import type { Observation } from '@/lib/observation';
import { emptyCompany } from '@/lib/observation-empty';

/**
 * Merge trust (#11): a website's claim about itself (a JSON-LD sameAs to a LinkedIn company) may
 * join the website to that account, but never overwrites the identity facts (name, domain,
 * website) a LinkedIn company page stated; the disagreement is kept as evidence.
 */
const base = { people: [], evidence: {}, missing: [] };
const now = new Date('2026-11-29T10:00:00Z');

const linkedinPage: Observation = {
  ...base,
  url: 'https://www.linkedin.com/company/acme-analytics/',
  kind: 'linkedin-company',
  person: null,
  company: { ...emptyCompany(), name: 'Acme Analytics', linkedinUrl: 'https://www.linkedin.com/company/acme-analytics/', website: 'https://acme-analytics.com', domain: 'acme-analytics.com', industry: 'Software Development' },
};

/** A site on another domain that says, in its JSON-LD, that it is Acme's. */
const claimingSite: Observation = {
  ...base,
  url: 'https://acme-deals.example/',
  kind: 'company-site',
  person: null,
  company: {
    ...emptyCompany(),
    name: 'Acme Deals',
    domain: 'acme-deals.example',
    website: 'https://acme-deals.example',
    linkedinUrl: 'https://www.linkedin.com/company/acme-analytics/',
    technologies: [{ name: 'Shopify', category: 'ecommerce' }],
  },
};

const ownSite: Observation = {
  ...base,
  url: 'https://www.acme-analytics.com/',
  kind: 'company-site',
  person: null,
  company: { ...emptyCompany(), name: 'Acme', domain: 'acme-analytics.com', website: 'https://www.acme-analytics.com', linkedinUrl: 'https://www.linkedin.com/company/acme-analytics/' },
};

function only(accounts: Record<string, AccountRecord>): AccountRecord {
  const list = Object.values(accounts);
  expect(list).toHaveLength(1);
  return list[0]!;
}

describe('merge trust', () => {
  it("a website's sameAs joins it to the LinkedIn account but does not replace the domain, website or name LinkedIn stated", () => {
    let { accounts } = mergeObservation({}, { observation: linkedinPage, scored: null, now });
    ({ accounts } = mergeObservation(accounts, { observation: claimingSite, scored: null, now }));
    const account = only(accounts);
    expect(account.company).toMatchObject({ name: 'Acme Analytics', domain: 'acme-analytics.com', website: 'https://acme-analytics.com' });
    // Joined: its technologies and its domain as an alias.
    expect(account.aliases).toEqual(expect.arrayContaining(['li:acme-analytics', 'domain:acme-deals.example']));
    expect(account.company.technologies.map((t) => t.name)).toEqual(['Shopify']);
    expect(account.identity).toEqual({ name: 'linkedin-company', domain: 'linkedin-company', website: 'linkedin-company' });
    // The disagreement is evidence, with who said what.
    expect(account.conflicts?.map((c) => [c.field, c.kept, c.claimed, c.claimedBy]).sort()).toEqual([
      ['domain', 'acme-analytics.com', 'acme-deals.example', 'https://acme-deals.example/'],
      ['name', 'Acme Analytics', 'Acme Deals', 'https://acme-deals.example/'],
      ['website', 'https://acme-analytics.com', 'https://acme-deals.example', 'https://acme-deals.example/'],
    ]);
  });

  it("the company's own site agreeing with LinkedIn records no conflict (www, a shorter name)", () => {
    let { accounts } = mergeObservation({}, { observation: linkedinPage, scored: null, now });
    ({ accounts } = mergeObservation(accounts, { observation: ownSite, scored: null, now }));
    expect(only(accounts).conflicts).toBeUndefined();
  });

  it('the same claim seen twice is one conflict', () => {
    let { accounts } = mergeObservation({}, { observation: linkedinPage, scored: null, now });
    ({ accounts } = mergeObservation(accounts, { observation: claimingSite, scored: null, now }));
    ({ accounts } = mergeObservation(accounts, { observation: claimingSite, scored: null, now }));
    expect(only(accounts).conflicts?.filter((c) => c.field === 'domain')).toHaveLength(1);
  });

  it('a site seen first fills the identity, and the LinkedIn company page then states it', () => {
    let { accounts } = mergeObservation({}, { observation: claimingSite, scored: null, now });
    expect(only(accounts).company.domain).toBe('acme-deals.example');
    ({ accounts } = mergeObservation(accounts, { observation: linkedinPage, scored: null, now }));
    const account = only(accounts);
    expect(account.company).toMatchObject({ name: 'Acme Analytics', domain: 'acme-analytics.com' });
    expect(account.identity?.domain).toBe('linkedin-company');
    // …and the site cannot take it back afterwards.
    ({ accounts } = mergeObservation(accounts, { observation: claimingSite, scored: null, now }));
    expect(only(accounts).company.domain).toBe('acme-analytics.com');
  });

  it('folding two records keeps the trusted identity whichever record is newer', () => {
    let { accounts } = mergeObservation({}, { observation: linkedinPage, scored: null, now });
    // A site record seen later, not yet linked (no sameAs).
    const unlinked = { ...claimingSite, company: { ...claimingSite.company!, linkedinUrl: null } };
    ({ accounts } = mergeObservation(accounts, { observation: unlinked, scored: null, now: new Date('2026-11-30T00:00:00Z') }));
    expect(Object.keys(accounts)).toHaveLength(2);
    ({ accounts } = joinAliases(accounts, 'li:acme-analytics', ['domain:acme-deals.example']));
    const account = only(accounts);
    expect(account.company.domain).toBe('acme-analytics.com');
    expect(account.company.name).toBe('Acme Analytics');
    expect(findAccount(accounts, unlinked)?.key).toBe('li:acme-analytics');
  });

  it('stored records with and without the new fields are read; a malformed conflict is refused', () => {
    let { accounts } = mergeObservation({}, { observation: linkedinPage, scored: null, now });
    ({ accounts } = mergeObservation(accounts, { observation: claimingSite, scored: null, now }));
    const record = { ...only(accounts), research: { researchedAt: now.toISOString(), pages: [{ page: 'linkedin', url: linkedinPage.url, status: 'done', sentence: 'done' }] } };
    expect(accountRecordSchema.safeParse(JSON.parse(JSON.stringify(record))).success).toBe(true);
    const { identity: _i, conflicts: _c, research: _r, ...older } = record;
    expect(accountRecordSchema.safeParse(older).success).toBe(true);
    expect(accountRecordSchema.safeParse({ ...record, conflicts: [{ field: 'industry', kept: 'a', keptFrom: 'b', claimed: 'c', claimedBy: 'd', at: 'e' }] }).success).toBe(false);
  });
});
