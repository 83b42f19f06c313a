import type { CalendarInterval } from './calendar-interval.js'
import { describeEdtf } from './describe-edtf.js'

/**
 * The days a set of EDTF dates covers together: from the earliest known first day to the latest
 * known last day. An open or unknown end (`../2025-10-18`) says nothing about the bounds, so it
 * does not stretch them; its known end still counts. `undefined` when no date has a known day.
 *
 * @param dates - EDTF values of the supported subset
 * @returns the covered interval, or `undefined`
 * @throws RangeError naming the value when one is not valid EDTF
 *
 * @example
 * ```ts
 * import { coveredInterval } from 'syria-counter-isis'
 * coveredInterval(['2025-07', '../2025-10-18', '2026-02-22'])
 * //=> { start: '2025-07-01', end: '2026-02-22' }
 * coveredInterval([]) //=> undefined
 * ```
 */
export function coveredInterval(dates: Iterable<string>): CalendarInterval | undefined {
  let start: string | undefined
  let end: string | undefined
  for (const value of dates) {
    const d = describeEdtf(value)
    // ISO days compare as strings.
    if (!d.openStart && (start === undefined || d.start < start)) start = d.start
    if (!d.openEnd && (end === undefined || d.end > end)) end = d.end
    if (d.openStart && !d.openEnd && (start === undefined || d.end < start)) start = d.end
    if (d.openEnd && !d.openStart && (end === undefined || d.start > end)) end = d.start
  }
  return start === undefined || end === undefined ? undefined : { start, end }
}
