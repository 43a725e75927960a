import type { Tier } from '../profiles/taxonomy';
import type { IcpFit } from './types';

/**
 * How a verdict is written wherever it is shown (badge title, popup, brief, CSV), so they all
 * say the same. No imports beyond types: the popup loads this without the scorer or zod.
 */

/** "B–D" for the letters still possible (they are always contiguous), "B" for one. */
export function tierRangeText(letters: readonly Tier[]): string {
  return letters.length > 1 ? `${letters[0]}–${letters[letters.length - 1]}` : (letters[0] ?? '?');
}

/** "A" when decided, else the range "B–D". */
export function tierText(fit: Pick<IcpFit, 'tier' | 'tierRange'>): string {
  return fit.tier ?? tierRangeText(fit.tierRange);
}

/** "45–90", or "90" when everything was checked. */
export function scoreRangeText(fit: Pick<IcpFit, 'scoreRange'>): string {
  const { min, max } = fit.scoreRange;
  return min === max ? String(min) : `${min}–${max}`;
}

/** "checking Industry would decide" / "checking Industry would narrow it"; null when nothing to check. */
export function nextCheckText(fit: Pick<IcpFit, 'decidingCriterion'>): string | null {
  const d = fit.decidingCriterion;
  return d ? `checking ${d.label} would ${d.decides ? 'decide' : 'narrow it'}` : null;
}
