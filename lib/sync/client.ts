import { formatPackError, parsePack, type Pack, type PackError } from '../profiles/schema';

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
}

export type PublishResult =
  | { ok: true; version: number }
  | { ok: false; error: string; errors?: PackError[]; conflict?: { latestVersion: number } };

export interface PublishOptions {
  serverUrl: string;
  team: string;
  token: string;
  pack: Pack;
  fetch: typeof fetch;
}

/** How many schema errors a sync error names; the rest are counted. */
const ERRORS_SHOWN = 3;

/** The `host[:port]` of a URL, for messages; the URL itself when it does not parse. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function errorMessage(err: unknown): string {
  if (err instanceof Error) {
    // undici hides the useful part ("ECONNREFUSED") in `cause`.
    const cause = (err as Error & { cause?: unknown }).cause;
    if (cause instanceof Error && cause.message) return `${err.message} (${cause.message})`;
    return err.message;
  }
  return String(err);
}

/** Reads a `{error}` JSON body if there is one; undefined for anything else. */
async function readJson(res: Response): Promise<unknown> {
  try {
    const text = await res.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
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

/** "a: x; b: y; c: z (and 4 more)". */
export function summarizePackErrors(errors: readonly PackError[], shown = ERRORS_SHOWN): string {
  const head = errors.slice(0, shown).map(formatPackError).join('; ');
  const rest = errors.length - shown;
  return rest > 0 ? `${head} (and ${rest} more)` : head;
}

/** A sentence for a failed GET, by status. */
function pullError(status: number, url: string, hadToken: boolean, body: unknown): string {
  const host = hostOf(url);
  const extra = serverSays(body);
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
export async function checkForUpdate({ url, token, etag, fetch: fetchImpl, currentVersion }: CheckOptions): Promise<CheckResult> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (etag) headers['If-None-Match'] = etag;

  let res: Response;
  try {
    res = await fetchImpl(url, { method: 'GET', headers, cache: 'no-store' });
  } catch (err) {
    return { status: 'error', error: `could not reach ${hostOf(url)}: ${errorMessage(err)}` };
  }
  if (res.status === 304) return { status: 'unchanged' };
  if (!res.ok) return { status: 'error', error: pullError(res.status, url, Boolean(token), await readJson(res)) };

  let text: string;
  try {
    text = await res.text();
  } catch (err) {
    return { status: 'error', error: `the download from ${hostOf(url)} broke off: ${errorMessage(err)}` };
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return { status: 'error', error: `the answer from ${url} is not JSON, so it is not a LeadFit pack; the current pack was kept` };
  }
  const parsed = parsePack(input);
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
function publishError(status: number, body: unknown, serverUrl: string, team: string): PublishResult {
  const host = hostOf(serverUrl);
  const extra = serverSays(body);
  switch (status) {
    case 400: {
      const raw = field(body, 'errors');
      const errors = Array.isArray(raw) ? raw.filter(isPackError) : [];
      const detail = errors.length ? `: ${summarizePackErrors(errors)}` : extra;
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
      return { ok: false, error: `the pack is larger than the server accepts (1 MB)${extra}; nothing was published` };
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
      body: JSON.stringify(pack),
    });
  } catch (err) {
    return { ok: false, error: `could not reach ${hostOf(serverUrl)}: ${errorMessage(err)}; nothing was published` };
  }
  const body = await readJson(res);
  if (!res.ok) return publishError(res.status, body, serverUrl, team);
  const version = field(body, 'version');
  // An older server may not echo the version; the one sent is what it stored.
  return { ok: true, version: typeof version === 'number' ? version : pack.version };
}
