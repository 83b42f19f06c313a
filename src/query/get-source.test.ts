import { describe, expect, it } from 'vitest'
import { dataset } from '../data/index.js'
import { createDataset } from './create-dataset.js'
import { defaultDataset } from './default-dataset.js'
import { getSource } from './get-source.js'

describe('getSource', () => {
  it('finds the record itself in O(1), or undefined', () => {
    expect(getSource('alaraby-2025-10-24')).toBe(dataset.sources.find((r) => r.id === 'alaraby-2025-10-24'))
    expect(getSource('alaraby', defaultDataset())).toBeUndefined()
    // @ts-expect-error an id outside the shipped literal union does not compile
    expect(getSource('alaraby')).toBeUndefined()
  })

  it('follows a redirect of a retired id', () => {
    const ds = createDataset({ ...dataset, redirects: [{ id: 'retired-source', to: 'alaraby-2025-10-24', date: '2025-11-01', reason: 'Renamed.' }] })
    expect(getSource('retired-source', ds)?.id).toBe('alaraby-2025-10-24')
  })
})
