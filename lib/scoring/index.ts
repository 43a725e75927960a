import type { CompanyObservation, Evidence, Observation, PersonObservation } from '../observation';
import type { Pack } from '../profiles/schema';
import { factsFromCompany, scoreIcp, type AccountFacts } from './score-icp';
import { scorePersonas } from './score-persona';
import { talkingPointsFor } from './talking-points';
import type { AccountScore, CriterionResult, IcpFit, ScoredPage, ScoredPerson } from './types';

export { committeeCoverage } from './score-persona';
export { scoreIcp, factsFromCompany, type AccountFacts } from './score-icp';

/**
 * Scores one page against a pack: the company against every ICP (ranked, the best explained
 * against the runner-up), the person (or every person of a search page) against the personas,
 * and the talking points for the best pair. Pure: the background, the popup's tests and the
 * command line all call this.
 */
export interface ScoreOptions {
  now?: Date;
  /** What is known of the person's company from other pages (merged account), used when this page does not say. */
  account?: CompanyObservation | null;
  /** Evidence for the account's fields, keyed like the observation's ("revenue" for `revenue`). */
  accountEvidence?: Record<string, Evidence>;
  /** Annual revenue in USD from the team's account book (pages do not state it; not a CompanyObservation field). */
  revenue?: { min: number | null; max: number | null } | null;
}

export function rankIcps(pack: Pack, facts: AccountFacts): AccountScore {
  const fits = pack.icps.map((icp, i) => ({ fit: scoreIcp(icp, facts), i }));
  // What is already certain (min) before what is still possible (max): an ICP nothing could be
  // checked for (0–100) must not outrank one the page shows to fit (docs/design.md).
  fits.sort((a, b) => {
    const dq = Number(a.fit.disqualified) - Number(b.fit.disqualified);
    if (dq) return dq;
    return (
      b.fit.scoreRange.min - a.fit.scoreRange.min ||
      b.fit.scoreRange.max - a.fit.scoreRange.max ||
      b.fit.coverage - a.fit.coverage ||
      a.i - b.i
    );
  });
  const ranked = fits.map((f) => f.fit);
  const best = ranked[0] ?? null;
  const runnerUp = ranked[1] ?? null;
  return { ranked, best, runnerUp, comparison: best && runnerUp ? compare(best, runnerUp) : null };
}

