import { parse } from 'csv-parse';
import { openCsvWith, type CsvReader, type CsvSource } from './csv-stream';

/**
 * CSV reading for Node (the CLI): csv-parse's Node build. The browser reads the same way with
 * csv-parse's browser build (lib/crm/read-browser.ts); the shared part is lib/crm/csv-stream.ts.
 */
export * from './csv-stream';

/** Opens a CSV source: reads up to the header line, then streams the rows. An empty file has no header. */
export function openCsv(source: CsvSource): Promise<CsvReader> {
  return openCsvWith((options) => parse(options), source);
}
