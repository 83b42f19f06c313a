import { MAX_DAY, MIN_DAY, edtfToInterval } from '../dates/calendar-interval.js'
import { parseEdtf, type EdtfIntervalEnd } from '../dates/edtf.js'
import { acledTimePrecision, ucdpDatePrecision } from '../dates/precision-codes.js'

/** The date columns of a table row, for one EDTF value (all `null` when there is none). */
export interface DateColumns {
  readonly date: string | null
  readonly date_start: string | null
  readonly date_end: string | null
  readonly date_precision: 'day' | 'month' | 'year' | 'interval' | null
  readonly date_uncertain: boolean | null
  readonly date_approximate: boolean | null
  readonly acled_time_precision: number | null
  readonly ucdp_date_prec: number | null
}

function qualifier(end: EdtfIntervalEnd, flag: 'uncertain' | 'approximate'): boolean {
  return typeof end === 'object' && end[flag]
}

/**
 * Spells an EDTF value out into the columns spreadsheet and SQL users filter on: the calendar
 * days it covers, its precision, its qualifiers and the ACLED and UCDP precision codes.
 * Open or unknown interval ends are empty cells rather than the sentinel days the date
 * helpers use, so no tool mistakes them for real dates.
 *
 * @param value - an EDTF string of the supported subset, or `undefined`
 * @returns the date columns
 */
export function dateColumns(value: string | undefined): DateColumns {
  if (value === undefined) {
    return { date: null, date_start: null, date_end: null, date_precision: null, date_uncertain: null, date_approximate: null, acled_time_precision: null, ucdp_date_prec: null }
  }
  const parsed = parseEdtf(value)
  if (!parsed.ok) throw new RangeError(`Invalid EDTF date: ${parsed.reason}`)
  const edtf = parsed.value
  const { start, end } = edtfToInterval(value)
  const single = edtf.kind === 'date'
  return {
    date: value,
    date_start: start === MIN_DAY ? null : start,
    date_end: end === MAX_DAY ? null : end,
    date_precision: single ? edtf.precision : 'interval',
    date_uncertain: single ? edtf.uncertain : qualifier(edtf.start, 'uncertain') || qualifier(edtf.end, 'uncertain'),
    date_approximate: single ? edtf.approximate : qualifier(edtf.start, 'approximate') || qualifier(edtf.end, 'approximate'),
    acled_time_precision: acledTimePrecision(value) ?? null,
    ucdp_date_prec: ucdpDatePrecision(value) ?? null,
  }
}
