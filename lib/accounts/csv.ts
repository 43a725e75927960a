import { csvCell, toCsv, type CsvValue } from '../csv';
import type { AccountRecord } from './types';

export { csvCell };

/**
 * Accounts as CSV for a CRM import: one row per contact (one row per account without contacts).
 * Written by the one CSV writer, lib/csv.ts (RFC 4180, CRLF, formula cells guarded:
 * a cell starting with =, +, -, @, a tab or CR gets a leading apostrophe).
 */
export const CSV_COLUMNS = [
  'Company',
  'Website',
  'LinkedIn URL',
  'First Name',
  'Last Name',
  'Title',
  'Tier',
  'Score',
  'ICP',
  'Persona',
  'Reasons',
  'Outcome',
  'Seen At',
] as const;

/** "Dana Whitfield" → ["Dana", "Whitfield"]; "Cher" → ["Cher", ""]. */
export function splitName(name: string | null): [string, string] {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return ['', ''];
  return [words[0] ?? '', words.slice(1).join(' ')];
}

function website(a: AccountRecord): string {
  return a.company.website ?? a.company.domain ?? '';
}

export function accountsToCsv(accounts: AccountRecord[]): string {
  const lines: CsvValue[][] = [[...CSV_COLUMNS]];
  for (const a of accounts) {
    const shared = {
      company: a.company.name ?? '',
      website: website(a),
      tier: a.tier ?? '',
      score: a.score ?? '',
      icp: a.icpName ?? a.icpId ?? '',
      reasons: a.reasons.join('; '),
      outcome: a.outcome ?? '',
    };
    const rows =
      a.contacts.length > 0
        ? a.contacts.map((c) => {
            const [first, last] = splitName(c.person.name);
            return [
              shared.company || c.person.company || '',
              shared.website,
              c.person.linkedinUrl ?? '',
              first,
              last,
              c.person.title ?? c.person.headline ?? '',
              shared.tier,
              shared.score,
              shared.icp,
              c.personaName ?? c.personaId ?? '',
              shared.reasons,
              shared.outcome,
              c.lastSeenAt,
            ];
          })
        : [
            [
              shared.company,
              shared.website,
              a.company.linkedinUrl ?? '',
              '',
              '',
              '',
              shared.tier,
              shared.score,
              shared.icp,
              '',
              shared.reasons,
              shared.outcome,
              a.lastSeenAt,
            ],
          ];
    lines.push(...rows);
  }
  return toCsv(lines);
}
