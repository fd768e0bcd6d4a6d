/** What starts an export file: a byte-order mark, so spreadsheets read the file as UTF-8. */
export const BOM = '\uFEFF';
/** Rows end with CRLF, as RFC 4180 and spreadsheets expect. */
export const ROW_END = '\r\n';

const NEEDS_QUOTES = /[",\r\n;\t]|^\s|\s$/;
/** What a spreadsheet runs as a formula when it starts a cell (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEUTRALISED = /^'[=+\-@\t\r]/;

/** One cell: quoted when it holds a separator, a quote, a line break or edge spaces. */
export function csvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One row, with its line end. */
export function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(',') + ROW_END;
}

/**
 * Text a spreadsheet would run as a formula gets a leading `'`: product text is
 * typed by sellers, and an export is opened by others.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes `neutraliseFormula` on import. */
export function restoreFormula(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}
