import { MAX_DAY, MIN_DAY } from '../dates/day-bounds.js'

/**
 * The days a timeline group spans, as a heading shows them. An open end is said in words,
 * because `0000-01-01` or `9999-12-31` would read as a date the sources give.
 */
export function groupSpan(group: { readonly start: string; readonly end: string }, dash: string): string {
  if (group.start === MIN_DAY && group.end === MAX_DAY) return 'any date'
  if (group.start === MIN_DAY) return `until ${group.end}`
  if (group.end === MAX_DAY) return `from ${group.start}`
  return `${group.start} ${dash} ${group.end}`
}
