/**
 * The Parquet exports, read back with DuckDB: every table typed as its Table Schema says, with
 * the rows of toTables; the same answers as filterOperations; the same bytes on every build; and
 * the exports guide's DuckDB block, run as written against the files and an ACLED-shaped table.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.js'
import { PARQUET_TYPE, writeParquetTables } from '../../scripts/lib/write-parquet.js'
import { dataset } from '../../src/data/index.js'
import { CSV_TABLES, type CsvTableName } from '../../src/export/csv-tables.js'
import { toTables } from '../../src/export/to-tables.js'
import { filterOperations } from '../../src/query/filter-operations.js'
import type { OperationCriteria } from '../../src/query/criteria.js'
import { operationCategory } from '../../src/schemas/operation-category.js'
import { TRICKY, trickyDataset } from './tricky-dataset.js'

let dir = ''
let written: Map<CsvTableName, Uint8Array>
let instance: DuckDBInstance
let db: DuckDBConnection
const TABLES = Object.keys(CSV_TABLES) as CsvTableName[]
const parquet = (table: CsvTableName): string => `'${join(dir, 'parquet', `${table}.parquet`)}'`

const ids = (criteria: OperationCriteria): string[] => filterOperations(criteria as Parameters<typeof filterOperations>[0]).map((op) => op.id).sort()

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[]
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'syria-counter-isis-parquet-test-'))
  written = await writeParquetTables(dataset, join(dir, 'parquet'))
  instance = await DuckDBInstance.create(':memory:')
  db = await instance.connect()
})

afterAll(() => {
  db?.closeSync()
  instance?.closeSync()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('the Parquet tables', () => {
  it('are one file per CSV table, typed as the Table Schema says (dates as DATE, counts as INTEGER)', async () => {
    expect([...written.keys()]).toEqual(TABLES)
    for (const name of TABLES) {
      const described = await rows(`SELECT column_name, column_type, "null" FROM (DESCRIBE SELECT * FROM ${parquet(name)})`)
      expect(described.map((c) => [c.column_name, c.column_type]), name).toEqual(CSV_TABLES[name].columns.map((c) => [c.name, PARQUET_TYPE[c.type]]))
    }
    const operations = await rows(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${parquet('operations')}) WHERE column_name IN ('date', 'date_start', 'fatalities_min', 'date_uncertain', 'lat')`)
    expect(Object.fromEntries(operations.map((c) => [c.column_name, c.column_type]))).toEqual({ date: 'VARCHAR', date_start: 'DATE', date_uncertain: 'BOOLEAN', fatalities_min: 'INTEGER', lat: 'DOUBLE' })
  })

  it('hold exactly the rows of toTables, nulls where the CSV has empty cells', async () => {
    const tables = toTables()
    for (const name of TABLES) {
      const columns = CSV_TABLES[name].columns
      // Dates back to text for the comparison; everything else as DuckDB returns it.
      const select = columns.map((c) => (c.type === 'date' ? `CAST("${c.name}" AS VARCHAR) AS "${c.name}"` : `"${c.name}"`)).join(', ')
      const found = await rows(`SELECT ${select} FROM ${parquet(name)}`)
      const expected = tables[name].map((row: Readonly<Record<string, unknown>>) => Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null])))
      expect(found, name).toEqual(expected)
    }
    // "No deaths mentioned" is NULL, never 0.
    const [unknown] = await rows(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${parquet('operations')} WHERE fatalities_min IS NULL`)
    expect(unknown?.n).toBe(tables.operations.filter((o) => o.fatalities_min === null).length)
    expect(unknown?.n).toBeGreaterThan(0)
  })

  it('are byte-for-byte the same when written again', async () => {
    const again = await writeParquetTables(dataset, join(dir, 'again'))
    for (const name of TABLES) expect(Buffer.from(again.get(name)!).equals(Buffer.from(written.get(name)!)), name).toBe(true)
  })
})

describe('the Parquet tables of the issue 13 model (tricky dataset)', () => {
  const tricky = (table: CsvTableName): string => `'${join(dir, 'tricky', `${table}.parquet`)}'`
  beforeAll(async () => {
    await writeParquetTables(trickyDataset(), join(dir, 'tricky'))
  })

  it('types figures as DuckDB reads them: integer counts with NULL for an open max, DATE days', async () => {
    const described = await rows(`SELECT column_name, column_type, "null" AS nullable FROM (DESCRIBE SELECT * FROM ${tricky('figures')})`)
    const type = Object.fromEntries(described.map((c) => [c.column_name, c.column_type]))
    expect(type).toMatchObject({ record_id: 'VARCHAR', list_index: 'INTEGER', measure: 'VARCHAR', count_min: 'INTEGER', count_max: 'INTEGER', date: 'VARCHAR', date_start: 'DATE', date_end: 'DATE', date_uncertain: 'BOOLEAN', acled_time_precision: 'INTEGER' })
    const found = await rows(`SELECT record_id, measure, count_min, count_max, CAST(date_start AS VARCHAR) AS date_start, typeof(date_start) AS start_type FROM ${tricky('figures')} ORDER BY record_id, list_index`)
    expect(found).toContainEqual({ record_id: '2025-07-al-bab-airborne-landing', measure: 'targets-struck', count_min: 71, count_max: null, date_start: null, start_type: 'DATE' })
    expect(found).toContainEqual({ record_id: TRICKY.development, measure: 'people', count_min: 200, count_max: 250, date_start: '2025-11-01', start_type: 'DATE' })
    expect(found).toContainEqual({ record_id: TRICKY.unplacedDevelopment, measure: 'killed-or-detained', count_min: 0, count_max: 0, date_start: null, start_type: 'DATE' })
  })

  it('keeps NULL for an undated page, an English quote and a record without a destination, and filters on category', async () => {
    const [page] = await rows(`SELECT published, typeof(published) AS type, published_basis FROM ${tricky('sources')} WHERE id = '${TRICKY.undatedSource}'`)
    expect(page).toEqual({ published: null, type: 'DATE', published_basis: 'the stored copy states no date' })
    const [quote] = await rows(`SELECT language, text_ar, translation_by FROM ${tricky('quotes')} WHERE id = '${TRICKY.englishQuote}'`)
    expect(quote).toEqual({ language: 'en', text_ar: null, translation_by: null })
    const byCategory = await rows(`SELECT category, CAST(COUNT(*) AS INTEGER) AS n, CAST(COUNT(destination_id) AS INTEGER) AS with_destination FROM ${tricky('operations')} GROUP BY category ORDER BY category`)
    // Counted from the records, so the shipped developments of later releases keep it true.
    const records = trickyDataset().operations
    expect(byCategory).toEqual(
      (['development', 'operation'] as const).map((category) => {
        const of = records.filter((o) => operationCategory(o) === category)
        return { category, n: of.length, with_destination: of.filter((o) => o.destination !== undefined).length }
      }),
    )
    expect(byCategory[0]?.n).toBeGreaterThanOrEqual(2)
  })
})

describe('SQL over the Parquet tables answers as filterOperations does', () => {
  // The operations matching criteria, in SQL: the date interval overlaps [from, to], the place
  // is the location or inside it (walking up parent_id), the actor takes part in the role.
  async function sqlFilter(c: { actor?: string; role?: string; location?: string; from?: string; to?: string; minKilled?: number }): Promise<string[]> {
    const where = [
      c.actor === undefined ? '' : `id IN (SELECT operation_id FROM ${parquet('operation_participants')} WHERE actor_id = '${c.actor}'${c.role === undefined ? '' : ` AND role = '${c.role}'`})`,
      c.from === undefined ? '' : `date_end >= DATE '${c.from}'`,
      // An empty date_start is an open start (../2025-10-18): it reaches back without bound.
      c.to === undefined ? '' : `(date_start IS NULL OR date_start <= DATE '${c.to}')`,
      c.minKilled === undefined ? '' : `fatalities_min >= ${c.minKilled}`,
      c.location === undefined ? '' : `id IN (SELECT operation_id FROM up WHERE location_id = '${c.location}')`,
    ].filter(Boolean)
    const found = await rows(`
      WITH RECURSIVE up(operation_id, location_id) AS (
        SELECT id, location_id FROM ${parquet('operations')}
        UNION ALL
        SELECT up.operation_id, l.parent_id FROM up JOIN ${parquet('locations')} l ON l.id = up.location_id WHERE l.parent_id IS NOT NULL
      )
      SELECT id FROM ${parquet('operations')} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`)
    return found.map((r) => String(r.id))
  }

  it.each([
    ['the coalition as lead', { actor: 'global-coalition', role: 'lead' }, { actors: ['global-coalition'], role: 'lead' }],
    ['October 2025', { from: '2025-10-01', to: '2025-10-31' }, { from: '2025-10', to: '2025-10' }],
    ['one day inside a month-precision date', { from: '2025-07-15', to: '2025-07-15' }, { from: '2025-07-15', to: '2025-07-15' }],
    ['in Rif Dimashq, places inside it included', { location: 'rif-dimashq' }, { locations: ['rif-dimashq'] }],
    ['at least one killed', { minKilled: 1 }, { minKilled: 1 }],
    ['in Syria from August, the coalition taking part', { actor: 'global-coalition', location: 'syria', from: '2025-08-01' }, { actors: ['global-coalition'], role: ['lead', 'partner', 'support', 'coordinated'], locations: ['syria'], from: '2025-08' }],
  ] as const)('%s', async (_, sql, criteria) => {
    const expected = ids(criteria as OperationCriteria)
    expect(await sqlFilter(sql)).toEqual(expected)
    expect(expected.length).toBeGreaterThan(0)
  })
})

describe('docs/exports-and-cli.md, Parquet', () => {
  const guide = readFileSync(join(ROOT, 'docs', 'exports-and-cli.md'), 'utf8')
  const section = guide.slice(guide.indexOf('\n## Parquet\n'), guide.indexOf('\n## ', guide.indexOf('\n## Parquet\n') + 5))
  const sql = /```sql\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
  const statements = sql.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)

  it('runs the DuckDB block as written: coalition-led operations, then the ACLED join by governorate and day', async () => {
    expect(statements).toHaveLength(2)
    // A made-up ACLED-shaped file (not ACLED data): ACLED's column names, governorates spelled
    // as ACLED does (Rural Damascus is an alias of rif-dimashq).
    writeFileSync(
      join(dir, 'acled.csv'),
      ['event_id_cnty,event_date,admin1,admin2,event_type', 'TEST1,2025-10-18,Rural Damascus,Example,Battles', 'TEST2,2025-07-25,Aleppo,Example,Battles', 'TEST3,2025-07-20,Hama,Example,Battles', ''].join('\n'),
    )
    await db.run(`SET file_search_path = '${dir}'`)
    try {
      const led = await rows(statements[0]!.replace(/^--.*\n/gm, ''))
      expect(led.map((r) => r.id).sort()).toEqual(ids({ actors: ['global-coalition'], role: 'lead' }))
      const joined = await rows(statements[1]!)
      // What the TypeScript helpers say: for each ACLED row, the operations in that governorate
      // whose date covers the event's day, in the block's order (event day, event id, operation id).
      const expected = [
        { event: 'TEST2', day: '2025-07-25', governorate: 'aleppo-governorate' },
        { event: 'TEST3', day: '2025-07-20', governorate: 'hama-governorate' },
        { event: 'TEST1', day: '2025-10-18', governorate: 'rif-dimashq' },
      // A date with an open start (empty date_start) covers no particular day, so the join leaves it out.
      ].flatMap((a) => ids({ locations: [a.governorate], from: a.day, to: a.day } as OperationCriteria).filter((id) => !dataset.operations.find((o) => o.id === id)!.date.startsWith('..')).map((id) => ({ operation_id: id, event_id_cnty: a.event, governorate_id: a.governorate })))
      expect(joined.map((r) => ({ operation_id: r.operation_id, event_id_cnty: r.event_id_cnty, governorate_id: r.governorate_id }))).toEqual(expected)
      expect(new Set(joined.map((r) => r.event_id_cnty))).toEqual(new Set(['TEST1', 'TEST2']))
    } finally {
      await db.run('RESET file_search_path')
    }
  })

  it('is right that three levels of locations reach every governorate, as the Spark snippet assumes', () => {
    const byId = new Map(dataset.locations.map((l) => [l.id as string, l]))
    for (const op of dataset.operations) {
      let at = byId.get(op.location)
      let steps = 0
      while (at && at.kind !== 'governorate' && at.parent) [at, steps] = [byId.get(at.parent.location), steps + 1]
      if (at?.kind === 'governorate') expect(steps, op.id).toBeLessThanOrEqual(2)
    }
  })
})
