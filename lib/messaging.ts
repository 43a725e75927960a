import { z } from 'zod';
import { observationSchema, type Observation } from './observation';
import type { AccountRecord } from './accounts/types';
import { OUTCOMES } from './accounts/types';
import type { Pack, PackError } from './profiles/schema';
import type { ScoredPage } from './scoring/types';
import type { Settings } from './settings';

/**
 * The one protocol between the content scripts, the popup, the options page and the background.
 * Every request is `{type, ...}` and is parsed with zod in the background before anything runs;
 * a message that does not parse is answered with `{ok: false, error}`, never a crash.
 *
 * Who may send what (checked against `sender` in the background):
 * - content scripts (a tab is attached):           observation
 * - extension pages (popup, options; no tab):      everything else
 */

const tabId = z.number().int().nonnegative();

export const requestSchema = z.discriminatedUnion('type', [
  /** Content script → background: what the page says. */
  z.object({ type: z.literal('observation'), observation: observationSchema }),
  /** Popup → background: the state of one tab. */
  z.object({ type: z.literal('getTabState'), tabId }),
  /** Popup → background: read a non-LinkedIn tab now (activeTab + scripting). */
  z.object({ type: z.literal('readPage'), tabId }),
  z.object({ type: z.literal('setOutcome'), accountKey: z.string().min(1), outcome: z.enum(OUTCOMES).nullable() }),
  z.object({ type: z.literal('getPack') }),
  /** Options → background: a pack edited or imported by the user (validated again here). */
  z.object({ type: z.literal('savePack'), pack: z.unknown(), source: z.enum(['edited', 'imported']).default('edited') }),
  z.object({ type: z.literal('resetPack') }),
  z.object({ type: z.literal('listAccounts') }),
  z.object({ type: z.literal('deleteAll') }),
  z.object({ type: z.literal('syncNow') }),
  z.object({ type: z.literal('getSyncStatus') }),
  z.object({ type: z.literal('getSettings') }),
  /** Options → background: validated again here; asks for nothing (permissions are requested by the page, on the user's click). */
  z.object({ type: z.literal('saveSettings'), settings: z.unknown() }),
  /** Options (manager) → background → sync server: publish the edited pack as the next version. */
  z.object({ type: z.literal('publishPack'), pack: z.unknown(), changeNotes: z.string().max(10000) }),
  /** Options: what changed between the previous pack and the active one (after a sync). */
  z.object({ type: z.literal('getPackChanges') }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

/** Types the content scripts send; the background refuses the rest from a tab. */
export const CONTENT_SCRIPT_TYPES: ReadonlySet<RequestType> = new Set(['observation']);

export type TabStatus =
  /** Not a page LeadFit reads (chrome://, a PDF, http:). */
  | 'unsupported'
  /** A LinkedIn page whose content has not been read yet. */
  | 'loading'
  /** A company site: the user can ask to read it. */
  | 'not-read'
  /** Read and scored. */
  | 'ready'
  /** Read, but the page stated nothing LeadFit can score. */
  | 'empty';

export interface TabState {
  tabId: number;
  url: string | null;
  status: TabStatus;
  observation: Observation | null;
  scored: ScoredPage | null;
  account: AccountRecord | null;
  updatedAt: string | null;
}

export type PackSource = 'starter' | 'team' | 'edited' | 'imported';

export interface ActivePack {
  pack: Pack;
  source: PackSource;
  updatedAt: string;
  /** The last team version this pack is based on (null: never synced). Publishing sends this + 1. */
  teamVersion?: number | null;
}

export interface SyncStatus {
  configured: boolean;
  url: string | null;
  currentVersion: number | null;
  publishedBy: string | null;
  publishedAt: string | null;
  lastCheckAt: string | null;
  lastError: string | null;
  /** Version number the badge has not yet announced. */
  unseenVersion: number | null;
}

/** The answer to each request type. */
export interface ResponseMap {
  observation: { tabId: number; status: TabStatus };
  getTabState: TabState;
  readPage: TabState;
  setOutcome: AccountRecord;
  getPack: ActivePack;
  savePack: ActivePack;
  resetPack: ActivePack;
  listAccounts: AccountRecord[];
  deleteAll: { deleted: true };
  syncNow: SyncStatus;
  getSyncStatus: SyncStatus;
  getSettings: Settings;
  saveSettings: Settings;
  publishPack: { version: number };
  getPackChanges: PackChanges | null;
}

export interface NamedChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

/** Shown in the options page when a new team version arrives. */
export interface PackChanges {
  fromVersion: number | null;
  toVersion: number;
  changeNotes: string;
  publishedBy: string;
  publishedAt: string;
  icps: NamedChanges;
  personas: NamedChanges;
}

export type Response<T extends RequestType> =
  | { ok: true; data: ResponseMap[T] }
  | { ok: false; error: string; errors?: PackError[]; conflict?: { latestVersion: number } };

/** Parses an unknown message; never throws. */
export function parseRequest(message: unknown): { ok: true; request: Request } | { ok: false; error: string } {
  const result = requestSchema.safeParse(message);
  if (result.success) return { ok: true, request: result.data };
  const first = result.error.issues[0];
  const where = first && first.path.length ? ` at ${first.path.join('.')}` : '';
  return { ok: false, error: `malformed message${where}: ${first?.message ?? 'invalid'}` };
}
