/**
 * Draws the CANDIDATE titles for tests/data/titles-independent.tsv (issue #13) from openly
 * licensed occupation data, with a fixed seed, stratified by ISCO-08 group so departments and
 * levels are spread roughly as on LinkedIn rather than as in the source lists.
 *
 * It only samples. Department and seniority were then labelled by hand, row by row, following
 * tests/data/titles-independent.md, before any classifier saw the rows; rows that could not be
 * labelled were dropped. It never imports or runs the title classifier.
 *
 * Inputs (not in the repo, and nothing in the repo reads them at test time):
 *   <dir>/corpus_<lang>.tsv, <dir>/mapping_<lang>.tsv  ESCO labels per language and their concept
 *       URIs, from github.com/Avature/melo-benchmark data/processed/melo/<ds>/{corpus_elements,
 *       concept_mapping}.tsv (ESCO labels, © European Union, reuse with acknowledgement)
 *   <dir>/occupations_en.csv  ESCO occupations with their ISCO-08 group (ESCO CSV download)
 *   <dir>/faker_tr_TR_job.py  Faker's Turkish occupation list (MIT), github.com/joke2k/faker
 *
 * Usage: npx tsx scripts/build-titles-independent.ts /tmp/leadfit-p7 > /tmp/candidates.tsv
 * Output: TSV `title  language  source  isco  hint` (hint = the concept's English ESCO label).
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ESCO_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'no', 'pl', 'cs'] as const;
const PER_LANGUAGE = 100;
const SEED = 13;

/**
 * ISCO-08 prefixes kept, with a weight per stratum. Armed forces, agriculture, crafts, machine
 * operators and elementary occupations are left out: an SDR rarely meets them on LinkedIn.
 */
const STRATA: ReadonlyArray<{ name: string; prefixes: string[]; weight: number }> = [
  { name: 'chief executives', prefixes: ['112'], weight: 4 },
  { name: 'business services and administration managers', prefixes: ['121'], weight: 8 },
  { name: 'sales, marketing and development managers', prefixes: ['122'], weight: 9 },
  { name: 'production and supply managers', prefixes: ['132'], weight: 6 },
  { name: 'ICT service managers', prefixes: ['133'], weight: 4 },
  { name: 'professional services managers', prefixes: ['134'], weight: 4 },
  { name: 'hospitality and retail managers', prefixes: ['14'], weight: 2 },
  { name: 'science and engineering professionals', prefixes: ['21'], weight: 9 },
  { name: 'health professionals', prefixes: ['22'], weight: 4 },
  { name: 'teaching professionals', prefixes: ['23'], weight: 3 },
  { name: 'finance professionals', prefixes: ['241'], weight: 6 },
  { name: 'administration professionals', prefixes: ['242'], weight: 5 },
  { name: 'sales, marketing and PR professionals', prefixes: ['243'], weight: 8 },
  { name: 'ICT professionals', prefixes: ['25'], weight: 9 },
  { name: 'legal, social and cultural professionals', prefixes: ['26'], weight: 4 },
  { name: 'science and engineering technicians', prefixes: ['31'], weight: 3 },
  { name: 'business and administration associate professionals', prefixes: ['33'], weight: 9 },
  { name: 'ICT technicians', prefixes: ['35'], weight: 3 },
  { name: 'clerical support', prefixes: ['41', '42', '43', '44'], weight: 5 },
  { name: 'sales workers', prefixes: ['52'], weight: 2 },
];

/** mulberry32: a tiny seeded PRNG, so the draw is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The ESCO CSV has quoted, multi-line fields: the project's CSV parser reads it. */
function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: true, relax_quotes: true }) as string[][];
}

/** Labels that do not read like a position someone holds are not candidates. */
function looksLikeTitle(label: string): boolean {
  return label.length >= 3 && label.length <= 60 && !/[/(),;]/.test(label);
}

function main(dir: string): void {
  const occupations = parseCsv(readFileSync(join(dir, 'occupations_en.csv'), 'utf8'));
  const header = occupations[0]!;
  const uriCol = header.indexOf('conceptUri');
  const iscoCol = header.indexOf('iscoGroup');
  const prefCol = header.indexOf('preferredLabel');
  const isco = new Map<string, { group: string; english: string }>();
  for (const r of occupations.slice(1)) {
    if (r[uriCol]) isco.set(r[uriCol]!, { group: r[iscoCol] ?? '', english: r[prefCol] ?? '' });
  }

  // Titles already in the tuning and held-out sets must not reappear here.
  const seen = new Set<string>();
  for (const f of ['tests/data/titles.tsv', 'tests/data/titles-holdout.tsv']) {
    for (const line of readFileSync(f, 'utf8').split('\n').slice(1)) {
      const t = line.split('\t')[0]?.trim().toLowerCase();
      if (t) seen.add(t);
    }
  }

  const random = rng(SEED);
  const totalWeight = STRATA.reduce((s, x) => s + x.weight, 0);
  const out: string[] = ['title\tlanguage\tsource\tisco\thint'];
  for (const lang of ESCO_LANGUAGES) {
    const labels = readFileSync(join(dir, `corpus_${lang}.tsv`), 'utf8').trim().split('\n');
    const uris = readFileSync(join(dir, `mapping_${lang}.tsv`), 'utf8').trim().split('\n');
    const byConcept = new Map<string, string[]>();
    labels.forEach((line, i) => {
      const [id, label] = line.split('\t');
      const [id2, uri] = (uris[i] ?? '').split('\t');
      if (!id || id !== id2 || !uri?.includes('/occupation/') || !label) return;
      const list = byConcept.get(uri) ?? [];
      list.push(label.trim());
      byConcept.set(uri, list);
    });
    const concepts = [...byConcept.keys()].sort();
    for (const stratum of STRATA) {
      const quota = Math.round((PER_LANGUAGE * stratum.weight) / totalWeight);
      const pool = concepts.filter((uri) => {
        const g = isco.get(uri)?.group ?? '';
        return stratum.prefixes.some((p) => g.startsWith(p));
      });
      let taken = 0;
      for (const uri of shuffle(pool, random)) {
        if (taken >= quota) break;
        const options = shuffle(byConcept.get(uri)!.filter(looksLikeTitle), random);
        const label = options.find((l) => !seen.has(l.toLowerCase()));
        if (!label) continue;
        seen.add(label.toLowerCase());
        const info = isco.get(uri)!;
        out.push([label, lang, `esco:${uri.split('/').pop()}`, info.group, info.english].join('\t'));
        taken++;
      }
    }
  }

  // Turkish: ESCO has no Turkish labels. Faker's tr_TR list is printed whole, numbered, for
  // hand selection of the office and professional titles (most entries are trades).
  const py = readFileSync(join(dir, 'faker_tr_TR_job.py'), 'utf8');
  [...py.matchAll(/^\s+"([^"]+)",$/gm)].forEach((m, i) => {
    out.push([m[1]!, 'tr', `faker-tr_TR:${i}`, '', ''].join('\t'));
  });
  process.stdout.write(out.join('\n') + '\n');
}

main(process.argv[2] ?? '/tmp/leadfit-p7');
