import type { Evidence } from '../observation';
import { FINGERPRINTS, type TechnologyFingerprint } from './fingerprints';
import { NeedleSet } from './needles';

export interface DetectedTechnology {
  name: string;
  category: string;
  evidence: Evidence;
}

export type TechnologyEvidenceSource = 'script-src' | 'inline-script' | 'meta-generator' | 'meta' | 'link' | 'iframe' | 'markup';

/** Only the first this-many characters of each inline script are scanned. */
export const INLINE_SCRIPT_SCAN_LIMIT = 20_000;
/** At most this many characters of inline script are scanned per document. */
export const INLINE_TOTAL_SCAN_LIMIT = 500_000;
const SNIPPET_MAX = 200;

// --------------------------------------------------------------------------- compiled patterns

interface Compiled {
  /** host suffix -> fingerprint indices; checked on script src, link href and iframe src. */
  scriptHosts: Map<string, number[]>;
  /** host suffix -> fingerprint indices; checked on link href and iframe src only. */
  linkHosts: Map<string, number[]>;
  /** lower-cased URL substrings. */
  paths: { needle: string; fp: number }[];
  /** Any of `paths`, in one pattern: most URLs name none, and one test rules them all out. */
  pathsRe: RegExp | null;
  /** Every inline needle, matched case-sensitively in one pass (needles.ts). */
  inline: NeedleSet | null;
  inlineOwner: Map<string, number[]>;
  /** lower-cased meta name -> conditions. */
  meta: Map<string, { contains: string; fp: number }[]>;
  /** Each fingerprint's markers, parsed once, in fingerprint order. */
  markerList: { fp: number; markers: SimpleMarker[] }[];
  /** Tags of "tag" markers matched from one shared query (see MarkerLookup). */
  rareTags: string[];
}

/**
 * A marker parsed for native lookup. `tag#id.class[attr op "value"]` compounds are matched
 * without a selector engine; anything else (descendant combinators, `i` flags) is queried as written.
 * shape: "id" (getElementById), "class" (getElementsByClassName of the first class), "tag" (a
 * tag with attributes) and "query" (anything else): querySelector.
 */
interface SimpleMarker {
  selector: string;
  shape: 'id' | 'class' | 'tag' | 'query';
  tag: string | null;
  id: string | null;
  classes: string[];
  attrs: { name: string; op: string; value: string }[];
}

