import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { TabStatePush, TabStateSubscribe } from '../messaging';
import { TAB_STATE_PORT } from '../tab-state-client';
import { onTabStateChanged } from './changes';
import { getTabState, isExtensionPage, type SenderInfo } from './service';

/**
 * The views' subscription channel (`TAB_STATE_PORT` in lib/messaging.ts). A view connects, posts
 * one subscription — a tab, or "the active tab of a window" — and the background posts that tab's
 * state now and whenever it changes: a page read or re-read, an outcome set, a pack activated,
 * a navigation, a team version arriving or seen. Following views move with the active tab
 * (`onActiveTabChanged`, `onWindowFocusChanged`). Views never poll.
 *
 * Wired in entrypoints/background/index.ts; tested with WXT's fake browser and a fake port.
 */

/** The part of `browser.runtime.Port` used here (tests pass a fake). */
export interface PortLike {
  name: string;
  sender?: SenderInfo;
  postMessage(message: TabStatePush): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

interface Subscription {
  /** The tab whose state the view shows; null while a following view has no active tab. */
  tabId: number | null;
  /** Following: the window (null: whichever window has focus). Null: a fixed tab. */
  follow: { windowId: number | null } | null;
  /** Pushes are async; only the newest one is posted, so an older state never overwrites a newer one. */
  seq: number;
}

const subscribeSchema = z.union([
  z.strictObject({ tabId: z.number().int().nonnegative() }),
  z.strictObject({ follow: z.literal('active'), windowId: z.number().int().nonnegative().optional() }),
]) satisfies z.ZodType<TabStateSubscribe>;

const subscriptions = new Map<PortLike, Subscription>();
let listening = false;

/** The views subscribed now (for tests and diagnostics). */
export function subscriberCount(): number {
  return subscriptions.size;
}

function post(port: PortLike, message: TabStatePush): void {
  try {
    port.postMessage(message);
  } catch {
    // The view closed between the change and the push.
    subscriptions.delete(port);
  }
}

async function push(port: PortLike): Promise<void> {
  const sub = subscriptions.get(port);
  if (!sub) return;
  const seq = ++sub.seq;
  if (sub.tabId === null) {
    post(port, { type: 'error', error: 'No tab to read.' });
    return;
  }
  let message: TabStatePush;
  try {
    message = { type: 'state', state: await getTabState(sub.tabId) };
  } catch (err) {
    message = { type: 'error', error: (err as Error).message || String(err) };
  }
  // Unsubscribed, re-subscribed or overtaken by a newer push meanwhile: drop this one.
  if (subscriptions.get(port) === sub && sub.seq === seq) post(port, message);
}

async function activeTabOf(windowId: number | null): Promise<number | null> {
  try {
    const [tab] = await browser.tabs.query(windowId === null ? { active: true, lastFocusedWindow: true } : { active: true, windowId });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

function listen(): void {
  if (listening) return;
  listening = true;
  onTabStateChanged((tabId) => {
    for (const [port, sub] of subscriptions) if (tabId === 'all' || sub.tabId === tabId) void push(port);
  });
}

/**
 * Handles `browser.runtime.onConnect`. Returns false for ports that are not the tab-state
 * channel (left to other handlers). Only LeadFit's own pages may subscribe: a port from a
 * content script or another extension is told why and disconnected.
 */
export function handleTabStatePort(port: PortLike): boolean {
  if (port.name !== TAB_STATE_PORT) return false;
  if (!isExtensionPage(port.sender)) {
    post(port, { type: 'error', error: `"${TAB_STATE_PORT}" is only accepted from LeadFit's own pages` });
    port.disconnect();
    return true;
  }
  listen();
  port.onDisconnect.addListener(() => subscriptions.delete(port));
  port.onMessage.addListener((message) => void subscribe(port, message));
  return true;
}

async function subscribe(port: PortLike, message: unknown): Promise<void> {
  const parsed = subscribeSchema.safeParse(message);
  if (!parsed.success) {
    post(port, { type: 'error', error: 'malformed subscription: send {tabId} or {follow: "active", windowId?}' });
    return;
  }
  const request = parsed.data;
  const sub: Subscription =
    'tabId' in request ? { tabId: request.tabId, follow: null, seq: 0 } : { tabId: null, follow: { windowId: request.windowId ?? null }, seq: 0 };
  subscriptions.set(port, sub);
  if (sub.follow) {
    const tabId = await activeTabOf(sub.follow.windowId);
    if (subscriptions.get(port) !== sub) return;
    sub.tabId = tabId;
  }
  await push(port);
}

/** `tabs.onActivated`: views following that window now show the newly active tab. */
export async function onActiveTabChanged(info: { tabId: number; windowId: number }): Promise<void> {
  for (const [port, sub] of subscriptions) {
    if (!sub.follow) continue;
    // A view following "the focused window" moves only if that window is the focused one.
    const follows = sub.follow.windowId === null ? (await activeTabOf(null)) === info.tabId : sub.follow.windowId === info.windowId;
    if (follows && sub.tabId !== info.tabId) {
      sub.tabId = info.tabId;
      void push(port);
    }
  }
}

/** `windows.onFocusChanged`: views following "the focused window" show that window's active tab. */
export async function onWindowFocusChanged(windowId: number): Promise<void> {
  // WINDOW_ID_NONE (-1): focus left the browser; keep showing what was shown.
  if (windowId < 0) return;
  for (const [port, sub] of subscriptions) {
    if (!sub.follow || sub.follow.windowId !== null) continue;
    const tabId = await activeTabOf(windowId);
    if (tabId !== null && tabId !== sub.tabId && subscriptions.get(port) === sub) {
      sub.tabId = tabId;
      void push(port);
    }
  }
}
