import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyTitle } from '@/lib/normalize/title';
import { parseTitlesTsv, type LabelledTitle } from '../../scripts/eval-titles';

/** Share of `rows` whose department and seniority the classifier gives as labelled, and the rows it misses. */
export function agreement(rows: readonly LabelledTitle[]): { department: number; seniority: number; misses: string[] } {
  let department = 0;
  let seniority = 0;
  const misses: string[] = [];
  for (const row of rows) {
    const got = classifyTitle(row.title);
    if (got.department === row.department) department++;
    if (got.seniority === row.seniority) seniority++;
    if (got.department !== row.department || got.seniority !== row.seniority) {
      misses.push(`${row.title}: ${got.department}/${got.seniority}, labelled ${row.department}/${row.seniority}`);
    }
  }
  return { department: department / rows.length, seniority: seniority / rows.length, misses };
}

/**
 * A labelled file of positions written before the classifier ran on them (tests/data/titles-linkedin-*.tsv): it holds
 * at least `perLanguage` rows in each of `languages` and no others, none twice in one language, and the classes fixed
 * for it stay fixed — agreement ≥ 0.97 overall and ≥ `languageFloor` in every language, so one language cannot
 * collapse behind the others' figures.
 */
export function describeLabelledPositions(name: string, file: string, languages: readonly string[], perLanguage: number, languageFloor = 0.97): void {
  const rows = parseTitlesTsv(readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8'));
  describe(name, () => {
    it(`holds at least ${perLanguage} labelled positions per language, and only those languages, none twice`, () => {
      for (const lang of languages) expect(rows.filter((r) => r.language === lang).length, lang).toBeGreaterThanOrEqual(perLanguage);
      expect(rows.every((r) => languages.includes(r.language))).toBe(true);
      // The same word may be a title in two languages ("Advokat" in sv, da, no), never twice in one.
      expect(new Set(rows.map((r) => `${r.language}\t${r.title}`)).size).toBe(rows.length);
    });

    it('agrees with the labels on ≥ 0.97 of departments and seniorities', () => {
      const { department, seniority, misses } = agreement(rows);
      expect(department, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
      expect(seniority, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
    });

    for (const lang of languages) {
      it(`${lang}: ≥ ${languageFloor} on department and seniority`, () => {
        const { department, seniority, misses } = agreement(rows.filter((r) => r.language === lang));
        expect(department, misses.join('\n')).toBeGreaterThanOrEqual(languageFloor);
        expect(seniority, misses.join('\n')).toBeGreaterThanOrEqual(languageFloor);
      });
    }
  });
}
