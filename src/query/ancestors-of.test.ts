import { describe, expect, it } from 'vitest'
import { defaultDataset } from './default-dataset.js'
import { ancestorsOf } from './ancestors-of.js'

describe('ancestorsOf', () => {
  it('lists parents nearest first up to the country', () => {
    expect(ancestorsOf('al-dumayr').map((l) => l.id)).toEqual(['rif-dimashq', 'syria'])
    expect(ancestorsOf('roumieh-prison').map((l) => l.id)).toEqual(['roumieh', 'lebanon'])
    expect(ancestorsOf('syria-iraq-border')).toEqual([])
    expect(ancestorsOf('atlantis', defaultDataset())).toEqual([])
  })
})
