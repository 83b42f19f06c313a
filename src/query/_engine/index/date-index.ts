import { firstDay, lastDay, parseEdtf, type EdtfIntervalEnd } from '../../../dates/edtf.js'
import { APPROXIMATE, DATED, LONG_SPAN, PRECISION_SHIFT, UNCERTAIN } from './bit-layout.js'
import { dayNumber } from '../../../dates/day-number.js'
import type { DateIndex } from './dataset-index.js'

/** Day numbers of the MIN_DAY/MAX_DAY sentinels `edtfToInterval` uses for open ends. */
const OPEN_START = dayNumber('0000-01-01')
const OPEN_END = dayNumber('9999-12-31')

interface Days {
  readonly start: number
  readonly end: number
  readonly flags: number
}

function qualifierFlags(end: EdtfIntervalEnd): number {
  if (typeof end !== 'object') return 0
  return (end.uncertain ? UNCERTAIN : 0) | (end.approximate ? APPROXIMATE : 0)
}

function daysOf(value: string): Days {
  const parsed = parseEdtf(value)
  if (!parsed.ok) throw new RangeError(`Invalid EDTF date: ${parsed.reason}`)
  const edtf = parsed.value
  if (edtf.kind === 'date') {
    const precision = edtf.precision === 'day' ? 0 : edtf.precision === 'month' ? 1 : 2
    return { start: dayNumber(firstDay(edtf)), end: dayNumber(lastDay(edtf)), flags: DATED | qualifierFlags(edtf) | (precision << PRECISION_SHIFT) }
  }
  return {
    start: typeof edtf.start === 'object' ? dayNumber(firstDay(edtf.start)) : OPEN_START,
    end: typeof edtf.end === 'object' ? dayNumber(lastDay(edtf.end)) : OPEN_END,
    flags: DATED | qualifierFlags(edtf.start) | qualifierFlags(edtf.end) | (3 << PRECISION_SHIFT),
  }
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
