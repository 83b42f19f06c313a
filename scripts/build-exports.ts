/**
 * Writes every export of the shipped dataset to `dist/data/` (run after tsup): CSV tables,
 * NDJSON, GeoJSON, JSON Schemas, every CSV table again as typed Parquet (`parquet/`, written
 * with DuckDB) and the Frictionless `datapackage.json` describing the CSV and Parquet files
 * with SHA-256 hashes.
 * The export folders are emptied first, so a table dropped from the exports does not linger and
 * two runs give identical bytes; nothing else in the output folder is touched. An optional argument names another output folder (the tests use one,
 * so they never touch the build output other tests may be packing).
 */
import { createHash } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { dataset } from '../src/data/index.js'
import { exportFiles } from '../src/export/export-files.js'
import { toDataPackage } from '../src/export/to-data-package.js'
import { ROOT } from './lib/paths.js'
import { writeParquetTables } from './lib/write-parquet.js'

const OUT = resolve(process.argv[2] ?? join(ROOT, 'dist', 'data'))

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
const files = exportFiles(dataset, { sha256 })
// Parquet is binary and needs DuckDB, so it is written here rather than by exportFiles; the
// data package is then described again with the Parquet files in it.
const parquet = await writeParquetTables(dataset, join(OUT, 'parquet'))
files.set('datapackage.json', `${JSON.stringify(toDataPackage(dataset, { sha256, parquet }), null, 2)}\n`)
for (const top of new Set([...files.keys()].map((path) => path.split('/')[0]!))) rmSync(join(OUT, top), { recursive: true, force: true })
for (const [path, text] of files) {
  mkdirSync(dirname(join(OUT, path)), { recursive: true })
  writeFileSync(join(OUT, path), text)
}
console.log(`Wrote ${files.size + parquet.size} export files to ${OUT}`)