const COMPOUND = /^([a-z][\w-]*)?((?:#[\w-]+|\.[\w-]+|\[[\w:-]+(?:[*^$]?="[^"]*")?\])*)$/i;
const COMPOUND_PART = /#([\w-]+)|\.([\w-]+)|\[([\w:-]+)(?:([*^$]?=)"([^"]*)")?\]/g;

function parseMarker(selector: string): SimpleMarker {
  const trimmed = selector.trim();
  const m = COMPOUND.exec(trimmed);
  const marker: SimpleMarker = { selector: trimmed, shape: 'query', tag: null, id: null, classes: [], attrs: [] };
  if (!m || (!m[1] && !m[2])) return marker;
  marker.tag = m[1]?.toLowerCase() ?? null;
  for (const p of (m[2] ?? '').matchAll(COMPOUND_PART)) {
    if (p[1]) marker.id = p[1];
    else if (p[2]) marker.classes.push(p[2]);
    else if (p[3]) marker.attrs.push({ name: p[3].toLowerCase(), op: p[4] ?? '', value: p[5] ?? '' });
  }
  marker.shape = marker.id ? 'id' : marker.classes.length ? 'class' : marker.tag ? 'tag' : 'query';
  return marker;
}

function markerMatches(el: Element, m: SimpleMarker): boolean {
  if (m.shape === 'query') return safeMatches(el, m.selector);
  if (m.tag && (el.localName || '').toLowerCase() !== m.tag) return false;
  if (m.id && el.id !== m.id) return false;
  if (m.classes.length) {
    const classes = (el.getAttribute('class') ?? '').split(/\s+/);
    for (const c of m.classes) if (!classes.includes(c)) return false;
  }
  for (const a of m.attrs) if (!attrMatches(el.getAttribute(a.name), a)) return false;
  return true;
}

function attrMatches(v: string | null, a: { op: string; value: string }): boolean {
  if (v === null) return false;
  if (a.op === '=') return v === a.value;
  if (a.op === '*=') return v.includes(a.value);
  if (a.op === '^=') return v.startsWith(a.value);
  if (a.op === '$=') return v.endsWith(a.value);
  return true;
}

let compiled: Compiled | null = null;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function compile(fingerprints: readonly TechnologyFingerprint[]): Compiled {
  const out: Compiled = {
    scriptHosts: new Map(),
    linkHosts: new Map(),
    paths: [],
    pathsRe: null,
    inline: null,
    inlineOwner: new Map(),
    meta: new Map(),
    markerList: [],
    rareTags: [],
  };
  fingerprints.forEach((f, i) => {
    for (const h of f.scriptHosts ?? []) push(out.scriptHosts, h.toLowerCase().replace(/^\.+/, ''), i);
    for (const h of f.linkHosts ?? []) push(out.linkHosts, h.toLowerCase().replace(/^\.+/, ''), i);
    for (const p of f.scriptPaths ?? []) out.paths.push({ needle: p.toLowerCase(), fp: i });
    for (const s of f.inline ?? []) push(out.inlineOwner, s, i);
    for (const m of f.meta ?? []) {
      const key = m.name.toLowerCase();
      const list = out.meta.get(key) ?? [];
      list.push({ contains: m.contains.toLowerCase(), fp: i });
      out.meta.set(key, list);
    }
    if (f.markers?.length) out.markerList.push({ fp: i, markers: f.markers.map(parseMarker) });
  });
  for (const { markers } of out.markerList)
    for (const m of markers) if (m.shape === 'tag' && m.tag && !COMMON_TAGS.has(m.tag) && !out.rareTags.includes(m.tag)) out.rareTags.push(m.tag);
  // At any one position the longest (most specific) needle wins.
  if (out.inlineOwner.size) out.inline = new NeedleSet(out.inlineOwner.keys());
  if (out.paths.length) out.pathsRe = new RegExp(out.paths.map((p) => escapeRegExp(p.needle)).join('|'));
  return out;
}

function getCompiled(): Compiled {
  if (!compiled) compiled = compile(FINGERPRINTS);
  return compiled;
}

// --------------------------------------------------------------------------- helpers

/**
 * Host of an absolute http(s) or protocol-relative URL, lower-cased; null for relative URLs
 * (the site itself), other schemes and anything unparsable. Never throws.
 */
export function urlHost(url: string): string | null {
  const m = /^\s*(?:https?:)?\/\/([^/?#\\\s]+)/i.exec(url);
  if (!m || !m[1]) return null;
  let host = m[1];
  const at = host.lastIndexOf('@');
  if (at >= 0) host = host.slice(at + 1);
  if (host.startsWith('[')) return null; // IPv6 literal: no vendor lives there
  const colon = host.indexOf(':');
  if (colon >= 0) host = host.slice(0, colon);
  host = host.toLowerCase().replace(/\.+$/, '');
  return host || null;
}

function lookupHost(map: Map<string, number[]>, host: string, into: number[]): void {
  let h = host;
  for (;;) {
    const hit = map.get(h);
    if (hit) for (const fp of hit) into.push(fp);
    const dot = h.indexOf('.');
    if (dot < 0) return;
    h = h.slice(dot + 1);
  }
}

function clip(s: string, max = SNIPPET_MAX): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/** The opening tag of an element, rebuilt from its attributes (never serialises children). */
function openingTag(el: Element): string {
  const tag = (el.localName || el.tagName || 'element').toLowerCase();
  let s = `<${tag}`;
  try {
    const attrs = el.attributes;
    const n = attrs ? Math.min(attrs.length, 12) : 0;
    for (let i = 0; i < n && s.length < SNIPPET_MAX; i++) {
      const a = attrs[i];
      if (!a) continue;
      const v = a.value ?? '';
      // Names lower-cased: an HTML DOM does, linkedom keeps the source's "srcSet".
      const name = a.name.toLowerCase();
      s += v === '' ? ` ${name}` : ` ${name}="${v.length > 120 ? v.slice(0, 119) + '…' : v}"`;
    }
  } catch {
    /* attribute access on an exotic node: keep the bare tag */
  }
  return clip(s + '>');
}

const NOSCRIPT_IFRAME_SRC = /<iframe\b[^>]{0,500}?\ssrc\s{0,3}=\s{0,3}(?:"([^"]{1,2000})"|'([^']{1,2000})'|([^\s"'>]{1,2000}))/gi;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&lt;': '<', '&gt;': '>' };

/** The src of each `<iframe>` written in a noscript's text (first 5,000 characters, 5 at most), entities decoded. */
function noscriptIframeSources(text: string): string[] {
  const out: string[] = [];
  NOSCRIPT_IFRAME_SRC.lastIndex = 0;
  const scan = text.length > 5000 ? text.slice(0, 5000) : text;
  let m: RegExpExecArray | null;
  while (out.length < 5 && (m = NOSCRIPT_IFRAME_SRC.exec(scan)) !== null) {
    const raw = m[1] ?? m[2] ?? m[3] ?? '';
    if (raw) out.push(raw.replace(/&(?:amp|quot|#39|apos|lt|gt);/g, (e) => ENTITIES[e] ?? e));
  }
  return out;
}

const SKIPPED_LINK_RELS = /(?:^|\s)(?:canonical|alternate|me|author|next|prev|license|help|bookmark|search|external)(?:\s|$)/i;
const NON_CODE_SCRIPT_TYPE = /json|template|html|x-shader|text\/markdown/i;

interface Hit {
  fp: number;
  el: Element;
  seq: number;
  evidence: Evidence;
  chain?: Node[];
}

// --------------------------------------------------------------------------- detection

/**
 * Technologies a page uses, from its markup only: script src hosts and paths, the first 20 KB of
 * each inline script (500 KB per document), meta generator and similar metas, link/iframe hosts
 * (and the iframes of `<noscript>` fallbacks), and markup markers. No page code is run, nothing is
 * fetched. One result per technology (the first evidence in document order wins), ordered by
 * where that evidence sits in the document. Never throws; on an unexpected DOM error it returns
 * what it found so far.
 *
 * Speed (a first read must stay near one DOM walk): no JavaScript walk over every element. The
 * few elements that carry URLs and code come from one native query; markers are looked up
 * natively by shape (getElementById, getElementsByClassName, else querySelector), and only for
 * technologies not already found.
 */
export function detectTechnologies(document: Document): DetectedTechnology[] {
  const hits = new Map<number, Hit>();
  let seq = 0;
  const record = (fp: number, el: Element, source: TechnologyEvidenceSource, snippet: string): void => {
    if (hits.has(fp)) return;
    hits.set(fp, { fp, el, seq: seq++, evidence: { source, snippet: clip(snippet) } });
  };

  try {
    const c = getCompiled();
    let inlineBudget = INLINE_TOTAL_SCAN_LIMIT;
    const found: number[] = [];

    const checkUrl = (el: Element, url: string, kind: 'script' | 'link' | 'iframe'): void => {
      found.length = 0;
      const host = urlHost(url);
      if (host) {
        lookupHost(c.scriptHosts, host, found);
        if (kind !== 'script') lookupHost(c.linkHosts, host, found);
      }
      const lower = url.toLowerCase();
      if (c.pathsRe?.test(lower)) for (const p of c.paths) if (lower.includes(p.needle)) found.push(p.fp);
      if (!found.length) return;
      found.sort((a, b) => a - b); // host and path hits on one URL: fingerprint order
      const source: TechnologyEvidenceSource = kind === 'script' ? 'script-src' : kind;
      for (const fp of found) record(fp, el, source, url.trim());
    };

    // Script, link, iframe, meta and noscript elements, in document order (one native query).
    const elements = document.querySelectorAll('script, link, iframe, meta, noscript');
    for (let i = 0; i < elements.length; i++) {
      const el = elements[i];
      if (!el) continue;
      const tag = (el.localName || el.tagName || '').toLowerCase();
      if (tag === 'script') {
        // data-src / data-rocket-src: scripts held back by consent managers and lazy loaders (WP Rocket).
        const src = el.getAttribute('src') || el.getAttribute('data-src') || el.getAttribute('data-rocket-src');
        if (src) {
          checkUrl(el, src, 'script');
          continue;
        }
        if (inlineBudget <= 0 || !c.inline) continue;
        const type = el.getAttribute('type');
        if (type && NON_CODE_SCRIPT_TYPE.test(type)) continue;
        const full = el.textContent;
        if (!full) continue;
        const text = full.length > INLINE_SCRIPT_SCAN_LIMIT || full.length > inlineBudget
          ? full.slice(0, Math.min(INLINE_SCRIPT_SCAN_LIMIT, inlineBudget))
          : full;
        inlineBudget -= text.length;
        // Every position where a needle starts (overlapping needles from other vendors still get a chance).
        c.inline.scan(text, (index, needle) => {
          const owners = c.inlineOwner.get(needle);
          if (owners) {
            for (const fp of owners) {
              if (!hits.has(fp)) {
                const start = Math.max(0, index - 30);
                record(fp, el, 'inline-script', text.slice(start, index + needle.length + 50));
              }
            }
          }
        });
      } else if (tag === 'link') {
        if (!el.hasAttribute('href')) continue;
        const rel = el.getAttribute('rel') ?? '';
        if (SKIPPED_LINK_RELS.test(rel)) continue;
        const href = el.getAttribute('href');
        if (href) checkUrl(el, href, 'link');
      } else if (tag === 'iframe') {
        if (!el.hasAttribute('src')) continue;
        const src = el.getAttribute('src');
        if (src) checkUrl(el, src, 'iframe');
      } else if (tag === 'noscript') {
        // A content script runs with scripting enabled, so <noscript> is one text node of markup
        // (cli/parse-html.ts gives linkedom the same). Its iframes are vendors' no-JS fallbacks
        // (Google Tag Manager's ns.html): read their src from the text.
        for (const src of noscriptIframeSources(el.textContent ?? '')) checkUrl(el, src, 'iframe');
      } else if (tag === 'meta') {
        const name = (el.getAttribute('name') || el.getAttribute('property') || '').trim().toLowerCase();
        const conds = name ? c.meta.get(name) : undefined;
        if (!conds) continue;
        const content = el.getAttribute('content') ?? '';
        const lower = content.toLowerCase();
        for (const cond of conds) {
          if (cond.contains === '' || lower.includes(cond.contains)) {
            record(cond.fp, el, name === 'generator' ? 'meta-generator' : 'meta', openingTag(el));
          }
        }
      }
    }

    // Markup markers, only for technologies not found above: per technology, the first element
    // in document order that matches any of its markers.
    const pending = c.markerList.filter((m) => !hits.has(m.fp));
    if (pending.length) {
      const lookup = new MarkerLookup(document, c.rareTags);
      for (const m of pending) {
        let best: Element | null = null;
        let bestChain: Node[] | null = null;
        for (const marker of m.markers) {
          const el = lookup.first(marker);
          if (!el || el === best) continue;
          if (!best) {
            best = el;
            continue;
          }
          bestChain ??= ancestry(best);
          const chain = ancestry(el);
          if (compareChains(chain, bestChain) < 0) {
            best = el;
            bestChain = chain;
          }
        }
        if (best) record(m.fp, best, 'markup', openingTag(best));
      }
    }
  } catch {
    /* fall through with whatever was recorded */
  }

  const ordered = [...hits.values()];
  try {
    ordered.sort(byDocumentOrder);
  } catch {
    ordered.sort((a, b) => a.seq - b.seq);
  }
  return ordered.map((h) => {
    const f = FINGERPRINTS[h.fp]!;
    return { name: f.name, category: f.category, evidence: h.evidence };
  });
}

/**
 * Finds each marker's first element in document order with native lookups: getElementById and
 * getElementsByClassName; markers on rarer tags (form, img, source, input, custom elements…) from
 * one query of those tags, matched here; the rest (div and anchor attributes, tag-less attribute
 * markers) one querySelector each, which stops at the first match. Every full-document
 * traversal counts: a shared querySelectorAll over all marker selectors measured twice the cost.
 */
class MarkerLookup {
  private byTag: Map<string, Element[]> | null = null;
  constructor(
    private readonly document: Document,
    private readonly tags: readonly string[],
  ) {}

  first(marker: SimpleMarker): Element | null {
    if (marker.shape === 'id') {
      const el = this.document.getElementById(marker.id ?? '');
      return el && markerMatches(el, marker) ? el : null;
    }
    if (marker.shape === 'class') {
      const list = this.document.getElementsByClassName(marker.classes[0] ?? '');
      // Item by item, never `length`: a browser's collection then stops at the first match
      // instead of counting every element of the class.
      for (let i = 0; i < 50; i++) {
        const el = list[i];
        if (!el) return null;
        if (markerMatches(el, marker)) return el;
      }
      return null;
    }
    if (marker.shape === 'tag' && marker.tag && !COMMON_TAGS.has(marker.tag)) {
      const candidates = this.candidates(marker.tag);
      if (candidates) {
        // Markers of one tag mostly test one attribute (img src, form action): each is read once per element.
        const values = marker.attrs.map((a) => this.values(marker.tag!, a.name, candidates));
        // One substring test on all of a tag's values of the attribute at once: most markers'
        // needles are on no element (img src*="ctfassets.net" on a site without Contentful).
        for (let k = 0; k < marker.attrs.length; k++) {
          const a = marker.attrs[k]!;
          if (a.op && a.value && !this.joined(marker.tag, a.name, values[k]!).includes(a.value)) return null;
        }
        for (let i = 0; i < candidates.length; i++) {
          let ok = true;
          for (let k = 0; k < marker.attrs.length && ok; k++) ok = attrMatches(values[k]![i] ?? null, marker.attrs[k]!);
          if (ok) return candidates[i]!;
        }
        return null;
      }
    }
    return queryOne(this.document, marker.selector);
  }

  private attrValues = new Map<string, (string | null)[]>();
  private joinedValues = new Map<string, string>();

  /** Every value of one attribute of a tag's candidates, as one string (a separator no needle holds). */
  private joined(tag: string, name: string, values: (string | null)[]): string {
    const key = `${tag} ${name}`;
    let text = this.joinedValues.get(key);
    if (text === undefined) {
      text = values.filter((v) => v !== null).join('\n');
      this.joinedValues.set(key, text);
    }
    return text;
  }

  /** One attribute of every candidate of a tag, read once. */
  private values(tag: string, name: string, candidates: Element[]): (string | null)[] {
    const key = `${tag} ${name}`;
    let list = this.attrValues.get(key);
    if (!list) {
      list = candidates.map((el) => el.getAttribute(name));
      this.attrValues.set(key, list);
    }
    return list;
  }

  /** Elements of a rare tag, from one query of all of them; null when this DOM cannot run it. */
  private candidates(tag: string): Element[] | null {
    if (!this.byTag) {
      this.byTag = new Map(this.tags.map((t) => [t, []]));
      const found = this.tags.length ? queryAllSafe(this.document, this.tags.join(', ')) : [];
      if (!found) return null;
      for (let i = 0; i < found.length && i < 5000; i++) {
        const el = found[i]!;
        this.byTag.get((el.localName || '').toLowerCase())?.push(el);
      }
    }
    return this.byTag.get(tag) ?? null;
  }
}

/** Tags too common to list and match here (one querySelector per marker is cheaper). */
const COMMON_TAGS = new Set(['div', 'a', 'span', 'li', 'p', 'section', 'svg', 'path']);

function queryAllSafe(document: Document, selector: string): ArrayLike<Element> | null {
  try {
    return document.querySelectorAll(selector);
  } catch {
    return null;
  }
}

function queryOne(document: Document, selector: string): Element | null {
  try {
    return document.querySelector(selector);
  } catch {
    return null; // unsupported by this DOM implementation
  }
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** Document order of two ancestor chains (root first): negative when `a` comes first. */
function compareChains(ca: Node[], cb: Node[]): number {
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === 0) return 0; // different trees
  if (i === ca.length) return -1; // a contains b
  if (i === cb.length) return 1; // b contains a
  const siblings = ca[i - 1]!.childNodes;
  return Array.prototype.indexOf.call(siblings, ca[i]) - Array.prototype.indexOf.call(siblings, cb[i]);
}

/**
 * Document order from ancestor chains. Not compareDocumentPosition: linkedom's implementation
 * compares depths only and misorders cousins.
 */
function byDocumentOrder(a: Hit, b: Hit): number {
  if (a.el === b.el) return a.seq - b.seq;
  const order = compareChains((a.chain ??= ancestry(a.el)), (b.chain ??= ancestry(b.el)));
  return order !== 0 ? order : a.seq - b.seq;
}

/** The node and its ancestors, root first. */
function ancestry(el: Node): Node[] {
  const chain: Node[] = [];
  for (let n: Node | null = el; n && chain.length < 10_000; n = n.parentNode) chain.push(n);
  return chain.reverse();
}

export { FINGERPRINTS, TECHNOLOGY_CATEGORIES } from './fingerprints';
export type { TechnologyCategory, TechnologyFingerprint } from './fingerprints';
