import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Pack } from '../lib/profiles/schema';

/**
 * Where the sync server keeps teams, their tokens and their pack versions. Versions are
 * never changed or deleted: a rollback is a new version with old content, so every score a
 * rep saw can still be traced to the exact pack that produced it.
 */

export type Role = 'manager' | 'reader';

export interface Team {
  name: string;
  createdAt: string;
}

/** One bearer token as stored: its hash, never the token. */
export interface TokenRecord {
  /** sha256 (hex) of the token; the token itself is shown once and never stored. */
  hash: string;
  team: string;
  role: Role;
  /** Who holds it: a manager token's name is what the server records as `publishedBy`. */
  name: string;
  createdAt: string;
}

/** A token as `token list` shows it: a short id (the start of the hash) instead of the hash. */
export interface TokenSummary {
  id: string;
  role: Role;
  name: string;
  createdAt: string;
}

export interface CreatedToken {
  team: string;
  role: Role;
  name: string;
  token: string;
}

export interface CreatedTeam {
  name: string;
  managerName: string;
  managerToken: string;
  readerToken: string;
}

export interface VersionSummary {
  version: number;
  publishedAt: string;
  publishedBy: string;
  changeNotes: string;
}

export interface StoredVersion extends VersionSummary {
  /** The pack as JSON, exactly the bytes served. */
  json: string;
  /** Strong ETag of `json`, quoted: `"…"`. */
  etag: string;
  /** When the server stored it (the same clock as publishedAt, which the server sets too). */
  storedAt: string;
}

/** One version of a team's account book as stored: gzipped, since a 100k-account book is ~30 MB of JSON. */
export interface BookVersionSummary {
  version: number;
  publishedAt: string;
  publishedBy: string;
  /** How many accounts it holds. */
  accounts: number;
  /** Bytes of its JSON (uncompressed). */
  bytes: number;
  /** Strong ETag of the JSON, quoted. */
  etag: string;
}

export interface StoredBook extends BookVersionSummary {
  /** The book's JSON, gzipped: what is stored and what gzip-taking readers get. */
  gzip: Buffer;
}

/** What a publish was based on: the version the manager last saw (0: none yet), or its ETag (If-Match). */
export type BookBase = { version: number } | { etag: string };

export interface BookInput {
  publishedAt: string;
  publishedBy: string;
  accounts: number;
  bytes: number;
  etag: string;
  gzip: Buffer;
}

export type BookPublishOutcome =
  | { ok: true; version: number; etag: string }
  | { ok: false; reason: 'conflict'; latestVersion: number; latestEtag: string | null }
  | { ok: false; reason: 'no-team' };

/** Book versions kept per team; older ones are deleted at publish (each may be megabytes). */
export const BOOK_VERSIONS_KEPT = 10;

export type PublishOutcome =
  | { ok: true; version: number; etag: string }
  | { ok: false; reason: 'conflict'; latestVersion: number }
  | { ok: false; reason: 'no-team' };

export interface PackStore {
  /** Creates a team with one named manager token and one reader token; throws when the name is taken or not valid. */
  createTeam(name: string, managerName: string): CreatedTeam;
  getTeam(name: string): Team | null;
  listTeams(): Team[];
  /** Adds a token to a team (another manager, a second reader token); returns it once. */
  addToken(team: string, role: Role, name: string): CreatedToken;
  listTokens(team: string): TokenSummary[];
  /** Removes the token whose id (start of its hash, as listed) is `id`; throws when none or several match. */
  revokeToken(team: string, id: string): TokenSummary;
  /**
   * Replaces every token of `role` with one new token (a token leaked, someone left). A
   * manager token keeps its holder's name; with several managers, use add and revoke.
   */
  rotateToken(team: string, role: Role): CreatedToken;
  /**
   * The token record when `token` is valid for `team`, else null. Takes the same steps
   * whether the team exists or not (see `checkToken`).
   */
  authenticate(team: string, token: string): TokenRecord | null;
  latest(team: string): StoredVersion | null;
  /** Newest first. */
  listVersions(team: string): VersionSummary[];
  getVersion(team: string, version: number): StoredVersion | null;
  /**
   * Stores `pack` (serialized as `json`) when its version is the latest plus one (1 for the
   * first); the check and the insert run in one transaction, so of two managers publishing
   * the same version one gets `conflict`.
   */
  publish(team: string, pack: Pack, json: string): PublishOutcome;
  /** The team's latest account book; the same object until it changes, so encodings can be cached on it. */
  latestBook(team: string): StoredBook | null;
  /** Newest first (only the versions still kept). */
  listBookVersions(team: string): BookVersionSummary[];
  getBookVersion(team: string, version: number): StoredBook | null;
  /**
   * Stores the next book version when `base` still names the latest one (version 0 or no ETag
   * match: none yet); the check, the insert and the pruning of old versions run in one transaction.
   */
  publishBook(team: string, base: BookBase, book: BookInput): BookPublishOutcome;
  close(): void;
}

