import { edtfSpanDays } from './calendar-interval.js'
import { parseEdtf } from './edtf.js'

/** ACLED `time_precision`: 1 = exact day, 2 = week or weekend (2-7 days), 3 = month. */
export type AcledTimePrecision = 1 | 2 | 3

/**
 * UCDP GED `date_prec`: 1 = exact day, 2 = a span of 2-6 days, 3 = a week, 4 = a month,
 * 5 = a year.
 */
export type UcdpDatePrecision = 1 | 2 | 3 | 4 | 5

function isWholeMonthOrFiner(value: string): boolean {
  const parsed = parseEdtf(value)
  return parsed.ok && parsed.value.kind === 'date' && parsed.value.precision !== 'year'
}

/**
 * Derives ACLED's `time_precision` code from an EDTF date (ACLED codebook, "time precision").
 * Returns `undefined` where ACLED has no code: a year, or a span longer than a month.
 *
 * @example
 * ```ts
 * import { acledTimePrecision } from 'syria-counter-isis'
 * acledTimePrecision('2025-10-18')             //=> 1
 * acledTimePrecision('2025-10-18/2025-10-24')  //=> 2
 * acledTimePrecision('2025-07')                //=> 3
 * acledTimePrecision('2025')                   //=> undefined
 * ```
 */
export function acledTimePrecision(value: string): AcledTimePrecision | undefined {
  const days = edtfSpanDays(value)
  if (days === 1) return 1
  if (days <= 7) return 2
  if (days <= 31 || isWholeMonthOrFiner(value)) return 3
  return undefined
}

/**
 * Derives UCDP GED's `date_prec` code from an EDTF date (GED codebook, `date_prec`). Returns
 * `undefined` for spans longer than a year or with an open end.
 *
 * @example
 * ```ts
 * import { ucdpDatePrecision } from 'syria-counter-isis'
 * ucdpDatePrecision('2025-10-18')  //=> 1
 * ucdpDatePrecision('2025-07')     //=> 4
 * ucdpDatePrecision('2025')        //=> 5
 * ```
 */
export function ucdpDatePrecision(value: string): UcdpDatePrecision | undefined {
  const days = edtfSpanDays(value)
  if (days === 1) return 1
  if (days <= 6) return 2
  if (days === 7) return 3
  if (days <= 31 || isWholeMonthOrFiner(value)) return 4
  if (days <= 366) return 5
  return undefined
}
