import { getConnInfo } from '@hono/node-server/conninfo';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { Hono, type Context } from 'hono';
import { PACK_LIMITS } from '../lib/profiles/limits';
import { parsePack, type Pack, type PackError } from '../lib/profiles/schema';
import { isAllowedOrigin, parseOriginPolicy, type OriginPolicy } from './config';
import { FailureLimiter } from './rate-limit';
import type { PackStore, Role, StoredVersion, TokenRecord } from './storage';

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

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500;

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
  const entry = encoded(stored);
  if (etagMatches(requestHeader(c, 'if-none-match'), stored.etag)) return send(c, 304, answerHeaders(entry, '304', common), null);
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

export function createApp({
  store,
  originPolicy = parseOriginPolicy(undefined, undefined),
  maxBodyBytes = MAX_BODY_BYTES,
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

  /**
   * Checks the bearer token against the team in the URL. A wrong token and an unknown team
   * take the same path (storage.checkToken) and get the same 403, so the API tells strangers
   * nothing about which teams exist. Failures count against the client's address and the
   * team name; over the limit, the answer is 429 before any token is checked.
   */
  function authorize(c: Context, need: Role): Access {
    const token = bearerToken(requestHeader(c, 'authorization'));
    if (!token) {
      c.header('WWW-Authenticate', 'Bearer realm="leadfit"');
      return { ok: false, response: jsonError(c, 401, 'send the team token as "Authorization: Bearer <token>"') };
    }
    const name = c.req.param('team') ?? '';
    const address = clientAddress(c, trustProxy);
    const pair = `${address}\n${name}`;
    const nowMs = now().getTime();
    const lastGood = recentlyGood.get(pair) ?? 0;
    const knownGood = lastGood > nowMs - GOOD_FOR_MS;
    const wait = Math.max(byAddress.retryAfter(address), knownGood ? 0 : byTeam.retryAfter(name));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return { ok: false, response: jsonError(c, 429, `too many failed attempts with a wrong token; try again in ${wait} s`) };
    }
    const record = store.authenticate(name, token);
    if (!record) {
      const fromAddress = byAddress.fail(address);
      const forTeam = byTeam.fail(name);
      const limited = fromAddress >= byAddress.limit || forTeam >= byTeam.limit ? '; further attempts get 429 for a minute' : '';
      log(
        `leadfit-server: authentication failed: address ${address}, team ${JSON.stringify(clip(name, 64))}, ${c.req.method} ${clip(c.req.path, 100)} ` +
          `(${fromAddress} from this address and ${forTeam} for this team in the last minute${limited})`,
      );
      return { ok: false, response: jsonError(c, 403, `this token is not valid for team "${clip(name, 64)}"`) };
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
    if (need === 'manager' && record.role !== 'manager')
      return { ok: false, response: jsonError(c, 403, 'publishing needs a manager token; this is a reader token') };
    return { ok: true, token: record };
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
      'Access-Control-Expose-Headers': 'ETag, Retry-After',
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
        'Access-Control-Allow-Headers': 'Authorization, If-None-Match, Content-Type',
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

  app.notFound((c) => jsonError(c, 404, `no such endpoint: ${c.req.method} ${clip(c.req.path, 200)}`));
  app.onError((err, c) => {
    console.error('leadfit-server:', err);
    return jsonError(c, 500, 'internal server error');
  });
  return app;
}
