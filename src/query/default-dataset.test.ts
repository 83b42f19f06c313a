import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { dataset } from '../data/index.js'
import { defaultDataset } from './default-dataset.js'
import { getActor } from './get-actor.js'
import { filterOperations } from './filter-operations.js'

async function bundledInputs(code: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: code, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
    bundle: true,
    outdir: 'out',
    write: false,
    metafile: true,
    treeShaking: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  })
  // Modules that contribute code to the output: reached but tree-shaken modules do not count.
  return Object.values(result.metafile.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, use]) => use.bytesInOutput > 0).map(([path]) => path))
}

describe('defaultDataset', () => {
  it('indexes the shipped records once, lazily', () => {
    expect(defaultDataset()).toBe(defaultDataset())
    expect(defaultDataset().dataset).toBe(dataset)
  })

  it('cannot be rewired by a caller: the indexes are private, the object frozen', () => {
    const shipped = defaultDataset()
    expect(Object.keys(shipped)).toEqual(['dataset'])
    expect(Object.isFrozen(shipped)).toBe(true)
    expect((shipped as unknown as { index?: unknown }).index).toBeUndefined()
    expect(() => Object.assign(shipped, { index: {} })).toThrow(TypeError)
    expect(getActor('tom-barrack')?.name.en).toBe('Tom Barrack')
  })

  it('refuses a copy or a hand-made object in place of an indexed dataset', () => {
    const copy = { ...defaultDataset() }
    expect(() => filterOperations({}, copy)).toThrow(TypeError)
    expect(() => getActor('tom-barrack', { dataset })).toThrow(/Expected an indexed dataset from createDataset\(\) or defaultDataset\(\)/)
  })

  it('keeps Zod out of a bundle that uses only query helpers', async () => {
    const inputs = await bundledInputs(`import { filterOperations, getActor, buildTimeline, searchActors, locate } from './index.js'\nconsole.log(filterOperations, getActor, buildTimeline, searchActors, locate)`)
    expect(inputs.some((path) => path.includes('src/query/filter-operations.ts'))).toBe(true)
    expect(inputs.filter((path) => path.includes('node_modules/zod'))).toEqual([])
  })

  it('loads Zod only with createDataset', async () => {
    const inputs = await bundledInputs(`import { createDataset } from './index.js'\nconsole.log(createDataset)`)
    expect(inputs.some((path) => path.includes('node_modules/zod'))).toBe(true)
  })
})
