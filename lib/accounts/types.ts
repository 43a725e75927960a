import type { CompanyObservation, PersonObservation } from '../observation';
import type { Tier } from '../profiles/taxonomy';

export const OUTCOMES = ['qualified', 'not-a-fit', 'meeting-booked'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface ContactRecord {
  /** LinkedIn profile URL when known, else "name:<lower-case name>". */
  key: string;
  person: PersonObservation;
  personaId: string | null;
  personaName: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
}

export const IDENTITY_FIELDS = ['name', 'domain', 'website'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

export interface IdentityConflict {
  field: IdentityField;
  /** The value kept (stated by `keptFrom`). */
  kept: string;
  keptFrom: string;
  /** The value a less trusted page claimed, and that page. */
  claimed: string;
  claimedBy: string;
  at: string;
}

export interface ResearchPageRecord {
  page: 'linkedin' | 'website' | 'about';
  url: string;
  status: 'done' | 'no-permission' | 'timed-out' | 'login-wall' | 'mismatch' | 'error' | 'skipped';
  sentence: string;
}

export interface ResearchRecord {
  researchedAt: string;
  pages: ResearchPageRecord[];
}

/** What the rep has seen of one company, merged across pages (LinkedIn company page, people, website). */
export interface AccountRecord {
  /** "li:<company slug>", "domain:<domain>" or "name:<lower-case name>": the first one known. */
  key: string;
  /** Every key this account is known by, so later pages merge into it. */
  aliases: string[];
  company: CompanyObservation;
  contacts: ContactRecord[];
  score: number | null;
  tier: Tier | null;
  coverage: number;
  icpId: string | null;
  icpName: string | null;
  /** One line per criterion for CSV: "Industry: matched (Software Development)". */
  reasons: string[];
  packId: string;
  packVersion: number;
  outcome: Outcome | null;
  outcomePackVersion: number | null;
  pages: string[];
  firstSeenAt: string;
  lastSeenAt: string;
  /**
   * Which source stated each identity fact (name, domain, website) when it was a LinkedIn company
   * or Sales Navigator account page (or the account book): a website's claim about itself never
   * overwrites those (#11 merge trust). Absent on records stored before it existed.
   */
  identity?: Partial<Record<IdentityField, string>>;
  /** Identity claims that disagreed with a trusted source: kept as evidence and shown, never applied. */
  conflicts?: IdentityConflict[];
  /** The last one-click research of this company (lib/background/research.ts); reused for 30 days. */
  research?: ResearchRecord;
}
