/**
 * Reads the CSV exports back the way an outside tool would: through csv-parse (a real RFC 4180
 * parser), then typed by the Table Schema types of CSV_TABLES. A cell that does not parse as
 * its declared type throws, so the declared types are checked on every value.
 */
import { parse } from 'csv-parse/sync'
import { CSV_TABLES, type CsvFieldType, type CsvFileName, type CsvTableName } from '../../src/export/csv-tables.js'

/** A typed cell: `null` for an empty one. */
export type Cell = string | number | boolean | null
/** A row read back, keyed by header. */
export type ReadRow = Readonly<Record<string, Cell>>
/** Every table read back. */
export type ReadTables = Readonly<Record<CsvTableName, readonly ReadRow[]>>

const PATTERNS: Readonly<Record<Exclude<CsvFieldType, 'string'>, RegExp>> = {
  integer: /^-?\d+$/,
  number: /^-?\d+(?:\.\d+)?$/,
  boolean: /^(?:true|false)$/,
  date: /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
}

function cast(type: CsvFieldType, text: string, where: string): Cell {
  if (text === '') return null
  if (type === 'string') return text
  if (!PATTERNS[type].test(text)) throw new Error(`${where}: ${JSON.stringify(text)} is not a ${type}`)
  if (type === 'boolean') return text === 'true'
  if (type === 'date') return text
  return Number(text)
}

/** Parses one CSV text into raw string records (header row as keys). */
export function parseCsv(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true, relax_column_count: false }) as Record<string, string>[]
}

/** Parses one CSV file of a table and types its cells. */
export function readTable(name: CsvTableName, text: string): ReadRow[] {
  const header = (parse(text, { bom: true, to_line: 1 }) as string[][])[0]
  const columns = CSV_TABLES[name].columns
  if (JSON.stringify(header) !== JSON.stringify(columns.map((c) => c.name))) {
    throw new Error(`${name}.csv: header ${JSON.stringify(header)} is not the documented columns`)
  }
  return parseCsv(text).map((raw, i) => Object.fromEntries(columns.map((c) => [c.name, cast(c.type, raw[c.name] ?? '', `${name}.csv row ${i + 1} ${c.name}`)])))
}

/** Reads every table of a `toCsvTables` result. */
export function readTables(files: ReadonlyMap<CsvFileName, string>): ReadTables {
  const out: Partial<Record<CsvTableName, ReadRow[]>> = {}
  for (const name of Object.keys(CSV_TABLES) as CsvTableName[]) {
    const text = files.get(`${name}.csv`)
    if (text === undefined) throw new Error(`${name}.csv is missing`)
    out[name] = readTable(name, text)
  }
  return out as ReadTables
}
