import { z } from 'zod';
import { defineCriterion, matchPlace, terms, unknown, weight } from './kit';

/** Cities, states, countries or regions (DACH, Nordics, EMEA, NA, APAC ...). */
export const locations = defineCriterion({
  id: 'locations',
  label: 'Location',
  schema: z.object({ include: terms.default([]), exclude: terms.default([]), weight }),
  defaultValue: () => ({ include: [], exclude: [], weight: 10 }),
  check(c, facts) {
    const hq = facts.company.headquarters;
    if (!hq) return unknown('Headquarters not stated on the pages seen.');
    for (const term of c.exclude) {
      const m = matchPlace(term, hq);
      if (m?.matched) return { status: 'missed', sentence: `${hq} is excluded: ${m.via}.`, field: 'company.headquarters' };
    }
    if (c.include.length === 0) return { status: 'matched', sentence: `${hq} is not excluded.`, field: 'company.headquarters' };
    let understood = false;
    for (const term of c.include) {
      const m = matchPlace(term, hq);
      if (m) understood = true;
      if (m?.matched) return { status: 'matched', sentence: `${hq}: ${m.via}.`, field: 'company.headquarters' };
    }
    if (!understood) return unknown(`Could not place "${hq}" on the map.`);
    return { status: 'missed', sentence: `${hq} is outside ${c.include.join(', ')}.`, field: 'company.headquarters' };
  },
  facts: [{ name: 'location', source: 'company.headquarters', read: (f) => f.company.headquarters }],
  csv: {
    columns: {
      country: ['country', 'billingcountry', 'companycountry', 'hqcountry'],
      state: ['state', 'billingstate', 'companystate', 'region', 'stateregion'],
      city: ['city', 'billingcity', 'companycity', 'hqcity'],
      location: ['location', 'headquarters', 'hq', 'hqlocation', 'companylocation', 'address'],
    },
    read({ get, facts }) {
      const location = get('location') || [get('city'), get('state'), get('country')].filter(Boolean).join(', ');
      if (location) {
        facts.company.headquarters = location;
        facts.evidence['company.headquarters'] = { source: 'csv', snippet: location.slice(0, 200) };
      }
      return null;
    },
  },
  editor: {
    title: 'Locations',
    layout: 'stack',
    fields: [
      { kind: 'chips', key: 'include', label: 'Include locations', hint: 'Cities, states, countries or regions (NA, EMEA, DACH, Nordics, APAC …).' },
      { kind: 'chips', key: 'exclude', label: 'Exclude locations' },
    ],
  },
});
