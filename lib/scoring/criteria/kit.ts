import { z } from 'zod';
import type { CompanyObservation, Evidence } from '../../observation';
import { compareRange, formatRange } from '../../normalize/employees';
import { locationMatches } from '../../normalize/location';
import { formatMoney } from '../../normalize/revenue';
import { PACK_LIMITS } from '../../profiles/limits';
import type { CriterionStatus } from '../types';

/**
 * What every ICP criterion module (lib/scoring/criteria/<id>.ts) is made of, and the helpers
 * several of them share. The registry (./index.ts) holds one `CriterionModule` per id; the pack
 * schema, the scorer, the CSV reader and the options editor all read it, so a criterion is one
 * module (see docs/design.md, "Adding a criterion").
 */

/**
 * What is known of one company, from pages or a CRM row. Anything unknown is null:
 * a criterion that needs it is "unknown", never a miss.
 */
export interface AccountFacts {
  company: CompanyObservation;
  /** Annual revenue in US dollars (CRM exports; pages rarely state it). */
  revenue: { min: number | null; max: number | null } | null;
  /** Head-count or revenue growth per year, in percent. */
  growthPercent: number | null;
  /** Evidence by field ("company.industry", "revenue"). */
  evidence: Record<string, Evidence>;
}

/** One criterion's verdict on one company; `field` names the evidence it looked at. */
export type Check = { status: Exclude<CriterionStatus, 'disqualified'>; sentence: string; field: string | null };

/**
 * A fact a criterion can hand to talking points (issue #10): its name as a template variable,
 * where it comes from (an evidence field such as "company.industry", or "technology:<category>"
 * with the category exactly as in `technologies[].category`), and how to read it.
 */
export interface CriterionFact {
  name: string;
  source: string;
  read: (facts: AccountFacts) => string | null;
}

/** Reading a criterion's facts out of a CRM row. */
export interface CsvContext {
  /** The trimmed cell of a role ("" when the column is absent or empty). */
  get: (role: string) => string;
  /** Records evidence for `field` as "<header>: <value>". */
  note: (field: string, role: string, value: string) => void;
  facts: AccountFacts;
}

export interface CriterionCsv {
  /** Column roles this criterion reads, each with the header names it is known by (lower-case, letters and digits only). */
  columns: Record<string, readonly string[]>;
  /** Fills `ctx.facts` from the row; returns an error sentence for a cell that cannot be read, else null. */
  read: (ctx: CsvContext) => string | null;
}

type KeysOf<C, V> = { [K in keyof C]-?: NonNullable<C[K]> extends V ? (V extends NonNullable<C[K]> ? K : never) : never }[keyof C] & string;

/** One field of the options editor, described as data so lib/ stays free of React. */
export type EditorField<C> =
  | { kind: 'chips'; key: KeysOf<C, string[]>; label: string; suggestions?: 'industry-names' | 'technology-names'; hint?: string }
  | { kind: 'number'; key: KeysOf<C, number | null> | KeysOf<C, number>; label: string; min?: number; max?: number; required?: boolean }
  | { kind: 'checkbox'; key: KeysOf<C, boolean>; label: string };

export interface CriterionEditor<C> {
  /** The checkbox that turns the criterion on in the editor. */
  title: string;
  /** Fields shown side by side (two numbers) rather than one per line. */
  layout: 'stack' | 'grid2';
  fields: EditorField<C>[];
}

/**
 * One ICP criterion. Every part is required: leave one out and the registry in ./index.ts
 * does not compile.
 */
export interface CriterionModule<Id extends string, S extends z.ZodType<{ weight: number }>> {
  id: Id;
  /** Short label in results and sentences: "Industry", "Company size". */
  label: string;
  /** Its settings in a pack (without `.optional()`: the registry adds that). */
  schema: S;
  /** What the options editor starts a new criterion with; must pass `schema`. */
  defaultValue: () => z.output<S>;
  /** The verdict on one company. Unknown data is `unknown`, never a miss. */
  check: (config: z.output<S>, facts: AccountFacts) => Check;
  /** Facts it can supply to talking points ([] when none). */
  facts: readonly CriterionFact[];
  csv: CriterionCsv;
  editor: CriterionEditor<z.output<S>>;
}

/** Declares a criterion with its config type inferred from its schema. */
export function defineCriterion<const Id extends string, S extends z.ZodType<{ weight: number }>>(m: CriterionModule<Id, S>): CriterionModule<Id, S> {
  return m;
}

// ---- zod parts shared by criteria (the pack's limits live in lib/profiles/limits.ts) ----

export const terms = z.array(z.string().trim().min(1, 'must not be empty').max(PACK_LIMITS.termLength)).max(PACK_LIMITS.termsPerList);
/** Relative importance of a criterion; only ratios matter. */
export const weight = z.number().min(0, 'must be 0 or more').max(100, 'must be 100 or less');

export const rangeSchema = z
  .object({
    min: z.number().nonnegative().nullable().default(null),
    max: z.number().nonnegative().nullable().default(null),
    weight,
  })
  .refine((r) => r.min === null || r.max === null || r.min <= r.max, {
    message: 'min must not be greater than max',
    path: ['min'],
  })
  .refine((r) => r.min !== null || r.max !== null, { message: 'give a min, a max or both', path: ['min'] });

