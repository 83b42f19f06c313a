import { describeEdtf } from '../dates/describe-edtf.js'
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
  const d = describeEdtf(value)
  return {
    date: value,
    date_start: d.openStart ? null : d.start,
    date_end: d.openEnd ? null : d.end,
    date_precision: d.precision,
    date_uncertain: d.uncertain,
    date_approximate: d.approximate,
    acled_time_precision: acledTimePrecision(value) ?? null,
    ucdp_date_prec: ucdpDatePrecision(value) ?? null,
  }
}
