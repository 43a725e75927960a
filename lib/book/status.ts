import { foldAccents } from '../normalize/text';

/**
 * An account's standing with the team, from the CRM's status columns (HubSpot "Lifecycle Stage"
 * and "Lead Status", Salesforce "Type", Pipedrive "Label"). Values are compared squashed
 * (lower-case letters and digits: "Customer - Direct" → "customerdirect").
 *
 * | status             | values                                                                                          |
 * |--------------------|-------------------------------------------------------------------------------------------------|
 * | do-not-contact     | "Do not contact", "Do not call", "Do not email", "DNC" anywhere in any status cell; a "Do Not Contact" column that is true/yes/1/x |
 * | customer           | HubSpot customer, evangelist; Salesforce Customer - Direct, Customer - Channel; Pipedrive Customer; client, active/current/existing customer |
 * | churned            | Former Customer, Churned, lost/ex-/past customer, cancelled                                    |
 * | open-opportunity   | HubSpot opportunity; Lead Status "Open deal"; open opportunity, in negotiation                 |
 * | target             | HubSpot subscriber, lead, marketingqualifiedlead (MQL), salesqualifiedlead (SQL); Lead Status new, open, in progress, attempted to contact, connected, bad timing; Salesforce Prospect; Pipedrive Hot/Warm/Cold lead; target (account) |
 * | (none)             | anything else: "Other", Partner, Reseller, Investor, Competitor, Press, Analyst, Integrator, Unqualified, empty |
 *
 * A cell may list several values (";", "," or "|"), and several columns may be read; the
 * strongest wins, in the order of the table (do-not-contact first).
 */
export const BOOK_STATUSES = ['do-not-contact', 'customer', 'churned', 'open-opportunity', 'target'] as const;
export type BookStatus = (typeof BOOK_STATUSES)[number];

/** What the popup and the CLI say for each status. */
export const STATUS_LABELS: Record<BookStatus, string> = {
  'do-not-contact': 'Do not contact',
  customer: 'Customer',
  churned: 'Former customer',
  'open-opportunity': 'Open opportunity',
  target: 'Target',
};

const TABLE: Record<string, BookStatus> = {};
const add = (status: BookStatus, values: string[]) => {
  for (const v of values) TABLE[v] = status;
};
add('customer', ['customer', 'customers', 'customerdirect', 'customerchannel', 'evangelist', 'client', 'activecustomer', 'currentcustomer', 'existingcustomer', 'kunde', 'client actif']);
add('churned', ['formercustomer', 'churned', 'churnedcustomer', 'lostcustomer', 'excustomer', 'pastcustomer', 'cancelled', 'canceled', 'formerclient', 'exclient']);
add('open-opportunity', ['opportunity', 'openopportunity', 'opendeal', 'indeal', 'negotiation', 'innegotiation', 'activeopportunity']);
add('target', [
  'subscriber',
  'lead',
  'marketingqualifiedlead',
  'salesqualifiedlead',
  'mql',
  'sql',
  'new',
  'open',
  'inprogress',
  'attemptedtocontact',
  'connected',
  'badtiming',
  'prospect',
  'hotlead',
  'warmlead',
  'coldlead',
  'target',
  'targetaccount',
]);

const DNC = /\bdo\s*not\s*(contact|call|email|e-mail|mail)\b|\bdnc\b|\bdo-not-contact\b/;
const TRUE = new Set(['true', 'yes', 'y', '1', 'x', 'ja', 'oui', 'wahr']);

function squash(s: string): string {
  return foldAccents(s)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The status the cells say. `statusCells` are the values of status columns (Lifecycle Stage,
 * Type, Label…); `doNotContactCells` those of a yes/no "Do Not Contact" column. Null when none
 * of them names a status in the table.
 */
export function statusFrom(statusCells: readonly string[], doNotContactCells: readonly string[] = []): BookStatus | null {
  if (doNotContactCells.some((c) => TRUE.has(c.trim().toLowerCase()))) return 'do-not-contact';
  let best: BookStatus | null = null;
  for (const cell of statusCells) {
    const low = foldAccents(cell).toLowerCase().replace(/[_]/g, ' ');
    if (DNC.test(low)) return 'do-not-contact';
    for (const part of cell.split(/[;,|]/)) {
      const s = TABLE[squash(part)];
      if (s && (best === null || BOOK_STATUSES.indexOf(s) < BOOK_STATUSES.indexOf(best))) best = s;
    }
  }
  return best;
}
