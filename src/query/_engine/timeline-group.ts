import { edtfToInterval } from '../../dates/calendar-interval.js'
import { MAX_DAY, MIN_DAY } from '../../dates/day-bounds.js'
import { timelineDay } from '../../dates/timeline-day.js'
import type { TimelineGrouping } from '../types.js'

/** @internal The group an entry falls in. */
export interface GroupSpan {
  readonly key: string
  readonly start: string
  readonly end: string
}

type Level = 'day' | 'month' | 'year'

function lastOfMonth(day: string): string {
  return edtfToInterval(day.slice(0, 7)).end
}

function unit(day: string, level: Level): string {
  return level === 'year' ? day.slice(0, 4) : level === 'month' ? day.slice(0, 7) : day
}

function firstOfUnit(day: string, level: Level): string {
  return level === 'year' ? `${day.slice(0, 4)}-01-01` : level === 'month' ? `${day.slice(0, 7)}-01` : day
}

function lastOfUnit(day: string, level: Level): string {
  return level === 'year' ? `${day.slice(0, 4)}-12-31` : level === 'month' ? lastOfMonth(day) : day
}

/**
 * The group of an entry covering `start`..`end`: the unit (day, month or year) containing it,
 * or, when it spans several units, the coarsest EDTF that names exactly the units it covers:
 * whole years (`2025`, `2024/2025`), whole months when grouping by day (`2025-07`), else a
 * unit interval (`2025-07/2025-08`); open ends stay open (`2025-07/..`).
 *
 * @internal
 * @param start - first day, `YYYY-MM-DD` (`0000-01-01` when open)
 * @param end - last day (`9999-12-31` when open)
 * @param groupBy - the grouping unit
 * @returns the group key and its first and last day
 */
export function timelineGroup(start: string, end: string, groupBy: TimelineGrouping): GroupSpan {
  const openStart = start === MIN_DAY
  const openEnd = end === MAX_DAY
  if (!openStart && !openEnd && unit(start, groupBy) === unit(end, groupBy)) {
    return { key: unit(start, groupBy), start: firstOfUnit(start, groupBy), end: lastOfUnit(start, groupBy) }
  }
  const wholeYears = (openStart || start.endsWith('-01-01')) && (openEnd || end.endsWith('-12-31'))
  const wholeMonths = (openStart || start.endsWith('-01')) && (openEnd || end === lastOfMonth(end))
  const level: Level = wholeYears || groupBy === 'year' ? 'year' : wholeMonths || groupBy === 'month' ? 'month' : 'day'
  const s = openStart ? '..' : unit(start, level)
  const e = openEnd ? '..' : unit(end, level)
  return {
    key: s === e ? s : `${s}/${e}`,
    start: openStart ? MIN_DAY : firstOfUnit(start, level),
    end: openEnd ? MAX_DAY : lastOfUnit(end, level),
  }
}

function ascending<T extends string | number>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Timeline order of two intervals, for entries and groups alike: by the day each sits at
 * (`timelineDay`: an open start sorts by its known end), then last day descending, so a month
 * comes before its days, then first day ascending, so `../2025-10-18` comes before `2025-10-18`.
 *
 * @internal
 * @param aStart - first day of `a`, `YYYY-MM-DD` or a day number ({@link MIN_DAY} or its number when open)
 * @param aEnd - last day of `a`, in the same form
 * @param bStart - first day of `b`
 * @param bEnd - last day of `b`
 * @returns negative when `a` comes first, positive when `b` does, 0 when they tie
 */
export function compareTimelineDays<T extends string | number>(aStart: T, aEnd: T, bStart: T, bEnd: T): number {
  return ascending(timelineDay(aStart, aEnd), timelineDay(bStart, bEnd)) || ascending(bEnd, aEnd) || ascending(aStart, bStart)
}
