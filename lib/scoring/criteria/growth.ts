import { z } from 'zod';
import { defineCriterion, unknown, weight } from './kit';

/** Head-count or revenue growth per year, in percent. */
export const growth = defineCriterion({
  id: 'growth',
  label: 'Growth',
  schema: z.object({ minPercent: z.number().min(-100).max(10000), weight }),
  defaultValue: () => ({ minPercent: 20, weight: 10 }),
  check(c, facts) {
    if (facts.growthPercent === null) return unknown('Growth not known.');
    const ok = facts.growthPercent >= c.minPercent;
    return { status: ok ? 'matched' : 'missed', sentence: `Growing ${facts.growthPercent}% a year; at least ${c.minPercent}% wanted? ${ok ? 'yes' : 'no'}.`, field: 'growth' };
  },
  facts: [{ name: 'growth', source: 'growth', read: (f) => (f.growthPercent === null ? null : `${f.growthPercent}%`) }],
  csv: {
    columns: { growth: ['growth', 'growthrate', 'employeegrowth', 'headcountgrowth', 'yearlygrowth', 'revenuegrowth'] },
    read({ get, note, facts }) {
      const cell = get('growth');
      if (!cell) return null;
      const n = Number.parseFloat(cell.replace('%', '').replace(',', '.'));
      if (!Number.isFinite(n)) return `growth "${cell}" is not a percentage`;
      facts.growthPercent = n;
      note('growth', 'growth', cell);
      return null;
    },
  },
  editor: {
    title: 'Growth',
    layout: 'stack',
    fields: [{ kind: 'number', key: 'minPercent', label: 'Minimum growth per year (%)', required: true, min: -100, max: 10000 }],
  },
});
