import { BOOK_LIMITS, parseBookJson, type Book } from '../book/schema';
import { errorMessage, hostOf, PULL_TIMEOUT_MS, readTextLimited } from './client';

/**
 * The team's account book over HTTP (#11), beside the pack: pulled with an ETag (a LeadFit sync
 * server or a static HTTPS file), published by a manager as the next version. Pure over an
 * injected `fetch`, so it runs the same in the background, in Node and in tests. Nothing here
 * throws: every failure is a sentence, and a failed pull or publish leaves the stored book as it
 * was.
 */

/** The response header naming the server's book version (server/app.ts BOOK_VERSION_HEADER). */
export const BOOK_VERSION_HEADER = 'LeadFit-Book-Version';

export type BookPullResult =
  | { status: 'unchanged' }
  | { status: 'error'; error: string }
  /** `version`: the server's book version; null from a static file, which has none. */
  | { status: 'updated'; book: Book; etag: string | null; version: number | null };

export interface BookPullOptions {
  /** `<server>/v1/teams/<team>/book`, or a static HTTPS file. */
  url: string;
  token: string | null;
  /** The ETag of the book this browser has; the answer is 304 while it is the latest. */
  etag: string | null;
  fetch: typeof fetch;
  /** Gives up on a server that never answers (see PULL_TIMEOUT_MS). */
  timeoutMs?: number;
}

export type BookPublishResult =
  | { ok: true; version: number; etag: string | null; accounts: number }
  | { ok: false; error: string; conflict?: { latestVersion: number } };

export interface BookPublishOptions {
  serverUrl: string;
  team: string;
  /** The manager token. */
  token: string;
  book: Book;
  /**
   * What this publish replaces: the ETag of the book last pulled (If-Match), or a version
   * (0: the team has none yet). The server answers 409 when someone published since.
   */
  base: { etag: string } | { version: number };
  fetch: typeof fetch;
}

