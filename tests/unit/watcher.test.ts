import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageWatcher, EMPTY_GRACE_MS, FAST_DELAY_MS, FAST_WINDOW_MS, SLOW_DELAY_MS } from '@/lib/content/watcher';
import type { Observation } from '@/lib/observation';

function obs(name: string | null, url = 'https://www.linkedin.com/in/x/'): Observation {
  return {
    url,
    kind: 'linkedin-person',
    person: name ? { name, headline: null, title: null, company: null, companyLinkedinUrl: null, location: null, linkedinUrl: null } : null,
    people: [],
    company: null,
    evidence: {},
    missing: [],
  };
}

describe('page watcher (content script scheduling)', () => {
  let page: Observation;
  let sent: Observation[];
  let mutate: () => void;
  let disconnected: boolean;

  beforeEach(() => {
    vi.useFakeTimers();
    page = obs('Dana Whitfield');
    sent = [];
    disconnected = false;
  });
  afterEach(() => vi.useRealTimers());

  function make() {
    const read = vi.fn(() => page);
    const watcher = createPageWatcher({
      read,
      send: async (o) => void sent.push(o),
      observe: (cb) => {
        mutate = cb;
        return () => (disconnected = true);
      },
      setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
      now: () => Date.now(),
    });
    return { watcher, read };
  }

  it('reads once shortly after a navigation and sends the result', async () => {
    const { watcher } = make();
    watcher.poke(true);
    await vi.advanceTimersByTimeAsync(FAST_DELAY_MS);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.person!.name).toBe('Dana Whitfield');
  });

  it('reads a freshly loaded page at once, but waits a moment after an in-app navigation', async () => {
    const { watcher, read } = make();
    watcher.poke(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(read).toHaveBeenCalledTimes(1);
    expect(sent).toHaveLength(1);
    // LinkedIn changes the URL before it renders the next profile: no read at the same instant.
    page = obs('Lee Chen', 'https://www.linkedin.com/company/northwind/');
    watcher.poke(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(read).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(FAST_DELAY_MS);
    expect(read).toHaveBeenCalledTimes(2);
    expect(sent.at(-1)!.person!.name).toBe('Lee Chen');
  });

  it('batches a burst of mutations into one read and sends nothing while the page is unchanged', async () => {
    const { watcher, read } = make();
    watcher.poke(true);
    await vi.advanceTimersByTimeAsync(FAST_DELAY_MS);
    read.mockClear();
    for (let i = 0; i < 500; i++) mutate();
    await vi.advanceTimersByTimeAsync(FAST_DELAY_MS);
    expect(read).toHaveBeenCalledTimes(1);
    expect(sent).toHaveLength(1);
  });

  it('sends again when late-rendered content changes what the page says', async () => {
    const { watcher } = make();
    watcher.poke(true);
    await vi.advanceTimersByTimeAsync(FAST_DELAY_MS);
    page = { ...page, person: { ...page.person!, title: 'VP of Sales' } };
    mutate();
    await vi.advanceTimersByTimeAsync(FAST_DELAY_MS);
    expect(sent.map((o) => o.person!.title)).toEqual([null, 'VP of Sales']);
  });

  it('slows down once the page has settled, and is fast again after in-app navigation', async () => {
    const { watcher, read } = make();
    watcher.poke(true);
    await vi.advanceTimersByTimeAsync(FAST_WINDOW_MS + 10);
    read.mockClear();
    mutate();
    await vi.advanceTimersByTimeAsync(FAST_DELAY_MS);
    expect(read).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(SLOW_DELAY_MS);
    expect(read).toHaveBeenCalledTimes(1);
    page = obs('Lee Chen', 'https://www.linkedin.com/company/northwind/');
    mutate(); // a slow timer is armed…
    watcher.poke(true); // …and the navigation replaces it
    await vi.advanceTimersByTimeAsync(FAST_DELAY_MS);
    expect(sent.at(-1)!.person!.name).toBe('Lee Chen');
  });

  it('takes a mutation under a new URL for an in-app navigation: read at the fast pace again, and at once when a slow timer was armed', async () => {
    let url = 'https://www.linkedin.com/in/dana/';
    const read = vi.fn(() => page);
    const watcher = createPageWatcher({
      read,
      send: async (o) => void sent.push(o),
      observe: (cb) => ((mutate = cb), () => {}),
      setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
      location: () => url,
    });
    watcher.poke(true);
    await vi.advanceTimersByTimeAsync(FAST_WINDOW_MS + 10);
    read.mockClear();
    mutate(); // LinkedIn's chatter on the same page: the slow pace
    await vi.advanceTimersByTimeAsync(FAST_DELAY_MS);
    expect(read).not.toHaveBeenCalled();
    url = 'https://www.linkedin.com/in/lee/';
    page = obs('Lee Chen', url);
    mutate(); // the new profile renders: a navigation, the slow timer replaced
    await vi.advanceTimersByTimeAsync(FAST_DELAY_MS);
    expect(read).toHaveBeenCalledTimes(1);
    expect(sent.at(-1)!.person!.name).toBe('Lee Chen');
    read.mockClear();
    mutate(); // still within the fast window of that navigation
    await vi.advanceTimersByTimeAsync(FAST_DELAY_MS);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('stops observing once the extension is gone (reloaded or updated under an open tab)', async () => {
    let alive = true;
    const read = vi.fn(() => page);
    const watcher = createPageWatcher({
      read,
      send: async (o) => void sent.push(o),
      observe: (cb) => ((mutate = cb), () => (disconnected = true)),
      setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
      alive: () => alive,
    });
    watcher.poke(true);
    await vi.advanceTimersByTimeAsync(FAST_DELAY_MS);
    expect(sent).toHaveLength(1);
    alive = false;
    page = obs('Changed');
    mutate();
    await vi.advanceTimersByTimeAsync(SLOW_DELAY_MS * 2);
    expect(read).toHaveBeenCalledTimes(1);
    expect(disconnected).toBe(true);
  });

  it('holds back an empty read while the page is still rendering, then reports it', async () => {
    page = obs(null);
    const { watcher } = make();
    watcher.poke(true);
    await vi.advanceTimersByTimeAsync(EMPTY_GRACE_MS - 100);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.person).toBeNull();
  });

  it('stops cleanly: no more reads, observer disconnected', async () => {
    const { watcher, read } = make();
    watcher.poke(true);
    watcher.stop();
    mutate();
    watcher.poke(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(read).not.toHaveBeenCalled();
    expect(disconnected).toBe(true);
  });

  it('keeps one send in flight and re-reads once after it when the page changed meanwhile', async () => {
    let release!: () => void;
    const reads: number[] = [];
    const watcher = createPageWatcher({
      read: () => (reads.push(1), page),
      send: (o) => new Promise<void>((r) => ((release = r), sent.push(o))),
      observe: (cb) => ((mutate = cb), () => {}),
      setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
    });
    watcher.poke(true);
    await vi.advanceTimersByTimeAsync(FAST_DELAY_MS);
    expect(sent).toHaveLength(1);
    page = obs('Changed');
    mutate();
    mutate();
    await vi.advanceTimersByTimeAsync(FAST_DELAY_MS * 4);
    expect(reads).toHaveLength(1); // nothing read while the send is in flight
    release();
    await vi.advanceTimersByTimeAsync(FAST_DELAY_MS * 2);
    expect(reads).toHaveLength(2);
    expect(sent.at(-1)!.person!.name).toBe('Changed');
  });
});
