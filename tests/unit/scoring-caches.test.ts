import { describe, expect, it } from 'vitest';
import { emptyCompany } from '../../lib/observation-empty';
import { employees } from '../../lib/scoring/criteria/employees';
import { industries } from '../../lib/scoring/criteria/industries';
import type { AccountFacts } from '../../lib/scoring/criteria/kit';
import { technologies } from '../../lib/scoring/criteria/technologies';

/**
 * Scoring keeps answers per page (#17: the same facts are checked against every ICP). These
 * tests check that a kept answer never outlives what it was about: facts that change between
 * two checks give the new verdict, and one ICP's answer is never another's.
 */

function facts(company: Partial<AccountFacts['company']>): AccountFacts {
  return { company: { ...emptyCompany(), ...company }, revenue: null, growthPercent: null, evidence: {} };
}

describe('scoring answer caches', () => {
  it('technologies: a list that grows after a check is matched again', () => {
    const f = facts({ technologies: [{ name: 'HubSpot', category: 'Marketing automation' }] });
    const want = { required: ['Salesforce'], preferred: [], excluded: [], weight: 15 };
    expect(technologies.check(want, f).status).toBe('missed');
    f.company.technologies.push({ name: 'Salesforce', category: 'CRM' });
    expect(technologies.check(want, f)).toMatchObject({ status: 'matched', sentence: 'Uses Salesforce.' });
    // Another ICP on the same list gets its own answer.
    expect(technologies.check({ required: [], preferred: [], excluded: ['HubSpot'], weight: 15 }, f).status).toBe('missed');
  });

  it('employees: a range changed after a check is described and judged anew', () => {
    const band = { min: 201, max: 500 };
    const f = facts({ employees: band });
    const want = { min: 50, max: 1000, weight: 20 };
    expect(employees.check(want, f)).toMatchObject({ status: 'matched' });
    expect(employees.check(want, f).sentence).toContain('201');
    band.min = 2001;
    band.max = 5000;
    const again = employees.check(want, f);
    expect(again.status).toBe('missed');
    expect(again.sentence).toContain('2,001');
    expect(again.sentence).not.toContain('201–500');
    // Different bounds, different words.
    expect(employees.check({ min: 1000, max: null, weight: 20 }, f).sentence).toContain('1,000 or more');
  });

  it('industries: includeChildren is part of the kept answer', () => {
    const f = facts({ industry: 'Software Development' });
    const withChildren = industries.check({ include: ['Technology, Information and Internet'], exclude: [], includeChildren: true, weight: 25 }, f);
    const without = industries.check({ include: ['Technology, Information and Internet'], exclude: [], includeChildren: false, weight: 25 }, f);
    expect(withChildren.status).not.toBe(without.status);
  });
});
