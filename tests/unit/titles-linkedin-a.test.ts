// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classifyTitle } from '@/lib/normalize/title';
import { describeLabelledPositions } from '../helpers/title-rows';

/**
 * Issue #13, round 6, group A: LinkedIn positions as sales reps meet them in English, German, Dutch, Swedish, Danish
 * and Norwegian (tests/data/titles-linkedin-a.tsv, labelled by the guide in tests/data/titles-independent.md and the
 * conventions of tests/data/titles.tsv before the classifier ran on them). The classes fixed in this round must stay
 * fixed: agreement ≥ 0.97 on department and on seniority, overall and in every language.
 */
describeLabelledPositions('LinkedIn positions, group A (en de nl sv da no)', 'titles-linkedin-a.tsv', ['en', 'de', 'nl', 'sv', 'da', 'no'], 40);

describe('round 6 rules name themselves in the evidence', () => {
  const rule = (title: string) => classifyTitle(title).rules;

  it('multi-role lines: a level below the board with no function takes the next role’s function', () => {
    expect(rule('Prokuristin | Leiterin Finanzen').department).toMatch(/^multi-role rule/);
    expect(classifyTitle('Director | Sales & Marketing')).toMatchObject({ department: 'sales', seniority: 'director' });
    // Owners and C-level titles keep general management.
    expect(classifyTitle('CEO | Sales Coach')).toMatchObject({ department: 'executive', seniority: 'cxo' });
  });

  it('"IT" anywhere in the role with a word for running systems is IT operations', () => {
    expect(classifyTitle('Driftstekniker IT')).toMatchObject({ department: 'it', seniority: 'individual' });
    expect(rule('Operations Manager IT').department).toMatch(/^IT-operations rule/);
    // Another operations field is not IT operations.
    expect(classifyTitle('Logistik IT').department).toBe('operations');
  });

  it('a level glued to the front of a compound is that level, and the field after it still counts', () => {
    expect(classifyTitle('Seniorsalgskonsulent')).toMatchObject({ department: 'sales', seniority: 'senior' });
    expect(classifyTitle('Juniorutvecklare')).toMatchObject({ department: 'engineering', seniority: 'entry' });
    expect(rule('Seniorrådgiver').seniority).toContain('compound part "Senior"');
  });

  it('intern and trainee compound heads give the level', () => {
    expect(classifyTitle('Marketingpraktikantin')).toMatchObject({ department: 'marketing', seniority: 'intern' });
    expect(classifyTitle('Afstudeerstagiair')).toMatchObject({ seniority: 'intern' });
    expect(classifyTitle('Salgstrainee')).toMatchObject({ department: 'sales', seniority: 'entry' });
  });

  it('the boss after "to (the)" is not the title’s level', () => {
    expect(classifyTitle('Chief of Staff to the CEO')).toMatchObject({ department: 'executive', seniority: 'director' });
    expect(classifyTitle('Advisor to the Board').seniority).toBe('individual');
  });

  it('abbreviations and feminine English words people write on profiles', () => {
    expect(classifyTitle('Dir. of Marketing')).toMatchObject({ department: 'marketing', seniority: 'director' });
    expect(classifyTitle('Key Account Managerin Automotive')).toMatchObject({ department: 'sales', seniority: 'individual' });
    expect(classifyTitle('Mktg Mgr')).toMatchObject({ department: 'marketing', seniority: 'individual' });
  });
});
