import { rename, writeFile } from 'node:fs/promises';
import { importBook, parseBookJson, type Book, type ImportResult } from '../../lib/book';
import { CsvSyntaxError, type CsvSource } from '../../lib/crm/read';
import { type CliIo, parseArgs, UsageError } from '../io';

/**
 * `leadfit accounts import FILE.csv --out book.json [--map "owner=Account Manager;status="]`
 * turns a CRM account export into the team's account book: prints the column mapping with sample
 * values, the unmapped columns, the counts by status and the first problems (by line), then
 * writes the book. `--map` corrects the mapping: role=Column, or role= to ignore a role.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'import') throw new UsageError('the accounts command is: leadfit accounts import FILE.csv --out book.json');
  const { flags, positionals } = parseArgs(rest);
  const file = positionals[0];
  if (!file) throw new UsageError('give the CRM export to import (FILE.csv)');
  const out = typeof flags.out === 'string' ? flags.out : null;
  if (!out) throw new UsageError('give the book file to write with --out book.json');
  if (!/\.json$/i.test(out)) throw new UsageError(`--out must name a .json file (got "${out}"): the book is JSON`);
  const mapping = typeof flags.map === 'string' ? parseMapping(flags.map) : {};
  let result: ImportResult;
  try {
    result = await importBook(await csvSource(file, io), { mapping });
  } catch (err) {
    if (err instanceof CsvSyntaxError) {
      io.stderr(`${file}: ${err.message}; ${out} was not written\n`);
      return 1;
    }
    throw err;
  }
  io.stdout(previewText(result));
  for (const p of result.problems.slice(0, 20)) io.stderr(`${file}: line ${p.line}: ${p.message}\n`);
  if (result.problemCount > 20) io.stderr(`${file}: … and ${result.problemCount - 20} more problem(s)\n`);
  // Written beside and renamed, so a failed write never leaves half a book in place of a good one.
  const tmp = `${out}.${process.pid}.partial`;
  await writeFile(tmp, JSON.stringify(result.book));
  await rename(tmp, out);
  io.stderr(`${result.preview.accounts} account(s) from ${result.preview.rows} row(s) written to ${out}${result.preview.skipped ? `; ${result.preview.skipped} row(s) left out (see the problems above)` : ''}\n`);
  return result.preview.accounts === 0 ? 1 : 0;
}

/** "owner=Account Manager;status=" → {owner: "Account Manager", status: null}. */
export function parseMapping(text: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const part of text.split(';')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq <= 0) throw new UsageError(`--map takes role=Column pairs separated by ";" (got "${part}")`);
    const value = part.slice(eq + 1).trim();
    out[part.slice(0, eq).trim()] = value || null;
  }
  return out;
}

export function previewText(r: ImportResult): string {
  const lines = [`Columns (delimiter ${JSON.stringify(r.preview.delimiter)}, ${r.preview.encoding === 'windows-1252' ? 'read as Windows-1252: the file is not UTF-8' : r.preview.encoding.toUpperCase()}):`];
  for (const m of r.preview.mapped) lines.push(`  ${m.role.padEnd(15)} ← ${m.header}   e.g. ${m.samples.map((s) => JSON.stringify(s)).join(', ') || '(empty)'}`);
  if (r.preview.unmapped.length) {
    lines.push('Not used:');
    for (const u of r.preview.unmapped) lines.push(`  ${u.header}   e.g. ${u.samples.map((s) => JSON.stringify(s)).join(', ') || '(empty)'}`);
  }
  const statuses = Object.entries(r.preview.byStatus).map(([s, n]) => `${s} ${n}`).join(', ');
  lines.push(`${r.preview.rows} row(s), ${r.preview.accounts} account(s)${statuses ? ` (${statuses})` : ''}, ${r.problemCount} problem(s)`);
  return `${lines.join('\n')}\n`;
}

export async function csvSource(file: string, io: CliIo): Promise<CsvSource> {
  return io.openRead ? io.openRead(file) : io.readFile(file);
}

/** A book from FILE: the imported JSON, or a CRM export imported on the fly. */
export async function loadBook(file: string, io: CliIo): Promise<Book> {
  if (/\.json$/i.test(file)) {
    const parsed = parseBookJson(await io.readFile(file));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
    return parsed.book;
  }
  try {
    return (await importBook(await csvSource(file, io))).book;
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new Error(`${file}: ${err.message}`);
    throw err;
  }
}
