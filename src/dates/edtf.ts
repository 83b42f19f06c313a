import { getDaysInMonth } from 'date-fns/getDaysInMonth'

/**
 * EDTF (ISO 8601-2) parsing for the subset the dataset uses: level 0 dates and intervals, plus
 * the level 1 qualifiers `?` (uncertain), `~` (approximate) and `%` (both), and open (`..`) or
 * unknown (empty) interval ends. Seasons, unspecified digits (`X`) and negative or 5-digit years
 * are outside the subset and rejected with a message that says so.
 */

/** How finely an EDTF date is known. */
export type EdtfPrecision = 'year' | 'month' | 'day'

/** One EDTF date (not an interval), split into its parts. */
export interface EdtfSingleDate {
  readonly kind: 'date'
  readonly precision: EdtfPrecision
  readonly year: number
  /** 1-12, present for month and day precision. */
  readonly month?: number
  /** 1-31, present for day precision. */
  readonly day?: number
  /** `?` or `%`: the source is unsure the date is right. */
  readonly uncertain: boolean
  /** `~` or `%`: the date is roughly right ("around"). */
  readonly approximate: boolean
}

/** An interval end that is not a date: `..` (open, no bound) or empty (unknown). */
export type EdtfIntervalEnd = EdtfSingleDate | 'open' | 'unknown'

/** An EDTF interval such as `2025-07/2025-08`. */
export interface EdtfInterval {
  readonly kind: 'interval'
  readonly start: EdtfIntervalEnd
  readonly end: EdtfIntervalEnd
}

/** A parsed EDTF value. */
export type ParsedEdtf = EdtfSingleDate | EdtfInterval

/** Result of {@link parseEdtf}: the parsed value, or the reason the string is not accepted. */
export type EdtfParseResult = { readonly ok: true; readonly value: ParsedEdtf } | { readonly ok: false; readonly reason: string }

const SINGLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/

// `new Date(y, m)` reads years 0-99 as 1900-1999, so the year is set apart. Years count in the
// proleptic Gregorian calendar of ISO 8601 and EDTF, where year 0000 (1 BC) is a leap year.
function daysInMonth(year: number, month: number): number {
  const first = new Date(2000, month - 1, 1)
  first.setFullYear(year)
  return getDaysInMonth(first)
}

function parseSingle(text: string): EdtfSingleDate | string {
  const match = SINGLE.exec(text)
  if (!match) {
    if (/^-|^\d{5}|^Y/.test(text)) return `"${text}": negative, 5-digit and Y-prefixed years are outside the supported EDTF subset`
    if (/X/.test(text)) return `"${text}": unspecified digits (X) are outside the supported EDTF subset`
    if (/^\d{4}-2[1-4]$/.test(text)) return `"${text}": EDTF seasons are outside the supported subset`
    return `"${text}" is not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %)`
  }
  const [, y, m, d, qualifier] = match
  const year = Number(y)
  const month = m === undefined ? undefined : Number(m)
  const day = d === undefined ? undefined : Number(d)
  if (month !== undefined && (month < 1 || month > 12)) {
    if (month >= 21 && month <= 24 && day === undefined) return `"${text}": EDTF seasons are outside the supported subset`
    return `"${text}": month ${m} does not exist`
  }
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return `"${text}": ${y}-${m} has no day ${d}`
  }
  return {
    kind: 'date',
    precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year',
    year,
    ...(month !== undefined ? { month } : {}),
    ...(day !== undefined ? { day } : {}),
    uncertain: qualifier === '?' || qualifier === '%',
    approximate: qualifier === '~' || qualifier === '%',
  }
}

function parseEnd(text: string): EdtfIntervalEnd | string {
  if (text === '..') return 'open'
  if (text === '') return 'unknown'
  return parseSingle(text)
}

/**
 * Parses an EDTF string of the supported subset.
 *
 * @param value - the EDTF string, e.g. `2025-07`, `2025-10-18?`, `2025-07/2025-08`
 * @returns `{ ok: true, value }` or `{ ok: false, reason }` with a message naming the problem
 *
 * @example
 * ```ts
 * import { parseEdtf } from 'syria-counter-isis'
 * parseEdtf('2025-10-18?')
 * //=> { ok: true, value: { kind: 'date', precision: 'day', year: 2025, month: 10, day: 18, uncertain: true, approximate: false } }
 * parseEdtf('2025-02-30').ok
 * //=> false
 * ```
 */
export function parseEdtf(value: string): EdtfParseResult {
  const slash = value.indexOf('/')
  if (slash === -1) {
    const single = parseSingle(value)
    return typeof single === 'string' ? { ok: false, reason: single } : { ok: true, value: single }
  }
  if (value.indexOf('/', slash + 1) !== -1) return { ok: false, reason: `"${value}": an EDTF interval has exactly one "/"` }
  const start = parseEnd(value.slice(0, slash))
  if (typeof start === 'string' && start !== 'open' && start !== 'unknown') return { ok: false, reason: start }
  const end = parseEnd(value.slice(slash + 1))
  if (typeof end === 'string' && end !== 'open' && end !== 'unknown') return { ok: false, reason: end }
  if (typeof start !== 'object' && typeof end !== 'object') return { ok: false, reason: `"${value}": an interval needs at least one dated end` }
  if (typeof start === 'object' && typeof end === 'object' && firstDay(start) > lastDay(end)) {
    return { ok: false, reason: `"${value}": the interval ends before it starts` }
  }
  return { ok: true, value: { kind: 'interval', start, end } }
}

/**
 * Tells whether a string is an EDTF date or interval of the supported subset and a real
 * calendar date.
 *
 * @example
 * ```ts
 * import { isEdtf } from 'syria-counter-isis'
 * isEdtf('2025-07')    //=> true
 * isEdtf('2025-13')    //=> false
 * ```
 */
export function isEdtf(value: string): boolean {
  return parseEdtf(value).ok
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/**
 * First calendar day (`YYYY-MM-DD`) a single EDTF date covers.
 *
 * @example
 * ```ts
 * import { firstDay, parseEdtf } from 'syria-counter-isis'
 * const parsed = parseEdtf('2025-07')
 * parsed.ok && parsed.value.kind === 'date' ? firstDay(parsed.value) : undefined //=> '2025-07-01'
 * ```
 */
export function firstDay(date: EdtfSingleDate): string {
  return `${pad(date.year, 4)}-${pad(date.month ?? 1, 2)}-${pad(date.day ?? 1, 2)}`
}

/**
 * Last calendar day (`YYYY-MM-DD`) a single EDTF date covers, leap years included.
 *
 * @example
 * ```ts
 * import { lastDay, parseEdtf } from 'syria-counter-isis'
 * const parsed = parseEdtf('2024-02')
 * parsed.ok && parsed.value.kind === 'date' ? lastDay(parsed.value) : undefined //=> '2024-02-29'
 * ```
 */
export function lastDay(date: EdtfSingleDate): string {
  const month = date.month ?? 12
  return `${pad(date.year, 4)}-${pad(month, 2)}-${pad(date.day ?? daysInMonth(date.year, month), 2)}`
}
