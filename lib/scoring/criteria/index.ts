import { z } from 'zod';
import { employees } from './employees';
import { growth } from './growth';
import { industries } from './industries';
import { keywords } from './keywords';
import { locations } from './locations';
import { revenue } from './revenue';
import { technologies } from './technologies';
import type { AccountFacts, Check, CriterionFact, CriterionModule } from './kit';

export type { AccountFacts, Check, CriterionFact, CriterionModule, EditorField } from './kit';

/**
 * The ICP criteria this extension knows, in the order they are shown and scored.
 * Adding one: a module `<id>.ts` (see ./kit.ts `CriterionModule`), its id here and its entry in
 * `CRITERIA` — the mapped type below refuses a registry without every id, and a module without
 * every part (docs/design.md, "Adding a criterion").
 */
export const CRITERION_IDS = ['industries', 'employees', 'revenue', 'locations', 'technologies', 'keywords', 'growth'] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

// `any` for the config: each entry keeps its own config type (`satisfies` below checks the parts, not the settings).
export type CriterionRegistry = { [K in CriterionId]: CriterionModule<K, any> };

export const CRITERIA = {
  industries,
  employees,
  revenue,
  locations,
  technologies,
  keywords,
  growth,
} satisfies CriterionRegistry;

/** A criterion's settings in a pack, by id. */
export type CriterionConfig<K extends CriterionId> = z.output<(typeof CRITERIA)[K]['schema']>;
/** The known criteria of an ICP, each optional. */
export type KnownCriteria = { [K in CriterionId]?: CriterionConfig<K> };

type Shape = { [K in CriterionId]: z.ZodOptional<(typeof CRITERIA)[K]['schema']> };

/** The zod shape of an ICP's `criteria`, one optional entry per known criterion. */
export function criteriaShape(): Shape {
  return Object.fromEntries(CRITERION_IDS.map((id) => [id, CRITERIA[id].schema.optional()])) as Shape;
}

export function isCriterionId(key: string): key is CriterionId {
  return (CRITERION_IDS as readonly string[]).includes(key);
}

/** A new criterion as the options editor starts it (the one place defaults are written). */
export function newCriterion<K extends CriterionId>(id: K): CriterionConfig<K> {
  return CRITERIA[id].defaultValue() as CriterionConfig<K>;
}

/** Runs one known criterion's check with its config. */
export function checkCriterion(id: CriterionId, config: unknown, facts: AccountFacts): Check {
  // The config was parsed by this criterion's own schema (icpCriteriaSchema), so its type holds.
  return (CRITERIA[id] as CriterionModule<CriterionId, z.ZodType<{ weight: number }>>).check(config as { weight: number }, facts);
}

/**
 * Policy for criteria this extension does not know (a pack written for a newer LeadFit, or a
 * typo): the pack is never refused for them. The schema keeps them as they are (so saving the
 * pack here does not drop them), the scorer lists each as "unknown" with a note and counts its
 * weight as unchecked (so the score's range and coverage say honestly that part of the profile
 * could not be checked), and the options editor names them.
 */
/** More unknown criteria than this on one ICP is not a newer pack but a broken or hostile one: refused. */
export const MAX_UNKNOWN_CRITERIA = 20;

export function unknownCriteria(criteria: Record<string, unknown>): { id: string; weight: number }[] {
  const out: { id: string; weight: number }[] = [];
  for (const [id, value] of Object.entries(criteria)) {
    if (isCriterionId(id) || value === undefined) continue;
    const w = value && typeof value === 'object' ? (value as { weight?: unknown }).weight : undefined;
    out.push({ id, weight: typeof w === 'number' && Number.isFinite(w) && w >= 0 && w <= 100 ? w : 0 });
  }
  return out;
}

/** Every fact the criteria can hand to talking points, by name (issue #10). */
export const CRITERION_FACTS: readonly (CriterionFact & { criterion: CriterionId })[] = CRITERION_IDS.flatMap((id) =>
  CRITERIA[id].facts.map((f: CriterionFact) => ({ ...f, criterion: id })),
);

/** How many terms (list entries) an ICP's known criteria hold, for the pack's overall limits. */
export function criterionTermCount(criteria: Record<string, unknown>): number {
  let n = 0;
  for (const id of CRITERION_IDS) {
    const config = criteria[id] as Record<string, unknown> | undefined;
    if (!config) continue;
    for (const f of CRITERIA[id].editor.fields as { kind: string; key: string }[]) {
      const v = config[f.key];
      if (f.kind === 'chips' && Array.isArray(v)) n += v.length;
    }
  }
  return n;
}
