import { dataset as shipped } from '../data/index.js'
import type { Dataset } from '../schemas/dataset.js'
import { COLLECTION_OF, RECORD_KINDS } from '../schemas/record-kinds.js'
import type { CsvTextOptions } from './format-csv.js'
import { recordJsonSchema } from './json-schema.js'
import { locationsToGeoJson } from './locations-to-geo-json.js'
import { operationsToGeoJson } from './operations-to-geo-json.js'
import { toCsvTables } from './to-csv-tables.js'
import { toDataPackage } from './to-data-package.js'
import { ndjsonLine, toNdjson } from './to-ndjson.js'
import { readingRows } from './reading-rows.js'

/** A family of export files. */
export type ExportFormat = 'csv' | 'ndjson' | 'geojson' | 'json-schema' | 'datapackage'

/** Options for {@link exportFiles}; `bom` and `escapeFormulas` apply to the CSV files (and the data package describing them). */
export interface ExportFilesOptions extends CsvTextOptions {
  /** Which families to produce (default: all). `datapackage` describes the `csv` files. */
  readonly formats?: readonly ExportFormat[]
  /** Lower-case hex SHA-256 of a file's bytes, for the data package's `hash` fields. */
  readonly sha256?: (bytes: Uint8Array) => string
}

const ALL_FORMATS: readonly ExportFormat[] = ['csv', 'ndjson', 'geojson', 'json-schema', 'datapackage']

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

/**
 * Every export file by path relative to the output folder: `csv/<table>.csv`,
 * `ndjson/<collection>.ndjson`, `ndjson/readings.ndjson` (the rows of `readings.csv`), `geojson/locations.geojson`, `geojson/operations.geojson`,
 * `json-schema/<kind>.schema.json` and `datapackage.json` (whose paths are relative to it).
 * The content depends on the dataset only, so writing it twice gives the same bytes. The build
 * writes it to `dist/data/`; the CLI's `export` writes the families asked for.
 *
 * @param dataset - the dataset to export (default: the shipped one)
 * @param options - `formats` to produce, `bom`/`escapeFormulas` for the CSV files and a `sha256` function for the data package
 * @returns file text by relative path
 *
 * @example
 * ```ts
 * import { exportFiles } from 'syria-counter-isis/export'
 * [...exportFiles(undefined, { formats: ['ndjson', 'geojson'] }).keys()]
 * //=> ['ndjson/sources.ndjson', 'ndjson/actors.ndjson', 'ndjson/locations.ndjson', 'ndjson/operations.ndjson', 'ndjson/quotes.ndjson', 'ndjson/corrections.ndjson', 'ndjson/redirects.ndjson', 'ndjson/readings.ndjson', 'geojson/locations.geojson', 'geojson/operations.geojson']
 * ```
 */
export function exportFiles(dataset: Dataset = shipped, options: ExportFilesOptions = {}): Map<string, string> {
  const formats = new Set(options.formats ?? ALL_FORMATS)
  const kinds = RECORD_KINDS
  const files = new Map<string, string>()
  const csv = { bom: options.bom === true, escapeFormulas: options.escapeFormulas === true }
  if (formats.has('csv')) for (const [name, text] of toCsvTables(dataset, csv)) files.set(`csv/${name}`, text)
  if (formats.has('ndjson')) {
    for (const kind of kinds) files.set(`ndjson/${COLLECTION_OF[kind]}.ndjson`, toNdjson(kind, dataset))
    // The readings side by side, as the rows of readings.csv: one line per reading.
    files.set('ndjson/readings.ndjson', readingRows(dataset).readings.map((row) => `${ndjsonLine(row)}\n`).join(''))
  }
  if (formats.has('geojson')) {
    files.set('geojson/locations.geojson', json(locationsToGeoJson(dataset)))
    files.set('geojson/operations.geojson', json(operationsToGeoJson(dataset)))
  }
  if (formats.has('json-schema')) for (const kind of kinds) files.set(`json-schema/${kind}.schema.json`, json(recordJsonSchema(kind)))
  if (formats.has('datapackage')) files.set('datapackage.json', json(toDataPackage(dataset, { ...csv, ...(options.sha256 ? { sha256: options.sha256 } : {}) })))
  return files
}
