import { describe, expect, it } from 'vitest'
import { dataset } from '../data/index.js'
import { createDataset } from './create-dataset.js'
import { defaultDataset } from './default-dataset.js'
import { getQuote } from './get-quote.js'

describe('getQuote', () => {
  it('finds the record itself in O(1), or undefined', () => {
    expect(getQuote('tom-barrack-syria-back-on-our-side')).toBe(dataset.quotes.find((r) => r.id === 'tom-barrack-syria-back-on-our-side'))
    expect(getQuote('tom-barrack-quote', defaultDataset())).toBeUndefined()
    // @ts-expect-error an id outside the shipped literal union does not compile
    expect(getQuote('tom-barrack-quote')).toBeUndefined()
  })

  it('follows a redirect of a retired id', () => {
    const ds = createDataset({ ...dataset, redirects: [{ id: 'retired-quote', to: 'tom-barrack-syria-back-on-our-side', date: '2025-11-01', reason: 'Renamed.' }] })
    expect(getQuote('retired-quote', ds)?.id).toBe('tom-barrack-syria-back-on-our-side')
  })
})
