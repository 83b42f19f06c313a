import { describe, expect, it } from 'vitest'
import { dataset } from '../data/index.js'
import { createDataset } from './create-dataset.js'
import { defaultDataset } from './default-dataset.js'
import { getLocation } from './get-location.js'

describe('getLocation', () => {
  it('finds the record itself in O(1), or undefined', () => {
    expect(getLocation('al-dumayr')).toBe(dataset.locations.find((r) => r.id === 'al-dumayr'))
    expect(getLocation('al-dumayer', defaultDataset())).toBeUndefined()
    // @ts-expect-error an id outside the shipped literal union does not compile
    expect(getLocation('al-dumayer')).toBeUndefined()
  })

  it('follows a redirect of a retired id', () => {
    const ds = createDataset({ ...dataset, redirects: [{ id: 'retired-location', to: 'al-dumayr', date: '2025-11-01', reason: 'Renamed.' }] })
    expect(getLocation('retired-location', ds)?.id).toBe('al-dumayr')
  })
})
