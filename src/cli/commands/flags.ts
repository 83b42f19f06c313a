import { edtfToInterval } from '../../dates/calendar-interval.js'
import { isEdtf } from '../../dates/edtf.js'
import { didYouMean } from '../../schemas/nearest-ids.js'
import { UsageError } from '../usage-error.js'

/** Checks a flag's value against its allowed values, with a did-you-mean for a near miss. */
export function choice<const T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}"${didYouMean(value, allowed)}`)
}

/** Checks that a date flag is an EDTF date (e.g. 2025-08 or 2025-10-18). */
export function edtfFlag(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  if (!isEdtf(value)) throw new UsageError(`${flag} must be an EDTF date such as 2025, 2025-08 or 2025-10-18; got "${value}"`)
  return value
}

/** Checks `--from` and `--to`: each an EDTF date, and `--from` not after `--to`. */
export function dateRangeFlags(flags: { readonly from?: string | undefined; readonly to?: string | undefined }): { from?: string; to?: string } {
  const from = edtfFlag('--from', flags.from)
  const to = edtfFlag('--to', flags.to)
  // Compared as the library does: from's first day against to's last day.
  if (from !== undefined && to !== undefined && edtfToInterval(from).start > edtfToInterval(to).end) {
    throw new UsageError(`--from ${from} is after --to ${to}; swap them`)
  }
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) }
}

/** Checks that a count flag is a whole number of zero or more. */
export function countFlag(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be a whole number (0, 1, 2, ...); got "${value}"`)
  return Number(value)
}
