import type { CompanyObservation, Evidence } from '../observation';
import { formatRange } from '../normalize/employees';
import { industryMatches } from '../normalize/industry';
import { formatMoney } from '../normalize/revenue';
import type { Disqualifier, Icp } from '../profiles/schema';
import type { Tier } from '../profiles/taxonomy';
import { matchTechnologyTerm } from '../technographics/match';
import { checkCriterion, CRITERIA, CRITERION_IDS, unknownCriteria } from './criteria';
import { companyText, matchPlace, moneyRange, type AccountFacts } from './criteria/kit';
import { matchPhrases } from './text';
import type { CriterionResult, IcpFit } from './types';

export type { AccountFacts } from './criteria/kit';
export { placeOf } from './criteria/kit';

export function factsFromCompany(company: CompanyObservation, evidence: Record<string, Evidence>): AccountFacts {
  return { company, revenue: null, growthPercent: null, evidence };
}

function ev(facts: AccountFacts, field: string | null): CriterionResult['evidence'] {
  if (!field) return null;
  const e = facts.evidence[field];
  return e ? { ...e, field } : null;
}

/** A disqualifier that applies, as a sentence; null when it does not apply or cannot be checked. */
function disqualifies(d: Disqualifier, facts: AccountFacts): { sentence: string; field: string } | null {
  const c = facts.company;
  const why = d.reason ? ` ${d.reason}` : '';
  switch (d.kind) {
    case 'industry': {
      if (!c.industry) return null;
      const hit = d.values.map((v) => ({ v, m: industryMatches(v, c.industry ?? '', { includeChildren: true }) })).find((x) => x.m.matched);
      return hit ? { sentence: `Industry ${c.industry} is disqualified (${hit.v}).${why}`, field: 'company.industry' } : null;
    }
    case 'domain': {
      const domain = c.domain?.toLowerCase();
      if (!domain) return null;
      const hit = d.values.find((v) => domain === v.toLowerCase() || domain.endsWith(`.${v.toLowerCase()}`));
      return hit ? { sentence: `${domain} is on the disqualified list.${why}`, field: 'company.domain' } : null;
    }
    case 'location': {
      if (!c.headquarters) return null;
      const hit = d.values.find((v) => matchPlace(v, c.headquarters ?? '')?.matched);
      return hit ? { sentence: `Headquarters ${c.headquarters} is disqualified (${hit}).${why}`, field: 'company.headquarters' } : null;
    }
    case 'technology': {
      const hit = d.values.map((v) => matchTechnologyTerm(v, c.technologies)).find((h) => h !== null);
      return hit ? { sentence: `Uses ${hit.name}.${why}`, field: 'company.technologies' } : null;
    }
    case 'keyword': {
      const text = companyText(c);
      const hit = matchPhrases(text, d.values)[0];
      return hit ? { sentence: `Mentions "${hit}".${why}`, field: 'company.description' } : null;
    }
    case 'employeesBelow': {
      const max = c.employees?.max ?? null;
      if (max !== null && max < d.value) return { sentence: `${formatRange(c.employees ?? { min: null, max })} employees is below ${d.value}.${why}`, field: 'company.employees' };
      return null;
    }
    case 'revenueBelow': {
      const max = facts.revenue?.max ?? null;
      if (max !== null && max < d.value) return { sentence: `Revenue ${moneyRange(facts.revenue ?? { min: null, max })} is below ${formatMoney(d.value)}.${why}`, field: 'revenue' };
      return null;
    }
  }
}

export const TIERS: readonly Tier[] = ['A', 'B', 'C', 'D'];

export function tierFor(score: number, tiers: Icp['tiers']): Tier {
  if (score >= tiers.A) return 'A';
  if (score >= tiers.B) return 'B';
  if (score >= tiers.C) return 'C';
  return 'D';
}

/** The letters from the tier of `max` down to the tier of `min`, best first. */
export function tiersBetween(min: number, max: number, tiers: Icp['tiers']): Tier[] {
  return TIERS.slice(TIERS.indexOf(tierFor(max, tiers)), TIERS.indexOf(tierFor(min, tiers)) + 1);
}

