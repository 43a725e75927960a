import type { TemplateVariable } from './template-vars';

/**
 * The facts a talking point may assert, as typed bindings. A template names each fact it
 * states as a variable (`{{crm}}`), and each variable is bound to where its value comes from:
 * a field of the page or the account (`company.industry`), a technology category exactly as the
 * page reader files it (`technology:CRM`), or the pack itself (`pack.painPoint`).
 * A point is shown only when every fact it asserts is known for this page or account
 * (lib/scoring/talking-points.ts). Pure data, no imports at run time.
 *
 * A template may declare its own variables (`"facts": {"crm": "technology:CRM"}`); a template
 * without declarations uses the built-in bindings below (old packs keep working).
 */

/** Field bindings, with the type of value they give and a phrase for "… is not known". */
export const FIELD_BINDINGS = {
  'person.firstName': { type: 'name', label: "the person's first name" },
  'person.title': { type: 'text', label: "the person's title" },
  'person.location': { type: 'place', label: "the person's location" },
  'company.name': { type: 'name', label: "the company's name" },
  'company.industry': { type: 'industry', label: "the company's industry" },
  'company.headcount': { type: 'count', label: "the company's head-count band" },
  'company.headquarters': { type: 'place', label: "the company's headquarters" },
  'company.domain': { type: 'text', label: "the company's website domain" },
  'account.growth': { type: 'percent', label: "the company's growth per year" },
  'account.revenue': { type: 'money', label: "the company's annual revenue" },
  'pack.painPoint': { type: 'text', label: 'a pain point in the pack' },
  'pack.goal': { type: 'text', label: "a goal in the persona" },
  'pack.useCase': { type: 'text', label: 'a use case in the ICP' },
  'pack.icp': { type: 'name', label: 'the ICP' },
  'pack.persona': { type: 'name', label: 'the persona' },
} as const;
export type FieldBinding = keyof typeof FIELD_BINDINGS;
export type FactType = (typeof FIELD_BINDINGS)[FieldBinding]['type'] | 'technology';

/**
 * Technology categories as the page reader files them (lib/technographics/fingerprints.ts);
 * `technology:<category>` must name one of these exactly. tests/unit/talking-points.test.ts
 * checks the list against the fingerprints, so a new category cannot be forgotten here.
 */
export const TECHNOLOGY_CATEGORY_NAMES = [
  'A/B testing',
  'Account-based marketing',
  'Advertising',
  'Affiliate marketing',
  'Analytics',
  'CDN',
  'CMS',
  'CRM',
  'Consent management',
  'Conversational marketing',
  'Customer data platform',
  'Customer support',
  'E-commerce',
  'Email',
  'Enrichment',
  'Error monitoring',
  'Forms',
  'Hosting',
  'JavaScript framework',
  'Live chat',
  'Marketing automation',
  'Payments',
  'Personalization',
  'Reviews',
  'Sales engagement',
  'Scheduling',
  'Search',
  'Security',
  'Session replay',
  'Site builder',
  'Social',
  'Tag manager',
  'Video',
] as const;

const CATEGORY_BY_LOWER = new Map<string, string>(TECHNOLOGY_CATEGORY_NAMES.map((c) => [c.toLowerCase(), c]));

/**
 * Built-in variables and their bindings: what `{{name}}` means when a template does not declare
 * it. `{{technology}}` is the sales stack (a CRM first, then marketing automation, then sales
 * engagement) — never "whatever was detected first", which once read "CRM data in Gatsby".
 */
export const BUILTIN_BINDINGS = {
  firstName: 'person.firstName',
  title: 'person.title',
  company: 'company.name',
  industry: 'company.industry',
  headcount: 'company.headcount',
  location: 'company.headquarters',
  growth: 'account.growth',
  revenue: 'account.revenue',
  crm: 'technology:CRM',
  marketingAutomation: 'technology:Marketing automation',
  salesEngagement: 'technology:Sales engagement',
  technology: 'technology:CRM|Marketing automation|Sales engagement',
  painPoint: 'pack.painPoint',
  goal: 'pack.goal',
  useCase: 'pack.useCase',
  icp: 'pack.icp',
  persona: 'pack.persona',
} as const satisfies Record<TemplateVariable, string>;

export type ParsedBinding = { kind: 'field'; field: FieldBinding } | { kind: 'technology'; categories: string[] };

/**
 * "company.industry" → field; "technology:CRM" (or "technology:CRM|Marketing automation",
 * alternatives in order) → technology categories, spelled as the reader files them.
 * Null when the binding is not one of these.
 */
export function parseBinding(binding: string): ParsedBinding | null {
  if (typeof binding !== 'string') return null;
  const b = binding.trim();
  if (Object.hasOwn(FIELD_BINDINGS, b)) return { kind: 'field', field: b as FieldBinding };
  const m = /^technology:(.+)$/i.exec(b);
  if (!m) return null;
  const categories: string[] = [];
  for (const part of (m[1] ?? '').split('|')) {
    const c = CATEGORY_BY_LOWER.get(part.trim().toLowerCase());
    if (!c) return null;
    categories.push(c);
  }
  return categories.length ? { kind: 'technology', categories } : null;
}

/** Null when the binding is valid; else the sentence for the schema error. */
export function bindingProblem(binding: string): string | null {
  if (parseBinding(binding)) return null;
  const m = /^technology:(.+)$/i.exec(String(binding).trim());
  if (m) {
    const bad = (m[1] ?? '').split('|').map((p) => p.trim()).filter((p) => !CATEGORY_BY_LOWER.has(p.toLowerCase()));
    return `unknown technology categor${bad.length > 1 ? 'ies' : 'y'} ${bad.map((b) => `"${b}"`).join(', ')}; use one of ${TECHNOLOGY_CATEGORY_NAMES.map((c) => `"${c}"`).join(', ')}`;
  }
  return `unknown fact "${binding}"; use one of ${Object.keys(FIELD_BINDINGS).map((f) => `"${f}"`).join(', ')} or "technology:<category>" (e.g. "technology:CRM")`;
}

/** A declared variable's name must be usable as `{{name}}` and must not shadow Object.prototype. */
export function declaredNameProblem(name: string): string | null {
  if (!/^[a-zA-Z]+$/.test(name)) return `variable name "${name}" must be letters only (e.g. "crm")`;
  if (name in Object.prototype) return `"${name}" is a reserved name; choose another variable name`;
  return null;
}

/** The binding a template gives `name`: its own declaration first, then the built-in one. */
export function bindingFor(name: string, declared: Readonly<Record<string, string>> | undefined): string | null {
  if (declared && Object.hasOwn(declared, name)) return declared[name] ?? null;
  return Object.hasOwn(BUILTIN_BINDINGS, name) ? BUILTIN_BINDINGS[name as keyof typeof BUILTIN_BINDINGS] : null;
}

/** "a CRM (technology category "CRM")", "the company's growth per year". */
export function bindingLabel(binding: string): string {
  const p = parseBinding(binding);
  if (!p) return `"${binding}"`;
  if (p.kind === 'field') return FIELD_BINDINGS[p.field].label;
  return `a technology in the category ${p.categories.map((c) => `"${c}"`).join(' or ')}`;
}
