import { describe, expect, it } from 'vitest';
import { observationSchema } from '@/lib/observation';
import { emptyCompany, emptyPerson } from '@/lib/observation-empty';

describe('observation contract', () => {
  it('accepts an observation with nothing stated', () => {
    const obs = { url: 'https://example.com/', kind: 'unsupported', person: null, people: [], company: null, evidence: {}, missing: [] };
    expect(observationSchema.safeParse(obs).success).toBe(true);
  });
  it('rejects an unknown page kind and a non-numeric employee range', () => {
    const bad = {
      url: 'https://example.com/',
      kind: 'twitter',
      person: emptyPerson(),
      people: [],
      company: { ...emptyCompany(), employees: { min: '51', max: 200 } },
      evidence: {},
      missing: [],
    };
    const result = observationSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('kind');
    expect(paths).toContain('company.employees.min');
  });
});
