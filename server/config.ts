import { resolve } from 'node:path';

/**
 * The server's configuration from the environment, and the origin policy: which browser
 * origins may call the API. Everything here is pure so the rules can be tested as a table.
 */

export interface OriginPolicy {
  /** `LEADFIT_ALLOWED_ORIGINS=*`: any browser origin (warned about at startup). */
  anyOrigin: boolean;
  /** Any `chrome-extension://` or `moz-extension://` origin: the default while no id is pinned. */
  anyExtension: boolean;
  /** Exact origins, lower-case `scheme://host[:port]`. */
  origins: ReadonlySet<string>;
}

export interface Config {
  host: string;
  port: number;
  dataPath: string;
  originPolicy: OriginPolicy;
  /** Failed authentications per minute, per client address and per team, before 429. */
  authFailuresPerMinute: number;
  /** Take the client address from X-Forwarded-For (set when a reverse proxy is in front). */
  trustProxy: boolean;
}

/** A Chrome (and Edge) extension id: 32 letters a–p. */
const CHROME_EXTENSION_ID = /^[a-p]{32}$/;
/** Firefox's per-install internal UUID, the host of its `moz-extension://` origin. */
const FIREFOX_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** `scheme://host[:port]` and nothing else: no path, no wildcard. */
const ORIGIN = /^([a-z][a-z0-9+.-]*):\/\/([^/?#*\s@]+)$/;

function entries(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Reads LEADFIT_ALLOWED_ORIGINS and LEADFIT_EXTENSION_IDS (commas or spaces between entries).
 * Origins match exactly (#9: `https://app.example.com*` used to admit
 * `https://app.example.com.attacker.net`); a lone `*` is the only wildcard. When neither is
 * set, any extension origin is allowed, as before, and startup says so.
 * @throws Error naming the entry that is not an origin or an extension id.
 */
export function parseOriginPolicy(allowedOrigins: string | undefined, extensionIds: string | undefined): OriginPolicy {
  const origins = new Set<string>();
  let anyOrigin = false;
  let anyExtension = false;
  const listedOrigins = entries(allowedOrigins);
  const listedIds = entries(extensionIds);
  for (const entry of listedOrigins) {
    if (entry === '*') {
      anyOrigin = true;
      continue;
    }
    const match = ORIGIN.exec(entry.replace(/\/$/, '').toLowerCase());
    if (!match)
      throw new Error(
        entry.includes('*')
          ? `LEADFIT_ALLOWED_ORIGINS: "${entry}" has a wildcard; list each origin exactly (a lone "*" allows every origin)`
          : `LEADFIT_ALLOWED_ORIGINS: "${entry}" is not an origin such as https://app.example.com or chrome-extension://<id> (no path)`,
      );
    origins.add(`${match[1]}://${match[2]}`);
  }
  for (const entry of listedIds) {
    const id = entry.toLowerCase();
    if (id === '*') anyExtension = true;
    else if (CHROME_EXTENSION_ID.test(id)) origins.add(`chrome-extension://${id}`);
    else if (FIREFOX_UUID.test(id)) origins.add(`moz-extension://${id}`);
    else
      throw new Error(
        `LEADFIT_EXTENSION_IDS: "${entry}" is neither a Chrome extension id (32 letters a to p, as shown on chrome://extensions) nor a Firefox internal UUID (about:debugging)`,
      );
  }
  if (listedOrigins.length === 0 && listedIds.length === 0) anyExtension = true;
  return { anyOrigin, anyExtension, origins };
}

const EXTENSION_SCHEMES = ['chrome-extension://', 'moz-extension://'];

/** Whether a browser page at `origin` may call the API. */
export function isAllowedOrigin(origin: string, policy: OriginPolicy): boolean {
  if (policy.anyOrigin) return true;
  const normalized = origin.toLowerCase();
  if (policy.origins.has(normalized)) return true;
  if (!policy.anyExtension) return false;
  return EXTENSION_SCHEMES.some((scheme) => normalized.startsWith(scheme) && /^[a-z0-9-]+$/.test(normalized.slice(scheme.length)));
}

export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h) || /^::ffff:127\.\d+\.\d+\.\d+$/.test(h);
}

/** Lines printed to stderr at startup for settings that are allowed but risky. */
export function startupWarnings(config: Pick<Config, 'host' | 'originPolicy'>): string[] {
  const warnings: string[] = [];
  if (!isLoopbackHost(config.host))
    warnings.push(
      `warning: listening on ${config.host} over plain HTTP: tokens and packs cross the network unencrypted. ` +
        'Serve it only behind a reverse proxy that terminates TLS (docs/sync.md), or set LEADFIT_HOST=127.0.0.1.',
    );
  if (config.originPolicy.anyOrigin)
    warnings.push('warning: LEADFIT_ALLOWED_ORIGINS is "*": every web page may call this server from a browser. List the origins you need instead.');
  if (config.originPolicy.anyExtension)
    warnings.push(
      'warning: any browser extension may call this server. Pin yours with LEADFIT_EXTENSION_IDS=<the id shown on chrome://extensions> (docs/sync.md).',
    );
  return warnings;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of 1 or more, not "${raw}"`);
  return value;
}

/** @throws Error with a sentence naming the variable that is wrong. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const rawPort = env.LEADFIT_PORT ?? '8787';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) throw new Error(`LEADFIT_PORT must be a port number, not "${env.LEADFIT_PORT}"`);
  return {
    host: env.LEADFIT_HOST || '127.0.0.1',
    port,
    dataPath: resolve(env.LEADFIT_DATA || './data/leadfit.sqlite'),
    originPolicy: parseOriginPolicy(env.LEADFIT_ALLOWED_ORIGINS, env.LEADFIT_EXTENSION_IDS),
    authFailuresPerMinute: positiveInt(env, 'LEADFIT_AUTH_FAILURES_PER_MINUTE', 10),
    trustProxy: env.LEADFIT_TRUST_PROXY === '1' || env.LEADFIT_TRUST_PROXY === 'true',
  };
}
