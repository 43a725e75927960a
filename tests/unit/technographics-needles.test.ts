import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINGERPRINTS } from '../../lib/technographics/fingerprints';
import { NeedleSet } from '../../lib/technographics/needles';

/** The reference: one alternation, longest first, restarted one character after each match. */
function byRegex(needles: string[], text: string): string[] {
  const sorted = [...new Set(needles)].sort((a, b) => b.length - a.length);
  const re = new RegExp(sorted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(`${m.index}:${m[0]}`);
    re.lastIndex = m.index + 1;
  }
  return out;
}

function byNeedleSet(needles: string[], text: string): string[] {
  const out: string[] = [];
  new NeedleSet(needles).scan(text, (i, n) => void out.push(`${i}:${n}`));
  return out;
}

const inline = FINGERPRINTS.flatMap((f) => f.inline ?? []);

describe('NeedleSet finds what the regex alternation finds', () => {
  it('on text built from needle pieces, overlapping and nested needles included', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let round = 0; round < 30; round++) {
      let text = '';
      while (text.length < 5000) {
        const needle = inline[rand(inline.length)]!;
        // Whole needles, their prefixes and suffixes, and noise (multi-byte and astral characters too).
        const cut = rand(3) === 0 ? needle.slice(0, rand(needle.length)) : rand(3) === 0 ? needle.slice(rand(needle.length)) : needle;
        text += cut + ['', ' ', '.', 'ü', '😀', '_'][rand(6)];
      }
      expect(byNeedleSet(inline, text)).toEqual(byRegex(inline, text));
    }
  });

  it('with needles shorter than four characters and needles that are prefixes of others', () => {
    const needles = ['ab', 'abc', 'abcd', 'abcdef', 'bcd', 'x', 'cdefg'];
    const text = 'zabcdefgh abcx bcdab xabcdefabc';
    expect(byNeedleSet(needles, text)).toEqual(byRegex(needles, text));
  });

  it('stops when asked', () => {
    const seen: number[] = [];
    new NeedleSet(['_hsq', 'gtag(']).scan('_hsq gtag( _hsq', (i) => {
      seen.push(i);
      return true;
    });
    expect(seen).toEqual([0]);
  });

  const real = resolve(process.cwd(), '../shared/fixtures/real/company');
  it.skipIf(!existsSync(real))('on the inline scripts of the real company sites (../shared)', () => {
    for (const file of readdirSync(real).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(real, file), 'utf8');
      const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
      expect(byNeedleSet(inline, scripts), file).toEqual(byRegex(inline, scripts));
    }
  });
});
