/**
 * Builds the job-noun lexicons lib/normalize/titles/nouns/<code>.ts (issue #13) from ESCO occupation
 * labels: the everyday job nouns ("Buchhalterin", "sjuksköterska", "programador", "adwokat", "účetní")
 * that the hand-written language modules do not list, each with the department its occupations belong to.
 *
 * Run at BUILD time only (tests never need the sources):
 *   npx tsx scripts/build-job-nouns.ts            # writes lib/normalize/titles/nouns/<code>.ts for 12 languages
 *   npx tsx scripts/build-job-nouns.ts --dry-run  # prints counts only
 *   npx tsx scripts/build-job-nouns.ts --dry-run --why=makler  # why a word is in or out (counts per department)
 * Sources, read from local git mirrors (/work/.mirror, override with JOB_NOUNS_MIRROR):
 *   - ESCO labels per language and their concept URIs: github.com/Avature/melo-benchmark (MIT code,
 *     redistributing ESCO labels), data/processed/melo/<dataset>/{corpus_elements,concept_mapping}.tsv;
 *   - the ISCO-08 unit group of each occupation: ESCO's occupations_en.csv, github.com/MohamedGouaouri/esco.
 *   ESCO is © European Union, reused with acknowledgement: "This data uses the ESCO classification of the
 *   European Commission." Turkish has no ESCO labels; its lexicon (nouns/tr.ts) is hand-written, not built here.
 *
 * Independence from the evaluation set: every ESCO occupation that gave a row to
 * tests/data/titles-independent.tsv is excluded from the source, in every language (only that file's
 * `source` column is read, to get the occupation ids; its titles are never read).
 *
 * The rule (fixed before measuring, documented in the generated headers):
 *  1. Each occupation gets a department from its ISCO-08 unit group (ISCO_DEPARTMENTS below; groups that
 *     mix departments are `mixed`, and count against purity).
 *  2. Labels are split on "/" (ESCO's "Buchhalter/Buchhalterin"), folded as the classifier folds titles, and
 *     cut into words. A word counts once per occupation. In compound languages a word that stands alone in some
 *     label also counts where it ends a longer word (≥ 3 letters before it): "Makler" in "Immobilienmakler".
 *  3. A word is kept when it has ≥ MIN_LETTERS letters, occurs in ≥ MIN_OCCUPATIONS occupations, ≥ MIN_SHARE of
 *     them in one department (not `mixed`), is not a word the classifier already knows (any language, any
 *     table: levels, roles, departments, compound parts, typos: the classifier answers it without job nouns), and is not a generic or function word (STOP).
 *  4. It is a *role* noun (a person: gives seniority `individual`) when it is a whole label on its own at least
 *     once, or stands at the head of the label in ≥ half of its uses — last word in en/de/nl/sv/da/no, first in fr/es/it/pt, first or last in pl/cs —
 *     otherwise a department word only. `other` words are kept only as role nouns (they give seniority, no department).
 *  5. A word meaning two departments in two languages is dropped from both. In compound languages a word that
 *     ends in a kept role noun of the same department (≥ 3 letters before it) is dropped: the classifier finds it
 *     as a compound head ("Finanzbuchhalterin" → "buchhalterin").
 *  6. At most CAP words per language, most occupations first.
 *  7. Stems (department only, never a role): beginnings (5–8 letters) and endings ("-ologue", 5–8 letters) of label
 *     words of 6+ letters, kept when they occur in ≥ MIN_STEM_OCCUPATIONS occupations, ≥ MIN_STEM_SHARE of them in one
 *     department other than `other`/`mixed`, mean one department in every language, do not begin or end a level word
 *     of the classifier ("direc…" of director/dirección) and are not implied by a shorter stem of the same department.
 *     The engine tries them only for a word nothing else knows (or the part before a compound head with no department).
 *  Development split: JOB_NOUNS_DEV=1 also leaves out every fifth occupation, for scripts/eval-titles-esco.ts --dev.
 */
