/**
 * Aggregates only (issue #13): how many titles of a labelled set each tier of the department decision got right or
 * wrong — function word, main-noun rule, job noun, suffix-family rule, site rule, stem, weak word, executive default,
 * nothing — split by labelled `other` or not. It prints counts, never a title or a per-row result, so it may be run
 * on tests/data/titles-independent.tsv (docs/titles.md, "Measuring without tuning against the evaluation set").
 * --lang=sv: only the titles of one language (still counts only).
 *   npx tsx scripts/eval-titles-tiers.ts [tests/data/titles-independent.tsv] [--lang=sv]
 */
import { readFileSync } from 'node:fs';
import { classifyTitle } from '../lib/normalize/title';

const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'tests/data/titles-independent.tsv';
const onlyLang = process.argv.find((a) => a.startsWith('--lang='))?.slice(7);
const lines = readFileSync(file, 'utf8').trim().split('\n');
const col = lines[0]!.split('\t');
const [ti, di, li] = [col.indexOf('title'), col.indexOf('department'), col.indexOf('language')];
/** The tier a department rule belongs to: its leading words, without the quoted evidence. */
const tier = (rule: string): string => {
  if (rule === 'no function word') return 'none (other)';
  if (rule.startsWith('no known role')) return 'nothing known (other)';
  if (rule.startsWith('no function word;')) return 'executive default';
  if (rule.startsWith('weak function word')) return 'weak word';
  return rule.split(/[("]/)[0]!.trim();
};
const counts = new Map<string, number>();
for (const line of lines.slice(1)) {
  const cells = line.split('\t');
  if (onlyLang && cells[li] !== onlyLang) continue;
  const want = cells[di]!;
  const got = classifyTitle(cells[ti]!);
  const key = `${tier(got.rules.department).padEnd(28)} ${want === 'other' ? 'labelled other' : 'labelled dept '}  ${got.department === want ? 'right' : 'wrong'}`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
for (const [k, v] of [...counts].sort()) console.log(`${k}  ${String(v).padStart(5)}`);
