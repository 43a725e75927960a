import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { parsePack, type Pack, type PackError } from '../lib/profiles/schema';
import { roleOf, type PackStore, type Role, type StoredVersion, type Team } from './storage';

/**
 * The team sync HTTP API (see docs/sync.md). Reps pull the latest pack with a reader
 * token and an ETag, so the usual answer is a body-less 304; managers publish the next
 * version with a manager token. Packs are validated with the same schema the extension
 * uses, so the server never hands out a pack the extension would refuse.
 */

export interface AppOptions {
  store: PackStore;
  /**
   * Origins allowed to call the API from a browser. Empty or absent: any extension
   * origin (`chrome-extension://…`, `moz-extension://…`). An entry ending in `*` is a prefix.
   */
  allowedOrigins?: string[];
  /** Largest accepted request body, in bytes. @default 1 MiB */
  maxBodyBytes?: number;
  /** The clock, for rollbacks' publishedAt; tests pass a fixed one. */
  now?: () => Date;
}

export const MAX_BODY_BYTES = 1024 * 1024;

const EXTENSION_ORIGINS = ['chrome-extension://', 'moz-extension://'];

/** Whether a browser page at `origin` may call the API. */
export function isAllowedOrigin(origin: string, allowed: readonly string[] | undefined): boolean {
  if (!allowed || allowed.length === 0) return EXTENSION_ORIGINS.some((prefix) => origin.startsWith(prefix) && origin.length > prefix.length);
  return allowed.some((entry) => (entry.endsWith('*') ? origin.startsWith(entry.slice(0, -1)) : origin === entry));
}

/** Reads LEADFIT_ALLOWED_ORIGINS: origins separated by commas or spaces. */
export function parseAllowedOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function jsonError(c: Context, status: 400 | 401 | 403 | 404 | 409 | 413 | 500, error: string, extra: Record<string, unknown> = {}): Response {
  return c.json({ error, ...extra }, status);
}

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

type Access = { ok: true; team: Team; role: Role } | { ok: false; response: Response };

/**
 * Checks the bearer token against the team. An unknown team answers 403 like a wrong
 * token, so the API does not tell strangers which team names exist.
 */
