import { nativeSelectors } from '../extract/dom';
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
  /** Attribute name -> the "attr" markers keyed on it (see markerPass). */
  attrMarkers: Map<string, { fp: number; marker: SimpleMarker }[]>;
  /** First class -> the "class" markers (in the same pass where selectors are not native). */
  classMarkers: Map<string, { fp: number; marker: SimpleMarker }[]>;
}

/**
 * A marker parsed for lookup. `tag#id.class[attr op "value"]` compounds are matched without a
 * selector engine; anything else (descendant combinators, `i` flags) is queried as written.
 * shape: "id" (getElementById), "class" (querySelector in a browser, the pass elsewhere), "attr"
 * (attribute conditions, optionally a tag: found in the one pass over attribute names,
 * markerPass, keyed on `key`), "tag" (a bare tag: getElementsByTagName) and "query"
 * (anything else, and attribute markers on attributes too common to key on): querySelector.
 */
interface SimpleMarker {
  selector: string;
  shape: 'id' | 'class' | 'attr' | 'tag' | 'query';
  tag: string | null;
  id: string | null;
  classes: string[];
  attrs: { name: string; op: string; value: string }[];
  /** The attribute an "attr" marker is looked up by (its rarest one). */
  key: string | null;
}

/**
 * Attributes carried by a large share of elements. A marker whose only attribute is one of these
 * (`[class*="wistia_async_"]`) is cheaper as one native query than as a test on every element
 * that has it; among several attributes the pass keys on one not listed here.
 */
const COMMON_ATTRS = new Set(['class', 'style']);
const FREQUENT_ATTRS = new Set(['class', 'style', 'id', 'href', 'src', 'name', 'type', 'title', 'alt', 'rel', 'action', 'srcset', 'content']);

