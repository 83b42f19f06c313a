/**
 * Earliest calendar day, used for an open or unknown interval start.
 *
 * @example
 * ```ts
 * import { edtfToInterval, MIN_DAY } from 'syria-counter-isis'
 * edtfToInterval('../2025-10').start === MIN_DAY //=> true
 * ```
 */
export const MIN_DAY = '0000-01-01'
/**
 * Latest calendar day, used for an open or unknown interval end.
 *
 * @example
 * ```ts
 * import { edtfToInterval, MAX_DAY } from 'syria-counter-isis'
 * edtfToInterval('2025-10-18/').end === MAX_DAY //=> true
 * ```
 */
export const MAX_DAY = '9999-12-31'
