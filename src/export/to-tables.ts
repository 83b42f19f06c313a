import { dataset as shipped } from '../data/index.js'
import type { Dataset } from '../schemas/dataset.js'
import { actorRows } from './actor-rows.js'
import { annotationRows } from './annotation-rows.js'
import { CSV_TABLES, type CsvTableName, type CsvTableRows } from './csv-tables.js'
import { locationRows } from './location-rows.js'
import { operationRows } from './operation-rows.js'
import { quoteRows } from './quote-rows.js'
import { readingRows } from './reading-rows.js'
import { sourceRows } from './source-rows.js'

/**
 * The dataset as flat, tidy tables of plain values, one row per record or list item, keyed by
 * table name in the order of {@link CSV_TABLES}: what the CSV files hold, before serialisation,
 * for code that wants rows rather than text (a data frame, a terminal table). `null` is an
 * empty cell.
 *
 * @param dataset - the dataset to flatten (default: the shipped one)
 * @returns the rows of every table
 *
 * @example
 * ```ts
 * import { toTables } from 'syria-counter-isis/export'
 * const tables = toTables()
 * tables.operations.find((o) => o.id === '2025-07-al-bab-airborne-landing')?.fatalities_min //=> 3
 * tables.operation_participants.filter((p) => p.actor_id === 'global-coalition' && p.role === 'lead').length //=> 5
 * ```
 */
export function toTables(dataset: Dataset = shipped): CsvTableRows {
  const parts: CsvTableRows = {
    ...sourceRows(dataset),
    ...actorRows(dataset),
    ...locationRows(dataset),
    ...operationRows(dataset),
    ...readingRows(dataset),
    ...quoteRows(dataset),
    ...annotationRows(dataset),
  }
  // Rebuilt in CSV_TABLES order so every consumer lists the tables the same way.
  return Object.fromEntries((Object.keys(CSV_TABLES) as CsvTableName[]).map((name) => [name, parts[name]])) as unknown as CsvTableRows
}
