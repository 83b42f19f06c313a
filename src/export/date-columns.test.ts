import { describe, expect, it } from 'vitest'
import { dateColumns } from './date-columns.js'

describe('dateColumns', () => {
  it('spells out a month', () => {
    expect(dateColumns('2025-07')).toEqual({
      date: '2025-07',
      date_start: '2025-07-01',
      date_end: '2025-07-31',
      date_precision: 'month',
      date_uncertain: false,
      date_approximate: false,
      acled_time_precision: 3,
      ucdp_date_prec: 4,
    })
  })

  it('marks qualifiers and intervals, and leaves open ends empty rather than sentinel days', () => {
    expect(dateColumns('2025-10-18%')).toMatchObject({ date_precision: 'day', date_uncertain: true, date_approximate: true, acled_time_precision: 1 })
    expect(dateColumns('2025-10-18/2025-10-24~')).toMatchObject({ date_start: '2025-10-18', date_end: '2025-10-24', date_precision: 'interval', date_uncertain: false, date_approximate: true, ucdp_date_prec: 3 })
    expect(dateColumns('2025-07/..')).toMatchObject({ date_start: '2025-07-01', date_end: null, acled_time_precision: null, ucdp_date_prec: null })
    expect(dateColumns('/2025')).toMatchObject({ date_start: null, date_end: '2025-12-31' })
  })

  it('is all empty without a date and refuses invalid EDTF', () => {
    expect(Object.values(dateColumns(undefined)).every((v) => v === null)).toBe(true)
    expect(() => dateColumns('2025-02-30')).toThrow(RangeError)
  })
})
