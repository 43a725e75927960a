import { csvCell } from '../csv';
import type { Pack } from '../profiles/schema';
import { rankIcps } from '../scoring';
import { FIT_COLUMNS, fitCells, rowToFacts } from '../scoring/csv-rows';
import { scorePersonas } from '../scoring/score-persona';
import { mapColumns, type ColumnMap } from './columns';
import { fitRow, openCsv, type CsvEncoding, type CsvSource } from './read';

export { fitRow, type RowCells } from './csv-stream';

/**
 * A CRM export scored row by row, streamed (`leadfit score … FILE.csv`): every input row is
 * written, in order, with its own cells first (as many as the header has) and the verdict
 * columns after. A cell that cannot be read is unknown and the row's Note says so; a row that
 * names no company cannot be scored and is written with its Note and empty verdict cells.
 * A syntax error (unclosed quote) throws `CsvSyntaxError` after every row before it was written.
 */
export const SCORE_COLUMNS = [...FIT_COLUMNS, 'Best ICP', 'Best Persona', 'Reasons', 'Pack Version', 'Note'] as const;

/** UTF-8 byte-order mark: Excel reads a CSV file as UTF-8 only with it. */
export const CSV_BOM = '\uFEFF';

export interface ScoreCsvSummary {
  columns: ColumnMap;
  /** How the bytes were read (UTF-8 unless a UTF-16 BOM or non-UTF-8 bytes said otherwise). */
  encoding: CsvEncoding;
  rows: number;
  scored: number;
  /** The first notes, "line 7: …", for the terminal (every note is in the file). */
  notes: string[];
  noted: number;
}


const NOTES_KEPT = 20;

export async function scoreCsvStream(source: CsvSource, pack: Pack, write: (text: string) => void | Promise<void>, options: { bom?: boolean } = {}): Promise<ScoreCsvSummary> {
  const reader = await openCsv(source);
  const { header } = reader;
  if (header.length === 0) throw new Error('the file is empty (no header line)');
  const columns = mapColumns(header);
  if (!columns.company && !columns.domain) throw new Error(`no company or domain column found (columns: ${header.join(', ')})`);
  const summary: ScoreCsvSummary = { columns, encoding: reader.encoding.value, rows: 0, scored: 0, notes: [], noted: 0 };
  // A file scored before (or with its own "Note" column) keeps its columns; ours are told apart by a prefix.
  const own = new Set(header);
  const added = SCORE_COLUMNS.map((c) => {
    let name = own.has(c) ? `LeadFit ${c}` : c;
    for (let n = 2; own.has(name); n++) name = `LeadFit ${c} ${n}`;
    own.add(name);
    return name;
  });
  let buffer = (options.bom ? CSV_BOM : '') + line([...header, ...added]);
  try {
    for await (const { line: lineNo, cells: raw } of reader.rows) {
      const { cells, record, shapeNote } = fitRow(header, raw);
      const result = rowToFacts(record, columns);
      const notes = shapeNote ? [shapeNote, ...result.notes] : [...result.notes];
      let verdict: string[];
      if (result.ok) {
        const best = rankIcps(pack, result.facts).best;
        const persona = result.person ? scorePersonas(pack, result.person.title, null, best?.icpId ?? null).best : null;
        const reasons = best ? best.criteria.filter((c) => c.status !== 'unknown').map((c) => `${c.label}: ${c.status} (${c.sentence})`) : [];
        verdict = [...fitCells(best), best?.icpName ?? '', persona?.personaName ?? '', reasons.join(' | '), String(pack.version)];
        summary.scored++;
      } else {
        notes.push(`${result.error}; not scored`);
        verdict = [...fitCells(null), '', '', '', String(pack.version)];
      }
      const note = notes.length ? `${capital(notes.join('; '))}.` : '';
      if (note) {
        summary.noted++;
        if (summary.notes.length < NOTES_KEPT) summary.notes.push(`line ${lineNo}: ${note}`);
      }
      buffer += line([...cells, ...verdict, note]);
      summary.rows++;
      if (buffer.length > 65_536) {
        await write(buffer);
        buffer = '';
      }
    }
  } finally {
    // Rows read before a syntax error are written too (the caller decides whether to keep them).
    if (buffer) await write(buffer);
  }
  summary.encoding = reader.encoding.value;
  return summary;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One CSV line through the one writer's cell rule (lib/csv.ts: formula cells guarded). */
export function line(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
