// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyTitle } from '@/lib/normalize/title';
import { parseTitlesTsv } from '../../scripts/eval-titles';

/**
 * Issue #13, round 6, group B: LinkedIn positions as sales reps meet them in French, Spanish, Italian, Portuguese,
 * Polish, Czech and Turkish (tests/data/titles-linkedin-b.tsv, labelled by the guide in
 * tests/data/titles-independent.md before the classifier ran on them). The classes fixed in this round (insurance
 * agents, IT support and IT administrators, "interno" ≠ intern, SAP consultants, health-and-safety technicians,
 * project-lead words, construction sites, the Turkish "yönetici" as a functional manager, assistants to a boss …)
 * must stay fixed: agreement ≥ 0.97 on department and on seniority, per file and in every language.
 */
const rows = parseTitlesTsv(readFileSync(new URL('../data/titles-linkedin-b.tsv', import.meta.url), 'utf8'));
const LANGUAGES = ['fr', 'es', 'it', 'pt', 'pl', 'cs', 'tr'];

function agreement(subset: typeof rows) {
  let department = 0;
  let seniority = 0;
  const misses: string[] = [];
  for (const row of subset) {
    const got = classifyTitle(row.title);
    if (got.department === row.department) department++;
    if (got.seniority === row.seniority) seniority++;
    if (got.department !== row.department || got.seniority !== row.seniority) {
      misses.push(`${row.title}: ${got.department}/${got.seniority}, labelled ${row.department}/${row.seniority}`);
    }
  }
  return { department: department / subset.length, seniority: seniority / subset.length, misses };
}

describe('LinkedIn positions, group B (fr es it pt pl cs tr)', () => {
  it('holds at least 40 labelled positions per language, and only those languages', () => {
    for (const lang of LANGUAGES) expect(rows.filter((r) => r.language === lang).length, lang).toBeGreaterThanOrEqual(40);
    expect(rows.every((r) => LANGUAGES.includes(r.language))).toBe(true);
    expect(new Set(rows.map((r) => r.title)).size).toBe(rows.length);
  });

  it('agrees with the labels on ≥ 0.97 of departments and seniorities', () => {
    const { department, seniority, misses } = agreement(rows);
    expect(department, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(seniority, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  // A per-language floor, so one language cannot collapse behind the others' figures.
  for (const lang of LANGUAGES) {
    it(`${lang}: ≥ 0.95 on department and seniority`, () => {
      const { department, seniority, misses } = agreement(rows.filter((r) => r.language === lang));
      expect(department, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
      expect(seniority, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    });
  }
});
