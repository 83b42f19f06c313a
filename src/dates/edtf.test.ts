import { describe, expect, it } from 'vitest'
import { edtfSpanDays, edtfToInterval } from './calendar-interval.js'
import { MAX_DAY, MIN_DAY } from './day-bounds.js'
import { isEdtf, parseEdtf } from './edtf.js'
import { acledTimePrecision, ucdpDatePrecision } from './precision-codes.js'
import { resolveRelativeDate } from './relative-date.js'

describe('parseEdtf', () => {
  it.each([
    ['2025', 'year'],
    ['2025-07', 'month'],
    ['2025-10-18', 'day'],
    ['2024-02-29', 'day'],
  ])('accepts %s at %s precision', (value, precision) => {
    const parsed = parseEdtf(value)
    expect(parsed.ok && parsed.value.kind === 'date' && parsed.value.precision).toBe(precision)
  })

  it('reads the qualifiers', () => {
    expect(parseEdtf('2025-10-18?')).toMatchObject({ ok: true, value: { uncertain: true, approximate: false } })
    expect(parseEdtf('2025-10~')).toMatchObject({ ok: true, value: { uncertain: false, approximate: true } })
    expect(parseEdtf('2025%')).toMatchObject({ ok: true, value: { uncertain: true, approximate: true } })
  })

  it('reads intervals with open and unknown ends', () => {
    expect(parseEdtf('2025-07/2025-08')).toMatchObject({ ok: true, value: { kind: 'interval', start: { month: 7 }, end: { month: 8 } } })
    expect(parseEdtf('../2025-10')).toMatchObject({ ok: true, value: { start: 'open' } })
    expect(parseEdtf('2025-10-18/')).toMatchObject({ ok: true, value: { end: 'unknown' } })
  })

  it.each([
    ['2025-02-29', '"2025-02-29": 2025-02 has no day 29'],
    ['2025-13', '"2025-13": month 13 does not exist'],
    ['2025-21', '"2025-21": EDTF seasons are outside the supported subset'],
    ['202X', '"202X": unspecified digits (X) are outside the supported EDTF subset'],
    ['-0100', '"-0100": negative, 5-digit and Y-prefixed years are outside the supported EDTF subset'],
    ['2025-10-18T10:00:00Z', '"2025-10-18T10:00:00Z" is not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %)'],
    ['18/10/2025', '"18/10/2025": an EDTF interval has exactly one "/"'],
    ['2025-08/2025-07', '"2025-08/2025-07": the interval ends before it starts'],
    ['../..', '"../..": an interval needs at least one dated end'],
    ['2025/2026/2027', '"2025/2026/2027": an EDTF interval has exactly one "/"'],
  ])('rejects %s with a reason', (value, reason) => {
    expect(parseEdtf(value)).toEqual({ ok: false, reason })
    expect(isEdtf(value)).toBe(false)
  })
})

describe('edtfToInterval', () => {
  it.each([
    ['2025', '2025-01-01', '2025-12-31'],
    ['2025-07', '2025-07-01', '2025-07-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-10-18?', '2025-10-18', '2025-10-18'],
    ['2025-07/2025-08', '2025-07-01', '2025-08-31'],
    ['../2025-10', MIN_DAY, '2025-10-31'],
    ['2025-10-18/', '2025-10-18', MAX_DAY],
  ])('%s covers %s to %s', (value, start, end) => {
    expect(edtfToInterval(value)).toEqual({ start, end })
  })

  it('throws a RangeError naming the value', () => {
    expect(() => edtfToInterval('2025-02-30')).toThrow(new RangeError('Invalid EDTF date: "2025-02-30": 2025-02 has no day 30'))
  })

  it('counts days, with Infinity for open ends', () => {
    expect(edtfSpanDays('2025-10-18')).toBe(1)
    expect(edtfSpanDays('2025-02')).toBe(28)
    expect(edtfSpanDays('2024')).toBe(366)
    expect(edtfSpanDays('../2025')).toBe(Infinity)
  })
})

describe('precision codes', () => {
  it.each([
    ['2025-10-18', 1, 1],
    ['2025-10-18?', 1, 1],
    ['2025-10-18/2025-10-20', 2, 2],
    ['2025-10-18/2025-10-24', 2, 3],
    ['2025-10-18/2025-10-30', 3, 4],
    ['2025-07', 3, 4],
    ['2025-07/2025-08', undefined, 5],
    ['2025', undefined, 5],
    ['2024/2025', undefined, undefined],
  ])('%s is ACLED %s and UCDP %s', (value, acled, ucdp) => {
    expect(acledTimePrecision(value)).toBe(acled)
    expect(ucdpDatePrecision(value)).toBe(ucdp)
  })
})

describe('resolveRelativeDate', () => {
  // 2025-10-24 was a Friday: the article's "last Saturday" is six days earlier.
  it.each([
    ['السبت الماضي', '2025-10-24', '2025-10-18'],
    ['الجمعة الماضي', '2025-10-24', '2025-10-17'],
    ['يوم الخميس الماضي', '2025-10-24', '2025-10-23'],
    ['أمس', '2025-10-24', '2025-10-23'],
    ['اليوم', '2025-10-24', '2025-10-24'],
    ['في يوليو/تموز الماضي', '2025-10-24', '2025-07'],
    ['في شهر سبتمبر/أيلول الماضي', '2025-10-24', '2025-09'],
    ['في إبريل/نيسان الماضي', '2025-10-24', '2025-04'],
    ['أكتوبر الماضي', '2025-10-24', '2024-10'],
    ['ديسمبر/كانون الأول الماضي', '2025-10-24', '2024-12'],
    ['كانون الثاني الماضي', '2025-10-24', '2025-01'],
  ])('%s in a paper of %s is %s', (expression, published, expected) => {
    expect(resolveRelativeDate(expression, published)).toBe(expected)
  })

  it.each([['الأسبوع الماضي'], ['يوليو/أيلول الماضي'], ['في يوليو'], ['last Saturday']])('refuses to guess %s', (expression) => {
    expect(resolveRelativeDate(expression, '2025-10-24')).toBeUndefined()
  })
})