import { parse } from 'csv-parse/sync';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Department } from '../lib/profiles/taxonomy';
import { foldTitleText, titleVocabularyReport } from '../lib/normalize/title';

const MIRROR = process.env.JOB_NOUNS_MIRROR ?? '/work/.mirror';
export const MELO = { dir: 'Avature+melo-benchmark/repo', commit: '014982fef0abf5149b16e75b1043bd286ae4c98f' };
export const ESCO = { dir: 'MohamedGouaouri+esco/repo', commit: '381d16fb6ae1c22f7c7b16a0631dbdc4bada5e8d' };
const OUT_DIR = 'lib/normalize/titles/nouns';
const EVAL_SET = 'tests/data/titles-independent.tsv';

const MIN_LETTERS = 5;
const MIN_OCCUPATIONS = 2;
const MIN_SHARE = 0.8;
const CAP = 600;
/** Stems: prefix lengths tried, shortest word they are cut from, and the evidence a stem needs. */
const STEM_LENGTHS = [5, 6, 7, 8];
const MIN_STEM_WORD = 6;
const ENDING_LENGTHS = [5, 6, 7, 8];
const MIN_STEM_OCCUPATIONS = 3;
const MIN_STEM_SHARE = 0.7;
const STEM_CAP = 400;
/** Shortest role noun matched as the end of a compound; shorter ones are kept for whole words only. */
export const MIN_COMPOUND_HEAD = 5;

export type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'sv' | 'da' | 'no' | 'pl' | 'cs';
export const DATASETS: Record<Lang, string> = {
  en: 'usa_q_en_c_en', de: 'deu_q_de_c_de', fr: 'fra_q_fr_c_fr', es: 'esp_q_es_c_es', it: 'ita_q_it_c_it', pt: 'prt_q_pt_c_pt',
  nl: 'nld_q_nl_c_nl', sv: 'swe_q_sv_c_sv', da: 'dnk_q_da_c_da', no: 'nor_q_no_c_no', pl: 'pol_q_pl_c_pl', cs: 'cze_q_cs_c_cs',
};
const NAMES: Record<Lang, string> = {
  en: 'English', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch', sv: 'Swedish', da: 'Danish',
  no: 'Norwegian', pl: 'Polish', cs: 'Czech',
};
const HEAD_LAST: readonly Lang[] = ['en', 'de', 'nl', 'sv', 'da', 'no'];
const HEAD_FIRST: readonly Lang[] = ['fr', 'es', 'it', 'pt'];
const COMPOUND: readonly Lang[] = ['de', 'nl', 'sv', 'da', 'no'];

export type Bucket = Department | 'mixed';
/**
 * ISCO-08 code prefix → department (lib/profiles/taxonomy.ts), longest prefix wins. Follows the labelling
 * guide in tests/data/titles-independent.md; `mixed` where one group holds several departments
 * (sales vs marketing managers, actuaries vs statisticians, machine operators …).
 */