// ---- helpers shared by criteria and disqualifiers ----

export const unknown = (sentence: string): Check => ({ status: 'unknown', sentence, field: null });

/**
 * ICP bounds as words, kept by value: every page is checked against the same few bounds of the
 * pack, and toLocaleString is a large part of a range check (#17). Bounded; cleared when full.
 */
const boundsTexts = new Map<string, string>();

export function boundsText(min: number | null, max: number | null, money = false): string {
  const key = `${min}|${max}|${money}`;
  let text = boundsTexts.get(key);
  if (text === undefined) {
    text = boundsTextUncached(min, max, money);
    if (boundsTexts.size >= 1000) boundsTexts.clear();
    boundsTexts.set(key, text);
  }
  return text;
}

function boundsTextUncached(min: number | null, max: number | null, money: boolean): string {
  const f = (n: number) => (money ? formatMoney(n) : n.toLocaleString('en-US'));
  if (min !== null && max !== null) return `${f(min)}–${f(max)}`;
  if (min !== null) return `${f(min)} or more`;
  return `up to ${f(max ?? 0)}`;
}

export function moneyRange(v: { min: number | null; max: number | null }): string {
  if (v.min !== null && v.max !== null) return v.min === v.max ? formatMoney(v.min) : `${formatMoney(v.min)}–${formatMoney(v.max)}`;
  if (v.min !== null) return `${formatMoney(v.min)}+`;
  return `under ${formatMoney(v.max ?? 0)}`;
}

/**
 * The page's range as words, kept per range object: one page's facts are checked against
 * every ICP of the pack, so the same object comes back once per ICP. The bounds are kept too,
 * so a range object changed after its first check gets new words.
 */
const shownRanges = new WeakMap<object, { min: number | null; max: number | null; money: boolean; text: string }>();

function shownRange(value: { min: number | null; max: number | null }, money: boolean): string {
  const kept = shownRanges.get(value);
  if (kept && kept.min === value.min && kept.max === value.max && kept.money === money) return kept.text;
  const text = money ? moneyRange(value) : `${formatRange(value)} employees`;
  shownRanges.set(value, { min: value.min, max: value.max, money, text });
  return text;
}

export function checkRange(
  value: { min: number | null; max: number | null },
  bounds: { min: number | null; max: number | null },
  field: string,
  money: boolean,
): Check {
  const shown = shownRange(value, money);
  const want = boundsText(bounds.min, bounds.max, money);
  const position = compareRange(value, bounds);
  switch (position) {
    case 'inside':
      return { status: 'matched', sentence: `${shown} is inside ${want}? yes.`, field };
    case 'below':
      return { status: 'missed', sentence: `${shown} is inside ${want}? no: below the minimum.`, field };
    case 'above':
      return { status: 'missed', sentence: `${shown} is inside ${want}? no: above the maximum.`, field };
    default: {
      const low = value.min === null || (bounds.min !== null && value.min < bounds.min);
      return { status: 'missed', sentence: `${shown} is inside ${want}? no: partly ${low ? 'below the minimum' : 'above the maximum'}.`, field };
    }
  }
}

/**
 * A street address ("100 Summer Street, Floor 12, Boston, MA 02110") is reduced to its place
 * ("Boston, MA") when the whole line cannot be placed on the map.
 */
export function placeOf(hq: string): string[] {
  const parts = hq.split(',').map((p) => p.replace(/\b\d{4,6}(-\d{4})?\b/g, '').trim()).filter(Boolean);
  const out = [hq];
  for (const n of [3, 2, 1]) if (parts.length > n) out.push(parts.slice(-n).join(', '));
  return out;
}

/** The first reading of the address that matches; else the first that could be placed at all. */
export function matchPlace(term: string, hq: string): ReturnType<typeof locationMatches> {
  let placed: ReturnType<typeof locationMatches> = null;
  for (const candidate of placeOf(hq)) {
    const m = locationMatches(term, candidate);
    if (m?.matched) return m;
    placed ??= m;
  }
  return placed;
}

interface CompanyTextEntry {
  description: string | null;
  industry: string | null;
  specialties: readonly string[];
  specialtiesLength: number;
  name: string | null;
  text: string;
}

/**
 * One company's text per company object: every ICP's keyword criterion and keyword
 * disqualifier reads it, and a 5,000-character description was joined and lower-cased once per
 * ICP and check. The entry remembers what it was built from, so a company object changed after
 * (a CSV row filled in field by field) is rebuilt rather than answered from a stale text.
 */
const companyTexts = new WeakMap<CompanyObservation, CompanyTextEntry>();

/** The company's description, industry, specialties and name as one lower-case text (for phrase matching). */
export function companyText(c: CompanyObservation): string {
  const cached = companyTexts.get(c);
  if (
    cached &&
    cached.description === c.description &&
    cached.industry === c.industry &&
    cached.specialties === c.specialties &&
    cached.specialtiesLength === c.specialties.length &&
    cached.name === c.name
  )
    return cached.text;
  const text = [c.description, c.industry, c.specialties.join(', '), c.name].filter(Boolean).join(' \n ').toLowerCase();
  companyTexts.set(c, { description: c.description, industry: c.industry, specialties: c.specialties, specialtiesLength: c.specialties.length, name: c.name, text });
  return text;
}
