import type { Observation } from '../observation';

/**
 * Decides when the LinkedIn content script re-reads the page. Pure scheduling, injected
 * timers, so tests drive it with a fake clock.
 *
 * - One shared MutationObserver; a mutation only arms a timer if none is armed (O(1) per
 *   batch, no per-mutation work).
 * - The first read of a page at once; then fast (50 ms) for a few seconds after a navigation, when content is arriving and the
 *   badge should follow within ~100 ms; slower (400 ms) afterwards, when mutations are mostly
 *   LinkedIn's own chatter.
 * - One read in flight; a change during a send re-reads once afterwards.
 * - Sends only when the observation differs from the last one sent.
 * - An empty read right after a navigation is held back (the page is still rendering) until
 *   the grace period ends, so the popup says "loading" rather than "found nothing".
 */
export interface WatcherDeps {
  read: () => Observation;
  send: (observation: Observation) => Promise<void>;
  observe: (onChange: () => void) => () => void;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  now?: () => number;
  /**
   * The page's URL: a mutation under a new URL is an in-app navigation (LinkedIn changes the URL,
   * then renders the new subject), read as one. Without it, only `poke(true)` says so.
   */
  location?: () => string;
  /**
   * Whether the extension is still there: after it is reloaded or updated, a script left in an open
   * tab can no longer send and stops at its next read instead of observing the page for nothing.
   */
  alive?: () => boolean;
}

export const FAST_DELAY_MS = 50;
export const SLOW_DELAY_MS = 400;
export const FAST_WINDOW_MS = 5000;
export const EMPTY_GRACE_MS = 3000;

export function isEmptyObservation(obs: Observation): boolean {
  return !obs.person?.name && !obs.company?.name && obs.people.length === 0;
}

export interface PageWatcher {
  /** Something changed; `navigated` for a new URL (or the first read). */
  poke: (navigated?: boolean) => void;
  stop: () => void;
  /** For tests and the benchmark: how many reads and sends happened. */
  stats: () => { reads: number; sends: number };
}

export function createPageWatcher(deps: WatcherDeps): PageWatcher {
  const now = deps.now ?? (() => Date.now());
  let timer: number | null = null;
  let stopped = false;
  let inFlight = false;
  let dirty = false;
  let lastSent: string | null = null;
  let navigatedAt = now();
  let reads = 0;
  let sends = 0;

  let href = deps.location?.();
  const disconnect = deps.observe(() => {
    const at = deps.location?.();
    poke(at !== href);
    href = at;
  });

  function arm(delay: number): void {
    if (stopped || timer !== null) return;
    timer = deps.setTimeout(() => {
      timer = null;
      void run();
    }, delay);
  }

  function poke(navigated = false): void {
    if (stopped) return;
    if (navigated) {
      navigatedAt = now();
      // A navigation must not wait behind a slow timer armed before it.
      if (timer !== null) {
        deps.clearTimeout(timer);
        timer = null;
      }
    }
    if (inFlight) {
      dirty = true;
      return;
    }
    // The page's first read does not wait (#17: the badge within 100 ms of the content): the script
    // runs once the document is parsed, so what the saved or server-rendered page holds is there.
    // In-app navigations keep the short delay: LinkedIn changes the URL before it renders the new
    // subject, and a read at once could take the previous profile for the new one.
    const first = reads === 0 && timer === null;
    arm(first ? 0 : now() - navigatedAt < FAST_WINDOW_MS ? FAST_DELAY_MS : SLOW_DELAY_MS);
  }

  async function run(): Promise<void> {
    if (stopped) return;
    if (deps.alive && !deps.alive()) return stop();
    reads++;
    let observation: Observation;
    try {
      observation = deps.read();
    } catch {
      return; // extraction never throws by contract; a page that breaks it is simply not read
    }
    const sinceNav = now() - navigatedAt;
    if (isEmptyObservation(observation) && sinceNav < EMPTY_GRACE_MS) {
      arm(Math.max(FAST_DELAY_MS, Math.min(EMPTY_GRACE_MS - sinceNav, 500)));
      return;
    }
    const fingerprint = JSON.stringify(observation);
    if (fingerprint === lastSent) return;
    inFlight = true;
    try {
      await deps.send(observation);
      lastSent = fingerprint;
      sends++;
    } catch {
      // The background was restarting or the extension was reloaded: try again on the next change.
    } finally {
      inFlight = false;
    }
    if (dirty) {
      dirty = false;
      poke(false);
    }
  }

  function stop(): void {
    stopped = true;
    if (timer !== null) deps.clearTimeout(timer);
    timer = null;
    disconnect();
  }

  return { poke, stop, stats: () => ({ reads, sends }) };
}
