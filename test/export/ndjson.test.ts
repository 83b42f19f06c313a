import { describe, expect, it } from 'vitest'
import { dataset } from '../../src/data/index.js'
import { ndjsonLine, toNdjson } from '../../src/export/to-ndjson.js'
import { COLLECTION_OF, RECORD_KINDS } from '../../src/schemas/record-kinds.js'
import { trickyDataset } from './tricky-dataset.js'

const KINDS = RECORD_KINDS

function readNdjson(text: string): unknown[] {
  expect(text === '' || text.endsWith('\n')).toBe(true)
  // Read line by line, as a streaming reader does: every line is one complete JSON value.
  return text === '' ? [] : text.slice(0, -1).split('\n').map((line) => JSON.parse(line) as unknown)
}

describe.each([
  ['shipped', dataset],
  ['tricky', trickyDataset()],
] as const)('NDJSON round trip (%s dataset)', (_name, data) => {
  it.each(KINDS)('%s records read back line by line deep-equal the dataset', (kind) => {
    const records = data[COLLECTION_OF[kind]]
    const text = toNdjson(kind, data)
    expect(readNdjson(text)).toStrictEqual(structuredClone(records))
    expect(text.split('\n')).toHaveLength(records.length + 1)
  })
})

describe('NDJSON format', () => {
  it('puts one record per line even when strings hold line breaks', () => {
    const text = toNdjson('actor', trickyDataset())
    expect(text).not.toContain('\r')
    expect(text.split('\n').filter((line) => line !== '')).toHaveLength(dataset.actors.length)
  })

  it('is empty for an empty collection and defaults to the shipped dataset', () => {
    expect(toNdjson('redirect', { ...dataset, redirects: [] })).toBe('')
    expect(toNdjson('redirect').split('\n').filter((line) => line !== '')).toHaveLength(dataset.redirects.length)
    expect(toNdjson('operation')).toBe(toNdjson('operation', dataset))
  })

  it('escapes U+2028, U+2029 and U+0085, which some line splitters treat as line ends', () => {
    const value = { text: 'a\u2028b\u2029c\u0085d' }
    const line = ndjsonLine(value)
    expect(line).toBe('{"text":"a\\u2028b\\u2029c\\u0085d"}')
    expect(line).not.toMatch(/[\u0085\u2028\u2029]/)
    expect(JSON.parse(line)).toEqual(value)
  })
})