const ISCO_DEPARTMENTS: ReadonlyArray<[string, Bucket]> = [
  ['0', 'other'],
  ['111', 'other'], ['112', 'executive'],
  ['1211', 'finance'], ['1212', 'hr'], ['1213', 'mixed'], ['1219', 'mixed'],
  ['1221', 'mixed'], ['1222', 'marketing'], ['1223', 'research'],
  ['131', 'other'], ['1321', 'operations'], ['1322', 'operations'], ['1323', 'mixed'], ['1324', 'operations'],
  ['133', 'it'],
  ['1341', 'education'], ['1342', 'health'], ['1343', 'health'], ['1344', 'other'], ['1345', 'education'], ['1346', 'finance'], ['1349', 'mixed'],
  ['141', 'other'], ['142', 'sales'], ['143', 'mixed'],
  ['211', 'research'], ['212', 'mixed'], ['213', 'research'], ['214', 'engineering'], ['215', 'engineering'],
  ['2161', 'design'], ['2162', 'design'], ['2163', 'design'], ['2164', 'other'], ['2165', 'engineering'], ['2166', 'design'],
  ['22', 'health'],
  ['23', 'education'],
  ['241', 'finance'],
  ['2421', 'consulting'], ['2422', 'other'], ['2423', 'hr'], ['2424', 'hr'],
  ['2431', 'marketing'], ['2432', 'marketing'], ['2433', 'sales'], ['2434', 'sales'],
  ['2511', 'mixed'], ['2512', 'engineering'], ['2513', 'engineering'], ['2514', 'engineering'], ['2519', 'engineering'],
  ['252', 'it'],
  ['261', 'legal'], ['262', 'other'], ['2631', 'research'], ['2632', 'research'], ['2633', 'research'], ['2634', 'health'],
  ['2635', 'other'], ['2636', 'other'], ['264', 'other'], ['265', 'other'],
  ['311', 'engineering'], ['312', 'operations'], ['313', 'operations'], ['314', 'research'], ['315', 'other'],
  ['32', 'health'],
  ['3311', 'finance'], ['3312', 'finance'], ['3313', 'finance'], ['3314', 'data'], ['3315', 'finance'],
  ['3321', 'sales'], ['3322', 'sales'], ['3323', 'procurement'], ['3324', 'sales'],
  ['3331', 'operations'], ['3332', 'marketing'], ['3333', 'hr'], ['3334', 'sales'], ['3339', 'mixed'],
  ['3341', 'administrative'], ['3342', 'mixed'], ['3343', 'administrative'], ['3344', 'mixed'],
  ['335', 'other'], ['3411', 'legal'], ['3412', 'other'], ['3413', 'other'], ['342', 'other'],
  ['3431', 'other'], ['3432', 'design'], ['3433', 'other'], ['3434', 'other'], ['3435', 'other'],
  ['351', 'it'], ['352', 'mixed'],
  ['41', 'administrative'],
  ['421', 'finance'], ['4221', 'other'], ['4222', 'support'], ['4223', 'administrative'], ['4224', 'other'], ['4225', 'support'],
  ['4226', 'administrative'], ['4227', 'other'], ['4229', 'mixed'],
  ['431', 'finance'], ['432', 'operations'],
  ['4411', 'other'], ['4412', 'other'], ['4413', 'other'], ['4414', 'administrative'], ['4415', 'administrative'], ['4416', 'hr'], ['4419', 'administrative'],
  ['51', 'other'], ['52', 'sales'], ['5241', 'other'], ['5245', 'other'], ['5246', 'other'], ['531', 'other'], ['532', 'health'], ['54', 'other'],
  ['6', 'other'], ['7', 'other'], ['8', 'mixed'], ['83', 'other'], ['9', 'other'], ['933', 'operations'],
];

/** Generic person words and function words: never a job noun on their own, whatever their counts say. */
const STOP = new Set(
  (
    'assistant assistent assistente asistente assistente assistentin worker workers arbeiter arbeiterin medewerker medewerkster ' +
    'employee angestellter angestellte employe employee empleado empleada impiegato impiegata funcionario funcionaria ' +
    'operator operatorka operatore operatrice operador operadora operateur operatrice ' +
    'officer official agent agente agentka agentin helper helfer hulp ayudante pracownik pracownica pracovnik pracovnice ' +
    'professional professionnel profesional professionista profissional specialist specialista especialista spezialist ' +
    'technician technicien technikerin tecnico tecnica technik technicka technik technikus ' +
    'general generale generalny ' +
    'with from into that this their other others andere autre autres otro otra altro altra outro outra ' +
    'para pour avec dans della delle dello degli dell nella nelle sulla come como entre sobre ' +
    'voor naar met bij over onder tussen eller inom till fran over mellem eller hvor ' +
    'oder fuer uber unter zwischen sowie ' +
    'oraz przy jako albo ' +
    'nebo jako pres ' +
    'area areas field fields service services servicio servicios servizio servizi servico servicos dienst dienste tjeneste tjenester tjanst ' +
    'public publique publico publica pubblico pubblica offentlig offentlige ' +
    'sector sektor settore secteur ' +
    'level niveau nivel livello ' +
    'staff personnel innen inne ' +
    // the employer, not the job
    'company business bedrijf bedrijven firma firmy unternehmen betrieb empresa empresas entreprise entreprises azienda aziende ' +
    'virksomhed virksomheder foretag foretaget bedrift bedrifter spolecnost spolecnosti przedsiebiorstwo przedsiebiorstwa'
  ).split(/\s+/),
);

