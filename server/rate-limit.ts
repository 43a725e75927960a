/**
 * Counts failed authentications per key (a client address, a team name) over a sliding
 * window. Tokens are 256-bit random, so guessing one is hopeless anyway; the limit keeps a
 * misconfigured or hostile client from hammering the server and makes the attempts visible
 * in the log (#9).
 */
export interface FailureLimiterOptions {
  /** Failures allowed per window before further attempts are refused. @default 10 */
  limit?: number;
  /** @default 60_000 (one minute) */
  windowMs?: number;
  /** Keys remembered at most; the oldest are forgotten first, so memory stays bounded. @default 10_000 */
  maxKeys?: number;
  now?: () => number;
}

export class FailureLimiter {
  readonly limit: number;
  readonly windowMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;
  /** Failure times per key, oldest first, at most `limit` of them. */
  private readonly failures = new Map<string, number[]>();

  constructor({ limit = 10, windowMs = 60_000, maxKeys = 10_000, now = Date.now }: FailureLimiterOptions = {}) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.maxKeys = maxKeys;
    this.now = now;
  }

  private recent(key: string): number[] {
    const times = this.failures.get(key);
    if (!times) return [];
    const since = this.now() - this.windowMs;
    while (times.length > 0 && (times[0] ?? 0) <= since) times.shift();
    if (times.length === 0) this.failures.delete(key);
    return times;
  }

  /** Seconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string): number {
    const times = this.recent(key);
    if (times.length < this.limit) return 0;
    const oldest = times[0] ?? this.now();
    return Math.max(1, Math.ceil((oldest + this.windowMs - this.now()) / 1000));
  }

  /** Records a failure; returns how many `key` has in the window now. */
  fail(key: string): number {
    const times = this.recent(key);
    times.push(this.now());
    // Only the newest `limit` matter for the decision.
    if (times.length > this.limit) times.splice(0, times.length - this.limit);
    // Re-inserting moves the key to the end: the map's order is least recently failed first.
    this.failures.delete(key);
    this.failures.set(key, times);
    while (this.failures.size > this.maxKeys) {
      const oldest = this.failures.keys().next().value;
      if (oldest === undefined) break;
      this.failures.delete(oldest);
    }
    return times.length;
  }
}
