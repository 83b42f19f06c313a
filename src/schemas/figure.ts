import * as z from 'zod'
import type { DeepReadonly } from './deep-readonly.js'
import { claimFields } from './claim.js'
import { Count } from './count.js'
import { EdtfDate } from './edtf-date.js'
import { LocalizedText } from './localized-text.js'
import { PrintableText } from './text.js'
import { FigureMeasure } from './vocabularies.js'

/**
 * A number a source states about an operation or development that is not an outcome to people
 * in it: raids carried out, targets struck, munitions used, a camp's population, detainees
 * moved, or a tally's killed and detained over a period. Figures are never added to outcomes,
 * so a command's tally does not count again the deaths its operations' records already hold.
 * `label` tells apart figures of one measure that are different numbers (a first flight and
 * the planned ceiling); two figures of one measure and label from different voices are
 * readings of the same number.
 *
 * @example
 * ```ts
 * import { Figure } from 'syria-counter-isis/schemas'
 * Figure.parse({ measure: 'targets-struck', count: { min: 71, max: null }, countNote: '"more than 70"', assertedBy: 'centcom', certainty: 'claimed', evidence: [{ type: 'reference', source: 'example-reference', quote: 'example' }] }).count
 * //=> { min: 71, max: null }
 * ```
 */
export const Figure = z
  .strictObject({
    /** What the figure counts. */
    measure: FigureMeasure,
    /** The number, as stated ("more than 70" is `{ min: 71, max: null }`). */
    count: Count,
    /** What sets this figure apart from another of the same measure ("first flight", "planned ceiling"). */
    label: LocalizedText.optional().meta({ description: 'What sets this figure apart from another of the same measure, e.g. first flight or planned ceiling.' }),
    /** Editors' note on how the source's wording was read into the count (not a claim of the source). */
    countNote: PrintableText.optional().meta({ description: "Editors' note on how the source's wording was read into the count; not a claim of the source." }),
    /** When the figure holds or was reached, when the source dates it apart from the record (EDTF). */
    date: EdtfDate.optional().meta({ description: 'When the figure holds or was reached, when the source dates it apart from the record (EDTF).' }),
    ...claimFields,
  })
  .meta({ description: 'A stated number that is not an outcome to people: raids, targets struck, munitions, a camp population, detainees moved, a tally.' })
/** A stated number about an operation: see the {@link Figure} schema. */
export type Figure = DeepReadonly<z.output<typeof Figure>>
