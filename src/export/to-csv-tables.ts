import { dataset as shipped } from '../data/index.js'
import type { Dataset } from '../schemas/dataset.js'
import { CSV_TABLES, type CsvFileName, type CsvTableName, type CsvValue } from './csv-tables.js'
import { formatCsv, type CsvTextOptions } from './format-csv.js'
import { toTables } from './to-tables.js'

/**
 * The dataset as CSV files (RFC 4180: comma separator, CRLF line endings, minimal quoting,
 * UTF-8), one flat, tidy table per record kind plus long tables for lists, evidence, citations
 * and notes, keyed by file name in the order of {@link CSV_TABLES}, which documents every
 * column. Empty cells are missing values; booleans are `true`/`false`; dates are EDTF in `date`
 * with the calendar days spelled out in `date_start`/`date_end`.
 *
 * @param dataset - the dataset to export (default: the shipped one)
 * @param options - `{ bom: true }` to start each file with a byte order mark, for Excel
 * @returns CSV text by file name
 *
 * @example
 * ```ts
 * import { toCsvTables } from 'syria-counter-isis/export'
 * const files = toCsvTables()
 * files.size //=> 25
 * files.get('operations.csv')?.split('\r\n')[0]?.split(',').slice(0, 4)
 * //=> ['id', 'title_en', 'title_ar', 'date']
 * files.get('actors.csv')?.includes('tom-barrack,person,Tom Barrack,توم برّاك,,,true\r\n') //=> true
 * ```
 */
export function toCsvTables(dataset: Dataset = shipped, options: CsvTextOptions = {}): Map<CsvFileName, string> {
  const tables = toTables(dataset)
  const files = new Map<CsvFileName, string>()
  for (const name of Object.keys(CSV_TABLES) as CsvTableName[]) {
    const header = CSV_TABLES[name].columns.map((c) => c.name)
    const rows: readonly Readonly<Record<string, CsvValue>>[] = tables[name]
    const cells = rows.map((row) => header.map((column) => row[column] ?? null))
    files.set(`${name}.csv`, formatCsv(header, cells, options))
  }
  return files
}
