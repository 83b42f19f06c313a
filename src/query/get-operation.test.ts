import { describe, expect, it } from 'vitest'
import { dataset } from '../data/index.js'
import { createDataset } from './create-dataset.js'
import { defaultDataset } from './default-dataset.js'
import { getOperation } from './get-operation.js'

describe('getOperation', () => {
  it('finds the record itself in O(1), or undefined', () => {
    expect(getOperation('2025-08-atmeh-airborne-landing')).toBe(dataset.operations.find((r) => r.id === '2025-08-atmeh-airborne-landing'))
    expect(getOperation('2025-08-atmeh', defaultDataset())).toBeUndefined()
    // @ts-expect-error an id outside the shipped literal union does not compile
    expect(getOperation('2025-08-atmeh')).toBeUndefined()
  })

  it('follows a redirect of a retired id', () => {
    const ds = createDataset({ ...dataset, redirects: [{ id: 'retired-operation', to: '2025-08-atmeh-airborne-landing', date: '2025-11-01', reason: 'Renamed.' }] })
    expect(getOperation('retired-operation', ds)?.id).toBe('2025-08-atmeh-airborne-landing')
  })
})
