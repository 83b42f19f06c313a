import type { CsvValue } from './csv-tables.js'

/** Options for the CSV text. */
export interface CsvTextOptions {
  /**
   * Start the text with a UTF-8 byte order mark (U+FEFF). Off by default (RFC 4180 and most
   * tools do without); turn it on for Excel, which otherwise reads UTF-8 as the local code page
   * and garbles Arabic.
   */
  readonly bom?: boolean
}

const NEEDS_QUOTES = /[",\r\n]/

function cell(value: CsvValue): string {
  if (value === null) return ''
  const text = typeof value === 'string' ? value : String(value)
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * Serialises a header and rows as RFC 4180 CSV: comma separator, CRLF after every record
 * (the last too), a field quoted only when it holds a comma, quote, CR or LF, quotes doubled.
 * `null` is an empty field; numbers and booleans are written as JavaScript prints them.
 *
 * @param header - the column names
 * @param rows - the rows, each with one value per column, in header order
 * @param options - `{ bom: true }` to prefix a byte order mark
 * @returns the CSV text
 */
export function formatCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], options: CsvTextOptions = {}): string {
  const lines = [header.map(cell).join(',')]
  for (const row of rows) lines.push(row.map(cell).join(','))
  return `${options.bom === true ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`
}
