import { describe, expect, it } from 'vitest'
import { dataset } from '../data/index.js'
import type { Location } from '../schemas/location.js'
import { locateForExport } from './locate-for-export.js'

const places = new Map<string, Location>(dataset.locations.map((l) => [l.id, l]))

describe('locateForExport', () => {
  it('uses the place itself when it has coordinates', () => {
    expect(locateForExport('atmeh', places)).toEqual({ lat: 36.31111, lon: 36.68639, precision: 'point', sourceLocationId: 'atmeh', ucdpWherePrec: 1 })
  })

  it('climbs the parent chain and codes the stand-in', () => {
    expect(locateForExport('harasta-national-hospital', places)).toMatchObject({ sourceLocationId: 'harasta', ucdpWherePrec: 2 })
    expect(locateForExport('east-aleppo', places)).toMatchObject({ sourceLocationId: 'aleppo-governorate', precision: 'area-centroid', ucdpWherePrec: 4 })
  })

  it('returns undefined when no place of the chain has coordinates, an unknown id, or a cycle', () => {
    expect(locateForExport('iraq', places)).toBeUndefined()
    expect(locateForExport('nowhere', places)).toBeUndefined()
    const a = { ...places.get('east-aleppo')!, id: 'a', parent: { ...places.get('east-aleppo')!.parent!, location: 'b' } } as Location
    const b = { ...a, id: 'b', parent: { ...a.parent!, location: 'a' } } as Location
    expect(locateForExport('a', new Map([['a', a], ['b', b]]))).toBeUndefined()
  })
})