function authorize(c: Context, store: PackStore, need: Role): Access {
  const token = bearerToken(c.req.header('Authorization'));
  if (!token) {
    c.header('WWW-Authenticate', 'Bearer realm="leadfit"');
    return { ok: false, response: jsonError(c, 401, 'send the team token as "Authorization: Bearer <token>"') };
  }
  const name = c.req.param('team') ?? '';
  const team = store.getTeam(name);
  const role = team ? roleOf(team, token) : null;
  if (!team || !role) return { ok: false, response: jsonError(c, 403, `this token is not valid for team "${name}"`) };
  if (need === 'manager' && role !== 'manager')
    return { ok: false, response: jsonError(c, 403, 'publishing needs the manager token; this is a reader token') };
  return { ok: true, team, role };
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/` is ignored. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag));
}

/** A stored version as the response body, or 304 when the client already has it. */
function packResponse(c: Context, stored: StoredVersion): Response {
  // no-cache: caches may keep it but must revalidate, so a new version shows up at once.
  const headers = { ETag: stored.etag, 'Cache-Control': 'no-cache' };
  if (etagMatches(c.req.header('If-None-Match'), stored.etag)) return c.body(null, 304, headers);
  return c.body(stored.json, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
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

/** The request body as a valid pack, or the 400/413 answer. */
async function readPack(c: Context, maxBytes: number): Promise<PackRead> {
  const body = await readBodyLimited(c.req.raw, maxBytes);
  if (!body.ok) {
    // The rest of an oversized upload is not read; closing is cheaper than draining it.
    if (body.status === 413) c.header('Connection', 'close');
    return { ok: false, response: jsonError(c, body.status, body.error, body.status === 400 ? { errors: [{ path: '', message: body.error }] } : {}) };
  }
  let input: unknown;
  try {
    input = JSON.parse(body.text);
  } catch (err) {
    const message = `not valid JSON: ${(err as Error).message}`;
    return { ok: false, response: jsonError(c, 400, `the body is ${message}`, { errors: [{ path: '', message }] satisfies PackError[] }) };
  }
  const parsed = parsePack(input);
  if (!parsed.ok) return { ok: false, response: jsonError(c, 400, 'the pack is not valid; nothing was published', { errors: parsed.errors }) };
  return { ok: true, pack: parsed.pack };
}

/** Stores `pack` as the team's next version: 201, or 409 with the latest version. */
function publishResponse(c: Context, store: PackStore, team: string, pack: Pack, extra: Record<string, unknown> = {}): Response {
  const outcome = store.publish(team, pack, JSON.stringify(pack));
  if (outcome.ok) {
    c.header('ETag', outcome.etag);
    return c.json({ version: outcome.version, publishedAt: pack.publishedAt, ...extra }, 201);
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

/** Reads `{version, publishedBy?, changeNotes?}` for a rollback. */
async function readRollback(c: Context): Promise<{ ok: true; version: number; publishedBy?: string; changeNotes?: string } | { ok: false; response: Response }> {
  const body = await readBodyLimited(c.req.raw, 16 * 1024);
  if (!body.ok) return { ok: false, response: jsonError(c, body.status, body.error) };
  let input: unknown;
  try {
    input = JSON.parse(body.text);
  } catch {
    return { ok: false, response: jsonError(c, 400, 'send JSON such as {"version": 3}') };
  }
  const record = input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const { version, publishedBy, changeNotes } = record;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, response: jsonError(c, 400, '"version" must be the whole number of the version to roll back to') };
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  return { ok: true, version, publishedBy: text(publishedBy), changeNotes: text(changeNotes) };
}

export function createApp({ store, allowedOrigins, maxBodyBytes = MAX_BODY_BYTES, now = () => new Date() }: AppOptions): Hono {
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });

  // A browser page from any other origin is refused outright (not just left without CORS
  // headers), so a web page cannot even make the server do work with a leaked token.
  app.use('*', async (c, next) => {
    const origin = c.req.header('Origin');
    if (origin !== undefined && !isAllowedOrigin(origin, allowedOrigins)) return jsonError(c, 403, `requests from ${origin} are not allowed`);
    await next();
  });

  app.use(
    '*',
    cors({
      origin: (origin) => (origin && isAllowedOrigin(origin, allowedOrigins) ? origin : null),
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Authorization', 'If-None-Match', 'Content-Type'],
      exposeHeaders: ['ETag'],
      maxAge: 600,
    }),
  );

  app.get('/health', (c) => c.json({ ok: true }));

  app.get('/v1/teams/:team/pack', (c) => {
    const access = authorize(c, store, 'reader');
    if (!access.ok) return access.response;
    const latest = store.latest(access.team.name);
    if (!latest) return jsonError(c, 404, `team "${access.team.name}" has not published a pack yet`);
    return packResponse(c, latest);
  });

  app.get('/v1/teams/:team/versions', (c) => {
    const access = authorize(c, store, 'reader');
    if (!access.ok) return access.response;
    c.header('Cache-Control', 'no-cache');
    return c.json(store.listVersions(access.team.name));
  });

  app.get('/v1/teams/:team/versions/:version', (c) => {
    const access = authorize(c, store, 'reader');
    if (!access.ok) return access.response;
    const version = parseVersionParam(c.req.param('version'));
    if (version === null) return jsonError(c, 400, 'the version must be a whole number of 1 or more');
    const stored = store.getVersion(access.team.name, version);
    if (!stored) return jsonError(c, 404, `team "${access.team.name}" has no version ${version}`);
    return packResponse(c, stored);
  });

  app.post('/v1/teams/:team/pack', async (c) => {
    const access = authorize(c, store, 'manager');
    if (!access.ok) return access.response;
    const read = await readPack(c, maxBodyBytes);
    if (!read.ok) return read.response;
    return publishResponse(c, store, access.team.name, read.pack);
  });

  /**
   * Rollback = publish an old version's content as the next version. Reps' extensions
   * only ever move forward, so they pick it up like any new version.
   */
  app.post('/v1/teams/:team/rollback', async (c) => {
    const access = authorize(c, store, 'manager');
    if (!access.ok) return access.response;
    const request = await readRollback(c);
    if (!request.ok) return request.response;
    const team = access.team.name;
    const old = store.getVersion(team, request.version);
    if (!old) return jsonError(c, 404, `team "${team}" has no version ${request.version}`);
    const parsed = parsePack(JSON.parse(old.json) as unknown);
    if (!parsed.ok) return jsonError(c, 500, `version ${request.version} no longer passes validation and cannot be restored`);
    const latestVersion = store.latest(team)?.version ?? 0;
    const pack: Pack = {
      ...parsed.pack,
      version: latestVersion + 1,
      publishedAt: now().toISOString(),
      publishedBy: request.publishedBy ?? parsed.pack.publishedBy,
      changeNotes: request.changeNotes ?? `Rolled back to version ${request.version} (from version ${latestVersion}).`,
    };
    return publishResponse(c, store, team, pack, { rolledBackTo: request.version });
  });

  app.notFound((c) => jsonError(c, 404, `no such endpoint: ${c.req.method} ${c.req.path}`));
  app.onError((err, c) => {
    console.error('leadfit-server:', err);
    return jsonError(c, 500, 'internal server error');
  });
  return app;
}
