import type { DayRange } from './day-range.js'
import type { DateIndex } from '../index/dataset-index.js'
import { lowerBound } from '../lower-bound.js'

/** @internal Positions (into `DateIndex.order`) matching a date range, and how many were scanned. */
export interface DateCandidates {
  /** Upper bound of the result size, known before scanning. */
  readonly estimate: number
  /** Scans and returns the matching positions, ascending. */
  readonly collect: () => Uint32Array
}

/**
 * Finds the dated records matching a day range by binary search on the start-sorted order.
 * For `overlaps`, a record starting up to `maxShortSpan` days before `from` can still reach it,
 * so the scan starts there; longer and open-ended records sit in the small `long` list.
 *
 * @internal
 * @param dates - the date index
 * @param range - an active day range
 * @returns the estimate and a collector
 */
export function dateCandidates(dates: DateIndex, range: DayRange): DateCandidates {
  const { from, to } = range
  const hi = lowerBound(dates.orderStart, to + 1)
  if (range.mode === 'within') {
    const lo = lowerBound(dates.orderStart, from)
    return {
      estimate: Math.max(0, hi - lo),
      collect: () => {
        const out = new Uint32Array(Math.max(0, hi - lo))
        let k = 0
        for (let p = lo; p < hi; p++) if (dates.end[dates.order[p]!]! <= to) out[k++] = p
        return out.subarray(0, k)
      },
    }
  }
  const lo = Math.min(hi, lowerBound(dates.orderStart, from - dates.maxShortSpan))
  const longBefore = lowerBound(dates.long, lo)
  return {
    estimate: hi - lo + longBefore,
    collect: () => {
      const out = new Uint32Array(hi - lo + longBefore)
      let k = 0
      for (let j = 0; j < longBefore; j++) {
        const p = dates.long[j]!
        if (dates.end[dates.order[p]!]! >= from) out[k++] = p
      }
      for (let p = lo; p < hi; p++) if (dates.end[dates.order[p]!]! >= from) out[k++] = p
      return out.subarray(0, k)
    },
  }
}
