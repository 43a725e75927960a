/**
 * The LeadFit command line: the same lib/ code as the extension, in Node.
 *   leadfit extract PAGE.html --url URL
 *   leadfit title "VP of Sales EMEA" | leadfit title --batch FILE
 *   leadfit score --pack PACK.json PAGE.html --url URL | leadfit score --pack PACK.json accounts.csv
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { type CliIo, type Command, UsageError } from './io';

const USAGE = `Usage:
  leadfit extract PAGE.html --url URL          print what the page says, as JSON
  leadfit title "TITLE" | --batch FILE          department and seniority of a title (one JSON line per title)
  leadfit score --pack PACK.json [--book BOOK] PAGE.html --url URL
                                                score a saved page against a pack, as JSON; --book completes it
                                                from the team's account book (book.json or a CRM export)
  leadfit score --pack PACK.json accounts.csv [--out scored.csv]
                                                score a CRM export; every row written, with a Note column; .csv only
  leadfit accounts import FILE.csv --out book.json [--map "owner=Column;status="]
                                                import the team's CRM account export as an account book
Omit --pack to use the starter pack.`;

const commands: Record<string, () => Promise<{ run: Command }>> = {
  extract: () => import('./commands/extract'),
  title: () => import('./commands/title'),
  score: () => import('./commands/score'),
  accounts: () => import('./commands/accounts'),
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE + '\n');
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(`leadfit: unknown command "${name}"\n\n${USAGE}\n`);
    return 2;
  }
  try {
    const { run } = await load();
    return await run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`leadfit ${name}: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    io.stderr(`leadfit ${name}: ${(err as Error).message}\n`);
    return 1;
  }
}

export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  openRead: (path) => createReadStream(path),
};
