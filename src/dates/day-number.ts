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

/**
 * The `YYYY-MM-DD` day of a day number (inverse of `dayNumber`).
 *
 * @internal
 * @param n - days since 1970-01-01
 * @returns the calendar day
 */
export function dayString(n: number): string {
  // Howard Hinnant's civil_from_days.
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
