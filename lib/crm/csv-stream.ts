/**
 * The CSV reading shared by Node (lib/crm/read.ts: the CLI) and the browser
 * (lib/crm/read-browser.ts: Options → Accounts): everything but which build of csv-parse parses,
 * so the extension bundle never pulls in Node's `stream`. Chunks are written into the parser with
 * backpressure, so memory stays bounded in both.
 *
 * Reads a CRM export as a stream of rows with bounded memory (csv-parse's stream API): the
 * caller sees the header, then each row with its line number, and never holds the whole file.
 * - A UTF-8 byte-order mark (Excel's "CSV UTF-8") is dropped.
 * - The delimiter is read from the header line: ",", ";" (European Excel) or a tab; Excel's
 *   "sep=;" first line is honoured.
 * - Rows with fewer or more cells than the header are kept (the caller notes them); a quote
 *   inside an unquoted cell (5" screen) is text.
 * - A syntax error that makes the rest of the file unreadable (an unclosed quote, a closing quote
 *   followed by text) throws `CsvSyntaxError` naming the line, instead of dropping rows.
 */
export type CsvChunk = string | Uint8Array;
export type CsvSource = string | Iterable<CsvChunk> | AsyncIterable<CsvChunk>;

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`line ${line}: ${detail}`);
  }
}

export interface CsvRow {
  /** 1-based line of the file where the row ends (a quoted cell may span lines). */
  line: number;
  cells: string[];
}

export type Delimiter = ',' | ';' | '\t';

/**
 * The longest row read (characters): bounds memory when a quote is never closed in a big file
 * (the parser would otherwise gather the rest of the file into one cell).
 */
export const MAX_ROW_CHARS = 1_000_000;

