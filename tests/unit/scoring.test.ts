// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyCompany, emptyPerson } from '@/lib/observation-empty';
import type { CompanyObservation, Observation } from '@/lib/observation';
import { parsePack, type Pack, type PackInput } from '@/lib/profiles/schema';
import { loadStarterPack } from '@/lib/profiles/starter';
import { committeeCoverage, rankIcps, scoreIcp, scorePage } from '@/lib/scoring';
import { briefText } from '@/lib/scoring/brief';
import { renderTemplate } from '@/lib/scoring/talking-points';
import { scorePersonas } from '@/lib/scoring/score-persona';

const facts = (company: Partial<CompanyObservation>, extra: { revenue?: { min: number | null; max: number | null }; growthPercent?: number } = {}) => ({
  company: { ...emptyCompany(), ...company },
  revenue: extra.revenue ?? null,
  growthPercent: extra.growthPercent ?? null,
  evidence: { 'company.industry': { source: 'selector', snippet: 'Industry: x' } },
});

function pack(input: Partial<PackInput> & { icps: PackInput['icps'] }): Pack {
  const result = parsePack({ id: 'test', name: 'Test', version: 3, publishedAt: '2026-01-01T00:00:00Z', publishedBy: 'Mo', personas: [], ...input });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

const sizeIcp = pack({ icps: [{ id: 'size', name: 'Size', criteria: { employees: { min: 100, max: 500, weight: 20 }, industries: { include: ['Software Development'], weight: 20 } } }] }).icps[0]!;

describe('ICP criteria', () => {
  it('employee bounds are inclusive; bands partly outside are misses with the direction', () => {
    const check = (min: number | null, max: number | null) => {
      const c = scoreIcp(sizeIcp, facts({ employees: { min, max } })).criteria.find((x) => x.id === 'employees')!;
      return { status: c.status, sentence: c.sentence };
    };
    expect(check(100, 500)).toEqual({ status: 'matched', sentence: '100–500 employees is inside 100–500? yes.' });
    expect(check(201, 500)).toEqual({ status: 'matched', sentence: '201–500 employees is inside 100–500? yes.' });
    expect(check(51, 200)).toEqual({ status: 'missed', sentence: '51–200 employees is inside 100–500? no: partly below the minimum.' });
    expect(check(11, 50)).toEqual({ status: 'missed', sentence: '11–50 employees is inside 100–500? no: below the minimum.' });
    expect(check(501, 1000)).toEqual({ status: 'missed', sentence: '501–1,000 employees is inside 100–500? no: above the maximum.' });
    expect(check(10001, null)).toEqual({ status: 'missed', sentence: '10,001+ employees is inside 100–500? no: above the maximum.' });
  });

  it('missing data is unknown, never a miss: score counts only what was checked, coverage says how much', () => {
    const fit = scoreIcp(sizeIcp, facts({ industry: 'Software Development' }));
    expect(fit.criteria.find((c) => c.id === 'employees')).toMatchObject({ status: 'unknown', sentence: 'Company size not stated on the pages seen.', evidence: null });
    expect(fit.score).toBe(100);
    expect(fit.coverage).toBe(0.5);
    expect(fit.lowCoverage).toBe(false);
    const nothing = scoreIcp(sizeIcp, facts({}));
    expect(nothing).toMatchObject({ score: null, tier: null, coverage: 0, lowCoverage: true });
  });

  it('industry hierarchy and synonyms, with the link shown; evidence carried', () => {
    const icp = pack({ icps: [{ id: 'saas', name: 'SaaS', criteria: { industries: { include: ['B2B SaaS'], exclude: ['Government Administration'], weight: 10 } } }] }).icps[0]!;
    const fit = scoreIcp(icp, facts({ industry: 'Software Development' }));
    expect(fit.criteria[0]).toMatchObject({ status: 'matched', evidence: { source: 'selector', field: 'company.industry' } });
    expect(fit.criteria[0]?.sentence).toBe('Software Development: "B2B SaaS" means "Software Development".');
    expect(scoreIcp(icp, facts({ industry: 'Government Administration' })).criteria[0]).toMatchObject({
      status: 'missed',
      sentence: 'Government Administration is excluded ("Government Administration" is the same industry).',
    });
  });

  it('hard disqualifiers override the score and give tier D with the reason', () => {
    const icp = pack({ icps: [{ id: 'x', name: 'X', criteria: { employees: { min: 1, max: null, weight: 10 } }, disqualifiers: [{ kind: 'domain', values: ['competitor.example'], reason: 'A competitor.' }] }] }).icps[0]!;
    const fit = scoreIcp(icp, facts({ domain: 'www.competitor.example', employees: { min: 50, max: 200 } }));
    expect(fit).toMatchObject({ disqualified: true, tier: 'D', score: 100 });
    expect(fit.disqualifiedBecause).toBe('www.competitor.example is on the disqualified list. A competitor.');
    expect(scoreIcp(icp, facts({ employees: { min: 50, max: 200 } })).disqualified).toBe(false);
  });

  it('tiers follow the pack cut-offs; revenue and growth from CRM data', () => {
    const icp = pack({ icps: [{ id: 'r', name: 'R', tiers: { A: 90, B: 50, C: 10 }, criteria: { revenue: { min: 10_000_000, max: 100_000_000, weight: 50 }, growth: { minPercent: 30, weight: 50 } } }] }).icps[0]!;
    const slow = scoreIcp(icp, facts({}, { revenue: { min: 20_000_000, max: 20_000_000 }, growthPercent: 10 }));
    expect(slow).toMatchObject({ score: 50, tier: 'B' });
    expect(slow.criteria.map((c) => c.sentence)).toEqual(['$20M is inside $10M–$100M? yes.', 'Growing 10% a year; at least 30% wanted? no.']);
    expect(scoreIcp(icp, facts({}, { revenue: { min: 20_000_000, max: 20_000_000 }, growthPercent: 45 }))).toMatchObject({ score: 100, tier: 'A' });
  });

  it('technologies: required alternatives, categories, excluded; unknown without a website read', () => {
    const icp = pack({ icps: [{ id: 't', name: 'T', criteria: { technologies: { required: ['Salesforce', 'marketing automation'], excluded: ['Pipedrive'], weight: 10 } } }] }).icps[0]!;
    const withTech = (names: [string, string][]) => {
      const c = scoreIcp(icp, facts({ technologies: names.map(([name, category]) => ({ name, category })) })).criteria[0]!;
      return { status: c.status, sentence: c.sentence };
    };
    expect(withTech([])).toEqual({ status: 'unknown', sentence: 'Technologies unknown: read the company website to detect them.' });
    expect(withTech([['Salesforce', 'CRM'], ['HubSpot', 'Marketing automation']])).toEqual({ status: 'matched', sentence: 'Uses Salesforce, HubSpot.' });
    expect(withTech([['Salesforce', 'CRM']])).toEqual({ status: 'missed', sentence: 'No marketing automation found on the website (found Salesforce).' });
    expect(withTech([['Salesforce', 'CRM'], ['Marketo', 'Marketing automation'], ['Pipedrive', 'CRM']])).toEqual({ status: 'missed', sentence: 'Uses Pipedrive, which is excluded (Pipedrive).' });
  });

  it('several ICPs are ranked; ties go to coverage then pack order; the runner-up is explained in one plain sentence', () => {
    const p = pack({
      icps: [
        { id: 'big', name: 'Big', criteria: { employees: { min: 1000, max: null, weight: 10 } } },
        { id: 'mid', name: 'Mid', criteria: { employees: { min: 100, max: 500, weight: 10 } } },
      ],
    });
    const account = rankIcps(p, facts({ employees: { min: 201, max: 500 } }));
    expect(account.best?.icpId).toBe('mid');
    expect(account.runnerUp?.icpId).toBe('big');
    expect(account.comparison).toBe('Big misses on company size.');
  });
});

describe('personas', () => {
  const starter = loadStarterPack();
  it('matches by role, not literal strings, across languages', () => {
    expect(scorePersonas(starter, 'Vertriebsleiterin DACH', null, null).best?.personaId).toBe('sarah-sales-director');
    expect(scorePersonas(starter, 'Head of Revenue Operations', null, null).best?.personaId).toBe('mike-revops');
    expect(scorePersonas(starter, 'Directeur Financier', null, null).best?.personaId).toBe('finance-gatekeeper');
    expect(scorePersonas(starter, 'Sales Development Representative', null, null).best?.personaId).toBe('end-user-rep');
  });
  it('"no persona" names the closest and says exactly why it missed', () => {
    const p = pack({
      icps: [{ id: 'any', name: 'Any', criteria: { employees: { min: 1, max: null, weight: 1 } } }],
      personas: [{ id: 'sales-leader', name: 'Sales leader', buyingRole: 'decision-maker', match: { departments: ['sales'], seniorities: ['vp', 'director'] } }],
    });
    const none = scorePersonas(p, 'Senior Product Designer', null, null);
    expect(none.best).toBeNull();
    expect(none.closest).toMatchObject({ personaId: 'sales-leader', confidence: 0, matched: false });
    expect(none.closest?.reasons).toEqual(['Department design is not sales.', 'Seniority senior is not vp / director.']);
  });
  it('exclusions rule a persona out, and say so', () => {
    const r = scorePersonas(starter, 'Assistant to the VP of Sales', null, null);
    expect(r.best?.personaId).not.toBe('sarah-sales-director');
    const sarah = r.ranked.find((m) => m.personaId === 'sarah-sales-director');
    expect(sarah).toMatchObject({ confidence: 0, matched: false });
    expect(sarah?.reasons.at(-1)).toBe('Ruled out: the title says "assistant".');
  });
  it('buying-committee coverage names the missing role', () => {
    const c = committeeCoverage(starter, 'mid-market-saas', ['mike-revops', 'end-user-rep']);
    const relevant = starter.personas.filter((p) => p.icpIds.length === 0 || p.icpIds.includes('mid-market-saas'));
    expect(c.sentence).toBe(`2 of ${relevant.length} roles seen: no decision-maker (Sarah the Sales Director) yet.`);
  });
});

describe('talking points', () => {
  it('never leave braces, "undefined" or a dangling phrase', () => {
    expect(renderTemplate('Hi {{firstName}}, [[at {{company}}]] we help.', { firstName: 'Dana' })).toBe('Hi Dana, we help.');
    expect(renderTemplate('{{firstName|Hi}}, teams [[like {{company}}]].', {})).toBe('Hi, teams.');
    expect(renderTemplate('We help {{company}} grow.', {})).toBeNull();
    expect(renderTemplate('We help {{company}} grow.', { company: 'Northwind' })).toBe('We help Northwind grow.');
  });
  it('a scored page renders points with fallbacks and a brief that names the pack version', () => {
    const starter = loadStarterPack();
    const observation: Observation = {
      url: 'https://www.linkedin.com/in/dana/',
      kind: 'linkedin-person',
      person: { ...emptyPerson(), name: 'Dana Whitfield', title: 'VP of Sales', company: 'Northwind Analytics' },
      people: [],
      company: null,
      evidence: {},
      missing: [],
    };
    const scored = scorePage(observation, starter, { account: { ...emptyCompany(), name: 'Northwind Analytics', industry: 'Software Development', employees: { min: 201, max: 500 } } });
    expect(scored.person?.personas.best?.personaName).toBe('Sarah the Sales Director');
    expect(scored.talkingPoints.length).toBeGreaterThan(0);
    for (const t of scored.talkingPoints) expect(t.text).not.toMatch(/\{\{|\}\}|\[\[|undefined|null/);
    expect(scored.talkingPoints[0]?.text).toMatch(/^Dana,/);
    const brief = briefText(scored, observation, starter);
    expect(brief).toMatch(/Dana Whitfield, VP of Sales at Northwind Analytics/);
    expect(brief).toMatch(/v1\.$/);
  });
});

describe('locations', () => {
  it('a street address is placed by its city and state', () => {
    const p = pack({ icps: [{ id: 'na', name: 'NA', criteria: { locations: { include: ['NA'], exclude: ['DACH'], weight: 10 } } }] });
    const loc = (hq: string) => scoreIcp(p.icps[0]!, facts({ headquarters: hq })).criteria[0]!;
    expect(loc('100 Summer Street, Floor 12, Boston, MA 02110').status).toBe('matched');
    expect(loc('Friedrichstraße 10, 10117 Berlin, Germany').status).toBe('missed');
    expect(loc('Somewhere nobody knows').status).toBe('unknown');
  });
});
