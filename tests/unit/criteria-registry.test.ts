// @vitest-environment node
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyCompany } from '@/lib/observation-empty';
import { formatPackError, icpCriteriaSchema, parsePack } from '@/lib/profiles/schema';
import { CRITERIA, CRITERION_FACTS, CRITERION_IDS, criterionTermCount, MAX_UNKNOWN_CRITERIA, newCriterion, type CriterionRegistry } from '@/lib/scoring/criteria';
import { growth } from '@/lib/scoring/criteria/growth';
import { industries } from '@/lib/scoring/criteria/industries';
import { COLUMN_NAMES, mapColumns, rowToFacts } from '@/lib/scoring/csv-rows';
import { scoreIcp } from '@/lib/scoring';

/**
 * The criterion registry (issue #15): a criterion is one module with every part, and
 * everything that needs the set of criteria reads it from the registry.
 */

// Type-level: a criterion without one of its parts, or a registry without one of the ids, does
// not compile (checked by `tsc --noEmit`, part of `npm test`). Each line below must stay an error.
const { facts: _facts, ...growthWithoutFacts } = growth;
// @ts-expect-error -- a criterion without the facts it supplies to talking points
const missingPart: CriterionRegistry = { ...CRITERIA, growth: growthWithoutFacts };
const { growth: _growth, ...withoutGrowth } = CRITERIA;
// @ts-expect-error -- a registry without one of CRITERION_IDS
const missingId: CriterionRegistry = withoutGrowth;
// @ts-expect-error -- an editor field naming a setting the criterion does not have
const wrongField: (typeof CRITERIA)['industries']['editor']['fields'][number] = { kind: 'chips', key: 'includes', label: 'x' };
void [missingPart, missingId, wrongField, industries];

const dir = join(__dirname, '../../lib/scoring/criteria');
const noFacts = { company: emptyCompany(), revenue: null, growthPercent: null, evidence: {} };

