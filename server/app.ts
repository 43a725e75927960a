import { getConnInfo } from '@hono/node-server/conninfo';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { getRequestListener } from '@hono/node-server';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { gzip as gzipCallback, gunzipSync, gzipSync } from 'node:zlib';
import { Hono, type Context } from 'hono';
import { BOOK_LIMITS, parseBookJson } from '../lib/book/schema';
import { PACK_LIMITS } from '../lib/profiles/limits';
import { parsePack, type Pack, type PackError } from '../lib/profiles/schema';
import { isAllowedOrigin, parseOriginPolicy, type OriginPolicy } from './config';
import { FailureLimiter } from './rate-limit';
import { etagOf, type BookBase, type PackStore, type Role, type StoredBook, type StoredVersion, type TokenRecord } from './storage';

const gzipAsync = promisify(gzipCallback);

/**
 * The team sync HTTP API (see docs/sync.md). Reps pull the latest pack with a reader
 * token and an ETag, so the usual answer is a body-less 304; managers publish the next
 * version with a manager token. Packs are validated with the same schema the extension
 * uses, so the server never hands out a pack the extension would refuse.
 */

export interface AppOptions {
  store: PackStore;
  /** Browser origins allowed to call the API (server/config.ts). @default any extension origin */
  originPolicy?: OriginPolicy;
  /** Largest accepted request body, in bytes. @default PACK_LIMITS.maxBytes, the largest pack the extension accepts */
  maxBodyBytes?: number;
  /** Largest account book accepted, in bytes of JSON (after gzip is undone). @default BOOK_LIMITS.bytes, the largest book the extension reads */
  maxBookBytes?: number;
  /** The server's clock: publishedAt of every version. Tests pass a fixed one. */
  now?: () => Date;
  /** Failed authentications per minute, per client address and per team, before 429. @default 10 */
  authFailuresPerMinute?: number;
  /** Take the client address from the last X-Forwarded-For entry (a reverse proxy in front). */
  trustProxy?: boolean;
  /** Where security events go (one line each, never a token). @default console.warn */
  log?: (line: string) => void;
}

export const MAX_BODY_BYTES = PACK_LIMITS.maxBytes;
/** Schema errors listed in a 400 body; the rest are counted in `errorCount` (#9: an 86 KB pack gave a 2 MB body). */
export const MAX_ERRORS_IN_BODY = 20;
/** Characters of any one text field of an error body (messages, paths, echoed names). */
export const MAX_ERROR_TEXT = 300;

/** Shortens text echoed back or logged, so a client cannot make the answer or the log large. */
export function clip(text: string, max = MAX_ERROR_TEXT): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}

/** The first MAX_ERRORS_IN_BODY errors, each clipped, and how many there were in all. */
export function capErrors(errors: readonly PackError[]): { errors: PackError[]; errorCount: number } {
  return {
    errors: errors.slice(0, MAX_ERRORS_IN_BODY).map((e) => ({ path: clip(e.path), message: clip(e.message) })),
    errorCount: errors.length,
  };
}

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 428 | 429 | 500;

