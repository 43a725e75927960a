/**
 * Lints tests/data/titles-independent.tsv, the independent evaluation set of issue #13 (see
 * tests/data/titles-independent.md). It checks the file's shape only and never runs the title
 * classifier: the set must stay unseen by whoever tunes it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEPARTMENTS, SENIORITIES } from '../../lib/profiles/taxonomy';

const DATA = 'tests/data/titles-independent.tsv';
const GUIDE = 'tests/data/titles-independent.md';
const HEADER = 'title\tdepartment\tseniority\tlanguage\tsource';
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'no', 'pl', 'cs', 'tr'];
const MIN_PER_LANGUAGE = 50;
const MIN_TOTAL = 1000;
/** Source ids: `<source>:<record>`; ESCO records are the occupation concept's UUID. */
const SOURCE = /^([a-z][a-z_-]*(?:_[A-Z]{2})?):(\S+)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const departments = new Set<string>(DEPARTMENTS);
const seniorities = new Set<string>(SENIORITIES);

/** Case, Unicode form and spacing do not make two titles different. */
function titleKey(title: string): string {
  return title.normalize('NFC').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
}

interface LintResult {
  problems: string[];
  perLanguage: Map<string, number>;
  titles: string[];
  sourcePrefixes: Set<string>;
}

/** Returns every problem found, each naming its line, so one run shows them all. */
function lintTitlesTsv(text: string): LintResult {
  const problems: string[] = [];
  const perLanguage = new Map<string, number>();
  const titles: string[] = [];
  const sourcePrefixes = new Set<string>();
  if (text.includes('\r')) problems.push('file has CR characters; use LF line ends');
  if (!text.endsWith('\n')) problems.push('file does not end with a newline');
  const lines = text.replace(/\n$/, '').split('\n');
  if (lines[0] !== HEADER) problems.push(`line 1: header must be "${HEADER.replaceAll('\t', '<TAB>')}"`);
  const seen = new Map<string, number>();
  lines.slice(1).forEach((line, i) => {
    const at = `line ${i + 2}`;
    const cols = line.split('\t');
    if (cols.length !== 5) {
      problems.push(`${at}: expected 5 tab-separated columns, got ${cols.length}`);
      return;
    }
    const [title, department, seniority, language, source] = cols as [string, string, string, string, string];
    cols.forEach((c, n) => {
      if (c === '') problems.push(`${at}: column ${n + 1} is empty`);
      else if (c !== c.trim()) problems.push(`${at}: column ${n + 1} has leading or trailing spaces`);
    });
    if (!departments.has(department)) problems.push(`${at}: unknown department "${department}"`);
    if (!seniorities.has(seniority)) problems.push(`${at}: unknown seniority "${seniority}"`);
    if (!LANGUAGES.includes(language)) problems.push(`${at}: unknown language "${language}"`);
    const m = SOURCE.exec(source);
    if (!m) problems.push(`${at}: source "${source}" is not <source>:<record>`);
    else {
      sourcePrefixes.add(m[1]!);
      if (m[1] === 'esco' && !UUID.test(m[2]!)) problems.push(`${at}: ESCO source "${source}" is not a concept UUID`);
    }
    const key = titleKey(title);
    const first = seen.get(key);
    if (first) problems.push(`${at}: duplicate title "${title}" (first on line ${first})`);
    else seen.set(key, i + 2);
    perLanguage.set(language, (perLanguage.get(language) ?? 0) + 1);
    titles.push(title);
  });
  for (const lang of LANGUAGES) {
    const n = perLanguage.get(lang) ?? 0;
    if (n < MIN_PER_LANGUAGE) problems.push(`language ${lang}: ${n} rows, need at least ${MIN_PER_LANGUAGE}`);
  }
  if (titles.length < MIN_TOTAL) problems.push(`${titles.length} rows, need at least ${MIN_TOTAL}`);
  return { problems, perLanguage, titles, sourcePrefixes };
}

function readUtf8(path: string): string {
  // fatal: a byte sequence that is not UTF-8 throws instead of turning into U+FFFD.
  return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
}

describe('titles-independent.tsv', () => {
  const result = lintTitlesTsv(readUtf8(DATA));

  it('is well-formed: header, columns, label sets, languages, no duplicates, sources', () => {
    expect(result.problems).toEqual([]);
  });

  it('covers all 13 languages with at least 50 rows each and 1,000+ in all', () => {
    expect([...result.perLanguage.keys()].sort()).toEqual([...LANGUAGES].sort());
    expect(result.titles.length).toBeGreaterThanOrEqual(MIN_TOTAL);
  });

  it('names only sources that the guide documents with a licence', () => {
    const guide = readUtf8(GUIDE);
    for (const prefix of result.sourcePrefixes) expect(guide, prefix).toContain(`\`${prefix}:`);
  });

  it('shares no title with the tuning set or the held-out set', () => {
    const others = ['tests/data/titles.tsv', 'tests/data/titles-holdout.tsv'].flatMap((f) =>
      readUtf8(f)
        .split('\n')
        .slice(1)
        .map((l) => titleKey(l.split('\t')[0] ?? ''))
        .filter(Boolean),
    );
    const taken = new Set(others);
    expect(result.titles.filter((t) => taken.has(titleKey(t)))).toEqual([]);
  });
});

describe('lintTitlesTsv', () => {
  const good = `${HEADER}\nVertriebsleiterin\tsales\thead\tde\tesco:0a1b2c3d-0000-4000-8000-000000000000\n`;

  it('reports each kind of mistake with its line', () => {
    const bad = [
      'title\tdepartment\tseniority\tlanguage',
      'Vertriebsleiterin\tsales\thead\tde\tesco:0a1b2c3d-0000-4000-8000-000000000000',
      'vertriebsleiterin \tsales\thead\tde\tesco:0a1b2c3d-0000-4000-8000-000000000000',
      'Satış Müdürü\tselling\tboss\ttr\tfaker-tr_TR:1',
      'Inköpare\tprocurement\tindividual\tsw\tesco:not-a-uuid',
      'Leiter Einkauf\tprocurement\thead\tde',
      'Buyer\tprocurement\tindividual\ten\tonet',
    ].join('\n');
    const { problems } = lintTitlesTsv(bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        'file does not end with a newline',
        expect.stringMatching(/^line 1: header/),
        'line 3: column 1 has leading or trailing spaces',
        'line 3: duplicate title "vertriebsleiterin " (first on line 2)',
        'line 4: unknown department "selling"',
        'line 4: unknown seniority "boss"',
        'line 5: unknown language "sw"',
        'line 5: ESCO source "esco:not-a-uuid" is not a concept UUID',
        'line 6: expected 5 tab-separated columns, got 4',
        'line 7: source "onet" is not <source>:<record>',
        'language fr: 0 rows, need at least 50',
      ]),
    );
  });

  it('counts a short language and a short file as problems', () => {
    const { problems } = lintTitlesTsv(good);
    expect(problems).toContain('language de: 1 rows, need at least 50');
    expect(problems).toContain('1 rows, need at least 1000');
  });

  it('rejects CRLF line ends', () => {
    expect(lintTitlesTsv(good.replaceAll('\n', '\r\n')).problems).toContain('file has CR characters; use LF line ends');
  });
});