/** The delimiter the header line uses most, outside quotes; "," when none. */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  let best: Delimiter = ',';
  for (const d of [';', '\t'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Bytes to text. UTF-8 unless the bytes say otherwise: a UTF-16 byte-order mark (Excel's
 * "Unicode Text"), or bytes that are not UTF-8 at all, which are read as Windows-1252 (Excel's
 * "CSV (Comma delimited)" on Windows saves "Müller" that way; decoding it as UTF-8 would turn
 * every accent into "�"). ASCII reads the same in both, so switching at the first invalid byte
 * loses nothing.
 */
async function* textChunks(source: CsvSource, encoding: { value: CsvEncoding }): AsyncGenerator<string> {
  if (typeof source === 'string') {
    yield source;
    return;
  }
  // Assigned inside `decode` too, hence the widened type for the checks after the loop.
  let decoder = null as TextDecoder | null;
  let pending: Uint8Array = new Uint8Array(0);
  const choose = (bytes: Uint8Array): TextDecoder => {
    const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
    encoding.value = bom16 ?? 'utf-8';
    return new TextDecoder(encoding.value, { fatal: encoding.value === 'utf-8' });
  };
  const decode = (chunk: Uint8Array): string => {
    const bytes = pending.length ? concat(pending, chunk) : chunk;
    pending = new Uint8Array(0);
    decoder ??= choose(bytes);
    if (encoding.value !== 'utf-8') return decoder.decode(bytes, { stream: true });
    // UTF-8 is checked on whole sequences: an accent split across two chunks is not an error.
    const end = completeUtf8(bytes);
    pending = bytes.slice(end);
    try {
      return decoder.decode(bytes.subarray(0, end), { stream: true });
    } catch {
      encoding.value = 'windows-1252';
      decoder = new TextDecoder('windows-1252');
      return decoder.decode(bytes.subarray(0, end), { stream: true });
    }
  };
  for await (const chunk of source as AsyncIterable<CsvChunk>) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    // The first bytes decide the encoding: wait for a possible byte-order mark.
    if (!decoder && pending.length + chunk.length < 3) {
      pending = concat(pending, chunk);
      continue;
    }
    const text = decode(chunk);
    if (text) yield text;
  }
  if (pending.length) {
    const text = decode(new Uint8Array(0));
    if (text) yield text;
  }
  if (pending.length) {
    // Bytes that never completed a UTF-8 sequence at the end of the file.
    decoder = new TextDecoder('windows-1252');
    encoding.value = 'windows-1252';
    yield decoder.decode(pending);
  } else if (decoder) {
    const tail = decoder.decode();
    if (tail) yield tail;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Where the bytes stop holding only whole UTF-8 sequences (a sequence cut by the chunk end stays for the next). */
function completeUtf8(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/** The end of the first line that is not inside quotes, or -1. */
function firstLineEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) return i;
  }
  return -1;
}

export interface CsvReader {
  header: string[];
  delimiter: Delimiter;
  /** How the bytes were read, known once the header is read (a later switch to Windows-1252 shows in `encoding.value`). */
  encoding: { value: CsvEncoding };
  rows: AsyncGenerator<CsvRow>;
}

/** The parser options LeadFit asks of csv-parse. */
export interface CsvParserOptions {
  delimiter: Delimiter;
  relax_column_count: true;
  relax_quotes: true;
  skip_empty_lines: true;
  info: true;
  max_record_size: number;
}

/** What LeadFit uses of csv-parse's stream (the same in its Node and its browser build). */
export interface CsvParser {
  write(chunk: string): boolean;
  end(): unknown;
  destroy(error?: Error): unknown;
  on(event: string, listener: (...args: never[]) => void): unknown;
  once(event: string, listener: (...args: never[]) => void): unknown;
  removeListener(event: string, listener: (...args: never[]) => void): unknown;
  pause(): unknown;
  resume(): unknown;
  isPaused(): boolean;
}

export type CsvParserFactory = (options: CsvParserOptions) => CsvParser;

/**
 * Writes the text into the parser, waiting for it to drain (its queue is bounded by the reader's
 * pause/resume), and ends it; a read error reaches the parser, and so the caller, instead of
 * being an unhandled rejection.
 */
async function pump(text: AsyncGenerator<string>, parser: CsvParser): Promise<void> {
  let stopped = false;
  parser.once('error', () => (stopped = true));
  parser.once('close', () => (stopped = true));
  try {
    for await (const chunk of text) {
      if (stopped) return;
      if (!parser.write(chunk)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            for (const event of ['drain', 'error', 'close']) parser.removeListener(event, done);
            resolve();
          };
          for (const event of ['drain', 'error', 'close']) parser.once(event, done);
        });
      }
    }
    if (!stopped) parser.end();
  } catch (err) {
    parser.destroy(err instanceof Error ? err : new Error(String(err)));
  }
}

/** Opens a CSV source with the given csv-parse build: reads up to the header line, then streams the rows. An empty file has no header. */
export async function openCsvWith(createParser: CsvParserFactory, source: CsvSource): Promise<CsvReader> {
  const encoding: { value: CsvEncoding } = { value: 'utf-8' };
  const chunks = textChunks(source, encoding);
  let head = '';
  let end = -1;
  // Enough text to hold the header line (a header longer than 1 MB is not a CRM export).
  while (end < 0 && head.length < 1_000_000) {
    const next = await chunks.next();
    if (next.done) break;
    head += next.value;
    end = firstLineEnd(head);
  }
  if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
  // Blank lines before the header would hide its delimiter; the parser skips them anyway.
  const blank = /^(?:[ \t]*\r?\n)+/.exec(head)?.[0] ?? '';
  let lineOffset = blank.split('\n').length - 1;
  head = head.slice(blank.length);
  let delimiter: Delimiter | null = null;
  const sep = /^sep=([,;\t|])\r?\n/i.exec(head);
  if (sep) {
    delimiter = (sep[1] === '|' ? ',' : sep[1]) as Delimiter;
    head = head.slice(sep[0].length);
    lineOffset += 1;
    // The header line proper may not be complete yet.
    while (firstLineEnd(head) < 0 && head.length < 1_000_000) {
      const next = await chunks.next();
      if (next.done) break;
      head += next.value;
    }
  }
  const headerEnd = firstLineEnd(head);
  delimiter ??= detectDelimiter(headerEnd < 0 ? head : head.slice(0, headerEnd));
  async function* all(): AsyncGenerator<string> {
    yield head;
    for (;;) {
      const next = await chunks.next();
      if (next.done) return;
      yield next.value;
    }
  }
  const parser = createParser({ delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true, max_record_size: MAX_ROW_CHARS });
  void pump(all(), parser);
  const records = recordQueue(parser, lineOffset);
  const first = await records.next();
  const header = first.done ? [] : first.value.record.map((h) => h.trim());
  async function* rows(): AsyncGenerator<CsvRow> {
    for await (const { record, info } of records) yield { line: info.lines + lineOffset, cells: record };
  }
  return { header, delimiter, encoding, rows: rows() };
}

