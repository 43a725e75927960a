/**
 * Numbers as people write them, shared by the employee and revenue parsers.
 */

/** A number with its separators: digits, then digits, ".", "," or "'" — or a space before a group of three. */
export const NUMBER_PATTERN = String.raw`\d(?:[\d.,']|[\s\u00a0\u202f](?=\d{3}(?!\d)))*`;

/**
 * Number with locale separators: "1,001", "10.001" (German thousands), "1.5", "1,5"
 * (German decimal), "10 001" (French). A separator followed by exactly three digits is a
 * thousands separator; otherwise it is the decimal point. A trailing separator is dropped.
 */
export function parseLocaleNumber(token: string): number | null {
  const t = token.replace(/[\s\u00a0\u202f']/g, '').replace(/[.,]$/, '');
  if (!/^\d[\d.,]*$/.test(t)) return null;
  const lastDot = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const dec = lastDot > lastComma ? '.' : ',';
    const thou = dec === '.' ? ',' : '.';
    normalized = t.split(thou).join('').replace(dec, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const pieces = t.split(sep);
    const last = pieces[pieces.length - 1] ?? '';
    normalized = pieces.length > 2 || last.length === 3 ? pieces.join('') : pieces.join('.');
  } else {
    normalized = t;
  }
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

/** Unicode-normalised text with every kind of dash as "-" and single spaces ("51–200" → "51-200"). */
export function normalizeNumberText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
