// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classifyTitle, titleVocabularyReport, vocabularyKey } from '@/lib/normalize/title';
import { COMPOUND_LANGUAGES, PAGE_LABELS, TITLE_LANGUAGES } from '@/lib/normalize/titles';
import { COMPOUND_CLASS, EXAMPLE_CLASSES, parseMeaning, TITLE_LANGUAGE_CODES, wordsOf, type ExampleClass, type Vocabulary } from '@/lib/normalize/titles/types';

/** The lint of the language modules (lib/normalize/titles/<code>.ts): what a new language must bring. */
const report = titleVocabularyReport();
type Table = 'word' | 'head' | 'modifier';
const tables = (l: (typeof TITLE_LANGUAGES)[number]): [Table, Vocabulary][] => {
  const out: [Table, Vocabulary][] = [['word', l.words]];
  if (l.compounds) out.push(['head', l.compounds.heads], ['modifier', l.compounds.modifiers]);
  return out;
};

describe('title language registry', () => {
  it('holds exactly the 13 languages, once each', () => {
    expect(TITLE_LANGUAGES.map((l) => l.code).sort()).toEqual([...TITLE_LANGUAGE_CODES].sort());
  });

  it('gives compounds to exactly the languages that glue words, and to no other', () => {
    for (const l of TITLE_LANGUAGES) expect(Boolean(l.compounds), l.code).toBe(COMPOUND_LANGUAGES.includes(l.code));
  });

  it('no folded word means two different things (across all languages)', () => {
    expect(report.conflicts).toEqual([]);
  });
});

describe.each(TITLE_LANGUAGES.map((l) => [l.code, l] as const))('title language %s', (code, lang) => {
  it('writes every meaning in the vocabulary grammar', () => {
    for (const [, vocab] of tables(lang)) for (const key of Object.keys(vocab)) expect(() => parseMeaning(key), `${code}: "${key}"`).not.toThrow();
  });

  it('lists no word twice within the module (after folding accents and case)', () => {
    for (const [table, vocab] of tables(lang)) {
      const seen = new Map<string, string>();
      for (const [key, list] of Object.entries(vocab)) {
        for (const w of wordsOf(list)) {
          const k = vocabularyKey(w);
          expect(seen.get(k), `${code} ${table} "${w}" is listed under "${seen.get(k)}" and "${key}"`).toBeUndefined();
          seen.set(k, key);
        }
      }
    }
  });

  it('makes every entry reachable: each word is found by the engine with the meaning the module gives it', () => {
    for (const [table, vocab] of tables(lang)) {
      for (const [key, list] of Object.entries(vocab)) {
        for (const w of wordsOf(list)) {
          const k = vocabularyKey(w);
          expect(k, `${code} "${w}" folds to nothing`).not.toBe('');
          expect(/^[a-z0-9&+ ]+$/.test(k), `${code} "${w}" folds to "${k}", which the tokenizer splits differently`).toBe(true);
          expect(report.lookup(table, w)?.key, `${code} ${table} "${w}"`).toBe(parseMeaning(key).key);
          expect(report.sources(table, w).some((s) => s.lang === code)).toBe(true);
        }
      }
    }
  });

  it('keeps compound parts long enough not to match inside unrelated words', () => {
    if (!lang.compounds) return;
    for (const vocab of [lang.compounds.heads, lang.compounds.modifiers]) for (const list of Object.values(vocab)) for (const w of wordsOf(list)) expect(vocabularyKey(w).length, `${code} "${w}"`).toBeGreaterThanOrEqual(4);
  });

  it('names the LinkedIn About-list labels of its UI language', () => {
    for (const field of ['industry', 'size', 'headquarters'] as const) expect(lang.labels[field].length, `${code} ${field}`).toBeGreaterThan(0);
    for (const names of Object.values(lang.labels)) for (const n of names) expect(PAGE_LABELS.has(n)).toBe(true);
  });

  const classes = lang.compounds ? [...EXAMPLE_CLASSES, COMPOUND_CLASS] : [...EXAMPLE_CLASSES];
  it(`has an example for every class (${classes.join(', ')})`, () => {
    for (const c of classes) expect(lang.examples[c as ExampleClass]?.length ?? 0, `${code} has no "${c}" example`).toBeGreaterThan(0);
  });

  const examples = Object.entries(lang.examples).flatMap(([c, list]) => (list ?? []).map((e) => [c, ...e] as const));
  it.each(examples)(`${code} %s example "%s" → %s / %s`, (_c, title, department, seniority) => {
    const got = classifyTitle(title);
    expect({ department: got.department, seniority: got.seniority }).toEqual({ department, seniority });
  });

  it('uses its own words in its examples (an example that only exercises English proves nothing)', () => {
    const own = new Set<string>();
    for (const [, vocab] of tables(lang)) for (const list of Object.values(vocab)) for (const w of wordsOf(list)) for (const part of vocabularyKey(w).split(' ')) own.add(part);
    for (const [c, title] of examples) {
      const folded = vocabularyKey(title).split(/[^a-z0-9&+]+/);
      const usesOwn = folded.some((t) => own.has(t) || [...own].some((w) => w.length >= 4 && t.length > w.length && (t.startsWith(w) || t.endsWith(w))));
      expect(usesOwn, `${code} ${c} example "${title}"`).toBe(true);
    }
  });
});
