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
}