function jsonError(c: Context, status: ErrorStatus, error: string, extra: Record<string, unknown> = {}): Response {
  return c.json({ error: clip(error, 2 * MAX_ERROR_TEXT), ...extra }, status);
}

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/` is ignored. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  // What extensions send: the ETag exactly as served (the one case worth no parsing).
  if (ifNoneMatch === etag) return true;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag));
}

/** The Node request and response under Hono, when there is one (not under app.fetch in a script or test). */
function nodeOf(c: Context): { incoming: IncomingMessage; outgoing: ServerResponse } | null {
  const env = c.env as { incoming?: IncomingMessage; outgoing?: ServerResponse } | undefined;
  return env?.incoming && env.outgoing ? { incoming: env.incoming, outgoing: env.outgoing } : null;
}

/**
 * A request header. On Node it is read from the parsed headers Node already has: asking
 * Hono's request for one header builds a whole fetch Headers object, a large part of the cost
 * of a 304 (#17).
 */
function requestHeader(c: Context, name: Lowercase<string>): string | undefined {
  const node = nodeOf(c);
  if (!node) return c.req.header(name);
  const value = node.incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Whether the client takes gzip: listed (or `*`) with a q above 0 (RFC 9110 §12.5.3). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  let gzip: boolean | null = null;
  let star = false;
  for (const part of acceptEncoding.split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const wanted = q === undefined || Number(q) > 0;
    if (coding === 'gzip' || coding === 'x-gzip') gzip = wanted;
    else if (coding === '*') star = wanted;
  }
  return gzip ?? star;
}

/** A version's body ready to send: the bytes, gzipped once, and the headers that never change. */
interface EncodedVersion {
  identity: Buffer;
  /** null when gzip would not make it smaller. */
  gzip: Buffer | null;
  headers: Record<string, string>;
  /** The full header sets already built, by answer kind and CORS origin (a handful: the team's extension ids). */
  built: Map<string, Record<string, string>>;
}

/**
 * Encoded bodies by stored version. The store hands out the same object for a team's latest
 * version until a publish (or another process's change) replaces it, so the latest pack is
 * serialised and gzipped once per version, never per request; an entry goes with its object.
 */
const encodedVersions = new WeakMap<StoredVersion, EncodedVersion>();

function encoded(stored: StoredVersion): EncodedVersion {
  let entry = encodedVersions.get(stored);
  if (!entry) {
    const identity = Buffer.from(stored.json, 'utf8');
    const gzip = gzipSync(identity);
    entry = {
      identity,
      gzip: gzip.length < identity.length ? gzip : null,
      // no-cache: caches may keep it but must revalidate, so a new version shows up at once.
      // The ETag names the version's content whatever the encoding, so a client that switches
      // encoding still gets its 304; Vary tells shared caches to keep the encodings apart.
      headers: { ETag: stored.etag, 'Cache-Control': 'no-cache', Vary: 'Origin, Accept-Encoding' },
      built: new Map(),
    };
    encodedVersions.set(stored, entry);
  }
  return entry;
}

/** The header that tells a reader which book version it got (the book's JSON has no version of its own). */
export const BOOK_VERSION_HEADER = 'LeadFit-Book-Version';

/**
 * Encoded books by stored book, as for packs: the store hands out the same object for a team's
 * latest book until a publish replaces it, so the JSON is unzipped once per version and each
 * read only picks a buffer. A fresh publish primes the entry with the JSON it just stored.
 */
const encodedBooks = new WeakMap<StoredBook, EncodedVersion>();

function encodedBook(stored: StoredBook, identity?: Buffer): EncodedVersion {
  let entry = encodedBooks.get(stored);
  if (!entry) {
    entry = {
      identity: identity ?? gunzipSync(stored.gzip),
      gzip: stored.gzip,
      headers: { ETag: stored.etag, 'Cache-Control': 'no-cache', Vary: 'Origin, Accept-Encoding', [BOOK_VERSION_HEADER]: String(stored.version) },
      built: new Map(),
    };
    encodedBooks.set(stored, entry);
  }
  return entry;
}

/** Responses that already carry the headers every answer gets (see the middleware in createApp). */
const complete = new WeakSet<Response>([RESPONSE_ALREADY_SENT]);

/**
 * Sends a finished answer. On Node it is written straight to the socket: a body-less 304
 * through Hono's fetch Response costs more than everything else in a pull (#17). Under
 * app.fetch it is an ordinary Response.
 */
function send(c: Context, status: 200 | 304, headers: Record<string, string>, body: Buffer | null): Response {
  const node = nodeOf(c);
  if (node) {
    node.outgoing.writeHead(status, headers);
    node.outgoing.end(body ?? undefined);
    return RESPONSE_ALREADY_SENT;
  }
  const response = new Response(body ? new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength) : null, { status, headers });
  complete.add(response);
  return response;
}

/** The headers of one kind of answer for a version, built once per CORS origin. */
function answerHeaders(entry: EncodedVersion, kind: '304' | 'gzip' | 'identity', common: Record<string, string>): Record<string, string> {
  const key = `${kind} ${common['Access-Control-Allow-Origin'] ?? ''}`;
  let headers = entry.built.get(key);
  if (!headers) {
    headers = { ...common, ...entry.headers };
    if (kind !== '304') {
      const body = kind === 'gzip' && entry.gzip ? entry.gzip : entry.identity;
      headers['Content-Type'] = 'application/json; charset=utf-8';
      headers['Content-Length'] = String(body.length);
      if (kind === 'gzip') headers['Content-Encoding'] = 'gzip';
    }
    if (entry.built.size >= 64) entry.built.clear();
    entry.built.set(key, headers);
  }
  return headers;
}

/** A stored version as the response body, or 304 when the client already has it; gzip when the client takes it. */
function packResponse(c: Context, stored: StoredVersion, common: Record<string, string>): Response {
  return encodedResponse(c, encoded(stored), stored.etag, common);
}

function encodedResponse(c: Context, entry: EncodedVersion, etag: string, common: Record<string, string>): Response {
  if (etagMatches(requestHeader(c, 'if-none-match'), etag)) return send(c, 304, answerHeaders(entry, '304', common), null);
  const gzip = entry.gzip !== null && acceptsGzip(requestHeader(c, 'accept-encoding'));
  return send(c, 200, answerHeaders(entry, gzip ? 'gzip' : 'identity', common), gzip && entry.gzip ? entry.gzip : entry.identity);
}

type BodyRead = { ok: true; text: string } | { ok: false; status: 400 | 413; error: string };

/**
 * Reads the request body, refusing more than `max` bytes. Content-Length is checked first
 * (cheap), then the bytes actually read, since a chunked upload declares no length.
 */
export async function readBodyLimited(req: Request, max: number): Promise<BodyRead> {
  const tooLarge: BodyRead = { ok: false, status: 413, error: `the body is larger than ${max} bytes` };
  const declared = req.headers.get('Content-Length');
  if (declared !== null && Number(declared) > max) return tooLarge;
  if (!req.body) return { ok: true, text: '' };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return tooLarge;
    }
    chunks.push(value);
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)) };
  } catch {
    return { ok: false, status: 400, error: 'the body is not UTF-8 text' };
  }
}

type BytesRead = { ok: true; bytes: Buffer } | { ok: false; status: 400 | 413 | 415; error: string };

/**
 * Reads a request body that may be gzipped (`Content-Encoding: gzip`), refusing more than
 * `max` bytes of content while it streams in: the count is of the bytes after gzip is undone,
 * so a small compressed upload cannot unpack into gigabytes, and an oversized one is refused at
 * the first chunk past the limit rather than after buffering it all.
 */
export async function readMaybeGzipBody(req: Request, max: number, what: string): Promise<BytesRead> {
  const tooLarge: BytesRead = { ok: false, status: 413, error: `the ${what} is larger than the server accepts (${Math.floor(max / 1048576) >= 1 ? `${(max / 1048576).toFixed(0)} MB` : `${max} bytes`}); nothing was published` };
  const encoding = (req.headers.get('Content-Encoding') ?? 'identity').trim().toLowerCase() || 'identity';
  const gzipped = encoding === 'gzip' || encoding === 'x-gzip';
  if (!gzipped && encoding !== 'identity') return { ok: false, status: 415, error: `the body is encoded as "${clip(encoding, 40)}"; send it as is or with Content-Encoding: gzip` };
  // A compressed body is never larger than its content by more than a few bytes, so the declared length is a safe first check either way.
  const declared = req.headers.get('Content-Length');
  if (declared !== null && Number(declared) > max + 1024) return tooLarge;
  if (!req.body) return { ok: true, bytes: Buffer.alloc(0) };
  const stream = gzipped ? req.body.pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>) : req.body;
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > max) {
        await reader.cancel().catch(() => undefined);
        return tooLarge;
      }
      chunks.push(value);
    }
  } catch (err) {
    await reader.cancel().catch(() => undefined);
    return { ok: false, status: 400, error: gzipped ? `the body is not valid gzip (${clip((err as Error).message, 100)}); nothing was published` : `the upload broke off: ${clip((err as Error).message, 100)}` };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

/** What a book publish is based on: `If-Match` (an ETag, or `*`) or `?base=N`; null when neither was sent. */
function bookBase(c: Context): BookBase | null | 'invalid' {
  const ifMatch = requestHeader(c, 'if-match')?.trim();
  if (ifMatch) return { etag: ifMatch.replace(/^W\//, '') };
  const base = c.req.query('base');
  if (base === undefined) return null;
  return /^(0|[1-9]\d{0,8})$/.test(base) ? { version: Number(base) } : 'invalid';
}

type PackRead = { ok: true; pack: Pack } | { ok: false; response: Response };

/**
 * The request body as a valid pack, or the 400/413 answer. `server` (publishedAt,
 * publishedBy) replaces whatever the client sent: the server's clock and the name of the
 * manager token are the record of who published when (#9).
 */
async function readPack(c: Context, maxBytes: number, server: Pick<Pack, 'publishedAt' | 'publishedBy'>): Promise<PackRead> {
  const body = await readBodyLimited(c.req.raw, maxBytes);
  if (!body.ok) {
    // The rest of an oversized upload is not read; closing is cheaper than draining it.
    if (body.status === 413) c.header('Connection', 'close');
    return { ok: false, response: jsonError(c, body.status, body.error, body.status === 400 ? capErrors([{ path: '', message: body.error }]) : {}) };
  }
  let input: unknown;
  try {
    input = JSON.parse(body.text);
  } catch (err) {
    const message = `not valid JSON: ${(err as Error).message}`;
    return { ok: false, response: jsonError(c, 400, `the body is ${message}`, capErrors([{ path: '', message }])) };
  }
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) input = { ...input, ...server };
  const parsed = parsePack(input);
  if (!parsed.ok) return { ok: false, response: jsonError(c, 400, 'the pack is not valid; nothing was published', capErrors(parsed.errors)) };
  return { ok: true, pack: parsed.pack };
}

/** Stores `pack` as the team's next version: 201, or 409 with the latest version. */
function publishResponse(c: Context, store: PackStore, team: string, pack: Pack, extra: Record<string, unknown> = {}): Response {
  const outcome = store.publish(team, pack, JSON.stringify(pack));
  if (outcome.ok) {
    c.header('ETag', outcome.etag);
    return c.json({ version: outcome.version, publishedAt: pack.publishedAt, publishedBy: pack.publishedBy, ...extra }, 201);
  }
  if (outcome.reason === 'no-team') return jsonError(c, 404, `no team "${team}"`);
  return jsonError(c, 409, `version ${pack.version} is not the next version: the latest is ${outcome.latestVersion}, so publish version ${outcome.latestVersion + 1}`, {
    latestVersion: outcome.latestVersion,
  });
}

function parseVersionParam(raw: string | undefined): number | null {
  if (!raw || !/^[1-9]\d{0,8}$/.test(raw)) return null;
  return Number(raw);
}

/** Reads `{version, changeNotes?}` for a rollback; a `publishedBy` sent along is ignored (the token names the publisher). */
async function readRollback(c: Context): Promise<{ ok: true; version: number; changeNotes?: string } | { ok: false; response: Response }> {
  const body = await readBodyLimited(c.req.raw, 16 * 1024);
  if (!body.ok) return { ok: false, response: jsonError(c, body.status, body.error) };
  let input: unknown;
  try {
    input = JSON.parse(body.text);
  } catch {
    return { ok: false, response: jsonError(c, 400, 'send JSON such as {"version": 3}') };
  }
  const record = input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const { version, changeNotes } = record;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, response: jsonError(c, 400, '"version" must be the whole number of the version to roll back to') };
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  return { ok: true, version, changeNotes: text(changeNotes) };
}

/** Keys sorted at every level, so two packs compare by content whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** Whether two stored packs have the same ICPs, personas and settings: everything but the publication fields. */
export function sameContent(aJson: string, bJson: string): boolean {
  const content = (json: string) => {
    const { version: _v, publishedAt: _a, publishedBy: _b, changeNotes: _n, ...rest } = JSON.parse(json) as Record<string, unknown>;
    return canonical(rest);
  };
  return content(aJson) === content(bJson);
}

/** The client's address: the socket's, or the last X-Forwarded-For hop when a trusted proxy is in front. */
function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const hops = (requestHeader(c, 'x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const last = hops[hops.length - 1];
    if (last) return clip(last, 64);
  }
  // Called without a Node socket (app.fetch in a script or test): one shared bucket.
  const env = c.env as { incoming?: unknown; server?: { incoming?: unknown } } | undefined;
  if (!env?.incoming && !env?.server?.incoming) return 'unknown';
  return getConnInfo(c).remote.address ?? 'unknown';
}

const nodeReadHandlers = new WeakMap<Hono, (req: IncomingMessage, res: ServerResponse) => boolean>();

/**
 * The Node request listener for an app from createApp: the fast read path first, Hono for the
 * rest. Production (server/main.ts), the benchmark and the tests serve through this.
 */
export function nodeListener(app: Hono): (req: IncomingMessage, res: ServerResponse) => void {
  const fast = nodeReadHandlers.get(app);
  const hono = getRequestListener(app.fetch);
  return (req, res) => {
    if (fast?.(req, res)) return;
    void hono(req, res);
  };
}

/** Serves `app` on host and port (0: any free port) through nodeListener; `onListening` gets the port. */
export function listenApp(app: Hono, options: { hostname: string; port: number }, onListening?: (info: AddressInfo) => void): Server {
  const server = createServer(nodeListener(app));
  server.listen(options.port, options.hostname, () => onListening?.(server.address() as AddressInfo));
  return server;
}

export function createApp({
  store,
  originPolicy = parseOriginPolicy(undefined, undefined),
  maxBodyBytes = MAX_BODY_BYTES,
  maxBookBytes = BOOK_LIMITS.bytes,
  now = () => new Date(),
  authFailuresPerMinute = 10,
  trustProxy = false,
  log = (line) => console.warn(line),
}: AppOptions): Hono {
  const app = new Hono();
  const byAddress = new FailureLimiter({ limit: authFailuresPerMinute, now: () => now().getTime() });
  const byTeam = new FailureLimiter({ limit: authFailuresPerMinute, now: () => now().getTime() });
  /**
   * Address and team pairs that authenticated in the last day. A team's failure limit does
   * not apply to them, so someone failing on purpose against a known team name cannot lock
   * that team's reps out; the per-address limit still applies to everyone.
   */
  const recentlyGood = new Map<string, number>();
  const GOOD_FOR_MS = 24 * 60 * 60 * 1000;

  type Access = { ok: true; token: TokenRecord } | { ok: false; response: Response };
  type Grant = { ok: true; token: TokenRecord } | { ok: false; status: 401 | 403 | 429; error: string; headers: Record<string, string> };

  /**
   * Checks the bearer token against the team in the URL. A wrong token and an unknown team
   * take the same path (storage.checkToken) and get the same 403, so the API tells strangers
   * nothing about which teams exist. Failures count against the client's address and the
   * team name; over the limit, the answer is 429 before any token is checked. Free of Hono,
   * so the Node fast path for reads (nodeReadHandler) takes exactly the same steps.
   */
  function grant(authorization: string | undefined, name: string, address: string, method: string, path: string, need: Role): Grant {
    const token = bearerToken(authorization);
    if (!token)
      return { ok: false, status: 401, error: 'send the team token as "Authorization: Bearer <token>"', headers: { 'WWW-Authenticate': 'Bearer realm="leadfit"' } };
    const pair = `${address}\n${name}`;
    const nowMs = now().getTime();
    const lastGood = recentlyGood.get(pair) ?? 0;
    const knownGood = lastGood > nowMs - GOOD_FOR_MS;
    const wait = Math.max(byAddress.retryAfter(address), knownGood ? 0 : byTeam.retryAfter(name));
    if (wait > 0)
      return { ok: false, status: 429, error: `too many failed attempts with a wrong token; try again in ${wait} s`, headers: { 'Retry-After': String(wait) } };
    const record = store.authenticate(name, token);
    if (!record) {
      const fromAddress = byAddress.fail(address);
      const forTeam = byTeam.fail(name);
      const limited = fromAddress >= byAddress.limit || forTeam >= byTeam.limit ? '; further attempts get 429 for a minute' : '';
      log(
        `leadfit-server: authentication failed: address ${address}, team ${JSON.stringify(clip(name, 64))}, ${method} ${clip(path, 100)} ` +
          `(${fromAddress} from this address and ${forTeam} for this team in the last minute${limited})`,
      );
      return { ok: false, status: 403, error: `this token is not valid for team "${clip(name, 64)}"`, headers: {} };
    }
    // Refreshed at most once a minute per pair: re-inserting keeps the map in least-recent order.
    if (lastGood < nowMs - 60_000) {
      recentlyGood.delete(pair);
      recentlyGood.set(pair, nowMs);
    }
    if (recentlyGood.size > 10_000) {
      const oldest = recentlyGood.keys().next().value;
      if (oldest !== undefined) recentlyGood.delete(oldest);
    }
    if (need === 'manager' && record.role !== 'manager') return { ok: false, status: 403, error: 'publishing needs a manager token; this is a reader token', headers: {} };
    return { ok: true, token: record };
  }

  function authorize(c: Context, need: Role): Access {
    const result = grant(requestHeader(c, 'authorization'), c.req.param('team') ?? '', clientAddress(c, trustProxy), c.req.method, c.req.path, need);
    if (result.ok) return result;
    for (const [header, value] of Object.entries(result.headers)) c.header(header, value);
    return { ok: false, response: jsonError(c, result.status, result.error) };
  }

  /**
   * The headers every answer carries: nosniff, and CORS for an allowed browser origin (the
   * extension's). One plain object, so the pack answers can be sent with all their headers at
   * once; setting headers on a finished Hono response copies it (#17).
   */
  function commonHeaders(c: Context): Record<string, string> {
    const origin = requestHeader(c, 'origin');
    const headers: Record<string, string> = {
      'X-Content-Type-Options': 'nosniff',
      'Access-Control-Expose-Headers': `ETag, Retry-After, ${BOOK_VERSION_HEADER}`,
      Vary: 'Origin',
    };
    if (origin && isAllowedOrigin(origin, originPolicy)) headers['Access-Control-Allow-Origin'] = origin;
    return headers;
  }

  // A browser page from any other origin is refused outright (not just left without CORS
  // headers), so a web page cannot even make the server do work with a leaked token.
  app.use('*', async (c, next) => {
    const origin = requestHeader(c, 'origin');
    if (origin !== undefined && !isAllowedOrigin(origin, originPolicy)) {
      c.header('X-Content-Type-Options', 'nosniff');
      return jsonError(c, 403, `requests from ${clip(origin, 200)} are not allowed`);
    }
    if (c.req.method === 'OPTIONS') {
      // The CORS preflight: what the extension may send, cached by the browser for 10 minutes.
      return c.body(null, 204, {
        ...commonHeaders(c),
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Authorization, If-None-Match, If-Match, Content-Type, Content-Encoding',
        'Access-Control-Max-Age': '600',
      });
    }
    await next();
    if (complete.has(c.res)) return;
    for (const [name, value] of Object.entries(commonHeaders(c))) c.header(name, value, name === 'Vary' ? { append: true } : undefined);
  });

  app.get('/health', (c) => c.json({ ok: true }));

  app.get('/v1/teams/:team/pack', (c) => {
    const access = authorize(c, 'reader');
    if (!access.ok) return access.response;
    const latest = store.latest(access.token.team);
    if (!latest) return jsonError(c, 404, `team "${access.token.team}" has not published a pack yet`);
    return packResponse(c, latest, commonHeaders(c));
  });

  app.get('/v1/teams/:team/versions', (c) => {
    const access = authorize(c, 'reader');
    if (!access.ok) return access.response;
    c.header('Cache-Control', 'no-cache');
    return c.json(store.listVersions(access.token.team));
  });

  app.get('/v1/teams/:team/versions/:version', (c) => {
    const access = authorize(c, 'reader');
    if (!access.ok) return access.response;
    const version = parseVersionParam(c.req.param('version'));
    if (version === null) return jsonError(c, 400, 'the version must be a whole number of 1 or more');
    const stored = store.getVersion(access.token.team, version);
    if (!stored) return jsonError(c, 404, `team "${access.token.team}" has no version ${version}`);
    return packResponse(c, stored, commonHeaders(c));
  });

  app.post('/v1/teams/:team/pack', async (c) => {
    const access = authorize(c, 'manager');
    if (!access.ok) return access.response;
    const read = await readPack(c, maxBodyBytes, { publishedAt: now().toISOString(), publishedBy: access.token.name });
    if (!read.ok) return read.response;
    return publishResponse(c, store, access.token.team, read.pack);
  });

  /**
   * Rollback = publish an old version's content as the next version. Reps' extensions
   * only ever move forward, so they pick it up like any new version.
   */
  app.post('/v1/teams/:team/rollback', async (c) => {
    const access = authorize(c, 'manager');
    if (!access.ok) return access.response;
    const request = await readRollback(c);
    if (!request.ok) return request.response;
    const team = access.token.team;
    const old = store.getVersion(team, request.version);
    if (!old) return jsonError(c, 404, `team "${team}" has no version ${request.version}`);
    const latest = store.latest(team);
    const latestVersion = latest?.version ?? 0;
    if (latest && sameContent(old.json, latest.json))
      return jsonError(
        c,
        409,
        request.version === latestVersion
          ? `version ${request.version} is the latest version already, so rolling back to it would change nothing; nothing was published`
          : `version ${request.version} has the same content as the latest version ${latestVersion}, so rolling back to it would change nothing; nothing was published`,
        { latestVersion, reason: 'no-change' },
      );
    const parsed = parsePack(JSON.parse(old.json) as unknown);
    if (!parsed.ok) return jsonError(c, 500, `version ${request.version} no longer passes validation and cannot be restored`);
    const pack: Pack = {
      ...parsed.pack,
      version: latestVersion + 1,
      publishedAt: now().toISOString(),
      publishedBy: access.token.name,
      changeNotes: request.changeNotes ?? `Rolled back to version ${request.version} (from version ${latestVersion}).`,
    };
    return publishResponse(c, store, team, pack, { rolledBackTo: request.version });
  });

  // ---- The team's account book (#11): beside the pack, versioned, pulled with an ETag.

  app.get('/v1/teams/:team/book', (c) => {
    const access = authorize(c, 'reader');
    if (!access.ok) return access.response;
    const latest = store.latestBook(access.token.team);
    if (!latest) return jsonError(c, 404, `team "${access.token.team}" has not published an account book yet`);
    return encodedResponse(c, encodedBook(latest), latest.etag, commonHeaders(c));
  });

  app.get('/v1/teams/:team/book/versions', (c) => {
    const access = authorize(c, 'reader');
    if (!access.ok) return access.response;
    c.header('Cache-Control', 'no-cache');
    return c.json(store.listBookVersions(access.token.team));
  });

  app.get('/v1/teams/:team/book/versions/:version', (c) => {
    const access = authorize(c, 'reader');
    if (!access.ok) return access.response;
    const version = parseVersionParam(c.req.param('version'));
    if (version === null) return jsonError(c, 400, 'the version must be a whole number of 1 or more');
    const stored = store.getBookVersion(access.token.team, version);
    if (!stored) return jsonError(c, 404, `team "${access.token.team}" has no account book version ${version} (the server keeps the latest versions only)`);
    return encodedResponse(c, encodedBook(stored), stored.etag, commonHeaders(c));
  });

  /**
   * A manager publishes the whole book as the next version. The publish names what it replaces
   * (If-Match with the ETag pulled, or ?base=<version>, 0 for the first), so a manager who
   * publishes over a colleague's newer book gets 409 instead of silently undoing it. The
   * precondition is checked before the body is read (a 30 MB upload that would be refused is
   * not read) and again in the storing transaction.
   */
  app.post('/v1/teams/:team/book', async (c) => {
    const access = authorize(c, 'manager');
    if (!access.ok) return access.response;
    const team = access.token.team;
    const base = bookBase(c);
    if (base === 'invalid') return jsonError(c, 400, '"base" must be the whole number of the book version you are replacing (0 when the team has none)');
    if (base === null)
      return jsonError(
        c,
        428,
        'say which account book you are replacing: send "If-Match: <the ETag of the book you pulled>" or ?base=<its version> (?base=0 for the team\'s first book); nothing was published',
      );
    const conflict = (latestVersion: number, latestEtag: string | null) => {
      c.header('Connection', 'close');
      const mine = 'version' in base ? `version ${base.version}` : 'the book with the ETag you sent';
      return jsonError(
        c,
        409,
        latestVersion === 0
          ? `the team has no account book yet, so there is nothing to replace: publish with ?base=0; nothing was published`
          : `someone published account book version ${latestVersion} after ${mine}: pull the latest book, re-apply your changes and publish again; nothing was published`,
        { latestVersion, latestEtag },
      );
    };
    const before = store.latestBook(team);
    const beforeVersion = before?.version ?? 0;
    if ('version' in base ? base.version !== beforeVersion : !before || (base.etag !== '*' && base.etag !== before.etag)) return conflict(beforeVersion, before?.etag ?? null);

    const body = await readMaybeGzipBody(c.req.raw, maxBookBytes, 'account book');
    if (!body.ok) {
      if (body.status === 413) c.header('Connection', 'close');
      return jsonError(c, body.status, body.error);
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body.bytes);
    } catch {
      return jsonError(c, 400, 'the body is not UTF-8 text; nothing was published');
    }
    const parsed = parseBookJson(text);
    if (!parsed.ok) return jsonError(c, 400, `${parsed.error}; nothing was published`);
    // Stored as validated (unknown fields dropped), so readers get exactly what the schema allows.
    const identity = Buffer.from(JSON.stringify(parsed.book), 'utf8');
    const json = identity.toString('utf8');
    // Off the event loop: gzipping tens of megabytes must not stall the reads meanwhile.
    const gzipped = await gzipAsync(identity);
    const outcome = store.publishBook(team, base, {
      publishedAt: now().toISOString(),
      publishedBy: access.token.name,
      accounts: parsed.book.accounts.length,
      bytes: identity.length,
      etag: etagOf(json),
      gzip: gzipped,
    });
    if (!outcome.ok) {
      if (outcome.reason === 'no-team') return jsonError(c, 404, `no team "${team}"`);
      return conflict(outcome.latestVersion, outcome.latestEtag);
    }
    const stored = store.latestBook(team);
    if (stored && stored.etag === outcome.etag) encodedBook(stored, identity);
    c.header('ETag', outcome.etag);
    return c.json(
      { version: outcome.version, etag: outcome.etag, accounts: parsed.book.accounts.length, bytes: identity.length, gzipBytes: gzipped.length, publishedAt: stored?.publishedAt, publishedBy: access.token.name },
      201,
    );
  });

  /**
   * The Node fast path for the two reads every extension polls, GET …/pack and GET …/book
   * (#17): straight from Node's request to the socket, with the same origin check, token check,
   * rate limits and cached encodings as the Hono routes, but without building a fetch Request,
   * a Hono context and a Response per poll, which cost more than the answer itself. Anything
   * else (another method or path, an origin that is refused, an OPTIONS preflight) returns
   * false and goes to Hono.
   */
  const readPath = /^\/v1\/teams\/([a-z0-9][a-z0-9-]{0,63})\/(pack|book)(?:\?.*)?$/;
  const nodeReadHandler = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET') return false;
    const match = readPath.exec(req.url ?? '');
    if (!match) return false;
    const origin = req.headers.origin;
    if (origin !== undefined && !isAllowedOrigin(origin, originPolicy)) return false;
    const name = match[1]!;
    const kind = match[2] as 'pack' | 'book';
    const common: Record<string, string> = {
      'X-Content-Type-Options': 'nosniff',
      'Access-Control-Expose-Headers': `ETag, Retry-After, ${BOOK_VERSION_HEADER}`,
      Vary: 'Origin',
    };
    if (origin) common['Access-Control-Allow-Origin'] = origin;
    const fail = (status: number, error: string, headers: Record<string, string> = {}) => {
      const body = JSON.stringify({ error: clip(error, 2 * MAX_ERROR_TEXT) });
      res.writeHead(status, { ...common, ...headers, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) });
      res.end(body);
      return true;
    };
    let address = req.socket.remoteAddress ?? 'unknown';
    if (trustProxy) {
      const forwarded = req.headers['x-forwarded-for'];
      const hops = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',').map((h) => h.trim()).filter(Boolean);
      const last = hops[hops.length - 1];
      if (last) address = clip(last, 64);
    }
    const access = grant(req.headers.authorization, name, address, 'GET', (req.url ?? '').split('?')[0]!, 'reader');
    if (!access.ok) return fail(access.status, access.error, access.headers);
    const team = access.token.team;
    let entry: EncodedVersion;
    let etag: string;
    if (kind === 'pack') {
      const latest = store.latest(team);
      if (!latest) return fail(404, `team "${team}" has not published a pack yet`);
      entry = encoded(latest);
      etag = latest.etag;
    } else {
      const latest = store.latestBook(team);
      if (!latest) return fail(404, `team "${team}" has not published an account book yet`);
      entry = encodedBook(latest);
      etag = latest.etag;
    }
    const ifNoneMatch = req.headers['if-none-match'];
    if (etagMatches(ifNoneMatch, etag)) {
      res.writeHead(304, answerHeaders(entry, '304', common));
      res.end();
      return true;
    }
    const gzip = entry.gzip !== null && acceptsGzip(req.headers['accept-encoding']);
    res.writeHead(200, answerHeaders(entry, gzip ? 'gzip' : 'identity', common));
    res.end(gzip && entry.gzip ? entry.gzip : entry.identity);
    return true;
  };
  nodeReadHandlers.set(app, nodeReadHandler);

  app.notFound((c) => jsonError(c, 404, `no such endpoint: ${c.req.method} ${clip(c.req.path, 200)}`));
  app.onError((err, c) => {
    console.error('leadfit-server:', err);
    return jsonError(c, 500, 'internal server error');
  });
  return app;
}
