/**
 * Every package path the README and the guides give (`syria-counter-isis/csv/operations.csv`,
 * `syria-counter-isis/json-schema/<kind>.schema.json`, ...) resolves in a project that installed
 * the packed tarball, from CommonJS (`require.resolve`) and ESM (`import.meta.resolve`), to a
 * file that is there. Placeholders are expanded to every name they stand for. The longer
 * `dist/data/...` paths of earlier versions keep resolving too.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.js'
import { CSV_TABLES } from '../../src/export/csv-tables.js'
import { COLLECTION_OF } from '../../src/schemas/record-kinds.js'
import { readRepoFile } from '../docs/run-examples.js'
import { installIntoConsumer, packTarball } from './packed-tarball.js'

const GUIDES = ['README.md', 'CONTRIBUTING.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]
const KINDS = Object.keys(COLLECTION_OF)
const COLLECTIONS = Object.values(COLLECTION_OF)
const PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  '<table>': Object.keys(CSV_TABLES),
  '<collection>': COLLECTIONS,
  '<kind>': [...KINDS, ...COLLECTIONS],
}

function expand(path: string): string[] {
  const placeholder = /<[a-z]+>/.exec(path)?.[0]
  if (placeholder === undefined) return [path]
  const names = PLACEHOLDERS[placeholder]
  if (names === undefined) throw new Error(`unknown placeholder ${placeholder} in ${path}`)
  return names.flatMap((name) => expand(path.replace(placeholder, name)))
}

const documented = [
  ...new Set(GUIDES.flatMap((file) => [...readRepoFile(file).matchAll(/syria-counter-isis\/([\w<>.\/-]*[\w>])/g)].map((m) => m[1] ?? ''))),
].sort()
const LEGACY = ['dist/data/datapackage.json', 'dist/data/csv/operations.csv', 'dist/data/ndjson/quotes.ndjson', 'dist/data/geojson/operations.geojson', 'dist/data/json-schema/operation.schema.json']
const specifiers = [...new Set([...documented.flatMap(expand), ...LEGACY])].map((path) => `syria-counter-isis/${path}`)

const RESOLVE = `
import { createRequire } from 'node:module'
import { existsSync, realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
const require = createRequire(import.meta.url)
const root = realpathSync('node_modules/syria-counter-isis')
const out = {}
for (const spec of JSON.parse(process.argv[2])) {
  const result = {}
  for (const [how, resolve] of [['require', () => require.resolve(spec)], ['import', () => fileURLToPath(import.meta.resolve(spec))]]) {
    try {
      const file = realpathSync(resolve())
      result[how] = existsSync(file) && file.startsWith(root) ? 'ok' : 'outside the package: ' + file
    } catch (error) {
      result[how] = error.code ?? String(error)
    }
  }
  out[spec] = result
}
console.log(JSON.stringify(out))
`

let consumer = ''
beforeAll(() => {
  const { tarball } = packTarball()
  consumer = installIntoConsumer(tarball, { 'resolve.mjs': RESOLVE })
})

describe('paths the docs give', () => {
  it('are found in the docs, short paths among them', () => {
    expect(documented).toContain('csv/<table>.csv')
    expect(documented).toContain('csv/operations.csv')
    expect(documented).toContain('datapackage.json')
    expect(documented).toContain('geojson/operations.geojson')
    expect(specifiers.length).toBeGreaterThan(50)
  })

  it('all resolve from CommonJS and ESM to a file in the installed package', () => {
    const results = JSON.parse(execFileSync(process.execPath, ['resolve.mjs', JSON.stringify(specifiers)], { cwd: consumer, encoding: 'utf8' })) as Record<string, { require: string; import: string }>
    const failures = Object.entries(results).filter(([, r]) => r.require !== 'ok' || r.import !== 'ok')
    expect(failures).toEqual([])
    expect(Object.keys(results)).toHaveLength(specifiers.length)
  })
})