// ---------------------------------------------------------------- reading the sources
export function gitShow(repo: { dir: string; commit: string }, path: string): string {
  return execFileSync('git', ['--git-dir', join(MIRROR, repo.dir), 'show', `${repo.commit}:${path}`], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
}

/** The ESCO CSV has quoted, multi-line fields: the project's CSV parser reads it. */
export function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: true, relax_quotes: true }) as string[][];
}

export function departmentOf(isco: string): Bucket | null {
  let best: [string, Bucket] | null = null;
  for (const entry of ISCO_DEPARTMENTS) if (isco.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  return best ? best[1] : null;
}

/** Occupation ids that gave a row to the evaluation set: only the `source` column is read. */
export function evaluationOccupations(): Set<string> {
  const ids = new Set<string>();
  if (process.env.JOB_NOUNS_DEV === '1') for (const id of devOccupations()) ids.add(id);
  const lines = readFileSync(EVAL_SET, 'utf8').split('\n');
  const col = lines[0]!.split('\t').indexOf('source');
  if (col < 0) throw new Error(`${EVAL_SET}: no source column`);
  for (const line of lines.slice(1)) {
    const src = line.split('\t')[col]?.trim() ?? '';
    if (src.startsWith('esco:')) ids.add(src.slice(5));
  }
  return ids;
}

/**
 * A development split (JOB_NOUNS_DEV=1): every fifth ESCO occupation (by a hash of its id) is left out of the build
 * as well, so scripts/eval-titles-esco.ts --dev can measure the rule on occupations it has not seen, without the
 * evaluation set. The committed lexicons are built without it.
 */
export function isDevOccupation(id: string): boolean {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return h % 5 === 0;
}
let devIds: string[] | null = null;
function devOccupations(): string[] {
  if (!devIds) {
    const rows = parseCsv(gitShow(ESCO, 'occupations_en.csv'));
    const col = rows[0]!.indexOf('conceptUri');
    devIds = rows.slice(1).map((r) => (r[col] ?? '').split('/').pop()!).filter((id) => id && isDevOccupation(id));
  }
  return devIds;
}

// ---------------------------------------------------------------- the rule
interface Stat {
  /** occupation uri → department */
  occ: Map<string, Bucket>;
  uses: number;
  headUses: number;
  /** Times the word was a whole label on its own ("Buchhalterin"): an occupation name, so a person. */
  alone: number;
}
interface Noun {
  word: string;
  d: Department;
  role: boolean;
  support: number;
}

/** The classifier already reads the word without job nouns (then a noun for it would never be consulted). */
const { decidedWithoutNouns: isKnown, levelWords } = titleVocabularyReport();
/** Beginnings and endings of level words ("direc…" of director/dirección, "-leiter"): never a stem. */
const LEVEL_PARTS = new Set(levelWords().flatMap((w) => [...[5, 6, 7, 8].map((L) => w.slice(0, L)), ...[5, 6, 7, 8].map((L) => '-' + w.slice(-L))]));

function candidates(lang: Lang, isco: Map<string, string>, excluded: Set<string>): { nouns: Noun[]; stems: Noun[]; occupations: number; skipped: number } {
  const ds = `data/processed/melo/${DATASETS[lang]}`;
  const labels = gitShow(MELO, `${ds}/corpus_elements.tsv`).trim().split('\n');
  const uris = new Map(gitShow(MELO, `${ds}/concept_mapping.tsv`).trim().split('\n').map((l) => l.split('\t') as [string, string]));
  const stats = new Map<string, Stat>();
  const occupations = new Set<string>();
  let skipped = 0;
  const entries: { uri: string; d: Bucket; words: string[] }[] = [];
  for (const line of labels) {
    const [id, label] = line.split('\t');
    const uri = id ? uris.get(id) : undefined;
    if (!uri || !label || !uri.includes('/occupation/')) continue;
    if (excluded.has(uri.split('/').pop()!)) {
      skipped++;
      continue;
    }
    const group = isco.get(uri);
    const d = group ? departmentOf(group) : null;
    if (!d) continue;
    occupations.add(uri);
    for (const variant of label.split('/')) entries.push({ uri, d, words: foldTitleText(variant).split(/[^a-z]+/).filter(Boolean) });
  }
  // Compound languages: a word that stands on its own somewhere ("Makler") also counts where it ends a
  // compound ("Immobilien|makler", "Versicherungs|makler"), so heads that rarely stand alone are found.
  const standalone = new Set(entries.flatMap((x) => x.words).filter((w) => w.length >= MIN_COMPOUND_HEAD));
  const count = (w: string, uri: string, d: Bucket, head: boolean, alone: boolean) => {
    let s = stats.get(w);
    if (!s) stats.set(w, (s = { occ: new Map(), uses: 0, headUses: 0, alone: 0 }));
    if (alone) s.alone++;
    s.occ.set(uri, d);
    s.uses++;
    if (head) s.headUses++;
  };
  for (const { uri, d, words } of entries) {
    words.forEach((w, i) => {
      const head = HEAD_LAST.includes(lang) ? i === words.length - 1 : HEAD_FIRST.includes(lang) ? i === 0 : i === 0 || i === words.length - 1;
      count(w, uri, d, head, words.length === 1);
      if (!COMPOUND.includes(lang)) return;
      for (let at = 3; w.length - at >= MIN_COMPOUND_HEAD; at++) {
        const tail = w.slice(at);
        if (standalone.has(tail)) count(tail, uri, d, head, false);
      }
    });
  }
  const why = process.argv.find((a) => a.startsWith('--why='))?.slice(6);
  if (why && stats.has(why)) {
    const s = stats.get(why)!;
    const by = new Map<Bucket, number>();
    for (const d of s.occ.values()) by.set(d, (by.get(d) ?? 0) + 1);
    process.stderr.write(`${lang} "${why}": known=${isKnown(why)} uses=${s.uses} head=${s.headUses} alone=${s.alone} ${[...by].map(([d, n]) => `${d}:${n}`).join(' ')}\n`);
  }
  // Stems (issue #13): the first STEM_LENGTHS letters of a label word, for words the tables do not know as a whole —
  // inflected forms ("księgowej", "účetního", "contabilidad/contabile") and compounds led by their department
  // ("Versicherungs…", "Lager…", "Finanz…"). Department only, never a role.
  const stemStats = new Map<string, Map<string, Bucket>>();
  for (const { uri, d, words } of entries) {
    for (const w of words) {
      if (w.length < MIN_STEM_WORD || STOP.has(w)) continue;
      for (const L of STEM_LENGTHS) {
        if (L >= w.length) break;
        const p = w.slice(0, L);
        (stemStats.get(p) ?? stemStats.set(p, new Map()).get(p)!).set(uri, d);
      }
      // Endings, written "-ologue": the field's suffix ("pédologue", "Paleontóloga", "Duftchemikerin").
      for (const L of ENDING_LENGTHS) {
        if (L + 3 > w.length) break;
        const p = '-' + w.slice(w.length - L);
        (stemStats.get(p) ?? stemStats.set(p, new Map()).get(p)!).set(uri, d);
      }
    }
  }
  const stems: Noun[] = [];
  for (const [p, occ] of stemStats) {
    if (occ.size < MIN_STEM_OCCUPATIONS || STOP.has(p) || LEVEL_PARTS.has(p)) continue;
    const count = new Map<Bucket, number>();
    for (const d of occ.values()) count.set(d, (count.get(d) ?? 0) + 1);
    const [top, n] = [...count].sort((a, b) => b[1] - a[1])[0]!;
    if (top === 'mixed' || top === 'other' || n / occ.size < MIN_STEM_SHARE) continue;
    stems.push({ word: p, d: top, role: false, support: occ.size });
  }
  const nouns: Noun[] = [];
  for (const [word, s] of stats) {
    if (word.length < MIN_LETTERS || STOP.has(word) || isKnown(word)) continue;
    // (Keeping single-occupation head words too was measured on the development split: +1.2 points for 3× the
    // size of the lexicons in the background bundle, so they are left out.)
    if (s.occ.size < MIN_OCCUPATIONS) continue;
    const count = new Map<Bucket, number>();
    for (const d of s.occ.values()) count.set(d, (count.get(d) ?? 0) + 1);
    const [top, n] = [...count].sort((a, b) => b[1] - a[1])[0]!;
    if (top === 'mixed' || n / s.occ.size < MIN_SHARE) continue;
    const role = s.alone > 0 || s.headUses * 2 >= s.uses;
    if (top === 'other' && !role) continue;
    nouns.push({ word, d: top, role, support: s.occ.size });
  }
  return { nouns, stems, occupations: occupations.size, skipped };
}

function render(lang: Lang, nouns: Noun[], stems: Noun[], stats: string): string {
  const group = (role: boolean) => {
    const by = new Map<Department, string[]>();
    for (const n of nouns.filter((x) => x.role === role).sort((a, b) => a.word.localeCompare(b.word))) {
      const list = by.get(n.d) ?? [];
      list.push(n.word);
      by.set(n.d, list);
    }
    return [...by].sort((a, b) => a[0].localeCompare(b[0])).map(([d, ws]) => `    ${d}: '${ws.join(' ')}',`).join('\n');
  };
  const stemBy = new Map<Department, string[]>();
  for (const n of [...stems].sort((a, b) => a.word.localeCompare(b.word))) (stemBy.get(n.d) ?? stemBy.set(n.d, []).get(n.d)!).push(n.word);
  const stemGroup = [...stemBy].sort((a, b) => a[0].localeCompare(b[0])).map(([d, ws]) => `    ${d}: '${ws.join(' ')}',`).join('\n');
  return `// GENERATED by \`npx tsx scripts/build-job-nouns.ts\` — do not edit by hand; change the rule in the script and re-run.
// Source: ESCO occupation labels (${NAMES[lang]}), © European Union — "This data uses the ESCO classification of the
// European Commission." — via github.com/Avature/melo-benchmark@${MELO.commit.slice(0, 8)} (data/processed/melo/${DATASETS[lang]})
// and ISCO-08 groups from github.com/MohamedGouaouri/esco@${ESCO.commit.slice(0, 8)} (occupations_en.csv).
// Occupations in tests/data/titles-independent.tsv are excluded. ${stats}
import type { JobNouns } from './types';

/** ${NAMES[lang]} job nouns: \`roles\` name a person (department + seniority individual), \`words\` only a department,
 * \`stems\` begin an unknown word and give only a department. Folded, space-separated. */
export const ${lang}: JobNouns = {
  roles: {
${group(true)}
  },
  words: {
${group(false)}
  },
  stems: {
${stemGroup}
  },
};
`;
}

function main(): void {
  const dry = process.argv.includes('--dry-run');
  const rows = parseCsv(gitShow(ESCO, 'occupations_en.csv'));
  const header = rows[0]!;
  const uriCol = header.indexOf('conceptUri');
  const iscoCol = header.indexOf('iscoGroup');
  const isco = new Map<string, string>();
  for (const r of rows.slice(1)) if (r[uriCol] && r[iscoCol]) isco.set(r[uriCol]!, r[iscoCol]!);
  const excluded = evaluationOccupations();

  const perLang = new Map<Lang, ReturnType<typeof candidates>>();
  for (const lang of Object.keys(DATASETS) as Lang[]) perLang.set(lang, candidates(lang, isco, excluded));

  // 5. a word with two departments in two languages goes everywhere (the classifier does not know the language)
  const deptOfWord = new Map<string, Set<Department>>();
  for (const { nouns } of perLang.values()) for (const n of nouns) (deptOfWord.get(n.word) ?? deptOfWord.set(n.word, new Set()).get(n.word)!).add(n.d);
  const ambiguous = new Set([...deptOfWord].filter(([, ds]) => ds.size > 1).map(([w]) => w));
  // Turkish is hand-written; its words also take part in the conflict check (read back from nouns/tr.ts).
  const tr = readFileSync(join(OUT_DIR, 'tr.ts'), 'utf8');
  for (const m of tr.matchAll(/^\s+(\w+): '([^']*)'/gm)) for (const w of m[2]!.split(' ')) if (deptOfWord.has(w) && !deptOfWord.get(w)!.has(m[1] as Department)) ambiguous.add(w);

  // Stems: one department across languages (the engine does not know the language), and a stem whose shorter
  // stem already says the same is left out (the engine tries the longest first, so the shorter one answers).
  const deptOfStem = new Map<string, Set<Department>>();
  for (const { stems } of perLang.values()) for (const n of stems) (deptOfStem.get(n.word) ?? deptOfStem.set(n.word, new Set()).get(n.word)!).add(n.d);
  const stemOk = (n: Noun) => deptOfStem.get(n.word)!.size === 1 && !ambiguous.has(n.word);
  const stemDept = new Map([...deptOfStem].filter(([, ds]) => ds.size === 1).map(([w, ds]) => [w, [...ds][0]!]));

  mkdirSync(OUT_DIR, { recursive: true });
  for (const [lang, { nouns, stems, occupations, skipped }] of perLang) {
    const keptStems = stems
      .filter(stemOk)
      .filter((n) => (n.word.startsWith('-') ? !ENDING_LENGTHS.some((L) => L + 1 < n.word.length && stemDept.get('-' + n.word.slice(n.word.length - L)) === n.d) : !STEM_LENGTHS.some((L) => L < n.word.length && stemDept.get(n.word.slice(0, L)) === n.d)))
      .sort((a, b) => b.support - a.support || a.word.localeCompare(b.word))
      .slice(0, STEM_CAP);
    let kept = nouns.filter((n) => !ambiguous.has(n.word));
    if (COMPOUND.includes(lang)) {
      const heads = kept.filter((n) => n.role && n.word.length >= MIN_COMPOUND_HEAD);
      kept = kept.filter((n) => !heads.some((h) => h !== n && h.d === n.d && (h.role || !n.role) && n.word.length - h.word.length >= 3 && n.word.endsWith(h.word)));
    }
    kept = kept.sort((a, b) => b.support - a.support || a.word.localeCompare(b.word)).slice(0, CAP);
    const roles = kept.filter((n) => n.role).length;
    const stats = `${occupations} occupations, ${skipped} labels of evaluation-set occupations skipped; ${kept.length} words (${roles} role nouns) of ${nouns.length} candidates; ${keptStems.length} stems.`;
    process.stderr.write(`${lang}: ${stats}\n`);
    if (!dry) writeFileSync(join(OUT_DIR, `${lang}.ts`), render(lang, kept, keptStems, stats));
  }
  process.stderr.write(`dropped ${ambiguous.size} words with two departments across languages\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
