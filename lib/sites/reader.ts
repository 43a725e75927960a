import type { CompanyObservation, PageKind } from '../observation';
import type { Recorder } from '../extract/record';

/**
 * One page reader: which URLs it reads, what the page is about, which company facts it is the
 * authority for and the reader itself (the URLs it must, and only it must, claim: lib/sites/test-urls.ts).
 * Every consumer that needs to know the set of page kinds derives it from the registry
 * (lib/sites/registry.ts): the router, the Recorder, merge authority, the background's tab
 * classification, the content script's matches. See docs/design.md, "Adding a page reader".
 */
export interface SiteReader {
  kind: ReadableKind;
  matches: UrlMatch;
  /** What the page is about: one person, one company, or a list of people (a company's People tab is a company page that also lists people). */
  subject: 'person' | 'company' | 'people';
  /** Company fields this page kind states authoritatively when merged into an account; 'none' fills gaps only. */
  authority: ReadonlyArray<keyof CompanyObservation> | 'all' | 'none';
  read: (document: Document, r: Recorder, url: string) => void;
  // The URLs it must claim, and no other reader may, are in lib/sites/test-urls.ts (kept out of the content scripts).
}

export type ReadableKind = Exclude<PageKind, 'unsupported'>;

/** A reader without its `read` function: what the background and the popup need to know. */
export type ReaderInfo = Omit<SiteReader, 'read'>;

export interface UrlMatch {
  /** Browser match patterns (`https://*.linkedin.com/*`); the content script's manifest matches derive from these. */
  origins: readonly string[];
  /** Origins never claimed, even when `origins` would (company websites exclude LinkedIn). */
  excludeOrigins?: readonly string[];
  /**
   * The site redirects http to https (LinkedIn): an http URL (an old link, a saved page's address)
   * is matched as its https form, while the manifest keeps asking for https only.
   */
  upgradeHttp?: boolean;
  /** Finer host rule than a match pattern can state (LinkedIn: www, bare or a country subdomain). */
  host?: RegExp;
  /** Path (pathname only, no query) patterns; one must match. */
  paths: readonly RegExp[];
}

/** Does a browser match pattern (`scheme://host/path`, `*` wildcards as in the manifest) cover this URL? */
export function matchesPattern(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme !== protocol) return false;
  const hostname = url.hostname.toLowerCase();
  if (host.startsWith('*.')) {
    const base = host.slice(2).toLowerCase();
    if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
  } else if (host !== '*' && host.toLowerCase() !== hostname) return false;
  const pathRe = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return pathRe.test(url.pathname + url.search);
}

/** Does this reader claim the URL? */
export function readerMatches(reader: Pick<SiteReader, 'matches'>, given: URL): boolean {
  const { origins, excludeOrigins = [], host, paths, upgradeHttp } = reader.matches;
  const url = upgradeHttp && given.protocol === 'http:' ? new URL(`https:${given.href.slice('http:'.length)}`) : given;
  if (!origins.some((p) => matchesPattern(p, url))) return false;
  if (excludeOrigins.some((p) => matchesPattern(p, url))) return false;
  if (host && !host.test(url.hostname.toLowerCase())) return false;
  return paths.some((re) => re.test(url.pathname));
}

export function parseUrl(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The reader a URL gets (the first that claims it), or null: the page is unsupported. */
export function findReader<R extends Pick<SiteReader, 'matches'>>(readers: readonly R[], url: string | null | undefined): R | null {
  const u = parseUrl(url);
  if (!u) return null;
  return readers.find((r) => readerMatches(r, u)) ?? null;
}