const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** The score range when `matched` of `total` weight matched and `open` is still unknown. */
function rangeOf(matched: number, open: number, total: number): { min: number; max: number } {
  return total > 0 ? { min: pct(matched, total), max: pct(matched + open, total) } : { min: 0, max: 100 };
}

/**
 * The unknown criterion whose answer leaves the fewest tier letters whichever way it goes
 * (ties: the larger weight, then the order of the criteria). Only criteria this extension can
 * check; a criterion it does not know could never be answered here.
 */
function decider(criteria: CriterionResult[], matched: number, open: number, total: number, tiers: Icp['tiers']): IcpFit['decidingCriterion'] {
  let best: { c: CriterionResult; worst: number } | null = null;
  for (const c of criteria) {
    if (c.status !== 'unknown' || c.weight <= 0 || !(CRITERION_IDS as readonly string[]).includes(c.id)) continue;
    const ifMatched = rangeOf(matched + c.weight, open - c.weight, total);
    const ifMissed = rangeOf(matched, open - c.weight, total);
    const worst = Math.max(tiersBetween(ifMatched.min, ifMatched.max, tiers).length, tiersBetween(ifMissed.min, ifMissed.max, tiers).length);
    if (!best || worst < best.worst || (worst === best.worst && c.weight > best.c.weight)) best = { c, worst };
  }
  return best ? { id: best.c.id, label: best.c.label, decides: best.worst === 1 } : null;
}

/** Scores one company against one ICP, criterion by criterion (the registry in ./criteria). */
export function scoreIcp(icp: Icp, facts: AccountFacts): IcpFit {
  const criteria: CriterionResult[] = [];
  const configured = icp.criteria as Record<string, unknown>;
  for (const id of CRITERION_IDS) {
    const config = configured[id] as { weight: number } | undefined;
    if (!config) continue;
    const check = checkCriterion(id, config, facts);
    criteria.push({ id, label: CRITERIA[id].label, weight: config.weight, status: check.status, sentence: check.sentence, evidence: ev(facts, check.field) });
  }
  for (const u of unknownCriteria(configured)) {
    criteria.push({
      id: u.id,
      label: u.id,
      weight: u.weight,
      status: 'unknown',
      sentence: `This version of LeadFit does not know the criterion "${u.id}" (a newer pack, or a misspelt name); it counts as unknown.`,
      evidence: null,
    });
  }

  let disqualifiedBecause: string | null = null;
  for (const d of icp.disqualifiers) {
    const hit = disqualifies(d, facts);
    if (!hit) continue;
    disqualifiedBecause ??= hit.sentence;
    criteria.push({ id: `disqualifier:${d.kind}`, label: 'Disqualifier', weight: 0, status: 'disqualified', sentence: hit.sentence, evidence: ev(facts, hit.field) });
  }

  const sum = (keep: (c: CriterionResult) => boolean) => criteria.filter(keep).reduce((s, x) => s + x.weight, 0);
  const total = sum(() => true);
  const matched = sum((x) => x.status === 'matched');
  const checked = sum((x) => x.status === 'matched' || x.status === 'missed');
  const open = sum((x) => x.status === 'unknown');
  const score = checked > 0 ? Math.round((matched / checked) * 100) : null;
  const coverage = total > 0 ? checked / total : 0;
  const disqualified = disqualifiedBecause !== null;
  const scoreRange = rangeOf(matched, open, total);
  const possible = tiersBetween(scoreRange.min, scoreRange.max, icp.tiers);
  // A disqualifier decides the tier whatever the unknowns would say.
  const tierRange: Tier[] = disqualified ? ['D'] : possible;
  const tier = tierRange.length === 1 ? (tierRange[0] ?? null) : null;
  return {
    icpId: icp.id,
    icpName: icp.name,
    score,
    scoreRange,
    tier,
    tierRange,
    decidingCriterion: tier === null ? decider(criteria, matched, open, total, icp.tiers) : null,
    coverage: Math.round(coverage * 100) / 100,
    lowCoverage: coverage < 0.5,
    disqualified,
    disqualifiedBecause,
    criteria,
  };
}