const COMPOUND = /^([a-z][\w-]*)?((?:#[\w-]+|\.[\w-]+|\[[\w:-]+(?:[*^$]?="[^"]*")?\])*)$/i;
const COMPOUND_PART = /#([\w-]+)|\.([\w-]+)|\[([\w:-]+)(?:([*^$]?=)"([^"]*)")?\]/g;

function parseMarker(selector: string): SimpleMarker {
  const trimmed = selector.trim();
  const m = COMPOUND.exec(trimmed);
  const marker: SimpleMarker = { selector: trimmed, shape: 'query', tag: null, id: null, classes: [], attrs: [], key: null };
  if (!m || (!m[1] && !m[2])) return marker;
  marker.tag = m[1]?.toLowerCase() ?? null;
  for (const p of (m[2] ?? '').matchAll(COMPOUND_PART)) {
    if (p[1]) marker.id = p[1];
    else if (p[2]) marker.classes.push(p[2]);
    else if (p[3]) marker.attrs.push({ name: p[3].toLowerCase(), op: p[4] ?? '', value: p[5] ?? '' });
  }
  if (marker.id) marker.shape = 'id';
  else if (marker.classes.length) marker.shape = 'class';
  else if (marker.attrs.length) {
    const key = (marker.attrs.find((a) => !FREQUENT_ATTRS.has(a.name)) ?? marker.attrs.find((a) => !COMMON_ATTRS.has(a.name)))?.name ?? null;
    marker.shape = key ? 'attr' : 'query';
    marker.key = key;
  } else if (marker.tag) marker.shape = 'tag';
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
    attrMarkers: new Map(),
    classMarkers: new Map(),
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
  for (const { fp, markers } of out.markerList) {
    for (const marker of markers) {
      if (marker.shape === 'attr' && marker.key) push(out.attrMarkers, marker.key, { fp, marker });
      else if (marker.shape === 'class') push(out.classMarkers, marker.classes[0]!, { fp, marker });
    }
  }
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
 * Speed (a first read must stay near one DOM walk): the few elements that carry URLs and code
 * come from one native query; markers only for technologies not already found: ids by
 * getElementById, bare tags by getElementsByTagName, attribute markers in one pass over the
 * elements' attribute names (markerPass), class markers by native query in a browser (in the pass
 * in a JavaScript DOM), anything else by querySelector. Measured in Chromium on the real pages,
 * markers still cost about six walks whichever way they are asked (one selector each, one list,
 * one pass): each absent marker is a traversal or a per-element test, and ~180 markers are absent
 * on a typical page.
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
    if (pending.length) for (const [fp, el] of firstMarkerElements(document, c, pending)) record(fp, el, 'markup', openingTag(el));
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
 * Per technology of `pending`, the first element in document order matching any of its markers
 * (what `querySelector` of all its markers joined would return), in `pending` order.
 */
function firstMarkerElements(document: Document, c: Compiled, pending: readonly { fp: number; markers: SimpleMarker[] }[]): Map<number, Element> {
  const out = new Map<number, Element>();
  const wanted = new Set(pending.map((m) => m.fp));
  const lookup = new MarkerLookup(document);
  // A browser answers a class selector natively, faster than a pass reads every class
  // attribute; a JavaScript DOM (linkedom) walks the tree for each query: there the class
  // markers join the one pass.
  const classesInPass = !nativeSelectors(document);
  // Every attribute marker of a pending technology, from one pass (its first element in document order).
  const passed = markerPass(document, c.attrMarkers, classesInPass ? c.classMarkers : null, (fp) => wanted.has(fp));
  for (const m of pending) {
    let best: Element | null = passed.get(m.fp) ?? null;
    let bestChain: Node[] | null = null;
    for (const marker of m.markers) {
      if (marker.shape === 'attr' || (classesInPass && marker.shape === 'class')) continue;
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
    if (best) out.set(m.fp, best);
  }
  return out;
}

/**
 * For tests: every technology's first markup-marker element (by technology name), whether or not
 * a script already named it. detectTechnologies uses the same lookup for the technologies still open.
 */
export function markerElements(document: Document): Map<string, Element> {
  const c = getCompiled();
  const out = new Map<string, Element>();
  for (const [fp, el] of firstMarkerElements(document, c, c.markerList)) out.set(FINGERPRINTS[fp]!.name, el);
  return out;
}

/**
 * The first element, in document order, matching any "attr" marker of each technology `wanted`
 * says is still open: one pass over the elements reading each one's attribute names (one native
 * call per element); a name no marker is keyed on costs one Map miss, and only elements carrying
 * a marker's key attribute are tested against it (tag, then values). Asked one selector at a time
 * instead, ~90 markers are ~90 selector parses and traversals of every fresh document: in Chromium
 * the whole first read measured ~15% slower that way (24× vs 21× a walk on big company sites, same
 * run); in linkedom each query is a JavaScript walk, and the pass one. Same answer as
 * `querySelector` of the technology's markers: attribute names are lower-case in an HTML DOM (and
 * in the CLI's, see cli/parse-html.ts), and the values are tested as the selectors test them.
 */
function markerPass(
  document: Document,
  byKey: Map<string, { fp: number; marker: SimpleMarker }[]>,
  byClass: Map<string, { fp: number; marker: SimpleMarker }[]> | null,
  wanted: (fp: number) => boolean,
): Map<number, Element> {
  const found = new Map<number, Element>();
  const fps = new Set<number>();
  for (const map of byClass ? [byKey, byClass] : [byKey]) for (const list of map.values()) for (const { fp } of list) if (!fps.has(fp) && wanted(fp)) fps.add(fp);
  const state: PassState = { el: null, tag: null, open: fps.size, fps, found };
  if (!state.open) return found;
  // One static list (linkedom has no getElementsByTagName('*')).
  const elements = document.querySelectorAll('*');
  for (let i = 0; i < elements.length && state.open > 0; i++) {
    const el = elements[i]!;
    const names = el.getAttributeNames();
    if (names.length === 0) continue;
    state.el = el;
    state.tag = null;
    for (let k = 0; k < names.length; k++) {
      const name = names[k]!;
      const list = byKey.get(name);
      if (list) testMarkers(state, list, name);
      if (byClass && name === 'class') {
        for (const token of (el.getAttribute('class') ?? '').split(CLASS_SEPARATOR)) {
          const classList = byClass.get(token);
          if (classList) testMarkers(state, classList, null);
        }
      }
    }
  }
  return found;
}

interface PassState {
  el: Element | null;
  /** The element's tag, read when a marker first needs it. */
  tag: string | null;
  open: number;
  fps: Set<number>;
  found: Map<number, Element>;
}

function testMarkers(state: PassState, list: { fp: number; marker: SimpleMarker }[], key: string | null): void {
  const el = state.el!;
  // The key attribute's value, read once for all the markers keyed on it (a dozen test img src).
  let keyValue: string | null | undefined;
  for (const { fp, marker } of list) {
    if (!state.fps.has(fp) || state.found.has(fp)) continue;
    if (marker.tag) {
      state.tag ??= (el.localName || '').toLowerCase();
      if (state.tag !== marker.tag) continue;
    }
    let ok: boolean;
    if (key === null || marker.shape !== 'attr') ok = markerMatches(el, marker);
    else {
      ok = true;
      for (const a of marker.attrs) {
        const v = a.name === key ? (keyValue === undefined ? (keyValue = el.getAttribute(key)) : keyValue) : el.getAttribute(a.name);
        if (!attrMatches(v, a)) {
          ok = false;
          break;
        }
      }
    }
    if (ok) {
      state.found.set(fp, el);
      state.open--;
    }
  }
}

const CLASS_SEPARATOR = /[\t\n\f\r ]+/;

/**
 * Finds each remaining marker's first element in document order with native lookups:
 * getElementById and getElementsByTagName (neither parses a selector), else querySelector,
 * which stops at the first match. "attr" markers come from markerPass.
 */
class MarkerLookup {
  constructor(private readonly document: Document) {}

  first(marker: SimpleMarker): Element | null {
    if (marker.shape === 'id') {
      const el = this.document.getElementById(marker.id ?? '');
      return el && markerMatches(el, marker) ? el : null;
    }
    if (marker.shape === 'class' && (marker.tag === 'body' || marker.tag === 'html')) {
      // One element of its kind per document: test it, no traversal (WooCommerce's body classes).
      const el = marker.tag === 'body' ? this.document.body : this.document.documentElement;
      return el && markerMatches(el, marker) ? el : null;
    }
    if (marker.shape === 'class') {
      // The compound as one native query first (a browser's class fast path, about twice as fast
      // as getElementsByClassName on a fresh document); usually nothing matches and that is all.
      const el = queryOne(this.document, marker.selector);
      if (!el) return null;
      if (markerMatches(el, marker)) return el;
      // A quirks-mode page matches classes case-insensitively: the exact-case element, as before.
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
    if (marker.shape === 'tag' && marker.tag) return this.document.getElementsByTagName(marker.tag)[0] ?? null;
    return queryOne(this.document, marker.selector);
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
