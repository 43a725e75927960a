import { openCsv, type CsvSource } from '../crm/read';
import { importBookFrom, type ImportOptions, type ImportResult } from './import-core';

/** The account book import for Node (`leadfit accounts import`); the extension calls importBookFrom with the browser reader. */
export * from './import-core';

export async function importBook(source: CsvSource, options: ImportOptions = {}): Promise<ImportResult> {
  return importBookFrom(await openCsv(source), options);
}
