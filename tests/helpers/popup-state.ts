import type { AccountRecord } from '@/lib/accounts/types';
import { deriveView } from '@/lib/background/service';
import type { ActivePack, TabState } from '@/lib/messaging';
import type { Observation } from '@/lib/observation';
import { emptyCompany, emptyPerson } from '@/lib/observation-empty';
import { loadStarterPack } from '@/lib/profiles/starter';
import { scorePage } from '@/lib/scoring';

/**
 * The tab state the popup tests render: a person page (Dana Whitfield, VP of Sales) at a company
 * the rep saw before (Northwind Analytics: industry and size known), not yet among its contacts,
 * scored and derived by the background's own code.
 */
export function personAtSeenCompany(pages: string[] = ['https://www.linkedin.com/company/northwind-analytics/']): TabState {
  const pack = loadStarterPack();
  const company = { ...emptyCompany(), name: 'Northwind Analytics', industry: 'Software Development', employees: { min: 201, max: 500 }, linkedinUrl: 'https://www.linkedin.com/company/northwind-analytics/' };
  const observation: Observation = {
    url: 'https://www.linkedin.com/in/dana/',
    kind: 'linkedin-person',
    person: { ...emptyPerson(), name: 'Dana Whitfield', title: 'VP of Sales', company: 'Northwind Analytics' },
    people: [],
    company: null,
    evidence: {},
    missing: [],
  };
  const scored = scorePage(observation, pack, { account: company });
  const account: AccountRecord = {
    key: 'li:northwind-analytics',
    aliases: ['li:northwind-analytics'],
    company,
    contacts: [],
    score: null,
    tier: null,
    coverage: 0,
    icpId: null,
    icpName: null,
    reasons: [],
    packId: pack.id,
    packVersion: pack.version,
    outcome: null,
    outcomePackVersion: null,
    pages,
    firstSeenAt: '2026-11-01T00:00:00Z',
    lastSeenAt: '2026-11-01T00:00:00Z',
  };
  const active: ActivePack = { pack, source: 'starter', updatedAt: '2026-11-29T00:00:00Z' };
  const base = { tabId: 3, url: observation.url, status: 'ready' as const, observation, scored, account, updatedAt: '2026-11-29T00:00:00Z' };
  return { ...base, derived: deriveView(base, active), packUpdate: null };
}
