import type { CompanyObservation, Evidence } from '../observation';
import { compareRange, formatRange } from '../normalize/employees';
import { industryMatches } from '../normalize/industry';
import { locationMatches } from '../normalize/location';
import { formatMoney } from '../normalize/revenue';
import type { Disqualifier, Icp } from '../profiles/schema';
import type { Tier } from '../profiles/taxonomy';
import { matchTechnologyTerm } from '../technographics/match';
import { hasPhrase } from './text';
import type { CriterionResult, CriterionStatus, IcpFit } from './types';

/**
 * What is known of one company, from pages or a CRM row. Anything unknown is null:
 * a criterion that needs it is "unknown", never a miss.
 */
export interface AccountFacts {
  company: CompanyObservation;
  /** Annual revenue in US dollars (CRM exports; pages rarely state it). */
  revenue: { min: number | null; max: number | null } | null;
  /** Head-count or revenue growth per year, in percent. */
  growthPercent: number | null;
  /** Evidence by field ("company.industry", "revenue"). */
  evidence: Record<string, Evidence>;
}

export function factsFromCompany(company: CompanyObservation, evidence: Record<string, Evidence>): AccountFacts {
  return { company, revenue: null, growthPercent: null, evidence };
}

type Check = { status: CriterionStatus; sentence: string; field: string | null };

function ev(facts: AccountFacts, field: string | null, fallback?: string): CriterionResult['evidence'] {
  if (!field) return null;
  const e = facts.evidence[field];
  if (e) return { ...e, field };
  return fallback ? { source: 'derived', snippet: fallback, field } : null;
}

const unknown = (sentence: string): Check => ({ status: 'unknown', sentence, field: null });

function checkIndustries(c: NonNullable<Icp['criteria']['industries']>, facts: AccountFacts): Check {
  const industry = facts.company.industry;
  if (!industry) return unknown('Industry not stated on the pages seen.');
  for (const term of c.exclude) {
    const m = industryMatches(term, industry, { includeChildren: c.includeChildren });
    if (m.matched) return { status: 'missed', sentence: `${industry} is excluded (${m.via}).`, field: 'company.industry' };
  }
  if (c.include.length === 0) return { status: 'matched', sentence: `${industry} is not excluded.`, field: 'company.industry' };
  let closest = '';
  for (const term of c.include) {
    const m = industryMatches(term, industry, { includeChildren: c.includeChildren });
    if (m.matched) return { status: 'matched', sentence: `${industry}: ${m.via}.`, field: 'company.industry' };
    closest ||= m.via;
  }
  return { status: 'missed', sentence: `${industry} is not one of ${c.include.join(', ')}${closest ? ` (${closest})` : ''}.`, field: 'company.industry' };
}

function boundsText(min: number | null, max: number | null, money = false): string {
  const f = (n: number) => (money ? formatMoney(n) : n.toLocaleString('en-US'));
  if (min !== null && max !== null) return `${f(min)}–${f(max)}`;
  if (min !== null) return `${f(min)} or more`;
  return `up to ${f(max ?? 0)}`;
}

function checkRange(
  value: { min: number | null; max: number | null },
  bounds: { min: number | null; max: number | null },
  field: string,
  money: boolean,
): Check {
  const shown = money ? moneyRange(value) : `${formatRange(value)} employees`;
  const want = boundsText(bounds.min, bounds.max, money);
  const position = compareRange(value, bounds);
  switch (position) {
    case 'inside':
      return { status: 'matched', sentence: `${shown} is inside ${want}? yes.`, field };
    case 'below':
      return { status: 'missed', sentence: `${shown} is inside ${want}? no: below the minimum.`, field };
    case 'above':
      return { status: 'missed', sentence: `${shown} is inside ${want}? no: above the maximum.`, field };
    default: {
      const low = value.min === null || (bounds.min !== null && value.min < bounds.min);
      return { status: 'missed', sentence: `${shown} is inside ${want}? no: partly ${low ? 'below the minimum' : 'above the maximum'}.`, field };
    }
  }
}

function moneyRange(v: { min: number | null; max: number | null }): string {
  if (v.min !== null && v.max !== null) return v.min === v.max ? formatMoney(v.min) : `${formatMoney(v.min)}–${formatMoney(v.max)}`;
  if (v.min !== null) return `${formatMoney(v.min)}+`;
  return `under ${formatMoney(v.max ?? 0)}`;
}

