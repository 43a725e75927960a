import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Pack } from '../lib/profiles/schema';

/**
 * Where the sync server keeps teams and their pack versions. Versions are never changed
 * or deleted: a rollback is a new version with old content, so every score a rep saw can
 * still be traced to the exact pack that produced it.
 */

export type Role = 'manager' | 'reader';

export interface Team {
  name: string;
  createdAt: string;
  /** sha256 (hex) of the tokens; the tokens themselves are shown once and never stored. */
  managerTokenHash: string;
  readerTokenHash: string;
}

export interface CreatedTeam {
  name: string;
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
  /** When the server stored it (publishedAt is what the publisher wrote). */
  storedAt: string;
}

export type PublishOutcome =
  | { ok: true; version: number; etag: string }
  | { ok: false; reason: 'conflict'; latestVersion: number }
  | { ok: false; reason: 'no-team' };

export interface PackStore {
  /** Creates a team with fresh tokens; throws when the name is taken or not valid. */
  createTeam(name: string): CreatedTeam;
  getTeam(name: string): Team | null;
  listTeams(): Team[];
  /** Replaces one of the team's tokens (a rep left, a token leaked); returns the new token. */
  rotateToken(name: string, role: Role): string;
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
  close(): void;
}

/** Team names go into URLs and file listings: the same rule as pack ids. */
export const TEAM_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function isValidTeamName(name: string): boolean {
  return TEAM_NAME.test(name);
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

/** The role a token grants on a team, or null; compares in constant time. */
export function roleOf(team: Team, token: string): Role | null {
  const hash = hashToken(token);
  // Check both so the time taken does not tell which one matched.
  const manager = sameHash(hash, team.managerTokenHash);
  const reader = sameHash(hash, team.readerTokenHash);
  if (manager) return 'manager';
  if (reader) return 'reader';
  return null;
}

/** A strong ETag: the body's sha256, quoted. */
export function etagOf(json: string): string {
  return `"${createHash('sha256').update(json, 'utf8').digest('base64url')}"`;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS teams (
  name TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  manager_token_hash TEXT NOT NULL,
  reader_token_hash TEXT NOT NULL
);
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
`;

interface TeamRow {
  name: string;
  created_at: string;
  manager_token_hash: string;
  reader_token_hash: string;
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

function toTeam(row: TeamRow): Team {
  return { name: row.name, createdAt: row.created_at, managerTokenHash: row.manager_token_hash, readerTokenHash: row.reader_token_hash };
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
 * The PackStore on one SQLite file. WAL lets the many pulls read while a publish writes;
 * statements are prepared once since every pull runs `latest`.
 */
export class SqliteStore implements PackStore {
  private readonly db: Database.Database;
  private readonly stmts;
  /**
   * The latest version of each team, as last read. Versions never change once stored, so
   * an entry is right as long as its number is still the newest: one indexed MAX() per
   * pull (which also sees publishes from another process) instead of reading the body.
   */
  private readonly latestCache = new Map<string, StoredVersion>();

  /** `path` is the database file; its folder is created. ':memory:' works for tests. */
  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.stmts = {
      insertTeam: this.db.prepare<[string, string, string, string]>(
        'INSERT INTO teams (name, created_at, manager_token_hash, reader_token_hash) VALUES (?, ?, ?, ?)',
      ),
      getTeam: this.db.prepare<[string], TeamRow>('SELECT * FROM teams WHERE name = ?'),
      listTeams: this.db.prepare<[], TeamRow>('SELECT * FROM teams ORDER BY name'),
      setManagerToken: this.db.prepare<[string, string]>('UPDATE teams SET manager_token_hash = ? WHERE name = ?'),
      setReaderToken: this.db.prepare<[string, string]>('UPDATE teams SET reader_token_hash = ? WHERE name = ?'),
      latestNumber: this.db.prepare<[string], { v: number | null }>('SELECT MAX(version) AS v FROM versions WHERE team = ?'),
      list: this.db.prepare<[string], Omit<VersionRow, 'body' | 'etag' | 'stored_at'>>(
        'SELECT version, published_at, published_by, change_notes FROM versions WHERE team = ? ORDER BY version DESC',
      ),
      get: this.db.prepare<[string, number], VersionRow>('SELECT * FROM versions WHERE team = ? AND version = ?'),
      insertVersion: this.db.prepare<[string, number, string, string, string, string, string, string]>(
        `INSERT INTO versions (team, version, published_at, published_by, change_notes, body, etag, stored_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
  }

  createTeam(name: string): CreatedTeam {
    if (!isValidTeamName(name)) throw new Error(`"${name}" is not a valid team name: use lower-case letters, digits and dashes`);
    if (this.getTeam(name)) throw new Error(`team "${name}" already exists`);
    const managerToken = newToken('manager');
    const readerToken = newToken('reader');
    this.stmts.insertTeam.run(name, new Date().toISOString(), hashToken(managerToken), hashToken(readerToken));
    return { name, managerToken, readerToken };
  }

  getTeam(name: string): Team | null {
    const row = this.stmts.getTeam.get(name);
    return row ? toTeam(row) : null;
  }

  listTeams(): Team[] {
    return this.stmts.listTeams.all().map(toTeam);
  }

  rotateToken(name: string, role: Role): string {
    if (!this.getTeam(name)) throw new Error(`no team "${name}"`);
    const token = newToken(role);
    (role === 'manager' ? this.stmts.setManagerToken : this.stmts.setReaderToken).run(hashToken(token), name);
    return token;
  }

  latest(team: string): StoredVersion | null {
    const newest = this.stmts.latestNumber.get(team)?.v ?? null;
    if (newest === null) return null;
    const cached = this.latestCache.get(team);
    if (cached?.version === newest) return cached;
    const stored = this.getVersion(team, newest);
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
    return run.immediate();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
