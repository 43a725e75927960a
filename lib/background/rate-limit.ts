/**
 * A sliding-window rate limiter for automatic company research (#11): at most one read every
 * `minSpacingMs` and `maxPerWindow` reads in any `windowMs`. The core is pure (state and clock in,
 * decision and new state out); `createRateLimiter` keeps the state in a store the caller gives
 * (auto-research.ts: `local:autoResearchLimit`), read before every decision, so a stopped and
 * restarted MV3 service worker (or a browser restart) cannot reset the count.
 *
 * The state is the start times of the reads in the last window (at most `maxPerWindow` numbers),
 * not a token count: a window log answers "when may the next read start" exactly, and is small.
 *
 * Clock going backwards (the rep or NTP sets the system time back): a stored time later than
 * "now" is read as "now". The limiter then waits the full spacing and counts those reads for a
 * whole window from now — never a burst because the clock moved. A clock jumping forward ages
 * reads out by wall time, which is what "60 per hour" means to LinkedIn.
 */

export interface RateLimits {
  /** The least time between the starts of two reads. */
  minSpacingMs: number;
  /** Reads allowed in any window of `windowMs`. */
  maxPerWindow: number;
  windowMs: number;
}

/** #11: "≤ 1 read per 10 s, ≤ 60 per hour". */
export const AUTO_RESEARCH_LIMITS: RateLimits = { minSpacingMs: 10_000, maxPerWindow: 60, windowMs: 3_600_000 };

export interface RateLimitState {
  /** Start times (ms since the epoch) of the reads still inside the window, oldest first. */
  reads: number[];
}

export type RateCheck =
  | { allowed: true }
  /** `retryAt`: the earliest time a read is allowed; `reason`: which limit holds it back. */
  | { allowed: false; retryAt: number; reason: 'spacing' | 'window' };

/**
 * A stored state made safe to use: anything that is not a list of finite times is dropped (a
 * damaged value must not block automatic research for ever, nor let it run unlimited — an
 * unreadable state counts as no reads, which the spacing still bounds); times in the future are
 * clamped to `now` (clock went backwards); times that left the window are dropped.
 */
export function normalizeState(raw: unknown, now: number, limits: RateLimits): RateLimitState {
  const list = raw && typeof raw === 'object' && Array.isArray((raw as { reads?: unknown }).reads) ? (raw as { reads: unknown[] }).reads : [];
  const reads = list
    .filter((t): t is number => typeof t === 'number' && Number.isFinite(t))
    .map((t) => Math.min(t, now))
    .filter((t) => now - t < limits.windowMs)
    .sort((a, b) => a - b);
  return { reads: reads.slice(-limits.maxPerWindow) };
}

/** May a read start at `now`? Pure. */
export function checkRate(state: RateLimitState, now: number, limits: RateLimits): RateCheck {
  const { reads } = normalizeState(state, now, limits);
  const last = reads[reads.length - 1];
  let retryAt = now;
  let reason: 'spacing' | 'window' = 'spacing';
  if (last !== undefined && now - last < limits.minSpacingMs) retryAt = last + limits.minSpacingMs;
  if (reads.length >= limits.maxPerWindow) {
    // The oldest read that must leave the window before one more fits.
    const freeAt = reads[reads.length - limits.maxPerWindow]! + limits.windowMs;
    if (freeAt > retryAt) {
      retryAt = freeAt;
      reason = 'window';
    }
  }
  return retryAt <= now ? { allowed: true } : { allowed: false, retryAt, reason };
}

/** Takes one read at `now` when allowed: the decision and the state to store. Pure. */
export function takeRate(state: RateLimitState, now: number, limits: RateLimits): { check: RateCheck; state: RateLimitState } {
  const current = normalizeState(state, now, limits);
  const check = checkRate(current, now, limits);
  if (!check.allowed) return { check, state: current };
  return { check, state: { reads: [...current.reads, now].slice(-limits.maxPerWindow) } };
}

/** Where the limiter keeps its state between calls (and service-worker restarts). */
export interface RateLimitStore {
  get: () => Promise<unknown>;
  set: (state: RateLimitState) => Promise<void>;
}

export interface RateLimiter {
  /** Takes a read now if the limits allow; the state is stored before the answer. */
  tryTake: () => Promise<RateCheck>;
  /** Whether a read could start now, without taking one. */
  peek: () => Promise<RateCheck>;
}

/**
 * The limiter over a store, with the clock injected. Calls are serialised, so two pages scored at
 * the same moment cannot both take the last read; the state is read from the store on every call
 * (never cached), so a worker that was stopped starts from what the last one stored.
 */
export function createRateLimiter(store: RateLimitStore, limits: RateLimits = AUTO_RESEARCH_LIMITS, clock: () => number = Date.now): RateLimiter {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const read = async (now: number) => normalizeState(await store.get().catch(() => null), now, limits);
  return {
    tryTake: () =>
      serial(async () => {
        const now = clock();
        const { check, state } = takeRate(await read(now), now, limits);
        if (check.allowed) await store.set(state);
        return check;
      }),
    peek: () =>
      serial(async () => {
        const now = clock();
        return checkRate(await read(now), now, limits);
      }),
  };
}
