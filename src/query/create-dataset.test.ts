import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { dataset } from '../data/index.js'
import { DatasetValidationError } from '../schemas/validation-error.js'
import { createDataset } from './create-dataset.js'
import { filterOperations } from './filter-operations.js'

const plain = (): Record<string, unknown[]> => JSON.parse(JSON.stringify(dataset)) as Record<string, unknown[]>

describe('createDataset', () => {
  it('validates, fills defaults and indexes a dataset given as plain JSON', () => {
    const records = plain()
    const ds = createDataset({ ...records, corrections: undefined, redirects: undefined })
    expect(ds.dataset.operations).toHaveLength(dataset.operations.length)
    expect(ds.dataset.redirects).toEqual([])
    // Indexed: the place filter walks the parent hierarchy of the plain records.
    const parent = new Map<string, string | undefined>(dataset.locations.map((l) => [l.id, l.parent?.location]))
    const inRifDimashq = (id: string | undefined): boolean => id !== undefined && (id === 'rif-dimashq' || inRifDimashq(parent.get(id)))
    const expected = dataset.operations.filter((op) => inRifDimashq(op.location)).map((op) => op.id)
    expect(expected.length).toBeGreaterThan(1)
    expect(filterOperations({ locations: ['rif-dimashq'] }, ds).map((op) => op.id)).toEqual(expected)
  })

  it('checks evidence against source texts when given', () => {
    const text = readFileSync(new URL('../../data/sources/000_4325f0170ff2d2c8.txt', import.meta.url), 'utf8')
    expect(() => createDataset(plain(), { sourceTexts: { 'alaraby-2025-10-24': text } })).not.toThrow()
    expect(() => createDataset(plain(), { sourceTexts: { 'alaraby-2025-10-24': `x${text}` } })).toThrow(DatasetValidationError)
  })

  it('throws a DatasetValidationError naming the record and the unknown id', () => {
    const records = plain()
    const op = records.operations![0] as { location: string }
    op.location = 'atlantis'
    expect(() => createDataset(records)).toThrow(/2025-07-al-bab-airborne-landing.*unknown location id "atlantis"/s)
  })

  it('never modifies its input, not even by freezing it', () => {
    const records = plain()
    const before = JSON.stringify(records)
    const ds = createDataset(records)
    expect(JSON.stringify(records)).toBe(before)
    expect(Object.isFrozen(records.operations![0])).toBe(false)
    expect(Object.isFrozen((records.operations![0] as { participants: unknown[] }).participants)).toBe(false)
    expect(Object.isFrozen(ds.dataset.operations[0]!.participants)).toBe(true)
    expect(ds.dataset.operations[0]).not.toBe(records.operations![0])
  })
})
