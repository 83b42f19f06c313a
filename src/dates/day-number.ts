/**
 * Days since 1970-01-01 of a proleptic Gregorian `YYYY-MM-DD` day (negative before 1970).
 * Integer day numbers make date criteria two integer comparisons instead of date parsing.
 *
 * @internal
 * @param day - a calendar day, `YYYY-MM-DD` (year 0000 to 9999)
 * @returns the day number
 */
export function dayNumber(day: string): number {
  let y = Number(day.slice(0, 4))
  const m = Number(day.slice(5, 7))
  const d = Number(day.slice(8, 10))
  // Howard Hinnant's days_from_civil: years start in March so leap days fall at the end.
  y -= m <= 2 ? 1 : 0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}