type Parsed = { record: string[]; info: { lines: number } };

/**
 * The parser's records as an async generator with backpressure (the parser pauses while 1,000
 * records wait). Unlike a stream's own iterator, rows parsed before a syntax error are all
 * delivered first, and then the error, so the caller writes every row it can and names the line.
 */
async function* recordQueue(parser: CsvParser, lineOffset: number): AsyncGenerator<Parsed> {
  const queue: Parsed[] = [];
  let failure: (Error & { lines?: number; code?: string }) | null = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  parser.on('data', (r: Parsed) => {
    queue.push(r);
    if (queue.length >= 1000) parser.pause();
    signal();
  });
  parser.on('end', () => {
    ended = true;
    signal();
  });
  parser.on('error', (e: Error) => {
    failure = e;
    signal();
  });
  // Where the last whole row ended: an unclosed quote opened on a line after it.
  let lastLine = 0;
  for (;;) {
    const next = queue.shift();
    if (next) {
      lastLine = next.info.lines;
      if (queue.length < 100 && parser.isPaused()) parser.resume();
      yield next;
      continue;
    }
    if (failure) {
      const e: Error & { lines?: number; code?: string } = failure;
      if (!e.code?.startsWith('CSV_')) throw e;
      if (e.code === 'CSV_MAX_RECORD_SIZE') {
        throw new CsvSyntaxError(lastLine + 1 + lineOffset, `a row from here is longer than ${MAX_ROW_CHARS.toLocaleString('en-US')} characters, most likely a quote that is never closed; the rows from here on were not read`);
      }
      if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
        throw new CsvSyntaxError(lastLine + 1 + lineOffset, 'a quoted cell starts here and is never closed (a " without its closing "); the rows from here on were not read');
      }
      const line = (e.lines ?? Number(/at line (\d+)/.exec(e.message)?.[1] ?? 0)) + lineOffset;
      throw new CsvSyntaxError(line, `${e.message.replace(/ at line \d+/, '')}; the rows from here on were not read`);
    }
    if (ended) return;
    if (parser.isPaused()) parser.resume();
    await new Promise<void>((resolve) => (wake = resolve));
  }
}

export interface RowCells {
  /** The row's own cells, padded or cut to the header's length. */
  cells: string[];
  record: Record<string, string>;
  /** Why the row's shape differs from the header, or null. */
  shapeNote: string | null;
}

/** A parsed row fitted to the header: missing cells are empty, extra cells are quoted in the note (never silently dropped). */
export function fitRow(header: readonly string[], raw: readonly string[]): RowCells {
  const cells = header.map((_, i) => raw[i] ?? '');
  const record: Record<string, string> = {};
  header.forEach((h, i) => {
    if (!(h in record)) record[h] = cells[i]!;
  });
  let shapeNote: string | null = null;
  if (raw.length > header.length) {
    const extra = raw.slice(header.length).filter((c) => c.trim() !== '');
    if (extra.length) shapeNote = `row has ${raw.length} cells, the header ${header.length}; the extra cells were ${extra.map((c) => `"${c.slice(0, 100)}"`).join(', ')}`;
  } else if (raw.length < header.length && !(raw.length === 1 && raw[0] === '')) {
    shapeNote = `row has ${raw.length} of the header's ${header.length} cells; the missing ones are read as empty`;
  }
  return { cells, record, shapeNote };
}
