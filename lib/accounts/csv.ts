import type { AccountRecord } from './types';

/**
 * Accounts as CSV for a CRM import: one row per contact (one row per account without contacts).
 * RFC 4180 quoting, CRLF line ends, and a formula-injection guard: a cell starting with
 * =, +, - or @ gets a leading apostrophe so spreadsheets show it as text.
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

/** One cell: guarded against formulas, then quoted when it holds a comma, a quote, CR or LF. */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  if (/[",\r\n]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

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
  const lines: string[] = [CSV_COLUMNS.map(csvCell).join(',')];
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
    for (const row of rows) lines.push(row.map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
