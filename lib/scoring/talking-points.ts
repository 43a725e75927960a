import type { CompanyObservation, Evidence, PersonObservation } from '../observation';
import { formatRange } from '../normalize/employees';
import { industryMatches } from '../normalize/industry';
import { formatMoney } from '../normalize/revenue';
import type { Icp, Persona, TalkingPointTemplate } from '../profiles/schema';
import { BUILTIN_BINDINGS, bindingFor, bindingLabel, parseBinding, type FieldBinding } from '../profiles/template-facts';
import type { IcpFit, RenderedTalkingPoint, TalkingPointFact, WithheldTalkingPoint } from './types';

/**
 * Talking points as plain text ready to paste, grounded in facts. Template rules (see
 * lib/profiles/schema.ts): `{{var}}` is replaced by a fact; `{{var|words}}` uses "words" when the
 * fact is unknown; `[[ ... ]]` drops the whole phrase when a fact inside it is unknown; any other
 * unknown fact switches to the template's fallback, and a point that cannot be filled is withheld
 * with its reason. Every variable is bound to a fact (lib/profiles/template-facts.ts): a field of
 * the page or the account, a technology category exactly as the page reader filed it, or the
 * pack. A shown point lists every fact it asserts, each value as written in its text.
 * A rendered point never contains braces, "undefined" or a dangling phrase.
 */
export type TemplateVars = Partial<Record<string, string>>;

/** `[[ optional phrase ]]` or `{{ name | words }}`, matched in one pass over the template. */
const TOKEN = /\[\[(.*?)\]\]|\{\{\s*([a-zA-Z]+)\s*(?:\|([^}]*))?\}\}/g;
const VAR = /\{\{\s*([a-zA-Z]+)\s*(?:\|([^}]*))?\}\}/g;

interface Filled {
  text: string;
  /** Variables whose value is in the text. */
  used: string[];
  /** Required variables that were unknown (the text is unusable when any). */
  missing: string[];
}

/**
 * Fills a template in a single pass, so a value is never read again as template syntax (a
 * company named "{{persona}}" stays text). `lookup` answers only for known, non-empty values.
 */
function fill(template: string, lookup: (name: string) => string | undefined): Filled {
  const used: string[] = [];
  const missing: string[] = [];
  const one = (name: string, words: string | undefined, onMissing: () => void, usedHere: string[]): string => {
    const value = lookup(name);
    if (value) {
      usedHere.push(name);
      return value;
    }
    if (words !== undefined) return words.trim();
    onMissing();
    return '';
  };
  const text = template.replace(TOKEN, (_m, inner: string | undefined, name: string | undefined, words: string | undefined) => {
    if (inner !== undefined) {
      let gap = false;
      const usedInner: string[] = [];
      const filled = inner.replace(VAR, (_v, n: string, w: string | undefined) => one(n, w, () => void (gap = true), usedInner));
      if (gap) return '';
      used.push(...usedInner);
      return filled;
    }
    return one(name ?? '', words, () => void missing.push(name ?? ''), used);
  });
  return { text: tidy(text), used: [...new Set(used)], missing: [...new Set(missing)] };
}

/** Values go into text on one line, with single spaces. */
function clean(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Renders one template from plain variables; null when a required variable is unknown. */
export function renderTemplate(template: string, vars: TemplateVars): string | null {
  const out = fill(template, (name) => {
    // Own properties only: `{{toString}}` or `{{constructor}}` must not reach Object.prototype
    // (a function there threw on `.trim()` and took down scoring for every rep).
    const raw = Object.hasOwn(vars, name) ? vars[name] : undefined;
    return typeof raw === 'string' ? clean(raw) || undefined : undefined;
  });
  return out.missing.length ? null : out.text;
}

/** Spacing left behind by dropped phrases: "Hi , we" → "Hi, we"; double spaces; stray brackets. */
function tidy(text: string): string {
  return text
    .replace(/\[\[|\]\]|\{\{|\}\}/g, '')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/([,;:])(?=[,.;:!?])/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/^\s*[,;:]\s*/, '')
    .trim();
}

