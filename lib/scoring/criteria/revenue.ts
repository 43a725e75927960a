import { parseRevenue } from '../../normalize/revenue';
import { checkRange, defineCriterion, moneyRange, rangeSchema, unknown } from './kit';

/** Annual revenue in US dollars, inclusive; an open end is null. */
export const revenue = defineCriterion({
  id: 'revenue',
  label: 'Revenue',
  schema: rangeSchema,
  defaultValue: () => ({ min: 10_000_000, max: 100_000_000, weight: 15 }),
  check(c, facts) {
    if (!facts.revenue) return unknown('Revenue not known (pages rarely state it; CRM exports do).');
    return checkRange(facts.revenue, c, 'revenue', true);
  },
  facts: [{ name: 'revenue', source: 'revenue', read: (f) => (f.revenue ? moneyRange(f.revenue) : null) }],
  csv: {
    columns: { revenue: ['revenue', 'annualrevenue', 'companyrevenue', 'estimatedrevenue', 'revenuerange'] },
    read({ get, note, facts }) {
      const cell = get('revenue');
      if (!cell) return null;
      const parsed = parseRevenue(cell) ?? plainNumber(cell);
      if (!parsed) return `revenue "${cell}" is not an amount`;
      facts.revenue = { min: parsed.min, max: parsed.max };
      note('revenue', 'revenue', cell);
      return null;
    },
  },
  editor: {
    title: 'Annual revenue (USD)',
    layout: 'grid2',
    fields: [
      { kind: 'number', key: 'min', label: 'Minimum revenue (USD)', min: 0 },
      { kind: 'number', key: 'max', label: 'Maximum revenue (USD)', min: 0 },
    ],
  },
});

/** "25000000" or "25,000,000" (CRM exports often hold plain dollars). */
function plainNumber(text: string): { min: number; max: number } | null {
  const n = Number(text.replace(/[,\s$]/g, ''));
  return Number.isFinite(n) && n >= 0 ? { min: n, max: n } : null;
}
