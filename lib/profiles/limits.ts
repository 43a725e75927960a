/**
 * Every limit a profile pack must keep, in one place (README "Pack limits").
 * A pack travels to every rep of a team and is scored on every page they open, so its size
 * and the cost of scoring it are bounded here rather than trusted: the schema
 * (lib/profiles/schema.ts), every reader (options import, static URL and server pull in
 * lib/sync/client.ts, `savePack`, the CLI's `--pack`) and the matcher (lib/scoring/text.ts)
 * use these numbers, and every refusal names the limit it hit.
 */
export const PACK_LIMITS = {
  /** The pack as JSON text, in UTF-8 bytes; checked before parsing and while downloading. */
  maxBytes: 2_000_000,
  /** Object/array nesting of the JSON; a real pack nests about 6 deep. */
  maxDepth: 24,
  icps: 50,
  personas: 200,
  /** Keywords and other terms (industries, locations, technologies, disqualifier values, title keywords, channels) across the whole pack. */
  termsTotal: 5_000,
  /** Terms in one list (e.g. one ICP's positive keywords). */
  termsPerList: 500,
  /** Talking-point templates across the whole pack (ICPs and personas). */
  templatesTotal: 1_000,
  /** Templates on one ICP or persona. */
  templatesPerProfile: 100,
  /** Keys of one record, e.g. an ICP's `useCases` by industry. */
  recordKeys: 100,
  /** Phrases in one list (pain points, goals, one use case's list). */
  phrasesPerList: 200,
  disqualifiersPerIcp: 100,
  objectionsPerPersona: 100,
  /** String lengths, in characters. */
  idLength: 64,
  labelLength: 200,
  termLength: 200,
  phraseLength: 2_000,
  descriptionLength: 4_000,
  changeNotesLength: 10_000,
} as const;

export type PackLimits = typeof PACK_LIMITS;

/**
 * The matcher's side of the cost bound (lib/scoring/text.ts): keywords are looked for in the
 * first `textLength` characters of a text (description, specialties and industry of a company;
 * a title). A LinkedIn description is at most 2,000 characters; a page may state up to 100 KB
 * of specialties, which would otherwise multiply the work of every keyword.
 */
export const MATCH_LIMITS = { textLength: 12_000 } as const;

/** "2 MB" for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${+(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${+(bytes / 1_000).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** UTF-8 byte length of a string without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Null when `text` fits in the pack size limit; otherwise the sentence saying why it is refused. */
export function packTextTooLarge(text: string, limit = PACK_LIMITS.maxBytes): string | null {
  // A string longer than the limit in UTF-16 units is longer in UTF-8 bytes too: no need to count.
  const bytes = text.length > limit ? text.length : utf8Length(text);
  if (bytes <= limit) return null;
  return `the pack is ${text.length > limit ? 'more than ' : ''}${formatBytes(bytes)}, larger than the limit of ${formatBytes(limit)}`;
}

/**
 * Walks already-parsed JSON (e.g. a pack that came through extension messaging) without
 * recursion, stopping as soon as it is deeper or larger than the limits. The size is the
 * length of its JSON text, estimated from strings, keys and numbers.
 * Null when it fits; otherwise the sentence saying why it is refused.
 */
export function packValueTooLarge(value: unknown, limits: { maxBytes: number; maxDepth: number } = PACK_LIMITS): string | null {
  const stack: Array<{ v: unknown; depth: number }> = [{ v: value, depth: 0 }];
  let size = 0;
  while (stack.length) {
    const { v, depth } = stack.pop()!;
    if (typeof v === 'string') size += v.length + 3;
    else if (v === null || typeof v !== 'object') size += 8;
    else {
      if (depth + 1 > limits.maxDepth) return `the pack nests deeper than ${limits.maxDepth} levels`;
      if (Array.isArray(v)) {
        size += 2 + v.length;
        for (const item of v) stack.push({ v: item, depth: depth + 1 });
      } else {
        size += 2;
        for (const key of Object.keys(v)) {
          size += key.length + 4;
          stack.push({ v: (v as Record<string, unknown>)[key], depth: depth + 1 });
        }
      }
    }
    if (size > limits.maxBytes) return `the pack is larger than the limit of ${formatBytes(limits.maxBytes)}`;
  }
  return null;
}

/** Nesting depth of JSON text, counted on the characters (outside strings) before parsing. */
export function jsonTextTooDeep(text: string, maxDepth = PACK_LIMITS.maxDepth): string | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return `the pack nests deeper than ${maxDepth} levels`;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return null;
}
