import { describe, expect, it } from 'vitest'
import { dataset } from '../data/index.js'
import { createDataset } from './create-dataset.js'
import { defaultDataset } from './default-dataset.js'
import { locate } from './locate.js'

describe('locate', () => {
  it('uses the operation location own point when it has one', () => {
    expect(locate('2025-10-18-al-dumayr-ground-incursion')).toEqual({ lat: 33.64194, lon: 36.69278, precision: 'point', from: 'al-dumayr', whereprec: 1 })
  })

  it('walks up to the nearest place with coordinates', () => {
    expect(locate('2025-09-al-jurayjisa-airborne-landing')).toEqual({ lat: 35.23333, lon: 37.2, precision: 'area-centroid', from: 'hama-governorate', whereprec: 4 })
    expect(locate('2025-07-east-aleppo-interior-ministry-operation')?.from).toBe('al-bab') // merged into al-Bab: the id redirects
    expect(locate('2025-10-18-rif-dimashq-joint-operation')?.whereprec).toBe(4)
  })

  it('gives where_prec 2 for a facility placed at its town, and undefined when nothing has coordinates', () => {
    const records = JSON.parse(JSON.stringify(dataset)) as { operations: { id: string; location: string; readings: { field: string }[] }[] }
    // Moved elsewhere, the records drop the readings of their old place.
    for (const [id, location] of [['2025-08-atmeh-airborne-landing', 'harasta-national-hospital'], ['2025-09-al-jurayjisa-airborne-landing', 'northeast-syria']] as const) {
      const op = records.operations.find((o) => o.id === id)!
      op.location = location
      op.readings = op.readings.filter((r) => r.field !== 'location')
    }
    const ds = createDataset(records)
    expect(locate('2025-08-atmeh-airborne-landing', ds)).toMatchObject({ from: 'harasta', whereprec: 2 })
    expect(locate('2025-09-al-jurayjisa-airborne-landing', ds)).toBeUndefined()
    expect(locate('no-such-operation', defaultDataset())).toBeUndefined()
  })
})
