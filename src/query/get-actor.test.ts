import { describe, expect, it } from 'vitest'
import { dataset } from '../data/index.js'
import { createDataset } from './create-dataset.js'
import { defaultDataset } from './default-dataset.js'
import { getActor } from './get-actor.js'

const redirected = createDataset({
  ...dataset,
  redirects: [
    { id: 'tom-barack', to: 'thomas-barrack', date: '2025-11-01', reason: 'Misspelt.' },
    { id: 'thomas-barrack', to: 'tom-barrack', date: '2025-11-02', reason: 'Renamed back.' },
  ],
})

describe('getActor', () => {
  it('finds a shipped actor, the record itself', () => {
    expect(getActor('tom-barrack')).toBe(dataset.actors.find((a) => a.id === 'tom-barrack'))
    expect(getActor('tom-barrack')?.name).toEqual({ en: 'Tom Barrack', ar: 'توم برّاك' })
  })

  it('returns undefined for an unknown id, or an id of another kind', () => {
    expect(getActor('no-such-actor', defaultDataset())).toBeUndefined()
    expect(getActor('atmeh', defaultDataset())).toBeUndefined()
  })

  it('follows redirect chains', () => {
    expect(getActor('tom-barack', redirected)?.id).toBe('tom-barrack')
    expect(getActor('thomas-barrack', redirected)?.id).toBe('tom-barrack')
    expect(getActor('tom-barack', defaultDataset())).toBeUndefined()
  })

  it('types ids as the shipped literal union unless a dataset is passed', () => {
    // @ts-expect-error a misspelt id does not compile against the shipped data
    expect(getActor('tom-barack')).toBeUndefined()
    const fromUser: string = 'tom-barrack'
    // @ts-expect-error a plain string needs an explicit dataset
    expect(getActor(fromUser)?.id).toBe('tom-barrack')
    expect(getActor(fromUser, defaultDataset())?.id).toBe('tom-barrack')
  })
})