describe('criterion registry', () => {
  it('every module in lib/scoring/criteria is registered under its file name, and every id has its module', () => {
    const modules = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'kit.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(modules).toEqual([...CRITERION_IDS].sort());
    for (const id of CRITERION_IDS) expect(CRITERIA[id].id).toBe(id);
  });

  it.each(CRITERION_IDS)('%s has a label, a default the schema accepts, and an editor field for every setting', (id) => {
    const m = CRITERIA[id];
    expect(m.label.trim()).not.toBe('');
    expect(m.editor.title.trim()).not.toBe('');
    const value = newCriterion(id) as Record<string, unknown>;
    expect(m.schema.safeParse(value).success).toBe(true);
    expect(icpCriteriaSchema.safeParse({ [id]: value }).success).toBe(true);
    // Two calls give two objects: the editor may change one without touching the default.
    expect(newCriterion(id)).not.toBe(newCriterion(id));
    // Every setting but the weight (edited beside every criterion) has its field, of the right kind.
    const keys = Object.keys(value).filter((k) => k !== 'weight').sort();
    expect(m.editor.fields.map((f) => f.key).sort()).toEqual(keys);
    for (const f of m.editor.fields) {
      const v = value[f.key];
      if (f.kind === 'chips') expect(Array.isArray(v)).toBe(true);
      if (f.kind === 'checkbox') expect(typeof v).toBe('boolean');
      if (f.kind === 'number') expect(v === null || typeof v === 'number').toBe(true);
    }
  });

  it.each(CRITERION_IDS)('%s says "unknown" (never a miss) about a company nothing is known of', (id) => {
    const check = CRITERIA[id].check(newCriterion(id) as never, noFacts);
    expect(check.status).toBe('unknown');
    expect(check.sentence).toMatch(/^[A-Z].*\.$/);
  });

  it('facts for talking points: unique names, sources that are evidence fields or technology categories', () => {
    const names = CRITERION_FACTS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of CRITERION_FACTS) expect(f.source).toMatch(/^(company\.[a-zA-Z]+|revenue|growth|technology:.+)$/);
    expect(CRITERION_FACTS.find((f) => f.name === 'industry')?.criterion).toBe('industries');
    expect(CRITERION_FACTS.find((f) => f.name === 'headcount')?.criterion).toBe('employees');
    expect(CRITERION_FACTS.find((f) => f.name === 'crm')?.source).toBe('technology:CRM');
    // Nothing is known: no fact can be read.
    for (const f of CRITERION_FACTS) expect(f.read(noFacts)).toBeNull();
    // A fact read is the value as it stands in the company's data.
    const known = { ...noFacts, company: { ...emptyCompany(), industry: 'Software Development', technologies: [{ name: 'Gatsby', category: 'JavaScript framework' }, { name: 'HubSpot', category: 'CRM' }] } };
    expect(CRITERION_FACTS.find((f) => f.name === 'industry')?.read(known)).toBe('Software Development');
    expect(CRITERION_FACTS.find((f) => f.name === 'crm')?.read(known)).toBe('HubSpot');
  });

  it('CSV columns: no header name belongs to two roles, and each criterion reads its own column', () => {
    const seen = new Map<string, string>();
    for (const [role, names] of Object.entries(COLUMN_NAMES)) {
      for (const n of names) {
        expect(seen.get(n), `"${n}" is a name of both ${seen.get(n)} and ${role}`).toBeUndefined();
        seen.set(n, role);
      }
    }
    for (const id of CRITERION_IDS) expect(Object.keys(CRITERIA[id].csv.columns).length).toBeGreaterThan(0);
    const headers = ['Account Name', 'Industry', 'Employees', 'Annual Revenue', 'Billing City', 'Billing Country', 'Tech Stack', 'Description', 'Growth Rate'];
    const row = rowToFacts(
      { 'Account Name': 'Acme', Industry: 'Software Development', Employees: '250', 'Annual Revenue': '$40M', 'Billing City': 'Boston', 'Billing Country': 'United States', 'Tech Stack': 'Salesforce; Marketo', Description: 'B2B SaaS', 'Growth Rate': '35%' },
      mapColumns(headers),
    );
    expect(row.ok).toBe(true);
    if (!row.ok) return;
    const p = parsePack({
      id: 't',
      name: 'T',
      version: 1,
      publishedAt: '2026-01-01T00:00:00Z',
      publishedBy: 'Mo',
      icps: [{ id: 'all', name: 'All', criteria: Object.fromEntries(CRITERION_IDS.map((id) => [id, newCriterion(id)])) }],
    });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    // Every criterion could be checked from the row: none is left unknown.
    const fit = scoreIcp(p.pack.icps[0]!, row.facts);
    expect(fit.criteria.filter((c) => c.status === 'unknown').map((c) => c.id)).toEqual([]);
    expect(fit.coverage).toBe(1);
  });
});

describe('criteria the extension does not know', () => {
  const withCriteria = (criteria: Record<string, unknown>) =>
    parsePack({ id: 't', name: 'T', version: 1, publishedAt: '2026-01-01T00:00:00Z', publishedBy: 'Mo', icps: [{ id: 'x', name: 'X', criteria }] });

  it('a few are accepted (a newer pack), whatever their shape; a known one is still validated', () => {
    expect(withCriteria({ fundingStage: { stages: ['Series B'], weight: 5 }, hiring: true }).ok).toBe(true);
    const bad = withCriteria({ fundingStage: { weight: 5 }, employees: { min: 500, max: 100, weight: 5 } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map(formatPackError)).toEqual(['icps[0].criteria.employees.min: min must not be greater than max']);
  });

  it('more than the limit is refused with a sentence, not scored key by key', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_UNKNOWN_CRITERIA + 1 }, (_, i) => [`made-up-${i}`, { weight: 1 }]));
    const result = withCriteria(many);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatPackError(result.errors[0]!)).toBe(`icps[0].criteria: ${MAX_UNKNOWN_CRITERIA + 1} criteria this version does not know, more than the limit of ${MAX_UNKNOWN_CRITERIA} ("made-up-0", "made-up-1", "made-up-2" …)`);
  });

  it('term counting for the pack limits reads every list the registry describes', () => {
    expect(criterionTermCount({ industries: { include: ['a', 'b'], exclude: ['c'], includeChildren: true, weight: 1 }, keywords: { positive: ['x'], negative: [], weight: 1 }, growth: { minPercent: 5, weight: 1 }, other: { list: ['z'] } })).toBe(4);
  });
});
