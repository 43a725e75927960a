import { formatBytes, PACK_LIMITS } from '../profiles/limits';
import { formatPackError, parsePackJson, type Pack, type PackError } from '../profiles/schema';

/**
 * The HTTP side of team sync, kept free of browser APIs so it runs the same in the
 * extension's background, in Node and in tests: `fetch` is passed in.
 * Every function answers with a result object and never throws: a failed check must
 * leave the rep's current pack in place and show a sentence they can act on.
 */

export type CheckResult =
  | { status: 'unchanged' }
  | { status: 'error'; error: string }
  | { status: 'updated'; pack: Pack; etag: string | null };

export interface CheckOptions {
  /** The pack URL: `<server>/v1/teams/<team>/pack`, or a static HTTPS file. */
  url: string;
  token: string | null;
  /** The ETag of the pack the rep has; the server answers 304 when it is still the latest. */
  etag: string | null;
  fetch: typeof fetch;
  /** The team version the rep runs; an older one from the server is refused. */
  currentVersion: number | null;
  /** Gives up on a server that never answers (checks run one at a time, so one hung pull would hold back the rest). */
  timeoutMs?: number;
}

/** How long a pull may take, answer included (a 100,000-account book is ~3 MB gzipped). */
export const PULL_TIMEOUT_MS = 60_000;

export type PublishResult =
  | { ok: true; version: number }
  | { ok: false; error: string; errors?: PackError[]; conflict?: { latestVersion: number } };

export interface PublishOptions {
  serverUrl: string;
  team: string;
  token: string;
  /** Its publishedAt and publishedBy, if any, are not sent: the server sets them. */
  pack: Omit<Pack, 'publishedAt' | 'publishedBy'> & Partial<Pick<Pack, 'publishedAt' | 'publishedBy'>>;
  fetch: typeof fetch;
}

/** How many schema errors a sync error names; the rest are counted. */
const ERRORS_SHOWN = 3;

/** The `host[:port]` of a URL, for messages; the URL itself when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A failed fetch in words, with the cause undici hides. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) {
    // undici hides the useful part ("ECONNREFUSED") in `cause`.
    const cause = (err as Error & { cause?: unknown }).cause;
    if (cause instanceof Error && cause.message) return `${err.message} (${cause.message})`;
    return err.message;
  }
  return String(err);
}

export type LimitedRead = { ok: true; text: string } | { ok: false; tooLarge: boolean; error: string };

/**
 * Reads a response body as text, stopping as soon as it passes `maxBytes` (a declared
 * Content-Length over the limit is refused before reading): a hostile or mistaken URL cannot make
 * the extension download and hold 45 MB.
 */
export async function readTextLimited(res: Response, maxBytes: number): Promise<LimitedRead> {
  const tooLarge = (size: string): LimitedRead => ({ ok: false, tooLarge: true, error: `the answer is ${size}, larger than the limit of ${formatBytes(maxBytes)}` });
  const declared = Number(res.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    return tooLarge(formatBytes(declared));
  }
  try {
    if (!res.body) {
      const text = await res.text();
      return text.length > maxBytes ? tooLarge(`more than ${formatBytes(maxBytes)}`) : { ok: true, text };
    }
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let received = 0;
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel().catch(() => {});
        return tooLarge(`more than ${formatBytes(maxBytes)}`);
      }
      text += decoder.decode(value, { stream: true });
    }
    return { ok: true, text: text + decoder.decode() };
  } catch (err) {
    return { ok: false, tooLarge: false, error: errorMessage(err) };
  }
}

/** Error bodies are short sentences; more than this is not read. */
const ERROR_BODY_LIMIT = 64_000;

/** Reads a `{error}` JSON body if there is one; undefined for anything else. */
async function readJson(res: Response): Promise<unknown> {
  const read = await readTextLimited(res, ERROR_BODY_LIMIT);
  if (!read.ok || !read.text) return undefined;
  try {
    return JSON.parse(read.text) as unknown;
  } catch {
    return undefined;
  }
}

function field(body: unknown, key: string): unknown {
  return body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
}

