import * as z from 'zod/mini'
import { parseEdtf } from '../dates/edtf.js'
import { withMeta } from './with-meta.js'

// One calendar day, leap years included (the same rule as Zod's ISO date pattern).
const DAY = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))`
const DATE = String.raw`(?:${DAY}|\d{4}(?:-(?:0[1-9]|1[0-2]))?)[?~%]?`
// A date, or an interval with at least one dated end (`..` or nothing for an open end).
const EDTF_PATTERN = String.raw`^(?:${DATE}|${DATE}/(?:${DATE}|\.\.)?|(?:\.\.)?/${DATE})$`

/**
 * An EDTF (ISO 8601-2) date at the precision the source gives: `2025`, `2025-07`,
 * `2025-10-18`, with `?` (uncertain), `~` (approximate) or `%` (both), or an interval such as
 * `2025-07/2025-08` (`..` for an open end). A local Syrian calendar date, never a UTC
 * timestamp; it must exist in the calendar.
 *
 * @example
 * ```ts
 * import { EdtfDate } from 'syria-counter-isis/schemas'
 * EdtfDate.parse('2025-10-18?')             //=> '2025-10-18?'
 * EdtfDate.safeParse('2025-02-30').success  //=> false
 * ```
 */
export const EdtfDate = z
  .string()
  .check((ctx) => {
    const parsed = parseEdtf(ctx.value)
    if (!parsed.ok) ctx.issues.push({ code: 'custom', input: ctx.value, message: `invalid EDTF date: ${parsed.reason}` })
  })
  .apply(withMeta, {
    description: 'EDTF date (ISO 8601-2 level 0/1): YYYY, YYYY-MM or YYYY-MM-DD, optional ?/~/% qualifier, or an interval A/B. Local calendar date. The pattern checks months (01-12) and the days each month has; that an interval does not end before it starts is checked by parseDataset and validate only (JSON Schema cannot compare dates).',
    // For validators outside JavaScript: months 01-12 and days that exist (leap years too) by
    // pattern; that an interval does not end before it starts needs the Zod check.
    pattern: EDTF_PATTERN,
  })
/** An EDTF date string: see the {@link EdtfDate} schema. */
export type EdtfDate = z.infer<typeof EdtfDate>

/**
 * A single calendar day `YYYY-MM-DD` (EDTF level 0 at day precision, no qualifier).
 *
 * @example
 * ```ts
 * import { CalendarDay } from 'syria-counter-isis/schemas'
 * CalendarDay.parse('2025-10-24') //=> '2025-10-24'
 * ```
 */
export const CalendarDay = z.iso.date().apply(withMeta, { description: 'A calendar day, YYYY-MM-DD.' })
/** A calendar day `YYYY-MM-DD`: see the {@link CalendarDay} schema. */
export type CalendarDay = z.infer<typeof CalendarDay>
