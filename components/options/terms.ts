import { INDUSTRY_NAMES, canonicalIndustry } from '@/lib/normalize/industry';

/**
 * Typed terms → values. A comma separates terms, except inside a LinkedIn industry name that has
 * one ("Technology, Information and Internet"): those stay one value wherever tags are typed, so a
 * pasted taxonomy name never turns into two terms that match nothing.
 */
const COMMA_NAMES = new Map(
  INDUSTRY_NAMES.filter((n) => n.includes(',')).map((n) => [squash(n), n] as const),
);
const LONGEST = Math.max(1, ...INDUSTRY_NAMES.map((n) => n.split(',').length));

function squash(s: string): string {
  return s.toLowerCase().replace(/\s*,\s*/g, ',').replace(/\s+/g, ' ').trim();
}

export function splitTerms(text: string): string[] {
  const parts = text.split(',');
  const out: string[] = [];
  for (let i = 0; i < parts.length; ) {
    let taken = 1;
    // Longest run of comma-separated parts that is one taxonomy name.
    for (let n = Math.min(LONGEST, parts.length - i); n > 1; n--) {
      const name = COMMA_NAMES.get(squash(parts.slice(i, i + n).join(',')));
      if (name) {
        out.push(name);
        taken = n;
        break;
      }
    }
    if (taken === 1) out.push((parts[i] ?? '').trim());
    i += taken;
  }
  return out.filter(Boolean);
}

/** Adds `terms` to `value`, skipping ones already there (case-insensitive). */
export function addTerms(value: readonly string[], terms: readonly string[]): string[] {
  const out = [...value];
  for (const t of terms) if (!out.some((v) => v.toLowerCase() === t.toLowerCase())) out.push(t);
  return out;
}

export type IndustryStatus = { kind: 'taxonomy' } | { kind: 'reads-as'; name: string } | { kind: 'free' };

/**
 * Whether a term is a LinkedIn industry name, text LeadFit reads as one (a synonym, an old V1
 * name, other spelling), or free text matched as typed.
 */
export function industryStatus(term: string): IndustryStatus {
  const canonical = canonicalIndustry(term);
  if (canonical === null) return { kind: 'free' };
  if (canonical === term.trim()) return { kind: 'taxonomy' };
  return { kind: 'reads-as', name: canonical };
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Industry names for a search: every typed word in the name, names that start with it first. */
export function searchIndustries(query: string, limit = 50): string[] {
  const words = fold(query).split(/[\s,&]+/).filter(Boolean);
  if (words.length === 0) return INDUSTRY_NAMES.slice(0, limit);
  const q = fold(query).trim();
  const hits = INDUSTRY_NAMES.filter((n) => {
    const f = fold(n);
    return words.every((w) => f.includes(w));
  });
  const starts = hits.filter((n) => fold(n).startsWith(q));
  const rest = hits.filter((n) => !fold(n).startsWith(q));
  return [...starts, ...rest].slice(0, limit);
}

/** Whether `text` + "," could still become a taxonomy name with a comma (so "," must not end the term). */
export function startsCommaName(text: string): boolean {
  const start = squash(`${text},`);
  if (start === ',') return false;
  for (const key of COMMA_NAMES.keys()) if (key.startsWith(start)) return true;
  return false;
}