/** The server's own `{error}` sentence, appended to ours when present. */
function serverSays(body: unknown): string {
  const error = field(body, 'error');
  return typeof error === 'string' && error ? ` (server: ${error})` : '';
}

/**
 * "a: x; b: y; c: z (and 4 more)". `total`: how many errors there are in all, when `errors` is
 * only the first of them (the server caps the list in its 400 body and counts the rest in `errorCount`).
 */
export function summarizePackErrors(errors: readonly PackError[], shown = ERRORS_SHOWN, total = errors.length): string {
  const listed = errors.slice(0, shown);
  const head = listed.map(formatPackError).join('; ');
  const rest = Math.max(total, errors.length) - listed.length;
  return rest > 0 ? `${head} (and ${rest} more)` : head;
}

/** "too many failed attempts, try again in 42 s", from the 429's Retry-After (seconds or an HTTP date). */
function retryAfterText(res: Response | null, now = Date.now()): string {
  const raw = res?.headers.get('Retry-After')?.trim() ?? '';
  let seconds: number | null = null;
  if (/^\d+$/.test(raw)) seconds = Number(raw);
  else if (raw) {
    const at = Date.parse(raw);
    if (!Number.isNaN(at)) seconds = Math.max(0, Math.ceil((at - now) / 1000));
  }
  return seconds === null ? 'too many failed attempts, try again in a minute' : `too many failed attempts, try again in ${seconds} s`;
}

/** A sentence for a failed GET, by status. */
function pullError(status: number, url: string, hadToken: boolean, body: unknown, res: Response | null = null): string {
  const host = hostOf(url);
  const extra = serverSays(body);
  // The server limits wrong tokens per address and team; a right token waits too until the minute is over.
  if (status === 429) return `the sync server at ${host} says ${retryAfterText(res)}: check the token in Options → Team sync`;
  if (status === 401)
    return hadToken
      ? `the sync server at ${host} did not accept the token${extra}: check the token in Options → Team sync`
      : `the sync server at ${host} needs a token${extra}: enter the reader token your manager gave you in Options → Team sync`;
  if (status === 403) return `the sync server at ${host} refused the token for this team${extra}: check the team name and token in Options → Team sync`;
  if (status === 404) return `no pack at ${url} (HTTP 404)${extra}: check the address and team name, or ask your manager to publish the first version`;
  if (status >= 500) return `the sync server at ${host} had a problem (HTTP ${status})${extra}; LeadFit keeps the current pack and tries again later`;
  return `unexpected answer from ${host}: HTTP ${status}${extra}`;
}

/**
 * Asks for the team pack, sending the ETag of the one the rep has, and validates what
 * comes back. A pack that fails validation or is older than the current one is an error,
 * so it never replaces the last good pack.
 */
