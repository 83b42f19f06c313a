import { DATASET_RELEASE_DATE, DATASET_VERSION, dataset as shipped } from '../data/index.js'
import { datasetCoverage } from '../schemas/dataset-coverage.js'
import type { Source } from '../schemas/source.js'
import type { Dataset } from '../schemas/dataset.js'
import { VOCABULARIES } from '../schemas/vocabulary-registry.js'
import { CSV_TABLES, type CsvFieldType, type CsvTableName } from './csv-tables.js'
import type { CsvTextOptions } from './format-csv.js'
import { toCsvTables } from './to-csv-tables.js'
import { parquetResources, type ParquetDataResource } from './parquet-resources.js'

/** A Table Schema field descriptor. */
export interface TableSchemaField {
  readonly name: string
  readonly type: CsvFieldType
  readonly description: string
  readonly constraints?: { readonly required: true }
  readonly categories?: readonly (string | number)[]
}

/** A Table Schema foreign key (Data Package v2: `resource` is omitted for a self-reference). */
export interface TableSchemaForeignKey {
  readonly fields: readonly string[]
  readonly reference: { readonly resource?: string; readonly fields: readonly string[] }
}

/** A Table Schema (Data Package v2). */
export interface TableSchema {
  readonly $schema: string
  readonly fields: readonly TableSchemaField[]
  readonly primaryKey: readonly string[]
  /** The links to other tables; absent when there are none (the v2 profile forbids an empty list). */
  readonly foreignKeys?: readonly TableSchemaForeignKey[]
  readonly missingValues: readonly string[]
}

/** A tabular Data Resource describing one CSV file. */
export interface DataResource {
  readonly name: string
  readonly type: 'table'
  readonly path: string
  readonly scheme: 'file'
  readonly format: 'csv'
  readonly mediatype: 'text/csv'
  readonly encoding: 'utf-8'
  readonly description: string
  /** Size of the file in bytes (UTF-8, with the byte order mark when `bom` is on). */
  readonly bytes: number
  /** `sha256:<hex>`, present when a `sha256` function is given. */
  readonly hash?: string
  readonly dialect: {
    readonly $schema: string
    readonly header: true
    readonly delimiter: ','
    readonly lineTerminator: '\r\n'
    readonly quoteChar: '"'
    readonly doubleQuote: true
  }
  readonly schema: TableSchema
}

/** A Frictionless Data Package v2 descriptor (`datapackage.json`). */
export interface DataPackage {
  readonly $schema: string
  readonly name: string
  readonly title: string
  readonly description: string
  readonly version: string
  /**
   * The days the operations and developments cover together, first to last (a custom property:
   * Frictionless allows them; `DATASET_COVERAGE` for the shipped data). Absent when no record
   * has a known day.
   */
  readonly temporalCoverage?: { readonly start: string; readonly end: string }
  readonly created: string
  readonly keywords: readonly string[]
  readonly licenses: readonly { readonly name: string; readonly path: string; readonly title: string }[]
  readonly sources: readonly { readonly title: string; readonly path?: string }[]
  readonly contributors: readonly { readonly title: string; readonly roles: readonly string[] }[]
  /** The CSV resources, then the Parquet ones when `parquet` files are given. */
  readonly resources: readonly (DataResource | ParquetDataResource)[]
}

/** Options for {@link toDataPackage}. */
export interface DataPackageOptions extends CsvTextOptions {
  // `bom` and `escapeFormulas` describe files written with the same options of `toCsvTables`.
  /** Folder of the CSV files relative to `datapackage.json` (default `csv`). */
  readonly directory?: string
  /**
   * Lower-case hex SHA-256 of a file's bytes, to fill each resource's `hash`. Passed in so the
   * browser build needs no hashing code, e.g. in Node:
   * `(bytes) => createHash('sha256').update(bytes).digest('hex')`.
   */
  readonly sha256?: (bytes: Uint8Array) => string
  /**
   * Bytes of Parquet files by table name, to describe them too, at `parquet/<table>.parquet`
   * (the build writes them to `dist/data/parquet/`; the library itself cannot write Parquet).
   */
  readonly parquet?: ReadonlyMap<string, Uint8Array>
}

const PROFILE = 'https://datapackage.org/profiles/2.0/'

// A report page that shows no date is "undated", never given one.
function sourceEntry(s: Source, publishers: ReadonlyMap<string, string>): { readonly title: string; readonly path?: string } {
  if (s.kind === 'reference') return { title: s.title }
  return { title: `${publishers.get(s.publisher) ?? s.publisher}, ${s.published ?? 'undated'}`, ...(s.url !== undefined ? { path: s.url } : {}) }
}

