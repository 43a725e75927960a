/**
 * The variables a talking-point template may use (documented in lib/profiles/schema.ts and
 * README). A name outside this list is refused by the schema with a sentence, so a pack with
 * `{{toString}}` or `{{__proto__}}` never reaches a rep; the renderer additionally resolves
 * names only from own properties (lib/scoring/talking-points.ts).
 * A new variable (e.g. a fact from a criterion) is added here and bound to its fact in
 * lib/profiles/template-facts.ts (`BUILTIN_BINDINGS`; the compiler checks both lists agree).
 */
export const TEMPLATE_VARIABLES = [
  'firstName',
  'company',
  'industry',
  'painPoint',
  'technology',
  'useCase',
  'title',
  'location',
  'goal',
  'icp',
  'persona',
  // Typed facts (lib/profiles/template-facts.ts binds each one).
  'headcount',
  'growth',
  'revenue',
  'crm',
  'marketingAutomation',
  'salesEngagement',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

const KNOWN: ReadonlySet<string> = new Set(TEMPLATE_VARIABLES);

/** Every `{{ name }}` / `{{ name|fallback }}`, with whatever the name is (even "__proto__" or "a-b"). */
const ANY_VAR = /\{\{([^}|]*)(?:\|[^}]*)?\}\}/g;

/**
 * The names in `text` that are not template variables, in order, without repeats.
 * `declared`: the variables the template itself declares (its `facts`), also allowed.
 */
export function unknownTemplateVariables(text: string, declared: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ANY_VAR)) {
    const name = (m[1] ?? '').trim();
    if (!KNOWN.has(name) && !declared.includes(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

/** Null when every variable is known; otherwise the sentence for the schema error. */
export function templateVariablesProblem(text: string, declared: readonly string[] = []): string | null {
  const unknown = unknownTemplateVariables(text, declared);
  if (unknown.length === 0) return null;
  const names = unknown.map((n) => `{{${n}}}`).join(', ');
  return `unknown variable${unknown.length > 1 ? 's' : ''} ${names}; use one of ${TEMPLATE_VARIABLES.map((n) => `{{${n}}}`).join(', ')}`;
}
