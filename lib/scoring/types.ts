import type { Evidence } from '../observation';
import type { BuyingRole, Department, Seniority, Tier } from '../profiles/taxonomy';

/**
 * Results of scoring, shared by the background, the popup and the command line.
 * Everything here is plain JSON (it crosses extension messages and is stored).
 */

export type CriterionStatus = 'matched' | 'missed' | 'unknown' | 'disqualified';

export interface CriterionResult {
  /** "industries", "employees", "revenue", "locations", "technologies", "keywords", "growth", or "disqualifier:<kind>". */
  id: string;
  /** Short label for the list: "Industry", "Company size". */
  label: string;
  weight: number;
  status: CriterionStatus;
  /** One plain sentence for the rep: "51–200 employees is inside 100–500? no: below the minimum". */
  sentence: string;
  /** What the criterion looked at; null when the page did not state it. */
  evidence: (Evidence & { field: string }) | null;
}

export interface IcpFit {
  icpId: string;
  icpName: string;
  /** matched weight / checked weight, 0–100, rounded; null when nothing could be checked. */
  score: number | null;
  /** Tier from the ICP's cut-offs; "D" when disqualified; null when nothing could be checked. */
  tier: Tier | null;
  /** checked weight / total weight, 0–1. */
  coverage: number;
  /** coverage below 0.5: shown beside the tier. */
  lowCoverage: boolean;
  disqualified: boolean;
  /** The first disqualifier that applied, as a sentence. */
  disqualifiedBecause: string | null;
  criteria: CriterionResult[];
}

export interface AccountScore {
  /** All ICPs, best first (ties broken by coverage, then pack order). */
  ranked: IcpFit[];
  best: IcpFit | null;
  runnerUp: IcpFit | null;
  /** Why the best beat the runner-up, in one or two sentences; null with fewer than two ICPs. */
  comparison: string | null;
}

export interface TitleClassification {
  title: string;
  department: Department;
  seniority: Seniority;
  /** The rules that matched, for the rep ("'VP' → vp", "'Sales' → sales"). */
  evidence: string[];
}

export interface PersonaMatch {
  personaId: string;
  personaName: string;
  buyingRole: BuyingRole;
  /** 0–1. */
  confidence: number;
  matched: boolean;
  /** Why it matched or missed, sentence per rule. */
  reasons: string[];
}

export interface PersonaResult {
  classification: TitleClassification | null;
  /** All personas, best first. */
  ranked: PersonaMatch[];
  /** The best matching persona, or null ("no persona matches"). */
  best: PersonaMatch | null;
  /** When nothing matches: the closest persona and why it missed. */
  closest: PersonaMatch | null;
}

export interface RenderedTalkingPoint {
  id: string;
  /** Plain text, ready to paste. */
  text: string;
  personaId: string | null;
  icpId: string | null;
}

export interface ScoredPerson {
  /** Index in observation.people, or -1 for observation.person. */
  index: number;
  name: string | null;
  title: string | null;
  personas: PersonaResult;
}

/** One page, scored: what the popup shows and the command line prints. */
export interface ScoredPage {
  packId: string;
  packVersion: number;
  packPublishedAt: string;
  scoredAt: string;
  account: AccountScore | null;
  person: ScoredPerson | null;
  /** Search pages: every person on the page, scored. */
  people: ScoredPerson[];
  talkingPoints: RenderedTalkingPoint[];
}
