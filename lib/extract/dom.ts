/**
 * Small, dependency-free DOM and text helpers shared by the site extractors.
 * Runs in the content script (kept tiny: no zod, no regex built per call) and in Node over linkedom.
 */

const SPACE = /[\s\u00a0\u200b\u200e\u200f\u2060\ufeff]+/g;

/** Collapses whitespace (including no-break and zero-width spaces) and trims. */
export function clean(text: string | null | undefined): string {
  if (!text) return '';
  return text.replace(SPACE, ' ').trim();
}

/** The cleaned text of an element, or "" (the visible part only: screen-reader duplicates are skipped when marked). */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  // LinkedIn duplicates visible text in `.visually-hidden` spans; prefer the aria-hidden copy when both exist.
  const shown = el.querySelector(':scope > [aria-hidden="true"]');
  if (shown && el.children.length <= 2) return clean(capped(shown.textContent));
  return clean(capped(el.textContent));
}

/** No slot needs more than this much text; the cap keeps every later pattern's input bounded. */
export const TEXT_CAP = 50_000;

function capped(text: string | null): string {
  return text && text.length > TEXT_CAP ? text.slice(0, TEXT_CAP) : (text ?? '');
}

/**
 * Does this DOM run selectors natively (a browser) rather than in JavaScript (linkedom, the CLI)?
 * It decides how a list of selectors is best asked: a browser answers each simple selector from
 * its own fast paths (a class, an id, a tag), while it matches a comma-separated list element by
 * element against every selector, several times slower (measured in Chromium: a list of 20 costs
 * six times the 20 queries); linkedom walks the tree in JavaScript once per query, so there one
 * list is one walk instead of many.
 */
export function nativeSelectors(root: ParentNode): boolean {
  // The content scripts' build says so outright (wxt.config.ts `define`): the JavaScript-DOM paths
  // below and in the callers are then dead code the minifier drops (#12, the 15 KB budget).
  if (typeof __LEADFIT_BROWSER_DOM__ !== 'undefined' && __LEADFIT_BROWSER_DOM__) return true;
  if (nativeKnown === undefined) {
    try {
      nativeKnown = /\[native code\]/.test(Function.prototype.toString.call(root.querySelector));
    } catch {
      nativeKnown = false;
    }
  }
  return nativeKnown;
}
let nativeKnown: boolean | undefined;
/** `true` in the content scripts' build (wxt.config.ts), undeclared elsewhere (tests, the CLI, the background). */
declare const __LEADFIT_BROWSER_DOM__: boolean | undefined;

