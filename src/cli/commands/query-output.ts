import { dataset } from '../../data/index.js'
import { CSV_TABLES, type CsvTableName, type CsvValue } from '../../export/csv-tables.js'
import { formatCsv } from '../../export/format-csv.js'
import { ndjsonLine } from '../../export/to-ndjson.js'
import { toTables } from '../../export/to-tables.js'
import type { GivenSourceText } from '../source-text.js'
import { UsageError } from '../usage-error.js'
import { renderEvidenceWords, withExactWords } from './evidence-words.js'
import { choice } from './flags.js'

/** The formats every `query` prints. */
export const QUERY_FORMATS = ['table', 'csv', 'json', 'ndjson'] as const

/** A `query` format. */
export type QueryFormat = (typeof QUERY_FORMATS)[number]

/** Checks `--format` of a query (default `table`). */
export function queryFormat(value: string | undefined): QueryFormat {
  return choice('--format', value ?? 'table', QUERY_FORMATS)
}

/**
 * Prints found records in a machine format: the rows of their CSV export table (same columns as
 * `export --format csv`), the records as JSON, or one record per NDJSON line.
 */
export function machineOutput(format: Exclude<QueryFormat, 'table'>, records: readonly { readonly id: string }[], table: CsvTableName): string {
  if (format === 'json') return `${JSON.stringify(records, null, 2)}\n`
  if (format === 'ndjson') return records.map((record) => `${ndjsonLine(record)}\n`).join('')
  const columns = CSV_TABLES[table].columns.map((c) => c.name)
  const rows: readonly Readonly<Record<string, CsvValue>>[] = toTables(dataset)[table]
  const byId = new Map(rows.map((row) => [String(row.id), row]))
  // In the order found (search results come best match first).
  const found = records.flatMap((r): Readonly<Record<string, CsvValue>>[] => {
    const row = byId.get(r.id)
    return row === undefined ? [] : [row]
  })
  return formatCsv(columns, found.map((row) => columns.map((c) => row[c] ?? null)))
}

/** The `--source-text FILE` flag (and its alias `--article`), as parsed. */
export interface SourceTextFlags {
  readonly 'source-text'?: string | undefined
  readonly article?: string | undefined
}

/**
 * Prints found records: the terminal table, or a machine format. With the source text given,
 * the table is followed by the words of every evidence span, and JSON and NDJSON records carry
 * each span's words as `exact`; CSV rows have no place for them.
 */
export function queryOutput<R extends { readonly id: string }>(format: QueryFormat, found: readonly R[], table: CsvTableName, renderTable: (found: readonly R[]) => string, given: GivenSourceText | undefined): string {
  if (given === undefined) return format === 'table' ? renderTable(found) : machineOutput(format, found, table)
  if (format === 'csv') throw new UsageError('--source-text prints the evidence words with --format table, json or ndjson, not csv')
  if (format === 'table') return `${renderTable(found)}${renderEvidenceWords(found, given, 'text')}`
  const records = withExactWords(found, given)
  return format === 'json' ? `${JSON.stringify(records, null, 2)}\n` : records.map((record) => `${ndjsonLine(record)}\n`).join('')
}
