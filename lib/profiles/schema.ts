import { z } from 'zod';
import { BUYING_ROLES, DEPARTMENTS, SENIORITIES } from './taxonomy';
import { jsonTextTooDeep, PACK_LIMITS as L, packTextTooLarge, packValueTooLarge } from './limits';
import { templateVariablesProblem } from './template-vars';
import { bindingProblem, declaredNameProblem } from './template-facts';
import { criteriaShape, MAX_UNKNOWN_CRITERIA, unknownCriteria, type KnownCriteria } from '../scoring/criteria';

/**
 * The profile pack: a team's ICPs (company level) and buyer personas (person level),
 * versioned so every score can name the version that produced it.
 * Types are inferred from the schemas; `parsePack` turns any input into a pack or
 * a list of readable errors with their paths.
 */

const id = z
  .string()
  .min(1, 'must not be empty')
  .max(L.idLength)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes (e.g. "mid-market-saas")');
const label = z.string().trim().min(1, 'must not be empty').max(L.labelLength);
const phrase = z.string().trim().min(1, 'must not be empty').max(L.phraseLength);
const phrases = z.array(phrase).max(L.phrasesPerList);
const terms = z.array(z.string().trim().min(1, 'must not be empty').max(L.termLength)).max(L.termsPerList);
/**
 * An ICP's criteria, derived from the criterion registry (lib/scoring/criteria): each known
 * criterion is validated by its own module's schema. A criterion this extension does not know
 * (a pack written for a newer LeadFit) is kept as it is and scored as unknown with a note,
 * never a refused pack (policy in lib/scoring/criteria/index.ts, `unknownCriteria`).
 */
export const icpCriteriaSchema = z
  .object(criteriaShape())
  .catchall(z.unknown())
  .superRefine((criteria, ctx) => {
    const unknown = unknownCriteria(criteria);
    if (unknown.length > MAX_UNKNOWN_CRITERIA)
      ctx.addIssue({ code: 'custom', message: `${unknown.length} criteria this version does not know, more than the limit of ${MAX_UNKNOWN_CRITERIA} (${unknown.slice(0, 3).map((u) => `"${u.id}"`).join(', ')} …)` });
  });
