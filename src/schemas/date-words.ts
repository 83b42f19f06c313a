import * as z from 'zod/mini'
import { PrintableText } from './text.js'
import { withMeta } from './with-meta.js'

/**
 * How a dated record explains its date when the source does not print it in full: the
 * source's own words and, where reasoning was needed, why the date has its value. Shared by
 * operations and quotes.
 */
export const dateWordsFields = {
  /** The source's own date words, verbatim, when relative or inferred ("السبت الماضي"). */
  dateExpression: z.optional(PrintableText).apply(withMeta, { description: 'The source\'s own date words, verbatim (e.g. "السبت الماضي").' }),
  /** Why the date has this value, where it is not printed in full. */
  dateNote: z.optional(PrintableText).apply(withMeta, { description: 'Why the date has this value, where it is not printed in full.' }),
}
