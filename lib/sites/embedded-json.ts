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
  byId: Map<string, JsonObject>;
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
export function readEmbeddedJsonOfType(doc: Document, needles: readonly string[], type: RegExp): EmbeddedJson {
  const codes = all(doc, 'code');
  const signature = `${codes.length}:${codes[codes.length - 1]?.id ?? ''}:${needles.join('\u0000')}:${type.source}`;
  const cached = lazyCache.get(doc);
  if (cached && cached.signature === signature) return cached.json;
  const blocks = relevantBlocks(codes, needles);
  const objects: JsonObject[] = [];
  for (const block of blocks) {
    for (const m of block.matchAll(/"\$type":"([^"\\]{1,200})"/g)) {
      if (!type.test(m[1]!)) continue;
      const o = objectAround(block, m.index!);
      if (o && o.$type === m[1]) objects.push(o);
    }
  }
  const json: EmbeddedJson = { objects, byId: new LazyIndex(blocks) };
  lazyCache.set(doc, { signature, json });
  return json;
}

const lazyCache = new WeakMap<Document, { signature: string; json: EmbeddedJson }>();

/** A Map whose `get` finds an id's object in the blocks the first time it is asked for. */
class LazyIndex extends Map<string, JsonObject> {
  constructor(private readonly blocks: readonly string[]) {
    super();
  }

  override get(id: string): JsonObject | undefined {
    if (!super.has(id)) super.set(id, this.find(id) as JsonObject);
    return super.get(id) ?? undefined;
  }

  override has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  private find(id: string): JsonObject | undefined {
    let best: JsonObject | undefined;
    const quoted = JSON.stringify(id);
    for (const block of this.blocks) {
      for (const key of ['"$id":', '"entityUrn":']) {
        const needle = key + quoted;
        for (let at = block.indexOf(needle); at >= 0; at = block.indexOf(needle, at + needle.length)) {
          const o = objectAround(block, at);
          // Indexed as the eager walk does: by $id when it has one, else by entityUrn.
          if (!o || (typeof o.$id === 'string' ? o.$id : o.entityUrn) !== id) continue;
          if (!best || Object.keys(o).length > Object.keys(best).length) best = o;
        }
      }
    }
    return best;
  }
}

/** Largest object cut out and parsed alone; a bigger one is not worth the search. */
const MAX_OBJECT = 500_000;

/**
 * The innermost JSON object of `text` holding the key that starts at `at`, parsed; null when none
 * is found. Tries the `{` before `at`, nearest first: one that closes before `at` is a sibling.
 */
function objectAround(text: string, at: number): JsonObject | null {
  let tries = 0;
  for (let open = text.lastIndexOf('{', at); open >= 0 && tries < 200 && at - open < MAX_OBJECT; open = text.lastIndexOf('{', open - 1), tries++) {
    const close = closingBrace(text, open);
    if (close < 0) return null; // unbalanced from here on: no enclosing object can be read
    if (close < at) continue;
    const parsed = tryJson(text.slice(open, close + 1));
    return isObject(parsed) ? parsed : null;
  }
  return null;
}

/** Index of the `}` closing the object opened at `open` (strings and escapes skipped), or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  const end = Math.min(text.length, open + MAX_OBJECT);
  for (let i = open; i < end; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \\ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) depth++;
    else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
      if (depth === 0) return c === 125 ? i : -1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

/** The datalets' JSON texts that mention a needle (every one when none does). */
function relevantBlocks(codes: Element[], needles: readonly string[]): string[] {
  const blocks: string[] = [];
  for (const code of codes) {
    // A datalet is one text node: reading it directly avoids copying megabytes through textContent.
    const only = code.childNodes.length === 1 ? code.firstChild : null;
    const raw = only && only.nodeType === 3 ? ((only as Text).data ?? '') : (code.textContent ?? '');
    const start = raw.search(/\S/);
    const open = start >= 0 ? raw[start] : '';
    if (raw.length > MAX_BLOCK || (open !== '{' && open !== '[')) continue;
    blocks.push(raw);
  }
  const wanted = needles.filter((n) => n.length >= 2);
  const relevant = wanted.length ? blocks.filter((b) => wanted.some((n) => b.includes(n))) : blocks;
  return relevant.length ? relevant : blocks;
}

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
