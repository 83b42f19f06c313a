/**
 * The other thing a user might pick: DuckDB over the same records, loaded from the Parquet
 * files the package ships (the same tables, written by the same code as the build's). Loading
 * the files into DuckDB tables is timed apart from the queries; every query returns its
 * answer to JavaScript, as an application needs it.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { writeParquetFiles } from '../scripts/lib/write-parquet.js'
import { actorRows } from '../src/export/actor-rows.js'
import { operationRows } from '../src/export/operation-rows.js'
import { quoteRows } from '../src/export/quote-rows.js'
import type { Dataset } from '../src/schemas/dataset.js'

/** A DuckDB database holding the tables the bench queries, and what it took to get there. */
export interface DuckDbBench {
  readonly db: DuckDBConnection
  /** Writing the Parquet files (what the package's build does; not counted as load time). */
  readonly writeMs: number
  /** Reading the Parquet files into DuckDB tables. */
  readonly loadMs: number
  readonly parquetBytes: number
  readonly close: () => void
}

const TABLES = ['operations', 'operation_participants', 'operation_outcome_actors', 'quotes', 'actors'] as const

/** Writes the Parquet files of `dataset` and loads them into a fresh in-memory DuckDB. */
export async function loadDuckDb(dataset: Dataset): Promise<DuckDbBench> {
  const dir = mkdtempSync(join(tmpdir(), 'syria-counter-isis-bench-'))
  let t = performance.now()
  const ops = operationRows(dataset)
  const written = await writeParquetFiles(
    { operations: ops.operations, operation_participants: ops.operation_participants, operation_outcome_actors: ops.operation_outcome_actors, quotes: quoteRows(dataset).quotes, actors: actorRows(dataset).actors },
    dir,
  )
  const writeMs = performance.now() - t
  const parquetBytes = [...written.values()].reduce((sum, b) => sum + b.byteLength, 0)
  // DuckDB's defaults (all cores, its own memory limit), as a user would start it.
  const instance = await DuckDBInstance.create(':memory:')
  const db = await instance.connect()
  t = performance.now()
  for (const table of TABLES) await db.run(`CREATE TABLE ${table} AS SELECT * FROM '${join(dir, `${table}.parquet`)}'`)
  const loadMs = performance.now() - t
  rmSync(dir, { recursive: true, force: true })
  return {
    db,
    writeMs,
    loadMs,
    parquetBytes,
    close: () => {
      db.closeSync()
      instance.closeSync()
    },
  }
}

const OPEN_START = "DATE '0001-01-01'"
const OPEN_END = "DATE '9999-12-31'"

/** Operation ids overlapping [from, to] (YYYY-MM-DD days), involving one of `actors` when given, in record order. */
export async function duckFilter(db: DuckDBConnection, c: { readonly actors?: readonly string[]; readonly from: string; readonly to: string }): Promise<string[]> {
  const list = (c.actors ?? []).map((a) => `'${a.replaceAll("'", "''")}'`).join(', ')
  const involving =
    c.actors === undefined || c.actors.length === 0
      ? ''
      : `AND (id IN (SELECT operation_id FROM operation_participants WHERE actor_id IN (${list})) OR id IN (SELECT operation_id FROM operation_outcome_actors WHERE actor_id IN (${list})))`
  const reader = await db.runAndReadAll(`
    SELECT id FROM operations
    WHERE coalesce(date_start, ${OPEN_START}) <= DATE '${c.to}' AND coalesce(date_end, ${OPEN_END}) >= DATE '${c.from}' ${involving}
    ORDER BY rowid`)
  return reader.getRows().map((row) => row[0] as string)
}

/** The month key of an interval, as `groupOf(start, end, 'month')` computes it, in SQL. */
const MONTH_GROUP = `
  CASE
    WHEN s IS NOT NULL AND e IS NOT NULL AND strftime(s, '%Y-%m') = strftime(e, '%Y-%m') THEN strftime(s, '%Y-%m')
    WHEN (s IS NULL OR strftime(s, '%m-%d') = '01-01') AND (e IS NULL OR strftime(e, '%m-%d') = '12-31') THEN
      CASE WHEN s IS NOT NULL AND e IS NOT NULL AND year(s) = year(e) THEN strftime(s, '%Y')
           ELSE coalesce(strftime(s, '%Y'), '..') || '/' || coalesce(strftime(e, '%Y'), '..') END
    ELSE coalesce(strftime(s, '%Y-%m'), '..') || '/' || coalesce(strftime(e, '%Y-%m'), '..')
  END`

/** The whole dataset's timeline by month: SQL sorts and keys the entries (an open start at its last day), JavaScript groups them. */
export async function duckTimeline(db: DuckDBConnection): Promise<{ key: string; entries: { kind: string; id: string; date: string; label: string }[] }[]> {
  const reader = await db.runAndReadAll(`
    WITH entries AS (
      SELECT 'operation' AS kind, id, date, date_start AS s, date_end AS e, title_en AS label FROM operations
      UNION ALL
      SELECT 'quote', q.id, q.date, q.date_start, q.date_end, coalesce(a.name_en, q.speaker_id) || ': ' || left(q.text_en, 80)
      FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_id
      WHERE q.date IS NOT NULL
    )
    SELECT ${MONTH_GROUP} AS key, kind, id, date, label FROM entries
    ORDER BY coalesce(s, e), e DESC NULLS FIRST, s ASC NULLS FIRST, kind, id`)
  const groups = new Map<string, { key: string; entries: { kind: string; id: string; date: string; label: string }[] }>()
  for (const [key, kind, id, date, label] of reader.getRows() as [string, string, string, string, string][]) {
    let group = groups.get(key)
    if (group === undefined) groups.set(key, (group = { key, entries: [] }))
    group.entries.push({ kind, id, date, label })
  }
  return [...groups.values()]
}
