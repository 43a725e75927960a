/**
 * The one CSV writer, for the CLI (`leadfit score --out`) and the options page's Accounts export.
 * RFC 4180 quoting with CRLF line ends, and a formula-injection guard: spreadsheets run a cell
 * that starts with =, +, -, @, a tab or a carriage return as a formula (or strip the tab/CR and
 * then do), so such a cell gets a leading apostrophe and is shown as the text it is.
 * Data from a page or a CRM file ("=HYPERLINK(...)", "+1 555", "-" ratings) comes out as text;
 * "-5" in a Score column would too, which is why numbers the tool computes never start with one.
 */

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: guarded against formulas, then quoted when it holds a comma, a quote, CR or LF. */
export function csvCell(value: CsvValue): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  if (/[",\r\n]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

/** Rows (the first is usually the header) as CSV text, each line ending in CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + (rows.length ? '\r\n' : '');
}
