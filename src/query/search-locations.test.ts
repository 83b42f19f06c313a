import { describe, expect, it } from 'vitest'
import { searchLocations } from './search-locations.js'

const ids = (text: string): string[] => searchLocations(text).map((l) => l.id)

describe('searchLocations', () => {
  it('handles the Latin article and spacing', () => {
    expect(ids('al bab')).toEqual(['al-bab'])
    expect(ids('Al Bab')).toEqual(['al-bab'])
    expect(ids('Al-Dumayr')).toEqual(['al-dumayr'])
    expect(ids('dumayr')).toEqual(['al-dumayr'])
    expect(ids('tanf')).toEqual(['al-tanf-base'])
  })

  it('folds Arabic alef forms and ta marbuta', () => {
    expect(ids('اطمه')).toEqual(['atmeh'])
    expect(ids('ادلب')).toEqual(['idlib-governorate'])
    expect(ids('الضمير')).toEqual(['al-dumayr'])
  })

  it('ranks exact, prefix, substring', () => {
    expect(ids('damascus')).toEqual(['damascus', 'rif-dimashq'])
    // Exact, then names starting with it, then names containing it, each by id.
    expect(ids('syria')).toEqual(['syria', 'syria-iraq-border', 'syrian-badia', 'central-syria', 'eastern-syria', 'isis-detention-centres-northeast-syria', 'northeast-syria', 'northern-syria', 'northwest-syria'])
  })
})
