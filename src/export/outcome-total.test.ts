import { describe, expect, it } from 'vitest'
import { dataset } from '../data/index.js'
import type { Operation } from '../schemas/operation.js'
import { outcomeTotal } from './outcome-total.js'

const op = (id: string): Operation => dataset.operations.find((o) => o.id === id)!

describe('outcomeTotal', () => {
  it('sums killed and died-of-wounds', () => {
    expect(outcomeTotal(op('2025-07-al-bab-airborne-landing'), ['killed', 'died-of-wounds'])).toEqual({ min: 3, max: 3 })
    expect(outcomeTotal(op('2025-10-18-al-dumayr-ground-incursion'), ['killed', 'died-of-wounds'])).toEqual({ min: 1, max: 1 })
  })

  it('is empty, never 0, when the source mentions no such outcome', () => {
    expect(outcomeTotal(op('2025-10-18-rif-dimashq-joint-operation'), ['killed', 'died-of-wounds'])).toEqual({ min: null, max: null })
  })

  it('has no upper bound when one count is open ("and others")', () => {
    expect(outcomeTotal(op('2025-07-al-bab-airborne-landing'), ['detained'])).toEqual({ min: 2, max: null })
  })
})
