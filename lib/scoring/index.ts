import type { CompanyObservation, Evidence, Observation, PersonObservation } from '../observation';
import type { Pack } from '../profiles/schema';
import { factsFromCompany, scoreIcp, type AccountFacts } from './score-icp';
import { scorePersonas } from './score-persona';
import { renderTalkingPoints, templateVars } from './talking-points';
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
  /** Evidence for the account's fields, keyed like the observation's. */
  accountEvidence?: Record<string, Evidence>;
}

export function rankIcps(pack: Pack, facts: AccountFacts): AccountScore {
  const fits = pack.icps.map((icp, i) => ({ fit: scoreIcp(icp, facts), i }));
  fits.sort((a, b) => {
    const dq = Number(a.fit.disqualified) - Number(b.fit.disqualified);
    if (dq) return dq;
    const sa = a.fit.score ?? -1;
    const sb = b.fit.score ?? -1;
    return sb - sa || b.fit.coverage - a.fit.coverage || a.i - b.i;
  });
  const ranked = fits.map((f) => f.fit);
  const best = ranked[0] ?? null;
  const runnerUp = ranked[1] ?? null;
  return { ranked, best, runnerUp, comparison: best && runnerUp ? compare(best, runnerUp) : null };
}

function fitText(f: IcpFit): string {
  if (f.disqualified) return `${f.icpName} (disqualified)`;
  return f.score === null ? `${f.icpName} (not enough data)` : `${f.icpName} (${f.score}, tier ${f.tier})`;
}

/** "Mid-market SaaS (82, tier A) fits better than Growth services (40, tier C): Company size matched here but missed there." */
function compare(best: IcpFit, runnerUp: IcpFit): string {
  const diffs: string[] = [];
  const other = new Map<string, CriterionResult>(runnerUp.criteria.map((c) => [c.id, c]));
  for (const c of best.criteria) {
    const o = other.get(c.id);
    if (c.status === 'matched' && o && o.status === 'missed') diffs.push(`${c.label} matched here but missed there`);
  }
  for (const o of runnerUp.criteria) if (o.status === 'disqualified') diffs.push(`${runnerUp.icpName}: ${o.sentence}`);
  const head = `${fitText(best)} fits better than ${fitText(runnerUp)}`;
  if (best.score !== null && best.score === runnerUp.score) return `${head}: same score, more of it could be checked (coverage ${Math.round(best.coverage * 100)}% vs ${Math.round(runnerUp.coverage * 100)}%).`;
  return diffs.length ? `${head}: ${diffs.slice(0, 3).join('; ')}.` : `${head}.`;
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
  const account = found ? rankIcps(pack, factsFromCompany(found.company, found.evidence)) : null;
  const bestIcp = account?.best && !account.best.disqualified ? (pack.icps.find((i) => i.id === account.best?.icpId) ?? null) : null;
  const icpId = account?.best?.icpId ?? null;
  const person = observation.person ? scorePerson(pack, observation.person, -1, icpId) : null;
  const people = observation.people.map((p, i) => scorePerson(pack, p, i, icpId));
  const personaId = person?.personas.best?.personaId ?? null;
  const persona = personaId ? (pack.personas.find((p) => p.id === personaId) ?? null) : null;
  const talkingPoints =
    observation.kind === 'linkedin-search'
      ? []
      : renderTalkingPoints(bestIcp, persona, templateVars({ person: observation.person, company: found?.company ?? null, icp: bestIcp, persona }));
  return {
    packId: pack.id,
    packVersion: pack.version,
    packPublishedAt: pack.publishedAt,
    scoredAt: (options.now ?? new Date()).toISOString(),
    account,
    person,
    people,
    talkingPoints,
  };
}

export { briefText } from './brief';
