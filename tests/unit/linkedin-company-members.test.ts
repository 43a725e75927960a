// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { extractPage } from '@/lib/extract';
import { membersOnLinkedin } from '@/lib/sites/linkedin-members';
import { loadFixture } from '../helpers/fixtures';

const page = (name: string) => {
  const f = loadFixture('linkedin', name);
  return extractPage(parseDocument(f.html), f.url);
};

describe('people on LinkedIn come from the "associated members" count, never from the size band', () => {
  it('English About page: 312 associated members under "Company size"', () => {
    const obs = page('company-loggedin-2025');
    expect(obs.company).toMatchObject({ employees: { min: 201, max: 500 }, employeesOnLinkedin: 312 });
    expect(obs.evidence['company.employeesOnLinkedin']?.snippet).toBe('Company size: 312 associated members');
  });

  it('German About page: "1.046 zugehörige Mitglieder", not the similar page\'s count or the band', () => {
    const obs = page('company-about-members-de-2025');
    expect(obs.company).toMatchObject({ name: 'Kranich Werkzeugbau GmbH', employees: { min: 51, max: 200 }, employeesOnLinkedin: 1046 });
    expect(obs.evidence['company.employeesOnLinkedin']?.snippet).toContain('zugehörige Mitglieder');
  });

  it('a page that shows only the size band (also as the top card link to the people search) leaves the count unknown', () => {
    const obs = page('company-about-size-band-only-2025');
    expect(obs.company?.employees).toEqual({ min: 51, max: 200 });
    expect(obs.company?.employeesOnLinkedin).toBeNull();
    expect(obs.missing).toContain('company.employeesOnLinkedin');
  });

  it('reads member counts in the UI languages and refuses bands and followers', () => {
    expect(membersOnLinkedin('312 associated members')).toBe(312);
    expect(membersOnLinkedin('See all 1,234 associated members')).toBe(1234);
    expect(membersOnLinkedin('2 345 membres associés')).toBe(2345);
    expect(membersOnLinkedin('87 miembros asociados')).toBe(87);
    expect(membersOnLinkedin('1.046 zugehörige Mitglieder')).toBe(1046);
    expect(membersOnLinkedin('4,210 on LinkedIn')).toBe(4210);
    expect(membersOnLinkedin('51-200 employees')).toBeNull();
    expect(membersOnLinkedin('51–200 employees on LinkedIn')).toBeNull();
    expect(membersOnLinkedin('10,001+ employees')).toBeNull();
    expect(membersOnLinkedin('12K followers on LinkedIn')).toBeNull();
  });
});
