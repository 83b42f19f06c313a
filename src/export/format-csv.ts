import type { CsvValue } from './csv-tables.js'

/** Options for the CSV text. */
export interface CsvTextOptions {
  /**
   * Start the text with a UTF-8 byte order mark (U+FEFF). Off by default (RFC 4180 and most
   * tools do without); turn it on for Excel, which otherwise reads UTF-8 as the local code page
   * and garbles Arabic.
   */
  readonly bom?: boolean
  /**
   * Defuse spreadsheet formulas: prefix `'` to every text cell that begins with `=`, `+`, `-`,
   * `@`, a tab or a CR (which Excel, LibreOffice and Google Sheets may run as a formula) or with
   * `'` itself (so the escaping can be undone exactly). Off by default, because it changes the
   * data for every other reader. To undo it, drop the first character of every cell that
   * begins with `'`. Numbers, booleans and empty cells are never changed.
   */
  readonly escapeFormulas?: boolean
}

const NEEDS_QUOTES = /[",\r\n]/
// A leading quote is escaped too, so that "drop one leading quote" undoes the escaping exactly.
const FORMULA_START = /^[=+\-@\t\r']/

function cell(value: CsvValue, escapeFormulas: boolean): string {
  if (value === null) return ''
  const text = typeof value !== 'string' ? String(value) : escapeFormulas && FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * Serialises a header and rows as RFC 4180 CSV: comma separator, CRLF after every record
 * (the last too), a field quoted only when it holds a comma, quote, CR or LF, quotes doubled.
 * `null` is an empty field; numbers and booleans are written as JavaScript prints them.
 *
 * @param header - the column names
 * @param rows - the rows, each with one value per column, in header order
 * @param options - `{ bom: true }` to prefix a byte order mark, `{ escapeFormulas: true }` to defuse formulas
 * @returns the CSV text
 */
export function formatCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], options: CsvTextOptions = {}): string {
  const escape = options.escapeFormulas === true
  const lines = [header.map((h) => cell(h, escape)).join(',')]
  for (const row of rows) lines.push(row.map((v) => cell(v, escape)).join(','))
  return `${options.bom === true ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`
}

/**
 * Undoes {@link CsvTextOptions.escapeFormulas} on one parsed cell: drops one leading `'`.
 *
 * @param cellText - a cell as a CSV reader returns it
 * @returns the cell as it was before escaping
 */
export function unescapeFormula(cellText: string): string {
  return cellText.startsWith("'") ? cellText.slice(1) : cellText
}
