import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { bookCompany, createBookIndex, type BookIndex, type BookMatch } from '../../lib/book';
import { CsvSyntaxError } from '../../lib/crm/read';
import type { Observation } from '../../lib/observation';
import { scoreCsvStream } from '../../lib/crm/score';
import { extractPage } from '../../lib/extract';
import { loadStarterPack } from '../../lib/profiles/starter';
import { formatPackError, parsePackJson, type Pack } from '../../lib/profiles/schema';
import { scorePage } from '../../lib/scoring';
import { type CliIo, parseArgs, UsageError } from '../io';
import { parseDocument } from '../parse-html';
import { csvSource, loadBook } from './accounts';

/**
 * `leadfit score --pack PACK.json PAGE.html --url URL` prints `{observation, scored}` as JSON.
 * `leadfit score --pack PACK.json accounts.csv [--out scored.csv]` scores a CRM export, streamed:
 * every row is written in order with its own columns and then Score, Score Min, Score Max, Tier
 * (empty while undecided), Tier Range, Coverage (0–100), Best ICP, Best Persona, Reasons, Pack
 * Version and Note (why a cell was read as unknown, or why the row could not be scored). A CSV
 * syntax error stops with its line and exit 1; --out must be .csv and gets a UTF-8 BOM for Excel.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseArgs(args);
  const file = positionals[0];
  if (!file) throw new UsageError('give a saved page (PAGE.html --url URL) or a CRM export (accounts.csv)');
  const pack = await readPack(flags.pack, io);
  if (/\.(csv|tsv)$/i.test(file) || flags.csv === true) {
    if (flags.book !== undefined) throw new UsageError('--book completes the score of a saved page; a CRM export is scored from its own columns');
    return scoreCsv(file, pack, io, typeof flags.out === 'string' ? flags.out : null);
  }
  const url = typeof flags.url === 'string' ? flags.url : null;
  if (!url) throw new UsageError('give the address the page was saved from with --url');
  const observation = extractPage(parseDocument(await io.readFile(file)), url);
  if (flags.book === true) throw new UsageError('--book needs a file (book.json or a CRM export)');
  const book = typeof flags.book === 'string' ? createBookIndex(await loadBook(flags.book, io)) : null;
  const match = book ? matchPage(book, observation) : null;
  const fromBook = match ? bookCompany(match.account, match.matchedBy) : null;
  // The page's own facts win; the book fills what the page does not say (evidence "account book").
  const scored = scorePage(observation, pack, fromBook ? { account: fromBook.company, accountEvidence: fromBook.evidence, revenue: fromBook.revenue } : {});
  if (match && scored.account) {
    scored.account.book = { name: match.account.name, owner: match.account.owner, status: match.account.status, matchedBy: match.matchedBy };
  }
  if (book && !match) io.stderr(`${file}: no account in the book matches this page's company\n`);
  io.stdout(`${JSON.stringify({ observation, scored }, null, 2)}\n`);
  return 0;
}

/** The page's company as book keys: a company page's own, or a person's current employer. */
function matchPage(book: BookIndex, observation: Observation): BookMatch | null {
  const c = observation.company;
  const p = observation.person;
  return book.match({
    linkedinUrl: c?.linkedinUrl ?? p?.companyLinkedinUrl ?? (observation.kind === 'linkedin-company' ? observation.url : null),
    domain: c?.domain ?? c?.website ?? null,
    name: c?.name ?? p?.company ?? null,
  });
}

async function readPack(flag: string | true | undefined, io: CliIo): Promise<Pack> {
  if (flag === undefined) return loadStarterPack();
  if (flag === true) throw new UsageError('--pack needs a file');
  const result = parsePackJson(await io.readFile(flag));
  if (!result.ok) throw new Error(`${flag} is not a valid pack:\n${result.errors.map((e) => `  ${formatPackError(e)}`).join('\n')}`);
  return result.pack;
}

/**
 * Streams the scored rows to `out` (written beside it under a temporary name and renamed when
 * complete, so a failed run never leaves half a file or replaces a good one) or to stdout.
 */
async function scoreCsv(file: string, pack: Pack, io: CliIo, out: string | null): Promise<number> {
  if (out !== null && !/\.csv$/i.test(out)) throw new UsageError(`--out must name a .csv file (got "${out}"): the output is CSV`);
  const tmp = out ? `${out}.${process.pid}.partial` : null;
  const stream = tmp ? createWriteStream(tmp) : null;
  // A write error (no such folder, disk full) is kept and thrown at the next write, never left unhandled.
  let writeError: Error | null = null;
  stream?.on('error', (e) => (writeError ??= e));
  const check = () => {
    if (writeError) throw new Error(`cannot write ${out}: ${writeError.message}`);
  };
  const write = stream
    ? async (text: string) => {
        check();
        if (!stream.write(text)) await Promise.race([once(stream, 'drain'), once(stream, 'close')]);
        check();
      }
    : (text: string) => io.stdout(text);
  let summary;
  try {
    summary = await scoreCsvStream(await csvSource(file, io), pack, write, { bom: stream !== null });
    if (stream && tmp && out) {
      await new Promise<void>((resolve) => stream.end(resolve));
      check();
      await rename(tmp, out);
    }
  } catch (err) {
    if (stream && tmp) {
      // Let pending writes finish before removing the partial file (destroying mid-write throws).
      if (!stream.closed) await new Promise<void>((resolve) => stream.end(resolve));
      await rm(tmp, { force: true });
    }
    if (err instanceof CsvSyntaxError) {
      io.stderr(`${file}: ${err.message}${out ? `; ${out} was not written` : ''}\n`);
      return 1;
    }
    throw err;
  }
  for (const n of summary.notes) io.stderr(`${file}: ${n}\n`);
  if (summary.noted > summary.notes.length) io.stderr(`${file}: … and ${summary.noted - summary.notes.length} more row(s) with a note (see the Note column)\n`);
  const unscored = summary.rows - summary.scored;
  io.stderr(
    `${summary.rows} row(s) read and written, ${summary.scored} scored with ${pack.name} v${pack.version}` +
      `${unscored ? `, ${unscored} not scored` : ''}${summary.noted ? `, ${summary.noted} with a note` : ''}` +
      `${summary.encoding === 'utf-8' ? '' : `; read as ${summary.encoding === 'windows-1252' ? 'Windows-1252 (the file is not UTF-8)' : summary.encoding.toUpperCase()}`}${out ? `; written to ${out}` : ''}\n`,
  );
  return summary.rows > 0 && summary.scored === 0 ? 1 : 0;
}
