import { companyKeys } from './accounts/merge';
import type { AccountRecord, Outcome } from './accounts/types';
import { toCsv } from './csv';
import type { Observation } from './observation';
import { emptyCompany } from './observation-empty';
import type { Tier } from './profiles/taxonomy';
import type { ScoredPage, ScoredPerson } from './scoring/types';

/**
 * The rows of a list page (people search, Sales Navigator lead list, Connections, a company's
 * People tab): each person with the persona they match and, where the rep has seen their
 * company, that account's tier and outcome. Pure: built in the background (lib/background/service.ts
 * deriveView) so the views only render; sorting, the brief and the CSV cells are plain functions
 * of the rows, shared by the view and the tests.
 */

export interface ListRowAccount {
  /** The stored account's key, for `setOutcome`. */
  key: string;
  name: string | null;
  /** null while the unknown criteria could still change it (the account record keeps no range). */
  tier: Tier | null;
  score: number | null;
  icpName: string | null;
  outcome: Outcome | null;
  /** How the row's company was joined to the account: its LinkedIn company page link, or only its name. */
  matchedBy: 'linkedin' | 'name';
}

export interface ListRow {
  /** Index in observation.people. */
  index: number;
  name: string | null;
  title: string | null;
  headline: string | null;
  company: string | null;
  profileUrl: string | null;
  persona: { id: string; name: string; buyingRole: string; confidence: number } | null;
  account: ListRowAccount | null;
  /** The team's account book on the row's company (status, owner), when it knows it. */
  book?: ScoredPerson['book'];
}

/**
 * The account a listed person's company is, among the accounts seen: by the LinkedIn company
 * link the row carries, else by the company name the row states (no domain is stated on rows).
 */
export function rowAccount(accounts: Record<string, AccountRecord>, company: string | null, companyLinkedinUrl: string | null): ListRowAccount | null {
  const keys = companyKeys({ ...emptyCompany(), name: company, linkedinUrl: companyLinkedinUrl });
  for (const key of keys) {
    const found = Object.values(accounts).find((a) => a.aliases.includes(key));
    if (found) {
      return {
        key: found.key,
        name: found.company.name ?? company,
        tier: found.tier,
        score: found.score,
        icpName: found.icpName,
        outcome: found.outcome,
        matchedBy: key.startsWith('li:') ? 'linkedin' : 'name',
      };
    }
  }
  return null;
}

/** A profile link without its tracking query ("?miniProfileUrn=…"), for pasting into a note or a CRM. */
export function cleanProfileUrl(url: string | null): string | null {
  if (!url) return null;
  return /^https:\/\/([\w-]+\.)?linkedin\.com\//i.test(url) ? url.replace(/[?#].*$/, '') : url;
}

/** The account keys of every listed person's company: what the store is asked for on a list page. */
export function listRowKeys(observation: Observation): string[] {
  const keys = new Set<string>();
  for (const person of observation.people) {
    for (const key of companyKeys({ ...emptyCompany(), name: person.company, linkedinUrl: person.companyLinkedinUrl })) keys.add(key);
  }
  return [...keys];
}

export function buildListRows(observation: Observation, scored: ScoredPage, accounts: Record<string, AccountRecord>): ListRow[] {
  return scored.people.map((p) => {
    const person = observation.people[p.index];
    const best = p.personas.best;
    const company = person?.company ?? null;
    return {
      index: p.index,
      name: p.name ?? person?.name ?? null,
      title: p.title ?? person?.title ?? null,
      headline: person?.headline ?? null,
      company,
      profileUrl: cleanProfileUrl(person?.linkedinUrl ?? null),
      persona: best ? { id: best.personaId, name: best.personaName, buyingRole: best.buyingRole, confidence: best.confidence } : null,
      account: person ? rowAccount(accounts, company, person.companyLinkedinUrl) : null,
      ...(p.book ? { book: p.book } : {}),
    };
  });
}

/**
 * Fit order: decided tiers A, B, C first; then accounts seen whose tier is still undecided, then
 * rows whose company was never seen (both could still be anything, but the first has been looked
 * at and not ruled out); D (not a fit) last. Within a group, the stronger persona match first;
 * rows with no persona after those with one; then page order.
 */
function tierRank(row: ListRow): number {
  if (!row.account) return 4;
  const tier = row.account.tier;
  if (tier === 'A') return 0;
  if (tier === 'B') return 1;
  if (tier === 'C') return 2;
  if (tier === 'D') return 5;
  return 3;
}

export function sortRowsByFit(rows: readonly ListRow[]): ListRow[] {
  return [...rows].sort((a, b) => tierRank(a) - tierRank(b) || (b.persona?.confidence ?? -1) - (a.persona?.confidence ?? -1) || a.index - b.index);
}

/** "Tier B", "tier undecided", "not seen yet": what the row knows about its account, in words. */
export function rowTierText(row: ListRow): string {
  if (!row.account) return 'company not seen yet';
  return row.account.tier ? `tier ${row.account.tier}` : 'tier undecided';
}

const OUTCOME_WORDS: Record<Outcome, string> = { qualified: 'qualified', 'not-a-fit': 'not a fit', 'meeting-booked': 'meeting booked' };

export function outcomeText(outcome: Outcome): string {
  return OUTCOME_WORDS[outcome];
}

/** "Copy brief" for the selected rows: one block per person, ready to paste into a note or a sequence. */
export function rowsBrief(rows: readonly ListRow[]): string {
  return rows
    .map((row) => {
      const who = [row.name ?? 'Unnamed person', row.title ?? row.headline].filter(Boolean).join(', ');
      // A headline ("CFO at Harborview") may already name the company.
      const named = row.company !== null && who.toLowerCase().includes(row.company.toLowerCase());
      const lines = [row.company && !named ? `${who} at ${row.company}` : who];
      lines.push(`Persona: ${row.persona ? `${row.persona.name} (${Math.round(row.persona.confidence * 100)}% match)` : 'no persona matches'}`);
      const account = row.account;
      lines.push(
        `Account: ${account ? `${rowTierText(row)}${account.icpName ? ` (${account.icpName})` : ''}${account.outcome ? `, marked ${outcomeText(account.outcome)}` : ''}` : 'company not seen yet'}`,
      );
      if (row.profileUrl) lines.push(row.profileUrl);
      return lines.join('\n');
    })
    .join('\n\n');
}

export const ROW_CSV_HEADER = ['Name', 'Title', 'Company', 'Persona', 'Persona match %', 'Tier', 'ICP', 'Outcome', 'Profile URL'] as const;

/** The selected rows as CSV (the one writer, lib/csv.ts): unknown cells stay empty, never guessed. */
export function rowsCsv(rows: readonly ListRow[]): string {
  return toCsv([
    ROW_CSV_HEADER,
    ...rows.map((row) => [
      row.name,
      row.title ?? row.headline,
      row.company,
      row.persona?.name ?? '',
      row.persona ? Math.round(row.persona.confidence * 100) : '',
      row.account ? (row.account.tier ?? 'undecided') : '',
      row.account?.icpName ?? '',
      row.account?.outcome ? outcomeText(row.account.outcome) : '',
      row.profileUrl,
    ]),
  ]);
}

/**
 * The distinct accounts of the selected rows, for "mark an outcome", and how many rows have
 * no account (their company was not seen, so there is nothing to mark).
 */
export function rowsAccounts(rows: readonly ListRow[]): { keys: string[]; withoutAccount: ListRow[] } {
  const keys = [...new Set(rows.flatMap((r) => (r.account ? [r.account.key] : [])))];
  return { keys, withoutAccount: rows.filter((r) => !r.account) };
}
