import { z } from 'zod';
import { industryMatches } from '../../normalize/industry';
import { defineCriterion, terms, unknown, weight } from './kit';

/**
 * industryMatches answers, keyed by plain strings: the same (term, industry) pairs come back for
 * every ICP, and the shared memo builds its key with JSON.stringify of the options (#17).
 * Bounded; cleared when full.
 */
const answers = new Map<string, ReturnType<typeof industryMatches>>();

function matches(term: string, industry: string, includeChildren: boolean): ReturnType<typeof industryMatches> {
  const key = `${includeChildren ? 1 : 0}\u0000${term}\u0000${industry}`;
  let m = answers.get(key);
  if (!m) {
    m = industryMatches(term, industry, { includeChildren });
    if (answers.size >= 5000) answers.clear();
    answers.set(key, m);
  }
  return m;
}

/** The company's industry against the ICP's list (LinkedIn taxonomy, synonyms, sub-industries). */
export const industries = defineCriterion({
  id: 'industries',
  label: 'Industry',
  schema: z.object({
    include: terms.default([]),
    exclude: terms.default([]),
    /** "Software" also matches its children in the taxonomy ("Software Development", ...). */
    includeChildren: z.boolean().default(true),
    weight,
  }),
  defaultValue: () => ({ include: [], exclude: [], includeChildren: true, weight: 25 }),
  check(c, facts) {
    const industry = facts.company.industry;
    if (!industry) return unknown('Industry not stated on the pages seen.');
    for (const term of c.exclude) {
      const m = matches(term, industry, c.includeChildren);
      if (m.matched) return { status: 'missed', sentence: `${industry} is excluded (${m.via}).`, field: 'company.industry' };
    }
    if (c.include.length === 0) return { status: 'matched', sentence: `${industry} is not excluded.`, field: 'company.industry' };
    let closest = '';
    for (const term of c.include) {
      const m = matches(term, industry, c.includeChildren);
      if (m.matched) return { status: 'matched', sentence: `${industry}: ${m.via}.`, field: 'company.industry' };
      closest ||= m.via;
    }
    return { status: 'missed', sentence: `${industry} is not one of ${c.include.join(', ')}${closest ? ` (${closest})` : ''}.`, field: 'company.industry' };
  },
  facts: [{ name: 'industry', source: 'company.industry', read: (f) => f.company.industry }],
  csv: {
    columns: { industry: ['industry', 'companyindustry', 'sector'] },
    read({ get, note, facts }) {
      const industry = get('industry');
      if (industry) {
        facts.company.industry = industry;
        note('company.industry', 'industry', industry);
      }
      return null;
    },
  },
  editor: {
    title: 'Industries',
    layout: 'stack',
    fields: [
      { kind: 'chips', key: 'include', label: 'Include industries', suggestions: 'industry-names' },
      { kind: 'chips', key: 'exclude', label: 'Exclude industries', suggestions: 'industry-names' },
      { kind: 'checkbox', key: 'includeChildren', label: 'Also match sub-industries (“Software” matches “Software Development”)' },
    ],
  },
});
