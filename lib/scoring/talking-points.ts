import type { CompanyObservation, PersonObservation } from '../observation';
import type { Icp, Persona, TalkingPointTemplate } from '../profiles/schema';
import type { RenderedTalkingPoint } from './types';

/**
 * Talking points as plain text ready to paste. Template rules (see lib/profiles/schema.ts):
 * `{{var}}` is replaced; `{{var|words}}` uses "words" when the variable is unknown;
 * `[[ ... ]]` drops the whole phrase when a variable inside it is unknown; any other unknown
 * variable switches to the template's fallback, and a point that cannot be filled is left out.
 * A rendered point never contains braces, "undefined" or a dangling phrase.
 */
export type TemplateVars = Partial<Record<string, string>>;

const VAR = /\{\{\s*([a-zA-Z]+)\s*(?:\|([^}]*))?\}\}/g;
const OPTIONAL = /\[\[(.*?)\]\]/g;

/** Renders one template; null when a required variable is unknown. */
export function renderTemplate(template: string, vars: TemplateVars): string | null {
  let missingRequired = false;
  const fill = (text: string, onMissing: () => void): string =>
    text.replace(VAR, (_m, name: string, fallback: string | undefined) => {
      const value = vars[name]?.trim();
      if (value) return value;
      if (fallback !== undefined) return fallback.trim();
      onMissing();
      return '';
    });
  const withOptionals = template.replace(OPTIONAL, (_m, inner: string) => {
    let gap = false;
    const filled = fill(inner, () => {
      gap = true;
    });
    return gap ? '' : filled;
  });
  const out = fill(withOptionals, () => {
    missingRequired = true;
  });
  if (missingRequired) return null;
  return tidy(out);
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

export function useCaseFor(icp: Icp | null, industry: string | null): string | undefined {
  if (!icp) return undefined;
  const byIndustry = industry ? Object.entries(icp.useCases).find(([k]) => k.toLowerCase() === industry.toLowerCase())?.[1] : undefined;
  return (byIndustry ?? icp.useCases['*'])?.[0];
}

export function templateVars(input: {
  person: PersonObservation | null;
  company: CompanyObservation | null;
  icp: Icp | null;
  persona: Persona | null;
}): TemplateVars {
  const { person, company, icp, persona } = input;
  const technology = company?.technologies.find((t) => /CRM|Marketing automation|Sales engagement/i.test(t.category)) ?? company?.technologies[0];
  return {
    firstName: firstName(person?.name ?? null),
    company: company?.name ?? person?.company ?? undefined,
    industry: company?.industry ?? undefined,
    painPoint: persona?.painPoints[0] ?? icp?.painPoints[0],
    technology: technology?.name,
    useCase: useCaseFor(icp, company?.industry ?? null),
    title: person?.title ?? undefined,
    location: company?.headquarters ?? person?.location ?? undefined,
    goal: persona?.goals[0],
    icp: icp?.name,
    persona: persona?.name,
  };
}

function renderPoint(t: TalkingPointTemplate, vars: TemplateVars): string | null {
  return renderTemplate(t.text, vars) ?? (t.fallback ? renderTemplate(t.fallback, vars) : null);
}

/** The persona's points first (they speak to the person), then the ICP's. */
export function renderTalkingPoints(icp: Icp | null, persona: Persona | null, vars: TemplateVars): RenderedTalkingPoint[] {
  const out: RenderedTalkingPoint[] = [];
  const applies = (t: TalkingPointTemplate) => t.icpIds.length === 0 || (icp !== null && t.icpIds.includes(icp.id));
  for (const t of persona?.talkingPoints ?? []) {
    if (!applies(t)) continue;
    const text = renderPoint(t, vars);
    if (text) out.push({ id: `${persona?.id}:${t.id}`, text, personaId: persona?.id ?? null, icpId: icp?.id ?? null });
  }
  for (const t of icp?.talkingPoints ?? []) {
    if (!applies(t)) continue;
    const text = renderPoint(t, vars);
    if (text) out.push({ id: `${icp?.id}:${t.id}`, text, personaId: null, icpId: icp?.id ?? null });
  }
  return out;
}