function checkEmployees(c: NonNullable<Icp['criteria']['employees']>, facts: AccountFacts): Check {
  const band = facts.company.employees;
  if (band && (band.min !== null || band.max !== null)) return checkRange(band, c, 'company.employees', false);
  const members = facts.company.employeesOnLinkedin;
  if (members !== null) {
    // Members on LinkedIn are a floor for the head-count: above the maximum is a miss, below the minimum says nothing.
    if (c.max !== null && members > c.max)
      return { status: 'missed', sentence: `${members.toLocaleString('en-US')} employees on LinkedIn already exceeds ${boundsText(c.min, c.max)}.`, field: 'company.employeesOnLinkedin' };
    if (c.min === null || members >= c.min)
      return { status: 'matched', sentence: `${members.toLocaleString('en-US')} employees on LinkedIn is inside ${boundsText(c.min, c.max)}.`, field: 'company.employeesOnLinkedin' };
    return unknown(`Only ${members.toLocaleString('en-US')} employees on LinkedIn; the company-size band is not stated.`);
  }
  return unknown('Company size not stated on the pages seen.');
}

function checkRevenue(c: NonNullable<Icp['criteria']['revenue']>, facts: AccountFacts): Check {
  if (!facts.revenue) return unknown('Revenue not known (pages rarely state it; CRM exports do).');
  return checkRange(facts.revenue, c, 'revenue', true);
}

/**
 * A street address ("100 Summer Street, Floor 12, Boston, MA 02110") is reduced to its place
 * ("Boston, MA") when the whole line cannot be placed on the map.
 */
export function placeOf(hq: string): string[] {
  const parts = hq.split(',').map((p) => p.replace(/\b\d{4,6}(-\d{4})?\b/g, '').trim()).filter(Boolean);
  const out = [hq];
  for (const n of [3, 2, 1]) if (parts.length > n) out.push(parts.slice(-n).join(', '));
  return out;
}

/** The first reading of the address that matches; else the first that could be placed at all. */
function matchPlace(term: string, hq: string): ReturnType<typeof locationMatches> {
  let placed: ReturnType<typeof locationMatches> = null;
  for (const candidate of placeOf(hq)) {
    const m = locationMatches(term, candidate);
    if (m?.matched) return m;
    placed ??= m;
  }
  return placed;
}

function checkLocations(c: NonNullable<Icp['criteria']['locations']>, facts: AccountFacts): Check {
  const hq = facts.company.headquarters;
  if (!hq) return unknown('Headquarters not stated on the pages seen.');
  for (const term of c.exclude) {
    const m = matchPlace(term, hq);
    if (m?.matched) return { status: 'missed', sentence: `${hq} is excluded: ${m.via}.`, field: 'company.headquarters' };
  }
  if (c.include.length === 0) return { status: 'matched', sentence: `${hq} is not excluded.`, field: 'company.headquarters' };
  let understood = false;
  for (const term of c.include) {
    const m = matchPlace(term, hq);
    if (m) understood = true;
    if (m?.matched) return { status: 'matched', sentence: `${hq}: ${m.via}.`, field: 'company.headquarters' };
  }
  if (!understood) return unknown(`Could not place "${hq}" on the map.`);
  return { status: 'missed', sentence: `${hq} is outside ${c.include.join(', ')}.`, field: 'company.headquarters' };
}

function checkTechnologies(c: NonNullable<Icp['criteria']['technologies']>, facts: AccountFacts): Check {
  const techs = facts.company.technologies;
  if (techs.length === 0) return unknown('Technologies unknown: read the company website to detect them.');
  const field = 'company.technologies';
  for (const term of c.excluded) {
    const hit = matchTechnologyTerm(term, techs);
    if (hit) return { status: 'missed', sentence: `Uses ${hit.name}, which is excluded (${term}).`, field };
  }
  const found: string[] = [];
  for (const term of c.required) {
    const options = term.split(/\s+or\s+/i);
    const hit = options.map((o) => matchTechnologyTerm(o, techs)).find((h) => h !== null);
    if (!hit) return { status: 'missed', sentence: `No ${term} found on the website${found.length ? ` (found ${found.join(', ')})` : ''}.`, field };
    found.push(hit.name);
  }
  const preferred = c.preferred.map((t) => matchTechnologyTerm(t, techs)).filter((h) => h !== null);
  if (c.required.length === 0 && c.preferred.length > 0 && preferred.length === 0)
    return { status: 'missed', sentence: `None of ${c.preferred.join(', ')} found on the website.`, field };
  const all = [...found, ...preferred.map((p) => p.name)];
  return { status: 'matched', sentence: all.length ? `Uses ${[...new Set(all)].join(', ')}.` : 'No excluded technology found.', field };
}

