/**
 * "A tab's state changed": raised by the background's work (service.ts, sync.ts), heard by the
 * view port (tab-state-port.ts). A tiny emitter so the work does not import the port module
 * (which imports the work to build the state it pushes).
 */
type Listener = (tabId: number | 'all') => void;

const listeners = new Set<Listener>();

/** Subscribes; returns the unsubscribe function. */
export function onTabStateChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** One tab's state changed, or 'all' (the pack, the sync notice or the accounts changed). */
export function tabStateChanged(tabId: number | 'all'): void {
  for (const listener of listeners) {
    try {
      listener(tabId);
    } catch (err) {
      // A broken listener must not stop the work that raised the change.
      console.warn('LeadFit: a tab-state listener failed', err);
    }
  }
}
