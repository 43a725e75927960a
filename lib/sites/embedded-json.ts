import { all, isObject, tryJson, type JsonObject } from '../extract/dom';

/**
 * Logged-in LinkedIn pages (Ember 2017 through 2025) ship the API responses that render them
 * as JSON in `<code>` elements ("datalets"). Objects reference each other by URN; this reads
 * every block once and indexes the objects so a reference can be followed.
 * The blocks also describe other companies (similar pages, the viewer's own employer): callers
 * pick their subject by URL or by the name shown in the top card, never "the first company".
 */
export interface EmbeddedJson {
  objects: JsonObject[];
  /** Only `get`: the lazy reader finds an id when asked, so it cannot list or count them. */
  byId: Pick<Map<string, JsonObject>, 'get'>;
}

const MAX_BLOCK = 3_000_000;

/**
 * `needles`: words the wanted objects contain (the company's name, its URL slug). Only blocks that
 * mention one are parsed — a logged-in page carries 30+ blocks and most of a megabyte of JSON about
 * the feed, the viewer and ads. When no block mentions any needle, every block is read.
 */
export function readEmbeddedJson(doc: Document, needles: readonly string[] = []): EmbeddedJson {
  // The content script re-reads the page as LinkedIn renders; datalets are appended, never edited,
  // so the same set of blocks (count and last id) with the same needles gives the same answer.
  const codes = all(doc, 'code');
  const signature = `${codes.length}:${codes[codes.length - 1]?.id ?? ''}:${needles.join('\u0000')}`;
  const cached = cache.get(doc);
  if (cached && cached.signature === signature) return cached.json;
  const json = parseBlocks(codes, needles);
  cache.set(doc, { signature, json });
  return json;
}

const cache = new WeakMap<Document, { signature: string; json: EmbeddedJson }>();

/**
 * What readEmbeddedJson gives a caller that looks only at objects of one `$type` (and what they
 * reference by URN), without parsing the blocks whole: each such object is cut out of its block
 * and parsed alone, and a reference is looked up when followed. The subject company's block is
 * ~190 KB of a logged-in company page; parsing it was a third of the first read.
 * `objects` holds the typed objects in block order; `byId` finds the rest on demand, the same
 * object readEmbeddedJson would index (the one with most fields when an id repeats).
 */
export function readEmbeddedJsonOfType(doc: Document, needles: readonly string[], type: RegExp, keep?: Keep): EmbeddedJson {
  return readEmbeddedJsonWith(doc, needles, type, [], keep);
}

/**
 * Which objects are worth parsing, from their JSON text (`test`; `key` names the test for the
 * cache): a caller that only ever picks an object holding a given word says so, and the others are
 * left unparsed. The test must hold for every object the caller could pick.
 */
export interface Keep {
  key: string;
  test: (json: string) => boolean;
}

/**
 * Like readEmbeddedJsonOfType, for objects of a `$type` (null: none) or holding one of `keys`
 * (`"companyName":`): each is cut out and parsed alone, listed once, in the order the whole
 * parse lists objects (where each opens). What the whole parse would also list (objects nested
 * deeper than 12 levels, past the 50,000th) only matters on pages no LinkedIn page resembles.
 */