/** "industry", "company size and location", "industry, revenue and growth". */
function listOf(labels: string[]): string {
  const words = labels.map((l) => l.toLowerCase());
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * The runner-up in one plain sentence: why it is not first, or what would make it first.
 * "Growth services would fit better if revenue and growth matched." (or "could", when only if the
 * leader's own unknowns miss) /
 * "Growth services misses on company size; both miss on industry."
 */
export function compare(best: IcpFit, runnerUp: IcpFit): string {
  const name = runnerUp.icpName;
  if (runnerUp.disqualified) return `${name} is ruled out: ${runnerUp.disqualifiedBecause ?? 'a disqualifier applies.'}`;
  const mine = new Map<string, CriterionResult>(best.criteria.map((c) => [c.id, c]));
  const theirs = runnerUp.criteria.filter((c) => c.weight > 0);
  const both = theirs.filter((c) => c.status === 'missed' && mine.get(c.id)?.status === 'missed').map((c) => c.label);
  const onlyThere = theirs.filter((c) => c.status === 'missed' && mine.get(c.id)?.status !== 'missed').map((c) => c.label);
  const open = theirs.filter((c) => c.status === 'unknown').map((c) => c.label);
  const shared = both.length ? `both miss on ${listOf(both)}` : '';
  let head: string;
  // "would": even at its best the leader stays below; "could": only if the leader's own unknowns miss.
  if (open.length && runnerUp.scoreRange.max > best.scoreRange.max) head = `${name} would fit better if ${listOf(open)} matched`;
  else if (open.length && runnerUp.scoreRange.max > best.scoreRange.min) head = `${name} could fit better if ${listOf(open)} matched`;
  else if (onlyThere.length) head = `${name} misses on ${listOf(onlyThere)}`;
  else if (shared) return `${shared[0]?.toUpperCase()}${shared.slice(1)}; ${name} matches less of the rest.`;
  else head = `${name} fits less well on what is known`;
  return `${head}${shared ? `; ${shared}` : ''}.`;
}

/**
 * The company to score: what this page says, completed by what the account already knows from
 * other pages (a person's employer from its company page, a website's industry from LinkedIn).
 * Fields taken from the account carry evidence saying so.
 */
function companyFor(observation: Observation, options: ScoreOptions): { company: CompanyObservation; evidence: Record<string, Evidence> } | null {
  const page = observation.company;
  const account = options.account ?? null;
  if (!account) return page ? { company: page, evidence: observation.evidence } : null;
  const company: CompanyObservation = { ...account };
  const evidence: Record<string, Evidence> = {};
  for (const [key, value] of Object.entries(account) as [keyof CompanyObservation, unknown][]) {
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    evidence[`company.${key}`] = options.accountEvidence?.[`company.${key}`] ?? { source: 'account', snippet: `seen earlier on another page: ${shown(value)}`.slice(0, 200) };
  }
  if (page) {
    for (const [key, value] of Object.entries(page) as [keyof CompanyObservation, unknown][]) {
      if (value === null || (Array.isArray(value) && value.length === 0)) continue;
      (company as Record<string, unknown>)[key] = value;
      const ev = observation.evidence[`company.${key}`];
      if (ev) evidence[`company.${key}`] = ev;
    }
  }
  return { company, evidence };
}

function shown(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v && 'name' in v ? String(v.name) : String(v))).join(', ');
  if (value && typeof value === 'object') {
    const r = value as { min?: number | null; max?: number | null };
    return `${r.min ?? '?'}–${r.max ?? '+'}`;
  }
  return String(value);
}

function scorePerson(pack: Pack, person: PersonObservation, index: number, icpId: string | null): ScoredPerson {
  return { index, name: person.name, title: person.title, personas: scorePersonas(pack, person.title, person.headline, icpId) };
}

export function scorePage(observation: Observation, pack: Pack, options: ScoreOptions = {}): ScoredPage {
  const found = companyFor(observation, options);
  const revenue = options.revenue ?? null;
  const account = found ? rankIcps(pack, { ...factsFromCompany(found.company, revenue && options.accountEvidence?.revenue ? { ...found.evidence, revenue: options.accountEvidence.revenue } : found.evidence), revenue }) : null;
  const bestIcp = account?.best && !account.best.disqualified ? (pack.icps.find((i) => i.id === account.best?.icpId) ?? null) : null;
  const icpId = account?.best?.icpId ?? null;
  const person = observation.person ? scorePerson(pack, observation.person, -1, icpId) : null;
  const people = observation.people.map((p, i) => scorePerson(pack, p, i, icpId));
  const personaId = person?.personas.best?.personaId ?? null;
  const persona = personaId ? (pack.personas.find((p) => p.id === personaId) ?? null) : null;
  // Grounded talking points (lib/scoring/talking-points.ts): the best ICP is passed even when
  // disqualified, so its withheld points record why; persona points need no company.
  const points =
    observation.kind === 'linkedin-search'
      ? { shown: [], withheld: [] }
      : talkingPointsFor({
          person: observation.person,
          company: found?.company ?? null,
          pageCompany: observation.company,
          companyEvidence: found?.evidence,
          revenue,
          icp: bestIcp ?? pack.icps.find((i) => i.id === account?.best?.icpId) ?? null,
          fit: account?.best ?? null,
          persona,
        });
  return {
    packId: pack.id,
    packVersion: pack.version,
    packPublishedAt: pack.publishedAt,
    scoredAt: (options.now ?? new Date()).toISOString(),
    account,
    person,
    people,
    talkingPoints: points.shown,
    talkingPointsWithheld: points.withheld,
  };
}

export { briefText } from './brief';
