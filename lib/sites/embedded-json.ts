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

function parseBlocks(codes: Element[], needles: readonly string[]): EmbeddedJson {
  const objects: JsonObject[] = [];
  const byId = new Map<string, JsonObject>();
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
  for (const block of relevant.length ? relevant : blocks) {
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