export function readEmbeddedJsonWith(doc: Document, needles: readonly string[], type: RegExp | null, keys: readonly string[], keep?: Keep): EmbeddedJson {
  const codes = all(doc, 'code');
  const signature = `${codes.length}:${codes[codes.length - 1]?.id ?? ''}:${needles.join('\u0000')}:${type?.source ?? ''}:${keys.join('\u0000')}:${keep?.key ?? ''}`;
  const cached = lazyCache.get(doc);
  if (cached && cached.signature === signature) return cached.json;
  const blocks = relevantBlocks(codes, needles);
  const found: { block: number; open: number; o: JsonObject }[] = [];
  const seen = new Set<string>();
  const add = (b: number, at: number, wanted: (o: JsonObject) => boolean): void => {
    const hit = objectAround(blocks[b]!, at, keep?.test);
    if (!hit || !wanted(hit.o) || seen.has(`${b}:${hit.open}`)) return;
    seen.add(`${b}:${hit.open}`);
    found.push({ block: b, open: hit.open, o: hit.o });
  };
  blocks.forEach((block, b) => {
    // Every `"$type":"<type>"` key (the type without quotes or escapes, at most 200 characters).
    // indexOf from the `$`: V8 scans for a needle's first character, and `"` is every tenth one.
    for (let at = type ? block.indexOf(TYPE_KEY) : -1; at >= 0; at = block.indexOf(TYPE_KEY, at + TYPE_KEY.length)) {
      if (block.charCodeAt(at - 1) !== 34 /* " */) continue;
      const from = at + TYPE_KEY.length;
      const close = block.indexOf('"', from);
      const value = close > from && close - from <= 200 ? block.slice(from, close) : '';
      if (value && !value.includes('\\') && type!.test(value)) add(b, at - 1, (o) => o.$type === value);
    }
    for (const key of keys) {
      const name = key.slice(1, key.indexOf('"', 1));
      for (let at = indexOfNeedle(block, key, 0); at >= 0; at = indexOfNeedle(block, key, at + key.length)) add(b, at, (o) => name in o);
    }
  });
  found.sort((x, y) => x.block - y.block || x.open - y.open);
  const json: EmbeddedJson = { objects: found.map((f) => f.o), byId: lazyIndex(blocks) };
  lazyCache.set(doc, { signature, json });
  return json;
}

const TYPE_KEY = '$type":"';

const lazyCache = new WeakMap<Document, { signature: string; json: EmbeddedJson }>();

/** An index whose `get` finds an id's object in the blocks the first time it is asked for. */
function lazyIndex(blocks: readonly string[]): EmbeddedJson['byId'] {
  const known = new Map<string, JsonObject | undefined>();
  return {
    get(id) {
      if (!known.has(id)) known.set(id, find(blocks, id));
      return known.get(id);
    },
  };
}

function find(blocks: readonly string[], id: string): JsonObject | undefined {
  let best: JsonObject | undefined;
  const quoted = JSON.stringify(id);
  for (const block of blocks) {
    for (const key of ['"$id":', '"entityUrn":']) {
      const needle = key + quoted;
      for (let at = indexOfNeedle(block, needle, 0); at >= 0; at = indexOfNeedle(block, needle, at + needle.length)) {
        const o = objectAround(block, at)?.o;
        // Indexed as the eager walk does: by $id when it has one, else by entityUrn.
        if (!o || (typeof o.$id === 'string' ? o.$id : o.entityUrn) !== id) continue;
        if (!best || Object.keys(o).length > Object.keys(best).length) best = o;
      }
    }
  }
  return best;
}

/** Largest object cut out and parsed alone; a bigger one is not worth the search. */
const MAX_OBJECT = 500_000;

/**
 * The innermost JSON object of `text` holding the key that starts at `at`, parsed, and where it
 * opens; null when none (or `keep` turns its text down)
 * is found. Tries the `{` before `at`, nearest first: one that closes before `at` is a sibling.
 */
function objectAround(text: string, at: number, keep?: (json: string) => boolean): { o: JsonObject; open: number } | null {
  let tries = 0;
  for (let open = text.lastIndexOf('{', at); open >= 0 && tries < 200 && at - open < MAX_OBJECT; open = text.lastIndexOf('{', open - 1), tries++) {
    const close = closingBrace(text, open);
    if (close < 0) return null; // unbalanced from here on: no enclosing object can be read
    if (close < at) continue;
    const json = text.slice(open, close + 1);
    if (keep && !keep(json)) return null;
    const parsed = tryJson(json);
    return isObject(parsed) ? { o: parsed, open } : null;
  }
  return null;
}

/** Index of the `}` closing the object opened at `open` (strings and escapes skipped), or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  const end = Math.min(text.length, open + MAX_OBJECT);
  for (let i = open; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Most of a datalet is inside strings: jump to the closing quote (one not escaped by an odd run of backslashes).
      let q = i;
      do q = text.indexOf('"', q + 1);
      while (q >= 0 && q < end && escaped(text, q));
      if (q < 0 || q >= end) return -1;
      i = q;
    } else if (c === 123 /* { */ || c === 91 /* [ */) depth++;
    else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
      if (depth === 0) return c === 125 ? i : -1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

