import { parse } from 'csv-parse/browser/esm';
import { openCsvWith, type CsvChunk, type CsvReader, type CsvSource } from './csv-stream';

/**
 * CSV reading in the browser (Options → Accounts reads a CRM export the manager picks): csv-parse's
 * browser build, which carries its own stream and Buffer, so the extension needs no Node shims.
 * Same rows, lines and errors as the CLI (lib/crm/read.ts); the shared part is lib/crm/csv-stream.ts.
 */
export * from './csv-stream';

export function openCsv(source: CsvSource): Promise<CsvReader> {
  return openCsvWith((options) => parse(options), source);
}

/**
 * A file's bytes in chunks (64 KB from `Blob.stream()`), read as they are parsed: a 100k-row
 * export is never held whole as text. (ReadableStream's own async iterator is missing in Chrome
 * before 124, hence the reader.)
 */
export async function* blobChunks(blob: Blob): AsyncGenerator<CsvChunk> {
  const reader = blob.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
