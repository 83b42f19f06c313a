import { describe, expect, it } from 'vitest'
import { coveredInterval } from './covered-interval.js'

describe('coveredInterval', () => {
  it('spans the earliest first day to the latest last day', () => {
    expect(coveredInterval(['2025-10-18/2025-10-19', '2025-07-25', '2026-02'])).toEqual({ start: '2025-07-25', end: '2026-02-28' })
  })

  it('counts an open start by its known end and an open end by its known start', () => {
    expect(coveredInterval(['../2025-10-18'])).toEqual({ start: '2025-10-18', end: '2025-10-18' })
    expect(coveredInterval(['2025-11-01/..', '2025-10-20'])).toEqual({ start: '2025-10-20', end: '2025-11-01' })
  })

  it('is undefined for no dates', () => {
    expect(coveredInterval([])).toBeUndefined()
  })
})
