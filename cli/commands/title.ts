/**
 * leadfit title "VP of Sales EMEA"      → pretty JSON {title, department, seniority, evidence}
 * leadfit title --batch FILE            → one compact JSON line per non-blank line of FILE, in order
 */
import { classifyTitle } from '../../lib/normalize/title';
import { type Command, parseArgs, UsageError } from '../io';

const USAGE_LINE = 'usage: leadfit title "TITLE" | leadfit title --batch FILE';

export const run: Command = async (args, io) => {
  const { flags, positionals } = parseArgs(args);
  for (const name of Object.keys(flags)) if (name !== 'batch') throw new UsageError(`unknown option --${name}\n${USAGE_LINE}`);
  const batch = flags.batch;
  if (batch !== undefined) {
    if (typeof batch !== 'string' || !batch) throw new UsageError(`--batch needs a file\n${USAGE_LINE}`);
    if (positionals.length > 0) throw new UsageError(`give either a title or --batch FILE, not both\n${USAGE_LINE}`);
    const text = await io.readFile(batch);
    let out = '';
    for (const line of text.split(/\r?\n/)) {
      const title = line.trim();
      if (!title) continue;
      out += JSON.stringify(classifyTitle(title)) + '\n';
    }
    io.stdout(out);
    return 0;
  }
  const title = positionals.join(' ').trim();
  if (!title) throw new UsageError(`missing title\n${USAGE_LINE}`);
  io.stdout(JSON.stringify(classifyTitle(title), null, 2) + '\n');
  return 0;
};

export default run;
