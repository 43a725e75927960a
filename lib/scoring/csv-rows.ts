import type { Evidence, PersonObservation } from '../observation';
import { normalizeDomain } from '../normalize/domain';
import { emptyCompany, emptyPerson } from '../observation-empty';
import { CRITERIA, CRITERION_IDS, type AccountFacts } from './criteria';
import type { IcpFit } from './types';
import { tierRangeText } from './verdict-text';

import { cleanCell, type ColumnMap, type ColumnRole } from '../crm/columns';

/**
 * One row of a CRM export (Salesforce, HubSpot, Apollo, Pipedrive column names) turned into
 * what the scorer reads. Which header is which role lives in one place, lib/crm/columns.ts (each
 * ICP criterion declares the columns it reads and how: lib/scoring/criteria, `csv`).
 * A cell that cannot be read is unknown and gives the row a note (the row is still written and
 * scored); a placeholder ("N/A", Salesforce's "Other" industry) is simply unknown. Only a row with
 * neither company name nor domain cannot be scored.
 */
export { COLUMN_NAMES, mapColumns, type ColumnRole } from '../crm/columns';

export type RowResult =
  | { ok: true; facts: AccountFacts; person: PersonObservation | null; notes: string[] }
  | { ok: false; error: string; notes: string[] };

export function rowToFacts(row: Record<string, string>, columns: ColumnMap): RowResult {
  const notes: string[] = [];
  const get = (role: ColumnRole): string => {
    const h = columns[role];
    return h ? cleanCell(role, row[h] ?? '') : '';
  };
  const evidence: Record<string, Evidence> = {};
  const note = (field: string, role: ColumnRole, value: string) => {
    evidence[field] = { source: 'csv', snippet: `${columns[role]}: ${value}`.slice(0, 200) };
  };
  const company = emptyCompany();
  const name = get('company');
  const domainCell = get('domain') || get('domainFallback');
  if (!name && !domainCell) return { ok: false, error: 'no company name or domain', notes };
  if (name) {
    company.name = name;
    note('company.name', 'company', name);
  }
  if (domainCell) {
    const host = normalizeDomain(domainCell);
    if (!host || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) {
      notes.push(`${columns.domain} "${domainCell}" is not a domain or web address, read as unknown`);
      if (!name) return { ok: false, error: notes[0]!, notes };
    } else {
      company.domain = host;
      company.website = domainCell;
      note('company.domain', 'domain', domainCell);
    }
  }
  const facts: AccountFacts = { company, revenue: null, growthPercent: null, evidence };
  for (const id of CRITERION_IDS) {
    const error = CRITERIA[id].csv.read({ get, note, facts });
    if (error) notes.push(`${error}, read as unknown`);
  }
  const companyLinkedin = get('companyLinkedin');
  if (companyLinkedin) company.linkedinUrl = companyLinkedin;
  const title = get('title');
  const fullName = get('fullName') || [get('firstName'), get('lastName')].filter(Boolean).join(' ');
  let person: PersonObservation | null = null;
  if (title || fullName) {
    person = { ...emptyPerson(), name: fullName || null, title: title || null, company: name || null, linkedinUrl: get('linkedin') || null };
  }
  return { ok: true, facts, person, notes };
}

/**
 * The verdict columns a scored CRM export gets: the score with its range, the tier only when
 * decided (empty while unknowns could change it), the letters still possible, and Coverage as a
 * number 0–100 (the percent of the criteria's weight whose facts are known).
 */
export const FIT_COLUMNS = ['Score', 'Score Min', 'Score Max', 'Tier', 'Tier Range', 'Coverage'] as const;

export function fitCells(fit: IcpFit | null): string[] {
  if (!fit) return FIT_COLUMNS.map(() => '');
  return [
    fit.score === null ? '' : String(fit.score),
    String(fit.scoreRange.min),
    String(fit.scoreRange.max),
    fit.tier ?? '',
    tierRangeText(fit.tierRange),
    // A number (percent of the criteria's weight that is known, 0–100) so a spreadsheet can sort and filter it.
    String(Math.round(fit.coverage * 100)),
  ];
}
