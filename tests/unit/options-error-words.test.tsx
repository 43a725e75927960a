import { describe, expect, it } from 'vitest';
import { errorSentence } from '@/lib/profiles/error-words';
import { parsePack } from '@/lib/profiles/schema';
import { CRITERIA } from '@/lib/scoring/criteria';

/** Pack errors in words: the ICP / persona / talking point by name, the field by its form label. */
const draft = {
  id: 'acme',
  name: 'Acme',
  version: 1,
  publishedAt: '2026-01-01T00:00:00Z',
  publishedBy: 'Mo',
  icps: [
    {
      id: 'mid-market',
      name: 'Mid-market SaaS',
      criteria: { employees: { weight: 30, min: 'fifty', max: 500 }, industries: { weight: 40, include: [''], exclude: [], includeChildren: true } },
      tiers: { A: 40, B: 60, C: 80 },
      painPoints: ['ok', ''],
      disqualifiers: [{ kind: 'industry', values: [] }],
      talkingPoints: [{ id: 'crm-point', text: 'You use {{nope}}' }],
    },
  ],
  personas: [
    { id: 'mike', name: 'Mike the RevOps Manager', buyingRole: 'champion', match: { departments: [], seniorities: [], titleKeywords: [] }, icpIds: ['gone'] },
    { id: 'no-name', name: '', buyingRole: 'champion', match: { departments: ['sales'] } },
  ],
};

function sentences(): string[] {
  const result = parsePack(draft);
  if (result.ok) throw new Error('the draft must be invalid');
  return result.errors.map((e) => errorSentence(draft, e));
}

describe('errorSentence', () => {
  const all = sentences();
  const find = (start: string) => all.find((s) => s.startsWith(start));

  it('names a persona by its name and asks for a department in words', () => {
    expect(find('Persona “Mike the RevOps Manager”')).toMatch(/^Persona “Mike the RevOps Manager”: pick at least one department/);
    expect(all.join('\n')).not.toMatch(/personas\[\d+\]/);
  });

  it('names an unnamed persona by its id', () => {
    expect(all).toContain('Persona “no-name”: Name must not be empty');
  });

  it('names a criterion field by the registry label', () => {
    const min = CRITERIA.employees.editor.fields.find((f) => f.key === 'min')!.label;
    expect(find(`ICP “Mid-market SaaS”: ${min}`)).toBeDefined();
    const include = CRITERIA.industries.editor.fields.find((f) => f.key === 'include')!.label;
    expect(find(`ICP “Mid-market SaaS”: ${include} (item 1)`)).toMatch(/must not be empty/);
  });

  it('names list items, tiers, disqualifiers, references and talking points', () => {
    expect(all).toContain('ICP “Mid-market SaaS”: Pain point 2 must not be empty');
    expect(find('ICP “Mid-market SaaS”: Tier cut-offs')).toMatch(/cut-offs must fall/);
    expect(find('ICP “Mid-market SaaS”: Disqualifier 1 values')).toBeDefined();
    // Cross-references are checked only once the rest is valid, so this one is given directly.
    expect(errorSentence(draft, { path: 'personas[0].icpIds[0]', message: 'no ICP with id "gone"' })).toBe('Persona “Mike the RevOps Manager”: ICP 1: no ICP with id "gone"');
    expect(find('ICP “Mid-market SaaS”, talking point “crm-point”: Template')).toMatch(/nope/);
  });

  it('names pack-level fields by their label', () => {
    expect(errorSentence(draft, { path: 'publishedAt', message: 'must be an ISO date-time' })).toBe('Pack: Published at must be an ISO date-time');
    expect(errorSentence(draft, { path: '', message: 'too many terms' })).toBe('Pack: too many terms');
    expect(errorSentence(draft, { path: 'icps', message: 'a pack needs at least one ICP' })).toBe('Pack: ICPs: a pack needs at least one ICP');
  });

  it('still gives a sentence when the path no longer fits the pack (stale or imported errors)', () => {
    expect(errorSentence(null, { path: 'icps[3].criteria.revenue.weight', message: 'must be at most 100' })).toBe(`ICP 4: ${CRITERIA.revenue.label} weight must be at most 100`);
    expect(errorSentence(null, { path: 'icps[0].criteria.madeUp', message: 'expected an object, got text' })).toBe('ICP 1: Criterion “madeUp”: expected an object, got text');
  });
});