/** Team names go into URLs and file listings: the same rule as pack ids. */
export const TEAM_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function isValidTeamName(name: string): boolean {
  return TEAM_NAME.test(name);
}

/** At most as long as a pack's `publishedBy` may be, and printable. */
export const TOKEN_NAME_MAX = 100;

/** Why `name` cannot name a token, or null. Names become `publishedBy`, so they follow its rules. */
export function tokenNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'give the token holder\'s name, e.g. --manager "Maria Lopez"';
  if (trimmed.length > TOKEN_NAME_MAX) return `a token name is at most ${TOKEN_NAME_MAX} characters`;
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return 'a token name cannot contain control characters';
  return null;
}

/** A bearer token: a role prefix (so people can tell them apart) and 32 random bytes. */
export function newToken(role: Role): string {
  return `${role === 'manager' ? 'lfm' : 'lfr'}_${randomBytes(32).toString('base64url')}`;
}

/** Tokens are random and long, so a plain sha256 is enough (no salt or slow hash needed). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function sameHash(aHex: string, bHex: string): boolean {
  const a = Buffer.from(aHex, 'hex');
  const b = Buffer.from(bHex, 'hex');
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}

/** Compared against when no token matched, so a miss does the same work as a hit. */
const DUMMY_TOKEN: TokenRecord = { hash: hashToken('leadfit-no-such-token'), team: '', role: 'reader', name: '', createdAt: '' };

/**
 * The one path every authentication takes: hash the token, look the hash up, compare it in
 * constant time with what was found (or with a dummy), then check the team. The team named
 * in the URL is never looked up on its own, so a wrong token for an existing team and any
 * token for an unknown team cost the same and answer the same (#9).
 */
export function checkToken(team: string, token: string, find: (hash: string) => TokenRecord | undefined): TokenRecord | null {
  const hash = hashToken(token);
  const found = find(hash);
  const record = found ?? DUMMY_TOKEN;
  const hashMatches = sameHash(hash, record.hash);
  const teamMatches = record.team === team;
  return found && hashMatches && teamMatches ? found : null;
}

/** A strong ETag: the body's sha256, quoted. */
export function etagOf(json: string): string {
  return `"${createHash('sha256').update(json, 'utf8').digest('base64url')}"`;
}

