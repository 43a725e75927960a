import { NUMBER_PATTERN, normalizeNumberText as clean, parseLocaleNumber } from './numbers';
/**
 * Company revenue parsing for ICP scoring. Amounts are converted to US dollars with
 * rough fixed rates (good enough to compare with ICP bands); `currency` keeps the
 * original ISO code. Pure, never throws.
 */

export interface RevenueRange {
  min: number | null;
  max: number | null;
  /** ISO 4217 code of the amount as written ("USD" when no currency was given). */
  currency: string;
}

/** Approximate USD value of one unit of each currency. */
export const USD_RATES: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.08,
  GBP: 1.27,
  CHF: 1.12,
  CAD: 0.74,
  AUD: 0.66,
  NZD: 0.61,
  JPY: 0.0067,
  CNY: 0.14,
  HKD: 0.128,
  SGD: 0.74,
  INR: 0.012,
  KRW: 0.00075,
  SEK: 0.095,
  NOK: 0.094,
  DKK: 0.145,
  PLN: 0.25,
  CZK: 0.043,
  HUF: 0.0027,
  BRL: 0.2,
  MXN: 0.058,
  ZAR: 0.054,
  ILS: 0.27,
  AED: 0.272,
  SAR: 0.267,
  TRY: 0.031,
};

/** Currency markers, most specific first. */
const CURRENCY_MARKERS: ReadonlyArray<[RegExp, string]> = [
  [/US\$|\bUSD\b|\bU\.S\. dollars?\b|\bUS dollars?\b/i, 'USD'],
  [/\bA\$|\bAU\$|\bAUD\b/i, 'AUD'],
  [/\bC\$|\bCA\$|\bCAD\b/i, 'CAD'],
  [/\bNZ\$|\bNZD\b/i, 'NZD'],
  [/\bHK\$|\bHKD\b/i, 'HKD'],
  [/\bS\$|\bSG\$|\bSGD\b/i, 'SGD'],
  [/\bR\$|\bBRL\b/i, 'BRL'],
  [/\bMX\$|\bMXN\b/i, 'MXN'],
  [/€|\bEUR\b|\beuros?\b/i, 'EUR'],
  [/£|\bGBP\b|\bpounds?(?: sterling)?\b/i, 'GBP'],
  [/\bCHF\b|\bSFr\.?|\bFr\.\s/i, 'CHF'],
  [/\bCN¥|\bRMB\b|\bCNY\b|\byuan\b|元/i, 'CNY'],
  [/¥|\bJPY\b|\byen\b|円/i, 'JPY'],
  [/₹|\bINR\b|\bRs\.?(?=\s?\d)|\brupees?\b/i, 'INR'],
  [/₩|\bKRW\b|\bwon\b/i, 'KRW'],
  [/₪|\bILS\b|\bNIS\b/i, 'ILS'],
  [/\bzł|\bPLN\b/i, 'PLN'],
  [/\bSEK\b/i, 'SEK'],
  [/\bNOK\b/i, 'NOK'],
  [/\bDKK\b/i, 'DKK'],
  [/\bCZK\b|Kč/i, 'CZK'],
  [/\bHUF\b|\bFt\b/i, 'HUF'],
  [/\bZAR\b/i, 'ZAR'],
  [/\bAED\b|\bdirhams?\b/i, 'AED'],
  [/\bSAR\b|\briyals?\b/i, 'SAR'],
  [/\bTRY\b|₺/i, 'TRY'],
  [/\bkr\.?(?![a-z])/i, 'SEK'],
  [/\$|\bdollars?\b/i, 'USD'],
];

function detectCurrency(text: string): string | null {
  for (const [re, code] of CURRENCY_MARKERS) if (re.test(text)) return code;
  return null;
}

/** Scale words after a number; longest alternatives first. */
const SCALE_WORDS: ReadonlyArray<[string, number]> = [
  ['trillions?', 1e12],
  ['tn', 1e12],
  ['billions?', 1e9],
  ['milliarden?', 1e9],
  ['milliards?', 1e9],
  ['mrd', 1e9],
  ['mds?', 1e9],
  ['bn', 1e9],
  ['bil', 1e9],
  ['b', 1e9],
  ['millionen', 1e6],
  ['millions?', 1e6],
  ['mio', 1e6],
  ['mln', 1e6],
  ['mn', 1e6],
  ['mm', 1e6],
  ['m', 1e6],
  ['thousands?', 1e3],
  ['tausend', 1e3],
  ['tsd', 1e3],
  ['k', 1e3],
  ['crores?', 1e7],
  ['cr', 1e7],
  ['lakhs?', 1e5],
];

/** The scale words, compiled once (CSV scoring parses revenue for every row). */
const SCALE_RES: [RegExp, number][] = SCALE_WORDS.map(([w, v]) => [new RegExp(`^(?:${w})$`), v]);