export async function checkForUpdate({ url, token, etag, fetch: fetchImpl, currentVersion, timeoutMs = PULL_TIMEOUT_MS }: CheckOptions): Promise<CheckResult> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (etag) headers['If-None-Match'] = etag;

  let res: Response;
  try {
    res = await fetchImpl(url, { method: 'GET', headers, cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    return { status: 'error', error: `could not reach ${hostOf(url)}: ${errorMessage(err)}` };
  }
  if (res.status === 304) return { status: 'unchanged' };
  if (!res.ok) return { status: 'error', error: pullError(res.status, url, Boolean(token), await readJson(res), res) };

  const read = await readTextLimited(res, PACK_LIMITS.maxBytes);
  if (!read.ok)
    return {
      status: 'error',
      error: read.tooLarge
        ? `the pack at ${url} was not used: ${read.error}; the current pack was kept`
        : `the download from ${hostOf(url)} broke off: ${read.error}`,
    };
  const parsed = parsePackJson(read.text);
  if (!parsed.ok && parsed.errors.length === 1 && parsed.errors[0]!.path === '' && parsed.errors[0]!.message.startsWith('not valid JSON'))
    return { status: 'error', error: `the answer from ${url} is not JSON, so it is not a LeadFit pack; the current pack was kept` };
  if (!parsed.ok)
    return { status: 'error', error: `the pack at ${url} is not valid, so the current pack was kept: ${summarizePackErrors(parsed.errors)}` };
  const pack = parsed.pack;
  if (currentVersion !== null && pack.version < currentVersion)
    return { status: 'error', error: `server sent version ${pack.version}, older than the version ${currentVersion} you have; the current pack was kept` };
  return { status: 'updated', pack, etag: res.headers.get('ETag') };
}

function isPackError(value: unknown): value is PackError {
  return typeof field(value, 'path') === 'string' && typeof field(value, 'message') === 'string';
}

/** A result for a refused publish, by status. */
function publishError(status: number, body: unknown, serverUrl: string, team: string, res: Response | null = null): PublishResult {
  const host = hostOf(serverUrl);
  const extra = serverSays(body);
  switch (status) {
    case 400: {
      const raw = field(body, 'errors');
      const errors = Array.isArray(raw) ? raw.filter(isPackError) : [];
      // The server lists the first errors and counts them all in `errorCount` (server/app.ts capErrors).
      const count = field(body, 'errorCount');
      const total = typeof count === 'number' && Number.isInteger(count) && count > errors.length ? count : errors.length;
      const detail = errors.length ? `: ${summarizePackErrors(errors, ERRORS_SHOWN, total)}` : extra;
      return { ok: false, error: `the server refused the pack as not valid; nothing was published${detail}`, errors };
    }
    case 401:
      return { ok: false, error: `the sync server at ${host} needs the manager token to publish${extra}` };
    case 403:
      return {
        ok: false,
        error: `the sync server at ${host} refused the token${extra}: publishing needs the team's manager token (a reader token can only pull)`,
      };
    case 404:
      return { ok: false, error: `the sync server at ${host} has no team "${team}"${extra}: check the team name` };
    case 409: {
      const latest = field(body, 'latestVersion');
      const latestVersion = typeof latest === 'number' && Number.isInteger(latest) ? latest : 0;
      return {
        ok: false,
        error: `someone published version ${latestVersion} in the meantime: pull the latest pack, re-apply your edits and publish again`,
        conflict: { latestVersion },
      };
    }
    case 413:
      return { ok: false, error: `the pack is larger than the server accepts (${formatBytes(PACK_LIMITS.maxBytes)})${extra}; nothing was published` };
    case 429:
      return { ok: false, error: `the sync server at ${host} says ${retryAfterText(res)}: check the manager token in Options → Team sync` };
    default:
      if (status >= 500) return { ok: false, error: `the sync server at ${host} had a problem (HTTP ${status})${extra}; nothing was published, try again` };
      return { ok: false, error: `unexpected answer from ${host}: HTTP ${status}${extra}` };
  }
}

/**
 * Publishes a pack as the next team version. The server accepts it only when its
 * version is the latest plus one, so two managers cannot silently overwrite each other:
 * the loser gets `conflict` with the version to start again from.
 */
export async function publishPack({ serverUrl, team, token, pack, fetch: fetchImpl }: PublishOptions): Promise<PublishResult> {
  const url = `${serverUrl.replace(/\/+$/, '')}/v1/teams/${encodeURIComponent(team)}/pack`;
  let res: Response;
  try {
    res = await fetchImpl(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      // publishedAt and publishedBy are the server's to set (its clock, the manager token's name).
      body: JSON.stringify(withoutServerFields(pack)),
    });
  } catch (err) {
    return { ok: false, error: `could not reach ${hostOf(serverUrl)}: ${errorMessage(err)}; nothing was published` };
  }
  const body = await readJson(res);
  if (!res.ok) return publishError(res.status, body, serverUrl, team, res);
  const version = field(body, 'version');
  // An older server may not echo the version; the one sent is what it stored.
  return { ok: true, version: typeof version === 'number' ? version : pack.version };
}

/** The pack as published: without the fields the server sets (server/app.ts readPack). */
function withoutServerFields(pack: PublishOptions['pack']): Record<string, unknown> {
  const { publishedAt: _at, publishedBy: _by, ...rest } = pack;
  return rest;
}
