/**
 * The build script writes every export (to dist/data/ by default, here to a temporary folder),
 * byte for byte what exportFiles returns, plus a Parquet file per CSV table that the data
 * package describes too, and a second run changes nothing.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.js'
import { exportFiles } from '../../src/export/export-files.js'
import { recordJsonSchema } from '../../src/export/json-schema.js'
import { CSV_TABLES } from '../../src/export/csv-tables.js'
import { toDataPackage, type DataPackage } from '../../src/export/to-data-package.js'

// A folder of its own: other tests may be packing dist/ meanwhile.
const OUT = join(mkdtempSync(join(tmpdir(), 'syria-counter-isis-build-')), 'data')
afterAll(() => rmSync(join(OUT, '..'), { recursive: true, force: true }))
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listFiles(path) : [relative(OUT, path).split('\\').join('/')]
  })
}

// Parquet files as base64, the text files as text.
function build(): Map<string, string> {
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build-exports.ts'), OUT], { cwd: ROOT, stdio: 'pipe' })
  return new Map(listFiles(OUT).sort().map((path) => [path, readFileSync(join(OUT, path), path.endsWith('.parquet') ? 'base64' : 'utf8')]))
}

describe('scripts/build-exports.ts', () => {
  it('writes exactly the export files, idempotently', () => {
    const first = build()
    const parquetPaths = Object.keys(CSV_TABLES).map((name) => `parquet/${name}.parquet`)
    const expected = exportFiles(undefined, { sha256 })
    expect([...first.keys()]).toEqual([...expected.keys(), ...parquetPaths].sort())
    const parquet = new Map(Object.keys(CSV_TABLES).map((name) => [name, readFileSync(join(OUT, 'parquet', `${name}.parquet`))]))
    expected.set('datapackage.json', `${JSON.stringify(toDataPackage(undefined, { sha256, parquet }), null, 2)}\n`)
    for (const [path, text] of expected) expect(first.get(path), path).toBe(text)
    expect(build()).toEqual(first)
  })

  it('ships a data package whose paths, sizes and hashes match the files next to it', () => {
    const pkg = JSON.parse(readFileSync(join(OUT, 'datapackage.json'), 'utf8')) as DataPackage
    expect(pkg.resources.filter((r) => r.format === 'parquet').map((r) => [r.name, r.path])).toEqual(Object.keys(CSV_TABLES).map((name) => [`${name}-parquet`, `parquet/${name}.parquet`]))
    for (const resource of pkg.resources) {
      const bytes = readFileSync(join(OUT, resource.path))
      expect(resource.bytes, resource.path).toBe(bytes.byteLength)
      expect(resource.hash, resource.path).toBe(`sha256:${sha256(bytes)}`)
    }
  })

  it('ships the JSON Schema of every record kind and GeoJSON that parses', () => {
    expect(JSON.parse(readFileSync(join(OUT, 'json-schema', 'operation.schema.json'), 'utf8'))).toEqual(recordJsonSchema('operation'))
    expect(JSON.parse(readFileSync(join(OUT, 'geojson', 'operations.geojson'), 'utf8')).type).toBe('FeatureCollection')
  })
})

describe('exportFiles', () => {
  it('produces only the formats asked for', () => {
    expect([...exportFiles(undefined, { formats: ['datapackage'] }).keys()]).toEqual(['datapackage.json'])
    expect([...exportFiles(undefined, { formats: ['csv'] }).keys()].every((path) => /^csv\/[a-z_]+\.csv$/.test(path))).toBe(true)
  })
})
