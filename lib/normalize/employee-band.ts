import { NUMBER_PATTERN, normalizeNumberText as clean, parseLocaleNumber } from './numbers';

/**
 * Whether a text states a company-size band, without parsing it into a range: the LinkedIn
 * content script records the band's text when this says yes, and lib/extract/complete.ts parses
 * it with `parseEmployeeRange` (lib/normalize/employees.ts), which gives a range exactly when this
 * gives true, so readers fall through to their next source exactly as before (#12, size budget).
 */

const SCALE: Record<string, number> = { k: 1e3, m: 1e6 };
const NUMBER_RE = new RegExp(String.raw`(${NUMBER_PATTERN})\s*(k|m|tsd\.?|thousand)?(?![a-z])`, 'gi');

export interface NumberHit {
  value: number;
  start: number;
  end: number;
}

export function findNumbers(text: string): NumberHit[] {
  const hits: NumberHit[] = [];
  NUMBER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_RE.exec(text)) !== null) {
    const raw = m[1] ?? '';
    const unit = (m[2] ?? '').toLowerCase().replace('.', '');
    const base = parseLocaleNumber(raw.replace(/[.,]$/, ''));
    if (base === null) continue;
    const mult = unit === '' ? 1 : unit === 'tsd' || unit === 'thousand' ? 1e3 : SCALE[unit] ?? 1;
    hits.push({ value: Math.round(base * mult), start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

export const ON_LINKEDIN_RE = /\b(on|auf|sur|en|su|op|no|na)\s+linkedin\b|associated members?|zugeordnete mitglieder|membres associ/i;
export const SELF_EMPLOYED_RE = /\bself[- ]?employed\b|\bselbstst[aä]ndig\b|\bfreelancer?\b|\bsolo ?founder\b|\bsole (?:proprietor|trader)\b/i;

/** A size band is a few words: the cap keeps the number and "\s*$" patterns linear on hostile text. */
export function bandText(text: string): string {
  return clean(text.length > 400 ? text.slice(0, 400) : text);
}

/** True when `parseEmployeeRange(text)` gives a range (a number or "self-employed", not a member count). */
export function statesEmployeeBand(text: string): boolean {
  try {
    if (typeof text !== 'string') return false;
    const s = bandText(text);
    if (s === '' || ON_LINKEDIN_RE.test(s)) return false;
    return SELF_EMPLOYED_RE.test(s) || findNumbers(s).length > 0;
  } catch {
    return false;
  }
}
