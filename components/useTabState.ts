import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { TabState, TabStateSubscribe } from '@/lib/messaging';
import { subscribeTabState } from '@/lib/tab-state-client';

export type TabTarget = { tabId: number } | { follow: 'active' };

/**
 * The state of a tab as the background pushes it (lib/tab-state-client.ts): the popup and a
 * future side panel (#14) render it and compute nothing. `{follow: 'active'}` follows the active
 * tab of the view's own window. `state` is null until the first push.
 *
 * @example const { state, error } = useTabState({ follow: 'active' });
 */
export function useTabState(target: TabTarget | null): { state: TabState | null; error: string | null } {
  const [state, setState] = useState<TabState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = target === null ? null : 'tabId' in target ? `tab:${target.tabId}` : 'follow';

  useEffect(() => {
    if (target === null) return;
    let unsubscribe: (() => void) | null = null;
    let cancelled = false;
    const start = (subscription: TabStateSubscribe) => {
      if (cancelled) return;
      unsubscribe = subscribeTabState(subscription, (push) => {
        if (push.type === 'state') {
          setState(push.state);
          setError(null);
        } else setError(push.error);
      });
    };
    if ('tabId' in target) start(target);
    else
      // The view's own window (a popup's, a side panel's), so the view follows that window even unfocused.
      void browser.windows
        .getCurrent()
        .then((w) => start(w.id === undefined ? { follow: 'active' } : { follow: 'active', windowId: w.id }))
        .catch(() => start({ follow: 'active' }));
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
    // `key` stands for `target`: a new object with the same tab must not resubscribe.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return { state, error };
}
