import type { DataResource, TableSchema } from './to-data-package.js'

/**
 * A Data Resource describing one Parquet file: the same Table Schema as its CSV twin (Parquet
 * carries the types itself; the schema adds descriptions, categories and keys). No `encoding`
 * or `dialect`: the Data Package standard defines those for text files only.
 */
export interface ParquetDataResource {
  readonly name: `${string}-parquet`
  readonly type: 'table'
  readonly path: string
  readonly scheme: 'file'
  readonly format: 'parquet'
  readonly mediatype: 'application/vnd.apache.parquet'
  readonly description: string
  /** Size of the file in bytes. */
  readonly bytes: number
  /** `sha256:<hex>`, present when a `sha256` function is given. */
  readonly hash?: string
  readonly schema: TableSchema
}

/**
 * The Parquet twins of the CSV resources whose files are given (bytes by table name), at
 * `<directory>/<table>.parquet`, named `<table>-parquet` (resource names are unique in a
 * package), their foreign keys pointing at the Parquet twins too.
 */
export function parquetResources(
  csv: readonly DataResource[],
  files: ReadonlyMap<string, Uint8Array>,
  directory: string,
  sha256: ((bytes: Uint8Array) => string) | undefined,
): ParquetDataResource[] {
  const twin = (name: string): `${string}-parquet` => `${name}-parquet`
  return csv.flatMap((resource): ParquetDataResource[] => {
    const bytes = files.get(resource.name)
    if (bytes === undefined) return []
    const foreignKeys = resource.schema.foreignKeys?.map((key) => (key.reference.resource === undefined ? key : { ...key, reference: { ...key.reference, resource: twin(key.reference.resource) } }))
    return [
      {
        name: twin(resource.name),
        type: 'table',
        path: `${directory}/${resource.name}.parquet`,
        scheme: 'file',
        format: 'parquet',
        mediatype: 'application/vnd.apache.parquet',
        description: `${resource.description} Parquet twin of ${resource.path}: typed columns, dates as DATE, null for an empty cell.`,
        bytes: bytes.byteLength,
        ...(sha256 ? { hash: `sha256:${sha256(bytes)}` } : {}),
        schema: { ...resource.schema, ...(foreignKeys !== undefined ? { foreignKeys } : {}) },
      },
    ]
  })
}
