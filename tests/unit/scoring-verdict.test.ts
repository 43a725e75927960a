// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { badgeFor } from '@/lib/background/badge';
import type { TabState } from '@/lib/messaging';
import { emptyCompany, emptyPerson } from '@/lib/observation-empty';
import type { CompanyObservation } from '@/lib/observation';
import { parsePack, type Pack, type PackInput } from '@/lib/profiles/schema';
import { rankIcps, scoreIcp } from '@/lib/scoring';
import { briefText } from '@/lib/scoring/brief';
import { fitCells, FIT_COLUMNS } from '@/lib/scoring/csv-rows';
import type { IcpFit, ScoredPage } from '@/lib/scoring/types';

/**
 * A score with its uncertainty (issue #10): the range the unknown criteria leave open, a tier
 * letter only when that range stays in one band (or a disqualifier decides), and which unknown
 * criterion to check next.
 */
const facts = (company: Partial<CompanyObservation>, growthPercent: number | null = null) => ({
  company: { ...emptyCompany(), ...company },
  revenue: null,
  growthPercent,
  evidence: {},
});

function pack(icps: PackInput['icps']): Pack {
  const result = parsePack({ id: 'test', name: 'Test', version: 1, publishedAt: '2026-01-01T00:00:00Z', publishedBy: 'Mo', icps });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

// Weights 40 + 30 + 20 + 10 = 100, so each percentage below is a plain sum; cut-offs 80 / 60 / 40.
const icp = pack([
  {
    id: 'saas',
    name: 'SaaS',
    criteria: {
      industries: { include: ['Software Development'], weight: 40 },
      employees: { min: 100, max: 500, weight: 30 },
      locations: { include: ['NA'], weight: 20 },
      growth: { minPercent: 20, weight: 10 },
    },
    disqualifiers: [{ kind: 'employeesBelow', value: 20, reason: 'Too small.' }],
  },
]).icps[0]!;

const saas = { industry: 'Software Development' };
const midSize = { employees: { min: 201, max: 500 } };
const boston = { headquarters: 'Boston, MA' };

describe('score range and tier', () => {
  it('all known: the range is the score and the tier is decided', () => {
    const fit = scoreIcp(icp, facts({ ...saas, ...midSize, ...boston }, 5));
    expect(fit).toMatchObject({ score: 90, scoreRange: { min: 90, max: 90 }, tier: 'A', tierRange: ['A'], decidingCriterion: null, coverage: 1 });
  });

  it('all unknown: 0–100, no letter, every letter possible; the heaviest open question is the one to check', () => {
    const fit = scoreIcp(icp, facts({}));
    expect(fit).toMatchObject({ score: null, scoreRange: { min: 0, max: 100 }, tier: null, tierRange: ['A', 'B', 'C', 'D'], coverage: 0 });
    // Industry (40): 40–100 or 0–60, three letters either way; size (30) would leave four.
    expect(fit.decidingCriterion).toEqual({ id: 'industries', label: 'Industry', decides: false });
  });

  it('mixed: a perfect score on what is known is not a letter while unknowns could change it', () => {
    // Industry, location and growth match (70); size unknown (30): 70 certain, 100 possible.
    const fit = scoreIcp(icp, facts({ ...saas, ...boston }, 35));
    expect(fit).toMatchObject({ score: 100, scoreRange: { min: 70, max: 100 }, tier: null, tierRange: ['A', 'B'] });
    // Size matched → 100 (A), missed → 70 (B): either answer leaves one letter.
    expect(fit.decidingCriterion).toEqual({ id: 'employees', label: 'Company size', decides: true });
    expect(fit.score).toBeGreaterThanOrEqual(fit.scoreRange.min);
    expect(fit.score).toBeLessThanOrEqual(fit.scoreRange.max);
  });

  it('mixed but decided: when every outcome of the unknowns stays in one band, the letter is given', () => {
    // Industry and location match (60), size missed (30), growth unknown (10): 60–70, both B.
    const fit = scoreIcp(icp, facts({ ...saas, ...boston, employees: { min: 1001, max: 5000 } }));
    expect(fit).toMatchObject({ score: 67, scoreRange: { min: 60, max: 70 }, tier: 'B', tierRange: ['B'], decidingCriterion: null });
  });

  it('disqualified: D whatever the unknowns, with the reason', () => {
    const fit = scoreIcp(icp, facts({ employees: { min: 2, max: 10 } }));
    expect(fit).toMatchObject({ disqualified: true, tier: 'D', tierRange: ['D'], decidingCriterion: null, disqualifiedBecause: '2–10 employees is below 20. Too small.' });
    expect(fit.scoreRange).toEqual({ min: 0, max: 70 });
  });

  it('a criterion this extension does not know is kept, scored unknown with a note, and widens the range', () => {
    const result = parsePack({
      id: 'newer',
      name: 'From a newer LeadFit',
      version: 1,
      publishedAt: '2026-01-01T00:00:00Z',
      publishedBy: 'Mo',
      icps: [{ id: 'x', name: 'X', criteria: { industries: { include: ['Software Development'], weight: 50 }, fundingStage: { stages: ['Series B'], weight: 50 } } }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const x = result.pack.icps[0]!;
    // Kept as it was, so a pack edited and saved here does not lose it.
    expect((x.criteria as Record<string, unknown>).fundingStage).toEqual({ stages: ['Series B'], weight: 50 });
    const fit = scoreIcp(x, facts(saas));
    expect(fit.criteria[1]).toEqual({
      id: 'fundingStage',
      label: 'fundingStage',
      weight: 50,
      status: 'unknown',
      sentence: 'This version of LeadFit does not know the criterion "fundingStage" (a newer pack, or a misspelt name); it counts as unknown.',
      evidence: null,
    });
    expect(fit).toMatchObject({ score: 100, coverage: 0.5, scoreRange: { min: 50, max: 100 }, tier: null });
    // It can never be checked here, so it is never the one to check.
    expect(fit.decidingCriterion).toBeNull();
  });
});

describe('ranking ICPs and the runner-up sentence', () => {
  const two = pack([
    { id: 'known', name: 'Known fit', criteria: { industries: { include: ['Software Development'], weight: 60 }, employees: { min: 1000, max: null, weight: 40 } } },
    { id: 'blank', name: 'Growth services', criteria: { revenue: { min: 1, max: null, weight: 50 }, growth: { minPercent: 10, weight: 50 } } },
  ]);

  it('what is certain ranks before what is only possible: an ICP nothing could be checked for comes after a checked one', () => {
    const account = rankIcps(two, facts({ ...saas, ...midSize }));
    expect(account.ranked.map((f) => [f.icpId, f.scoreRange])).toEqual([
      ['known', { min: 60, max: 60 }],
      ['blank', { min: 0, max: 100 }],
    ]);
    expect(account.comparison).toBe('Growth services would fit better if revenue and growth matched.');
  });

  it('"could", not "would", when only the leader missing on its own unknowns would let it pass', () => {
    const p = pack([
      { id: 'a', name: 'SaaS', criteria: { industries: { include: ['Software Development'], weight: 60 }, growth: { minPercent: 10, weight: 40 } } },
      { id: 'b', name: 'Mid-size', criteria: { employees: { min: 100, max: 500, weight: 50 }, revenue: { min: 1, max: null, weight: 50 } } },
    ]);
    const account = rankIcps(p, facts({ ...saas, ...midSize }));
    expect(account.ranked.map((f) => [f.icpId, f.scoreRange])).toEqual([
      ['a', { min: 60, max: 100 }],
      ['b', { min: 50, max: 100 }],
    ]);
    expect(account.comparison).toBe('Mid-size could fit better if revenue matched.');
  });

  it('shared misses are said once, plainly', () => {
    const p = pack([
      { id: 'a', name: 'Mid-market', criteria: { industries: { include: ['Banking'], weight: 50 }, employees: { min: 100, max: 500, weight: 50 } } },
      { id: 'b', name: 'Enterprise', criteria: { industries: { include: ['Insurance'], weight: 50 }, employees: { min: 5000, max: null, weight: 50 } } },
    ]);
    const account = rankIcps(p, facts({ ...saas, ...midSize }));
    expect(account.best?.icpId).toBe('a');
    expect(account.comparison).toBe('Enterprise misses on company size; both miss on industry.');
  });

  it('when the runner-up misses only where the leader misses too, the sentence says so', () => {
    const p = pack([
      { id: 'a', name: 'Size first', criteria: { industries: { include: ['Banking'], weight: 10 }, employees: { min: 100, max: 500, weight: 90 } } },
      { id: 'b', name: 'Balanced', criteria: { industries: { include: ['Insurance'], weight: 50 }, employees: { min: 100, max: 500, weight: 50 } } },
    ]);
    const account = rankIcps(p, facts({ ...saas, ...midSize }));
    expect(account.ranked.map((f) => f.score)).toEqual([90, 50]);
    expect(account.comparison).toBe('Both miss on industry; Balanced matches less of the rest.');
  });

  it('a disqualified runner-up is ranked last and says why', () => {
    const p = pack([
      { id: 'small', name: 'Small', criteria: { employees: { min: 1, max: 50, weight: 10 } }, disqualifiers: [{ kind: 'industry', values: ['Software Development'], reason: 'We do not sell to software.' }] },
      { id: 'any', name: 'Anyone', criteria: { employees: { min: 5000, max: null, weight: 10 } } },
    ]);
    const account = rankIcps(p, facts({ ...saas, ...midSize }));
    expect(account.ranked.map((f) => f.icpId)).toEqual(['any', 'small']);
    expect(account.comparison).toBe('Small is ruled out: Industry Software Development is disqualified (Software Development). We do not sell to software.');
  });
});

describe('CSV verdict columns', () => {
  it('min, max, the tier only when decided, and the letters still possible', () => {
    expect([...FIT_COLUMNS]).toEqual(['Score', 'Score Min', 'Score Max', 'Tier', 'Tier Range', 'Coverage']);
    expect(fitCells(scoreIcp(icp, facts({ ...saas, ...boston }, 35)))).toEqual(['100', '70', '100', '', 'A–B', '70']);
    expect(fitCells(scoreIcp(icp, facts({ ...saas, ...midSize, ...boston }, 5)))).toEqual(['90', '90', '90', 'A', 'A', '100']);
    expect(fitCells(scoreIcp(icp, facts({})))).toEqual(['', '0', '100', '', 'A–D', '0']);
    expect(fitCells(null)).toEqual(['', '', '', '', '', '']);
  });
});

describe('badge', () => {
  const state = (scored: Partial<ScoredPage> | null, status: TabState['status'] = 'ready'): TabState => ({
    tabId: 1,
    url: 'https://www.linkedin.com/in/x/',
    status,
    observation: null,
    scored: scored ? { packId: 'p', packVersion: 1, packPublishedAt: '', scoredAt: '', account: null, person: null, people: [], talkingPoints: [], ...scored } : null,
    account: null,
    updatedAt: null,
    derived: null,
    packUpdate: null,
  });
  const withBest = (best: IcpFit) => state({ account: { ranked: [best], best, runnerUp: null, comparison: null } });

  it('shows the letter only when decided', () => {
    expect(badgeFor(withBest(scoreIcp(icp, facts({ ...saas, ...midSize, ...boston }, 5)))).text).toBe('A');
    const undecided = badgeFor(withBest(scoreIcp(icp, facts({ ...saas, ...boston }, 35))));
    expect(undecided.text).toBe('?');
    expect(undecided.title).toBe('LeadFit: SaaS: tier A–B, 70–100 (70% checked); checking Company size would decide');
    expect(badgeFor(withBest(scoreIcp(icp, facts({ employees: { min: 2, max: 10 } })))).text).toBe('D');
  });

  it('"?" on every page LeadFit read, including a first-seen person page with no company facts', () => {
    const person = {
      index: -1,
      name: 'Dana',
      title: 'Founder',
      personas: { classification: null, ranked: [], best: { personaId: 'f', personaName: 'Founder', buyingRole: 'decision-maker' as const, confidence: 1, matched: true, reasons: [] }, closest: null },
    };
    expect(badgeFor(state({ person })).text).toBe('?');
    expect(badgeFor(state({ person: { ...person, personas: { ...person.personas, best: null } } })).text).toBe('?');
    expect(badgeFor(state(null, 'empty')).text).toBe('?');
    // Not read (yet): nothing to claim.
    expect(badgeFor(state(null, 'loading')).text).toBe('');
    expect(badgeFor(state(null, 'not-read')).text).toBe('');
    expect(badgeFor(state(null, 'unsupported')).text).toBe('');
  });
});

describe('brief', () => {
  it('"Copy all" says the range and what would decide it, never a letter that is not decided', () => {
    const p = pack([icp]);
    const observation = { url: 'https://acme.example/', kind: 'company-site' as const, person: { ...emptyPerson(), name: 'Dana', title: 'VP Sales' }, people: [], company: { ...emptyCompany(), name: 'Acme' }, evidence: {}, missing: [] };
    const page = (best: IcpFit): ScoredPage => ({ packId: 'test', packVersion: 1, packPublishedAt: '', scoredAt: '', account: { ranked: [best], best, runnerUp: null, comparison: null }, person: null, people: [], talkingPoints: [] });
    const undecided = briefText(page(scoreIcp(icp, facts({ ...saas, ...boston }, 35))), observation, p).split('\n');
    expect(undecided[1]).toBe('Fit: SaaS: 70–100 / 100, tier A–B (undecided), 70% of the profile checked; checking Company size would decide');
    const decided = briefText(page(scoreIcp(icp, facts({ ...saas, ...midSize, ...boston }, 5))), observation, p).split('\n');
    expect(decided[1]).toBe('Fit: SaaS: 90 / 100, tier A, 100% of the profile checked');
  });
});
