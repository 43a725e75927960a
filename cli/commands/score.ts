import { writeFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../../lib/csv';
import { extractPage } from '../../lib/extract';
import { loadStarterPack } from '../../lib/profiles/starter';
import { formatPackError, parsePackJson, type Pack } from '../../lib/profiles/schema';
import { rankIcps, scorePage } from '../../lib/scoring';
import { FIT_COLUMNS, fitCells, mapColumns, rowToFacts } from '../../lib/scoring/csv-rows';
import { scorePersonas } from '../../lib/scoring/score-persona';
import { type CliIo, parseArgs, UsageError } from '../io';
import { parseDocument } from '../parse-html';

/**
 * `leadfit score --pack PACK.json PAGE.html --url URL` prints `{observation, scored}` as JSON.
 * `leadfit score --pack PACK.json accounts.csv [--out scored.csv]` scores a CRM export: every row
 * gets Score, Score Min, Score Max, Tier (empty while undecided), Tier Range, Coverage, Best ICP, Best Persona and Reasons; bad rows are reported on stderr
 * with their line number and skipped, the others are all written.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseArgs(args);
  const file = positionals[0];
  if (!file) throw new UsageError('give a saved page (PAGE.html --url URL) or a CRM export (accounts.csv)');
  const pack = await readPack(flags.pack, io);
  if (/\.(csv|tsv)$/i.test(file) || flags.csv === true) return scoreCsv(file, pack, io, typeof flags.out === 'string' ? flags.out : null);
  const url = typeof flags.url === 'string' ? flags.url : null;
  if (!url) throw new UsageError('give the address the page was saved from with --url');
  const observation = extractPage(parseDocument(await io.readFile(file)), url);
  const scored = scorePage(observation, pack);
  io.stdout(`${JSON.stringify({ observation, scored }, null, 2)}\n`);
  return 0;
}

async function readPack(flag: string | true | undefined, io: CliIo): Promise<Pack> {
  if (flag === undefined) return loadStarterPack();
  if (flag === true) throw new UsageError('--pack needs a file');
  const result = parsePackJson(await io.readFile(flag));
  if (!result.ok) throw new Error(`${flag} is not a valid pack:\n${result.errors.map((e) => `  ${formatPackError(e)}`).join('\n')}`);
  return result.pack;
}

const OUTPUT_COLUMNS = [...FIT_COLUMNS, 'Best ICP', 'Best Persona', 'Reasons', 'Pack Version'] as const;

export function scoreCsvText(text: string, pack: Pack): { csv: string; errors: string[]; scored: number } {
  const errors: string[] = [];
  const delimiter = text.split('\n', 1)[0]?.includes('\t') ? '\t' : ',';
  const records = parse(text, {
    columns: true,
    delimiter,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: false,
    skip_records_with_error: true,
    info: true,
    on_skip: (err: { message: string; lines?: number } | undefined) => {
      if (err) errors.push(`line ${err.lines ?? '?'}: ${err.message}`);
    },
  }) as { record: Record<string, string>; info: { lines: number } }[];
  const headers = records[0] ? Object.keys(records[0].record) : [];
  const columns = mapColumns(headers);
  if (!columns.company && !columns.domain) throw new Error(`no company or domain column found (columns: ${headers.join(', ') || 'none'})`);
  const rows: string[][] = [[...headers, ...OUTPUT_COLUMNS]];
  let scored = 0;
  for (const { record, info } of records) {
    const result = rowToFacts(record, columns);
    if (!result.ok) {
      errors.push(`line ${info.lines}: ${result.error}; row skipped`);
      continue;
    }
    const account = rankIcps(pack, result.facts);
    const best = account.best;
    const persona = result.person ? scorePersonas(pack, result.person.title, null, best?.icpId ?? null).best : null;
    const reasons = best ? best.criteria.filter((c) => c.status !== 'unknown').map((c) => `${c.label}: ${c.status} (${c.sentence})`) : [];
    rows.push([
      ...headers.map((h) => record[h] ?? ''),
      ...fitCells(best),
      best?.icpName ?? '',
      persona?.personaName ?? '',
      reasons.join(' | '),
      String(pack.version),
    ]);
    scored++;
  }
  // The extension's writer: CRM cells such as "=HYPERLINK(...)" come out as text, not formulas.
  return { csv: toCsv(rows), errors, scored };
}

async function scoreCsv(file: string, pack: Pack, io: CliIo, out: string | null): Promise<number> {
  const { csv, errors, scored } = scoreCsvText(await io.readFile(file), pack);
  for (const e of errors) io.stderr(`${file}: ${e}\n`);
  if (out) await writeFile(out, csv);
  else io.stdout(csv);
  io.stderr(`${scored} row(s) scored with ${pack.name} v${pack.version}${errors.length ? `, ${errors.length} skipped` : ''}${out ? `; written to ${out}` : ''}\n`);
  return errors.length && scored === 0 ? 1 : 0;
}
