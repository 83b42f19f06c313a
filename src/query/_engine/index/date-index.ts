import { describeEdtf } from '../../../dates/describe-edtf.js'
import { dayNumber } from '../../../dates/day-number.js'
import { APPROXIMATE, DATED, LONG_SPAN, PRECISION_SHIFT, PRECISIONS, UNCERTAIN } from './bit-layout.js'
import type { DateIndex } from './dataset-index.js'

interface Days {
  readonly start: number
  readonly end: number
  readonly flags: number
}

function daysOf(value: string): Days {
  const d = describeEdtf(value)
  const flags = DATED | (d.uncertain ? UNCERTAIN : 0) | (d.approximate ? APPROXIMATE : 0) | (PRECISIONS.indexOf(d.precision) << PRECISION_SHIFT)
  return { start: dayNumber(d.start), end: dayNumber(d.end), flags }
}

/**
 * Builds the date index of one record kind: integer day intervals, qualifier flags and the
 * timeline order (start ascending, end descending, then `rank`, i.e. id order).
 *
 * @internal
 * @param count - number of records
 * @param dateOf - the EDTF date of record `i`, or undefined when it has none
 * @param rank - the position of record `i` in id order
 * @returns the index
 * @throws RangeError naming the value when a date is not valid EDTF
 */
export function buildDateIndex(count: number, dateOf: (i: number) => string | undefined, rank: Uint32Array): DateIndex {
  const start = new Int32Array(count)
  const end = new Int32Array(count)
  const flags = new Uint8Array(count)
  // Many records share a date string (every operation of one day): parse each string once.
  const memo = new Map<string, Days>()
  let dated = 0
  for (let i = 0; i < count; i++) {
    const value = dateOf(i)
    if (value === undefined) continue
    let days = memo.get(value)
    if (days === undefined) {
      days = daysOf(value)
      memo.set(value, days)
    }
    start[i] = days.start
    end[i] = days.end
    flags[i] = days.flags
    dated++
  }
  const order = new Uint32Array(dated)
  for (let i = 0, p = 0; i < count; i++) if (flags[i]! & DATED) order[p++] = i
  order.sort((a, b) => start[a]! - start[b]! || end[b]! - end[a]! || rank[a]! - rank[b]!)
  const orderStart = new Int32Array(dated)
  const position = new Uint32Array(count)
  const long: number[] = []
  let maxShortSpan = 0
  for (let p = 0; p < dated; p++) {
    const i = order[p]!
    orderStart[p] = start[i]!
    position[i] = p
    const span = end[i]! - start[i]!
    if (span > LONG_SPAN) long.push(p)
    else if (span > maxShortSpan) maxShortSpan = span
  }
  return { start, end, flags, order, orderStart, position, long: Uint32Array.from(long), maxShortSpan }
}
