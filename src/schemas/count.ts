import * as z from 'zod/mini'
import type { DeepReadonly } from './deep-readonly.js'
import { withMeta } from './with-meta.js'

/**
 * A number of people or items as the source states it: exact when `min === max`, a range when
 * they differ, open-ended when `max` is `null` ("arrested others"). Never imputed: a fact the
 * source does not give has no count at all, which is not the same as a count of 0.
 *
 * @example
 * ```ts
 * import { Count } from 'syria-counter-isis/schemas'
 * Count.parse({ min: 2, max: 2 })     // exactly two
 * Count.parse({ min: 2, max: null })  // two or more
 * Count.safeParse({ min: 3, max: 1 }).success //=> false
 * ```
 */
export const Count = z
  .strictObject({
    /** The smallest number the source's wording allows. */
    min: z.int().check(z.nonnegative()).apply(withMeta, { description: "The smallest number the source's wording allows." }),
    /** The largest, or `null` when the wording sets no upper bound. */
    max: z.nullable(z.int().check(z.nonnegative())).apply(withMeta, { description: 'The largest number the wording allows, or null when it sets no upper bound.' }),
  })
  .check((ctx) => {
    if (ctx.value.max !== null && ctx.value.max < ctx.value.min) {
      ctx.issues.push({ code: 'custom', input: ctx.value, path: ['max'], message: `max (${ctx.value.max}) is smaller than min (${ctx.value.min})` })
    }
  })
  .apply(withMeta, { description: 'A stated number: exact when min equals max, open when max is null. Never imputed.' })
/** A stated number of people or items: see the {@link Count} schema. */
export type Count = DeepReadonly<z.output<typeof Count>>
