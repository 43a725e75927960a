/**
 * leadfit title "VP of Sales EMEA"      → pretty JSON {title, department, seniority, evidence, rules}
 * leadfit title --batch FILE            → TSV: a header, then one row per non-blank line of FILE, in order
 * leadfit title --batch -               → the same, reading titles from standard input
 *
 * The TSV columns are title, department, seniority, department_rule, seniority_rule: the rule that
 * decided each field (lib/normalize/title.ts documents them). Tabs and line breaks inside a title
 * are written as spaces so every row keeps five columns.
 */
import { classifyTitle, classifyTitleUncached } from '../../lib/normalize/title';
import { type Command, parseArgs, UsageError } from '../io';

const USAGE_LINE = 'usage: leadfit title "TITLE" | leadfit title --batch FILE|-';
const TSV_HEADER = 'title\tdepartment\tseniority\tdepartment_rule\tseniority_rule\n';

const cell = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

/**
 * Rows already written, by title: CRM exports repeat titles ("CEO", "Account Executive"), and a row is a
 * plain string, far smaller than a classification with its evidence. Cleared when it holds this many.
 */
const ROW_CACHE_LIMIT = 200000;

/** Characters of TSV gathered before one write: few system calls, and finished rows do not stay in memory. */
const CHUNK_CHARS = 1 << 20;

/** Writes the TSV of a batch, in order (a header, then one row per non-blank line), in chunks of about 1 MB. */
export function writeTitleRows(text: string, write: (chunk: string) => void): void {
  let chunk: string[] = [TSV_HEADER];
  let size = 0;
  const seen = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const title = line.trim();
    if (!title) continue;
    let row = seen.get(title);
    if (row === undefined) {
      // Uncached: this map already answers repeats, and the shared memo would only churn on a large file.
      const r = classifyTitleUncached(title);
      row = `${cell(title)}\t${r.department}\t${r.seniority}\t${cell(r.rules.department)}\t${cell(r.rules.seniority)}\n`;
      if (seen.size >= ROW_CACHE_LIMIT) seen.clear();
      seen.set(title, row);
    }
    chunk.push(row);
    size += row.length;
    if (size >= CHUNK_CHARS) {
      write(chunk.join(''));
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length) write(chunk.join(''));
}

export const run: Command = async (args, io) => {
  const { flags, positionals } = parseArgs(args);
  for (const name of Object.keys(flags)) if (name !== 'batch') throw new UsageError(`unknown option --${name}\n${USAGE_LINE}`);
  const batch = flags.batch;
  if (batch !== undefined) {
    if (typeof batch !== 'string' || !batch) throw new UsageError(`--batch needs a file (or - for standard input)\n${USAGE_LINE}`);
    if (positionals.length > 0) throw new UsageError(`give either a title or --batch FILE, not both\n${USAGE_LINE}`);
    // Standard input through the same reader as files, so tests and the real command share one path.
    const text = await io.readFile(batch === '-' ? '/dev/stdin' : batch);
    writeTitleRows(text, io.stdout);
    return 0;
  }
  const title = positionals.join(' ').trim();
  if (!title) throw new UsageError(`missing title\n${USAGE_LINE}`);
  io.stdout(JSON.stringify(classifyTitle(title), null, 2) + '\n');
  return 0;
};

export default run;
