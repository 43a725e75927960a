import type { Evidence } from '../observation';
import type { BuyingRole, Tier } from '../profiles/taxonomy';

/**
 * Results of scoring, shared by the background, the popup and the command line.
 * Everything here is plain JSON (it crosses extension messages and is stored).
 */

export type CriterionStatus = 'matched' | 'missed' | 'unknown' | 'disqualified';

export interface CriterionResult {
  /** A criterion id (lib/scoring/criteria, `CRITERION_IDS`), the key of a criterion this version does not know, or "disqualifier:<kind>". */
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
  /**
   * What the score could still become (0–100, rounded): `min` as if every unknown criterion
   * missed, `max` as if every unknown criterion matched. `score` lies inside it; min = max when
   * everything was checked.
   */
  scoreRange: { min: number; max: number };
  /**
   * The tier letter, only when it is decided: "D" when a disqualifier applies, else the letter
   * when min and max of `scoreRange` fall in the same band of the ICP's cut-offs. null while the
   * unknown criteria could still change it (see `tierRange`).
   */
  tier: Tier | null;
  /** The letters still possible, best first (["B", "C", "D"]); one letter when decided. */
  tierRange: Tier[];
  /**
   * While the tier is undecided: the unknown criterion whose answer would narrow the range most
   * (the fewest letters left whichever way it goes, then the largest weight). `decides` is true
   * when either answer leaves one letter. null when the tier is decided or nothing can decide it.
   */
  decidingCriterion: { id: string; label: string; decides: boolean } | null;
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
  /**
   * All ICPs, best first: not disqualified before disqualified; then by the lowest score still
   * possible (`scoreRange.min`, what is already certain), then the highest (`scoreRange.max`),
   * then coverage, then pack order (docs/design.md, "Ranking undecided ICPs").
   */
  ranked: IcpFit[];
  best: IcpFit | null;
  runnerUp: IcpFit | null;
  /** Why the best beat the runner-up, in one plain sentence; null with fewer than two ICPs. */
  comparison: string | null;
  /** The team's account book entry the company matched (lib/book), when one did. */
  book?: { name: string | null; owner: string | null; status: import('../book/status').BookStatus | null; matchedBy: 'linkedin' | 'domain' | 'name' };
}

export type { TitleClassification } from '../normalize/title-classification';
import type { TitleClassification } from '../normalize/title-classification';

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

/** One fact a talking point asserts (lib/scoring/talking-points.ts). */
export interface TalkingPointFact {
  /** The template variable: "company", "crm". */
  name: string;
  /** As written in the point's text. */
  value: string;
  /** "page", "account", "account book", "pack", or "technology:<category>" exactly as the observation files it. */
  source: string;
}

export interface RenderedTalkingPoint {
  id: string;
  /** Plain text, ready to paste. */
  text: string;
  personaId: string | null;
  icpId: string | null;
  /** Every fact the text asserts, with where it came from. */
  facts: TalkingPointFact[];
  /** False for a point by role only (no fact about the company beyond its name). */
  usesCompanyFacts: boolean;
}

/** A template that was not shown, and why ("the company's growth per year is not known"). */
export interface WithheldTalkingPoint {
  id: string;
  reason: string;
  personaId: string | null;
  icpId: string | null;
}

export interface ScoredPerson {
  /** Index in observation.people, or -1 for observation.person. */
  index: number;
  name: string | null;
  title: string | null;
  personas: PersonaResult;
  /** The team's account book entry of this listed person's company, when one matched (lib/background/book-facts.ts). */
  book?: AccountScore['book'];
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
  /** Templates not shown on this page, each with its reason (optional: older stored states lack it). */
  talkingPointsWithheld?: WithheldTalkingPoint[];
}
