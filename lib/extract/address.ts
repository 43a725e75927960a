/**
 * Postal addresses in page text, by a small grammar instead of one long regex:
 *
 *   address  := [street ","] [unit ","] city "," state ZIP        (US / Canada-style)
 *   street   := number words… street-type                         ("108 Morris St", "1 Post Street")
 *   unit     := ("Suite" | "Ste" | "Floor" | "Fl" | "Unit" | "#") word | ordinal "Floor"
 *
 * Anchored on what is unambiguous — a two-letter state and a ZIP — and read backwards from it over
 * a bounded window, so the cost is linear in the text whatever it holds. Phone and fax numbers,
 * years ("© 2025"), page furniture and the ZIP+4 extension are never part of the result:
 * "0052 F 919-928-5516 108 Morris St, Durham, NC 27701-3312" → "108 Morris St, Durham, NC 27701";
 * "© 2025 San Francisco, CA 94114" → "San Francisco, CA 94114".
 */

export interface PostalAddress {
  /** "108 Morris St, Suite 200, Durham, NC 27701" (what the observation shows). */
  text: string;
  street: string | null;
  city: string;
  region: string;
  postalCode: string;
  /** Where the ZIP was found in the input (for evidence snippets). */
  index: number;
}

const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR'.split(' '),
);
const STREET_TYPES = new Set(
  'st st. street ave ave. avenue blvd blvd. boulevard rd rd. road dr dr. drive way ln ln. lane pl pl. place ct ct. court pkwy parkway hwy highway sq square ter terrace cir circle plaza plz broadway alley row trail trl loop center ctr expressway expy walk crescent pike'.split(
    ' ',
  ),
);
const UNIT_WORDS = new Set(['suite', 'ste', 'ste.', 'floor', 'fl', 'fl.', 'unit', 'room', 'rm', 'building', 'bldg', 'bldg.', '#', 'apt', 'level']);

