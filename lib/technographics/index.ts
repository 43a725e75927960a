import type { Evidence } from '../observation';
import { FINGERPRINTS, type TechnologyFingerprint } from './fingerprints';

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
  /** One alternation of every inline needle; group-less, matched case-sensitively. */
  inlineRe: RegExp | null;
  inlineOwner: Map<string, number[]>;
  /** lower-cased meta name -> conditions. */
  meta: Map<string, { contains: string; fp: number }[]>;
  /** One selector list per fingerprint with markers. */
  markers: { selector: string; parts: string[]; fp: number }[];
}

let compiled: Compiled | null = null;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function push<K>(map: Map<K, number[]>, key: K, fp: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [fp]);
  else if (!list.includes(fp)) list.push(fp);
}

function compile(fingerprints: readonly TechnologyFingerprint[]): Compiled {
  const out: Compiled = {
    scriptHosts: new Map(),
    linkHosts: new Map(),
    paths: [],
    inlineRe: null,
    inlineOwner: new Map(),
    meta: new Map(),
    markers: [],
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
    if (f.markers?.length) out.markers.push({ selector: f.markers.join(', '), parts: f.markers, fp: i });
  });
  // Longest first so that at any one position the most specific needle wins.
  const needles = [...out.inlineOwner.keys()].sort((a, b) => b.length - a.length);
  if (needles.length) out.inlineRe = new RegExp(needles.map(escapeRegExp).join('|'), 'g');
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
      s += v === '' ? ` ${a.name}` : ` ${a.name}="${v.length > 120 ? v.slice(0, 119) + '…' : v}"`;
    }
  } catch {
    /* attribute access on an exotic node: keep the bare tag */
  }
  return clip(s + '>');
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
 * each inline script (500 KB per document), meta generator and similar metas, link/iframe hosts,
 * and one querySelector per fingerprint with markup markers. No page code is run, nothing is
 * fetched. One result per technology (the first evidence in document order wins), ordered by
 * where that evidence sits in the document. Never throws; on an unexpected DOM error it returns
 * what it found so far.
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
    tagCache = null; // the page may have changed since the last run
    let inlineBudget = INLINE_TOTAL_SCAN_LIMIT;
    const found: number[] = [];
    const elements = document.querySelectorAll('script, link[href], iframe[src], meta[name], meta[property]');

    const checkUrl = (el: Element, url: string, kind: 'script' | 'link' | 'iframe'): void => {
      found.length = 0;
      const host = urlHost(url);
      if (host) {
        lookupHost(c.scriptHosts, host, found);
        if (kind !== 'script') lookupHost(c.linkHosts, host, found);
      }
      const lower = url.toLowerCase();
      for (const p of c.paths) if (lower.includes(p.needle)) found.push(p.fp);
      if (!found.length) return;
      found.sort((a, b) => a - b); // host and path hits on one URL: fingerprint order
      const source: TechnologyEvidenceSource = kind === 'script' ? 'script-src' : kind;
      for (const fp of found) record(fp, el, source, url.trim());
    };

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
        if (inlineBudget <= 0 || !c.inlineRe) continue;
        const type = el.getAttribute('type');
        if (type && NON_CODE_SCRIPT_TYPE.test(type)) continue;
        const full = el.textContent;
        if (!full) continue;
        const text = full.length > INLINE_SCRIPT_SCAN_LIMIT || full.length > inlineBudget
          ? full.slice(0, Math.min(INLINE_SCRIPT_SCAN_LIMIT, inlineBudget))
          : full;
        inlineBudget -= text.length;
        const re = c.inlineRe;
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text)) !== null) {
          const owners = c.inlineOwner.get(m[0]);
          if (owners) {
            for (const fp of owners) {
              if (!hits.has(fp)) {
                const start = Math.max(0, m.index - 30);
                record(fp, el, 'inline-script', text.slice(start, m.index + m[0].length + 50));
              }
            }
          }
          re.lastIndex = m.index + 1; // overlapping needles from other vendors still get a chance
        }
      } else if (tag === 'link') {
        const rel = el.getAttribute('rel') ?? '';
        if (SKIPPED_LINK_RELS.test(rel)) continue;
        const href = el.getAttribute('href');
        if (href) checkUrl(el, href, 'link');
      } else if (tag === 'iframe') {
        const src = el.getAttribute('src');
        if (src) checkUrl(el, src, 'iframe');
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

    // Markers, cheapest lookups first: `#id` through the id map, `.class` through the class
    // index, `tag[...]` against that tag's elements only, and the few tag-less attribute markers
    // in one query. One querySelector per fingerprint cost ~10 ms per page in Chromium.
    for (const marker of c.markers) {
      if (hits.has(marker.fp)) continue;
      for (const part of marker.parts) {
        const el = findMarker(document, part);
        if (el) {
          record(marker.fp, el, 'markup', openingTag(el));
          break;
        }
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

const ID_MARKER = /^([a-z][\w-]*)?#([\w-]+)$/i;
const CLASS_MARKER = /^([a-z][\w-]*)?\.([\w-]+)$/i;
const TAG_MARKER = /^([a-z][\w-]*)[[.:]/i;
/** Elements per tag, per document, for one detection run. */
let tagCache: { doc: Document; byTag: Map<string, Element[]> } | null = null;

function elementsByTag(document: Document, tag: string): Element[] {
  if (!tagCache || tagCache.doc !== document) tagCache = { doc: document, byTag: new Map() };
  let list = tagCache.byTag.get(tag);
  if (!list) {
    list = Array.from(document.getElementsByTagName(tag)).slice(0, 5000);
    tagCache.byTag.set(tag, list);
  }
  return list;
}

function findMarker(document: Document, selector: string): Element | null {
  const id = ID_MARKER.exec(selector);
  if (id) {
    const el = document.getElementById(id[2] ?? '');
    return el && (!id[1] || el.localName === id[1].toLowerCase()) ? el : null;
  }
  const cls = CLASS_MARKER.exec(selector);
  if (cls) {
    for (const el of Array.from(document.getElementsByClassName(cls[2] ?? '')).slice(0, 50)) if (!cls[1] || el.localName === cls[1].toLowerCase()) return el;
    return null;
  }
  const tag = TAG_MARKER.exec(selector);
  if (tag) {
    for (const el of elementsByTag(document, (tag[1] ?? '').toLowerCase())) if (safeMatches(el, selector)) return el;
    return null;
  }
  return queryMarker(document, selector, [selector]);
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

function queryMarker(document: Document, selector: string, parts: string[]): Element | null {
  try {
    return document.querySelector(selector);
  } catch {
    // One unsupported selector invalidates the whole list: fall back to the parts one by one.
    for (const part of parts) {
      try {
        const el = document.querySelector(part);
        if (el) return el;
      } catch {
        /* unsupported by this DOM implementation */
      }
    }
    return null;
  }
}

/**
 * Document order from ancestor chains. Not compareDocumentPosition: linkedom's implementation
 * compares depths only and misorders cousins.
 */
function byDocumentOrder(a: Hit, b: Hit): number {
  if (a.el === b.el) return a.seq - b.seq;
  const ca = (a.chain ??= ancestry(a.el));
  const cb = (b.chain ??= ancestry(b.el));
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === 0) return a.seq - b.seq; // different trees
  if (i === ca.length) return -1; // a contains b
  if (i === cb.length) return 1; // b contains a
  const siblings = ca[i - 1]!.childNodes;
  const ia = Array.prototype.indexOf.call(siblings, ca[i]);
  const ib = Array.prototype.indexOf.call(siblings, cb[i]);
  return ia !== ib ? ia - ib : a.seq - b.seq;
}

/** The node and its ancestors, root first. */
function ancestry(el: Node): Node[] {
  const chain: Node[] = [];
  for (let n: Node | null = el; n && chain.length < 10_000; n = n.parentNode) chain.push(n);
  return chain.reverse();
}

export { FINGERPRINTS, TECHNOLOGY_CATEGORIES } from './fingerprints';
export type { TechnologyCategory, TechnologyFingerprint } from './fingerprints';
