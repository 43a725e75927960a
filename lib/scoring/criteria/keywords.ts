import { z } from 'zod';
import { matchPhrases } from '../text';
import { companyText, defineCriterion, terms, unknown, weight } from './kit';

/** Words looked for in the company's description, specialties and industry. */
export const keywords = defineCriterion({
  id: 'keywords',
  label: 'Keywords',
  schema: z.object({ positive: terms.default([]), negative: terms.default([]), weight }),
  defaultValue: () => ({ positive: [], negative: [], weight: 5 }),
  check(c, facts) {
    const company = facts.company;
    if (!company.description && company.specialties.length === 0) return unknown('No description or specialties to look for keywords in.');
    const text = companyText(company);
    const field = company.description ? 'company.description' : 'company.specialties';
    const negative = matchPhrases(text, c.negative);
    if (negative.length) return { status: 'missed', sentence: `Mentions ${negative.map((k) => `"${k}"`).join(', ')}.`, field };
    const positive = matchPhrases(text, c.positive);
    if (c.positive.length === 0) return { status: 'matched', sentence: 'No negative keyword found.', field };
    if (positive.length) return { status: 'matched', sentence: `Mentions ${positive.map((k) => `"${k}"`).join(', ')}.`, field };
    return { status: 'missed', sentence: `None of ${c.positive.slice(0, 6).map((k) => `"${k}"`).join(', ')} in the description.`, field };
  },
  // A description is not a fact a talking point can assert in a sentence.
  facts: [],
  csv: {
    columns: { description: ['description', 'about', 'companydescription', 'keywords'] },
    read({ get, note, facts }) {
      const description = get('description');
      if (description) {
        facts.company.description = description;
        note('company.description', 'description', description);
      }
      return null;
    },
  },
  editor: {
    title: 'Keywords',
    layout: 'stack',
    fields: [
      { kind: 'chips', key: 'positive', label: 'Positive keywords' },
      { kind: 'chips', key: 'negative', label: 'Negative keywords' },
    ],
  },
});
