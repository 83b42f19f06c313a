import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../scripts/lib/paths.js'

// The layout a newcomer reads (see "Where each concept lives" in CONTRIBUTING.md): src/query/
// holds only what a user calls, the engine lives in src/query/_engine/ and only src/query/
// reaches into it.

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : []
  })
}

const SRC = join(ROOT, 'src')
const QUERY = join(SRC, 'query')
const importsOf = (path: string): string[] => [...readFileSync(path, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!)

describe('layout', () => {
  it('nothing outside src/query imports the query engine', () => {
    const outside = files(SRC).filter((path) => !path.startsWith(`${QUERY}/`))
    const offenders = outside.flatMap((path) => importsOf(path).filter((spec) => spec.includes('_engine')).map((spec) => `${relative(ROOT, path)} imports ${spec}`))
    expect(offenders).toEqual([])
    expect(outside.some((path) => path.includes('/export/')) && outside.some((path) => path.includes('/cli/'))).toBe(true)
  })

  it('src/query/ holds only public modules: none is @internal, each is re-exported by its index', () => {
    const index = readFileSync(join(QUERY, 'index.ts'), 'utf8')
    const modules = readdirSync(QUERY).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'index.ts')
    expect(modules.filter((name) => readFileSync(join(QUERY, name), 'utf8').includes('@internal'))).toEqual([])
    expect(modules.filter((name) => !index.includes(`from './${name.replace(/\.ts$/, '.js')}'`))).toEqual([])
  })

  it('the engine is only engine: every module under src/query/_engine/ is @internal', () => {
    const engine = files(join(QUERY, '_engine')).filter((path) => !path.endsWith('.test.ts'))
    expect(engine.length).toBeGreaterThan(10)
    expect(engine.filter((path) => !readFileSync(path, 'utf8').includes('@internal')).map((path) => relative(ROOT, path))).toEqual([])
  })
})