function schemaOf(name: CsvTableName): TableSchema {
  const table = CSV_TABLES[name]
  const fields = table.columns.map((column): TableSchemaField => {
    const categories = 'vocabulary' in column ? VOCABULARIES[column.vocabulary] : 'categories' in column ? column.categories : undefined
    return {
      name: column.name,
      type: column.type,
      description: column.description,
      ...('required' in column ? { constraints: { required: true } as const } : {}),
      ...(categories !== undefined ? { categories } : {}),
    }
  })
  const foreignKeys = table.foreignKeys.map(
    (key): TableSchemaForeignKey => ({
      fields: key.fields,
      reference: key.table === name ? { fields: key.references } : { resource: key.table, fields: key.references },
    }),
  )
  return { $schema: `${PROFILE}tableschema.json`, fields, primaryKey: table.primaryKey, ...(foreignKeys.length > 0 ? { foreignKeys } : {}), missingValues: [''] }
}

/**
 * The Frictionless Data Package (v2) descriptor of the CSV exports, as written to
 * `datapackage.json`: every CSV as a tabular resource with its Table Schema (typed fields,
 * categories for closed vocabularies, primary and foreign keys, empty cells as missing
 * values), its size and, given a hash function, its SHA-256; the data licence (CC BY 4.0), the
 * sources (publisher and day, or "undated" for a report page that shows no date), and the days
 * the records cover as `temporalCoverage` (a custom property, beside `version`). R
 * (`frictionless`), Python (`frictionless`) and DuckDB-based tools read it to load the tables
 * typed and joined.
 *
 * @param dataset - the dataset the CSV files are exported from (default: the shipped one)
 * @param options - `bom` and `escapeFormulas` as given to `toCsvTables`, `directory` (default `csv`) and `sha256`
 * @returns the descriptor, ready for `JSON.stringify`
 *
 * @example
 * ```ts
 * import { toDataPackage } from 'syria-counter-isis/export'
 * const pkg = toDataPackage()
 * pkg.licenses[0]?.name //=> 'CC-BY-4.0'
 * pkg.sources[0]?.title //=> 'Armenian Public TV (1lurer.am), 2026-02-13'
 * pkg.temporalCoverage //=> { start: '2025-07-25', end: '2026-02-22' }
 * const participants = pkg.resources.find((r) => r.name === 'operation_participants')
 * participants?.path //=> 'csv/operation_participants.csv'
 * participants?.schema.foreignKeys?.[1] //=> { fields: ['actor_id'], reference: { resource: 'actors', fields: ['id'] } }
 * ```
 */
export function toDataPackage(dataset: Dataset = shipped, options: DataPackageOptions = {}): DataPackage {
  const files = toCsvTables(dataset, { bom: options.bom === true, escapeFormulas: options.escapeFormulas === true })
  const directory = (options.directory ?? 'csv').replace(/\/+$/, '')
  const encoder = new TextEncoder()
  const resources = (Object.keys(CSV_TABLES) as CsvTableName[]).map((name): DataResource => {
    const bytes = encoder.encode(files.get(`${name}.csv`) ?? '')
    return {
      name,
      type: 'table',
      path: directory === '' ? `${name}.csv` : `${directory}/${name}.csv`,
      scheme: 'file',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: CSV_TABLES[name].description,
      bytes: bytes.byteLength,
      ...(options.sha256 ? { hash: `sha256:${options.sha256(bytes)}` } : {}),
      dialect: { $schema: `${PROFILE}tabledialect.json`, header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
      schema: schemaOf(name),
    }
  })
  const publishers = new Map(dataset.actors.map((a) => [a.id, a.name.en]))
  const coverage = datasetCoverage(dataset)
  return {
    $schema: `${PROFILE}datapackage.json`,
    name: 'syria-counter-isis',
    title: 'Counter-ISIS cooperation between Damascus and the US-led coalition in Syria',
    description:
      'Actors, operations and developments, places and quotes of counter-ISIS cooperation between Damascus and the US-led coalition in Syria (the days covered are in temporalCoverage), every fact anchored to the words of a named source (evidence.csv: code-point spans of the article, fingerprints of the exact words of other reports). Empty cells are missing values, never 0.',
    version: DATASET_VERSION,
    ...(coverage !== undefined ? { temporalCoverage: coverage } : {}),
    created: `${DATASET_RELEASE_DATE}T00:00:00Z`,
    keywords: ['syria', 'isis', 'conflict-data', 'event-data', 'arabic', 'provenance'],
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' }],
    sources: dataset.sources.map((s) => sourceEntry(s, publishers)),
    contributors: [{ title: 'syria-counter-isis maintainers', roles: ['creator'] }],
    resources: options.parquet ? [...resources, ...parquetResources(resources, options.parquet, 'parquet', options.sha256)] : resources,
  }
}