/** "CA 94114", "CA, 94114-1234": the anchor. Fixed-width, linear. */
const STATE_ZIP = /\b([A-Z]{2}),?\s{1,3}(\d{5})(?:-\d{4})?(?!\d)/g;
/** Phone and fax numbers, with or without their labels: removed before the grammar reads the window. */
const PHONE = /(?:\b(?:tel|phone|ph|fax|f|t|p|m|mobile|call)\b\.?:?\s{0,3})?(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/gi;
const WINDOW = 160;

/** Every US-style address in `text`, in order (at most `limit`). */
export function findUsAddresses(text: string, limit = 10): PostalAddress[] {
  const out: PostalAddress[] = [];
  STATE_ZIP.lastIndex = 0;
  let m: RegExpExecArray | null;
  let anchors = 0;
  // Bounded: a page of "CA 94114" pairs cannot make this read every one of them.
  while ((m = STATE_ZIP.exec(text)) !== null && out.length < limit && anchors++ < 40) {
    const state = m[1] ?? '';
    if (!US_STATES.has(state)) continue;
    // Words glued by markup ("Reserved111 West") are split, and phone numbers become separators.
    const before = text
      .slice(Math.max(0, m.index - WINDOW), m.index)
      .replace(PHONE, ' | ')
      .replace(/(\p{Ll})(\d)/gu, '$1 $2');
    const parsed = readBackwards(before);
    if (!parsed) continue;
    const zip = m[2] ?? '';
    const text_ = [parsed.street, parsed.unit, parsed.city].filter(Boolean).join(', ') + `, ${state} ${zip}`;
    out.push({ text: text_, street: parsed.street, city: parsed.city, region: state, postalCode: zip, index: m.index });
  }
  return out;
}

/** The first address of `text`, or null. */
export function parseUsAddress(text: string): PostalAddress | null {
  return findUsAddresses(text, 1)[0] ?? null;
}

interface Parts {
  street: string | null;
  unit: string | null;
  city: string;
}

/**
 * Reads `…, street, unit, city,` from the end of `before` (the text up to the state).
 * Segments are split on commas and line-like breaks ("|", "•", two spaces); words are checked,
 * never backtracked.
 */
function readBackwards(before: string): Parts | null {
  const trimmed = before.replace(/[,\s]+$/, '');
  // The city: capitalised words right before the state, after the last separator.
  const segments = trimmed.split(/\s*[,|•·\n]\s*|\s{2,}/).filter((s) => s.length > 0);
  const last = segments.pop();
  if (!last) return null;
  const city = cityOf(last);
  if (!city) return null;
  let street: string | null = city.street;
  let unit: string | null = city.unit;
  // Up to two segments before the city: a unit ("Suite 200") and a street ("108 Morris St").
  for (let i = 0; i < 2 && segments.length > 0 && !street; i++) {
    const seg = segments.pop() ?? '';
    if (!unit && isUnit(seg)) {
      unit = clean(seg);
      continue;
    }
    const found = streetWithUnit(seg);
    street = found.street;
    if (!street) break;
    unit ??= found.unit;
  }
  return { street, unit: street ? unit : null, city: city.city };
}

/** The city at the end of a segment; a street glued before it ("1 Post Street San Francisco") is split off. */
function cityOf(segment: string): { city: string; street: string | null; unit: string | null } | null {
  const words = segment.split(/\s+/).filter(Boolean);
  const cityWords: string[] = [];
  for (let i = words.length - 1; i >= 0 && cityWords.length < 4; i--) {
    const w = words[i] ?? '';
    if (!/^\p{Lu}[\p{L}.'’-]*$/u.test(w) || STREET_TYPES.has(w.toLowerCase()) || UNIT_WORDS.has(w.toLowerCase())) break;
    cityWords.unshift(w);
  }
  if (cityWords.length === 0) return null;
  const rest = words.slice(0, words.length - cityWords.length).join(' ');
  const found = rest ? streetWithUnit(rest) : { street: null, unit: null };
  return { city: cityWords.join(' '), street: found.street, unit: found.unit };
}

/** "111 West Evelyn Ave. Suite 106": a unit written after the street in the same segment. */
function streetWithUnit(segment: string): { street: string | null; unit: string | null } {
  const tail = /\s(?:Suite|Ste\.?|Floor|Fl\.?|Unit|Room|Rm\.?|#)\s?[\w-]{1,8}$/i.exec(segment);
  const street = streetOf(tail ? segment.slice(0, tail.index) : segment);
  return { street, unit: street && tail ? clean(tail[0]) : null };
}

function isUnit(segment: string): boolean {
  const first = (segment.trim().split(/\s+/)[0] ?? '').toLowerCase();
  return UNIT_WORDS.has(first) || /^#\s?\w/.test(segment.trim()) || /^\d{1,3}(?:st|nd|rd|th)\s+floor$/i.test(segment.trim());
}

/**
 * "108 Morris St" out of "0052 F | 108 Morris St": the last house number that begins a run of words
 * ending in a street type. Numbers that are years without a street type after them do not count.
 */
function streetOf(segment: string): string | null {
  const words = segment.split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  // The street type: the last word (or the word before a unit such as "Street Suite 5").
  let end = words.length - 1;
  let typed = STREET_TYPES.has((words[end] ?? '').toLowerCase()) || /^(?:n|s|e|w|ne|nw|se|sw)\.?$/i.test(words[end] ?? '');
  if (typed && !STREET_TYPES.has((words[end] ?? '').toLowerCase())) {
    // "W Wacker Dr" style directions come before; a trailing "NW" follows the type.
    end -= 1;
    typed = STREET_TYPES.has((words[end] ?? '').toLowerCase());
  }
  if (!typed) return null;
  for (let i = end - 1; i >= 0 && end - i <= 6; i--) {
    const w = words[i] ?? '';
    if (/^\d{1,6}[A-Za-z]?(?:-\d{1,5})?$/.test(w)) {
      const street = words.slice(i, words.length).join(' ');
      return clean(street);
    }
    if (w === '|') return null;
  }
  return null;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s,.;:|-]+|[\s,;:|-]+$/g, '').trim();
}

// --------------------------------------------------------------------------- European addresses

/**
 *   address  := street [","] postcode city [district] ["," country]
 *   street   := a segment with a house number next to a word: "Musterstraße 12", "Via Roma 1",
 *               "1 rue de la Paix", "ul. Marszałkowska 1", "Václavské náměstí 1"
 *   postcode := "80331" | "8013 PK" | "111 51" | "00-001" | "1250-146" | "D-80331"
 *
 * Anchored on the postcode, checked by the street right before it (so a registry number, a year or
 * a head-count followed by a capitalised word is not an address), read forwards over a few words:
 * linear in the text. What a headquarters needs is the city (with the country when written after
 * it): phone, fax, VAT and registry numbers and years are never part of it (a word followed by a
 * long number, or ending in ":" or ".", is such a label), and Italian provinces ("Milano MI"),
 * Danish districts ("Aarhus C") and Prague districts ("Praha 1") are dropped.
 */
export interface EuropeanAddress {
  /** "Musterstraße 12, 80331 München" (street, postcode and city as written): the evidence. */
  text: string;
  /** "München", "Padova, Italia": what a headquarters field shows. */
  place: string;
}

const EU_POSTCODE = /(?:^|[\s,·|•–—(])(?:[A-Z]{1,2}-)?(\d{2}-\d{3}|\d{4}-\d{3}|\d{3}\s\d{2}|\d{4}\s?[A-Z]{2}|\d{4,5})(?=\s+\p{Lu})/gu;
const HOUSE_NUMBER = /^\d{1,3}[a-zA-Z]?(?:[-/]\d{1,3}[a-zA-Z]?)?,?$/;
/** Countries as their own footers write them. */
const COUNTRY = /^(?:deutschland|italia|france|españa|portugal|nederland|sverige|danmark|norge|polska|česko|türkiye|österreich|schweiz|suisse|belgi(?:que|ë))$/i;
const DISTRICT = /^(?:\d{1,2}|\p{Lu}{1,2}|\(\p{Lu}{2}\))$/u;

/** Every European-format address in `text`, in order (at most `limit`). */
export function findEuropeanAddresses(text: string, limit = 10): EuropeanAddress[] {
  const out: EuropeanAddress[] = [];
  EU_POSTCODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let anchors = 0; (m = EU_POSTCODE.exec(text)) !== null && out.length < limit && anchors < 40; anchors++) {
    const code = m[1] ?? '';
    const start = m.index + m[0].length - code.length;
    // "D-79117": the country prefix is not part of the street.
    const street = streetBefore(text.slice(Math.max(0, start - 80), start).replace(/[A-Z]{1,2}-$/, ''));
    const city = street && cityAfter(text.slice(start + code.length, start + code.length + 100));
    if (city) out.push({ text: `${street}, ${code} ${city.raw}`, place: city.place });
  }
  return out;
}

/** The street ending right before a postcode: "… · Musterstraße 12 · " → "Musterstraße 12". */
function streetBefore(before: string): string | null {
  const segments = before.replace(/[\s,·|•–—-]+$/, '').split(/\s*[,·|•–—\n]\s*|\s{2,}|\s-\s/);
  const words = (segments[segments.length - 1] ?? '').split(/\s+/).filter(Boolean).slice(-6);
  const last = words.length - 1;
  // "Via Roma 1" (a number last, after a word) or "1 rue de la Paix" (a number first, before one).
  if (last >= 1 && HOUSE_NUMBER.test(words[last] ?? '') && /\p{L}{2}/u.test(words[last - 1] ?? '')) return clean(words.slice(-4).join(' '));
  const at = words.findIndex((w) => HOUSE_NUMBER.test(w));
  return at >= 0 && at < last && /^\p{Ll}/u.test(words[at + 1] ?? '') ? clean(words.slice(at).join(' ')) : null;
}

/** "München · Tel." → München; "Padova PD, Italia" → Padova, Italia; "Praha 1, IČO" → Praha. */
function cityAfter(after: string): { place: string; raw: string } | null {
  const tokens = after.trim().split(/\s+/).slice(0, 8);
  const words: string[] = [];
  let country = '';
  let comma = false;
  for (let i = 0; i < tokens.length && words.length < 5; i++) {
    const raw = tokens[i] ?? '';
    const w = raw.replace(/[,;.]$/, '');
    if (words.length > 0 && COUNTRY.test(w)) {
      country = w;
      break;
    }
    // A label of the numbers that follow the city: "Tel.", "IČO:", "KVK 12345678", "CIF B12345678".
    const label = /[:.]$/.test(raw) || /^[+(]?[A-Z]?\d{3,}/.test(tokens[i + 1] ?? '');
    if (comma || (label && !(words.length === 0 && /^\p{Lu}\p{Ll}?\.$/u.test(raw)))) break;
    if (/^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u.test(w) || (words.length > 0 && (/^(?:am|im|an|der|sur|de|del|di|nad)$/.test(w) || DISTRICT.test(w)))) words.push(w);
    else break;
    comma = raw.endsWith(',');
  }
  const raw = words.join(' ');
  // A district or province after the city ("Milano MI", "Aarhus C", "Praha 1", "Como (CO)").
  while (words.length > 1 && (DISTRICT.test(words[words.length - 1] ?? '') || /^(?:am|im|an|der|sur|de|del|di|nad)$/.test(words[words.length - 1] ?? ''))) words.pop();
  if (words.length === 0) return null;
  const city = words.join(' ');
  return { place: country ? `${city}, ${country}` : city, raw };
}