/** Whether the quote at `q` is escaped: an odd number of backslashes right before it. */
function escaped(text: string, q: number): boolean {
  let n = 0;
  while (text.charCodeAt(q - 1 - n) === 92 /* \\ */) n++;
  return n % 2 === 1;
}

/** The datalets' JSON texts that mention a needle (every one when none does). */
function relevantBlocks(codes: Element[], needles: readonly string[]): string[] {
  const blocks: string[] = [];
  for (const code of codes) {
    // A datalet is one text node: reading it directly avoids copying megabytes through textContent.
    const only = code.childNodes.length === 1 ? code.firstChild : null;
    const raw = only && only.nodeType === 3 ? ((only as Text).data ?? '') : (code.textContent ?? '');
    if (raw.length > MAX_BLOCK || !/^\s*[[{]/.test(raw)) continue; // JSON opens with an object or array
    blocks.push(raw);
  }
  const wanted = needles.filter((n) => n.length >= 2);
  const relevant = wanted.length ? blocks.filter((b) => wanted.some((n) => indexOfNeedle(b, n, 0) >= 0)) : blocks;
  return relevant.length ? relevant : blocks;
}

/**
 * `text.indexOf(needle, from)`, faster on JSON: V8 scans for a needle's first character (and on
 * needles of 7 or more, shifts by the last one), and a needle such as `"name":"Acme"` starts and
 * ends with the commonest character in JSON. This searches for at most 6 characters from a rare
 * one of the needle's and checks the whole needle there: ten times faster on a logged-in page's
 * datalets.
 */
export function indexOfNeedle(text: string, needle: string, from: number): number {
  // Preferably a digit or capital inside the value of a `"key":"value"` needle (keys repeat on
  // every object, and so do URN prefixes: "urn:li:fs_normalized_company:1035" is found from "1035").
  const sep = needle.lastIndexOf('":"');
  const value = sep >= 0 ? sep + 3 : 0;
  const tail = needle.slice(value);
  let k = tail.search(/[A-Z0-9]/);
  if (k < 0) k = tail.search(NOT_COMMON);
  k = k < 0 ? needle.search(NOT_COMMON) : k + value;
  if (k <= 0) return text.indexOf(needle, from);
  const core = needle.slice(k, k + 6);
  for (let at = text.indexOf(core, from + k); at >= 0; at = text.indexOf(core, at + 1)) if (text.startsWith(needle, at - k)) return at - k;
  return -1;
}

/** Characters that are everywhere in JSON. */
const NOT_COMMON = /[^":,{}[\]a-z]/;

function parseBlocks(codes: Element[], needles: readonly string[]): EmbeddedJson {
  const objects: JsonObject[] = [];
  const byId = new Map<string, JsonObject>();
  for (const block of relevantBlocks(codes, needles)) {
    const parsed = tryJson(block);
    if (parsed) walk(parsed, objects, byId, 0);
  }
  return { objects, byId };
}

function walk(v: unknown, out: JsonObject[], byId: Map<string, JsonObject>, depth: number): void {
  if (depth > 12 || out.length > 50_000) return;
  if (Array.isArray(v)) {
    for (const x of v) walk(x, out, byId, depth + 1);
    return;
  }
  if (!isObject(v)) return;
  out.push(v);
  const id = typeof v.$id === 'string' ? v.$id : typeof v.entityUrn === 'string' ? v.entityUrn : null;
  if (id && !byId.has(id)) byId.set(id, v);
  else if (id && Object.keys(v).length > Object.keys(byId.get(id) ?? {}).length) byId.set(id, v);
  for (const key in v) {
    const child = v[key];
    if (child && typeof child === 'object') walk(child, out, byId, depth + 1);
  }
}

/** Follows a URN reference ("urn:li:fs_normalized_company:1,staffCountRange") or returns the inline object. */
export function deref(json: EmbeddedJson, value: unknown): JsonObject | null {
  if (isObject(value)) return value;
  if (typeof value === 'string') return json.byId.get(value) ?? null;
  if (Array.isArray(value) && value.length > 0) return deref(json, value[0]);
  return null;
}
