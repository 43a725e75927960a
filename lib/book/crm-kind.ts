import { squash } from '../crm/columns';

/**
 * Which CRM an account export most likely came from, by the header names each one writes by
 * default (lib/crm/columns.ts lists them). Only a label for the preview ("Detected: HubSpot
 * companies"): the mapping itself never depends on it, so a renamed or mixed export still reads.
 */
export type CrmKind = 'hubspot' | 'salesforce' | 'pipedrive' | 'leadfit' | null;

const SIGNS: Record<Exclude<CrmKind, null>, string[]> = {
  hubspot: ['companyname', 'companydomainname', 'lifecyclestage', 'companyowner', 'linkedincompanypage', 'countryregion', 'stateregion', 'recordid', 'leadstatus'],
  salesforce: ['accountname', 'accountowner', 'billingcountry', 'billingstateprovince', 'billingcity', 'accountid', 'type'],
  pipedrive: ['organizationname', 'organizationowner', 'organizationlabel', 'label', 'addresscountry', 'addresscitytownvillagelocality', 'organizationaddress', 'address', 'opendeals', 'wondeals', 'people', 'closeddeals'],
  leadfit: ['besticp', 'bestpersona', 'packversion', 'tier'],
};

export function detectCrm(headers: readonly string[]): CrmKind {
  const have = new Set(headers.map((h) => squash(h.replace(/^\s*organi[sz]ation\s*-\s*/i, 'organization '))));
  let best: CrmKind = null;
  let bestScore = 1;
  for (const [kind, signs] of Object.entries(SIGNS) as [Exclude<CrmKind, null>, string[]][]) {
    const score = signs.filter((s) => have.has(s)).length;
    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  return best;
}
