/**
 * Whole-word phrase matching for ICP keywords, disqualifier keywords and persona title keywords.
 *
 * Cost is bounded: the first look at a text builds, in one pass, an index of its words
 * (word → the positions it starts at); every phrase is then a Map lookup plus a check at the
 * few positions its first word starts at, instead of a scan of the whole text per phrase.
 * A pack at every limit (lib/profiles/limits.ts) scores a page in well under 10 ms
 * (scripts/bench/matching.ts). The last few texts' indexes are kept, so callers that test one
 * phrase at a time (`list.filter((k) => hasPhrase(text, k))`) pay for the index once.
 * Phrases are looked for in the first MATCH_LIMITS.textLength characters of a text (the
 * description comes first in the company text; real pages stay far below the cut).
 */

import { MATCH_LIMITS } from '../profiles/limits';

/** The word characters: a phrase must not continue into one ("cro" is not in "micro"). */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_RUN = /[\p{L}\p{N}]+/gu;

interface TextIndex {
  text: string;
  /** The part of the text phrases are looked for in (MATCH_LIMITS.textLength). */
  searched: string;
  /** Each word of the text → the offsets it starts at. */
  words: Map<string, number[]>;
  /** Answers already given for this text (a pack may repeat a phrase in many lists). */
  answers: Map<string, boolean>;
  /** The words in text order (for `grams`). */
  order: { word: string; at: number }[];
  /** Built when a word is too common to anchor on: each run of 2 and 3 words, exactly as written → its starts. */
  grams: Map<string, number[]> | null;
}

/** More places than this for a phrase's rarest word: anchor on its rarest run of words instead. */
const COMMON_WORD = 16;

function gramsOf(index: TextIndex): Map<string, number[]> {
  if (index.grams) return index.grams;
  const grams = new Map<string, number[]>();
  const { order, searched } = index;
  for (let i = 0; i < order.length; i++) {
    for (let n = 2; n <= 3 && i + n - 1 < order.length; n++) {
      const last = order[i + n - 1]!;
      const key = searched.slice(order[i]!.at, last.at + last.word.length);
      const list = grams.get(key);
      if (list) list.push(order[i]!.at);
      else grams.set(key, [order[i]!.at]);
    }
  }
  index.grams = grams;
  return grams;
}


/** A handful of texts is enough: scoring looks at one company text and one title at a time. */
const CACHE_SIZE = 8;
const cache = new Map<string, TextIndex>();

let last: TextIndex | null = null;
/** The string object of the last call: `===` on the same object is a pointer check, on an equal copy a full compare. */
let lastText: string | null = null;

function indexOf(text: string): TextIndex {
  // The same string as the last call (a caller's `filter` over one list): no hashing. A caller
  // that rebuilds an equal text per ICP pays one compare, then this check is by identity again.
  if (last !== null && lastText === text) {
    lastText = text;
    return last;
  }
  lastText = text;
  const hit = cache.get(text);
  if (hit) last = hit;
  if (hit) return hit;
  // A phrase straddling the cut is not found; the cut keeps the cost of an 85 KB page bounded.
  const searched = text.length > MATCH_LIMITS.textLength ? text.slice(0, MATCH_LIMITS.textLength) : text;
  const words = new Map<string, number[]>();
  const order: { word: string; at: number }[] = [];
  for (const m of searched.matchAll(WORD_RUN)) {
    order.push({ word: m[0], at: m.index });
    const list = words.get(m[0]);
    if (list) list.push(m.index);
    else words.set(m[0], [m.index]);
  }
  const index: TextIndex = { text, searched, words, answers: new Map<string, boolean>(), order, grams: null };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(text, index);
  last = index;
  return index;
}

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // ASCII answered without the Unicode regex: nearly every boundary check is ASCII.
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return WORD_CHAR.test(ch);
}

type Words = { word: string; at: number }[];
/** A pack's phrases recur on every page: their words are split once. */
const phraseWords = new Map<string, Words>();

/** The phrase's words with their offsets in it ("b2b saas" → b2b@0, saas@4). */
function wordsOf(p: string): Words {
  let words = phraseWords.get(p);
  if (words) return words;
  words = [...p.matchAll(WORD_RUN)].map((m) => ({ word: m[0], at: m.index }));
  if (phraseWords.size >= 50_000) phraseWords.clear();
  phraseWords.set(p, words);
  return words;
}

/** The old scan, for phrases that start with a symbol (".net"): rare, and their count is capped. */
function scan(text: string, p: string): boolean {
  let i = text.indexOf(p);
  while (i >= 0) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + p.length])) return true;
    i = text.indexOf(p, i + 1);
  }
  return false;
}

function matchesIn(index: TextIndex, p: string): boolean {
  const known = index.answers.get(p);
  if (known !== undefined) return known;
  const answer = find(index, p);
  index.answers.set(p, answer);
  return answer;
}

function find(index: TextIndex, p: string): boolean {
  const words = wordsOf(p);
  const first = words[0];
  if (!first || first.at !== 0) return scan(index.searched, p);
  // Every word of the phrase stands in the text as a whole word wherever the phrase does; the
  // rarest one in this text gives the fewest places to check (none: the phrase is absent).
  let anchor = first;
  let places: number[] | undefined;
  for (const w of words) {
    const at = index.words.get(w.word);
    if (!at) return false;
    if (!places || at.length < places.length) {
      places = at;
      anchor = w;
    }
  }
  if (words.length === 1 && first.word.length === p.length) return true;
  let offset = anchor.at;
  if (places!.length > COMMON_WORD && words.length >= 2) {
    // A text made of a few words repeated: a run of 2–3 words of the phrase, exactly as the
    // phrase writes it, is far rarer than any one of them.
    const grams = gramsOf(index);
    for (let i = 0; i + 1 < words.length; i++) {
      const n = Math.min(3, words.length - i);
      const last = words[i + n - 1]!;
      const at = grams.get(p.slice(words[i]!.at, last.at + last.word.length));
      if (!at) return false;
      if (at.length < places!.length) {
        places = at;
        offset = words[i]!.at;
      }
    }
  }
  for (const at of places!) {
    const start = at - offset;
    if (start < 0 || isWordChar(index.searched[start - 1])) continue;
    if (index.searched.startsWith(p, start) && !isWordChar(index.searched[start + p.length])) return true;
  }
  return false;
}

/**
 * Whether `phrase` stands in `text` as whole words ("cro" in "CRO @ Acme", not in "micro").
 * `text` must already be lower-case; the phrase is lower-cased here.
 */
export function hasPhrase(text: string, phrase: string): boolean {
  const p = phrase.toLowerCase().trim();
  if (!p) return false;
  return matchesIn(indexOf(text), p);
}

/**
 * The phrases of `phrases` that stand in `text` as whole words, in the list's order: the same
 * answer as `phrases.filter((p) => hasPhrase(text, p))`, on one index of the text.
 * `text` must already be lower-case.
 */
export function matchPhrases(text: string, phrases: readonly string[]): string[] {
  const index = indexOf(text);
  return phrases.filter((phrase) => {
    const p = phrase.toLowerCase().trim();
    return p !== '' && matchesIn(index, p);
  });
}