/** First element matching any selector, in the order given (selectors are tried one by one: order is priority). */
export function first(root: ParentNode, selectors: readonly string[]): { el: Element; selector: string } | null {
  // In a JavaScript DOM, one walk for the whole list (a walk per selector was most of a read on
  // big pages), then the selectors in priority order against the few elements found; same answer
  // as one by one. A browser answers each selector natively faster than it matches the list.
  if (selectors.length > 1 && !nativeSelectors(root)) {
    let found: Element[] | null = null;
    try {
      found = Array.from(root.querySelectorAll(selectors.join(', ')));
    } catch {
      found = null; // a selector this DOM cannot parse: fall back to one query per selector
    }
    if (found) {
      if (found.length === 0) return null;
      for (const selector of selectors) {
        const el = found.length === 1 ? (safeMatches(found[0]!, selector) ? found[0]! : null) : found.find((e) => safeMatches(e, selector)) ?? null;
        if (el && textOf(el)) return { el, selector };
      }
      return null;
    }
  }
  for (const selector of selectors) {
    let el: Element | null = null;
    try {
      el = root.querySelector(selector);
    } catch {
      continue;
    }
    if (el && textOf(el)) return { el, selector };
  }
  return null;
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

export function all(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/**
 * Every element matching any of `selectors`, in document order, each once: the same as
 * `all(root, selectors.join(', '))`, asked the way this DOM answers fastest (see nativeSelectors).
 */
export function allOf(root: ParentNode, selectors: readonly string[]): Element[] {
  if (selectors.length < 2 || !nativeSelectors(root)) return all(root, selectors.join(', '));
  const seen = new Set<Element>();
  const out: Element[] = [];
  let sorted = true;
  for (const selector of selectors) {
    for (const el of all(root, selector)) {
      if (seen.has(el)) continue;
      seen.add(el);
      // Lists from later selectors interleave with earlier ones: sort only when they do.
      if (sorted && out.length > 0 && out[out.length - 1]!.compareDocumentPosition(el) & 2 /* PRECEDING */) sorted = false;
      out.push(el);
    }
  }
  if (!sorted) out.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
  return out;
}

/** `<meta name|property="key" content>` */
export function meta(doc: Document, key: string): string {
  for (const attr of ['property', 'name']) {
    const el = doc.querySelector(`meta[${attr}="${key}"]`);
    const content = clean(el?.getAttribute('content'));
    if (content) return content;
  }
  return '';
}

/** Shortens text for evidence snippets. */
export function snip(text: string, max = 200): string {
  const t = clean(text);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Parses JSON without throwing; null on failure. */
export function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A string field of a JSON object ("" when absent or not text). */
export function str(o: unknown, key: string): string {
  if (!isObject(o)) return '';
  const v = o[key];
  if (typeof v === 'string') return clean(v);
  if (typeof v === 'number') return String(v);
  return '';
}

/** `@type` as a list of lower-case names. */
function typesOf(o: JsonObject): string[] {
  const t = o['@type'] ?? o.type;
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

export function hasType(o: JsonObject, ...types: string[]): boolean {
  const mine = typesOf(o);
  return types.some((t) => mine.includes(t.toLowerCase()));
}

/**
 * Every JSON-LD object on the page, flattened (`@graph`, arrays), in document order.
 * Broken blocks are skipped; depth and count are bounded so hostile pages cannot stall the read.
 */
export function jsonLd(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of all(doc, 'script[type="application/ld+json"]')) {
    const raw = script.textContent ?? '';
    if (!raw.trim() || raw.length > 2_000_000) continue;
    const parsed = tryJson(raw.trim()) ?? tryJson(raw.trim().replace(/[\u0000-\u001f]+/g, ' '));
    collect(parsed, out, 0);
  }
  return out;
}

function collect(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 4 || out.length > 500) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
  } else if (isObject(value)) {
    out.push(value);
    if (Array.isArray(value['@graph'])) collect(value['@graph'], out, depth + 1);
  }
}

/** Host without "www.", lower-case; "" when not a URL. */
export function hostOf(url: string, base?: string): string {
  try {
    return new URL(url, base).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** LinkedIn wraps outbound links in /redir/redirect?url=...; returns the real target. */
export function unwrapRedirect(href: string): string {
  try {
    const u = new URL(href);
    if (u.hostname.endsWith('linkedin.com') && u.pathname.startsWith('/redir/')) return u.searchParams.get('url') ?? href;
  } catch {
    /* not a URL */
  }
  return href;
}

const LINKEDIN_COMPANY = /^https?:\/\/(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/(company|school|showcase)\/([^/?#]+)/i;
const LINKEDIN_PROFILE = /^https?:\/\/(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/(?:in|pub)\/([^?#]+?)\/?(?:[?#]|$)/i;

/** "https://www.linkedin.com/company/acme/" for any link to a company page (tracking dropped); null otherwise. */
export function canonicalCompanyUrl(href: string): string | null {
  const m = LINKEDIN_COMPANY.exec(href.trim());
  if (!m || !m[2]) return null;
  let slug = m[2];
  try {
    slug = decodeURIComponent(slug);
  } catch {
    /* keep raw */
  }
  if (!slug || slug === 'setup' || slug.startsWith('{')) return null;
  return `https://www.linkedin.com/${(m[1] ?? 'company').toLowerCase()}/${encodeURIComponent(slug.toLowerCase())}/`;
}

/** "https://www.linkedin.com/in/jane-doe/" for a profile link; null otherwise. */
export function canonicalProfileUrl(href: string): string | null {
  const m = LINKEDIN_PROFILE.exec(href.trim());
  if (!m || !m[1]) return null;
  const slug = m[1].split('/')[0];
  if (!slug || slug === 'unavailable') return null;
  return `https://www.linkedin.com/in/${slug}/`;
}

/** Parses "4,210", "1.2K", "12 345", "3.4M" into an integer; null when there is no number. */
export function parseCount(text: string): number | null {
  // A count is a few characters: the cap keeps the digit-run pattern linear on hostile text.
  const m = /(\d[\d.,\s\u00a0\u202f]{0,20})\s*([KkMm])?\b/.exec(text.length > 200 ? text.slice(0, 200) : text);
  if (!m || !m[1]) return null;
  let digits = m[1].replace(/[\s\u00a0\u202f]/g, '').replace(/[.,]$/, '');
  const suffix = m[2]?.toLowerCase();
  let n: number;
  if (suffix) {
    n = Number.parseFloat(digits.replace(',', '.'));
    n *= suffix === 'k' ? 1_000 : 1_000_000;
  } else {
    // Thousands separators: "4,210", "4.210", "4 210".
    digits = digits.replace(/[.,](?=\d{3}(?:\D|$))/g, '');
    n = Number.parseFloat(digits.replace(',', '.'));
  }
  return Number.isFinite(n) ? Math.round(n) : null;
}
