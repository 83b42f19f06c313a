import { lightFormat } from 'date-fns/lightFormat'
import { isValid } from 'date-fns/isValid'
import { edtfToInterval } from '../../../dates/calendar-interval.js'
import { MAX_DAY, MIN_DAY } from '../../../dates/day-bounds.js'
import { dayNumber } from '../../../dates/day-number.js'
import type { DateInput, DateMode } from '../../criteria.js'

/** @internal A resolved date criterion in day numbers (both ends inclusive). */
export interface DayRange {
  readonly active: boolean
  readonly from: number
  readonly to: number
  readonly mode: DateMode
}

const MIN = dayNumber(MIN_DAY)
const MAX = dayNumber(MAX_DAY)

function bound(name: 'from' | 'to', value: DateInput): number {
  if (value instanceof Date) {
    if (!isValid(value)) throw new RangeError(`Invalid ${name}: the Date is invalid (${String(value)})`)
    // The local calendar day, as a reader of a Syrian date means it: no UTC shift.
    return dayNumber(lightFormat(value, 'yyyy-MM-dd'))
  }
  if (typeof value !== 'string') throw new TypeError(`Invalid ${name}: expected an EDTF string or a Date, got ${JSON.stringify(value)}`)
  let interval
  try {
    interval = edtfToInterval(value)
  } catch (error) {
    throw new RangeError(`Invalid ${name} ${JSON.stringify(value)}: ${(error as Error).message}`)
  }
  // `from: '2025-08'` starts on Aug 1; `to: '2025-10'` runs through Oct 31.
  return dayNumber(name === 'from' ? interval.start : interval.end)
}

/**
 * Resolves `from`/`to`/`dateMode` criteria to inclusive day numbers.
 *
 * @internal
 * @param from - lower bound, or undefined for none
 * @param to - upper bound, or undefined for none
 * @param mode - `overlaps` (default) or `within`
 * @returns the day range (`active` false when neither bound is given)
 * @throws RangeError naming the bad value (invalid EDTF, invalid Date, unknown mode, from after to)
 */
export function dayRange(from: DateInput | undefined, to: DateInput | undefined, mode: DateMode | undefined): DayRange {
  const m = mode ?? 'overlaps'
  if (m !== 'overlaps' && m !== 'within') throw new RangeError(`Invalid dateMode ${JSON.stringify(mode)}: expected 'overlaps' or 'within'`)
  const f = from === undefined ? MIN : bound('from', from)
  const t = to === undefined ? MAX : bound('to', to)
  if (f > t) throw new RangeError(`Invalid date range: from ${JSON.stringify(from)} is after to ${JSON.stringify(to)}`)
  return { active: from !== undefined || to !== undefined, from: f, to: t, mode: m }
}
