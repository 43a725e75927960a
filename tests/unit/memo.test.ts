import { describe, expect, it } from 'vitest';
import { memoize } from '@/lib/normalize/memo';

describe('memoize', () => {
  it('answers a repeated string from the cache and each different string once', () => {
    const calls: string[] = [];
    const upper = memoize((s: string) => (calls.push(s), s.toUpperCase()));
    expect([upper('cfo'), upper('cfo'), upper('vp sales'), upper('cfo')]).toEqual(['CFO', 'CFO', 'VP SALES', 'CFO']);
    expect(calls).toEqual(['cfo', 'vp sales']);
  });

  it('keeps answers apart by every argument, objects by their JSON', () => {
    const calls: unknown[] = [];
    const f = memoize((a: string, b: { n: number }) => (calls.push([a, b.n]), `${a}:${b.n}`));
    expect([f('x', { n: 1 }), f('x', { n: 2 }), f('x', { n: 1 })]).toEqual(['x:1', 'x:2', 'x:1']);
    expect(calls).toHaveLength(2);
  });

  it('caches undefined answers and starts over when the cache is full', () => {
    let calls = 0;
    const f = memoize((s: string) => void (calls++, s), 2);
    f('a');
    f('a');
    expect(calls).toBe(1);
    f('b');
    f('c'); // full at 2: cleared, then 'c' stored
    f('a');
    expect(calls).toBe(4);
  });
});
