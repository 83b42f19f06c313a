import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { parseISO } from 'date-fns/parseISO'
import { describeEdtf } from './describe-edtf.js'

/**
 * The calendar days an EDTF value covers, both ends inclusive, as `YYYY-MM-DD` local (Syrian)
 * calendar dates: no time of day and no time zone, so nothing shifts across midnight.
 */
export interface CalendarInterval {
  /** First day covered (inclusive); {@link MIN_DAY} when the start is open or unknown. */
  readonly start: string
  /** Last day covered (inclusive); {@link MAX_DAY} when the end is open or unknown. */
  readonly end: string
}

/**
 * Converts an EDTF value to the calendar days it covers: `2025-07` is July 1-31, `2025` the whole
 * year, `2025-07/2025-08` July 1 to August 31. Qualifiers (`?`, `~`) do not widen the interval;
 * filter on them separately.
 *
 * @param value - an EDTF string of the supported subset
 * @throws RangeError naming the value when it is not valid EDTF
 *
 * @example
 * ```ts
 * import { edtfToInterval } from 'syria-counter-isis'
 * edtfToInterval('2025-07')
 * //=> { start: '2025-07-01', end: '2025-07-31' }
 * edtfToInterval('2025-10-18/2025-10-24')
 * //=> { start: '2025-10-18', end: '2025-10-24' }
 * ```
 */
export function edtfToInterval(value: string): CalendarInterval {
  const { start, end } = describeEdtf(value)
  return { start, end }
}

/**
 * Number of calendar days an EDTF value covers (both ends counted), or `Infinity` for an open
 * or unknown end.
 *
 * @example
 * ```ts
 * import { edtfSpanDays } from 'syria-counter-isis'
 * edtfSpanDays('2025-10-18')  //=> 1
 * edtfSpanDays('2025-07')     //=> 31
 * ```
 */
export function edtfSpanDays(value: string): number {
  const { start, end, openStart, openEnd } = describeEdtf(value)
  if (openStart || openEnd) return Infinity
  return differenceInCalendarDays(parseISO(end), parseISO(start)) + 1
}
