import { getDaysInMonth } from 'date-fns/getDaysInMonth'
import type { TimelineGrouping } from './timeline-types.js'

const MIN_DAY = '0000-01-01'
const MAX_DAY = '9999-12-31'

/** @internal The group an entry falls in. */
export interface GroupSpan {
  readonly key: string
  readonly start: string
  readonly end: string
}

type Level = 'day' | 'month' | 'year'

function lastOfMonth(day: string): string {
  const days = getDaysInMonth(new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, 1))
  return `${day.slice(0, 8)}${String(days).padStart(2, '0')}`
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
export function groupOf(start: string, end: string, groupBy: TimelineGrouping): GroupSpan {
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
