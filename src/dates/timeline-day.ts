import { MIN_DAY } from './day-bounds.js'
import { dayNumber } from './day-number.js'

const OPEN_START = dayNumber(MIN_DAY)

/**
 * The day a date takes its place at on a timeline: its first day, or its last day when its start
 * is open or unknown (`../2026-01-15`, a record dated only by the announcement that reported it):
 * the first day of such a date is unknown, the last is what the source states. The one rule of
 * `buildTimeline` and `renderTimelineSvg`, so the text and the picture list a record alike.
 *
 * @internal
 * @param start - first day covered, `YYYY-MM-DD` ({@link MIN_DAY} when open) or its day number
 * @param end - last day covered, in the same form
 * @returns the day to place the date at, in the same form
 */
export function timelineDay<T extends string | number>(start: T, end: T): T {
  return start === MIN_DAY || start === OPEN_START ? end : start
}
