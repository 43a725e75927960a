import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { AUTO_RESEARCH_LIMITS, checkRate, createRateLimiter, normalizeState, takeRate, type RateLimitStore } from '@/lib/background/rate-limit';

/**
 * The automatic-research limiter (#11: ≤ 1 read per 10 s, ≤ 60 per hour), with an injected clock:
 * the pure window, a stored state that outlives the service worker, and a clock that goes back.
 */
const L = AUTO_RESEARCH_LIMITS;
const T0 = Date.parse('2026-11-29T14:00:00Z');
const S = 1000;
const MIN = 60 * S;

function memoryStore(): RateLimitStore & { value: unknown } {
  const store = {
    value: undefined as unknown,
    get: async () => store.value,
    set: async (v: unknown) => {
      store.value = structuredClone(v);
    },
  };
  return store;
}

describe('the window (pure)', () => {
  it('allows the first read, then holds the next one until 10 s after the first started', () => {
    let state = { reads: [] as number[] };
    const first = takeRate(state, T0, L);
    expect(first.check.allowed).toBe(true);
    state = first.state;
    expect(checkRate(state, T0 + 9_999, L)).toEqual({ allowed: false, retryAt: T0 + 10 * S, reason: 'spacing' });
    expect(takeRate(state, T0 + 5 * S, L).state).toEqual(state); // refused: nothing taken
    expect(checkRate(state, T0 + 10 * S, L)).toEqual({ allowed: true });
  });

  it('allows 60 reads an hour at the 10 s spacing and refuses the 61st until the first leaves the hour', () => {
    let state = { reads: [] as number[] };
    let now = T0;
    let taken = 0;
    // Ask every 10 s for 20 minutes (120 asks): only 60 may pass.
    for (let i = 0; i < 120; i++, now += 10 * S) {
      const r = takeRate(state, now, L);
      state = r.state;
      if (r.check.allowed) taken++;
    }
    expect(taken).toBe(60);
    const held = checkRate(state, now, L);
    expect(held).toEqual({ allowed: false, retryAt: T0 + 60 * MIN, reason: 'window' });
    expect(checkRate(state, T0 + 60 * MIN, L).allowed).toBe(true);
    // Over any hour, never more than 60: slide an hour-long window over every read taken.
    const reads = takeRate(state, T0 + 60 * MIN, L).state.reads;
    for (const start of reads) expect(reads.filter((t) => t >= start && t < start + 60 * MIN).length).toBeLessThanOrEqual(60);
  });

  it('keeps at most 60 times and drops those older than the hour', () => {
    const old = Array.from({ length: 80 }, (_, i) => T0 - 2 * 60 * MIN + i * S);
    expect(normalizeState({ reads: old }, T0, L).reads).toEqual([]);
    const recent = Array.from({ length: 80 }, (_, i) => T0 - 30 * MIN + i * S);
    expect(normalizeState({ reads: recent }, T0, L).reads).toHaveLength(60);
  });

  it('reads a damaged state as no reads, never as a crash (the spacing still applies after the next read)', () => {
    for (const raw of [null, 'x', { reads: 'x' }, { reads: [Number.NaN, 'a', null] }, 42]) {
      expect(normalizeState(raw, T0, L)).toEqual({ reads: [] });
      expect(checkRate(normalizeState(raw, T0, L), T0, L).allowed).toBe(true);
    }
  });

  it('a clock that went backwards never allows a burst: future times count as now', () => {
    // 60 reads stamped "in the future" (the clock was set back an hour and a half after they ran).
    const future = Array.from({ length: 60 }, (_, i) => T0 + 90 * MIN + i * 10 * S);
    const state = normalizeState({ reads: future }, T0, L);
    expect(state.reads.every((t) => t === T0)).toBe(true);
    expect(checkRate(state, T0, L)).toMatchObject({ allowed: false, reason: 'window', retryAt: T0 + 60 * MIN });
    // One read in the future: the next waits the full 10 s from now, not until that future time.
    expect(checkRate({ reads: [T0 + 5 * MIN] }, T0, L)).toEqual({ allowed: false, retryAt: T0 + 10 * S, reason: 'spacing' });
  });
});

describe('the stored limiter', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a restarted service worker (a new limiter over the same storage) keeps the spacing and the count', async () => {
    const item = storage.defineItem<unknown>('local:rateLimitTest', { fallback: null });
    const store: RateLimitStore = { get: () => item.getValue(), set: (s) => item.setValue(s) };
    let now = T0;
    const clock = () => now;
    const before = createRateLimiter(store, L, clock);
    expect(await before.tryTake()).toEqual({ allowed: true });
    // The worker is stopped; a new one starts 3 s later with fresh module state.
    now += 3 * S;
    const after = createRateLimiter(store, L, clock);
    expect(await after.tryTake()).toEqual({ allowed: false, retryAt: T0 + 10 * S, reason: 'spacing' });
    now = T0 + 10 * S;
    expect(await after.tryTake()).toEqual({ allowed: true });
    // Fill the hour across many "restarts": each worker lives for one read.
    for (let i = 2; i < 70; i++) {
      now = T0 + i * 10 * S;
      await createRateLimiter(store, L, clock).tryTake();
    }
    expect(await createRateLimiter(store, L, clock).peek()).toMatchObject({ allowed: false, reason: 'window', retryAt: T0 + 60 * MIN });
    expect(((await item.getValue()) as { reads: number[] }).reads).toHaveLength(60);
  });

  it('two reads asked for at the same moment: only one is taken', async () => {
    const store = memoryStore();
    const limiter = createRateLimiter(store, L, () => T0);
    const [a, b] = await Promise.all([limiter.tryTake(), limiter.tryTake()]);
    expect([a.allowed, b.allowed].sort()).toEqual([false, true]);
    expect((store.value as { reads: number[] }).reads).toEqual([T0]);
  });

  it('peek takes nothing', async () => {
    const store = memoryStore();
    const limiter = createRateLimiter(store, L, () => T0);
    expect(await limiter.peek()).toEqual({ allowed: true });
    expect(await limiter.peek()).toEqual({ allowed: true });
    expect(store.value).toBeUndefined();
  });
});
