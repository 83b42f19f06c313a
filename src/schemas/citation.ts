import * as z from 'zod'
import type { DeepReadonly } from './deep-readonly.js'
import { PrintableText } from './text.js'

/**
 * A reference outside the dataset's sources that supports a fact (a gazetteer row, a
 * Wikipedia page), written as the reference prints it. Used where the source article is
 * silent: coordinates, identifiers, administrative parents.
 *
 * @example
 * ```ts
 * import { Citation } from 'syria-counter-isis/schemas'
 * Citation.parse({ text: 'Wikipedia "Dumayr" (en.m.wikipedia.org/wiki/Dumayr)' })
 * ```
 */
export const Citation = z
  .strictObject({
    /** The reference, as printed: work, page and where it was read. */
    text: PrintableText.meta({ description: 'The reference, as printed: work, page and where it was read.' }),
    /** What the reference says that matters here, or a caveat. */
    note: PrintableText.optional().meta({ description: 'What the reference says that matters here, or a caveat.' }),
  })
  .meta({ description: 'A reference outside the sources (gazetteer, encyclopaedia), as printed.' })
/** A reference outside the sources: see the {@link Citation} schema. */
export type Citation = DeepReadonly<z.output<typeof Citation>>