/** The book's URL on a LeadFit sync server. */
export function serverBookUrl(serverUrl: string, team: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/v1/teams/${encodeURIComponent(team)}/book`;
}


/** The server's own `{error}` sentence from a small JSON error body, or ''. */
async function serverError(res: Response): Promise<{ error: string; body: Record<string, unknown> | null }> {
  const read = await readTextLimited(res, 64_000);
  if (!read.ok || !read.text) return { error: '', body: null };
  try {
    const body = JSON.parse(read.text) as unknown;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return { error: '', body: null };
    const record = body as Record<string, unknown>;
    return { error: typeof record.error === 'string' ? record.error : '', body: record };
  } catch {
    return { error: '', body: null };
  }
}

const says = (error: string) => (error ? ` (server: ${error})` : '');

/**
 * Asks for the team's book, sending the ETag of the one this browser has. A book that is too
 * large, not JSON or not valid is an error, so it never replaces the stored one.
 */
export async function pullBook({ url, token, etag, fetch: fetchImpl, timeoutMs = PULL_TIMEOUT_MS }: BookPullOptions): Promise<BookPullResult> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (etag) headers['If-None-Match'] = etag;
  let res: Response;
  try {
    res = await fetchImpl(url, { method: 'GET', headers, cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    return { status: 'error', error: `could not reach ${hostOf(url)} for the account book: ${errorMessage(err)}; the stored book is kept` };
  }
  if (res.status === 304) return { status: 'unchanged' };
  if (!res.ok) {
    const { error } = await serverError(res);
    const host = hostOf(url);
    if (res.status === 404)
      return { status: 'error', error: token ? `the team has no account book on ${host} yet${says(error)}: a manager publishes one from Options → Account book` : `no account book at ${url} (HTTP 404): check the book URL in Options → Team sync` };
    if (res.status === 401 || res.status === 403) return { status: 'error', error: `the sync server at ${host} refused the token for the account book${says(error)}: check the team and token in Options → Team sync` };
    if (res.status === 429) return { status: 'error', error: `the sync server at ${host} says too many failed attempts${says(error)}; the account book is pulled again later` };
    if (res.status >= 500) return { status: 'error', error: `the sync server at ${host} had a problem with the account book (HTTP ${res.status})${says(error)}; the stored book is kept and LeadFit tries again later` };
    return { status: 'error', error: `unexpected answer from ${host} for the account book: HTTP ${res.status}${says(error)}` };
  }
  const read = await readTextLimited(res, BOOK_LIMITS.bytes);
  if (!read.ok)
    return {
      status: 'error',
      error: read.tooLarge ? `the account book at ${url} was not used: ${read.error}; the stored book is kept` : `the account book download from ${hostOf(url)} broke off: ${read.error}; the stored book is kept`,
    };
  const parsed = parseBookJson(read.text);
  if (!parsed.ok) return { status: 'error', error: `the account book at ${url} was not used: ${parsed.error}; the stored book is kept` };
  const rawVersion = res.headers.get(BOOK_VERSION_HEADER);
  const version = rawVersion && /^\d{1,9}$/.test(rawVersion) ? Number(rawVersion) : null;
  return { status: 'updated', book: parsed.book, etag: res.headers.get('ETag'), version };
}

/** The book's JSON, gzipped when the runtime can (every current browser and Node): a 100k-account book is ~30 MB, ~3 MB gzipped. */
async function encodeBody(json: string): Promise<{ body: BodyInit; gzip: boolean }> {
  if (typeof CompressionStream === 'undefined') return { body: json, gzip: false };
  try {
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
    return { body: await new Response(stream).arrayBuffer(), gzip: true };
  } catch {
    return { body: json, gzip: false };
  }
}

/** Publishes `book` as the team's next book version (managers only). */
export async function publishBook({ serverUrl, team, token, book, base, fetch: fetchImpl }: BookPublishOptions): Promise<BookPublishResult> {
  const url = serverBookUrl(serverUrl, team);
  const host = hostOf(serverUrl);
  const { body, gzip } = await encodeBody(JSON.stringify(book));
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' };
  if (gzip) headers['Content-Encoding'] = 'gzip';
  if ('etag' in base) headers['If-Match'] = base.etag;
  let res: Response;
  try {
    res = await fetchImpl('version' in base ? `${url}?base=${base.version}` : url, { method: 'POST', headers, body });
  } catch (err) {
    return { ok: false, error: `could not reach ${host}: ${errorMessage(err)}; the account book was not published` };
  }
  const { error, body: answer } = await serverError(res);
  if (res.ok) {
    const version = answer?.version;
    if (typeof version !== 'number') return { ok: false, error: `the sync server at ${host} did not say which version it stored; pull the book to see what the team has` };
    return { ok: true, version, etag: res.headers.get('ETag') ?? (typeof answer?.etag === 'string' ? answer.etag : null), accounts: book.accounts.length };
  }
  switch (res.status) {
    case 409: {
      const latest = answer?.latestVersion;
      const latestVersion = typeof latest === 'number' && Number.isInteger(latest) ? latest : 0;
      return {
        ok: false,
        error: `someone published account book version ${latestVersion} since this browser last pulled it: pull the team's book (Team sync → Check now), re-apply your changes and publish again; nothing was published`,
        conflict: { latestVersion },
      };
    }
    case 413:
      return { ok: false, error: `the account book is larger than the sync server at ${host} accepts${says(error)}; nothing was published` };
    case 400:
      return { ok: false, error: `the sync server refused the account book as not valid${says(error)}; nothing was published` };
    case 401:
    case 403:
      return { ok: false, error: `the sync server at ${host} refused the token${says(error)}: publishing the account book needs the team's manager token (Options → Team sync)` };
    case 404:
      return { ok: false, error: `the sync server at ${host} has no team "${team}"${says(error)}: check the team name` };
    case 429:
      return { ok: false, error: `the sync server at ${host} says too many failed attempts${says(error)}: check the manager token` };
    default:
      return { ok: false, error: `the sync server at ${host} answered HTTP ${res.status}${says(error)}; nothing was published` };
  }
}