/** `PRAGMA user_version` of the current schema. 0 is a new file, 1 the first release (tokens in `teams`), 2 named tokens, 3 account books. */
export const SCHEMA_VERSION = 3;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS teams (
  name TEXT PRIMARY KEY,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
  hash TEXT PRIMARY KEY,
  team TEXT NOT NULL REFERENCES teams(name),
  role TEXT NOT NULL CHECK (role IN ('manager', 'reader')),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS tokens_by_team ON tokens(team);
CREATE TABLE IF NOT EXISTS versions (
  team TEXT NOT NULL REFERENCES teams(name),
  version INTEGER NOT NULL,
  published_at TEXT NOT NULL,
  published_by TEXT NOT NULL,
  change_notes TEXT NOT NULL,
  body TEXT NOT NULL,
  etag TEXT NOT NULL,
  stored_at TEXT NOT NULL,
  PRIMARY KEY (team, version)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS books (
  team TEXT NOT NULL REFERENCES teams(name),
  version INTEGER NOT NULL,
  published_at TEXT NOT NULL,
  published_by TEXT NOT NULL,
  accounts INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  etag TEXT NOT NULL,
  body_gzip BLOB NOT NULL,
  stored_at TEXT NOT NULL,
  PRIMARY KEY (team, version)
);
`;

/** The name given to manager tokens created before tokens had names (schema 1). */
export const UNNAMED_MANAGER = 'manager (token created before names; add a named one with token add)';

/**
 * Schema 1 kept one manager and one reader hash as columns of `teams`. They move to `tokens`
 * (the manager's under UNNAMED_MANAGER, so `publishedBy` stays honest) and the columns go.
 */
function migrateFromV1(db: Database.Database): void {
  const now = new Date().toISOString();
  db.exec(SCHEMA);
  const rows = db.prepare('SELECT name, manager_token_hash AS m, reader_token_hash AS r FROM teams').all() as { name: string; m: string; r: string }[];
  const insert = db.prepare('INSERT OR IGNORE INTO tokens (hash, team, role, name, created_at) VALUES (?, ?, ?, ?, ?)');
  for (const row of rows) {
    insert.run(row.m, row.name, 'manager', UNNAMED_MANAGER, now);
    insert.run(row.r, row.name, 'reader', 'reader', now);
  }
  db.exec('ALTER TABLE teams DROP COLUMN manager_token_hash; ALTER TABLE teams DROP COLUMN reader_token_hash;');
}

interface TeamRow {
  name: string;
  created_at: string;
}

interface TokenRow {
  hash: string;
  team: string;
  role: Role;
  name: string;
  created_at: string;
}

interface VersionRow {
  version: number;
  published_at: string;
  published_by: string;
  change_notes: string;
  body: string;
  etag: string;
  stored_at: string;
}

interface BookRow {
  version: number;
  published_at: string;
  published_by: string;
  accounts: number;
  bytes: number;
  etag: string;
}

function toBookSummary(row: BookRow): BookVersionSummary {
  return { version: row.version, publishedAt: row.published_at, publishedBy: row.published_by, accounts: row.accounts, bytes: row.bytes, etag: row.etag };
}

function toToken(row: TokenRow): TokenRecord {
  return { hash: row.hash, team: row.team, role: row.role, name: row.name, createdAt: row.created_at };
}

/** Enough of the hash to tell a team's tokens apart; says nothing usable about the token. */
const TOKEN_ID_LENGTH = 10;

function toSummary(row: TokenRow): TokenSummary {
  return { id: row.hash.slice(0, TOKEN_ID_LENGTH), role: row.role, name: row.name, createdAt: row.created_at };
}

function toVersion(row: VersionRow): StoredVersion {
  return {
    version: row.version,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    changeNotes: row.change_notes,
    json: row.body,
    etag: row.etag,
    storedAt: row.stored_at,
  };
}

/**
 * Creates the data folder (0700) and an empty database file (0600) when they do not exist,
 * so the tokens' hashes and the packs are never readable by other users of the machine,
 * whatever the umask. SQLite gives its -wal and -shm files the database file's mode.
 */
export function createPrivateFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
}

/**
 * The PackStore on one SQLite file. WAL lets the many pulls read while a publish writes;
 * statements are prepared once since every pull runs `authenticate` and `latest`.
 */
export class SqliteStore implements PackStore {
  private readonly db: Database.Database;
  private readonly stmts;
  /**
   * The latest version of each team, and the grant of each token hash seen (#17: every pull
   * read both from SQLite). Both are dropped whenever the database changes: by this
   * connection (each write method calls `changed()`) or by another process, such as the
   * admin commands revoking or rotating a token or a second server publishing, which
   * `PRAGMA data_version` reveals (looked at every `recheckMs`). So a token revoked through
   * this store stops working at the next request, and one revoked by the admin command within
   * 0.1 s.
   */
  private readonly latestCache = new Map<string, StoredVersion>();
  private readonly tokenCache = new Map<string, TokenRecord>();
  /**
   * Grants by the bearer token as sent, for tokens that passed checkToken since the last change
   * (#17): hashing and the constant-time compare were most of the JavaScript time of a 304.
   * Only valid tokens get in (a miss still takes checkToken's full path, so wrong tokens cost
   * the same as before and strangers cannot fill it); it is cleared with the other caches, so a
   * rotation or revocation applies at the next request (or within recheckMs from another process).
   */
  private readonly grantCache = new Map<string, TokenRecord>();
  /** The latest book of each team that has one; cleared with the other caches. */
  private readonly bookCache = new Map<string, StoredBook>();
  /**
   * The last book object handed out per team, kept across cache clears: after a pack publish or
   * a token change, the book is looked up again by its head row only and, when its ETag is the
   * same, this object (and the encodings cached on it) is reused rather than reloaded.
   */
  private readonly bookObjects = new Map<string, StoredBook>();
  private dataVersion = -1;
  private refreshedAt = Number.NEGATIVE_INFINITY;
  /** Bounds the token cache: a server with more live tokens than this just reads the rest. */
  private static readonly TOKEN_CACHE_MAX = 10_000;

  /**
   * How often (ms) the caches look for changes made by another process (`PRAGMA data_version`,
   * about a third of the store's time per pull when asked on every request). Changes made
   * through this store apply at once whatever the value.
   */
  private readonly recheckMs: number;

  /**
   * `path` is the database file; it and its folder are created private. ':memory:' works for
   * tests. `recheckMs`: a token revoked or a pack published by another process (the admin
   * commands, a second server) is seen within this time. @default 100
   */
  constructor(path: string, { recheckMs = 100 }: { recheckMs?: number } = {}) {
    this.recheckMs = recheckMs;
    if (path !== ':memory:') createPrivateFile(path);
    this.db = new Database(path);
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 5000');
      this.migrate();
      // A write on every open: a read-only file fails here, at startup, with a clear message,
      // instead of at the first publish (#9). Rewriting the same value changes nothing.
      this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    } catch (err) {
      this.db.close();
      throw err;
    }
    this.stmts = {
      insertTeam: this.db.prepare<[string, string]>('INSERT INTO teams (name, created_at) VALUES (?, ?)'),
      getTeam: this.db.prepare<[string], TeamRow>('SELECT * FROM teams WHERE name = ?'),
      listTeams: this.db.prepare<[], TeamRow>('SELECT * FROM teams ORDER BY name'),
      insertToken: this.db.prepare<[string, string, Role, string, string]>('INSERT INTO tokens (hash, team, role, name, created_at) VALUES (?, ?, ?, ?, ?)'),
      findToken: this.db.prepare<[string], TokenRow>('SELECT * FROM tokens WHERE hash = ?'),
      listTokens: this.db.prepare<[string], TokenRow>("SELECT * FROM tokens WHERE team = ? ORDER BY role = 'reader', created_at, name"),
      deleteToken: this.db.prepare<[string]>('DELETE FROM tokens WHERE hash = ?'),
      latestNumber: this.db.prepare<[string], { v: number | null }>('SELECT MAX(version) AS v FROM versions WHERE team = ?'),
      list: this.db.prepare<[string], Omit<VersionRow, 'body' | 'etag' | 'stored_at'>>(
        'SELECT version, published_at, published_by, change_notes FROM versions WHERE team = ? ORDER BY version DESC',
      ),
      get: this.db.prepare<[string, number], VersionRow>('SELECT * FROM versions WHERE team = ? AND version = ?'),
      dataVersion: this.db.prepare<[], number>('PRAGMA data_version').pluck(),
      bookHead: this.db.prepare<[string], BookRow>(
        'SELECT version, published_at, published_by, accounts, bytes, etag FROM books WHERE team = ? ORDER BY version DESC LIMIT 1',
      ),
      bookList: this.db.prepare<[string], BookRow>(
        'SELECT version, published_at, published_by, accounts, bytes, etag FROM books WHERE team = ? ORDER BY version DESC',
      ),
      bookGet: this.db.prepare<[string, number], BookRow & { body_gzip: Buffer }>(
        'SELECT version, published_at, published_by, accounts, bytes, etag, body_gzip FROM books WHERE team = ? AND version = ?',
      ),
      bookInsert: this.db.prepare<[string, number, string, string, number, number, string, Buffer, string]>(
        `INSERT INTO books (team, version, published_at, published_by, accounts, bytes, etag, body_gzip, stored_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      bookPrune: this.db.prepare<[string, number]>('DELETE FROM books WHERE team = ? AND version <= ?'),
      insertVersion: this.db.prepare<[string, number, string, string, string, string, string, string]>(
        `INSERT INTO versions (team, version, published_at, published_by, change_notes, body, etag, stored_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
  }

  /** Forgets what was cached; called after every write this connection makes. */
  private changed(): void {
    this.latestCache.clear();
    this.tokenCache.clear();
    this.grantCache.clear();
    this.bookCache.clear();
  }

  /** Drops the caches when another connection (another process) committed a change since the last look (at most every recheckMs). */
  private refresh(): void {
    const nowMs = performance.now();
    if (nowMs - this.refreshedAt < this.recheckMs) return;
    this.refreshedAt = nowMs;
    const version = this.stmts.dataVersion.get() ?? -1;
    if (version !== this.dataVersion) {
      this.dataVersion = version;
      this.changed();
    }
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION)
      throw new Error(`the database was written by a newer LeadFit server (schema ${version}; this one knows ${SCHEMA_VERSION}): upgrade the server`);
    if (version === SCHEMA_VERSION) return;
    const hasV1Teams = this.db
      .prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM pragma_table_info('teams') WHERE name = 'manager_token_hash'")
      .get()?.n;
    this.db.transaction(() => {
      if (hasV1Teams) migrateFromV1(this.db);
      else this.db.exec(SCHEMA);
      this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
  }

  createTeam(name: string, managerName: string): CreatedTeam {
    if (!isValidTeamName(name)) throw new Error(`"${name}" is not a valid team name: use lower-case letters, digits and dashes`);
    const problem = tokenNameProblem(managerName);
    if (problem) throw new Error(problem);
    if (this.getTeam(name)) throw new Error(`team "${name}" already exists`);
    const now = new Date().toISOString();
    const managerToken = newToken('manager');
    const readerToken = newToken('reader');
    this.db.transaction(() => {
      this.stmts.insertTeam.run(name, now);
      this.stmts.insertToken.run(hashToken(managerToken), name, 'manager', managerName.trim(), now);
      this.stmts.insertToken.run(hashToken(readerToken), name, 'reader', 'reader', now);
    })();
    this.changed();
    return { name, managerName: managerName.trim(), managerToken, readerToken };
  }

  getTeam(name: string): Team | null {
    const row = this.stmts.getTeam.get(name);
    return row ? { name: row.name, createdAt: row.created_at } : null;
  }

  listTeams(): Team[] {
    return this.stmts.listTeams.all().map((row) => ({ name: row.name, createdAt: row.created_at }));
  }

  addToken(team: string, role: Role, name: string): CreatedToken {
    if (!this.getTeam(team)) throw new Error(`no team "${team}"`);
    const problem = tokenNameProblem(name);
    if (problem) throw new Error(problem);
    const token = newToken(role);
    this.stmts.insertToken.run(hashToken(token), team, role, name.trim(), new Date().toISOString());
    this.changed();
    return { team, role, name: name.trim(), token };
  }

  listTokens(team: string): TokenSummary[] {
    return this.stmts.listTokens.all(team).map(toSummary);
  }

  revokeToken(team: string, id: string): TokenSummary {
    if (!this.getTeam(team)) throw new Error(`no team "${team}"`);
    const prefix = id.trim().toLowerCase();
    const rows = this.stmts.listTokens.all(team);
    const matches = prefix.length >= 4 ? rows.filter((row) => row.hash.startsWith(prefix)) : [];
    if (matches.length === 0) throw new Error(`team "${team}" has no token with id "${id}" (see: token list ${team})`);
    if (matches.length > 1) throw new Error(`"${id}" matches ${matches.length} tokens: give more of the id`);
    const [match] = matches as [TokenRow];
    this.stmts.deleteToken.run(match.hash);
    this.changed();
    return toSummary(match);
  }

  rotateToken(team: string, role: Role): CreatedToken {
    if (!this.getTeam(team)) throw new Error(`no team "${team}"`);
    const current = this.stmts.listTokens.all(team).filter((row) => row.role === role);
    if (role === 'manager' && current.length > 1)
      throw new Error(`team "${team}" has ${current.length} manager tokens: replace one with "token add ${team} --manager NAME" and "token revoke ${team} ID"`);
    const name = current[0]?.name ?? role;
    const token = newToken(role);
    this.db.transaction(() => {
      for (const row of current) this.stmts.deleteToken.run(row.hash);
      this.stmts.insertToken.run(hashToken(token), team, role, name, new Date().toISOString());
    })();
    this.changed();
    return { team, role, name, token };
  }

  authenticate(team: string, token: string): TokenRecord | null {
    this.refresh();
    const granted = this.grantCache.get(token);
    if (granted && granted.team === team) return granted;
    // Only grants are cached (keyed by the hash checkToken computes either way), so a wrong
    // token still costs a hash, a lookup and a constant-time compare, and strangers cannot
    // fill memory with misses.
    const record = checkToken(team, token, (hash) => {
      const cached = this.tokenCache.get(hash);
      if (cached) return cached;
      const row = this.stmts.findToken.get(hash);
      if (!row) return undefined;
      const record = toToken(row);
      if (this.tokenCache.size >= SqliteStore.TOKEN_CACHE_MAX) this.tokenCache.clear();
      this.tokenCache.set(hash, record);
      return record;
    });
    if (record) {
      if (this.grantCache.size >= SqliteStore.TOKEN_CACHE_MAX) this.grantCache.clear();
      this.grantCache.set(token, record);
    }
    return record;
  }

  latest(team: string): StoredVersion | null {
    this.refresh();
    const cached = this.latestCache.get(team);
    if (cached) return cached;
    const newest = this.stmts.latestNumber.get(team)?.v ?? null;
    if (newest === null) return null;
    const stored = this.getVersion(team, newest);
    // Only teams that exist and have published get an entry, so the map is bounded by the teams.
    if (stored) this.latestCache.set(team, stored);
    return stored;
  }

  listVersions(team: string): VersionSummary[] {
    return this.stmts.list.all(team).map((row) => ({
      version: row.version,
      publishedAt: row.published_at,
      publishedBy: row.published_by,
      changeNotes: row.change_notes,
    }));
  }

  getVersion(team: string, version: number): StoredVersion | null {
    const row = this.stmts.get.get(team, version);
    return row ? toVersion(row) : null;
  }

  publish(team: string, pack: Pack, json: string): PublishOutcome {
    const run = this.db.transaction((): PublishOutcome => {
      if (!this.stmts.getTeam.get(team)) return { ok: false, reason: 'no-team' };
      const latestVersion = this.stmts.latestNumber.get(team)?.v ?? 0;
      if (pack.version !== latestVersion + 1) return { ok: false, reason: 'conflict', latestVersion };
      const etag = etagOf(json);
      this.stmts.insertVersion.run(team, pack.version, pack.publishedAt, pack.publishedBy, pack.changeNotes, json, etag, new Date().toISOString());
      return { ok: true, version: pack.version, etag };
    });
    // IMMEDIATE takes the write lock before reading the latest version, so another
    // process publishing at the same moment waits instead of both passing the check.
    const outcome = run.immediate();
    if (outcome.ok) this.changed();
    return outcome;
  }

  latestBook(team: string): StoredBook | null {
    this.refresh();
    const cached = this.bookCache.get(team);
    if (cached) return cached;
    const head = this.stmts.bookHead.get(team);
    if (!head) {
      this.bookObjects.delete(team);
      return null;
    }
    const previous = this.bookObjects.get(team);
    const book = previous && previous.version === head.version && previous.etag === head.etag ? previous : this.getBookVersion(team, head.version);
    if (!book) return null;
    // Bounded by the teams that have published a book.
    this.bookCache.set(team, book);
    this.bookObjects.set(team, book);
    return book;
  }

  listBookVersions(team: string): BookVersionSummary[] {
    return this.stmts.bookList.all(team).map(toBookSummary);
  }

  getBookVersion(team: string, version: number): StoredBook | null {
    const row = this.stmts.bookGet.get(team, version);
    return row ? { ...toBookSummary(row), gzip: row.body_gzip } : null;
  }

  publishBook(team: string, base: BookBase, book: BookInput, keep = BOOK_VERSIONS_KEPT): BookPublishOutcome {
    const run = this.db.transaction((): BookPublishOutcome => {
      if (!this.stmts.getTeam.get(team)) return { ok: false, reason: 'no-team' };
      const head = this.stmts.bookHead.get(team);
      const latestVersion = head?.version ?? 0;
      const current = 'version' in base ? base.version === latestVersion : head !== undefined && (base.etag === '*' || base.etag === head.etag);
      if (!current) return { ok: false, reason: 'conflict', latestVersion, latestEtag: head?.etag ?? null };
      const version = latestVersion + 1;
      this.stmts.bookInsert.run(team, version, book.publishedAt, book.publishedBy, book.accounts, book.bytes, book.etag, book.gzip, new Date().toISOString());
      this.stmts.bookPrune.run(team, version - Math.max(1, keep));
      return { ok: true, version, etag: book.etag };
    });
    const outcome = run.immediate();
    if (outcome.ok) this.changed();
    return outcome;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
