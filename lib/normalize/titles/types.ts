import { DEPARTMENTS, type Department, type Seniority } from '../../profiles/taxonomy';

/**
 * The shape of one title language (lib/normalize/titles/<code>.ts). A language is plain data: the
 * classifier engine (lib/normalize/title.ts) reads every module in the registry (./index.ts) and
 * tests/unit/title-languages.test.ts lints them. Adding a language = one module + its examples +
 * one line in the registry; a module missing a part fails to compile (this type) or the lint test.
 */

export const TITLE_LANGUAGE_CODES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'no', 'pl', 'cs', 'tr'] as const;
export type TitleLanguageCode = (typeof TITLE_LANGUAGE_CODES)[number];

/**
 * A meaning, written as space-separated tokens so the modules stay plain, readable data:
 * - a level: `owner partner cxo vp director head manager` (at most one);
 * - a modifier: `senior entry intern` (at most one);
 * - a department (lib/profiles/taxonomy.ts), strong unless `weak` is given;
 * - `role`: the word names a person ("Recruiter", "Engineer"), so a title with no level is `individual`;
 * - `up`: only when written in capitals in the title ("IT", not "it"; "MD", not "md");
 * - `low`: a side role (speaker, investor, advisor) that counts only when nothing else does;
 * - `kind:<k>`: a word whose meaning depends on its neighbours, resolved by a named rule in the engine
 *   (ex, tail, tailc, assist, partner, chef, staff, assoc, manager, team, unit, admin, site).
 *   `kind:site`: a place or industry someone runs (factory, industry, workshop, waste, department store): its
 *   department counts only for a head, manager or director with no function word ("Leiter Papierfabrik"), never
 *   for a role ("Industrial Engineer" stays engineering).
 * Examples: `'cxo executive weak'` (Geschäftsführer), `'role sales'` (Verkäufer), `'head'` (Leiter).
 */
export type Meaning = string;

/** Words and phrases per meaning: `{ 'head': 'leiter, leiterin, leitung' }`. Comma-separated, written as
 * people write them (accents and capitals are folded by the engine; a phrase is words separated by spaces). */
export type Vocabulary = Readonly<Record<Meaning, string>>;

/** The labels LinkedIn's company About list uses in this UI language, lower case as shown: PAGE_LABELS
 * in ./index.ts, read by lib/extract/complete.ts for the labels the content script does not know. */
export interface PageLabels {
  website: readonly string[];
  industry: readonly string[];
  size: readonly string[];
  headquarters: readonly string[];
  founded: readonly string[];
  specialties: readonly string[];
}

/** What every language must show with at least one example title (checked by the lint test). */
export const EXAMPLE_CLASSES = ['level', 'department', 'role', 'modifier', 'board'] as const;
/** Extra class for languages that glue words into compounds. */
export const COMPOUND_CLASS = 'compound';
export type ExampleClass = (typeof EXAMPLE_CLASSES)[number] | typeof COMPOUND_CLASS;
export type TitleExample = readonly [title: string, department: Department, seniority: Seniority];

export interface TitleLanguage {
  code: TitleLanguageCode;
  /** English name, for reports. */
  name: string;
  words: Vocabulary;
  /**
   * Parts matched inside one written word (German, Dutch, Swedish, Danish, Norwegian):
   * `heads` end the word ("…leiterin", "…chef", "…hoofd"), `modifiers` begin or sit inside it
   * ("vertriebs…", "inköps…"). Present exactly for languages with `compounds`.
   */
  compounds?: { heads: Vocabulary; modifiers: Vocabulary };
  labels: PageLabels;
  /** Titles in this language, each naming what the classifier must answer, per class. */
  examples: Readonly<Partial<Record<ExampleClass, readonly TitleExample[]>>>;
}

// ---------------------------------------------------------------- meanings
export type Level = 'owner' | 'partner' | 'cxo' | 'vp' | 'director' | 'head' | 'manager';
export type Mod = 'senior' | 'entry' | 'intern';
export const KINDS = ['ex', 'tail', 'tailc', 'assist', 'partner', 'chef', 'staff', 'assoc', 'manager', 'team', 'unit', 'admin', 'site'] as const;
export type Kind = (typeof KINDS)[number];

export interface Entry {
  d?: Department;
  weak?: boolean;
  lvl?: Level;
  mod?: Mod;
  role?: boolean;
  up?: boolean;
  kind?: Kind;
  low?: boolean;
  /** The meaning as written in the module (identity for duplicate checks). */
  key: string;
}

const LEVELS: readonly string[] = ['owner', 'partner', 'cxo', 'vp', 'director', 'head', 'manager'];
const MODS: readonly string[] = ['senior', 'entry', 'intern'];

/** Parses a meaning; throws on anything it does not know, so a typo in a module fails the lint test. */
export function parseMeaning(key: Meaning): Entry {
  const e: Entry = { key: key.trim().split(/\s+/).join(' ') };
  for (const tok of e.key.split(' ')) {
    if (LEVELS.includes(tok) && !e.lvl) e.lvl = tok as Level;
    else if (MODS.includes(tok) && !e.mod) e.mod = tok as Mod;
    else if ((DEPARTMENTS as readonly string[]).includes(tok) && !e.d) e.d = tok as Department;
    else if (tok === 'weak') e.weak = true;
    else if (tok === 'role') e.role = true;
    else if (tok === 'up') e.up = true;
    else if (tok === 'low') e.low = true;
    else if (tok.startsWith('kind:') && (KINDS as readonly string[]).includes(tok.slice(5)) && !e.kind) e.kind = tok.slice(5) as Kind;
    else throw new Error(`meaning "${key}": unknown or repeated token "${tok}"`);
  }
  if (e.weak && !e.d) throw new Error(`meaning "${key}": "weak" needs a department`);
  return e;
}

/** Comma-separated words of a vocabulary line, trimmed, empties dropped. */
export function wordsOf(list: string): string[] {
  return list.split(',').map((w) => w.trim()).filter(Boolean);
}
