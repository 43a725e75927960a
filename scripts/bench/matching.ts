/**
 * Scoring cost for a pack at every limit (lib/profiles/limits.ts) on adversarial pages:
 * keywords made of words the page repeats hundreds of times. Target: < 10 ms per page.
 *   npm run bench -- matching
 */
import { parsePackJson } from '../../lib/profiles/schema';
import { scorePage } from '../../lib/scoring';
import { hasPhrase, matchPhrases } from '../../lib/scoring/text';
import { adversarialPage, adversarialSearchPage, packAtLimits, realisticLongPage, type Vocabulary } from '../../tests/helpers/limit-pack';

export default function bench(): void {
  run('realistic');
  run('adversarial');
  matcherOnly();
}

function run(vocabulary: Vocabulary): void {
  console.log(`-- ${vocabulary} keywords`);
  const raw = packAtLimits(vocabulary);
  const json = JSON.stringify(raw);
  let t = performance.now();
  const parsed = parsePackJson(json);
  const parseMs = performance.now() - t;
  if (!parsed.ok) throw new Error(`the limit pack does not parse: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  const pack = parsed.pack;
  console.log(`pack at limits: ${(json.length / 1e6).toFixed(2)} MB, ${pack.icps.length} ICPs, ${pack.personas.length} personas; parse + validate ${parseMs.toFixed(1)} ms`);
  for (const [name, page] of [
    ['long company page (5,000-character description)', realisticLongPage()],
    ['company page at the observation limits (85 KB of 4 repeated words)', adversarialPage()],
    ['search page (200 people)', adversarialSearchPage()],
  ] as const) {
    // Fresh text per run would be unrealistic: each page is scored once per visit, so measure cold
    // (first scoring of a new text) and warm separately.
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const variant = page.company ? { ...page, company: { ...page.company, description: `${page.company.description} run${i}` } } : { ...page, people: page.people.map((p) => ({ ...p, title: `${p.title} run${i}` })) };
      t = performance.now();
      scorePage(variant, pack);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`${name}: median ${times[15]!.toFixed(2)} ms, max ${times[29]!.toFixed(2)} ms per page (cold text each run)`);
  }
}

/** The matcher alone, per list: `matchPhrases` (one pass, Aho–Corasick) against `filter(hasPhrase)`. */
export function matcherOnly(): void {
  const parsed = parsePackJson(JSON.stringify(packAtLimits()));
  if (!parsed.ok) return;
  const page = adversarialPage();
  const lists = parsed.pack.icps.flatMap((icp) => [icp.criteria.keywords?.positive ?? [], icp.criteria.keywords?.negative ?? []]);
  for (const [name, fn] of [
    ['matchPhrases', (text: string, list: string[]) => matchPhrases(text, list)],
    ['filter(hasPhrase)', (text: string, list: string[]) => list.filter((k) => hasPhrase(text, k))],
  ] as const) {
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const text = `${page.company!.description} ${page.company!.specialties.join(', ')} run${i}`.toLowerCase();
      const t = performance.now();
      for (const list of lists) fn(text, list);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`${name}: all ${lists.length} keyword lists of the pack on one adversarial page text: median ${times[5]!.toFixed(2)} ms`);
  }
}
