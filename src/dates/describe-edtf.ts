import { MAX_DAY, MIN_DAY } from './day-bounds.js'
import { firstDay, lastDay, parseEdtf, type EdtfIntervalEnd, type EdtfPrecision } from './edtf.js'

/**
 * Everything the query index, the export date columns and the pictures read off an EDTF value,
 * worked out in one place so they cannot disagree.
 *
 * @internal
 */
export interface EdtfDescription {
  /** First day covered, `YYYY-MM-DD`; {@link MIN_DAY} when the start is open or unknown. */
  readonly start: string
  /** Last day covered, `YYYY-MM-DD`; {@link MAX_DAY} when the end is open or unknown. */
  readonly end: string
  /** A single date's precision, or `interval`. */
  readonly precision: EdtfPrecision | 'interval'
  /** `?` or `%` on the date or on either interval end. */
  readonly uncertain: boolean
  /** `~` or `%` on the date or on either interval end. */
  readonly approximate: boolean
  /** The interval's start is open (`..`) or unknown (empty). */
  readonly openStart: boolean
  /** The interval's end is open (`..`) or unknown (empty). */
  readonly openEnd: boolean
}

function qualified(end: EdtfIntervalEnd, flag: 'uncertain' | 'approximate'): boolean {
  return typeof end === 'object' && end[flag]
}

/**
 * Describes an EDTF value: the calendar days it covers, its precision, its qualifiers and
 * whether an interval end is open. Qualifiers never widen the interval.
 *
 * @internal
 * @param value - an EDTF string of the supported subset
 * @returns the description
 * @throws RangeError naming the reason when the value is not valid EDTF
 */
export function describeEdtf(value: string): EdtfDescription {
  const parsed = parseEdtf(value)
  if (!parsed.ok) throw new RangeError(`Invalid EDTF date: ${parsed.reason}`)
  const edtf = parsed.value
  if (edtf.kind === 'date') {
    return { start: firstDay(edtf), end: lastDay(edtf), precision: edtf.precision, uncertain: edtf.uncertain, approximate: edtf.approximate, openStart: false, openEnd: false }
  }
  const openStart = typeof edtf.start !== 'object'
  const openEnd = typeof edtf.end !== 'object'
  return {
    start: typeof edtf.start === 'object' ? firstDay(edtf.start) : MIN_DAY,
    end: typeof edtf.end === 'object' ? lastDay(edtf.end) : MAX_DAY,
    precision: 'interval',
    uncertain: qualified(edtf.start, 'uncertain') || qualified(edtf.end, 'uncertain'),
    approximate: qualified(edtf.start, 'approximate') || qualified(edtf.end, 'approximate'),
    openStart,
    openEnd,
  }
}
