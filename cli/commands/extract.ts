import { extractPage } from '../../lib/extract';
import { type CliIo, parseArgs, UsageError } from '../io';
import { parseDocument } from '../parse-html';

/** `leadfit extract PAGE.html --url URL`: the observation as the background sees it (what the content script sends, completed by lib/extract/complete.ts). */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseArgs(args);
  const file = positionals[0];
  if (!file) throw new UsageError('give the saved page: leadfit extract PAGE.html --url URL');
  const url = typeof flags.url === 'string' ? flags.url : null;
  if (!url) throw new UsageError('give the address the page was saved from with --url (it decides how the page is read)');
  try {
    new URL(url);
  } catch {
    throw new UsageError(`--url "${url}" is not a URL`);
  }
  const html = await io.readFile(file);
  const observation = extractPage(parseDocument(html), url);
  io.stdout(`${JSON.stringify(observation, null, 2)}\n`);
  return 0;
}
