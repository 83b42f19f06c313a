/**
 * Writes every CSV table of the exports as a typed Parquet file too, with DuckDB (a
 * devDependency: Parquet is written at build time only, so the runtime dependencies stay zod
 * and date-fns). The rows are those of `toTables`, so the two formats cannot drift apart.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import type { Dataset } from '../../src/schemas/dataset.js'
import { CSV_TABLES, type CsvFieldType, type CsvTableName, type CsvTableRows } from '../../src/export/csv-tables.js'
import { toTables } from '../../src/export/to-tables.js'

/**
 * The Parquet type of each Table Schema type. `date` columns only ever hold whole calendar days
 * (`date_start`, `date_end`, `published`): the EDTF text, at whatever precision the source
 * gives, stays in its own string column beside them, as in the CSV. Counts fit 32 bits.
 */
export const PARQUET_TYPE: Readonly<Record<CsvFieldType, string>> = { string: 'VARCHAR', integer: 'INTEGER', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE' }

const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`
const quoteString = (text: string): string => `'${text.replaceAll("'", "''")}'`

/**
 * Writes `<table>.parquet` for every table of {@link CSV_TABLES} into `directory` (emptied
 * first) and returns the bytes of each file by table name. Same dataset and DuckDB version,
 * same bytes: one thread, rows in `toTables` order, no timestamps in the files.
 */
export async function writeParquetTables(dataset: Dataset, directory: string): Promise<Map<CsvTableName, Uint8Array>> {
  return writeParquetFiles(toTables(dataset), directory)
}

/** Writes the tables given (rows by table name, as `toTables` gives them) as Parquet into `directory`, emptied first. */
export async function writeParquetFiles(tables: Partial<CsvTableRows>, directory: string): Promise<Map<CsvTableName, Uint8Array>> {
  rmSync(directory, { recursive: true, force: true })
  mkdirSync(directory, { recursive: true })
  const scratch = mkdtempSync(join(tmpdir(), 'syria-counter-isis-parquet-'))
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' })
  const db = await instance.connect()
  const written = new Map<CsvTableName, Uint8Array>()
  try {
    for (const name of (Object.keys(CSV_TABLES) as CsvTableName[]).filter((n) => tables[n] !== undefined)) {
      const columns = CSV_TABLES[name].columns
      const required = (c: (typeof columns)[number]): boolean => 'required' in c && c.required === true
      await db.run(`CREATE TABLE ${quoteIdentifier(name)} (${columns.map((c) => `${quoteIdentifier(c.name)} ${PARQUET_TYPE[c.type]}${required(c) ? ' NOT NULL' : ''}`).join(', ')})`)
      const rows: readonly Readonly<Record<string, unknown>>[] = tables[name]!
      if (rows.length > 0) {
        // JSON keeps null apart from '' and numbers apart from text, which CSV cannot. Written
        // in chunks: a million rows would not fit in one string.
        const ndjson = join(scratch, `${name}.ndjson`)
        writeFileSync(ndjson, '')
        for (let at = 0; at < rows.length; at += 20_000) {
          const chunk = rows.slice(at, at + 20_000).map((row) => JSON.stringify(Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null]))))
          appendFileSync(ndjson, `${chunk.join('\n')}\n`)
        }
        const types = columns.map((c) => `${quoteString(c.name)}: ${quoteString(PARQUET_TYPE[c.type])}`).join(', ')
        await db.run(`INSERT INTO ${quoteIdentifier(name)} SELECT * FROM read_json(${quoteString(ndjson)}, format = 'newline_delimited', columns = {${types}})`)
        rmSync(ndjson)
      }
      const file = join(directory, `${name}.parquet`)
      await db.run(`COPY ${quoteIdentifier(name)} TO ${quoteString(file)} (FORMAT parquet, COMPRESSION zstd)`)
      await db.run(`DROP TABLE ${quoteIdentifier(name)}`)
      written.set(name, readFileSync(file))
    }
  } finally {
    db.closeSync()
    instance.closeSync()
    rmSync(scratch, { recursive: true, force: true })
  }
  return written
}
