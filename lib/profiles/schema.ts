import { z } from 'zod';
import { BUYING_ROLES, DEPARTMENTS, SENIORITIES } from './taxonomy';

/**
 * The profile pack: a team's ICPs (company level) and buyer personas (person level),
 * versioned so every score can name the version that produced it.
 * Types are inferred from the schemas; `parsePack` turns any input into a pack or
 * a list of readable errors with their paths.
 */

const id = z
  .string()
  .min(1, 'must not be empty')
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes (e.g. "mid-market-saas")');
const label = z.string().trim().min(1, 'must not be empty').max(200);
const phrase = z.string().trim().min(1, 'must not be empty').max(2000);
const phrases = z.array(phrase).max(200);
const terms = z.array(z.string().trim().min(1, 'must not be empty').max(200)).max(500);
/** Relative importance of a criterion; only ratios matter. */
const weight = z.number().min(0, 'must be 0 or more').max(100, 'must be 100 or less');

const range = z
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

export const icpCriteriaSchema = z
  .object({
    industries: z
      .object({
        include: terms.default([]),
        exclude: terms.default([]),
        /** "Software" also matches its children in the taxonomy ("Software Development", ...). */
        includeChildren: z.boolean().default(true),
        weight,
      })
      .optional(),
    /** Employee head-count range, inclusive; an open end is null. */
    employees: range.optional(),
    /** Annual revenue in US dollars, inclusive; an open end is null. */
    revenue: range.optional(),
    /** Cities, states, countries or regions (DACH, Nordics, EMEA, NA, APAC ...). */
    locations: z.object({ include: terms.default([]), exclude: terms.default([]), weight }).optional(),
    technologies: z
      .object({
        /** Every one must be present (alternatives joined with " or ": "Marketo or HubSpot or Pardot"). */
        required: terms.default([]),
        /** Each one present adds to the fit. */
        preferred: terms.default([]),
        /** Any one present is a miss. */
        excluded: terms.default([]),
        weight,
      })
      .optional(),
    /** Words looked for in the company's description, specialties and industry. */
    keywords: z.object({ positive: terms.default([]), negative: terms.default([]), weight }).optional(),
    /** Head-count or revenue growth per year, in percent. */
    growth: z.object({ minPercent: z.number().min(-100).max(10000), weight }).optional(),
  })
  .strict();
export type IcpCriteria = z.infer<typeof icpCriteriaSchema>;

export const disqualifierSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('industry'), values: terms.min(1), reason: phrase.optional() }),
  z.object({ kind: z.literal('domain'), values: terms.min(1), reason: phrase.optional() }),
  z.object({ kind: z.literal('location'), values: terms.min(1), reason: phrase.optional() }),
  z.object({ kind: z.literal('technology'), values: terms.min(1), reason: phrase.optional() }),
  z.object({ kind: z.literal('keyword'), values: terms.min(1), reason: phrase.optional() }),
  z.object({ kind: z.literal('employeesBelow'), value: z.number().nonnegative(), reason: phrase.optional() }),
  z.object({ kind: z.literal('revenueBelow'), value: z.number().nonnegative(), reason: phrase.optional() }),
]);
export type Disqualifier = z.infer<typeof disqualifierSchema>;

export const tiersSchema = z
  .object({ A: z.number().min(0).max(100), B: z.number().min(0).max(100), C: z.number().min(0).max(100) })
  .refine((t) => t.A > t.B && t.B > t.C, { message: 'cut-offs must fall from A to B to C (e.g. 80, 60, 40)' });
export const DEFAULT_TIERS = { A: 80, B: 60, C: 40 } as const;

/**
 * A talking-point template. Variables: {{firstName}}, {{company}}, {{industry}}, {{painPoint}},
 * {{technology}}, {{useCase}}, {{title}}, {{location}}, {{goal}}, {{icp}}, {{persona}}.
 * `{{var|words}}` uses "words" when the variable is unknown; `[[ ... ]]` drops the whole
 * bracketed phrase when a variable inside it is unknown; when any other variable is unknown,
 * `fallback` is used instead of `text` (and the point is left out if it cannot be filled either).
 */
export const talkingPointSchema = z.object({
  id,
  text: phrase,
  fallback: phrase.optional(),
  /** Only for these ICPs (empty: any ICP). */
  icpIds: z.array(id).default([]),
});
export type TalkingPointTemplate = z.infer<typeof talkingPointSchema>;

export const icpSchema = z.object({
  id,
  name: label,
  description: z.string().max(4000).default(''),
  criteria: icpCriteriaSchema,
  disqualifiers: z.array(disqualifierSchema).max(100).default([]),
  painPoints: phrases.default([]),
  /** Use cases by industry; the key "*" holds the default. */
  useCases: z.record(z.string().min(1), phrases).default({}),
  tiers: tiersSchema.default({ ...DEFAULT_TIERS }),
  talkingPoints: z.array(talkingPointSchema).max(100).default([]),
});
export type Icp = z.infer<typeof icpSchema>;

