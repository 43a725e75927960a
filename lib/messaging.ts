import { z } from 'zod';
import { observationSchema, type Observation } from './observation';
import type { AccountRecord } from './accounts/types';
import { OUTCOMES } from './accounts/types';
import type { Pack, PackError, Persona } from './profiles/schema';
import type { CommitteeCoverage } from './scoring/score-persona';
import type { ScoredPage } from './scoring/types';
import type { Settings } from './settings';
import type { ResearchProgress } from './background/research';
import type { AutoResearchStatus } from './background/auto-research';
import type { ListRow } from './list-rows';
import type { StorageReport } from './storage';

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
  /** A view → background: the state of one tab, once (views subscribe on the `tab-state` port instead, see TAB_STATE_PORT). */
  z.object({ type: z.literal('getTabState'), tabId }),
  /**
   * A view → background: the rep has been shown the notice for this team version (TabState.packUpdate).
   * Sent only after the notice was on screen; opening a view or reading state never marks it seen.
   */
  z.object({ type: z.literal('markPackSeen'), version: z.number().int().nonnegative() }),
  /** Popup → background: read a non-LinkedIn tab now (activeTab + scripting). */
  z.object({ type: z.literal('readPage'), tabId }),
  /** Popup → background: read the tab's company (LinkedIn page, then website) in background tabs; lib/background/research.ts. */
  z.object({ type: z.literal('research'), tabId, refresh: z.boolean().optional(), only: z.literal('website').optional() }),
  /** Popup → background: the progress lines of the tab's research (null: none since the background started). */
  z.object({ type: z.literal('researchStatus'), tabId }),
  /** Popup → background: automatic research (#11) for the tab's company: on or off, and what ran or waits. */
  z.object({ type: z.literal('researchAutoStatus'), tabId }),
  z.object({ type: z.literal('setOutcome'), accountKey: z.string().min(1), outcome: z.enum(OUTCOMES).nullable() }),
  z.object({ type: z.literal('getPack') }),
  /** Options → background: a pack edited or imported by the user (validated again here). */
  z.object({ type: z.literal('savePack'), pack: z.unknown(), source: z.enum(['edited', 'imported']).default('edited') }),
  /** Options / an error screen → background: back to the starter pack, or to the pack active before the current one. */
  z.object({ type: z.literal('resetPack'), to: z.enum(['starter', 'last-good']).optional() }),
  /** Options: what stored data could not be read and was skipped. */
  z.object({ type: z.literal('getStorageReport') }),
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
  /** Options (manager) → background → sync server: publish the stored account book as the team's next book version (#11). */
  z.object({ type: z.literal('book.publish') }),
  /** Options → background: pull the team's account book now. */
  z.object({ type: z.literal('book.pull') }),
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

/**
 * The state of one tab as the views render it. The background computes all of it (scoring, the
 * brief, committee coverage, the persona's card): views import no scorer and no classifier.
 */
export interface TabState {
  tabId: number;
  url: string | null;
  status: TabStatus;
  observation: Observation | null;
  scored: ScoredPage | null;
  account: AccountRecord | null;
  updatedAt: string | null;
  /** What the views show beside the score; null unless `status` is 'ready'. */
  derived: TabDerived | null;
  /** A team version the rep has not been shown yet (any status); cleared by `markPackSeen`. */
  packUpdate: PackUpdateNotice | null;
  /**
   * Why this page's account could not be saved (the browser's storage is full: what to do), shown
   * above the verdict; absent or null when it was saved.
   */
  storageWarning?: string | null;
}

/** Derived from `scored` with the active pack, in the background. */
export interface TabDerived {
  /** "Copy all": lib/scoring/brief.ts. */
  brief: string;
  /** The buying committee at the stored account, counting the person on screen; null without an account. */
  committee: CommitteeCoverage | null;
  /** The best persona's definition (style, channels, objections) for the persona card. */
  persona: Persona | null;
  /** The active pack, for "Scored with … v3, published … by …". */
  pack: PackSummary;
  /**
   * List pages (people search, lead lists, Connections, a company's People tab): each listed person
   * with persona and, where the rep has seen the company, the account's tier and outcome
   * (lib/list-rows.ts). Empty on other pages; absent in states stored before it existed.
   */
  rows?: ListRow[];
}

export interface PackSummary {
  name: string;
  version: number;
  publishedAt: string;
  publishedBy: string;
  source: PackSource;
}

export interface PackUpdateNotice {
  version: number;
  publishedBy: string | null;
  changeNotes: string | null;
}

/**
 * The long-lived channel views use: `browser.runtime.connect({name: TAB_STATE_PORT})` (the name is
 * in lib/tab-state-client.ts, which the views bundle without this module's zod), then post one
 * `TabStateSubscribe`; the background posts a `TabStatePush` now and whenever that tab's state
 * changes (and, when following, whenever the followed window's active tab changes).
 */

export type TabStateSubscribe =
  /** One tab (the popup opened with `?tab=ID`). */
  | { tabId: number }
  /** Whichever tab is active in a window (the popup's own window, a side panel's); no windowId: the focused window. */
  | { follow: 'active'; windowId?: number };

export type TabStatePush = { type: 'state'; state: TabState } | { type: 'error'; error: string };

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
  /** The team account book's sync (#11); absent from a background that predates it. */
  book?: BookSyncStatus;
}

export interface BookSyncStatus {
  /** Where the book is pulled from; null: no book is synced (sync off, or static mode without a book URL). */
  url: string | null;
  /** The server's book version this browser has (null: none yet, or a static file). */
  version: number | null;
  /** Accounts in the book this browser has, as stored (null: no book stored). */
  count: number | null;
  /** Where the stored book came from: pulled by sync, or uploaded in this browser (and not published yet). */
  source: 'sync' | 'upload' | null;
  lastCheckAt: string | null;
  lastError: string | null;
}

/** The answer to each request type. */
export interface ResponseMap {
  observation: { tabId: number; status: TabStatus };
  getTabState: TabState;
  markPackSeen: { seen: boolean };
  readPage: TabState;
  research: ResearchProgress;
  researchStatus: ResearchProgress | null;
  researchAutoStatus: AutoResearchStatus;
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
  'book.publish': { version: number; accounts: number };
  'book.pull': SyncStatus;
  getStorageReport: StorageReport;
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