function companyText(c: CompanyObservation): string {
  return [c.description, c.industry, c.specialties.join(', '), c.name].filter(Boolean).join(' \n ').toLowerCase();
}

function checkKeywords(c: NonNullable<Icp['criteria']['keywords']>, facts: AccountFacts): Check {
  const company = facts.company;
  if (!company.description && company.specialties.length === 0) return unknown('No description or specialties to look for keywords in.');
  const text = companyText(company);
  const field = company.description ? 'company.description' : 'company.specialties';
  const negative = c.negative.filter((k) => hasPhrase(text, k));
  if (negative.length) return { status: 'missed', sentence: `Mentions ${negative.map((k) => `"${k}"`).join(', ')}.`, field };
  const positive = c.positive.filter((k) => hasPhrase(text, k));
  if (c.positive.length === 0) return { status: 'matched', sentence: 'No negative keyword found.', field };
  if (positive.length) return { status: 'matched', sentence: `Mentions ${positive.map((k) => `"${k}"`).join(', ')}.`, field };
  return { status: 'missed', sentence: `None of ${c.positive.slice(0, 6).map((k) => `"${k}"`).join(', ')} in the description.`, field };
}

function checkGrowth(c: NonNullable<Icp['criteria']['growth']>, facts: AccountFacts): Check {
  if (facts.growthPercent === null) return unknown('Growth not known.');
  const ok = facts.growthPercent >= c.minPercent;
  return { status: ok ? 'matched' : 'missed', sentence: `Growing ${facts.growthPercent}% a year; at least ${c.minPercent}% wanted? ${ok ? 'yes' : 'no'}.`, field: 'growth' };
}

const LABELS: Record<string, string> = {
  industries: 'Industry',
  employees: 'Company size',
  revenue: 'Revenue',
  locations: 'Location',
  technologies: 'Technologies',
  keywords: 'Keywords',
  growth: 'Growth',
};

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
      const hit = d.values.find((v) => hasPhrase(text, v));
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

export function tierFor(score: number, tiers: Icp['tiers']): Tier {
  if (score >= tiers.A) return 'A';
  if (score >= tiers.B) return 'B';
  if (score >= tiers.C) return 'C';
  return 'D';
}

/** Scores one company against one ICP, criterion by criterion. */
export function scoreIcp(icp: Icp, facts: AccountFacts): IcpFit {
  const criteria: CriterionResult[] = [];
  const c = icp.criteria;
  const add = (id: keyof typeof LABELS, weight: number, check: Check) =>
    criteria.push({ id, label: LABELS[id] ?? id, weight, status: check.status, sentence: check.sentence, evidence: ev(facts, check.field) });
  if (c.industries) add('industries', c.industries.weight, checkIndustries(c.industries, facts));
  if (c.employees) add('employees', c.employees.weight, checkEmployees(c.employees, facts));
  if (c.revenue) add('revenue', c.revenue.weight, checkRevenue(c.revenue, facts));
  if (c.locations) add('locations', c.locations.weight, checkLocations(c.locations, facts));
  if (c.technologies) add('technologies', c.technologies.weight, checkTechnologies(c.technologies, facts));
  if (c.keywords) add('keywords', c.keywords.weight, checkKeywords(c.keywords, facts));
  if (c.growth) add('growth', c.growth.weight, checkGrowth(c.growth, facts));

  let disqualifiedBecause: string | null = null;
  for (const d of icp.disqualifiers) {
    const hit = disqualifies(d, facts);
    if (!hit) continue;
    disqualifiedBecause ??= hit.sentence;
    criteria.push({ id: `disqualifier:${d.kind}`, label: 'Disqualifier', weight: 0, status: 'disqualified', sentence: hit.sentence, evidence: ev(facts, hit.field) });
  }

  const total = criteria.reduce((s, x) => s + x.weight, 0);
  const checked = criteria.filter((x) => x.status === 'matched' || x.status === 'missed').reduce((s, x) => s + x.weight, 0);
  const matched = criteria.filter((x) => x.status === 'matched').reduce((s, x) => s + x.weight, 0);
  const score = checked > 0 ? Math.round((matched / checked) * 100) : null;
  const coverage = total > 0 ? checked / total : 0;
  const disqualified = disqualifiedBecause !== null;
  return {
    icpId: icp.id,
    icpName: icp.name,
    score,
    tier: disqualified ? 'D' : score === null ? null : tierFor(score, icp.tiers),
    coverage: Math.round(coverage * 100) / 100,
    lowCoverage: coverage < 0.5,
    disqualified,
    disqualifiedBecause,
    criteria,
  };
}
