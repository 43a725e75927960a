import { bandText, findNumbers, ON_LINKEDIN_RE, SELF_EMPLOYED_RE } from './employee-band';
/**
 * Company headcount parsing for ICP scoring. Pure, never throws.
 *
 * LinkedIn shows two different numbers: the company-size band ("51-200 employees",
 * "10,001+ employees") and the number of members who list the company
 * ("38 employees on LinkedIn" / "38 associated members"). Only the band is a headcount;
 * `parseEmployeeRange` refuses the member count, use `parseEmployeesOnLinkedin` for it.
 */

export interface EmployeeRange {
  min: number | null;
  max: number | null;
}

export type RangePosition = 'inside' | 'below' | 'above' | 'straddles';

/**
 * Company size band → {min, max}. Open ends are null ("10,001+" → max null).
 * "Self-employed" → 1–1; "fewer than 50" / "<50" → 1–49; "about 250" → 250–250.
 * Returns null for member counts ("38 employees on LinkedIn") and for text without a number.
 */
export function parseEmployeeRange(text: string): EmployeeRange | null {
  try {
    if (typeof text !== 'string') return null;
    // A size band is a few words: the cap keeps the number and "\s*$" patterns below linear on hostile text.
    const s = bandText(text);
    if (s === '') return null;
    if (ON_LINKEDIN_RE.test(s)) return null;
    if (SELF_EMPLOYED_RE.test(s)) {
      return { min: 1, max: 1 };
    }
    const nums = findNumbers(s);
    const first = nums[0];
    if (!first) return null;
    const before = s.slice(0, first.start).toLowerCase();
    const after = s.slice(first.end);
    const second = nums[1];

    if (second) {
      const between = s.slice(first.end, second.start);
      if (/^\s*(?:-|to|bis|à|a|and|und|–|—)\s*$/i.test(between)) {
        const lo = Math.min(first.value, second.value);
        const hi = Math.max(first.value, second.value);
        return { min: lo, max: hi };
      }
    }
    if (/^\s*\+/.test(after) || /^\s*(?:or more|and (?:more|above|up)|und mehr|oder mehr|et plus)\b/i.test(after)) {
      return { min: first.value, max: null };
    }
    if (/(?:fewer than|less than|under|below|weniger als|unter|moins de|<)\s*$/i.test(before)) {
      return { min: first.value > 1 ? 1 : 0, max: Math.max(0, first.value - 1) };
    }
    if (/(?:up to|at most|bis zu|max(?:imum)?\.?|jusqu'?à|≤|<=)\s*$/i.test(before)) {
      return { min: first.value >= 1 ? 1 : 0, max: first.value };
    }
    if (/(?:more than|over|above|mehr als|über|plus de|>)\s*$/i.test(before)) {
      return { min: first.value + 1, max: null };
    }
    if (/(?:at least|min(?:imum)?\.?|mindestens|≥|>=)\s*$/i.test(before)) {
      return { min: first.value, max: null };
    }
    return { min: first.value, max: first.value };
  } catch {
    return null;
  }
}

/**
 * LinkedIn member count: "38 employees on LinkedIn", "See all 1,234 employees on LinkedIn",
 * "1.234 Mitarbeiter auf LinkedIn", "38 associated members". Null for anything else.
 */
export function parseEmployeesOnLinkedin(text: string): number | null {
  try {
    if (typeof text !== 'string') return null;
    const s = bandText(text);
    if (!ON_LINKEDIN_RE.test(s)) return null;
    const first = findNumbers(s)[0];
    return first ? first.value : null;
  } catch {
    return null;
  }
}

/**
 * Where a value band sits against ICP bounds (inclusive; null = open end).
 * 201–500 vs 100–500 → inside; 51–200 vs 100–500 → straddles; 10,001+ vs max 5,000 → above.
 */
export function compareRange(
  value: { min: number | null; max: number | null },
  bounds: { min: number | null; max: number | null },
): RangePosition {
  let vLo = value?.min ?? -Infinity;
  let vHi = value?.max ?? Infinity;
  if (Number.isNaN(vLo)) vLo = -Infinity;
  if (Number.isNaN(vHi)) vHi = Infinity;
  if (vLo > vHi) [vLo, vHi] = [vHi, vLo];
  let bLo = bounds?.min ?? -Infinity;
  let bHi = bounds?.max ?? Infinity;
  if (Number.isNaN(bLo)) bLo = -Infinity;
  if (Number.isNaN(bHi)) bHi = Infinity;
  if (bLo > bHi) [bLo, bHi] = [bHi, bLo];
  if (vHi < bLo) return 'below';
  if (vLo > bHi) return 'above';
  if (vLo >= bLo && vHi <= bHi) return 'inside';
  return 'straddles';
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** "51–200", "10,001+", "500", "≤49"; "unknown" when both ends are open. */
export function formatRange(range: { min: number | null; max: number | null }): string {
  const min = typeof range?.min === 'number' && Number.isFinite(range.min) ? range.min : null;
  const max = typeof range?.max === 'number' && Number.isFinite(range.max) ? range.max : null;
  if (min !== null && max !== null) return min === max ? fmt(min) : `${fmt(Math.min(min, max))}–${fmt(Math.max(min, max))}`;
  if (min !== null) return `${fmt(min)}+`;
  if (max !== null) return `≤${fmt(max)}`;
  return 'unknown';
}
