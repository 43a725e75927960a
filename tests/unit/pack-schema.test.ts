import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPackError, parsePack, parsePackJson } from '@/lib/profiles/schema';

const starterText = readFileSync(new URL('../../assets/starter-pack.json', import.meta.url), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const starter = () => JSON.parse(starterText) as Record<string, any>;

describe('starter pack', () => {
  it('is a valid pack with the two ICPs and five personas from the literature', () => {
    const result = parsePackJson(starterText);
    if (!result.ok) throw new Error(result.errors.map(formatPackError).join('\n'));
    const { pack } = result;
    expect(pack.icps.map((i) => i.name)).toEqual(['Mid-market B2B SaaS', 'Growth-stage professional & financial services']);
    expect(pack.icps[0]!.criteria.employees).toMatchObject({ min: 100, max: 500 });
    expect(pack.icps[0]!.criteria.revenue).toMatchObject({ min: 10_000_000, max: 100_000_000 });
    expect(pack.icps[1]!.criteria.employees).toMatchObject({ min: 500, max: 2500 });
    const roles = Object.fromEntries(pack.personas.map((p) => [p.name, p.buyingRole]));
    expect(roles['Sarah the Sales Director']).toBe('decision-maker');
    expect(roles['Mike the RevOps Manager']).toBe('technical-evaluator');
    expect(pack.personas.filter((p) => p.buyingRole === 'gatekeeper')).toHaveLength(2);
    expect(pack.personas.some((p) => p.buyingRole === 'user')).toBe(true);
    for (const persona of pack.personas) {
      expect(persona.goals.length, persona.name).toBeGreaterThan(0);
      expect(persona.painPoints.length, persona.name).toBeGreaterThan(0);
      expect(persona.objections.length, persona.name).toBeGreaterThan(0);
      expect(persona.talkingPoints.length, persona.name).toBeGreaterThan(0);
      for (const point of persona.talkingPoints) expect(point.fallback, `${persona.name} ${point.id}`).toBeTruthy();
    }
  });

  it('fills defaults a manager may leave out', () => {
    const input = starter();
    delete input.changeNotes;
    delete input.icps[0].tiers;
    delete input.personas[0].objections;
    const result = parsePack(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.changeNotes).toBe('');
    expect(result.pack.icps[0]!.tiers).toEqual({ A: 80, B: 60, C: 40 });
    expect(result.pack.personas[0]!.objections).toEqual([]);
  });
});

describe('malformed packs give readable errors with paths', () => {
  const cases: Array<[string, (p: Record<string, any>) => unknown, string]> = [
    ['a range bound as text', (p) => (p.icps[0].criteria.employees.min = '100'), 'icps[0].criteria.employees.min: expected a number, got text'],
    ['a fractional version', (p) => (p.version = 1.5), 'version: must be a whole number'],
    ['no version', (p) => delete p.version, 'version: is required'],
    ['no ICP', (p) => (p.icps = []), 'icps: a pack needs at least one ICP'],
    ['an unknown buying role', (p) => (p.personas[0].buyingRole = 'boss'), 'personas[0].buyingRole: must be one of "decision-maker"'],
    ['a misspelt department', (p) => (p.personas[1].match.departments = ['sales', 'marketting']), 'personas[1].match.departments[1]: must be one of'],
    ['min above max', (p) => (p.icps[0].criteria.revenue = { min: 5, max: 1, weight: 1 }), 'icps[0].criteria.revenue.min: min must not be greater than max'],
    ['a duplicate ICP id', (p) => (p.icps[1].id = p.icps[0].id), 'icps[1].id: duplicate ICP id "mid-market-saas"'],
    ['a persona for an unknown ICP', (p) => (p.personas[0].icpIds = ['nope']), 'personas[0].icpIds[0]: no ICP with id "nope"'],
    ['a date that is not ISO', (p) => (p.publishedAt = 'yesterday'), 'publishedAt: must be an ISO date-time'],
    ['tier cut-offs upside down', (p) => (p.icps[0].tiers = { A: 40, B: 60, C: 80 }), 'icps[0].tiers: cut-offs must fall from A to B to C'],
    ['an unknown disqualifier kind', (p) => (p.icps[0].disqualifiers = [{ kind: 'mood', values: ['x'] }]), 'icps[0].disqualifiers[0].kind: must be one of "industry"'],
    ['a negative weight', (p) => (p.icps[0].criteria.industries.weight = -5), 'icps[0].criteria.industries.weight: must be 0 or more'],
    ['a blank persona name', (p) => (p.personas[2].name = '  '), 'personas[2].name: must not be empty'],
    ['an id with spaces', (p) => (p.icps[0].id = 'Mid Market'), 'icps[0].id: use lower-case letters, digits and dashes'],
    ['a persona with no match rule', (p) => (p.personas[0].match = {}), 'personas[0].match: give at least one department, seniority or title keyword'],
    ['an objection without response', (p) => (p.personas[0].objections = [{ objection: 'x' }]), 'personas[0].objections[0].response: is required'],
    ['ICPs that are not a list', (p) => (p.icps = 'x'), 'icps: expected a list, got text'],
  ];
  it.each(cases)('%s', (_name, mutate, expected) => {
    const pack = starter();
    mutate(pack);
    const result = parsePack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatPackError).join('\n')).toContain(expected);
  });

  it('reports JSON syntax errors and non-objects without throwing', () => {
    const bad = parsePackJson('{"id": "x",');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]!.message).toMatch(/^not valid JSON/);
    for (const input of [null, 42, 'pack', [], undefined]) {
      const result = parsePack(input);
      expect(result.ok).toBe(false);
    }
  });
});
