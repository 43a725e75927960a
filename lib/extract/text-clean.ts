/**
 * The cleaning of every text value an observation carries (the Recorder strips decoration,
 * lib/extract/complete.ts finishes it):
 * icon-font glyphs, emoji used as decoration, dingbats, private-use and unassigned code points,
 * control and invisible formatting characters go; letters, marks and digits of every script stay
 * (CJK, Arabic, Cyrillic, Devanagari with its joiners, accents).
 *
 * Every pattern here is a single character class or a fixed-width lookaround: linear in the input.
 */
import { clean } from './dom';

/** Control characters become spaces (they often separate words in scraped text). */
const CONTROL = /\p{Cc}+/gu;
/**
 * Removed outright: other symbols (emoji, dingbats, ©®™, arrows drawn as pictographs), private-use
 * (icon fonts such as LinkedIn's), unassigned and surrogate code points, enclosing marks (keycaps),
 * emoji variation selectors and skin-tone modifiers, and invisible format characters except the
 * joiners that Indic and Persian spelling need (handled below).
 */
const DECORATION = /[\p{So}\p{Co}\p{Cn}\p{Cs}\p{Me}\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]|(?![\u200c\u200d])\p{Cf}/gu;
/** A zero-width joiner or non-joiner not inside a word is a leftover of a removed emoji sequence. */
const LOOSE_JOINER = /(?<![\p{L}\p{M}])[\u200c\u200d]|[\u200c\u200d](?![\p{L}\p{M}])/gu;
/**
 * Punctuation of scripts other than the text's own, used by icon fonts as glyphs ("꩜" U+AA5C).
 * Only removed at the ends of a word (or when it is the whole word); the punctuation of Latin,
 * Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic, Thai, CJK and fullwidth text is kept everywhere.
 */
const TEXT_PUNCT = /[\u0000-\u00ff\u037e\u0387\u055a-\u055f\u0589\u058a\u0590-\u06ff\u0964\u0965\u0e4f\u0e5a\u0e5b\u104a\u104b\u1361-\u1368\u17d4-\u17da\u2010-\u205e\u3000-\u303f\ufe10-\ufe6f\uff00-\uffef]/u;
const PUNCT = /^\p{P}$/u;
/** Separators left dangling at either end once decoration is gone ("• Acme", "Acme |"). */
const EDGE = new Set([...'•·|‣◦∙⋅~*']);

function isGlyph(ch: string): boolean {
  return PUNCT.test(ch) && !TEXT_PUNCT.test(ch);
}

/** A word without the foreign glyphs at its ends (loops, not a regex: no backtracking on runs). */
function trimWord(word: string): string {
  // Only punctuation can be a glyph: most words neither start nor end with any (no array per word).
  if (!/^\p{P}|\p{P}$/u.test(word)) return word;
  const chars = Array.from(word);
  let i = 0;
  let j = chars.length;
  while (i < j && isGlyph(chars[i]!)) i++;
  while (j > i && isGlyph(chars[j - 1]!)) j--;
  return i === 0 && j === chars.length ? word : chars.slice(i, j).join('');
}

function trimEdges(s: string): string {
  const a = s[0];
  const z = s[s.length - 1];
  if (a !== ' ' && z !== ' ' && !EDGE.has(a!) && !EDGE.has(z!)) return s; // edge marks are single UTF-16 units
  const chars = Array.from(s);
  let i = 0;
  let j = chars.length;
  while (i < j && (EDGE.has(chars[i]!) || chars[i] === ' ')) i++;
  while (j > i && (EDGE.has(chars[j - 1]!) || chars[j - 1] === ' ')) j--;
  return i === 0 && j === chars.length ? s : chars.slice(i, j).join('');
}

/**
 * A value without decoration: control characters, emoji, symbols, private-use and invisible
 * characters removed, whitespace collapsed, separators at the ends dropped. What the content
 * scripts record (lib/extract/record.ts). Linear in the input length.
 */
export function stripDecoration(value: string | null | undefined): string {
  if (!value) return '';
  let s = clean(value.replace(CONTROL, ' '));
  // Plain printable ASCII has nothing to strip beyond edge separators.
  if (/[^\u0020-\u007e]/.test(s)) s = clean(s.replace(DECORATION, '').replace(LOOSE_JOINER, ''));
  return trimEdges(s);
}

/**
 * The displayable text of a value: `stripDecoration`, then punctuation of other scripts used as
 * glyphs at the ends of words ("꩜Substrate" → "Substrate"). Runs when the observation is completed
 * (lib/extract/complete.ts), outside the LinkedIn content script's size budget (#12): a value the
 * content script recorded is never made empty by it, as a value with no letter or digit is not
 * recorded. Linear in the input length.
 */
export function cleanText(value: string | null | undefined): string {
  const s = stripDecoration(value);
  return /[^\u0020-\u007e]/.test(s) ? trimEdges(s.split(' ').map(trimWord).filter(Boolean).join(' ')) : s;
}
