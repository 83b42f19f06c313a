import { describe, expect, it } from 'vitest'
import { reconciledCount } from './reconciled-count.js'

describe('reconciledCount', () => {
  it('spans every reading: smallest min, largest max, open when any is open', () => {
    expect(reconciledCount([{ kind: 'killed', count: { min: 2, max: 3 } }, { kind: 'killed', count: { min: 1, max: 5 } }])).toEqual({ min: 1, max: 5 })
    expect(reconciledCount([{ kind: 'killed', count: { min: 2, max: null } }, { kind: 'killed', count: { min: 1, max: 1 } }])).toEqual({ min: 1, max: null })
    expect(reconciledCount([{ kind: 'killed', count: { min: 1, max: 1 } }, { kind: 'killed', count: { min: 4, max: null } }])).toEqual({ min: 1, max: null })
  })

  it('skips outcomes without a count and gives undefined when none has one', () => {
    expect(reconciledCount([{ kind: 'seized', count: undefined }])).toBeUndefined()
    expect(reconciledCount([{ kind: 'seized', count: undefined }, { kind: 'seized', count: { min: 1, max: 1 } }])).toEqual({ min: 1, max: 1 })
  })

  it('refuses outcomes of different kinds', () => {
    expect(() => reconciledCount([{ kind: 'killed', count: { min: 1, max: 1 } }, { kind: 'detained', count: { min: 2, max: 2 } }])).toThrow(/one kind; got killed, detained/)
  })
})
