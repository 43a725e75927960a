import { z } from 'zod';
import { matchTechnologyTerm } from '../../technographics/match';
import { defineCriterion, terms, unknown, weight, type AccountFacts, type CriterionFact } from './kit';

type Technology = { name: string; category: string };

/**
 * Term matches per list of detected technologies. A page's list is one array checked against
 * every ICP, and the shared memo (matchTechnologyTerm) keys on the list serialised as JSON for
 * every call, most of a technologies check (#17). Keyed by the array and its length, so a list
 * that grew is matched again.
 */
const matchesByList = new WeakMap<Technology[], { length: number; terms: Map<string, ReturnType<typeof matchTechnologyTerm>> }>();

function match(term: string, techs: Technology[]): ReturnType<typeof matchTechnologyTerm> {
  let entry = matchesByList.get(techs);
  if (!entry || entry.length !== techs.length) matchesByList.set(techs, (entry = { length: techs.length, terms: new Map() }));
  if (entry.terms.has(term)) return entry.terms.get(term) ?? null;
  const hit = matchTechnologyTerm(term, techs);
  entry.terms.set(term, hit);
  return hit;
}

/** The first detected technology of exactly this category (as in `technologies[].category`). */
function ofCategory(name: string, category: string): CriterionFact {
  return { name, source: `technology:${category}`, read: (f: AccountFacts) => f.company.technologies.find((t) => t.category === category)?.name ?? null };
}

export const technologies = defineCriterion({
  id: 'technologies',
  label: 'Technologies',
  schema: z.object({
    /** Every one must be present (alternatives joined with " or ": "Marketo or HubSpot or Pardot"). */
    required: terms.default([]),
    /** Each one present adds to the fit. */
    preferred: terms.default([]),
    /** Any one present is a miss. */
    excluded: terms.default([]),
    weight,
  }),
  defaultValue: () => ({ required: [], preferred: [], excluded: [], weight: 15 }),
  check(c, facts) {
    const techs = facts.company.technologies;
    if (techs.length === 0) return unknown('Technologies unknown: read the company website to detect them.');
    const field = 'company.technologies';
    for (const term of c.excluded) {
      const hit = match(term, techs);
      if (hit) return { status: 'missed', sentence: `Uses ${hit.name}, which is excluded (${term}).`, field };
    }
    const found: string[] = [];
    for (const term of c.required) {
      const options = term.split(/\s+or\s+/i);
      const hit = options.map((o) => match(o, techs)).find((h) => h !== null);
      if (!hit) return { status: 'missed', sentence: `No ${term} found on the website${found.length ? ` (found ${found.join(', ')})` : ''}.`, field };
      found.push(hit.name);
    }
    const preferred = c.preferred.map((t) => match(t, techs)).filter((h) => h !== null);
    if (c.required.length === 0 && c.preferred.length > 0 && preferred.length === 0)
      return { status: 'missed', sentence: `None of ${c.preferred.join(', ')} found on the website.`, field };
    const all = [...found, ...preferred.map((p) => p.name)];
    return { status: 'matched', sentence: all.length ? `Uses ${[...new Set(all)].join(', ')}.` : 'No excluded technology found.', field };
  },
  // Talking points ask for a technology by what it does, never "whatever was detected first" (#10).
  facts: [
    ofCategory('crm', 'CRM'),
    ofCategory('marketingAutomation', 'Marketing automation'),
    ofCategory('salesEngagement', 'Sales engagement'),
    ofCategory('analytics', 'Analytics'),
    ofCategory('cms', 'CMS'),
    ofCategory('liveChat', 'Live chat'),
  ],
  csv: {
    columns: { technologies: ['technologies', 'techstack', 'technology', 'tools'] },
    read({ get, note, facts }) {
      const cell = get('technologies');
      if (!cell) return null;
      facts.company.technologies = cell
        .split(/[;,|]/)
        .map((t) => t.trim())
        .filter(Boolean)
        .map((t) => ({ name: t, category: 'CRM export' }));
      note('company.technologies', 'technologies', cell);
      return null;
    },
  },
  editor: {
    title: 'Technologies',
    layout: 'stack',
    fields: [
      {
        kind: 'chips',
        key: 'required',
        label: 'Required technologies',
        suggestions: 'technology-names',
        hint: 'Every one must be present; join alternatives with " or " ("Marketo or HubSpot"). A category such as "marketing automation" works too.',
      },
      { kind: 'chips', key: 'preferred', label: 'Preferred technologies', suggestions: 'technology-names' },
      { kind: 'chips', key: 'excluded', label: 'Excluded technologies', suggestions: 'technology-names' },
    ],
  },
});
