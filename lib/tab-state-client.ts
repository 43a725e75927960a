import { browser } from 'wxt/browser';
import type { TabStatePush, TabStateSubscribe } from './messaging';

/** The port's name (lib/messaging.ts describes the protocol; kept here so views bundle no zod). */
export const TAB_STATE_PORT = 'tab-state';

/**
 * A view's side of the tab-state port (lib/background/tab-state-port.ts), without React so the
 * popup and a side panel share it and tests can drive it with a fake `connect`. Reconnects when
 * the port drops: an MV3 service worker that was stopped takes its ports with it.
 */
export interface ClientPort {
  postMessage(message: TabStateSubscribe): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface SubscribeOptions {
  connect?: (info: { name: string }) => ClientPort;
  /** Delay before reconnecting after the port dropped, doubled on each failure up to 5 s. */
  retryMs?: number;
}

function isPush(message: unknown): message is TabStatePush {
  const m = message as { type?: unknown } | null;
  return typeof m === 'object' && m !== null && (m.type === 'state' || m.type === 'error');
}

/** Subscribes to a tab's state; `onPush` gets every push. Returns the unsubscribe function. */
export function subscribeTabState(target: TabStateSubscribe, onPush: (push: TabStatePush) => void, options: SubscribeOptions = {}): () => void {
  const connect = options.connect ?? ((info: { name: string }) => browser.runtime.connect(info) as unknown as ClientPort);
  const baseDelay = options.retryMs ?? 250;
  let delay = baseDelay;
  let closed = false;
  let port: ClientPort | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const open = () => {
    if (closed) return;
    try {
      port = connect({ name: TAB_STATE_PORT });
    } catch (err) {
      onPush({ type: 'error', error: `LeadFit's background is not reachable (${(err as Error).message}); reopen this view.` });
      return;
    }
    const current = port;
    current.onMessage.addListener((message) => {
      if (closed || port !== current || !isPush(message)) return;
      delay = baseDelay;
      onPush(message);
    });
    current.onDisconnect.addListener(() => {
      if (closed || port !== current) return;
      port = null;
      timer = setTimeout(open, delay);
      delay = Math.min(delay * 2, 5000);
    });
    current.postMessage(target);
  };
  open();

  return () => {
    closed = true;
    if (timer) clearTimeout(timer);
    port?.disconnect();
    port = null;
  };
}
