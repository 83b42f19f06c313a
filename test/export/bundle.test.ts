/**
 * The CSV, NDJSON, GeoJSON and data-package exports run in a browser without Zod: bundling
 * each for the browser must pull in neither Zod nor a Node built-in. Only the JSON Schemas,
 * generated from the Zod schemas, load Zod.
 */
import { build } from 'esbuild'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.js'

async function bundledInputs(module: string, name: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: `export { ${name} } from './src/export/${module}'`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
  })
  return Object.keys(result.metafile.inputs)
}

describe.each([
  ['to-csv-tables.ts', 'toCsvTables'],
  ['to-tables.ts', 'toTables'],
  ['to-ndjson.ts', 'toNdjson'],
  ['locations-to-geo-json.ts', 'locationsToGeoJson'],
  ['operations-to-geo-json.ts', 'operationsToGeoJson'],
  ['csv-tables.ts', 'CSV_TABLES'],
  ['to-data-package.ts', 'toDataPackage'],
])('%s', (module, name) => {
  it('bundles for the browser without Zod', async () => {
    const inputs = await bundledInputs(module, name)
    expect(inputs.some((path) => path.includes('src/export/'))).toBe(true)
    expect(inputs.filter((path) => path.includes('node_modules/zod'))).toEqual([])
  })
})

describe('the check itself', () => {
  it('sees Zod where it is used', async () => {
    expect((await bundledInputs('json-schema.ts', 'recordJsonSchema')).some((path) => path.includes('node_modules/zod'))).toBe(true)
  })
})