/** "Dr. Dana Whitfield, MBA" → "Dana"; emoji and honorifics are skipped. */
export function firstName(name: string | null): string | undefined {
  if (!name) return undefined;
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .split(/[\s,]+/)
    .filter((w) => /\p{L}/u.test(w) && !/^(dr|mr|mrs|ms|prof|mx|herr|frau|mme|m|sr|sra)\.?$/i.test(w));
  const first = words[0]?.replace(/[^\p{L}'-]/gu, '');
  if (!first || first.length < 2 || first.endsWith('.')) return undefined;
  // Lower-case names ("zümra") are capitalised for the greeting.
  return first[0]?.toUpperCase() + first.slice(1);
}

/** The ICP's use case for this industry, else its default ("*"); `byIndustry` says which. */
export function useCaseFor(icp: Icp | null, industry: string | null): { text: string; byIndustry: boolean } | undefined {
  if (!icp) return undefined;
  const own = Object.entries(icp.useCases);
  const byIndustry = industry ? own.find(([k]) => k !== '*' && k.toLowerCase() === industry.toLowerCase())?.[1]?.[0] : undefined;
  if (byIndustry) return { text: byIndustry, byIndustry: true };
  const general = own.find(([k]) => k === '*')?.[1]?.[0];
  return general ? { text: general, byIndustry: false } : undefined;
}

/** What is known for one page: the person, the company as scored, and where its fields came from. */
export interface FactContext {
  person: PersonObservation | null;
  /** The company as scored: this page's facts completed by the account's. */
  company: CompanyObservation | null;
  /** The company as this page states it; fields absent here came from the account. Undefined: all from the page. */
  pageCompany?: CompanyObservation | null;
  /** Evidence of the scored company's fields ("company.industry" → {source: "account book", …}). */
  companyEvidence?: Record<string, Evidence>;
  /** Growth per year in percent and annual revenue in USD, when an account book or CRM row states them. */
  growthPercent?: number | null;
  revenue?: { min: number | null; max: number | null } | null;
  icp: Icp | null;
  persona: Persona | null;
}

interface KnownFact {
  value: string;
  source: string;
  /** A fact about the company beyond its name (industry, size, stack, growth, an industry's use case). */
  aboutCompany: boolean;
}

function present(v: unknown): boolean {
  return v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
}

/** "page" when this page states the field, else "account" or "account book" as its evidence says. */
function companySource(ctx: FactContext, key: keyof CompanyObservation): string {
  if (ctx.pageCompany === undefined || present(ctx.pageCompany?.[key])) return 'page';
  const ev = ctx.companyEvidence?.[`company.${key}`];
  return ev && /book/i.test(ev.source) ? 'account book' : 'account';
}

function fieldFact(field: FieldBinding, ctx: FactContext, owner: 'persona' | 'icp'): KnownFact | null {
  const { person, company, icp, persona } = ctx;
  const fact = (value: string | null | undefined, source: string, aboutCompany = false): KnownFact | null => {
    const v = typeof value === 'string' ? clean(value) : '';
    return v ? { value: v, source, aboutCompany } : null;
  };
  switch (field) {
    case 'person.firstName':
      return fact(firstName(person?.name ?? null), 'page');
    case 'person.title':
      return fact(person?.title, 'page');
    case 'person.location':
      return fact(person?.location, 'page');
    case 'company.name':
      return company?.name ? fact(company.name, companySource(ctx, 'name')) : fact(person?.company, 'page');
    case 'company.industry':
      return fact(company?.industry, companySource(ctx, 'industry'), true);
    case 'company.headcount': {
      const band = company?.employees;
      if (!band || (band.min === null && band.max === null)) return null;
      return fact(formatRange(band), companySource(ctx, 'employees'), true);
    }
    case 'company.headquarters':
      return fact(company?.headquarters, companySource(ctx, 'headquarters'), true);
    case 'company.domain':
      return fact(company?.domain, companySource(ctx, 'domain'));
    case 'account.growth': {
      const g = ctx.growthPercent;
      return typeof g === 'number' && Number.isFinite(g) ? fact(`${Math.round(g)}%`, 'account', true) : null;
    }
    case 'account.revenue': {
      const r = ctx.revenue;
      if (!r || (r.min === null && r.max === null)) return null;
      const text = r.min !== null && r.max !== null ? (r.min === r.max ? formatMoney(r.min) : `${formatMoney(r.min)}–${formatMoney(r.max)}`) : r.min !== null ? `${formatMoney(r.min)}+` : `under ${formatMoney(r.max ?? 0)}`;
      return fact(text, 'account', true);
    }
    case 'pack.painPoint':
      return fact(owner === 'persona' ? (persona?.painPoints[0] ?? icp?.painPoints[0]) : (icp?.painPoints[0] ?? persona?.painPoints[0]), 'pack');
    case 'pack.goal':
      return fact(persona?.goals[0], 'pack');
    case 'pack.useCase': {
      const u = useCaseFor(icp, company?.industry ?? null);
      // A use case picked for the company's industry says something about the company.
      return u ? fact(u.text, 'pack', u.byIndustry) : null;
    }
    case 'pack.icp':
      return fact(icp?.name, 'pack');
    case 'pack.persona':
      return fact(persona?.name, 'pack');
  }
}

/** The fact a binding names, or null when it is not known for this page. */
export function resolveFact(binding: string, ctx: FactContext, owner: 'persona' | 'icp' = 'icp'): KnownFact | null {
  const b = parseBinding(binding);
  if (!b) return null;
  if (b.kind === 'field') return fieldFact(b.field, ctx, owner);
  // Exactly the category the reader filed: a CMS is never "the CRM".
  for (const category of b.categories) {
    const tech = ctx.company?.technologies.find((t) => t.category === category && t.name.trim());
    if (tech) return { value: clean(tech.name), source: `technology:${tech.category}`, aboutCompany: true };
  }
  return null;
}

/** Every built-in variable's value for this context, for plain `renderTemplate` (the pack dry run). */
export function templateVars(ctx: FactContext): TemplateVars {
  const out: TemplateVars = {};
  for (const [name, binding] of Object.entries(BUILTIN_BINDINGS)) {
    const f = resolveFact(binding, ctx);
    if (f) out[name] = f.value;
  }
  return out;
}

type PointResult = { ok: true; point: RenderedTalkingPoint; usedFallback: boolean } | { ok: false; reason: string };

function missingReason(names: string[], t: TalkingPointTemplate): string {
  const what = names.map((n) => {
    const b = bindingFor(n, t.facts);
    return b ? `{{${n}}} (${bindingLabel(b)})` : `{{${n}}} (not a known variable)`;
  });
  return `not known for this page: ${what.join(', ')}`;
}

/**
 * One template against what is known. Shown only when every fact it would assert is known;
 * otherwise `reason` says which fact was missing (or which industry the template is for).
 */
export function renderTalkingPoint(
  t: TalkingPointTemplate,
  ctx: FactContext,
  meta: { id: string; personaId: string | null; icpId: string | null; owner: 'persona' | 'icp' },
): PointResult {
  let gatedByIndustry = false;
  if (t.industries.length) {
    const industry = ctx.company?.industry;
    const list = t.industries.join(', ');
    if (!industry) return { ok: false, reason: `only for ${list}; the company's industry is not known` };
    if (!t.industries.some((term) => industryMatches(term, industry, { includeChildren: true }).matched))
      return { ok: false, reason: `only for ${list}; ${industry} is not one of them` };
    gatedByIndustry = true;
  }
  const facts = new Map<string, KnownFact | null>();
  const lookup = (name: string): string | undefined => {
    if (!facts.has(name)) {
      const binding = bindingFor(name, t.facts);
      facts.set(name, binding ? resolveFact(binding, ctx, meta.owner) : null);
    }
    return facts.get(name)?.value;
  };
  const main = fill(t.text, lookup);
  const chosen = main.missing.length === 0 ? main : t.fallback ? fill(t.fallback, lookup) : null;
  if (!chosen || chosen.missing.length) return { ok: false, reason: missingReason(main.missing, t) };
  const asserted: TalkingPointFact[] = [];
  let usesCompanyFacts = gatedByIndustry;
  for (const name of chosen.used) {
    const f = facts.get(name);
    if (!f) continue;
    // Tidying must not have changed a value: what the point says is what was known.
    if (!chosen.text.includes(f.value)) return { ok: false, reason: `{{${name}}} could not be written as known ("${f.value}")` };
    asserted.push({ name, value: f.value, source: f.source });
    usesCompanyFacts ||= f.aboutCompany;
  }
  if (!chosen.text) return { ok: false, reason: 'the template is empty once unknown phrases are dropped' };
  return {
    ok: true,
    usedFallback: chosen !== main,
    point: { id: meta.id, text: chosen.text, personaId: meta.personaId, icpId: meta.icpId, facts: asserted, usesCompanyFacts },
  };
}

/** Why the account gets no ICP talking points, or null when it may. */
function icpPointsBlocked(fit: IcpFit | null): string | null {
  if (!fit) return 'no ICP fit for this account';
  if (fit.disqualified) return `the account is disqualified${fit.disqualifiedBecause ? ` (${fit.disqualifiedBecause})` : ''}`;
  if (fit.tier === 'D') return 'the account is tier D';
  if (fit.score === null) return 'nothing about the account could be checked yet';
  return null;
}

export interface TalkingPointsResult {
  shown: RenderedTalkingPoint[];
  withheld: WithheldTalkingPoint[];
}

/**
 * The persona's points first (they speak to the person, and need no company: by role), then the
 * best ICP's — none for a disqualified or tier-D account. An undecided tier (null) still gets ICP
 * points, each only from facts that are known.
 */
export function talkingPointsFor(input: FactContext & { fit: IcpFit | null }): TalkingPointsResult {
  const { icp, persona, fit } = input;
  const shown: RenderedTalkingPoint[] = [];
  const withheld: WithheldTalkingPoint[] = [];
  const blocked = icp ? icpPointsBlocked(fit) : 'no ICP';
  const activeIcp = blocked ? null : icp;
  const ctx: FactContext = { ...input, icp: activeIcp };
  const applies = (t: TalkingPointTemplate) => t.icpIds.length === 0 || (activeIcp !== null && t.icpIds.includes(activeIcp.id));
  for (const t of persona?.talkingPoints ?? []) {
    const meta = { id: `${persona?.id}:${t.id}`, personaId: persona?.id ?? null, icpId: activeIcp?.id ?? null, owner: 'persona' as const };
    if (!applies(t)) {
      withheld.push({ id: meta.id, reason: `only for ICP ${t.icpIds.join(', ')}`, personaId: meta.personaId, icpId: meta.icpId });
      continue;
    }
    const r = renderTalkingPoint(t, ctx, meta);
    if (r.ok) shown.push(r.point);
    else withheld.push({ id: meta.id, reason: r.reason, personaId: meta.personaId, icpId: meta.icpId });
  }
  for (const t of icp?.talkingPoints ?? []) {
    const meta = { id: `${icp?.id}:${t.id}`, personaId: null, icpId: icp?.id ?? null, owner: 'icp' as const };
    if (blocked) {
      withheld.push({ id: meta.id, reason: blocked, personaId: null, icpId: meta.icpId });
      continue;
    }
    if (!applies(t)) {
      withheld.push({ id: meta.id, reason: `only for ICP ${t.icpIds.join(', ')}`, personaId: null, icpId: meta.icpId });
      continue;
    }
    const r = renderTalkingPoint(t, ctx, meta);
    if (r.ok) shown.push(r.point);
    else withheld.push({ id: meta.id, reason: r.reason, personaId: null, icpId: meta.icpId });
  }
  return { shown, withheld };
}