export const personaSchema = z.object({
  id,
  name: label,
  /** The ICPs this persona buys for; empty means every ICP. */
  icpIds: z.array(id).default([]),
  match: z
    .object({
      departments: z.array(z.enum(DEPARTMENTS)).default([]),
      seniorities: z.array(z.enum(SENIORITIES)).default([]),
      /** Any of these in the title or headline supports the match ("revops", "demand gen"). */
      titleKeywords: terms.default([]),
      /** Any of these in the title rules the persona out ("assistant", "intern"). */
      excludeKeywords: terms.default([]),
    })
    .refine((m) => m.departments.length + m.seniorities.length + m.titleKeywords.length > 0, {
      message: 'give at least one department, seniority or title keyword',
    }),
  buyingRole: z.enum(BUYING_ROLES),
  description: z.string().max(4000).default(''),
  goals: phrases.default([]),
  painPoints: phrases.default([]),
  objections: z.array(z.object({ objection: phrase, response: phrase })).max(100).default([]),
  channels: terms.default([]),
  bestTime: z.string().max(500).default(''),
  communicationStyle: z.string().max(1000).default(''),
  talkingPoints: z.array(talkingPointSchema).max(100).default([]),
});
export type Persona = z.infer<typeof personaSchema>;

export const packSchema = z
  .object({
    schemaVersion: z.literal(1).default(1),
    id,
    name: label,
    version: z.number().int('must be a whole number').min(1, 'must be 1 or more'),
    publishedAt: z.iso.datetime({ offset: true, error: 'must be an ISO date-time such as 2026-01-31T09:00:00Z' }),
    publishedBy: label,
    changeNotes: z.string().max(10000).default(''),
    icps: z.array(icpSchema).min(1, 'a pack needs at least one ICP').max(50),
    personas: z.array(personaSchema).max(200).default([]),
  })
  .superRefine((pack, ctx) => {
    const icpIds = new Set<string>();
    pack.icps.forEach((icp, i) => {
      if (icpIds.has(icp.id)) ctx.addIssue({ code: 'custom', path: ['icps', i, 'id'], message: `duplicate ICP id "${icp.id}"` });
      icpIds.add(icp.id);
    });
    const personaIds = new Set<string>();
    pack.personas.forEach((persona, i) => {
      if (personaIds.has(persona.id))
        ctx.addIssue({ code: 'custom', path: ['personas', i, 'id'], message: `duplicate persona id "${persona.id}"` });
      personaIds.add(persona.id);
      persona.icpIds.forEach((ref, j) => {
        if (!icpIds.has(ref))
          ctx.addIssue({ code: 'custom', path: ['personas', i, 'icpIds', j], message: `no ICP with id "${ref}"` });
      });
    });
  });
export type Pack = z.infer<typeof packSchema>;
/** What a manager writes: defaults may be left out. */
export type PackInput = z.input<typeof packSchema>;

export interface PackError {
  /** "icps[0].criteria.employees.min" ("" for the pack itself). */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

/** Formats a zod path as `icps[0].criteria.employees.min`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function readableMessage(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined && !('input' in issue && issue.input !== undefined)) {
        const received = lookup(input, issue.path);
        if (received === undefined) return 'is required';
      }
      if (issue.expected === 'int') return 'must be a whole number';
      const expected = issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`;
      return `expected ${expected === 'a string' ? 'text' : expected}, got ${describe(lookup(input, issue.path))}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      if ('note' in issue && issue.note === 'No matching discriminator') {
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
        return options.length ? `must be one of ${options.map((v) => JSON.stringify(v)).join(', ')}` : 'unknown kind';
      }
      return 'does not match any allowed form';
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'must not be empty';
      if (issue.origin === 'array') return issue.message.startsWith('Too small') ? `needs at least ${issue.minimum} item(s)` : issue.message;
      return issue.message.startsWith('Too small') ? `must be at least ${issue.minimum}` : issue.message;
    case 'too_big':
      if (issue.origin === 'string') return `is too long (at most ${issue.maximum} characters)`;
      if (issue.origin === 'array') return `has too many items (at most ${issue.maximum})`;
      return issue.message.startsWith('Too big') ? `must be at most ${issue.maximum}` : issue.message;
    default:
      return issue.message;
  }
}

function lookup(value: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = value;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** Turns zod issues into `{path, message}` pairs a manager can act on. */
export function toPackErrors(error: z.ZodError, input: unknown): PackError[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: readableMessage(issue, input) }));
}

/** `icps[0].criteria.employees.min: expected a number, got text` */
export function formatPackError(e: PackError): string {
  return e.path ? `${e.path}: ${e.message}` : e.message;
}

/** Validates anything (parsed JSON) as a pack. Never throws. */
export function parsePack(input: unknown): ParseResult {
  const result = packSchema.safeParse(input);
  if (result.success) return { ok: true, pack: result.data };
  return { ok: false, errors: toPackErrors(result.error, input) };
}

/** Parses JSON text as a pack; a JSON syntax error is reported as one error with an empty path. */
export function parsePackJson(text: string): ParseResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [{ path: '', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  return parsePack(input);
}