/** The known criteria; unknown ones are read with `unknownCriteria` (lib/scoring/criteria). */
export type IcpCriteria = KnownCriteria;

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
 * A talking-point template. Built-in variables: {{firstName}}, {{title}}, {{company}},
 * {{industry}}, {{headcount}}, {{location}} (headquarters), {{growth}}, {{revenue}}, {{crm}},
 * {{marketingAutomation}}, {{salesEngagement}}, {{technology}} (the sales stack: CRM, else
 * marketing automation, else sales engagement), {{painPoint}}, {{goal}}, {{useCase}}, {{icp}},
 * {{persona}} — each bound to a fact (lib/profiles/template-facts.ts).
 * `facts` declares the template's own typed variables: `{"crm": "technology:CRM",
 * "size": "company.headcount"}` — a field of the page or account, a technology category exactly
 * as the page reader files it, or the pack. A point asserts every fact it fills in, and is shown
 * only when they are all known for this page or account; otherwise the reason is recorded.
 * `{{var|words}}` uses "words" when the variable is unknown (no fact asserted); `[[ ... ]]` drops
 * the whole bracketed phrase when a variable inside it is unknown; when any other variable is
 * unknown, `fallback` is used instead of `text` (and the point is withheld if it cannot be filled
 * either). So a fallback must not assert anything by itself ("scaling fast" needs {{growth}}).
 * `industries`: only for companies whose known industry matches one of these (with
 * sub-industries), so a software company never gets a services template.
 */
export const talkingPointSchema = z
  .object({
    id,
    text: phrase,
    fallback: phrase.optional(),
    /** Only for these ICPs (empty: any ICP). */
    icpIds: z.array(id).default([]),
    /** The template's own typed variables: name → "company.industry", "technology:CRM", … */
    facts: z
      .record(z.string(), z.string().trim().min(1, 'must not be empty'))
      .refine((r) => Object.keys(r).length <= 30, { message: 'declares too many facts (at most 30)' })
      .optional(),
    /** Only for companies in these industries (empty: any industry, known or not). */
    industries: terms.default([]),
  })
  .superRefine((t, ctx) => {
    const declared = Object.keys(t.facts ?? {});
    for (const name of declared) {
      const problem = declaredNameProblem(name) ?? bindingProblem(t.facts?.[name] ?? '');
      if (problem) ctx.addIssue({ code: 'custom', path: ['facts', name], message: problem });
    }
    for (const field of ['text', 'fallback'] as const) {
      const text = t[field];
      if (text === undefined) continue;
      const problem = templateVariablesProblem(text, declared);
      if (problem) ctx.addIssue({ code: 'custom', path: [field], message: `${problem}, or declare it under "facts"` });
    }
  });
export type TalkingPointTemplate = z.infer<typeof talkingPointSchema>;

export const icpSchema = z.object({
  id,
  name: label,
  description: z.string().max(L.descriptionLength).default(''),
  criteria: icpCriteriaSchema,
  disqualifiers: z.array(disqualifierSchema).max(L.disqualifiersPerIcp).default([]),
  painPoints: phrases.default([]),
  /** Use cases by industry; the key "*" holds the default. */
  useCases: z
    .record(z.string().min(1).max(L.labelLength), phrases)
    .refine((r) => Object.keys(r).length <= L.recordKeys, { message: `has too many entries (at most ${L.recordKeys})` })
    .default({}),
  tiers: tiersSchema.default({ ...DEFAULT_TIERS }),
  talkingPoints: z.array(talkingPointSchema).max(L.templatesPerProfile).default([]),
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
  description: z.string().max(L.descriptionLength).default(''),
  goals: phrases.default([]),
  painPoints: phrases.default([]),
  objections: z.array(z.object({ objection: phrase, response: phrase })).max(L.objectionsPerPersona).default([]),
  channels: terms.default([]),
  bestTime: z.string().max(500).default(''),
  communicationStyle: z.string().max(1000).default(''),
  talkingPoints: z.array(talkingPointSchema).max(L.templatesPerProfile).default([]),
});
export type Persona = z.infer<typeof personaSchema>;

const packBase = z.object({
    schemaVersion: z.literal(1).default(1),
    id,
    name: label,
    version: z.number().int('must be a whole number').min(1, 'must be 1 or more'),
    publishedAt: z.iso.datetime({ offset: true, error: 'must be an ISO date-time such as 2026-01-31T09:00:00Z' }),
    publishedBy: label,
    changeNotes: z.string().max(L.changeNotesLength).default(''),
    icps: z.array(icpSchema).min(1, 'a pack needs at least one ICP').max(L.icps),
    personas: z.array(personaSchema).max(L.personas).default([]),
  });

export const packSchema = packBase
  .superRefine((pack, ctx) => {
    countLimits(pack, ctx);
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

/** Limits across the whole pack (each list is also capped on its own above). */
function countLimits(pack: z.infer<typeof packBase>, ctx: z.core.$RefinementCtx): void {
  let terms = 0;
  let templates = 0;
  for (const icp of pack.icps) {
    const c = icp.criteria;
    terms += (c.industries?.include.length ?? 0) + (c.industries?.exclude.length ?? 0);
    terms += (c.locations?.include.length ?? 0) + (c.locations?.exclude.length ?? 0);
    terms += (c.technologies?.required.length ?? 0) + (c.technologies?.preferred.length ?? 0) + (c.technologies?.excluded.length ?? 0);
    terms += (c.keywords?.positive.length ?? 0) + (c.keywords?.negative.length ?? 0);
    for (const d of icp.disqualifiers) if ('values' in d) terms += d.values.length;
    templates += icp.talkingPoints.length;
  }
  for (const p of pack.personas) {
    terms += p.match.titleKeywords.length + p.match.excludeKeywords.length + p.channels.length;
    templates += p.talkingPoints.length;
  }
  if (terms > L.termsTotal)
    ctx.addIssue({ code: 'custom', path: [], message: `the pack has ${terms} keywords and other terms in total, more than the limit of ${L.termsTotal}` });
  if (templates > L.templatesTotal)
    ctx.addIssue({ code: 'custom', path: [], message: `the pack has ${templates} talking-point templates in total, more than the limit of ${L.templatesTotal}` });
}
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
  // Size and depth first, without recursion: a huge or deeply nested value must not reach zod.
  const tooLarge = packValueTooLarge(input);
  if (tooLarge) return { ok: false, errors: [{ path: '', message: tooLarge }] };
  const result = packSchema.safeParse(input);
  if (result.success) return { ok: true, pack: result.data };
  return { ok: false, errors: toPackErrors(result.error, input) };
}

/** Parses JSON text as a pack; a JSON syntax error is reported as one error with an empty path. */
export function parsePackJson(text: string): ParseResult {
  // Checked on the text, before JSON.parse: a 45 MB pack took 8 s to parse.
  const refused = packTextTooLarge(text) ?? jsonTextTooDeep(text);
  if (refused) return { ok: false, errors: [{ path: '', message: refused }] };
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [{ path: '', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  return parsePack(input);
}
