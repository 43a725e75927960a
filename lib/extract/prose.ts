/**
 * Facts a company states about itself in running text: where it is headquartered and when it was
 * founded. Read from home, about and company pages only (the caller decides); each fact comes
 * with the sentence that states it as evidence.
 *
 * Every pattern is anchored on a fixed phrase and reads a bounded number of words after it, and
 * the text is capped, so the cost is linear in the page.
 */

export interface ProseFact<T> {
  value: T;
  /** The sentence (shortened) that states it. */
  snippet: string;
}

export const PROSE_TEXT_LIMIT = 200_000;

const PLACE_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]{0,30}`;
/** "San Francisco", "San Francisco, California", "New York City, NY", "Berlin". */
const PLACE = String.raw`(${PLACE_WORD}(?:[ -]${PLACE_WORD}){0,3}(?:,\s?${PLACE_WORD}(?:[ -]${PLACE_WORD}){0,2})?)`;
const HQ_PHRASES = String.raw`[Hh]eadquartered in|[Hh]eadquarters (?:is |are )?in|HQ(?:'d| is)? in|HQ:|[Bb]ased (?:out of|in)|(?:mit )?Sitz in|Hauptsitz in|[Bb]asée? à|[Ss]iège (?:social )?à|con sede en|[Ss]ede en|sediada em|con sede a`;
// Not case-insensitive: with the "i" flag \p{Lu} would match lower-case letters and the place would run on.
const HQ = new RegExp(String.raw`(?:^|[^\p{L}])(?:${HQ_PHRASES})\s{1,3}(?:the\s)?${PLACE}`, 'gu');

const YEAR = String.raw`(1[89]\d\d|20\d\d)`;
const FOUNDED = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:was\s)?(?:founded|established|incorporated|started)\s(?:in\s)?(?:\p{L}+\s)?${YEAR}|since\s${YEAR}|(?:gegründet|Gründung)\s(?:im\sJahr\s|in\s)?${YEAR}|${YEAR}\sgegründet|(?:fondée?|créée?)\sen\s${YEAR}|(?:fundada|fundado)\sen\s${YEAR}|est\.\s${YEAR})(?!\d)`,
  'giu',
);

/** Who a sentence is about: a fact counts only when the company (or "we") is its subject. */
function aboutCompany(sentence: string, names: readonly string[]): boolean {
  const lower = sentence.toLowerCase();
  if (/(?:^|[^\p{L}])(?:we|we're|we’re|our|us|the company|wir|unser\w*|nous|notre|nuestra?|somos|company)(?![\p{L}])/u.test(lower)) return true;
  return names.some((n) => n.length >= 2 && lower.includes(n.toLowerCase()));
}

/** The sentence around `index` (bounded: at most 160 characters either side). */
function sentenceAt(text: string, index: number, length: number): string {
  const from = Math.max(0, index - 160);
  const to = Math.min(text.length, index + length + 160);
  const left = text.slice(from, index);
  const right = text.slice(index + length, to);
  const start = Math.max(left.lastIndexOf('. '), left.lastIndexOf('! '), left.lastIndexOf('? '), left.lastIndexOf('\n'));
  const ends = ['. ', '! ', '? ', '\n'].map((e) => right.indexOf(e)).filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) + 1 : right.length;
  return (left.slice(start + 1) + text.slice(index, index + length) + right.slice(0, end)).replace(/\s+/g, ' ').trim();
}

/** "headquartered in San Francisco" → "San Francisco", when the company is the sentence's subject. */
export function headquartersFromProse(text: string, names: readonly string[] = []): ProseFact<string> | null {
  const t = text.length > PROSE_TEXT_LIMIT ? text.slice(0, PROSE_TEXT_LIMIT) : text;
  HQ.lastIndex = 0;
  let m: RegExpExecArray | null;
  let tries = 0;
  while ((m = HQ.exec(t)) !== null && tries++ < 20) {
    const place = (m[1] ?? '').replace(/[.,]+$/, '');
    // "based in 40 countries" never matches (a place is capitalised); "based in Europe and …" is kept as "Europe".
    if (!place || /^(?:The|A|An|Our|Your|More|Over|Every)$/.test(place)) continue;
    const sentence = sentenceAt(t, m.index, m[0].length);
    if (!aboutCompany(sentence, names)) continue;
    return { value: place, snippet: sentence.slice(0, 300) };
  }
  return null;
}

/** "founded in 2013", "since 2013", "gegründet 2013", "fondée en 2013" → 2013 (not in the future). */
export function foundedFromProse(text: string, names: readonly string[] = [], now = new Date()): ProseFact<number> | null {
  const t = text.length > PROSE_TEXT_LIMIT ? text.slice(0, PROSE_TEXT_LIMIT) : text;
  FOUNDED.lastIndex = 0;
  let m: RegExpExecArray | null;
  let tries = 0;
  while ((m = FOUNDED.exec(t)) !== null && tries++ < 20) {
    const raw = m.slice(1).find((g) => g !== undefined);
    const year = Number(raw);
    if (!Number.isInteger(year) || year < 1800 || year > now.getFullYear()) continue;
    const sentence = sentenceAt(t, m.index, m[0].length);
    if (!aboutCompany(sentence, names)) continue;
    return { value: year, snippet: sentence.slice(0, 300) };
  }
  return null;
}
