import { describe, expect, it } from 'vitest';
import { hasPhrase, matchPhrases } from '@/lib/scoring/text';
import { MATCH_LIMITS } from '@/lib/profiles/limits';

/**
 * The bounded-cost matcher (lib/scoring/text.ts) must give exactly the answers of the plain
 * whole-word scan it replaced, on ordinary text and on text made of a few repeated words
 * (where it switches to anchoring on runs of words).
 */
function reference(text: string, phrase: string): boolean {
  const p = phrase.toLowerCase().trim();
  if (!p) return false;
  let i = text.indexOf(p);
  while (i >= 0) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + p.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    i = text.indexOf(p, i + 1);
  }
  return false;
}

function rng(seed: number) {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

const SEPARATORS = [' ', ' ', ' ', ', ', '-', '/', ' & ', '. ', ' (', ') '];

describe('phrase matching', () => {
  it('matches whole words only, as documented', () => {
    const text = 'cro @ acme: micro-saas for b2b revops teams, c# and .net shops (growth-stage)';
    expect(hasPhrase(text, 'CRO')).toBe(true);
    expect(hasPhrase(text, 'cro @ acme')).toBe(true);
    expect(hasPhrase(text, 'micro')).toBe(true);
    expect(hasPhrase(text, 'saas')).toBe(true);
    expect(hasPhrase(text, 'icro')).toBe(false);
    expect(hasPhrase(text, 'b2b revops')).toBe(true);
    expect(hasPhrase(text, 'b2b  revops')).toBe(false);
    expect(hasPhrase(text, 'c#')).toBe(true);
    expect(hasPhrase(text, '.net')).toBe(true);
    expect(hasPhrase(text, 'growth')).toBe(true);
    expect(hasPhrase(text, 'growth-stage')).toBe(true);
    expect(hasPhrase(text, 'rev')).toBe(false);
    expect(hasPhrase(text, '   ')).toBe(false);
    expect(matchPhrases(text, ['saas', 'nope', 'SaaS', 'teams, c#'])).toEqual(['saas', 'SaaS', 'teams, c#']);
  });

  it.each([
    ['ordinary text', 60, 400],
    ['a few words repeated', 4, 3000],
  ])('gives the same answers as the plain scan on %s', (_name, vocabularySize, length) => {
    const r = rng(vocabularySize * 7919 + length);
    const vocabulary = Array.from({ length: vocabularySize }, (_, i) => `w${i.toString(36)}${'ab'[i % 2]}`);
    const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
    const parts: string[] = [];
    for (let i = 0; i < length; i++) parts.push(pick(vocabulary), pick(SEPARATORS));
    const text = parts.join('').toLowerCase();
    const phrases: string[] = [];
    for (let i = 0; i < 600; i++) {
      const n = 1 + Math.floor(r() * 5);
      const words = Array.from({ length: n }, () => pick(vocabulary));
      // Half copied from the text (so many match), half invented.
      if (i % 2 === 0) {
        const start = Math.floor(r() * (text.length - 40));
        phrases.push(text.slice(start, start + 3 + Math.floor(r() * 30)));
      } else phrases.push(words.join(pick(SEPARATORS)));
    }
    // The matcher looks at the first MATCH_LIMITS.textLength characters (tested below).
    const expected = phrases.filter((p) => reference(text.slice(0, MATCH_LIMITS.textLength), p));
    expect(expected.length).toBeGreaterThan(20);
    expect(phrases.filter((p) => hasPhrase(text, p))).toEqual(expected);
    expect(matchPhrases(text, phrases)).toEqual(expected);
  });

  it(`looks at the first ${MATCH_LIMITS.textLength} characters of a text`, () => {
    const text = `${'lorem ipsum '.repeat(MATCH_LIMITS.textLength / 12 + 10)}needle`;
    expect(hasPhrase(text, 'lorem ipsum')).toBe(true);
    expect(hasPhrase(text, 'needle')).toBe(false);
  });
});
