import { describe, expect, it } from 'vitest'
import { countTotal, type CountedOutcome } from './count-readings.js'

const outcome = (kind: string, min: number, max: number | null, assertedBy: string, ...sources: string[]): CountedOutcome => ({
  kind, count: { min, max }, assertedBy, evidence: sources.map((source) => ({ source })),
})

describe('countTotal', () => {
  it('counts a kind once when two sources give the same number', () => {
    expect(countTotal([outcome('killed', 3, 3, 'reporter', 'paper'), outcome('killed', 3, 3, 'command', 'wire-a', 'wire-b')], ['killed'])).toEqual({ min: 3, max: 3 })
  })

  it('spans differing readings from the smallest min to the largest max', () => {
    expect(countTotal([outcome('killed', 2, 2, 'ministry', 'paper'), outcome('killed', 1, 1, 'ministry', 'agency')], ['killed'])).toEqual({ min: 1, max: 2 })
  })

  it('leaves the span open when one reading is open', () => {
    expect(countTotal([outcome('detained', 2, null, 'reporter', 'paper'), outcome('detained', 1, 1, 'ministry', 'agency')], ['detained'])).toEqual({ min: 1, max: null })
  })

  it('adds parts of one reading (same voice, same sources) and adds kinds', () => {
    const outcomes = [outcome('killed', 1, 1, 'reporter', 'paper'), outcome('killed', 2, 2, 'reporter', 'paper'), outcome('died-of-wounds', 1, 1, 'reporter', 'paper'), outcome('killed', 3, 3, 'command', 'wire')]
    expect(countTotal(outcomes, ['killed', 'died-of-wounds'])).toEqual({ min: 4, max: 4 })
  })

  it('is empty when no outcome of the kinds is recorded', () => {
    expect(countTotal([outcome('detained', 1, 1, 'reporter', 'paper')], ['killed'])).toEqual({ min: null, max: null })
  })
})