const NUM = NUMBER_PATTERN;
const AMOUNT_RE = new RegExp(
  String.raw`(${NUM})\s*(?:(${SCALE_WORDS.map(([w]) => w).join('|')})(?![a-z])\.?)?(\s*%)?`,
  'gi',
);


interface Amount {
  value: number;
  scaled: boolean;
  start: number;
  end: number;
}

function findAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  AMOUNT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AMOUNT_RE.exec(text)) !== null) {
    if (m[3]) continue; // percentage
    const base = parseLocaleNumber(m[1] ?? '');
    if (base === null) continue;
    const word = (m[2] ?? '').toLowerCase();
    const mult = word === '' ? 1 : (SCALE_RES.find(([re]) => re.test(word))?.[1] ?? 1);
    out.push({ value: base * mult, scaled: word !== '', start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const CURRENCY_GAP = String.raw`(?:US\$|[A-Z]{0,2}\$|€|£|¥|₹|₩|₪|[A-Z]{3}|\s)*`;
const RANGE_GAP = new RegExp(String.raw`^\s*${CURRENCY_GAP}\s*(?:-|–|—|to|bis|à|a|and|und|et|y)\s*${CURRENCY_GAP}\s*$`, 'i');

function usd(amount: number, currency: string): number {
  return Math.round(amount * (USD_RATES[currency] ?? 1));
}

/**
 * Revenue text → USD band. "$10M-$50M", "€1.2bn", "US$ 36.5M", "USD 2.5 billion", "£500K",
 * "$1B+", "$100 million to $500 million", "Less than $1M", "10-50 Mio. €", "1,2 Mrd. €".
 * Null when there is no amount with a currency or a scale (so "2-10" is not revenue).
 */
export function parseRevenue(text: string): RevenueRange | null {
  try {
    if (typeof text !== 'string') return null;
    const s = clean(text);
    if (s === '') return null;
    const found = detectCurrency(s);
    const currency = found ?? 'USD';
    let amounts = findAmounts(s);
    // A bare year ("2023 revenue: $36.5M") is not an amount.
    if (amounts.length > 1) {
      amounts = amounts.filter(
        (a) => a.scaled || !(a.value >= 1900 && a.value <= 2100 && Number.isInteger(a.value) && /^\d{4}$/.test(s.slice(a.start, a.end).trim())),
      );
    }
    const first = amounts[0];
    if (!first) return null;
    const second = amounts[1];
    let lo: number | null = null;
    let hi: number | null = null;
    let anyScale = first.scaled;

    if (second && RANGE_GAP.test(s.slice(first.end, second.start))) {
      let a = first.value;
      const b = second.value;
      // "10-50 Mio." / "$10-50M": the first number borrows the second's scale.
      if (!first.scaled && second.scaled) a = a * (second.value / parseBase(s, second));
      anyScale = first.scaled || second.scaled;
      lo = Math.min(a, b);
      hi = Math.max(a, b);
    } else {
      const before = s.slice(0, first.start).toLowerCase();
      const after = s.slice(first.end);
      const v = first.value;
      if (/^\s*\+/.test(after) || /^\s*(?:or more|and (?:more|above|up)|und mehr|oder mehr|et plus)\b/i.test(after)) {
        lo = v;
      } else if (/(?:less than|fewer than|under|below|up to|weniger als|unter|bis zu|moins de|jusqu'?à|<|≤)\s*\S{0,4}\s*$/i.test(before)) {
        lo = 0;
        hi = v;
      } else if (/(?:more than|over|above|at least|mehr als|über|plus de|>|≥)\s*\S{0,4}\s*$/i.test(before)) {
        lo = v;
      } else {
        lo = v;
        hi = v;
      }
    }
    if (!anyScale && found === null) return null;
    return {
      min: lo === null ? null : usd(lo, currency),
      max: hi === null ? null : usd(hi, currency),
      currency,
    };
  } catch {
    return null;
  }
}

/** Unscaled number of an amount (to borrow its scale for the other end of a range). */
function parseBase(text: string, a: Amount): number {
  const m = new RegExp(`^(${NUM})`).exec(text.slice(a.start, a.end));
  const n = m ? parseLocaleNumber(m[1] ?? '') : null;
  return n !== null && n !== 0 ? n : a.value;
}

/** "$36.5M", "$1.2B", "$500K", "$950". */
export function formatMoney(n: number): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '';
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  const units: ReadonlyArray<[number, string]> = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (let i = 0; i < units.length; i++) {
    const [size, suffix] = units[i] ?? [1, ''];
    if (abs >= size * 0.9995) {
      const scaled = abs / size;
      const digits = scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2;
      let text = String(Number(scaled.toFixed(digits)));
      if (Number(text) >= 1000 && i > 0) {
        const [bigSize, bigSuffix] = units[i - 1] ?? [size, suffix];
        text = String(Number((abs / bigSize).toFixed(2)));
        return `${sign}$${text}${bigSuffix}`;
      }
      return `${sign}$${text}${suffix}`;
    }
  }
  return `${sign}$${Math.round(abs)}`;
}
